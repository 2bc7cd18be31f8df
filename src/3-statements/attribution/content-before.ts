// Content before the speaker: "C, X said", "“C,” X said", and its continuation after an
// interrupting cue ("“C1,” he said, “C2.”").

import type { Quotation, Sentence, StatementForm, TextLayer } from '../../types.js';
import { lowerBound } from '../../spans.js';
import type { Content } from './make.js';
import { closesQuotation, firstPart, lastPart, quoteAwareSentenceStart, sentenceEndOffset, sentenceEndOffsetIfAfter } from '../grammar/quotes.js';
import { CLOSE_MARKS, OPEN_MARKS } from '../grammar/words.js';

/** Content before the speaker clause: from the start of the sentence, or of the quotation it closes. */
export function contentBefore(layer: TextLayer, s: Sentence, boundaryToken: number, _speakerStart: number): Content | null {
  const { tokens } = layer;
  if (boundaryToken === s.tokenStart) return null;
  const boundary = tokens[boundaryToken]!;
  if (boundaryToken < s.tokenStart) {
    // The quotation closed the previous sentence of the same paragraph.
    const q = boundary.quote >= 0 ? layer.quotations[boundary.quote]! : null;
    if (!q || layer.sentences[boundary.sentence]!.paragraph !== s.paragraph) return null;
    return { start: firstPart(layer.quotations, q).start, end: q.end, form: 'direct' };
  }
  // The boundary token is "," / "—" / a closing mark; a closing mark may be preceded by ",".
  let endOff = boundary.start;
  let closedQuote: Quotation | null = null;
  const prev = tokens[boundaryToken - 1];
  if ((CLOSE_MARKS.test(boundary.text) || closesQuotation(layer, boundary)) && boundary.quote >= 0) closedQuote = layer.quotations[boundary.quote]!;
  else if (prev && CLOSE_MARKS.test(prev.text) && prev.quote >= 0) closedQuote = layer.quotations[prev.quote]!;
  if (closedQuote && closedQuote.end <= boundary.end + 1) {
    const first = firstPart(layer.quotations, closedQuote);
    // "He stressed the need for patience: “C,” he said", "… decline (“C,” Pires wrote)": after
    // a colon or an opening parenthesis, the quotation alone.
    const fi = lowerBound(tokens, first.start);
    if (fi > s.tokenStart && /^[:(]$/.test(tokens[fi - 1]!.text)) return { start: first.start, end: closedQuote.end, form: 'direct' };
    return { start: Math.min(first.start, quoteAwareSentenceStart(layer, s)), end: closedQuote.end, form: first.start <= tokens[s.tokenStart]!.start ? 'direct' : 'mixed' };
  }
  const start = quoteAwareSentenceStart(layer, s);
  if (endOff <= start) return null;
  return { start, end: endOff, form: 'indirect' };
}

/** Content that continues after an interrupting cue: "“C1,” he said, “C2.”" or "C1, he said, C2." */
export function readContinuation(layer: TextLayer, s: Sentence, at: number): { end: number; quoted: StatementForm } {
  const t = layer.tokens[at]!;
  if (t.quote >= 0 && OPEN_MARKS.test(t.text)) {
    const last = lastPart(layer.quotations, layer.quotations[t.quote]!);
    return { end: Math.max(last.end, sentenceEndOffsetIfAfter(layer, s, last.end)), quoted: 'direct' };
  }
  return { end: sentenceEndOffset(layer, s), quoted: 'indirect' };
}
