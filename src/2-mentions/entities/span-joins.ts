// Stage 2, named entities, part of the span rules (span-types.ts runs them after its own): names the
// tagger cut at punctuation inside them — a club's bracketed town letters in a results line ("Mladost
// (L) 2"), a plural's apostrophe before an organisation's head word ("Bond Traders' Association"), the
// hyphen of a hyphenated given name ("Jean-Paul Aubry", "Li Song-ho"), a regnal number ("Henry VIII"),
// an English word that opens an event's name ("Greater | Milwaukee Open"), a rare given name after a
// title read as an organisation ("Chairman | Reince | Priebus"), a given name read as a place
// before the rest of a person's name ("Loretta | E. Lynch"), and a quoted nickname inside a name
// ("Robert C. | “Bobby” | Scott"), and a capitalised description before a group noun and a name
// ("Environmental | group Sierra Club") or a kind noun read into it ("Brokerage | Halvorsen"); names cut at a lower-case connector are span-connectors.ts's,
// organisation names cut in pieces span-organisations.ts's.

import type { Token } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { bySurface, titleHeads } from './gazetteer.js';
import { givenNameClass, isCommonGivenName } from './given-names.js';
import { BROAD_COMPANY_NOUNS, COMPANY_HEADS, COMPANY_NOUNS, EVENT_HEADS, ORGANISATION_OF_HEADS, QUALIFIED_HEADS, GROUP_NOUNS_BEFORE, KOREAN_SURNAMES, LOWER_SURNAME_PARTICLES, MEDIA_NOUNS_BEFORE, MONARCH_TITLES, PATRONYMIC_PARTICLES, SURNAME_PARTICLES } from './words.js';
import homonyms from '../../../data/lexicon/homonyms.json' with { type: 'json' };
import { SPAN_CONNECTOR_RULES } from './span-connectors.js';
import { SPAN_PARTICLE_RULES } from './span-particles.js';
import { possessiveOrganisationEnd, SPAN_ORGANISATION_RULES } from './span-organisations.js';
import { SPAN_NAMED_BODY_RULES } from './span-named-bodies.js';
import { cap, oneSpaceBetween, spanAt, surnameLike, titleOfBefore, type SpanTypeRule } from './span-rule.js';
import { monthNumber } from '../../lexicon/calendar.js';
import { isTableSurname } from './wikidata.js';
import dateWords from '../../../data/lexicon/date-words.json' with { type: 'json' };
import tagging from '../../../data/lexicon/tagging.json' with { type: 'json' };
import type { Prepared, TagSpan } from './tagger.js';

/** Are tokens a and b written against each other, with no space between? */
/** Abbreviated given names with their full stop, as written ("Ma.", "Wm."; tagging.json givenNameAbbreviations, which stage 1 keeps inside the sentence). */
const GIVEN_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(tagging.givenNameAbbreviations.words);

const touching = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
/** A given name as the list has it (any band): "Joe", "Max", "Jean", "Pierre". */
const givenName = (lower: string): boolean => givenNameClass(lower) !== 0;
/** A given name, or one written with accents the list (US births) spells without: "André", "Hélène", "José". */
const accentedGivenName = (lower: string): boolean => givenName(lower) || givenName(lower.normalize('NFD').replace(/\p{M}/gu, ''));
/**
 * One syllable of a romanised Korean or Chinese given name, the part after its hyphen ("ho" in "Song-ho",
 * "hoon", "un", "bian"): a shape, not a word list — consonants, vowels, at most a final n, ng, m, k or h ("yeh").
 * "era", "led", "based", "style" do not have it.
 */
const GIVEN_NAME_SYLLABLE = /^[bcdfghjklmnprstwyz]{0,2}[aeiouy]{1,3}(?:ng|n|m|k|h)?$/;
/** A capitalised romanised syllable of six letters at most ("Huang", "Byoung", "Kuo"): what a surname or a given name's first syllable is. */
export function romanisedSyllable(word: string): boolean {
  return word.length <= 6 && /^\p{Lu}/u.test(word) && GIVEN_NAME_SYLLABLE.test(word.toLowerCase());
}
/** A romanised syllable, or a common Korean surname as news spell it ("Park", "Moon"): what may stand before a hyphenated given name as its surname. */
export function surnameSyllable(word: string): boolean {
  return romanisedSyllable(word) || (/^\p{Lu}/u.test(word) && KOREAN_SURNAMES.has(word.toLowerCase()));
}
/**
 * "Chung" + "-mau": the token after `i` is a hyphen written against it and against a lower-case
 * syllable of a romanised given name, with no hyphen after; the index after that syllable, or -1.
 */
export function syllableAfter(toks: readonly Token[], i: number): number {
  const [hyphen, syllable, after] = [toks[i + 1], toks[i + 2], toks[i + 3]];
  if (hyphen?.text !== '-' || !touching(toks[i], hyphen) || !touching(hyphen, syllable) || (after?.text === '-' && touching(syllable, after))) return -1;
  return GIVEN_NAME_SYLLABLE.test(syllable!.text) ? i + 3 : -1;
}
/** Span s is an organisation's or place's surname, perhaps with a first syllable, right after a title's word ("chairwoman | Lin Mei", "chairman | Kao"): a romanised name the rule reads on. */
function titledSyllables(toks: readonly Token[], prep: Prepared, s: TagSpan): boolean {
  const title = toks[s.from - 1];
  if ((s.type !== 'ORG' && s.type !== 'LOC') || s.to - s.from > 2 || !title || title.sentence !== toks[s.from]!.sentence || !titleHeads.has(prep.lower[s.from - 1]!)) return false;
  return surnameSyllable(toks[s.from]!.text) && (s.to - s.from === 1 || romanisedSyllable(toks[s.from + 1]!.text));
}
/** A Roman numeral from I to XXXIX, as a regnal number is written ("VIII", "XIV"). */
const ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Token i, right before the person's name at `name`, is a common given name (≥ 2,000 births) the gazetteer does not know as a place, in the same sentence. */
function commonGivenName(toks: readonly Token[], prep: Prepared, i: number, name: number): boolean {
  const word = toks[i]!;
  return isCommonGivenName(word.lower) && !prep.gaz[i] && /^\p{Lu}\p{Ll}/u.test(word.text) && word.sentence === toks[name]!.sentence;
}

/** A rarer given name (given to 200 people or more) that is no English word, after no capitalised word, one space before the name at `name` ("The critic Laurent | Boissière"). */
function rarerGivenName(toks: readonly Token[], prep: Prepared, i: number, name: number): boolean {
  const word = toks[i]!;
  if (givenNameClass(word.lower) !== 3 || prep.gaz[i] || isLexicalWord(word.lower) || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || word.sentence !== toks[name]!.sentence) return false;
  const before = toks[i - 1];
  return !(before && before.sentence === word.sentence && /^\p{Lu}/u.test(before.text)) && toks[name]!.start === word.end + 1;
}

/**
 * "Thani bin Ahmed Al Zeyoudi" with only "Ahmed Al Zeyoudi" tagged: the capitalised proper noun in
 * no span right before a patronymic particle that opens person span k is the given name; its index, else -1.
 */
function givenBeforePatronymic(toks: readonly Token[], spans: readonly TagSpan[], k: number): number {
  const s = spans[k]!;
  const g = s.from - 2;
  if (s.type !== 'PER' || g < 0 || !PATRONYMIC_PARTICLES.has(toks[s.from - 1]!.text)) return -1;
  const word = toks[g]!;
  const free = k === 0 || spans[k - 1]!.to <= g;
  return free && word.pos === 'PROPN' && cap(word) && word.sentence === toks[s.from]!.sentence ? g : -1;
}

/** Words that date a month after them ("in May", "since June"): date-words.json monthContextBefore. */
const MONTH_CONTEXT_BEFORE: ReadonlySet<string> = new Set(dateWords.monthContextBefore);


const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(homonyms.partyAdjectives.words);
/** A lower-case noun for a kind of group or outlet ("group", "charity", "firm", "blog"). */
const groupNoun = (t: Token | undefined): boolean => !!t && !cap(t) && (GROUP_NOUNS_BEFORE.has(t.lower) || COMPANY_NOUNS.has(t.lower) || MEDIA_NOUNS_BEFORE.has(t.lower));

/** A noun for a kind of company, group or outlet that names no organisation's own words: not one that also ends or opens names ("bank", "group", "network"). */
const kindNoun = (lower: string): boolean =>
  (COMPANY_NOUNS.has(lower) || GROUP_NOUNS_BEFORE.has(lower) || MEDIA_NOUNS_BEFORE.has(lower)) && !BROAD_COMPANY_NOUNS.has(lower) && !ORGANISATION_OF_HEADS.has(lower) && !COMPANY_HEADS.has(lower) && !QUALIFIED_HEADS.has(lower);

/** Span s is capitalised given names that are no English words, a Gaelic surname particle and one capitalised word ("Mícheál Ó Briain"): a person's whole name, however the tagger typed it. */
function heldGaelicName(toks: readonly Token[], prep: Prepared, s: TagSpan): boolean {
  const particle = s.to - 2;
  if (particle <= s.from || particle - s.from > 2 || !SURNAME_PARTICLES.has(toks[particle]!.text) || !cap(toks[s.to - 1])) return false;
  for (let i = s.from; i < particle; i++) if (!/^\p{Lu}\p{Ll}/u.test(toks[i]!.text) || isLexicalWord(prep.lower[i]!)) return false;
  return true;
}

/** The token after an abbreviated given name at token a, read as one token ("Ma.") or as the word and its full stop against it ("Ma" "."), or -1. */
function abbreviatedGivenNameAt(toks: readonly Token[], a: number): number {
  const t = toks[a];
  if (!t) return -1;
  if (GIVEN_NAME_ABBREVIATIONS.has(t.text)) return a + 1;
  return toks[a + 1]?.text === '.' && touching(t, toks[a + 1]) && GIVEN_NAME_ABBREVIATIONS.has(`${t.text}.`) ? a + 2 : -1;
}

export const SPAN_JOIN_RULES: readonly SpanTypeRule[] = [
  {
    id: 'club-town-letters',
    types: ['ORG'],
    reason: 'in a results line, one or two capitals in brackets between a club\'s name and a score tell apart clubs of one name by their town ("Mladost (L)", "Rad (B)"): part of the club\'s name',
    example: 'Borac 1 Mladost (L) 2',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      const [open, letters, close, score] = [toks[s.to], toks[s.to + 1], toks[s.to + 2], toks[s.to + 3]];
      if (open?.text !== '(' || !letters || !/^\p{Lu}{1,2}$/u.test(letters.text) || close?.text !== ')' || score?.pos !== 'NUM') return undefined;
      return toks[s.to - 1]!.sentence === score.sentence ? { from: s.from, to: s.to + 3, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'plural-possessive-organisation',
    reason: 'a capitalised plural, its apostrophe and an organisation\'s head word after it are one name ("Bond Traders\' Association", "Lay Volunteers\' International Organisation"), not two',
    example: "The Harbour Pilots' Association said the port would close.",
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      const to = possessiveOrganisationEnd(toks, spans, k);
      return to > s.to ? { from: s.from, to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'gaelic-surname-particle',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a given name, a Gaelic surname particle ("Ó", "Ní", "Nic", "Mac") and a capitalised word are one person ("Eoin Ó Broin", "Máire Ní Bhriain"), however the tagger cut or typed them (also one span typed an organisation or a place whose given names are no English words: "Mícheál Ó Briain")',
    example: 'Eoin Ó Broin said the plan had failed.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.type !== 'PER' && heldGaelicName(toks, prep, s)) return { from: s.from, to: s.to, type: 'PER' };
      const particle = toks[s.to];
      const surname = toks[s.to + 1];
      if (!particle || !SURNAME_PARTICLES.has(particle.text) || !surname || !cap(surname) || surname.sentence !== toks[s.from]!.sentence) return undefined;
      // (A person on one side: the given name, or the particle's surname the tagger read as one.)
      const particleSpan = spans[k + 1]?.from === s.to ? spans[k + 1] : undefined;
      if (s.type !== 'PER' && givenNameClass(prep.lower[s.to - 1]!) === 0 && particleSpan?.type !== 'PER') return undefined;
      let to = s.to + 2;
      for (let j = k + 1; j < spans.length && spans[j]!.from < to; j++) to = Math.max(to, spans[j]!.to);
      return { from: s.from, to, type: 'PER' };
    },
  },
  {
    id: 'lower-case-surname-particle',
    reason: 'a person\'s name, one or two lower-case surname particles ("ten", "ter", "von der") and a capitalised name after them are one person ("Erik ten Hag", "Marc-André ter Stegen"), however the tagger cut them',
    example: 'Manchester United manager Erik ten Hag said the team was ready.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      const first = givenBeforePatronymic(toks, spans, k);
      if (first >= 0) return { from: first, to: s.to, type: 'PER' };
      let i = s.to;
      while (i < s.to + 2 && LOWER_SURNAME_PARTICLES.has(toks[i]?.text ?? '')) i++;
      const next = spans[k + 1];
      // (Before "bin" or "ibn" one word is a given name whatever the tagger typed it: "Thani bin Ahmed".)
      const given = s.type === 'PER' || (s.to - s.from === 1 && PATRONYMIC_PARTICLES.has(toks[s.to]?.text ?? ''));
      if (!given || i === s.to || !next || next.from !== i || next.type !== 'PER' || toks[i]!.sentence !== toks[s.from]!.sentence) return undefined;
      return { from: s.from, to: next.to, type: 'PER' };
    },
  },
  // Names whose particle the tagger left out (span-particles.ts): "al-Aqsa", "Bashar al-Assad", "de Klerk", "Van der Merwe".
  ...SPAN_PARTICLE_RULES,
  {
    id: 'adjacent-person-pieces',
    types: ['PER'],
    reason: 'two person spans one space apart in a sentence are one person\'s name the tagger cut ("Naheed | Shah", "Francisco Tiu | Mendoza Jr."): no English sentence puts two people\'s names side by side without a comma or "and"',
    example: 'NDP Leader Naheed Shah said the premier was picking fights.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      if (!next || next.type !== 'PER' || next.from !== s.to || toks[next.from]!.sentence !== toks[s.from]!.sentence) return undefined;
      // (One space: names on two lines are two rows of a list or a table, "Jane | Quigley" in a results column.)
      return oneSpaceBetween(v, toks[s.to - 1]!, toks[next.from]!) ? { from: s.from, to: next.to, type: 'PER' } : undefined;
    },
  },
  {
    id: 'surname-he',
    types: ['PER'],
    reason: '"He" written right before a person\'s name is a Chinese surname, not the pronoun ("He Yadong", "He Lifeng"): English puts no name after a subject pronoun',
    example: 'Commerce Ministry spokesperson He Yadong said exports rose.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      const he = toks[s.from - 1];
      if (!he || he.text !== 'He' || spans[k - 1]?.to === s.from - 1 || he.sentence !== toks[s.from]!.sentence) return undefined;
      return oneSpaceBetween(v, he, toks[s.from]!) ? { from: s.from - 1, to: s.to, type: 'PER' } : undefined;
    },
  },
  // Organisation names cut in pieces (span-organisations.ts): "the Victorian | Farmers Federation", "Kenya | National Bureau of Statistics".
  ...SPAN_ORGANISATION_RULES,
  // Names cut where a common word or "and" stands inside them (span-named-bodies.ts): "Zia Power | and | Light", "Gulf | Cargo Link".
  ...SPAN_NAMED_BODY_RULES,
  {
    id: 'hyphenated-given-name',
    types: ['PER', 'ORG', 'MISC'],
    reason: 'a hyphen between two given names written against them joins one given name ("Jean-Paul Aubry", "Joe-Max Moore"), whatever the tagger typed the first ("Luc" read as a nationality) and with the accents the given-name list leaves out ("René", "André"): the person\'s name starts at the first',
    example: 'Jean-Paul Aubry scored twice.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      // "Jean" tagged apart, "Paul Aubry" after the hyphen: join forward.
      const next = spans[k + 1];
      const hyphenAfter = (i: number) => toks[i]?.text === '-' && touching(toks[i - 1], toks[i]) && touching(toks[i], toks[i + 1]);
      if (next && next.type === 'PER' && s.to - s.from === 1 && next.from === s.to + 1 && hyphenAfter(s.to) && accentedGivenName(toks[s.from]!.lower) && accentedGivenName(toks[next.from]!.lower)) return { from: s.from, to: next.to, type: 'PER' };
      if (s.type === 'MISC') return undefined;
      // "Joe" untagged before "-Max Moore": take it in.
      const before = s.from - 2;
      if (s.type === 'PER' && before >= 0 && hyphenAfter(s.from - 1) && cap(toks[before]) && !spanAt(spans, before) && accentedGivenName(toks[before]!.lower) && accentedGivenName(toks[s.from]!.lower)) return { from: before, to: s.to, type: 'PER' };
      return undefined;
    },
  },
  {
    id: 'event-name-opener',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a capitalised English word right before a name ending in an event\'s word ("Open", "Cup", "Festival") opens that event\'s name ("Greater Milwaukee Open"); the tagger reads it as a name of its own',
    example: 'He led the Greater Rockford Open after the first round.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const w = toks[s.from]!;
      // (Not a place of the gazetteer, nor a headline's capitals: "BELARUS BEAT ESTONIA IN WORLD CUP QUALIFIER".)
      if (s.to - s.from !== 1 || prep.gaz[s.from] || !/\p{Ll}/u.test(w.text) || !isLexicalWord(w.lower) || givenName(w.lower)) return undefined;
      for (let e = s.to; e < s.to + 3 && e < toks.length && cap(toks[e]) && toks[e]!.sentence === w.sentence; e++) {
        if (e > s.to && EVENT_HEADS.has(toks[e]!.lower)) return { from: s.from, to: e + 1, type: 'MISC' };
      }
      return undefined;
    },
  },
  {
    id: 'regnal-number',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a Roman numeral right after a given name is a monarch\'s or pope\'s regnal number and part of the name ("Henry VIII", "Charles VI"); a lone "I" only after a monarch\'s title ("Queen Elizabeth I"), elsewhere it may be the pronoun',
    example: 'Daughter of Henry VIII, Queen Elizabeth I ruled for 44 years.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      // The numeral after the span, or its last word ("Henry VIII" tagged as one place).
      const at = s.to - s.from >= 2 && ROMAN_NUMERAL.test(toks[s.to - 1]!.text) ? s.to - 1 : s.to;
      const numeral = toks[at];
      // (A name in capitals is a headline's: "ENGLAND V PAKISTAN" is "versus".)
      if (!numeral || !ROMAN_NUMERAL.test(numeral.text) || numeral.sentence !== toks[at - 1]!.sentence || !/\p{Ll}/u.test(toks[at - 1]!.text)) return undefined;
      const titled = MONARCH_TITLES.has(toks[s.from - 1]?.lower ?? '');
      if (!(titled || givenName(toks[at - 1]!.lower)) || (numeral.text === 'I' && !titled) || (at < s.to && s.type === 'PER')) return undefined;
      return { from: s.from, to: at + 1, type: 'PER' };
    },
  },
  {
    id: 'titled-given-name',
    types: ['ORG'],
    reason: 'after a title, one capitalised word tagged as an organisation right before a person\'s name is that person\'s given name, one the tagger does not know ("Chairman Reince Priebus"): no organisation stands between a title and its holder\'s surname',
    example: 'Party Chairman Dorrit Vasquez called the vote a new low.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const next = spans[k + 1];
      const title = toks[s.from - 1];
      if (s.to - s.from !== 1 || !next || next.type !== 'PER' || next.from !== s.to) return undefined;
      if (!title || !titleHeads.has(title.lower) || title.sentence !== toks[next.to - 1]!.sentence) return undefined;
      // (A word the gazetteer or wink's lexicon knows is no unknown given name: "Chairman Apple".)
      const word = toks[s.from]!;
      return !prep.gaz[s.from] && /^\p{Lu}\p{Ll}+$/u.test(word.text) && !isLexicalWord(word.lower) ? { from: s.from, to: next.to, type: 'PER' } : undefined;
    },
  },
  {
    id: 'given-name-before-person',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a common given name read as a place or organisation, or left out, right before a person\'s name opens that name ("Loretta | E. Lynch", "Mary" untagged before "J. Blige"), and so does a rarer given name that is no English word, after no capitalised word ("The critic Laurent | Boissière"); one the gazetteer knows as a place stays ("Victoria")',
    example: 'A partner at the firm, Loretta E. Lynch said she was asked to present the case.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      // ("Mary" untagged at a sentence's start before "J. Blige": take it in.)
      if (s.type === 'PER' && s.from > 0 && commonGivenName(toks, prep, s.from - 1, s.from) && !spanAt(spans, s.from - 1)) return { from: s.from - 1, to: s.to, type: 'PER' };
      const next = spans[k + 1];
      if ((s.type !== 'LOC' && s.type !== 'ORG') || s.to - s.from !== 1 || !next || next.type !== 'PER' || next.from !== s.to) return undefined;
      return commonGivenName(toks, prep, s.from, next.from) || rarerGivenName(toks, prep, s.from, next.from) ? { from: s.from, to: next.to, type: 'PER' } : undefined;
    },
  },
  {
    id: 'abbreviated-given-name',
    reason: 'an abbreviated given name with its full stop ("Ma." for María, "Wm." for William; tagging.json givenNameAbbreviations), in no span or in one of its own, one space before a person\'s name, opens that name ("Ma. | Teresa Ramos", where the tagger reads "Ma" as a place)',
    example: 'Ma. Corazon Villanueva, the town\'s mayor, said the dike held.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      // The abbreviation is span s itself, before the person's span, or stands in no span before s.
      const next = spans[k + 1];
      const own = s.to - s.from <= 2 && !!next && next.type === 'PER' && abbreviatedGivenNameAt(toks, s.from) === next.from;
      const person = own ? next! : s;
      const a = own ? s.from : person.from - (toks[person.from - 1]?.text === '.' ? 2 : 1);
      if (!own && (s.type !== 'PER' || a < 0 || abbreviatedGivenNameAt(toks, a) !== s.from || (k > 0 && spans[k - 1]!.to > a))) return undefined;
      return toks[a]!.sentence === toks[person.from]!.sentence && oneSpaceBetween(v, toks[person.from - 1]!, toks[person.from]!) ? { from: a, to: person.to, type: 'PER' } : undefined;
    },
  },
  {
    id: 'month-given-name',
    types: ['PER'],
    reason: 'a capitalised month that is also a given name ("May", "June", "Jan"), in no span and one space before a person\'s name the tagger began after it, whose first word is no English word or a known surname, opens that name ("May | Lin"); not after a word that dates a month ("in May", "since June", date-words.json monthContextBefore)',
    example: 'May Okonjo, who chairs the board, said the sale was off.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const m = s.from - 1;
      if (m < 0 || (k > 0 && spans[k - 1]!.to > m) || !/^\p{Lu}\p{Ll}+$/u.test(toks[m]!.text) || !monthNumber(prep.lower[m]!) || givenNameClass(prep.lower[m]!) === 0) return undefined;
      const word = prep.lower[s.from]!;
      if (toks[m]!.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[m]!, toks[s.from]!) || !/^\p{Lu}\p{Ll}/u.test(toks[s.from]!.text) || !(surnameLike(word) || isTableSurname(word))) return undefined;
      const before = m > 0 && toks[m - 1]!.sentence === toks[m]!.sentence ? toks[m - 1]! : undefined;
      return before && (MONTH_CONTEXT_BEFORE.has(before.lower) || before.pos === 'NUM') ? undefined : { from: m, to: s.to, type: 'PER' };
    },
  },
  {
    id: 'demonym-surname',
    types: ['PER'],
    reason: 'a common given name tagged alone right before a capitalised demonym or language the tagger typed apart ("Patrick | English", "Dawn | French") is one person when a comma or a verb follows: the word is a surname ("taught Maria English at school" stays apart)',
    example: '"Labour has no bounce," said Patrick English, director of analytics at Harbour Polling.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      if (s.to - s.from !== 1 || !next || next.from !== s.to || next.to - next.from !== 1 || (next.type !== 'MISC' && next.type !== 'LOC')) return undefined;
      // (What follows shows a name's end: a comma or a verb, "said Patrick English, director …", "Dawn French said".)
      const after = toks[next.to];
      if (!isCommonGivenName(prep.lower[s.from]!) || !oneSpaceBetween(v, toks[s.from]!, toks[next.from]!) || !(after?.text === ',' || after?.pos === 'VERB' || after?.pos === 'AUX')) return undefined;
      return /^\p{Lu}\p{Ll}+$/u.test(toks[next.from]!.text) && isLexicalWord(prep.lower[next.from]!) ? { from: s.from, to: next.to, type: 'PER' } : undefined;
    },
  },
  {
    id: 'quoted-nickname',
    reason: 'a nickname in quotation marks between a person\'s given names and surname is part of the name ("Robert C. “Bobby” Scott"); the tagger reads the three as three people, and may read a given name before the quotation as no person ("Ramon" | “Bong” | Dizon), or leave a surname that is no English word out of any name ("Ramon" | “Bong” | Villareal)',
    example: 'Rep. Robert C. “Bobby” Scott said the bill would fail.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      const [open, nick, close] = [toks[s.to], toks[s.to + 1], toks[s.to + 2]];
      // (Stage 1 decided what is quoted: a quotation of one capitalised word between its two marks.)
      const q = nick?.quote ?? -1;
      // (Most spans have no quotation after them: answered first.)
      if (q < 0) return undefined;
      const mark = (t: Token | undefined): boolean => t?.pos === 'PUNCT' && t.quote === q;
      // (A given name the tagger read as another kind of name, one or two words: "Ramon" | “Bong” | Dizon.)
      const person = s.type === 'PER' || (s.to - s.from <= 2 && givenName(toks[s.from]!.lower));
      if (!person || !cap(nick) || q < 0 || !mark(open) || !mark(close) || toks[s.to - 1]!.quote === q || toks[s.to + 3]?.quote === q) return undefined;
      const rest = spans.find((x) => x.from === s.to + 3);
      if (rest) return rest.type === 'PER' && toks[rest.from]!.sentence === toks[s.from]!.sentence ? { from: s.from, to: rest.to, type: 'PER' } : undefined;
      // (A surname the tagger left in no span, a word of no English: 'Senator Ramon "Bong" | Villareal'.)
      const surname = toks[s.to + 3];
      return s.type === 'PER' && surname && surname.sentence === toks[s.from]!.sentence && /^\p{Lu}\p{Ll}/u.test(surname.text) && surnameLike(surname.lower) && !spanAt(spans, s.to + 3) ? { from: s.from, to: s.to + 4, type: 'PER' } : undefined;
    },
  },
  {
    id: 'hyphenated-syllable-name',
    reason: 'a romanised Korean or Chinese given name is two syllables joined by a hyphen ("Song-ho", "Young-hoon"); the tagger stops at the hyphen, but the lower-case syllable after it is part of the name, also when it read a surname and first syllable after a title as an organisation ("chairwoman Lin Mei-hua")',
    example: 'Red Cross official Pak Song-ho sent the message.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      // (The syllables' hyphen comes right after the span or one word after it: most spans have none.)
      if (toks[s.to]?.text !== '-' && toks[s.to + 1]?.text !== '-') return undefined;
      // ("Chief Executive John Lee Ka-chiu": an English given name may open it; the surname before the syllable is short.
      // "chairwoman | Lin Mei-hua": a surname and a first syllable after a title, read as an organisation, are the titled person's.)
      if ((s.type !== 'PER' && !titledSyllables(toks, prep, s)) || s.to - s.from > 4) return undefined;
      // ("Kim In-so": the tagger took the surname alone; the first syllable, capitalised, follows it.
      // "You | Mei-hua": it took the first syllable alone; the surname, a romanised syllable, stands before it.)
      const alone = s.to - s.from === 1 && toks[s.to]?.text === '-';
      const before = toks[s.from - 1];
      if (alone && (!before || !surnameSyllable(before.text) || before.sentence !== toks[s.from]!.sentence || before.end + 1 !== toks[s.from]!.start)) return undefined;
      const first = alone ? s.from : s.to - s.from >= 2 ? s.to - 1 : s.to;
      // (The surname is short or one romanised syllable, "Huang Kuo-"; so is the first syllable, "Koo Byoung-".)
      if ((toks[first - 1]!.text.length > 4 && !surnameSyllable(toks[first - 1]!.text)) || (s.to - s.from > 2 && givenNameClass(prep.lower[s.from]!) === 0)) return undefined;
      const [hyphen, syllable, after] = [toks[first + 1], toks[first + 2], toks[first + 3]];
      if (!cap(toks[first]) || (toks[first]!.text.length > 5 && !romanisedSyllable(toks[first]!.text)) || (first === s.to && toks[first]!.sentence !== toks[s.from]!.sentence)) return undefined;
      if (hyphen?.text !== '-' || !touching(toks[first], hyphen) || !touching(hyphen, syllable) || (after?.text === '-' && touching(syllable, after))) return undefined;
      return syllable && GIVEN_NAME_SYLLABLE.test(syllable.text) ? { from: alone ? s.from - 1 : s.from, to: first + 3, type: 'PER' } : undefined;
    },
  },
  {
    id: 'description-before-name',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'a capitalised English word alone at a sentence\'s start before a lower-case noun for a group or outlet ("group", "charity", "blog", "agency"), perhaps after one or two lower-case nouns of a compound ("Credit rating agency"), and a name describes that name\'s group ("Environmental group Sierra Club"): no name of its own; a party\'s adjective, a demonym or a name the gazetteer knows stays ("Apple supplier Foxconn")',
    example: 'Conservation charity Harbour Trust said the dunes were at risk.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const next = spans[k + 1];
      const w = toks[s.from]!;
      if (s.to - s.from !== 1 || !prep.first[s.from] || !next || next.from - s.to > 3 || next.from === s.to || !groupNoun(toks[next.from - 1]) || toks[next.from]!.sentence !== w.sentence) return undefined;
      // (The words before the group's noun are lower-case nouns of its compound: "rating" in "Credit rating agency".)
      for (let i = s.to; i < next.from - 1; i++) if (toks[i]!.pos !== 'NOUN' || cap(toks[i])) return undefined;
      if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || !isLexicalWord(w.lower) || prep.gaz[s.from] || PARTY_ADJECTIVES.has(w.lower) || bySurface.has(w.lower)) return undefined;
      return null;
    },
  },
  {
    id: 'kind-noun-before-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a capitalised noun for a kind of company, group or outlet ("Brokerage", "Retailer", "Charity", "Broadcaster") at a sentence\'s start, read into the name after it, describes that name\'s organisation ("Brokerage Halvorsen believes …"): no part of the name; a noun that also ends or opens names ("Bank", "Group", "Network", "Exchange") or a person\'s given name after it stays',
    example: 'Insurer Northgate said claims had doubled.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const w = toks[s.from]!;
      if (s.to - s.from < 2 || !prep.first[s.from] || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || !kindNoun(w.lower)) return undefined;
      return cap(toks[s.from + 1]) && !givenName(prep.lower[s.from + 1]!) && !prep.gaz[s.from] ? { from: s.from + 1, to: s.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'title-tail-before-person',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'after a capitalised title and "of (the)", a capitalised English word that opens a span before a given name ends the title, and the rest is the person holding it ("Leader of the | Opposition Rahul Gandhi"): the tagger read the title\'s last word into the name',
    example: 'Leader of the Opposition Dara Okafor said the count was flawed.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from < 3 || titleOfBefore(toks, prep, s) < 0) return undefined;
      const word = prep.lower[s.from]!;
      if (!/^\p{Lu}\p{Ll}+$/u.test(toks[s.from]!.text) || !isLexicalWord(word) || givenName(word) || prep.gaz[s.from]) return undefined;
      return givenName(prep.lower[s.from + 1]!) && cap(toks[s.from + 1]) ? { from: s.from + 1, to: s.to, type: 'PER' } : undefined;
    },
  },
  // Names cut at a lower-case connector inside them (span-connectors.ts): "More in | Common", "Save | the | Children".
  ...SPAN_CONNECTOR_RULES,
];
