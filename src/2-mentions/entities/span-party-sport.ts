// Stage 2, named entities, part of the span rules (span-types.ts lists SPAN_PARTY_SPORT_RULES before
// the context rules): a party named by its members' plural after "the" and one capitalised word ("the
// Sweden Democrats", "the Social Democrats"), and a national sports body named by its sport and its
// country ("Swimming Australia", "Athletics Kenya") or its acronym and its country ("NHS England"): one organisation
// each, not the first word or the country.

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import { FUNCTION_WORDS } from './words.js';
import { oneSpaceBetween, spanAt, type SpanTypeRule, type SpanView } from './span-rule.js';
import { tagSpan } from './tagger.js';

/** Plural nouns for a party's members that are the party's name after "the" and a capitalised word ("Democrats", "Greens"). */
const PARTY_PLURAL_HEADS: ReadonlySet<string> = new Set(words.partyPluralHeads.words);
/** Capitalised words before such a plural that name a chamber, a caucus or a share of members, not a party ("Senate", "House", "Some"). */
const PARTY_MODIFIER_STOPS: ReadonlySet<string> = new Set(words.partyModifierStops.words);
/** Capitalised sports that open a national body's name before its country ("Swimming", "Athletics", "Cricket"). */
const SPORT_BODY_OPENERS: ReadonlySet<string> = new Set(words.sportBodyOpeners.words);

/** One word in Title case ("Social", "Sweden"): no capitals run, no hyphen, no digit. */
const titleWord = (text: string | undefined): boolean => !!text && /^\p{Lu}\p{Ll}+$/u.test(text);

/**
 * The party's name "the X <Plural>" that token i is the word X or the plural of, with no capitalised
 * word after the plural: [from, to], or null. X is no chamber's word, share word, US state or
 * function word, and stands right after "the" in the same sentence, one space before the plural.
 */
function partyName(v: SpanView, i: number): [number, number] | null {
  const { toks, prep } = v;
  const at = PARTY_PLURAL_HEADS.has(prep.lower[i]!) ? i - 1 : i;
  const the = toks[at - 1];
  const x = toks[at];
  const plural = toks[at + 1];
  const after = toks[at + 2];
  if (!the || !x || !plural || prep.lower[at - 1] !== 'the' || !titleWord(x.text) || !titleWord(plural.text) || !PARTY_PLURAL_HEADS.has(prep.lower[at + 1]!)) return null;
  if (the.sentence !== x.sentence || plural.sentence !== x.sentence || !oneSpaceBetween(v, x, plural)) return null;
  if (PARTY_MODIFIER_STOPS.has(prep.lower[at]!) || FUNCTION_WORDS.has(prep.lower[at]!) || /^[BI]-us-state$/.test(prep.gaz[at] ?? '')) return null;
  // (Not a longer name the plural opens a part of: "the Liberal Democrats Party" is left as read.)
  if (after && after.sentence === x.sentence && titleWord(after.text) && oneSpaceBetween(v, plural, after)) return null;
  return [at, at + 2];
}

export const SPAN_PARTY_SPORT_RULES: readonly SpanTypeRule[] = [
  {
    id: 'party-plural-name',
    reason: 'a party written as its members\' plural after "the" and one capitalised word ("the Social Democrats", "the Sweden Democrats", "the Ulster Unionists"; entity-words.json partyPluralHeads) is one organisation, however the tagger cut or typed it: not the first word alone, and not the country a first word names; not a chamber\'s or a share\'s word ("the Senate Democrats", "Some Republicans"; partyModifierStops), nor a US state\'s name ("the Texas Democrats", a state party\'s members)',
    example: 'The Sweden Democrats said the budget would fail.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      // (The span is the first word, the plural, or both: "Sweden | Democrats", "Christian Democrats".)
      if (s.to - s.from > 2) return undefined;
      const name = partyName(v, s.from);
      if (!name || s.from < name[0] || s.to > name[1]) return undefined;
      // (The plural alone: only with its word in no span, which the rule read first otherwise.)
      if (s.from === name[1] - 1 && spanAt(v.spans, name[0])) return undefined;
      return tagSpan(name[0], name[1], 'ORG');
    },
  },
  {
    id: 'sport-country-body',
    reason: 'a country\'s name right after a capitalised sport ("Swimming Australia", "Athletics Kenya"; entity-words.json sportBodyOpeners), the sport left out of any name or read as one of its own, names that country\'s governing body of the sport, an organisation, not the country: a sport opens no clause of its own before a country ("Swimming, Australia …" has a comma), and a capitalised word before the sport makes another body\'s name ("World Athletics | Kenya")',
    example: 'Athletics Kenya said it had tested 2,000 runners.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // (The country, the sport in no span before it; or the sport read alone, the country's span right after it.)
      const next = spans[k + 1];
      const alone = s.to - s.from === 1 && next?.from === s.to && next.type === 'LOC';
      const sport = s.type === 'LOC' ? s.from - 1 : alone ? s.from : -1;
      const country = s.type === 'LOC' ? s : next;
      if (sport < 0 || !country || !SPORT_BODY_OPENERS.has(prep.lower[sport] ?? '') || !titleWord(toks[sport]?.text) || toks[sport]!.sentence !== toks[country.from]!.sentence) return undefined;
      if (prep.gaz[country.from] !== 'B-country' || (prep.gaz[country.to] ?? '').startsWith('I-') || !oneSpaceBetween(v, toks[sport]!, toks[country.from]!)) return undefined;
      if (s.type === 'LOC' && k > 0 && spans[k - 1]!.to > sport) return undefined;
      const before = toks[sport - 1];
      if (before && before.sentence === toks[sport]!.sentence && titleWord(before.text) && !prep.first[sport - 1]) return undefined;
      return tagSpan(sport, country.to, 'ORG');
    },
  },
  {
    id: 'acronym-country-body',
    types: ['LOC'],
    reason: 'a body\'s acronym that names no place, then a country\'s or region\'s whole gazetteer entry, read by the tagger as one place ("NHS England", "NHS Wales"), is the body\'s branch for that country, an organisation: a place\'s name holds no acronym of a body; an acronym that is a place ("US Virgin Islands", "UK") is left as read',
    example: 'NHS Wales said waiting lists had grown.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const first = toks[s.from]!;
      if (s.to - s.from < 2 || !/^\p{Lu}{2,5}$/u.test(first.text) || /^[BI]-(?:country|capital|city|us-state|region|continent|demonym)$/.test(prep.gaz[s.from] ?? '') ) return undefined;
      // (A country or a region of one, the gazetteer's whole entry: "England", "Wales".)
      const kind = /^B-(country|region)$/.exec(prep.gaz[s.from + 1] ?? '')?.[1];
      // (Written in Title case: in a headline's capitals every word looks like an acronym, "RED STATES OUTNUMBER …".)
      if (!kind || !/^\p{Lu}\p{Ll}/u.test(toks[s.from + 1]!.text)) return undefined;
      for (let i = s.from + 2; i < s.to; i++) if (prep.gaz[i] !== `I-${kind}`) return undefined;
      return (prep.gaz[s.to] ?? '').startsWith('I-') ? undefined : tagSpan(s.from, s.to, 'ORG');
    },
  },
];
