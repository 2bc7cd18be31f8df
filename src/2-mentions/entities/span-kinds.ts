// Stage 2, named entities, part of the span rules (span-types.ts runs them right after span-joins.ts's): names whose kind
// the words in or around them tell, whatever the tagger typed — a club ("Harlow United") and the side
// it played, a named storm ("Storm Elowen"), a street ("Dorset Street"), a place before the office that
// governs it or a local's trade ("Kilifi Governor", "a Gold Coast bookkeeper") and a party the gazetteer
// knows ("Fianna Fáil"), a brand written with a capital inside ("ScotRail"). Words in data/lexicon/entity-words.json; probe 33 found each typed wrongly.

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import { isLexicalWord } from '../../1-text/wink-model.js';
import { givenNameClass, isCommonGivenName } from './given-names.js';
import { cap, oneSpaceBetween, PLACE_GAZ, titleOfBefore, wholeGazetteerEntry, type SpanTypeRule, type SpanView } from './span-rule.js';
import { type TagSpan, tagSpan } from './tagger.js';
import { COMPANY_HEADS, ORGANISATION_OF_HEADS, ORGANISATION_TAIL_WORDS } from './words.js';

const CLUB_NAME_TAILS: ReadonlySet<string> = new Set(words.clubNameTails.words);
const STORM_WORDS: ReadonlySet<string> = new Set(words.stormWords.words);
const STREET_HEADS: ReadonlySet<string> = new Set(words.streetHeads.words);
const PLACE_OFFICE_TITLES: ReadonlySet<string> = new Set(words.placeOfficeTitles.words);
const LOCAL_PERSON_NOUNS: ReadonlySet<string> = new Set(words.localPersonNouns.words);
const RESIDENT_NOUNS: ReadonlySet<string> = new Set(words.residentNouns.words);
const NUMBERED_ROAD_WORDS: ReadonlySet<string> = new Set(words.numberedRoadWords.words);
const MATCH_NOUNS: ReadonlySet<string> = new Set(words.matchNouns.words);
const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(words.portfolioTitles.words);
const CAMEL_SURNAME_PREFIXES: ReadonlySet<string> = new Set(words.camelSurnamePrefixes.words);

/** One word with a capital inside after lower-case letters ("ScotRail", "McCarthy"): its first part ("Scot", "Mc") and the rest. */
const CAMEL_WORD = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}+$/u;

/** A match result written as digits and a hyphen ("2-1", "3-0"). */
const SCORE = /^\d{1,2}-\d{1,2}$/;

/** Are all the span's words capitalised? */
const allCapitalised = ({ toks }: SpanView, s: TagSpan): boolean => toks.slice(s.from, s.to).every((t) => cap(t));

/** Is the span a club's name: two or three capitalised words, the last a club's tail word ("Harlow United")? */
const clubName = (v: SpanView, s: TagSpan): boolean => s.to - s.from >= 2 && s.to - s.from <= 3 && CLUB_NAME_TAILS.has(v.toks[s.to - 1]!.text) && allCapitalised(v, s);

/** Does the gazetteer's entry of kind `pattern` cover exactly the span's words? */
const gazetteerCovers = (v: SpanView, s: TagSpan, pattern: RegExp): boolean => wholeGazetteerEntry(v.prep, s.from, s.to, pattern);

/** Does a word of the span name a body ("Bank", "Council", "Group"), so that the span is an organisation's? */
const bodyWord = (v: SpanView, s: TagSpan): boolean => v.prep.lower.slice(s.from, s.to).some((w) => ORGANISATION_OF_HEADS.has(w) || ORGANISATION_TAIL_WORDS.has(w) || COMPANY_HEADS.has(w));

export const SPAN_KIND_RULES: readonly SpanTypeRule[] = [
  {
    id: 'club-name-tail',
    types: ['PER', 'LOC'],
    reason: 'two or three capitalised words ending in a club\'s tail word ("United", "Rovers", "Athletic"; entity-words.json clubNameTails) name a sports club, an organisation, not a person or a place',
    example: 'Kestrel Rovers beat Dunmore 3-1 on Saturday.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      return s.type !== 'ORG' && s.type !== 'MISC' && clubName(v, s) ? tagSpan(s.from, s.to, 'ORG') : undefined;
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
      if (s.type !== 'PER' || s.to - s.from !== 1 || isCommonGivenName(prep.lower[s.from]!)) return undefined;
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
      if (s.type === 'MISC') return undefined;
      if (s.to - s.from >= 2 && STORM_WORDS.has(toks[s.from]!.text)) return tagSpan(s.from, s.to, 'MISC');
      const w = s.from - 1;
      const free = k === 0 || spans[k - 1]!.to <= w;
      if (s.to - s.from !== 1 || w < 0 || !free || !STORM_WORDS.has(toks[w]!.text) || toks[w]!.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[w]!, toks[s.from]!)) return undefined;
      return tagSpan(w, s.to, 'MISC');
    },
  },
  {
    id: 'street-name-place',
    types: ['PER', 'ORG'],
    reason: 'a name of two words or more typed as an organisation or a person that a street\'s word ends ("Dorset Street", "Grace Road"; entity-words.json streetHeads) is a street, a place',
    example: 'Two shops on Kellagh Street were closed after the fire.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      return (s.type === 'ORG' || s.type === 'PER') && s.to - s.from >= 2 && STREET_HEADS.has(v.toks[s.to - 1]!.text) && allCapitalised(v, s) ? tagSpan(s.from, s.to, 'LOC') : undefined;
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
      if (s.type !== 'ORG' || !title || !cap(title) || !PLACE_OFFICE_TITLES.has(title.lower) || title.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[s.to - 1]!, title)) return undefined;
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
      if (s.type !== 'ORG' || !noun || cap(noun) || !LOCAL_PERSON_NOUNS.has(noun.lower) || noun.sentence !== toks[s.from]!.sentence) return undefined;
      return gazetteerCovers(v, s, PLACE_GAZ) ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
  {
    id: 'place-before-residents',
    types: ['PER', 'ORG'],
    reason: 'a capitalised name of one to three words typed as a person or an organisation right before a plural noun for the people of a place ("residents", "villagers"; entity-words.json residentNouns) is that place: no person\'s or body\'s name takes them so; not a name with a body\'s word in it ("Council residents"), nor a piece of a longer name after a capitalised word in no span ("Sunday | Creek residents")',
    example: 'Pine Hollow villagers said the water had turned brown.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      const noun = toks[s.to];
      if ((s.type !== 'PER' && s.type !== 'ORG') || s.to - s.from > 3 || !noun || cap(noun) || !RESIDENT_NOUNS.has(noun.lower) || noun.sentence !== toks[s.from]!.sentence) return undefined;
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
      if ((s.type !== 'PER' && s.type !== 'ORG') || !cap(toks[s.to - 1]) || !NUMBERED_ROAD_WORDS.has(prep.lower[s.to - 1]!) || !num || !/^\d{1,4}[A-Z]?$/.test(num.text) || num.sentence !== toks[s.from]!.sentence) return undefined;
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
      const m = s.type === 'PER' && s.to - s.from === 1 ? CAMEL_WORD.exec(toks[s.from]!.text) : null;
      // (Nor a given name and surname written together, a handle: "HillaryClinton".)
      if (!m || CAMEL_SURNAME_PREFIXES.has(m[1]!) || givenNameClass(prep.lower[s.from]!) !== 0 || givenNameClass(m[1]!.toLowerCase()) === 1) return undefined;
      const fuller = spans.some((t) => t.type === 'PER' && t.to - t.from > 1 && prep.lower[t.to - 1] === prep.lower[s.from]);
      return fuller ? undefined : tagSpan(s.from, s.to, 'ORG');
    },
  },
  {
    id: 'portfolio-after-title',
    reason: 'one capitalised English word right after a portfolio\'s title and "of" ("Minister of Electricity", "Secretary of the Air"; entity-words.json portfolioTitles) is the field the office covers, part of the title: no name, unless the gazetteer knows it ("Prime Minister of Canada")',
    example: 'The Minister of Fisheries, Tom Ruiz, said the quota would stay.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const of = titleOfBefore(toks, prep, s);
      if (of < 0 || s.to - s.from !== 1 || !PORTFOLIO_TITLES.has(prep.lower[of - 1]!) || prep.gaz[s.from] || !/^\p{Lu}\p{Ll}+$/u.test(toks[s.from]!.text)) return undefined;
      return isLexicalWord(prep.lower[s.from]!) ? null : undefined;
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
      return s.type === 'PER' && s.to - s.from >= 2 && gazetteerCovers(v, s, /^B-org$/) ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
];
