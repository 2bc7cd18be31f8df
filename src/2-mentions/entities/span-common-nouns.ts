// Stage 2, named entities, part of the span rules (span-types.ts's SPAN_TYPE_RULES): capitalised common
// nouns and the names a class noun beside them types — a bill or an act ("the Bill", "the Finance
// Bill"), a people's noun ("the Dane"), and a name right after or before a body's class noun ("the
// charity Sahel Relief", "the Aurora team's …"). Words: entity-words.json.

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import { isLexicalWord } from '../../1-text/wink-model.js';
import { cap, oneSpaceBetween, type SpanTypeRule, type SpanView } from './span-rule.js';
import { type TagSpan, tagSpan } from './tagger.js';
import { ARTICLES, LIST_JOINERS, NAMED_GROUP_NOUNS } from './words.js';

/** Last words of laws and treaties, lower case ("act", "bill", "treaty"). */
const LEGAL_INSTRUMENT_HEADS: ReadonlySet<string> = new Set(words.legalInstrumentHeads.words);
/** Nouns for one person of a people, as written ("Dane", "Swede", "Briton"). */
const DEMONYM_NOUNS: ReadonlySet<string> = new Set(Object.keys(words.demonymNouns));
/** Nouns of a body's class that news put before or after its name ("charity", "team", "group"). */
const BODY_CLASS_NOUNS: ReadonlySet<string> = new Set([...words.bodyClassNouns, ...NAMED_GROUP_NOUNS]);

/** Gazetteer tags of a town's name (a city or capital), which also name clubs and teams. */
const TOWN_GAZ = /^[BI]-(city|capital)$/;

/** Does a name go on after token i — a capitalised word, or a joiner ("and", "&", a comma) and one: "the Bill, Hillary and Chelsea Clinton Foundation", "the State Law and Order Council"? */
const nameGoesOn = (v: SpanView, i: number): boolean => {
  const after = v.toks[i + 1];
  if (!after || after.sentence !== v.toks[i]!.sentence) return false;
  return cap(after) || (LIST_JOINERS.has(after.lower) && cap(v.toks[i + 2]));
};

/** Is the token before span s "the", "a" or "an"? */
const afterArticle = (v: SpanView, s: TagSpan): boolean => s.from > 0 && ARTICLES.has(v.prep.lower[s.from - 1]!) && v.toks[s.from - 1]!.sentence === v.toks[s.from]!.sentence;

/** Are the span's words from `from` to `to` capitalised English words ("Finance", "Clean Air")? */
const englishWords = (v: SpanView, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (!/^\p{Lu}\p{Ll}+$/u.test(v.toks[i]!.text) || !isLexicalWord(v.prep.lower[i]!) || v.prep.gaz[i]) return false;
  return true;
};

export const SPAN_COMMON_NOUN_RULES: readonly SpanTypeRule[] = [
  {
    id: 'lone-legal-instrument',
    types: ['PER', 'LOC'],
    reason: 'a law\'s or treaty\'s word alone after "the", capitalised as parliaments write it ("the Bill", "the Act", "the Treaty"; entity-words.json legalInstrumentHeads), read as a person or a place, names the measure before the house: no name of an actor, unless a name goes on after it ("the Bill, Hillary and Chelsea Clinton Foundation"; read as an organisation, "the Constitution", it keeps its reading, as whole names of laws do)',
    example: 'Senators who back the Bill walked out of the chamber.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      return s.to - s.from === 1 && cap(v.toks[s.from]) && LEGAL_INSTRUMENT_HEADS.has(v.prep.lower[s.from]!) && afterArticle(v, s) && !nameGoesOn(v, s.from) ? null : undefined;
    },
  },
  {
    id: 'named-legal-instrument',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'capitalised English words after "the" and a law\'s or treaty\'s capitalised word, read as a person or a place, or the word read as a span of its own right after them ("the Finance | Bill", "the Clean Air Act"), are the measure\'s name, MISC as CoNLL-2003 writes laws; a name read whole as an organisation, or one that goes on after the word ("the State Law and Order Restoration Council"), keeps its reading',
    example: 'Traders marched against the Excise Bill on Friday.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      const next = v.spans[v.k + 1];
      const apart = !!next && next.from === s.to && next.to - next.from === 1 && oneSpaceBetween(v, v.toks[s.to - 1]!, v.toks[next.from]!);
      const head = apart ? next!.from : s.to - 1;
      // (A name read whole as an organisation keeps its reading: "the Affordable Care Act".)
      if ((!apart && s.type === 'ORG') || !afterArticle(v, s) || !cap(v.toks[head]) || !LEGAL_INSTRUMENT_HEADS.has(v.prep.lower[head]!) || !englishWords(v, s.from, head) || head === s.from) return undefined;
      // (Nor a body's name that goes on after the word: "the State Law and Order Restoration Council".)
      if (nameGoesOn(v, head)) return undefined;
      return tagSpan(s.from, head + 1, 'MISC');
    },
  },
  {
    id: 'people-noun',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a noun for one person of a people alone after "the" or "a" ("the Dane", "a Swede"; entity-words.json demonymNouns) describes someone named elsewhere: no name of its own',
    example: 'The Swede said he was happy with his round.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      return s.to - s.from === 1 && DEMONYM_NOUNS.has(v.toks[s.from]!.text) && afterArticle(v, s) ? null : undefined;
    },
  },
  {
    id: 'class-noun-before-name',
    types: ['PER', 'LOC'],
    reason: 'a name right after "the" or "a" and a lower-case noun of a body\'s class ("the charity", "the group", "a club"; entity-words.json bodyClassNouns, namedGroupNouns) is that body\'s name, an organisation, whatever place or person its words name',
    example: 'Volunteers from the charity Andes Hope handed out blankets.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      const noun = s.from - 1;
      if (noun < 1 || cap(v.toks[noun]) || !BODY_CLASS_NOUNS.has(v.prep.lower[noun]!) || !ARTICLES.has(v.prep.lower[noun - 1]!) || v.toks[noun - 1]!.sentence !== v.toks[s.from]!.sentence) return undefined;
      return tagSpan(s.from, s.to, 'ORG');
    },
  },
  {
    id: 'name-before-class-noun',
    types: ['LOC'],
    reason: 'a name read as a place after "the" and before a lower-case noun of a body\'s class ("the Halden club", "the Aurora team\'s Elias Lindqvist"; entity-words.json bodyClassNouns) names that body, an organisation, when the gazetteer knows none of its words, or knows them as a town and the noun owns a person\'s name',
    example: 'Moreau finished ahead of the Vireo team\'s Lars Eklund.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      const noun = v.toks[s.to];
      if (!noun || cap(noun) || !words.bodyClassNouns.includes(noun.lower) || noun.sentence !== v.toks[s.from]!.sentence || !afterArticle(v, s)) return undefined;
      // (A town the gazetteer knows only before the noun's possessive and a person's name: "the Aurora team's Elias …".)
      const owner = /^['’]s$/.test(v.toks[s.to + 1]?.text ?? '') && v.spans[v.k + 1]?.type === 'PER' && v.spans[v.k + 1]!.from === s.to + 2;
      for (let i = s.from; i < s.to; i++) if (v.prep.gaz[i] && !(owner && TOWN_GAZ.test(v.prep.gaz[i]!))) return undefined;
      return tagSpan(s.from, s.to, 'ORG');
    },
  },
];
