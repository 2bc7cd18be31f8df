// Stage 2, named entities, part of the span rules (span-types.ts runs them right after span-joins.ts's): names whose kind
// the words in or around them tell, whatever the tagger typed — a club ("Harlow United") and the side
// it played, a named storm ("Storm Elowen"), a street ("Dorset Street"), a place before the office that
// governs it or a local's trade ("Kilifi Governor", "a Gold Coast bookkeeper") and a party the gazetteer
// knows ("Fianna Fáil"), a brand written with a capital inside ("ScotRail"), a holiday ("Easter Mass", session 32). Words in data/lexicon/entity-words.json; probe 33 found each typed wrongly.

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import { isLexicalWord } from '../../1-text/wink-model.js';
import { givenNameClass, isCommonGivenName } from './given-names.js';
import { cap, oneSpaceBetween, PLACE_GAZ, spanAt, titleOfBefore, wholeGazetteerEntry, type SpanTypeRule, type SpanView } from './span-rule.js';
import { honorifics, titleHeads } from './gazetteer.js';
import { type TagSpan, tagSpan } from './tagger.js';

const HOLIDAY_NAMES: ReadonlySet<string> = new Set(words.holidayNames.words);
const HOLIDAY_TAILS: ReadonlySet<string> = new Set(words.holidayNames.tails);
import { COMPANY_HEADS, ORGANISATION_OF_HEADS, ORGANISATION_TAIL_WORDS } from './words.js';

const CLUB_NAME_TAILS: ReadonlySet<string> = new Set(words.clubNameTails.words);
const STORM_WORDS: ReadonlySet<string> = new Set(words.stormWords.words);
const STREET_HEADS: ReadonlySet<string> = new Set(words.streetHeads.words);
const PLACE_OFFICE_TITLES: ReadonlySet<string> = new Set(words.placeOfficeTitles.words);
const LOCAL_PERSON_NOUNS: ReadonlySet<string> = new Set(words.localPersonNouns.words);
const RESIDENT_NOUNS: ReadonlySet<string> = new Set(words.residentNouns.words);
/** Singular nouns for one of a place's people, read so before a person's capitalised name only ("Levin resident Sione Fifita"). */
const RESIDENT_SINGULAR_NOUNS: ReadonlySet<string> = new Set(words.residentSingularNouns.words);
const NUMBERED_ROAD_WORDS: ReadonlySet<string> = new Set(words.numberedRoadWords.words);
const MATCH_NOUNS: ReadonlySet<string> = new Set(words.matchNouns.words);
const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(words.portfolioTitles.words);
const CAMEL_SURNAME_PREFIXES: ReadonlySet<string> = new Set(words.camelSurnamePrefixes.words);
const PORTFOLIO_TITLE_OPENERS: ReadonlySet<string> = new Set(words.portfolioTitleOpeners.words);

/** One word with a capital inside after lower-case letters ("ScotRail", "McCarthy"): its first part ("Scot", "Mc") and the rest. */
const CAMEL_WORD = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}+$/u;

/** A match result written as digits and a hyphen ("2-1", "3-0"). */
const SCORE = /^\d{1,2}-\d{1,2}$/;

/** Are all the span's words capitalised? */
/** A state's or region's abbreviation written alone ("NSW"). */
const REGION_ABBREVIATIONS: ReadonlySet<string> = new Set(words.regionAbbreviations.words);
/** Capitalised words that end a war's name ("War", "Wars"). */
const WAR_HEADS: ReadonlySet<string> = new Set(words.warHeads.words);
const allCapitalised = ({ toks }: SpanView, s: TagSpan): boolean => toks.slice(s.from, s.to).every((t) => cap(t));

/** Is the span a club's name: two or three capitalised words, the last a club's tail word ("Harlow United")? */
const clubName = (v: SpanView, s: TagSpan): boolean => s.to - s.from >= 2 && s.to - s.from <= 3 && CLUB_NAME_TAILS.has(v.toks[s.to - 1]!.text) && allCapitalised(v, s);

/** Does the gazetteer's entry of kind `pattern` cover exactly the span's words? */
const gazetteerCovers = (v: SpanView, s: TagSpan, pattern: RegExp): boolean => wholeGazetteerEntry(v.prep, s.from, s.to, pattern);

/** Does a word of the span name a body ("Bank", "Council", "Group"), so that the span is an organisation's? */
const bodyWord = (v: SpanView, s: TagSpan): boolean => v.prep.lower.slice(s.from, s.to).some((w) => ORGANISATION_OF_HEADS.has(w) || ORGANISATION_TAIL_WORDS.has(w) || COMPANY_HEADS.has(w));

/** Last words of bodies' and companies' names ("Party", "Council", "Holdings"): a body's own, no field of a portfolio. */
const BODY_WORDS: ReadonlySet<string> = new Set([...ORGANISATION_OF_HEADS, ...ORGANISATION_TAIL_WORDS, ...COMPANY_HEADS]);

/** Is token i a word of a portfolio's field: a capitalised English word, no common given name, title or gazetteer name ("Foreign", "Trade", "Highways")? */
function fieldWord({ toks, prep }: SpanView, i: number): boolean {
  const t = toks[i];
  return !!t && /^\p{Lu}\p{Ll}+$/u.test(t.text) && isLexicalWord(prep.lower[i]!) && !isCommonGivenName(prep.lower[i]!) && !prep.gaz[i] && !titleHeads.has(prep.lower[i]!) && !BODY_WORDS.has(prep.lower[i]!);
}

/** Does a capitalised portfolio title stand at token i ("Minister", "Secretary"; entity-words.json portfolioTitles)? */
const portfolioTitleAt = ({ toks, prep }: SpanView, i: number): boolean => cap(toks[i]) && PORTFOLIO_TITLES.has(prep.lower[i] ?? '');

/** Is token i "and" or "&", joining two fields of one portfolio ("Public Works and Highways")? */
const fieldJoin = ({ prep }: SpanView, i: number): boolean => prep.lower[i] === 'and' || prep.lower[i] === '&';

/** Do a portfolio title, "of" or "for" and field words (joined by "and") stand right before token `from` ("Minister for Foreign | Trade")? */
export function titleFieldBefore(v: SpanView, from: number): boolean {
  const { toks, prep } = v;
  let t = from - 1;
  while (t > from - 6 && t > 0 && (fieldWord(v, t) || fieldJoin(v, t) || prep.lower[t] === 'the')) t--;
  return (prep.lower[t] === 'of' || prep.lower[t] === 'for') && portfolioTitleAt(v, t - 1) && toks[t - 1]!.sentence === toks[from]!.sentence;
}

/** Is token i a capitalised form of address ("Dr", "Prof")? */
const honorificAt = ({ toks, prep }: SpanView, i: number): boolean => cap(toks[i]) && honorifics.has(prep.lower[i] ?? '');

/** Is the office's holder named from token `at` on, after more field words ("and Investment | Ana Ruiz") or a comma: a person's span or a common given name? */
function holderFrom(v: SpanView, at: number): boolean {
  const { toks, prep, spans } = v;
  let i = at;
  while (i < at + 5 && (fieldWord(v, i) || fieldJoin(v, i)) && spanAt(spans, i)?.type !== 'PER') i++;
  if (prep.lower[i] === ',') i++;
  // (A form of address may open the holder's name: "… and Tourism Dr | Amina Said".)
  if (honorificAt(v, i)) i++;
  return toks[i]?.sentence === toks[at - 1]!.sentence && (spanAt(spans, i)?.type === 'PER' || (cap(toks[i]) && isCommonGivenName(prep.lower[i]!)));
}

export const SPAN_KIND_RULES: readonly SpanTypeRule[] = [
  {
    id: 'holiday-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a holiday\'s name ("Easter", "Ramadan", "Diwali"; entity-words.json holidayNames), alone or before a word of a holiday\'s day or rite ("Easter Sunday", "Christmas Eve", "Easter Mass"), is a holiday: no actor and no place; a name the gazetteer knows, or one a capitalised word goes on with, is left as read ("Christmas | Island")',
    example: 'Thousands gathered in the square for Easter Mass.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from > 2 || !HOLIDAY_NAMES.has(prep.lower[s.from]!) || (s.to - s.from === 2 && !HOLIDAY_TAILS.has(prep.lower[s.from + 1]!))) return undefined;
      // (A capitalised word after it goes on with another name: "Christmas | Island".)
      if (cap(toks[s.to]) && toks[s.to]!.sentence === toks[s.from]!.sentence) return undefined;
      for (let i = s.from; i < s.to; i++) if (prep.gaz[i]) return undefined;
      return tagSpan(s.from, s.to, 'MISC');
    },
  },
  {
    id: 'club-name-tail',
    types: ['PER', 'LOC'],
    reason: 'two or three capitalised words ending in a club\'s tail word ("United", "Rovers", "Athletic"; entity-words.json clubNameTails) name a sports club, an organisation, not a person or a place',
    example: 'Kestrel Rovers beat Dunmore 3-1 on Saturday.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      return clubName(v, s) ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
  {
    id: 'score-opponent-club',
    types: ['PER'],
    reason: 'one word typed as a person, no common given name, right before a score written with a hyphen ("Dunmore 2-1") in a sentence with a club\'s name, or after a match noun and "against" ("the game against Dunmore"; entity-words.json matchNouns) in an article with one, is the side that club played: a club, an organisation (a tennis player\'s "beat Federer 6-3" has no club in it)',
    example: 'Kestrel Rovers beat Dunmore 3-1 on Saturday.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const score = toks[s.to];
      if (s.to - s.from !== 1 || isCommonGivenName(prep.lower[s.from]!)) return undefined;
      if (score && SCORE.test(score.text) && score.sentence === toks[s.from]!.sentence) return spans.some((t) => t !== s && toks[t.from]!.sentence === score.sentence && clubName(v, t)) ? tagSpan(s.from, s.to, 'ORG') : undefined;
      // (Or after a match noun and "against", in an article that names a club: "Saturday's game against Fenwick".)
      const against = prep.lower[s.from - 1] === 'against' && MATCH_NOUNS.has(prep.lower[s.from - 2] ?? '') && toks[s.from - 2]!.sentence === toks[s.from]!.sentence;
      return against && spans.some((t) => clubName(v, t)) ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
  {
    id: 'named-storm',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a name a storm word opens ("Storm Elowen", "Hurricane Melba"; entity-words.json stormWords), or one word right after a storm word the tagger left out, is a weather event: no person, no actor',
    example: 'Storm Brannagh brought down trees across the county.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      if (s.to - s.from >= 2 && STORM_WORDS.has(toks[s.from]!.text)) return tagSpan(s.from, s.to, 'MISC');
      const w = s.from - 1;
      const free = k === 0 || spans[k - 1]!.to <= w;
      if (s.to - s.from !== 1 || w < 0 || !free || !STORM_WORDS.has(toks[w]!.text) || toks[w]!.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[w]!, toks[s.from]!)) return undefined;
      return tagSpan(w, s.to, 'MISC');
    },
  },
  {
    id: 'region-abbreviation-place',
    types: ['PER', 'ORG'],
    reason: 'a state\'s or region\'s abbreviation written alone ("NSW"; entity-words.json regionAbbreviations) is that place, with no capitalised word after it: before one it opens a body\'s name ("NSW Treasury"), left as read',
    example: 'NSW teachers will strike on Thursday.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      const next = toks[s.to];
      if (s.to - s.from !== 1 || !REGION_ABBREVIATIONS.has(toks[s.from]!.text) || (next && next.sentence === toks[s.from]!.sentence && cap(next))) return undefined;
      return tagSpan(s.from, s.to, 'LOC');
    },
  },
  {
    id: 'named-war',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'one to three capitalised words and a capitalised "War" or "Wars" right after them or ending them (entity-words.json warHeads) name a war, an event and no actor or place, as CoNLL-2003 writes "Gulf War" and "Vietnam War" (MISC), however the tagger cut or typed them',
    example: 'Historians compared the standoff to the Cold War.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      if (!allCapitalised(v, s) || s.to - s.from > 3) return undefined;
      if (s.to - s.from >= 2 && WAR_HEADS.has(toks[s.to - 1]!.text)) return tagSpan(s.from, s.to, 'MISC');
      const war = toks[s.to];
      const held = spanAt(spans, s.to);
      if (!war || !WAR_HEADS.has(war.text) || war.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[s.to - 1]!, war) || (held && (held.from !== s.to || held.to !== s.to + 1))) return undefined;
      return tagSpan(s.from, s.to + 1, 'MISC');
    },
  },
  {
    id: 'street-name-place',
    types: ['PER', 'ORG'],
    reason: 'a name of two words or more typed as an organisation or a person that a street\'s word ends ("Dorset Street", "Grace Road"; entity-words.json streetHeads) is a street, a place; not a common given name and one such word read as a person ("Sarah Lane")',
    example: 'Two shops on Kellagh Street were closed after the fire.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      if (s.to - s.from < 2 || !STREET_HEADS.has(v.toks[s.to - 1]!.text) || !allCapitalised(v, s)) return undefined;
      // (A common given name and a street's word that is also a surname, read as a person: "Sarah Lane said".)
      return s.type === 'PER' && s.to - s.from === 2 && isCommonGivenName(v.prep.lower[s.from]!) ? undefined : tagSpan(s.from, s.to, 'LOC');
    },
  },
  {
    id: 'place-before-office',
    types: ['ORG'],
    reason: 'a name typed as an organisation one space before a capitalised title of an office that governs a place ("Governor", "Mayor", "Premier"; entity-words.json placeOfficeTitles) is that place when the gazetteer knows it as one or none of its words is an English word, and none names a body ("Kilifi Governor", not "Reserve Bank Governor")',
    example: 'Marsabit Governor Ali Wario said the roads were cut.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const title = toks[s.to];
      if (!title || !cap(title) || !PLACE_OFFICE_TITLES.has(title.lower) || title.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[s.to - 1]!, title)) return undefined;
      if (bodyWord(v, s) || prep.gaz[s.from] === 'B-org') return undefined;
      const place = gazetteerCovers(v, s, PLACE_GAZ) || prep.lower.slice(s.from, s.to).every((w) => !isLexicalWord(w));
      return place && allCapitalised(v, s) ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
  {
    id: 'place-before-local-person',
    types: ['ORG'],
    reason: 'a place the gazetteer knows, read as an organisation right before a lower-case noun for a local by trade or place in life ("a Gold Coast bookkeeper", "a Leeds pensioner"; entity-words.json localPersonNouns), is the place the person lives in',
    example: 'A Geelong pensioner was fined for the hedge.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      const noun = toks[s.to];
      if (!noun || cap(noun) || !LOCAL_PERSON_NOUNS.has(noun.lower) || noun.sentence !== toks[s.from]!.sentence) return undefined;
      return gazetteerCovers(v, s, PLACE_GAZ) ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
  {
    id: 'place-before-residents',
    types: ['PER', 'ORG'],
    reason: 'a capitalised name of one to three words typed as a person or an organisation right before a plural noun for the people of a place ("residents", "villagers"; entity-words.json residentNouns) is that place: no person\'s or body\'s name takes them so, nor a singular one before a person\'s name ("Levin resident Sione Fifita"; residentSingularNouns); not a name with a body\'s word in it ("Council residents"), nor a piece of a longer name after a capitalised word in no span ("Sunday | Creek residents")',
    example: 'Pine Hollow villagers said the water had turned brown.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      const noun = toks[s.to];
      // (A singular noun only before a person's capitalised name: "Levin resident Sione Fifita", not "the UN resident coordinator".)
      const singular = !!noun && RESIDENT_SINGULAR_NOUNS.has(noun.lower) && spans[k + 1]?.type === 'PER' && spans[k + 1]!.from === s.to + 1 && cap(toks[s.to + 1]);
      if (s.to - s.from > 3 || !noun || cap(noun) || !(RESIDENT_NOUNS.has(noun.lower) || singular) || noun.sentence !== toks[s.from]!.sentence) return undefined;
      // (Not a piece of a longer name whose first word the tagger left out: "Sunday | Creek residents", read by weekday-place-name.)
      const before = toks[s.from - 1];
      if (before && before.sentence === noun.sentence && cap(before) && (k === 0 || spans[k - 1]!.to < s.from) && oneSpaceBetween(v, before, toks[s.from]!)) return undefined;
      return allCapitalised(v, s) && !bodyWord(v, s) && oneSpaceBetween(v, toks[s.to - 1]!, noun) ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
  {
    id: 'numbered-road',
    types: ['PER', 'ORG'],
    reason: 'a road\'s word ("Highway", "Route", "Interstate"; entity-words.json numberedRoadWords) that closes a name typed as an organisation or a person, right before a number, names a road with that number: a place, with its number ("Highway 299"), no organisation',
    example: 'The fire jumped Highway 36 near the ranch.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const num = toks[s.to];
      if (!cap(toks[s.to - 1]) || !NUMBERED_ROAD_WORDS.has(prep.lower[s.to - 1]!) || !num || !/^\d{1,4}[A-Z]?$/.test(num.text) || num.sentence !== toks[s.from]!.sentence) return undefined;
      return oneSpaceBetween(v, toks[s.to - 1]!, num) ? { from: s.from, to: s.to + 1, type: 'LOC' } : undefined;
    },
  },
  {
    id: 'camel-case-company',
    types: ['PER'],
    reason: 'one word typed as a person with a capital inside after lower-case letters ("ScotRail", "NationsBank"), no given name, opened by no very common given name ("HillaryClinton", a handle; given to 20,000 people or more) and no surname\'s first part ("Mc", "Mac", "De"; entity-words.json camelSurnamePrefixes), that ends no fuller person\'s name in the article, is a company\'s or brand\'s name',
    example: 'TarvoRail says all services north of the river are cancelled.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const m = s.to - s.from === 1 ? CAMEL_WORD.exec(toks[s.from]!.text) : null;
      // (Nor a given name and surname written together, a handle: "HillaryClinton".)
      if (!m || CAMEL_SURNAME_PREFIXES.has(m[1]!) || givenNameClass(prep.lower[s.from]!) !== 0 || givenNameClass(m[1]!.toLowerCase()) === 1) return undefined;
      const fuller = spans.some((t) => t.type === 'PER' && t.to - t.from > 1 && prep.lower[t.to - 1] === prep.lower[s.from]);
      return fuller ? undefined : tagSpan(s.from, s.to, 'ORG');
    },
  },
  {
    id: 'portfolio-after-title',
    reason: 'one capitalised English word right after a portfolio\'s title and "of" or "for" ("Minister of Electricity", "Secretary of the Air", "Cabinet Secretary for Health"; entity-words.json portfolioTitles) is the field the office covers, part of the title: no name, unless the gazetteer knows it ("Prime Minister of Canada")',
    example: 'The Minister of Fisheries, Tom Ruiz, said the quota would stay.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // ("for" as well as "of": "Cabinet Secretary for Health".)
      const of = titleOfBefore(toks, prep, s, true);
      if (of < 0 || s.to - s.from !== 1 || !PORTFOLIO_TITLES.has(prep.lower[of - 1]!) || prep.gaz[s.from] || !/^\p{Lu}\p{Ll}+$/u.test(toks[s.from]!.text)) return undefined;
      return isLexicalWord(prep.lower[s.from]!) ? null : undefined;
    },
  },
  {
    id: 'portfolio-inside-title',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'capitalised field words of a portfolio (joined by "and" or not) inside a titled person\'s title are part of the title, no body: after a portfolio\'s title and "of" or "for" when the office\'s holder follows ("Vice Minister for Foreign Trade Ana Ruiz"), or before the title\'s head and its holder when "Cabinet" or an "and" marks them as a portfolio ("Interior Cabinet Secretary Ana Ruiz", "Public Works and Highways Secretary Ana Ruiz"; not a department\'s own name, "Treasury Secretary Ann Roe"); and "Cabinet" before a portfolio title ("the Cabinet Secretary for Health"; entity-words.json portfolioTitleOpeners)',
    example: 'Vice Minister for Foreign Trade Ana Ruiz said the talks would resume.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // (The tagger may end the field on the holder's form of address: "Minister for Tourism Dr | Amina Said".)
      const last = s.to - s.from > 1 && honorificAt(v, s.to - 1) ? s.to - 1 : s.to;
      for (let i = s.from; i < last; i++) if (!fieldWord(v, i) && !(i > s.from && fieldJoin(v, i)) && !PORTFOLIO_TITLE_OPENERS.has(prep.lower[i]!)) return undefined;
      // ("Cabinet" alone before a portfolio title is the title's word.)
      const opener = s.to - s.from === 1 && PORTFOLIO_TITLE_OPENERS.has(prep.lower[s.from]!) && cap(toks[s.from]);
      const title = portfolioTitleAt(v, s.to) ? s.to : PORTFOLIO_TITLE_OPENERS.has(prep.lower[s.to] ?? '') && portfolioTitleAt(v, s.to + 1) ? s.to + 1 : -1;
      // (Before the title, only a portfolio the words mark as one: "Cabinet" in it, or fields joined by "and"; a
      // department's own name stays as the tagger read it, "Treasury Secretary Ann Roe".)
      let marked = opener || (fieldJoin(v, s.from - 1) && fieldWord(v, s.from - 2));
      for (let i = s.from; i < s.to; i++) if (fieldJoin(v, i) || PORTFOLIO_TITLE_OPENERS.has(prep.lower[i]!)) marked = true;
      if (title > 0 && marked && toks[title]!.sentence === toks[s.from]!.sentence && (opener || holderFrom(v, title + 1))) return null;
      return titleFieldBefore(v, s.from) && holderFrom(v, last) ? null : undefined;
    },
  },
  {
    id: 'gazetteer-organisation-person',
    types: ['PER'],
    reason: 'a name of two words or more typed as a person that is word for word an organisation of the gazetteer ("Fianna Fáil", "Plaid Cymru": parties whose names are no English words) is that organisation',
    example: 'Plaid Cymru councillors voted against the budget.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      // (Two words or more: one word may be a surname as well as a company's name, "Michael Bloomberg" and "Bloomberg".)
      return s.to - s.from >= 2 && gazetteerCovers(v, s, /^B-org$/) ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
];
