// Closed word classes and punctuation tests used by the grammar helpers and the rules of stage 3.
// No attribution knowledge: parts of speech, marks and small word sets.

import type { Token } from '../../types.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, TIME_NOUNS, WEEKDAYS } from '../../lexicon/calendar.js';
import { WORDS } from './lexicon.js';

export const AUX_OR_ADV = new Set(['AUX', 'ADV', 'PART']);

export const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON']);

export const OPEN_MARKS = /^([“"«„‘']|'')$/;

export const CLOSE_MARKS = /^([”"»’']|'')$/;

export const SUBORDINATORS: ReadonlySet<string> = WORDS.subordinators;

export const WH_WORDS: ReadonlySet<string> = WORDS.whWords;

/** Prepositions that may sit inside a speaker noun phrase: "a spokeswoman for X", "officials at Y", "a report about Z", "a statement by the two". */
export const NP_INNER_ADP: ReadonlySet<string> = WORDS.npInnerPrepositions;

export const END_PUNCT = /^[.!?;:]+$/;

export const DASH = /^(--|—|–)$/;

/** Is token k a dash: "--", "—", "–", or a hyphen with spaces on both sides ("the challenger - who … - said")? */
export function isDashAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return DASH.test(t.text) || (t.text === '-' && k > 0 && tokens[k - 1]!.end < t.start && (tokens[k + 1]?.start ?? 0) > t.end);
}

export const QUANTIFIER: ReadonlySet<string> = WORDS.quantifiers;

/** Finite forms without -ed that start a second verb phrase of the subject ("… and said …"). */
export const IRREGULAR_FINITE: ReadonlySet<string> = WORDS.irregularFinite;

export const SUBJECT_PRONOUNS: ReadonlySet<string> = WORDS.subjectPronouns;

export const POSSESSIVE: ReadonlySet<string> = WORDS.possessiveDeterminers;

export const NON_SUBJECT_PRONOUNS: ReadonlySet<string> = WORDS.nonSubjectPronouns;

/** Words passed over between a subject and its verb or a cue and its content: times ("today", "last week") and manner adverbs ("publicly"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([...WORDS.timeWords, ...WORDS.mannerAdverbs]);

/** Nouns of time and the weekdays (calendar.json). */
export const TIME_NOUN: ReadonlySet<string> = new Set([...TIME_NOUNS, ...WEEKDAYS]);

/** A month (abbreviations with or without their full stop: "Sept."), a weekday, "today" or "yesterday". */
export function isMonthOrDay(text: string): boolean {
  const w = text.toLowerCase();
  return MONTH_ABBREVIATIONS.has(w.endsWith('.') ? w.slice(0, -1) : w) || MONTH_NAMES.has(w) || WEEKDAYS.has(w) || WORDS.datelessDays.has(w);
}

/** Irregular past participles that may close a subject ("the documents found", "the emails seen"). */
export const IRREGULAR_PARTICIPLE: ReadonlySet<string> = WORDS.irregularParticiples;

/** Verbs before "to" + a cue that say the report was not made: "declined to say", "refused to comment". */
export const NEGATIVE_IMPLICATIVE: ReadonlySet<string> = WORDS.negativeImplicatives;

/** Verbs and adjectives after which "to" + a cue is still the subject's report: "continued to insist", "quick to note". */
export const MATRIX_BEFORE_TO: ReadonlySet<string> = WORDS.matrixBeforeTo;
