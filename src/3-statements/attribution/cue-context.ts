// What every cue rule sees: the cue in its sentence, the attributions read before it, and the
// facts about the words around the cue that several rules share (the word before it, where its
// subject must end, a passive, the subject's last token once adverbs and dates are passed over).
// Built once per cue by cue-rules.ts; the expensive facts are computed on first use.

import type { Sentence, TextLayer, Token } from '../../types.js';
import { COGNITION_VERBS, SPEECH_VERBS, type CueHit } from '../cues.js';
import { type RawAttribution, revised } from './make.js';
import { findPassive } from '../grammar/clauses.js';
import { emphaticReflexive, floatingQuantifier, loneSubject, skipDateBack, timeWordIsName } from '../grammar/openers.js';
import { matrixBeforeTo } from '../grammar/clause-subjects.js';
import { AUX_OR_ADV, isMonthOrDay, TIME_WORDS } from '../grammar/words.js';
import { WORDS, isWord, tokenIs } from '../grammar/lexicon.js';

/** Earlier attributions whose content ends at `end` at most: what a later cue showed them to be. */
export interface Trim {
  readonly targets: readonly RawAttribution[];
  readonly end: number;
}

export interface CueContext {
  readonly layer: TextLayer;
  readonly tokens: Token[];
  readonly s: Sentence;
  readonly cue: CueHit;
  /** Attributions read so far (with any trims this cue made applied). */
  prior: readonly RawAttribution[];
  /** The quotation the cue sits in, or -1. */
  readonly inQuote: number;
  readonly before: Token | undefined;
  readonly beforeLower: string | undefined;
  /** The cue's first word, lower-cased, and whether it is an -ing form. */
  readonly lower: string;
  readonly ing: boolean;
  /** "continued to insist": the verb of aspect before "to", whose subject reports; null when none. */
  readonly matrix: number | null;
  /** Trims of earlier attributions this cue made (applied by the caller to its list). */
  readonly trims: Trim[];
  /** findPassive: the token after "by", 'agentless', or null. */
  passive(): number | 'agentless' | null;
  /** The last token the subject may end at, past auxiliaries, adverbs, times and dates. */
  subjectEnd(): number;
}

/** The context of one cue. */
export function cueContext(layer: TextLayer, s: Sentence, cue: CueHit, prior: readonly RawAttribution[]): CueContext {
  const { tokens } = layer;
  // (Not read past the start: an out-of-bounds read deoptimised findAttributions, which inlines this.)
  const before = cue.first > 0 ? tokens[cue.first - 1] : undefined;
  const beforeLower = before?.lower;
  const lower = tokens[cue.first]!.lower;
  const matrix = before && cue.first > s.tokenStart && beforeLower === 'to' ? matrixBeforeTo(tokens, cue.first - 1, s.tokenStart) : null;
  let passive: number | 'agentless' | null | undefined;
  let subjectEnd: number | undefined;
  const ctx: CueContext = {
    layer, tokens, s, cue, prior, inQuote: tokens[cue.first]!.quote, before, beforeLower, lower, ing: /ing$/.test(lower), matrix, trims: [],
    passive: () => (passive === undefined ? (passive = findPassive(tokens, s, cue)) : passive),
    subjectEnd: () => (subjectEnd === undefined ? (subjectEnd = skipToSubject(ctx)) : subjectEnd),
  };
  return ctx;
}

/** From the word before the cue (or before "to" after a matrix verb) back past auxiliaries, adverbs, time words and dates. */
function skipToSubject(ctx: CueContext): number {
  const { tokens, s, cue } = ctx;
  let j = ctx.matrix !== null ? ctx.matrix - 1 : cue.first - 1;
  for (;;) {
    // (Day names are left to skipDateBack, which also takes the "on" before them: "Trump on Friday endorsed".)
    while (j >= s.tokenStart && (AUX_OR_ADV.has(tokens[j]!.pos) || (tokenIs(TIME_WORDS, tokens[j]!) && !isMonthOrDay(tokens[j]!.text) && !timeWordIsName(tokens, j, s)) || floatingQuantifier(tokens, j, s) || emphaticReflexive(tokens, j, s) || (tokenIs(WORDS.since, tokens[j]!) && tokens[j - 1]?.pos === 'AUX')) && tokens[j]!.quote === tokens[cue.first]!.quote && !tokenIs(WORDS.asThat, tokens[j]!) && !loneSubject(tokens, j, s)) j--;
    // ("She did, however, criticise the delays": a connective set off by commas after the auxiliary.)
    const aside = j - 2 > s.tokenStart && tokens[j]!.text === ',' && tokens[j - 2]!.text === ',' && isWord(WORDS.discourseConnectives, tokens[j - 1]!.text) && tokens[j - 3]!.pos === 'AUX' ? j - 3 : j;
    // (Not for a passive: "The meeting, officials said, was aimed at …" reports nothing of the meeting's.)
    const past = ctx.passive() === null ? interruptingReport(tokens, aside, s.tokenStart) : aside;
    const d = skipDateBack(tokens, past, s.tokenStart);
    if (d === j) break;
    j = d;
  }
  return j;
}

/**
 * "Her father, she recalls, told her that …": a short report set off by commas between a subject
 * and its verb interrupts the clause; the subject is before it. The index of the word before the
 * first comma, or j itself when tokens[j] does not close such an interruption.
 */
function interruptingReport(tokens: Token[], j: number, start: number): number {
  if (tokens[j]?.text !== ',' || j - 3 <= start) return j;
  let v = j - 1;
  while (v > start && tokens[v]!.pos === 'ADV') v--;
  const verb = tokens[v]!;
  if (verb.pos !== 'VERB' || !(SPEECH_VERBS.has(verb.lemma) || COGNITION_VERBS.has(verb.lemma))) return j;
  let m = v - 1;
  if (tokenIs(WORDS.personalSubjectPronouns, tokens[m]!)) m--;
  else while (m > start && v - m <= 3 && (tokens[m]!.pos === 'PROPN' || tokens[m]!.pos === 'NOUN' || tokens[m]!.pos === 'DET')) m--;
  // (The subject is a noun's: "all of whom, she explained, needed …" is a relative clause.)
  const head = tokens[m - 1];
  return m > start && m < v - 1 && tokens[m]!.text === ',' && (head?.pos === 'NOUN' || head?.pos === 'PROPN') && head.quote === tokens[j]!.quote ? m - 1 : j;
}

/**
 * "She had told him, he said, that …", "The doctor had warned them, Ruiz said, that …": a short report
 * set off by commas between a cue (and its hearer) and its "that" interrupts it; the index of that
 * "that", or -1. (The interrupting verb of saying then reads the whole sentence as its words.)
 */
export function thatAfterInterruption(tokens: Token[], k: number, end: number): number {
  if (tokens[k]?.text !== ',') return -1;
  let m = k + 1;
  if (tokenIs(WORDS.personalSubjectPronouns, tokens[m]!)) m++;
  else while (m < end && m - k <= 3 && tokens[m]!.pos === 'PROPN') m++;
  if (m === k + 1) return -1;
  while (m < end && tokens[m]!.pos === 'ADV') m++;
  const verb = tokens[m];
  if (!verb || verb.pos !== 'VERB' || !SPEECH_VERBS.has(verb.lemma) || tokens[m + 1]?.text !== ',') return -1;
  return m + 2 < end && tokenIs(WORDS.that, tokens[m + 2]!) ? m + 2 : -1;
}

/** Attributions with the trims applied (copies; the list given is left as it was). */
export function applyTrims(atts: readonly RawAttribution[], trims: readonly Trim[]): RawAttribution[] {
  let out = [...atts];
  for (const t of trims) {
    const set = new Set(t.targets);
    out = out.map((a) => (set.has(a) ? revised(a, { contentEnd: Math.min(a.contentEnd, t.end) }) : a));
  }
  // (A report whose content started after the trim's end has none left: it is dropped, not inverted.)
  return out.filter((a) => a.contentEnd > a.contentStart);
}
