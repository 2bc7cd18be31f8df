// Stage 2, named entities, part of the span rules (span-joins.ts runs them in its table, where they
// stood): organisation names the tagger cut or typed in pieces — a modifier or a country's name
// before an organisation's name ("the Victorian | Farmers Federation", "Kenya | National Bureau of
// Statistics"; a country's name alone before it: span-place-led.ts), a name before a company's word ("Accel | Partners"), a body's tail word ("District"),
// a legal form after a comma ("Harlow Mills, Inc."), names joined by "and" ("Nursing and | Midwifery
// Council") and a body "of" a list of fields ("Bureau of Alcohol, Tobacco, Firearms and Explosives"),
// organisations typed as people by their head word or company opener ("Tax Justice Network", "Group Lotus"),
// and an office-holder's body ("the Attorney-General's | Chambers": rule titled-office-body, kept in span-named-bodies.ts).

import type { Token } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { bySurface, titleHeads, titleModifiers } from './gazetteer.js';
import { ALSO_WORD, givenNameClass, isCommonGivenName } from './given-names.js';
import { isBody } from './government.js';
import { COMPANY_HEADS, COURT_LEVEL_WORDS, EVENT_HEADS, FACILITY_HEADS, COMPANY_NAME_OPENERS, DESCRIBED_BODY_NOUNS, FUNCTION_WORDS, IRREGULAR_PLURALS, LEGAL_FORMS, LOCAL_COUNCIL_WORDS, ORGANISATION_OF_HEADS, ORGANISATION_ON_HEADS, ORGANISATION_TAIL_OPENERS, ORGANISATION_TAIL_WORDS } from './words.js';
import { connectorRunStart } from './span-connectors.js';
import { TITLED_OFFICE_BODY } from './span-named-bodies.js';
import { SPAN_CHAPTER_RULES } from './span-chapters.js';
import { COUNTRY_LED_ORGANISATION, headedName, REGION_LED_ORGANISATION } from './span-place-led.js';
import { CALENDAR_WORDS, cap, oneSpaceBetween, organisationPhraseEnd, organisationTailEnd, spanAt, surnameLike, type SpanTypeRule, type SpanView } from './span-rule.js';
import type { Prepared, TagSpan } from './tagger.js';

/** A plural of an English noun ("Traders": "trader" is in wink's lexicon), not a surname in -s ("Reyes"). */
const pluralNoun = (t: Token): boolean => t.lower.endsWith('s') && isLexicalWord(t.lower.slice(0, -1));
/** A plural of an English noun in -s, -es or -ies ("Terminals", "Boxes", "Quarries"). */
function anyPluralNoun(t: Token): boolean {
  const w = t.lower;
  return pluralNoun(t) || (w.endsWith('es') && isLexicalWord(w.slice(0, -2))) || (w.endsWith('ies') && isLexicalWord(`${w.slice(0, -3)}y`));
}
/** A given name as the list has it (any band): "Joe", "Max", "Jean", "Pierre". */
const givenName = (lower: string): boolean => givenNameClass(lower) !== 0;
/**
 * Span s opens with a whole gazetteer entry for a country or its adjective ("South African", "New Zealand"),
 * and any more words in it are capitalised words of no other entry ("South Korean | Central").
 */
function countryLedSpan(toks: readonly Token[], prep: Prepared, s: TagSpan): boolean {
  const kind = /^B-(country|demonym)$/.exec(prep.gaz[s.from] ?? '')?.[1];
  if (!kind || prep.gaz[s.to] === `I-${kind}`) return false;
  let i = s.from + 1;
  while (i < s.to && prep.gaz[i] === `I-${kind}`) i++;
  // (A capitalised word may be hyphenated: "Bolivian Anti-Doping Agency".)
  for (; i < s.to; i++) if (prep.gaz[i] || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(toks[i]!.text)) return false;
  return true;
}

/**
 * The end of span j's organisation, over a capitalised plural, its apostrophe and the span after it that
 * ends in an organisation's head word ("Bond Traders | ' | Association"); else span j's own end.
 */
export function possessiveOrganisationEnd(toks: readonly Token[], spans: readonly TagSpan[], j: number): number {
  const s = spans[j]!;
  const next = spans[j + 1];
  const apostrophe = toks[s.to];
  if (!next || next.from !== s.to + 1 || s.type === 'PER' || !pluralNoun(toks[s.to - 1]!) || (apostrophe?.text !== "'" && apostrophe?.text !== '’')) return s.to;
  return cap(toks[next.to - 1]) && ORGANISATION_OF_HEADS.has(toks[next.to - 1]!.lower) ? next.to : s.to;
}

/**
 * Where the body "of" a field that span k is or ends starts: the span's own first word when it is a
 * body's head word with an "of" inside ("Bureau of Alcohol"), the head word before "of" the tagger
 * left out ("Bureau of | Alcohol", connectorRunStart), or -1.
 */
function bodyOfStart(v: SpanView): number {
  const { prep, spans, k } = v;
  const s = spans[k]!;
  if (s.type === 'ORG' && ORGANISATION_OF_HEADS.has(prep.lower[s.from]!) && prep.lower.slice(s.from + 1, s.to - 1).includes('of')) return s.from;
  const a = s.type === 'PER' ? -1 : connectorRunStart(v);
  return a >= 0 && ORGANISATION_OF_HEADS.has(prep.lower[a]!) && prep.lower[a + 1] === 'of' ? a : -1;
}


/** Are tokens a and b written against each other, with no space between? */
const touching = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
/** Span s is an organisation's name that ends in its head word or a company's word ("Neighborhood Association", "Coffee Company"). */
const headedOrganisation = (toks: readonly Token[], prep: Prepared, s: TagSpan | undefined): s is TagSpan =>
  s?.type === 'ORG' && cap(toks[s.to - 1]) && (ORGANISATION_OF_HEADS.has(prep.lower[s.to - 1]!) || COMPANY_HEADS.has(prep.lower[s.to - 1]!));
/** Token i is one capitalised word written against a hyphen that is written against token i + 2 ("Tenney" in "Tenney-Lapham"), no hyphen before it. */
const hyphenedOpener = (toks: readonly Token[], i: number): boolean =>
  i >= 0 && /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && toks[i + 1]?.text === '-' && touching(toks[i], toks[i + 1]) && touching(toks[i + 1], toks[i + 2]) && !(toks[i - 1]?.text === '-' && touching(toks[i - 1], toks[i]));

/**
 * Span k + 1 is one capitalised word that is no common given name, read as a person, written right
 * after span k and right before an organisation's span ("the South African | Pelagic | Fishing …").
 */
function innerPersonWord(toks: readonly Token[], prep: Prepared, spans: readonly TagSpan[], k: number): boolean {
  const [s, mid, next] = [spans[k]!, spans[k + 1], spans[k + 2]];
  if (!mid || !next || mid.type !== 'PER' || mid.to - mid.from !== 1 || mid.from !== s.to || next.from !== mid.to || next.type !== 'ORG') return false;
  return /^\p{Lu}\p{Ll}+$/u.test(toks[mid.from]!.text) && !givenName(prep.lower[mid.from]!) && !titleHeads.has(prep.lower[mid.from]!);
}

/** A body's closing word ("Survey", "Council") the tagger read alone as a name of its own (MISC or ORG), written right after span j: the end of span j with it, else span j's own end. */
function loneTailWordEnd(toks: readonly Token[], spans: readonly TagSpan[], j: number): number {
  const [s, tail] = [spans[j]!, spans[j + 1]];
  const lone = tail && tail.from === s.to && tail.to - tail.from === 1 && (tail.type === 'MISC' || tail.type === 'ORG');
  return lone && cap(toks[tail.from]) && ORGANISATION_TAIL_WORDS.has(toks[tail.from]!.lower) && toks[tail.from]!.sentence === toks[s.from]!.sentence ? tail.to : s.to;
}

/** Span s is a body's name opened by its head word and "of" or "for" ("Institute of Marine Science", "Academy of Sciences", "Centre for Policy Studies"). */
function bodyOfName(toks: readonly Token[], prep: Prepared, s: TagSpan): boolean {
  return s.to - s.from >= 3 && cap(toks[s.from]) && ORGANISATION_OF_HEADS.has(prep.lower[s.from]!) && ORGANISATION_TAIL_OPENERS.has(prep.lower[s.from + 1]!) && cap(toks[s.to - 1]);
}

/**
 * Token i is a capitalised English word that may open an organisation's name before its head ("Climate",
 * "General", "Civil"): one space before token i + 1 in its sentence, in no gazetteer entry, no given
 * common given name, month or weekday, function word or headline word, and an adjective, a noun or a proper noun.
 */
function commonNameWord(v: SpanView, i: number): boolean {
  const { toks, prep } = v;
  const t = toks[i];
  if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.sentence !== toks[i + 1]?.sentence || !oneSpaceBetween(v, t, toks[i + 1]!)) return false;
  const w = prep.lower[i]!;
  if (prep.gaz[i] || prep.headline[i] || FUNCTION_WORDS.has(w) || CALENDAR_WORDS.has(w) || isCommonGivenName(w) || !isLexicalWord(w)) return false;
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ';
}

/**
 * The first word of the common capitalised words that open the organisation at span j ("Climate |
 * Action Network", "General Civil | Aviation Authority"): over words in no span before span k and over
 * spans k … j - 1 of one or two such words, no title, the tagger read as a person or MISC; -1 when none is added.
 */
function commonWordsStart(v: SpanView, k: number, j: number): number {
  const { spans } = v;
  for (let m = k; m < j; m++) {
    const p = spans[m]!;
    if (p.type === 'ORG' || p.type === 'LOC' || p.to - p.from > 2 || p.to !== spans[m + 1]!.from) return -1;
    // (Not a title the tagger read as a person: "Chairman | Dorrit Holdings | Vasquez".)
    for (let i = p.from; i < p.to; i++) if (!commonNameWord(v, i) || titleHeads.has(v.prep.lower[i]!)) return -1;
  }
  let from = spans[k]!.from;
  const floor = k > 0 ? spans[k - 1]!.to : 0;
  // (A name its place opens starts there: "Police | Wales Rugby Union"; a title before a given name is a person's: "King | Abdullah University".)
  const titled = (i: number) => titleHeads.has(v.prep.lower[i]!) && givenName(v.prep.lower[i + 1] ?? '');
  if (!v.prep.gaz[from]) while (from - 1 >= floor && commonNameWord(v, from - 1) && !titled(from - 1)) from--;
  return from < spans[j]!.from && (j > k || from < spans[k]!.from) ? from : -1;
}

/** The organisation rules of SPAN_JOIN_RULES, in their order there. */
export const SPAN_ORGANISATION_RULES: readonly SpanTypeRule[] = [
  {
    id: 'court-name',
    reason: 'a word of a court\'s level or kind ("High", "Supreme", "Constitutional", "Appeals") and "Court" are one court\'s name, an organisation, with the capitalised words the tagger read with them ("Lusaka High Court") and a capitalised "of" phrase after ("High Court of Justice"), whether the tagger left the level word out (after "The", at a sentence\'s start), typed the name a place or cut "Court" off a place\'s name and the level word ("Leicester Crown | Court", "Truro Coroner\'s | Court")',
    example: 'The High Court yesterday dismissed the petition.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // (A place's name and the level word as one span, "Court" as the next: "Leicester Crown | Court".)
      const next = spans[k + 1];
      // (Or a possessive's apostrophe written against the level word between them: "Truro Coroner's | Court", "Magistrates' | Court".)
      const at = /^['’]s?$/.test(toks[s.to]?.text ?? '') && toks[s.to]!.start === toks[s.to - 1]!.end ? s.to + 1 : s.to;
      if (next?.from === at && next.to - next.from === 1 && prep.lower[at] === 'court' && cap(toks[at]) && cap(toks[s.to - 1]) && COURT_LEVEL_WORDS.has(prep.lower[s.to - 1]!) && s.type !== 'PER' && oneSpaceBetween(v, toks[at - 1]!, toks[at]!)) {
        const to = prep.lower[next.to] === 'of' ? Math.max(next.to, organisationTailEnd(v, { from: s.from, to: next.to, type: 'ORG' })) : next.to;
        return { from: s.from, to, type: 'ORG' };
      }
      const court = s.to - 1;
      if (prep.lower[court] !== 'court' || !cap(toks[court])) return undefined;
      // (Level words the tagger left out before the span, capitalised, one space apart, in its sentence and in no span: "The High | Court".)
      let from = s.from;
      const floor = k > 0 ? spans[k - 1]!.to : 0;
      const levelWord = (i: number) => i >= floor && cap(toks[i]) && COURT_LEVEL_WORDS.has(prep.lower[i]!) && toks[i]!.sentence === toks[court]!.sentence && oneSpaceBetween(v, toks[i]!, toks[i + 1]!);
      while (levelWord(from - 1)) from--;
      if (court - 1 < from || !COURT_LEVEL_WORDS.has(prep.lower[court - 1]!) || !cap(toks[court - 1])) return undefined;
      // ("the High Court of Justice": its capitalised "of" phrase.)
      const to = prep.lower[s.to] === 'of' ? Math.max(s.to, organisationTailEnd(v, { from, to: s.to, type: 'ORG' })) : s.to;
      return from === s.from && to === s.to && s.type === 'ORG' ? undefined : { from, to, type: 'ORG' };
    },
  },
  {
    id: 'acronym-of-described-body',
    types: ['PER', 'LOC', 'MISC'],
    reason: 'an acronym set off by commas right after a noun for an organisation ("Peru\'s prison service, INPE,", "the power utility, KPLC,") names that organisation, whatever the tagger typed it',
    example: 'The harbour\'s pilot service, HPS, said the channel was closed.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      const before = toks[s.from - 2];
      if (s.to - s.from !== 1 || !/^\p{Lu}{2,6}$/u.test(toks[s.from]!.text) || toks[s.from - 1]?.text !== ',' || toks[s.to]?.text !== ',') return undefined;
      return before && before.sentence === toks[s.from]!.sentence && DESCRIBED_BODY_NOUNS.has(before.text) ? { from: s.from, to: s.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'local-council-name',
    types: ['PER', 'LOC', 'MISC'],
    reason: 'a place\'s name, a word of a local government\'s kind ("Regional", "Shire", "District") and "Council" are one council\'s name, an organisation, even when the place\'s name is a given name the tagger read as a person, alone ("Douglas | Shire Council", with a capitalised word in no span before it: "St. | Paul | City Council") or with the rest ("Ashley District Council" read as a person)',
    example: 'Whitsand Regional Council Mayor Col Haines said the levy was unfair.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const council = (from: number, to: number) => to - from >= 2 && prep.lower[to - 1] === 'council' && cap(toks[to - 1]) && LOCAL_COUNCIL_WORDS.has(prep.lower[to - 2]!) && cap(toks[to - 2]);
      const place = (i: number) => /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && !titleHeads.has(prep.lower[i]!) && !LOCAL_COUNCIL_WORDS.has(prep.lower[i]!);
      // (The whole name read as a person: "Ashley District Council".)
      if (s.type === 'PER' && s.to - s.from === 3 && council(s.from + 1, s.to) && place(s.from)) return { from: s.from, to: s.to, type: 'ORG' };
      // (The place's name alone before the council's: "Douglas | Shire Council".)
      const next = spans[k + 1];
      if (s.to - s.from !== 1 || !place(s.from) || !next || next.type !== 'ORG' || next.from !== s.to || next.to - next.from !== 2 || !council(next.from, next.to)) return undefined;
      if (toks[next.from]!.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[s.from]!, toks[next.from]!)) return undefined;
      // (With a capitalised word in no span that opens the place's name: "St. | Paul | City Council".)
      const o = s.from - 1;
      const opener = o >= 0 && (k === 0 || spans[k - 1]!.to <= o) && /^\p{Lu}\p{Ll}*\.?$/u.test(toks[o]!.text) && !FUNCTION_WORDS.has(prep.lower[o]!) && !titleHeads.has(prep.lower[o]!) && !prep.first[o] && toks[o]!.sentence === toks[s.from]!.sentence && oneSpaceBetween(v, toks[o]!, toks[s.from]!);
      return { from: opener ? o : s.from, to: next.to, type: 'ORG' };
    },
  },
  {
    id: 'nation-led-body',
    types: ['MISC'],
    reason: 'a name the tagger read whole as MISC (a nationality) that a nation\'s adjective or name opens, with more capitalised words after it, and a body\'s head word closes ("Gabonese Basketball Federation", "Peruvian Volleyball Federation") is that body, an organisation: a national federation, association or union of a sport, trade or profession; not a league (as often the competition: "American League") nor a conference',
    example: 'The Bolivian Rowing Federation suspended the coach on Monday.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // (Not a modifier after "a": "a Libyan World Court case".)
      if (s.to - s.from < 3 || !countryLedSpan(toks, prep, s) || prep.lower[s.from - 1] === 'a' || prep.lower[s.from - 1] === 'an') return undefined;
      // (More than the nation's own entry: "Russian Federation" is a country's name.)
      const head = prep.lower[s.to - 1]!;
      if (prep.gaz[s.to - 1] || !ORGANISATION_OF_HEADS.has(head) || head === 'league' || EVENT_HEADS.has(head)) return undefined;
      // (With its capitalised "of/for/on" phrase, as rule organisation-of-tail reads it: "the Turkish Cultural Center | of Harlow".)
      const opener = prep.lower[s.to] ?? '';
      const phrase = ORGANISATION_TAIL_OPENERS.has(opener) && (opener !== 'on' || ORGANISATION_ON_HEADS.has(head));
      return { from: s.from, to: Math.max(s.to, phrase ? organisationTailEnd(v, { from: s.from, to: s.to, type: 'ORG' }) : -1), type: 'ORG' };
    },
  },
  {
    id: 'modifier-before-organisation',
    types: ['PER', 'LOC', 'MISC'],
    reason: 'after "the", one capitalised word the tagger read as a person, a place or a nationality, or a country\'s name or adjective of two words or more ("South African", "New Zealand") with any capitalised words the tagger read with it ("South Korean Central"), right before an organisation\'s name that ends in its head word, a company\'s word or a legal form after one, is part of that name, also over one more capitalised word the tagger read as a person ("the South African | Pelagic | Fishing Industry Association") ("the Victorian | Farmers Federation", "the Queensland | Resources Council", "the European | Medicines Agency", "the South African | Reserve Bank"), or one its head word and "of" or "for" open ("the Australian | Institute of Marine Science"), also over a plural\'s apostrophe ("the European | Automobile Manufacturers\' Association") or a closing word the tagger read alone ("the British | Antarctic | Survey"), or over "and" after its head word\'s phrase ("the Kenya | Institute for Public Policy Research | and Analysis")',
    example: 'The Harbourside Farmers Federation said the levy was unfair.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // (One more capitalised word the tagger read as a person may stand between them: "the South African | Pelagic | Fishing Industry Association".)
      const j = k + (innerPersonWord(toks, prep, spans, k) ? 2 : 1);
      const next = spans[j];
      if ((s.to - s.from !== 1 && !countryLedSpan(toks, prep, s)) || prep.lower[s.from - 1] !== 'the' || !next || next.from !== spans[j - 1]!.to || next.type !== 'ORG') return undefined;
      // (A country's government body keeps its country apart, as its owner: "the Russian | Foreign Ministry"; government.ts.)
      if (s.type !== 'PER' && isBody(prep.lower, next.from, next.to)) return undefined;
      // (Its name may run on over a plural's apostrophe: "the European | Automobile Manufacturers' Association".)
      // (Or over a closing word the tagger read alone: "the British | Antarctic | Survey".)
      // (Or over "and" after its head word's phrase: "the Kenya | Institute for Public Policy Research | and Analysis".)
      const to = Math.max(possessiveOrganisationEnd(toks, spans, j), loneTailWordEnd(toks, spans, j), organisationPhraseEnd(v, next.from, next.to));
      return headedName(toks, prep, to) || bodyOfName(toks, prep, next) ? { from: s.from, to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'irregular-plural-organisation',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a capitalised plural with no -s ("Women", "Children", "People") in no name, its "\'s", and an organisation\'s name right after that ends in its head or closing word or a company\'s word (or a word the tagger read as a person before a head word it read alone) are one name ("the Women\'s | Tennis | Association", "the Children\'s | Hospital Trust"), as a plural\'s apostrophe is ("Pilots\' Association")',
    example: "The Fishermen's Harbour Association said the quota was unfair.",
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const p = s.from - 1;
      const plural = toks[p - 1];
      if ((prep.lower[p] !== "'s" && prep.lower[p] !== '’s') || !plural || !cap(plural) || !IRREGULAR_PLURALS.has(plural.lower) || (k > 0 && spans[k - 1]!.to > p - 1)) return undefined;
      if (plural.sentence !== toks[s.from]!.sentence || !touching(plural, toks[p]) || !oneSpaceBetween(v, toks[p]!, toks[s.from]!)) return undefined;
      // (Its last word a body's head or closing word, or a company's: "Association", "Trust", "Partners".)
      const closed = (to: number) => headedName(toks, prep, to) || (cap(toks[to - 1]) && ORGANISATION_TAIL_WORDS.has(prep.lower[to - 1]!));
      if (s.type === 'ORG' && closed(s.to)) return { from: p - 1, to: s.to, type: 'ORG' };
      // ("Tennis | Association": the tagger read the first word as a person and the head word alone.)
      const next = spans[k + 1];
      const lone = next && next.from === s.to && next.to - next.from === 1 && next.type === 'ORG' && closed(next.to);
      return lone && s.to - s.from === 1 && !givenName(prep.lower[s.from]!) && oneSpaceBetween(v, toks[s.from]!, toks[next.from]!) ? { from: p - 1, to: next.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'name-before-company-head',
    types: ['PER', 'MISC'],
    reason: 'a one- or two-word name the tagger read as a person (or one word no English word it read as MISC: "the brokerage Halden | Capital"), one space before an organisation\'s name that ends in a company\'s word ("Accel | Partners", "Peak XV | Partners", "Northgate | Capital"), is the company\'s name cut in two, unless a common given name opens it ("Jane | Capital Partners"); so is one before a body\'s head word the tagger read alone as an organisation ("Tennis | Association")',
    example: 'The round was led by Peak XV Partners and Harrowgate Ventures.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      const misc = s.type === 'MISC' && s.to - s.from === 1 && !prep.gaz[s.from] && !bySurface.has(prep.lower[s.from]!) && /^\p{Lu}\p{Ll}+$/u.test(toks[s.from]!.text) && surnameLike(prep.lower[s.from]!);
      if ((s.type !== 'PER' && !misc) || s.to - s.from > 2 || !next || next.type !== 'ORG' || next.from !== s.to || !cap(toks[next.to - 1])) return undefined;
      // (Or a body's head word the tagger read alone as an organisation: "Tennis | Association".)
      if (!COMPANY_HEADS.has(prep.lower[next.to - 1]!) && !(next.to - next.from === 1 && ORGANISATION_OF_HEADS.has(prep.lower[next.from]!))) return undefined;
      // (Not a title read as a person: "Chairman | Dorrit Holdings | Vasquez".)
      if (givenName(prep.lower[s.from]!) || titleHeads.has(prep.lower[s.from]!) || titleHeads.has(prep.lower[s.to - 1]!) || toks[next.from]!.sentence !== toks[s.from]!.sentence) return undefined;
      return oneSpaceBetween(v, toks[s.to - 1]!, toks[next.from]!) ? { from: s.from, to: next.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'organisation-tail-word',
    types: ['ORG'],
    reason: 'a capitalised word that closes a body\'s name ("District", "Affairs", "Council"), written right after an organisation\'s name in its sentence and in no name of its own, is the end of that name the tagger cut short, with a capitalised "of/for/on" phrase after a head word ("the Hatay | Chamber of Architects"); also when the tagger read the word alone as a name ("Antarctic | Survey"), or a building\'s word that heads bodies too alone as a place ("the National | Centre for Statistics and Information")',
    example: 'The Harlow Independent School District said classes would resume.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const tail = toks[s.to];
      // (In no name of its own, or alone in one the tagger typed MISC or ORG: "Antarctic | Survey"; or a building's word that heads
      // bodies too, alone in a span the tagger typed a place: "the National | Centre for Coastal Studies".)
      const own = spans[k + 1]?.from === s.to ? spans[k + 1]! : undefined;
      const placeHead = own?.type === 'LOC' && own.to === s.to + 1 && FACILITY_HEADS.has(tail?.lower ?? '');
      if (!tail || !cap(tail) || !ORGANISATION_TAIL_WORDS.has(tail.lower) || (own && !placeHead && loneTailWordEnd(toks, spans, k) === s.to)) return undefined;
      // (One space away, in one sentence: a new sentence, a colon or a line break starts another name.)
      if (tail.sentence !== toks[s.to - 1]!.sentence || prep.first[s.to] || !oneSpaceBetween(v, toks[s.to - 1]!, tail)) return undefined;
      // (A title's word right before a person is that person's title: "FDA | Commissioner | Lucia Fuentes".)
      if (titleHeads.has(tail.lower) && spanAt(spans, s.to + 1)?.type === 'PER' && spanAt(spans, s.to + 1)!.from === s.to + 1) return undefined;
      // (A head word goes on over its capitalised "of/for/on" phrase, as rule organisation-of-tail reads it: "the Hatay | Chamber of | Architects".)
      const opener = prep.lower[s.to + 1] ?? '';
      const phrase = ORGANISATION_OF_HEADS.has(tail.lower) && ORGANISATION_TAIL_OPENERS.has(opener) && (opener !== 'on' || ORGANISATION_ON_HEADS.has(tail.lower));
      return { from: s.from, to: Math.max(s.to + 1, phrase ? organisationTailEnd(v, { from: s.from, to: s.to + 1, type: 'ORG' }) : -1), type: 'ORG' };
    },
  },
  {
    id: 'legal-form-after-comma',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'capitalised names, a comma and a legal form are one company ("Veltrix Systems, Inc.", "Harlow Mills, Ltd."): the comma does not end the name, and the words before it are no person',
    example: 'Harlow Mills, Inc. said it would cut 200 jobs.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      if (k > 0 && spans[k - 1]!.to === s.from) return undefined;
      let to = s.to;
      for (let j = k + 1; j < spans.length && spans[j]!.from === to && j <= k + 2; j++) to = spans[j]!.to;
      const comma = toks[to];
      const form = toks[to + 1];
      if (comma?.text !== ',' || !form || !LEGAL_FORMS.has(form.text) || form.sentence !== toks[s.from]!.sentence) return undefined;
      for (let i = s.from; i < to; i++) if (!cap(toks[i])) return undefined;
      return { from: s.from, to: to + 2, type: 'ORG' };
    },
  },
  {
    id: 'coordinated-name-before-common-person',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a name of capitalised English words (perhaps after its country), "and", and capitalised English words the tagger read as a person are one body\'s name ("U.S. Customs and | Border Protection", "Customs and | Border Protection" with "Customs" untagged): no person is named by common words, and they go on the name before "and"; an organisation\'s name ending in its head word written right after them goes on it too ("Rail and Maritime | Transport Union")',
    example: 'U.S. Harbour and Coastal Protection said arrests were down.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // (The tests of the span's type below, made before the word tests are set up: most spans fail them.)
      if (s.type === 'PER' ? prep.lower[s.from - 1] !== 'and' : s.type !== 'ORG' && !(s.type === 'LOC' && prep.gaz[s.from] === 'B-country')) return undefined;
      const sentence = toks[s.from]!.sentence;
      const common = (i: number) => i >= 0 && i < toks.length && toks[i]!.sentence === sentence && /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && !prep.gaz[i] && isLexicalWord(prep.lower[i]!) && !givenName(prep.lower[i]!);
      const spaced = (from: number, to: number) => { for (let i = from; i < to - 1; i++) if (!oneSpaceBetween(v, toks[i]!, toks[i + 1]!)) return false; return true; };
      const commonPerson = (p: TagSpan | undefined, min: number): p is TagSpan => { if (p?.type !== 'PER' || p.to - p.from < min) return false; for (let i = p.from; i < p.to; i++) if (!common(i)) return false; return true; };
      // (Not the end of a list: "Time, Slate and Drudge Report", "Safe, Orderly and Regular Migration".)
      const listed = (from: number) => toks[from - 1]?.text === ',';
      if (s.type === 'PER') {
        // (Only a person right after "and": the test the result needs, made before any word is read.)
        if (prep.lower[s.from - 1] !== 'and') return undefined;
        // (The words before "and" in no span: "Customs and | Border Protection" at a sentence's start.)
        let from = s.from - 1;
        while (from > s.from - 4 && common(from - 1) && !spanAt(spans, from - 1) && !FUNCTION_WORDS.has(prep.lower[from - 1]!)) from--;
        // (Two words or more after words in no span: one common word may be a surname, "He and Trump".)
        return commonPerson(s, 2) && from < s.from - 1 && !listed(from) && spaced(from, s.to) ? { from, to: s.to, type: 'ORG' } : undefined;
      }
      const country = prep.gaz[s.from] === 'B-country';
      // (An organisation, or a place only after its country: "36th Street and Fifth Avenue" are two places, "Republican and Mormon electorate" adjectives.)
      if ((s.type !== 'ORG' && !(s.type === 'LOC' && country)) || listed(s.from)) return undefined;
      const first = country ? s.from + 1 : s.from;
      let and = first;
      while (common(and) && spanAt(spans, and)?.type !== 'PER') and++;
      if (and === first || prep.lower[and] !== 'and' || and < s.to) return undefined;
      const person = spans.find((x) => x.from === and + 1);
      if (!commonPerson(person, 1)) return undefined;
      // (An organisation's name right after that ends in its head word goes on it: "Rail and Maritime | Transport Union".)
      const tail = spans.find((x) => x.from === person.to);
      const to = tail?.type === 'ORG' && cap(toks[tail.to - 1]) && ORGANISATION_TAIL_WORDS.has(prep.lower[tail.to - 1]!) && toks[tail.from]!.sentence === sentence ? tail.to : person.to;
      return spaced(s.from, to) ? { from: s.from, to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'coordinated-organisation-name',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'capitalised common words, "and", and an organisation\'s name ending in its head word are one name ("Nursing and Midwifery Council"), or with its head word and "of" inside after two common words or more ("Water Polo and Swimming Federation of Harlow"); so are a body "of" a field and a second field after "and" ("Ministry of Health and Family Welfare")',
    example: 'The Nursing and Midwifery Council said the nurse had been struck off.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const next = spans[k + 1];
      if (!next || next.type === 'PER' || next.from !== s.to + 1 || prep.lower[s.to] !== 'and' || toks[s.to - 1]!.sentence !== toks[next.from]!.sentence) return undefined;
      const common = (from: number, to: number) => { for (let i = from; i < to; i++) if (!cap(toks[i]) || !isLexicalWord(prep.lower[i]!)) return false; return true; };
      // (Or its head word and "of" inside it, after two common words or more: "the Water Polo and | Swimming Federation of Harlow".)
      const headOf = s.to - s.from >= 2 && prep.lower.slice(next.from + 1, next.to - 1).some((w, i) => w === 'of' && ORGANISATION_OF_HEADS.has(prep.lower[next.from + i]!) && cap(toks[next.from + i]));
      const headLast = (cap(toks[next.to - 1]) && ORGANISATION_OF_HEADS.has(prep.lower[next.to - 1]!)) || headOf;
      // (A second name the gazetteer knows is a body of its own: "the Ministry of Health and Google".)
      const known = bySurface.has(prep.lower.slice(next.from, next.to).join(' '));
      const bodyOf = s.type === 'ORG' && ORGANISATION_OF_HEADS.has(prep.lower[s.from]!) && prep.lower.slice(s.from, s.to).includes('of') && next.to - next.from <= 3 && !known;
      return (headLast && common(s.from, s.to)) || (bodyOf && common(next.from, next.to)) ? { from: s.from, to: next.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'body-of-field-list',
    reason: 'a body "of" a field, then more fields of capitalised English words after commas and a last one after "and", is one name ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "Department of Health, Education and Welfare"); a field that is itself a body ("Foreign Office", "Treasury") starts a list of bodies',
    example: 'The Department of Fisheries, Forests and Rivers said the ban would stay.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // (The comma first: few spans have one after them, and bodyOfStart reads the words before the span.)
      if (toks[s.to]?.text !== ',') return undefined;
      const from = bodyOfStart(v);
      if (from < 0) return undefined;
      const sentence = toks[s.from]!.sentence;
      const field = (i: number) => i < toks.length && toks[i]!.sentence === sentence && /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && !prep.gaz[i] && isLexicalWord(prep.lower[i]!) && !givenName(prep.lower[i]!) && !ORGANISATION_TAIL_WORDS.has(prep.lower[i]!) && spanAt(spans, i)?.type !== 'PER';
      // (Fields after commas, then "and" and the last field: "Alcohol | , Tobacco , Firearms and Explosives".)
      let i = s.to;
      let closed = false;
      while (!closed && (toks[i]?.text === ',' || prep.lower[i] === 'and') && field(i + 1)) {
        closed = prep.lower[i] === 'and';
        const from = ++i;
        while (field(i) && i - from < 3) i++;
        if (isBody(prep.lower, from, i) || bySurface.has(prep.lower.slice(from, i).join(' '))) return undefined;
      }
      // (The list ends where a span ends, not inside one.)
      const last = spanAt(spans, i - 1);
      return closed && (!last || last.to === i) ? { from, to: i, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'organisation-head-person',
    types: ['PER'],
    reason: 'a name of two words or more the tagger read as a person, ending in an organisation\'s head word ("Network", "Foundation", "Institute", "Alliance"), no given name opening it, no title and given name inside it and no capitalised word right before it (a piece of a longer name), is an organisation ("Tax Justice Network", "Harbour Rights Foundation"), with the capitalised "of/for" phrase after it ("Maplewood Chamber of Trade"); a person\'s name does not end in such a word ("Charlotte Church" opens with a given name)',
    example: 'Coastal Justice Network believes the permits were unlawful.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      if (s.to - s.from < 2 || !cap(toks[s.to - 1]) || !ORGANISATION_OF_HEADS.has(prep.lower[s.to - 1]!)) return undefined;
      // (Not a piece of a longer name cut after a capitalised word: "the Test and County | Cricket Board".)
      if (cap(toks[s.from - 1]) && toks[s.from - 1]!.sentence === toks[s.from]!.sentence) return undefined;
      const band = givenNameClass(prep.lower[s.from]!);
      if (band !== 0 && band !== ALSO_WORD) return undefined;
      // (No title before a given name inside it: "Minister Tom Bank" is a titled person.)
      const titledName = (i: number) => titleHeads.has(prep.lower[i]!) && givenNameClass(prep.lower[i + 1] ?? '') !== 0;
      for (let i = s.from; i < s.to; i++) if (!cap(toks[i]) || titledName(i)) return undefined;
      // (With its capitalised "of/for" phrase, as rule organisation-of-tail: "Maplewood Chamber | of Trade".)
      const opener = prep.lower[s.to] ?? '';
      const tail = ORGANISATION_TAIL_OPENERS.has(opener) && opener !== 'on' ? organisationTailEnd(v, s) : -1;
      return { from: s.from, to: Math.max(tail, s.to), type: 'ORG' };
    },
  },
  TITLED_OFFICE_BODY,
  {
    id: 'company-opener-name',
    types: ['PER', 'LOC'],
    reason: 'a capitalised word that opens companies\' names the way "Group" ends them ("Group Lotus", "Groupe Renault", "Grupo Televisa"), at the head of a name of two words the tagger read as a person or a place, makes it a company; not a rank ("Group Captain")',
    example: 'Grupo Halcon said it would cut jobs.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from < 2 || !COMPANY_NAME_OPENERS.has(prep.lower[s.from]!) || !cap(toks[s.from])) return undefined;
      for (let i = s.from + 1; i < s.to; i++) if (!cap(toks[i]) || titleHeads.has(prep.lower[i]!) || titleModifiers.has(prep.lower[i]!)) return undefined;
      return { from: s.from, to: s.to, type: 'ORG' };
    },
  },
  // A body named "<words> <country or continent>" (span-chapters.ts): "Greenpeace Africa", "Tourism Ireland", "Business | Mauritius".
  ...SPAN_CHAPTER_RULES,
  // A place's name before an organisation it opens (span-place-led.ts): "Kenya | Ports Authority".
  COUNTRY_LED_ORGANISATION,
  REGION_LED_ORGANISATION,
  {
    id: 'hyphenated-organisation-opener',
    reason: 'a capitalised word and a hyphen written against the first word of an organisation\'s name that ends in its head word or a company\'s word open that name ("Tenney-Lapham Neighborhood Association", "Marsh-Whitby Farmers Union"); the tagger starts the name after the hyphen',
    example: 'The Tenney-Lapham Neighborhood Association said it would appeal.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      // (The opener tagged alone before the hyphen: join forward.)
      const next = spans[k + 1];
      if (s.to - s.from === 1 && next?.from === s.to + 1 && hyphenedOpener(toks, s.from) && headedOrganisation(toks, prep, next)) return { from: s.from, to: next.to, type: 'ORG' };
      // (The opener in no span: take it in.)
      const before = s.from - 2;
      const free = k === 0 || spans[k - 1]!.to <= before;
      return free && hyphenedOpener(toks, before) && headedOrganisation(toks, prep, s) ? { from: before, to: s.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'common-words-before-organisation',
    reason: 'capitalised English words (adjectives or nouns in no gazetteer entry, no given name) written one space apart right before an organisation\'s name that ends in its head word or a company\'s word, in no span or in one the tagger read as a person or MISC, open that name ("Climate | Action Network", "the General Civil | Aviation Authority"): the tagger cut them off, most often when one is also written in lower case in the article',
    example: 'Coastal Rescue Network said the boats were overloaded.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // (The organisation is this span, or comes after one or two spans of common words: "Climate | Action Network".)
      let j = k;
      while (j < spans.length && j < k + 3 && spans[j]!.type !== 'ORG') j++;
      const body = spans[j];
      if (!body || body.type !== 'ORG' || toks[body.from]!.sentence !== toks[s.from]!.sentence || !(headedName(toks, prep, body.to) || bodyOfName(toks, prep, body))) return undefined;
      const from = commonWordsStart(v, k, j);
      return from < 0 ? undefined : { from, to: body.to, type: 'ORG' };
    },
  },
  {
    id: 'lower-case-elsewhere-tail',
    types: ['PER', 'ORG'],
    reason: 'a capitalised plural of an English noun or a word that closes an organisation\'s or company\'s name ("Terminals", "Homes", "Council"), one space after a name inside a sentence, in no span or alone in one read as an organisation or MISC, ends that name when the article also writes the word in lower case: the tagger leaves such a word out ("Deepwater Container | Terminals said" after "the terminals made profits"); not after a person opened by a common given name, nor before a capitalised word or a number (a title-case headline, a longer name, a model)',
    example: 'The vineyards flooded. Lakeside Vineyards said the harvest was lost.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const i = s.to;
      const t = toks[i];
      // (In no span, or alone in one the tagger read as an organisation or MISC: "Kestrel Paper | Mills".)
      const own = spans[k + 1]?.from === i ? spans[k + 1]! : null;
      if (!t || !prep.lowerElsewhere[i] || prep.first[i] || prep.headline[i] || (own && (own.to !== i + 1 || own.type === 'PER' || own.type === 'LOC'))) return undefined;
      if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[i - 1]!, t)) return undefined;
      // (The name ends there: no capitalised word or number after it, as in a title-case headline ("Obama Says It"), a longer name ("Developers Conference") or a model ("Software 1.1").)
      const after = toks[i + 1];
      if (after && after.sentence === t.sentence && (cap(after) || after.pos === 'NUM')) return undefined;
      // (A noun: "Is", "Has", "As" end in -s after an English word too — "Trump Is", "Cruz Has" in a headline.)
      const closing = /^(NOUN|PROPN)$/.test(t.pos) && (anyPluralNoun(t) || ORGANISATION_TAIL_WORDS.has(t.lower) || COMPANY_HEADS.has(t.lower));
      return closing && !(s.type === 'PER' && isCommonGivenName(prep.lower[s.from]!)) && !titleHeads.has(t.lower) ? { from: s.from, to: i + 1, type: 'ORG' } : undefined;
    },
  },
];
