// Quotation parts and sentence offsets: the first and last part of a multi-paragraph quotation,
// sentence ends that take a closing mark along, the form (direct / indirect / mixed) of a span.

import type { Quotation, Sentence, StatementForm, TextLayer, Token } from '../../types.js';
import { lowerBound, indexHolding } from '../../spans.js';
import { cueAt } from '../cues.js';
import { END_PUNCT } from './words.js';
import { WORDS, isExactWord } from './lexicon.js';

/** Is quotation q followed, within the sentence, by a speaker and a speech cue of its own ("…,” he said)? */
export function quotationHasOwnCue(layer: TextLayer, q: number, end: number): boolean {
  const { tokens } = layer;
  let k = lowerBound(tokens, lastPart(layer.quotations, layer.quotations[q]!).end);
  if (tokens[k]?.text === ',') k++;
  for (let m = k; m < end && m < k + 6; m++) {
    const cue = cueAt(tokens, m, end);
    if (cue) return cue.kind === 'speech' && m > k;
    if (END_PUNCT.test(tokens[m]!.text)) return false;
  }
  return false;
}

/** Is this token the mark that closes its quotation (whatever the mark: “It's over,“ he said)? */
export function closesQuotation(layer: TextLayer, t: Token): boolean {
  const q = t.quote >= 0 ? layer.quotations[t.quote] : undefined;
  return !!q && q.closed && q.end === t.end;
}

/** Is the token the opening mark of a quotation? */
export function opensQuotation(layer: TextLayer, t: Token): boolean {
  const q = t.quote >= 0 ? layer.quotations[t.quote] : undefined;
  return !!q && q.start === t.start;
}

export function sentenceEndOffset(layer: TextLayer, s: Sentence): number {
  const { tokens } = layer;
  let k = s.tokenEnd - 1;
  while (k > s.tokenStart && END_PUNCT.test(tokens[k]!.text)) k--;
  return tokens[k]!.end;
}

export function sentenceEndOffsetIfAfter(layer: TextLayer, s: Sentence, off: number): number {
  const e = sentenceEndOffset(layer, s);
  return e > off ? e : off;
}

/** Where the sentence's content starts: its first token, or the start of a quotation it continues. */
export function quoteAwareSentenceStart(layer: TextLayer, s: Sentence): number {
  const first = layer.tokens[s.tokenStart]!;
  // ("Exclusive: Harbour Bank weighs a sale, sources say": a section label and its colon are no one's words.)
  if (s.tokenEnd - s.tokenStart > 4 && layer.tokens[s.tokenStart + 1]!.text === ':' && isExactWord(WORDS.paragraphLabels, first.text)) return layer.tokens[s.tokenStart + 2]!.start;
  if (first.quote >= 0) {
    const q = firstPart(layer.quotations, layer.quotations[first.quote]!);
    if (q.start < first.start) return q.start;
  }
  // ("Separately, the minister held a call …, according to sources": a linking adverb and its comma are the story's.)
  const after = afterConnective(layer.tokens, s);
  return after < 0 ? first.start : layer.tokens[after]!.start;
}

/** Discourse connectives as token sequences ("in addition" → ["in", "addition"]). */
const CONNECTIVES: readonly (readonly string[])[] = [...WORDS.discourseConnectives].map((w) => w.split(' '));

/** The token after "Separately," / "In addition," opening the sentence (words follow it), or -1. */
function afterConnective(tokens: readonly Token[], s: Sentence): number {
  for (const words of CONNECTIVES) {
    const comma = s.tokenStart + words.length;
    if (comma + 2 >= s.tokenEnd || tokens[comma]!.text !== ',') continue;
    if (words.every((w, k) => tokens[s.tokenStart + k]!.lower === w)) return comma + 1;
  }
  return -1;
}

/** An indirect content that runs into a quotation which goes on past the sentence ends with it. */
export function extendIntoQuote(layer: TextLayer, s: Sentence, end: number): number {
  const lastTok = layer.tokens[s.tokenEnd - 1]!;
  if (lastTok.quote >= 0) {
    const q = lastPart(layer.quotations, layer.quotations[lastTok.quote]!);
    if (q.end > end) return q.end;
  }
  return end;
}

export function firstPart(quotations: Quotation[], q: Quotation): Quotation {
  return q.continues >= 0 ? quotations[q.continues]! : q;
}

export function lastPart(quotations: Quotation[], q: Quotation): Quotation {
  const root = q.continues >= 0 ? q.continues : q.index;
  let last = q;
  for (let k = q.index + 1; k < quotations.length && quotations[k]!.continues === root; k++) last = quotations[k]!;
  return last;
}

export function sentenceAt(sentences: Sentence[], offset: number, hint: number): number {
  let k = Math.min(Math.max(hint, 0), sentences.length - 1);
  while (k > 0 && sentences[k]!.start > offset) k--;
  while (k + 1 < sentences.length && sentences[k + 1]!.start <= offset) k++;
  return k;
}

/** Direct when the content is one quotation, mixed when it holds one, else indirect. */
export function formOf(layer: TextLayer, start: number, end: number): StatementForm {
  for (const q of layer.quotations) {
    if (q.end <= start) continue;
    if (q.start >= end) break;
    if (q.start <= start + 1 && q.end >= end - 1) return 'direct';
    return 'mixed';
  }
  return 'indirect';
}

/** A content span being read: [start, end) offsets and its form. */
export interface Content {
  start: number;
  end: number;
  form: StatementForm;
}

export function extendToTrailingAdjunct(tokens: Token[], s: Sentence, from: number, c: Content): void {
  let k = from;
  while (k < s.tokenEnd && !END_PUNCT.test(tokens[k]!.text)) k++;
  if (k > from) c.end = tokens[k - 1]!.end;
}

/**
 * The pieces of a content that a cue clause interrupts between two quotations ("“C1,” she said.
 * “C2.”", "“C1,” said the coach, “C2.”"): [start, end) offsets of the words before the last
 * quotation closing before the cue and from the first quotation opening after it; null when the cue
 * is not inside the content or no quotation stands on each side.
 */
export function contentParts(layer: TextLayer, start: number, end: number, cueStart: number, cueEnd: number): [number, number][] | null {
  if (!(cueStart > start && cueEnd < end)) return null;
  let before: Quotation | null = null;
  let after: Quotation | null = null;
  for (const q of layer.quotations) {
    if (q.end <= cueStart && q.end > start && (!before || q.end > before.end)) before = q;
    if (q.start >= cueEnd && q.start < end && (!after || q.start < after.start)) after = q;
  }
  if (before && after) return [[start, before.end], [after.start, end]];
  // ("A scan had shown inflammation, she said. “I didn't want to risk my season.”": words of one's own
  // before the frame, the quotation after it.)
  // (Only a quotation right after the frame: "The channels, she added, act “like chimneys”" keeps its verb in one piece.)
  const own = layer.text.slice(start, cueStart).trimEnd();
  const next = after && !/[\p{L}\p{N}]/u.test(layer.text.slice(cueEnd, after.start));
  return !before && after && next && own.endsWith(',') && own.length > 1 ? [[start, start + own.length - 1], [after.start, end]] : null;
}

/** How many words the cue's own adjunct may take after an interrupting frame (", the office said in an update on Wednesday morning, …"). */
const ADJUNCT_WORDS = 8;

/**
 * "The pilots, he said, had a fair point": a report whose frame (speaker and cue) interrupts its own
 * content between commas, with no quotation around it — the content's two pieces without the frame
 * and its commas, or null.
 */
export function interruptedParts(text: string, start: number, end: number, frameStart: number, frameEnd: number): [number, number][] | null {
  if (!(frameStart > start && frameEnd < end)) return null;
  const before = text.slice(start, frameStart).trimEnd();
  // (An adjunct of the cue may close the frame: ", the mayor said on Monday, …".)
  const adjunct = /^[^,.;:"“”]{0,60}?,\s*/.exec(text.slice(frameEnd, end));
  if (!before.endsWith(',') || !adjunct || adjunct[0].trim().split(/\s+/).length > ADJUNCT_WORDS) return null;
  const end1 = start + before.length - 1;
  const start2 = frameEnd + adjunct[0].length;
  return end1 > start && start2 < end ? [[start, end1], [start2, end]] : null;
}

/** Is the character at `offset` inside a quotation, its marks included? (The token there says: its innermost quotation.) */
export function insideQuotation(layer: TextLayer, offset: number): boolean {
  const t = layer.tokens[indexHolding(layer.tokens, offset)];
  return !!t && t.end > offset && t.quote >= 0;
}
