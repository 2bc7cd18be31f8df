// Stage 2, named entities, part of the span rules (span-types.ts lists SPAN_CONTEXT_RULES after
// SPAN_WHOLE_BODY_RULES): one-word names the tagger typed wrongly that a word beside them types — a
// platform after "a post on" ("X"), India's central government ("the Centre"), a tabloid's capitals
// opening a sentence ("TELLY favourite"), a party's nickname before a title ("Tory MP") — session 29 (names40);
// a place after "mayor of" — session 30 (names30); a name an appositive calls a body ("Gavi, the
// vaccine alliance,"), a source after "according to", the first word of a quotation in another language — session 31 (names31);
// a party after "voting" ("voting Green") — session 32 (names32).

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import { isLexicalWord } from '../../1-text/wink-model.js';
import { titleHeads } from './gazetteer.js';
import { ARTICLES, COMPANY_NOUNS_ALSO_PEOPLE, DESCRIBED_BODY_NOUNS, GOVERNMENT_CENTRE_WORDS, ORGANISATION_TAIL_OPENERS, PERSON_JOB_COMPANY_NOUNS, PLATFORM_LETTERS, POSTING_WORDS } from './words.js';
import { cap, oneSpaceBetween, PLACE_GAZ, type SpanTypeRule, type SpanView, wholeGazetteerEntry } from './span-rule.js';
import { isCommonGivenName } from './given-names.js';
import { tagSpan } from './tagger.js';
import { isAcronym } from './candidate.js';

const PARTY_MEMBER_NOUNS: ReadonlySet<string> = new Set(words.partyMemberNouns);
const TABLOID_LABEL_NOUNS: ReadonlySet<string> = new Set(words.tabloidLabelNouns.words);
const PLACE_OFFICE_TITLES: ReadonlySet<string> = new Set(words.placeOfficeTitles.words);
const VOTE_FORMS: ReadonlySet<string> = new Set(words.voteForms.words);

/** Words before a body's noun in an appositive, at most ("the Geneva-based vaccine alliance"). */
const APPOSITIVE_MODIFIERS = 5;

/**
 * Is the name ending at token `end` set off by a comma and an article, lower-case modifiers and a
 * body's noun (entity-words.json publicBodyNouns, companyNouns, governmentClassNouns, namedGroupNouns;
 * not one that also names a person's trade) that a comma or the sentence's end closes ("Gavi, the
 * vaccine alliance,")?
 */
function bodyAppositive({ toks, prep }: SpanView, end: number, acronym = false): boolean {
  const sentence = toks[end - 1]!.sentence;
  if (prep.lower[end] !== ',' || !ARTICLES.has(prep.lower[end + 1] ?? '')) return false;
  for (let i = end + 2; i <= end + 2 + APPOSITIVE_MODIFIERS && i < toks.length && toks[i]!.sentence === sentence; i++) {
    const w = prep.lower[i]!;
    // (Lower-case words, a nationality or a place's compound: "a Finnish charity", "the Geneva-based alliance".)
    const compound = toks[i]!.text === '-' || toks[i + 1]?.text === '-';
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(toks[i]!.text) && prep.gaz[i] !== 'B-demonym' && !compound) return false;
    // (Modifiers only: a preposition or article ends the phrase, "the leader of the ruling party".)
    // (An "and" between modifiers stays inside: "a sports and talent agency".)
    if (!compound && !/^(ADJ|NOUN|PROPN|VERB)$/.test(toks[i]!.pos) && w !== 'and') return false;
    if (!DESCRIBED_BODY_NOUNS.has(w)) continue;
    const after = toks[i + 1];
    const closed = !after || after.sentence !== sentence || after.text === ',' || after.text === '.';
    // (A body's noun that modifies the next one is a modifier too: "the power network | operator".)
    if (!closed) continue;
    // (A trade that is a person's too describes an acronym's body: no person's name is written in capitals, "SSEN, the network operator,".)
    return closed && toks[i]!.pos === 'NOUN' && (acronym || (!COMPANY_NOUNS_ALSO_PEOPLE.has(w) && !PERSON_JOB_COMPANY_NOUNS.has(w)));
  }
  return false;
}

/** The least share of a quotation's lower-case words that are no English words for the quotation to be in another language. */
const FOREIGN_QUOTE_SHARE = 1 / 2;
/** Lower-case words a quotation needs before its language is judged. */
const FOREIGN_QUOTE_WORDS = 3;

/** Is the quotation `q` in another language: at least three lower-case words, half of them no English words (short words of Tagalog or Malay are English ones too: "ang", "sa") ("lang ang habol nila")? */
function foreignQuotation({ toks, prep }: SpanView, q: number, from: number): boolean {
  let words = 0;
  let foreign = 0;
  for (let i = from; i < toks.length && toks[i]!.quote === q; i++) {
    if (!/^\p{Ll}+$/u.test(toks[i]!.text)) continue;
    words++;
    if (!isLexicalWord(prep.lower[i]!)) foreign++;
  }
  return words >= FOREIGN_QUOTE_WORDS && foreign >= words * FOREIGN_QUOTE_SHARE;
}

/** The span rules that type a one-word name by the word beside it. */
export const SPAN_CONTEXT_RULES: readonly SpanTypeRule[] = [
  {
    id: 'platform-after-post',
    types: ['PER', 'LOC', 'MISC'],
    reason: 'a platform named by one capital letter ("X"; entity-words.json platformLetters) right after "on" and a word of posting up to three words before ("in a post on X", "wrote on X"; postingWords) is the platform, an organisation, no person or place',
    example: 'In a video posted on X, the mayor thanked the crews.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from !== 1 || !PLATFORM_LETTERS.has(toks[s.from]!.text) || prep.lower[s.from - 1] !== 'on') return undefined;
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
      if (s.to - s.from !== 1 || !GOVERNMENT_CENTRE_WORDS.has(toks[s.from]!.text) || prep.lower[s.from - 1] !== 'the') return undefined;
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
      if (s.to - s.from !== 1 || !prep.first[s.from] || prep.gaz[s.from] || !/^\p{Lu}{3,}$/u.test(t.text) || !isLexicalWord(t.lower)) return undefined;
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
      if (s.to - s.from !== 1 || !PARTY_MEMBER_NOUNS.has(toks[s.from]!.text) || !title || !cap(title) || !titleHeads.has(prep.lower[s.to]!)) return undefined;
      return title.sentence === toks[s.from]!.sentence && oneSpaceBetween(v, toks[s.from]!, title) ? tagSpan(s.from, s.to, 'MISC') : undefined;
    },
  },
  {
    id: 'body-appositive-name',
    types: ['PER', 'LOC'],
    reason: 'a name of one to three words the tagger read as a place or a person, no gazetteer entry and no common given name first, set off (here or at another mention of it) by a comma and an appositive that a body\'s noun heads ("Gavi, the vaccine alliance,", "Tarvo, a Finnish charity,"; entity-words.json publicBodyNouns, companyNouns, governmentClassNouns, namedGroupNouns), is that body, an organisation; not a noun that also names a person\'s trade ("a publisher", "the operator") unless the name is an acronym ("SSEN, the power network operator,")',
    example: 'The grant went to Medvika, the vaccine alliance, on Monday.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      if (s.to - s.from > 3 || isCommonGivenName(prep.lower[s.from]!)) return undefined;
      for (let i = s.from; i < s.to; i++) if (prep.gaz[i] || !cap(toks[i])) return undefined;
      // (This mention or another of the same name: "Teck, the mining company, … Teck wants".)
      const name = prep.lower.slice(s.from, s.to).join(' ');
      const same = spans.filter((t) => t.to - t.from === s.to - s.from && prep.lower.slice(t.from, t.to).join(' ') === name);
      const acronym = s.to - s.from === 1 && isAcronym(toks[s.from]!.text);
      // (Not a name that is itself set off by a comma: "Lawrence Agency Corp., Schenectady, N.Y., an insurance agency" describes the firm.)
      return same.some((t) => prep.lower[t.from - 1] !== ',' && bodyAppositive(v, t.to, acronym)) ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
  {
    id: 'misc-source-after-according-to',
    types: ['MISC'],
    reason: 'one word the tagger read as MISC, no gazetteer entry (no nationality), right after "according to" and closing the phrase (a comma or the sentence\'s end after it, no noun it describes: not "according to Islamic law") is the source cited, an agency or an outlet ("according to Yonhap"): an organisation',
    example: 'Output fell 2 percent, according to Kelvira, the state news agency.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from !== 1 || prep.gaz[s.from] || prep.lower[s.from - 1] !== 'to' || prep.lower[s.from - 2] !== 'according' || !/^\p{Lu}\p{Ll}+$/u.test(toks[s.from]!.text)) return undefined;
      const after = toks[s.to];
      return !after || after.sentence !== toks[s.from]!.sentence || after.text === ',' || after.text === '.' ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
  {
    id: 'foreign-quotation-opener',
    reason: 'the capitalised first word of a quotation in another language (half of its lower-case words or more no English words: "Pera lang ang habol nila") is capitalised because it opens the quotation, no evidence of a name: no entity, unless the gazetteer knows it or the article names it elsewhere',
    example: '"Trabaho ang kailangan namin," one vendor said.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const t = toks[s.from]!;
      const mark = toks[s.from - 1];
      if (s.to - s.from !== 1 || t.quote < 0 || !mark || mark.pos !== 'PUNCT' || mark.sentence !== t.sentence || prep.gaz[s.from] || isLexicalWord(t.lower)) return undefined;
      if (spans.some((o) => o !== s && prep.lower.slice(o.from, o.to).includes(t.lower))) return undefined;
      return foreignQuotation(v, t.quote, s.from) ? null : undefined;
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
      if (prep.lower[s.from - 1] !== 'of' || !title || cap(title) || !PLACE_OFFICE_TITLES.has(title.lower) || title.sentence !== toks[s.from]!.sentence) return undefined;
      return wholeGazetteerEntry(prep, s.from, s.to, PLACE_GAZ) ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
  {
    id: 'party-after-vote',
    types: ['PER'],
    reason: 'one capitalised English word the tagger read as a person right after a lower-case form of "vote" with no preposition between ("voting Green", "voted Reform") is the party voted for, an organisation: a person is voted "for"; not a common given name nor the last word of a fuller person\'s name in the article ("Donald Trump … voted Trump"), where the surname may be a party\'s word too ("Green")',
    example: 'Many farmers said they would vote Harvest at the next election.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const verb = toks[s.from - 1];
      const word = prep.lower[s.from]!;
      if (s.to - s.from !== 1 || !verb || !VOTE_FORMS.has(verb.text) || verb.sentence !== toks[s.from]!.sentence || !/^\p{Lu}\p{Ll}+$/u.test(toks[s.from]!.text)) return undefined;
      if (!isLexicalWord(word) || isCommonGivenName(word)) return undefined;
      return spans.some((t) => t.type === 'PER' && t.to - t.from > 1 && prep.lower[t.to - 1] === word) ? undefined : tagSpan(s.from, s.to, 'ORG');
    },
  },
];
