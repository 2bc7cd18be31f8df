// One attribution, before speaker resolution: the RawAttribution record, make() (trims the span,
// drops fragments, sets the form) and small lookups over the attributions found so far.

import type { Sentence, StatementForm, TextLayer, Token } from '../../types.js';
import { lowerBoundBy, indexHolding } from '../../spans.js';
import { OBJECT_CUES, type CueHit } from '../cues.js';
import type { RuleId } from '../rules.js';
import { formOf, insideQuotation, lastPart, sentenceAt, type Content } from '../grammar/quotes.js';
import { WORDS, isWord } from '../grammar/lexicon.js';

/** One attribution, before speaker resolution. Token ranges are [first, last). */
export interface RawAttribution {
  contentStart: number;
  contentEnd: number;
  cue: CueHit | null;
  /** Speaker mention tokens; null when inherited (floating quote, ", saying …") or when there is no source ("seems to"). */
  speaker: [number, number] | null;
  /** Token range of the head noun phrase of the speaker (without appositives), for resolution. */
  speakerHead: [number, number] | null;
  /** Inherit the speaker of the previous attribution. */
  inherit: boolean;
  form: StatementForm;
  /** Sentence indices holding it. */
  firstSentence: number;
  lastSentence: number;
  /** Index of the quotation the cue sits in (nested statement), else -1. */
  inQuote: number;
  /** Id of the rule that read it (see docs/rules.md). */
  rule: RuleId;
  /**
   * A report passed on by another ("B" in "A quoted B as saying C"): the first token of the relaying
   * attribution's cue, its parent; -1 for all others. (Always set: see revised().)
   */
  relayedBy: number;
}

/**
 * A copy of `a` with `change` applied. The passes that change attributions copy them here, not by
 * `{ ...a }`: V8 gave every spread site, and each of them again whenever its feedback was reset, a
 * shape of its own for the same keys, and the rarer ones, first met well into a run, deoptimised the
 * functions that read attributions (parentOf, resolveSpeakers, recentCovers, …). Every attribution
 * is now made by one of two literals with the same keys in the same order, make()'s and this one.
 */
export function revised(a: RawAttribution, change: Partial<RawAttribution> = {}): RawAttribution {
  const { contentStart = a.contentStart, contentEnd = a.contentEnd, cue = a.cue, speaker = a.speaker, speakerHead = a.speakerHead, inherit = a.inherit } = change;
  const { form = a.form, firstSentence = a.firstSentence, lastSentence = a.lastSentence, inQuote = a.inQuote, rule = a.rule, relayedBy = a.relayedBy } = change;
  return { contentStart, contentEnd, cue, speaker, speakerHead, inherit, form, firstSentence, lastSentence, inQuote, rule, relayedBy };
}

export type { Content };

/** What a rule read: the content, the cue, the speaker mention (and its head noun phrase, by default the whole mention). */
export interface Reading {
  content: Content;
  cue: CueHit | null;
  speaker: [number, number] | null;
  head?: [number, number] | null;
  /** The speaker is the previous attribution's (floating quotations, ", saying …" with no subject). */
  inherit?: boolean;
  rule: RuleId;
}

/**
 * The attribution of a rule's reading in sentence `s` (`inQuote`: the quotation the cue sits in, or -1).
 * Returns null — by design, not by accident — for what is no report: a cue inside a quotation that
 * reports the quoted speaker's own thought ("I think"), a content that starts after its quotation,
 * and fragments (one or two words that are not an object, an answer or a quoted word).
 */
export function make(layer: TextLayer, s: Sentence, inQuote: number, r: Reading): RawAttribution | null {
  const { text } = layer;
  const { content: c, cue, speaker, rule } = r;
  const head = r.head === undefined ? speaker : r.head && throughHyphen(layer.tokens, r.head);
  const inherit = r.inherit ?? false;
  let { start, end } = c;
  if (inQuote >= 0) {
    // Inside a quotation, only reports of what someone else said are statements of their own:
    // "I think", "you know", "we want" are the quoted speaker's own words.
    if (!cue || cue.kind !== 'speech' && cue.kind !== 'according') return null;
    if (head && head[1] - head[0] === 1 && isWord(WORDS.firstSecondPersonPronouns, layer.tokens[head[0]]!.text)) return null;
    // …and they end where the quotation ends.
    const q = lastPart(layer.quotations, layer.quotations[inQuote]!);
    if (start >= q.contentEnd) return null;
    end = Math.min(end, q.contentEnd);
  }
  // A reported content stays in its cue's paragraph: a headline or dateline line with no full stop
  // runs into the lead's sentence, and is neither what the lead's source says nor the headline's
  // content. (Quoted words may run on over paragraphs.)
  if (cue && c.form !== 'direct' && inQuote < 0) {
    const para = layer.paragraphs[Math.max(0, indexHolding(layer.paragraphs, layer.tokens[cue.first]!.start))]!;
    if (start < para.start && !insideQuotation(layer, start)) start = para.start;
    if (end > para.end && !insideQuotation(layer, para.end - 1)) end = para.end;
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && (/[\s,;:.—–]/.test(text[end - 1]!) || text[end - 1] === '-')) end--;
  // A content of one or two words is a name or a fragment, not a report — except the object of a
  // cue that takes one ("the union endorses Clinton").
  const oneName = !!cue && (cue.kind === 'object' || OBJECT_CUES.has(cue.lemma)) && /^(\p{Lu}[\p{L}'’.-]+|him|her|them|it|that|this|\p{L}+ \p{L}+)$/u.test(text.slice(start, end));
  // …or a one-word answer ("the candidate said no").
  const answer = cue?.kind === 'speech' && /^([“"«]|'')?\s*(yes|no)\b[.!,]?\s*([”"»]|'')?$/i.test(text.slice(start, end));
  // …or a quoted word ("“Sandbags,” Ines said").
  const quotedWord = c.form === 'direct' && /^([“"«]|'')\s*\p{L}{3,}/u.test(text.slice(start, end));
  // …or an infinitive of a wish or plan ("they want to lose").
  const infinitive = !!cue && cue.kind !== 'speech' && /^to \p{L}{2,}$/u.test(text.slice(start, end));
  // …or one noun a verb of urging, warning or asking asks for ("urged restraint", "warned against complacency", "called for dialogue").
  // ("called for dialogue": a phrase cue by its whole lemma.)
  const urged = !!cue && (isWord(WORDS.requestVerbs, cue.lemma.split(' ')[0]!) || isWord(WORDS.requestVerbs, cue.lemma)) && /^\p{Ll}{5,}$/u.test(text.slice(start, end));
  if (!oneName && !answer && !quotedWord && !infinitive && !urged && !objectNounAtEnd(layer, s, cue, start, end) && (end - start < 8 || !/\s/.test(text.slice(start, end).trim()))) return null;
  const lastSentence = sentenceAt(layer.sentences, end - 1, s.index);
  const firstSentence = sentenceAt(layer.sentences, start, s.index);
  // Inside a quotation the reporter's marks are not the nested speaker's: the report is indirect.
  const form = inQuote >= 0 ? 'indirect' : c.form === 'indirect' ? formOf(layer, start, end) : c.form;
  return { contentStart: start, contentEnd: end, cue, speaker: speaker && withoutAside(layer.tokens, throughHyphen(layer.tokens, speaker)), speakerHead: head && throughHyphen(layer.tokens, head), inherit, form, firstSentence, lastSentence, inQuote, rule, relayedBy: -1 };
}

/**
 * "The militia claimed responsibility.", "She denied wrongdoing.", "did not rule out rationing.": one
 * lower-case noun (five letters or more) right after a verb of claiming, confirming or denying (grammar.json
 * nounObjectSpeechVerbs) and ending its sentence is what was claimed, denied or ruled out —
 * in a sentence that is that clause alone (no comma before the cue: after a long opener such a noun was
 * as often narration, and the opener's dates and places were read as the statement's).
 */
function objectNounAtEnd(layer: TextLayer, s: Sentence, cue: CueHit | null, start: number, end: number): boolean {
  if (!cue || !isWord(WORDS.nounObjectSpeechVerbs, cue.lemma)) return false;
  if (!/^\p{Ll}{5,}$/u.test(layer.text.slice(start, end))) return false;
  const { tokens } = layer;
  const k = lowerBoundBy(tokens, start, (t) => t.start);
  const t = tokens[k];
  if (!t || t.start !== start || k !== cue.last || t.pos !== 'NOUN' || !/^[.!?;]$/.test(tokens[k + 1]?.text ?? '')) return false;
  for (let m = s.tokenStart; m < cue.first; m++) if (tokens[m]!.text === ',') return false;
  return true;
}

/** "Premier Cho Jung- | tai urged": a speaker never ends on a hyphen written against the word after it; that word is part of the name. */
function throughHyphen(tokens: readonly Token[], span: [number, number]): [number, number] {
  const [a, b] = span;
  const [hyphen, next] = [tokens[b - 1]!, tokens[b]];
  return b - a >= 2 && hyphen.text === '-' && next && next.start === hyphen.end && tokens[b - 2]!.end === hyphen.start && /^\p{L}+$/u.test(next.text) ? [a, b + 1] : span;
}

/** "Ana Ruiz, however, said", "The minister, meanwhile, said": an adverb set off after the speaker is no part of it. */
function withoutAside(tokens: readonly Token[], span: [number, number]): [number, number] {
  const [a, b] = span;
  return b - a >= 3 && tokens[b - 1]!.pos === 'ADV' && tokens[b - 2]!.text === ',' ? [a, b - 2] : span;
}

/**
 * Does an attribution found so far hold this offset in its content? They are found sentence by
 * sentence, so only the last few can reach it.
 */
export function recentCovers(prior: readonly RawAttribution[], offset: number): boolean {
  for (let k = prior.length - 1, n = 0; k >= 0 && n < 40; k--, n++) {
    const a = prior[k]!;
    if (a.contentStart <= offset && offset < a.contentEnd) return true;
  }
  return false;
}

/** Top-level content spans sorted by start, and a test of overlap with [start, end) in log time. */
export function contentIndex(atts: readonly RawAttribution[]): (start: number, end: number, pred: (a: RawAttribution) => boolean) => boolean {
  const sorted = atts.filter((a) => a.inQuote < 0).sort((x, y) => x.contentStart - y.contentStart);
  return (_start, end, pred) => {
    const lo = lowerBoundBy(sorted, end, (a) => a.contentStart);
    // Contents are local: look back over the nearest ones only.
    for (let k = lo - 1, n = 0; k >= 0 && n < 200; k--, n++) if (pred(sorted[k]!)) return true;
    return false;
  };
}

/**
 * The sentence's first speech report with its speaker before its cue whose content holds token `t`:
 * a verb coordinated inside that content ("Rendell said he'd had pneumonia and called it common",
 * "said it was a disaster and asking, “…”") is that reporter's own.
 */
export function speechReportHolding(prior: readonly RawAttribution[], s: Sentence, inQuote: number, t: Token): RawAttribution | undefined {
  return prior.find((a) => a.firstSentence === s.index && a.speaker && a.cue?.kind === 'speech' && a.inQuote === inQuote
    && a.speaker[1] <= a.cue.first && a.contentStart <= t.start && t.end <= a.contentEnd);
}

/**
 * Keeps one attribution per content span and speaker (the first found: it has the nearer cue).
 * The same content with two speakers stays twice: "according to A, it was stated by B". A reading
 * with no source ("The plan will be announced next week") is dropped when another reads the same
 * content with one (", said an official"): the source is known.
 */
export function dedupe(atts: RawAttribution[]): RawAttribution[] {
  const seen = new Set<string>();
  const sourced = new Set<string>();
  for (const a of atts) if (a.speaker || a.inherit) sourced.add(`${a.contentStart}:${a.contentEnd}:${a.inQuote}`);
  return atts.filter((a) => {
    if (!a.speaker && !a.inherit && sourced.has(`${a.contentStart}:${a.contentEnd}:${a.inQuote}`)) return false;
    const k = `${a.contentStart}:${a.contentEnd}:${a.inQuote}:${a.speaker?.join('-') ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
