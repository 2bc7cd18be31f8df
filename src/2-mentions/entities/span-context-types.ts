// Stage 2, named entities, part of the span rules (span-types.ts lists SPAN_CONTEXT_RULES after
// SPAN_WHOLE_BODY_RULES): one-word names the tagger typed wrongly that a word beside them types — a
// platform after "a post on" ("X"), India's central government ("the Centre"), a tabloid's capitals
// opening a sentence ("TELLY favourite"), a party's nickname before a title ("Tory MP") — session 29 (names40);
// a place after "mayor of" — session 30 (names30).

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import { isLexicalWord } from '../../1-text/wink-model.js';
import { titleHeads } from './gazetteer.js';
import { GOVERNMENT_CENTRE_WORDS, ORGANISATION_TAIL_OPENERS, PLATFORM_LETTERS, POSTING_WORDS } from './words.js';
import { cap, oneSpaceBetween, PLACE_GAZ, type SpanTypeRule, wholeGazetteerEntry } from './span-rule.js';
import { tagSpan } from './tagger.js';

const PARTY_MEMBER_NOUNS: ReadonlySet<string> = new Set(words.partyMemberNouns);
const TABLOID_LABEL_NOUNS: ReadonlySet<string> = new Set(words.tabloidLabelNouns.words);
const PLACE_OFFICE_TITLES: ReadonlySet<string> = new Set(words.placeOfficeTitles.words);

/** The span rules that type a one-word name by the word beside it. */
export const SPAN_CONTEXT_RULES: readonly SpanTypeRule[] = [
  {
    id: 'platform-after-post',
    types: ['PER', 'LOC', 'MISC'],
    reason: 'a platform named by one capital letter ("X"; entity-words.json platformLetters) right after "on" and a word of posting up to three words before ("in a post on X", "wrote on X"; postingWords) is the platform, an organisation, no person or place',
    example: 'In a video posted on X, the mayor thanked the crews.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.type === 'ORG' || s.to - s.from !== 1 || !PLATFORM_LETTERS.has(toks[s.from]!.text) || prep.lower[s.from - 1] !== 'on') return undefined;
      const sentence = toks[s.from]!.sentence;
      for (let i = s.from - 2; i >= s.from - 4 && i >= 0 && toks[i]!.sentence === sentence; i--) if (POSTING_WORDS.has(prep.lower[i]!)) return tagSpan(s.from, s.to, 'ORG');
      return undefined;
    },
  },
  {
    id: 'the-centre-government',
    types: ['PER', 'LOC'],
    reason: '"the Centre" standing alone, capitalised after "the", is a government (India\'s central government, or a centre named before), an organisation: not a place, as the tagger reads a building\'s word; not before "of", "for", "on" or a capitalised word, which go on with a name ("the Center on Budget …")',
    example: 'The Centre has asked the states to report every case.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.type === 'ORG' || s.type === 'MISC' || s.to - s.from !== 1 || !GOVERNMENT_CENTRE_WORDS.has(toks[s.from]!.text) || prep.lower[s.from - 1] !== 'the') return undefined;
      const next = toks[s.to];
      const goesOn = !!next && next.sentence === toks[s.from]!.sentence && (cap(next) || ORGANISATION_TAIL_OPENERS.has(prep.lower[s.to]!));
      return goesOn ? undefined : tagSpan(s.from, s.to, 'ORG');
    },
  },
  {
    id: 'tabloid-capitals-opener',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'an English word in capitals that opens a sentence before a lower-case noun of fame ("TELLY favourite Kayleigh Marsh", "SOAP star …"; entity-words.json tabloidLabelNouns) is a tabloid\'s way of opening a story, no name: not a name the gazetteer knows, nor one the tagger read as MISC; an acronym before another noun is an employer ("GSA spokeswoman", "ESPN analyst"; wink\'s lexicon holds such acronyms, so no test of the word tells them apart)',
    example: 'SOAP legend Dana Ruiz has quit the show.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const t = toks[s.from]!;
      const next = toks[s.to];
      if (s.type === 'MISC' || s.to - s.from !== 1 || !prep.first[s.from] || prep.gaz[s.from] || !/^\p{Lu}{3,}$/u.test(t.text) || !isLexicalWord(t.lower)) return undefined;
      return next && next.sentence === t.sentence && TABLOID_LABEL_NOUNS.has(next.text) ? null : undefined;
    },
  },
  {
    id: 'party-nickname-before-title',
    types: ['PER', 'LOC'],
    reason: 'a party member\'s word or nickname ("Tory", "Republican"; entity-words.json partyMemberNouns) read alone as a person or a place right before a capitalised title head and a name ("Tory MP Rupert Ashdown") is part of the role, as "Labour MP" is: no person and no place',
    example: 'The bill was attacked by Tory MP Ann Roe on Tuesday.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const title = toks[s.to];
      if ((s.type !== 'PER' && s.type !== 'LOC') || s.to - s.from !== 1 || !PARTY_MEMBER_NOUNS.has(toks[s.from]!.text) || !title || !cap(title) || !titleHeads.has(prep.lower[s.to]!)) return undefined;
      return title.sentence === toks[s.from]!.sentence && oneSpaceBetween(v, toks[s.from]!, title) ? tagSpan(s.from, s.to, 'MISC') : undefined;
    },
  },
  {
    id: 'place-after-office-of',
    types: ['ORG'],
    reason: 'a place the gazetteer knows, read alone as an organisation, right after "of" and a lower-case title of an office that governs a place ("the deputy mayor of Marseille", "the governor of Lagos"; entity-words.json placeOfficeTitles) is the place the office governs',
    example: 'The deputy mayor of Lyon said the tram would run again.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const title = toks[s.from - 2];
      if (s.type !== 'ORG' || prep.lower[s.from - 1] !== 'of' || !title || cap(title) || !PLACE_OFFICE_TITLES.has(title.lower) || title.sentence !== toks[s.from]!.sentence) return undefined;
      return wholeGazetteerEntry(prep, s.from, s.to, PLACE_GAZ) ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
];
