// Document pass 7 (adjust): a statement runs on over the next quotation of its paragraph when that
// quotation has no cue of its own. Returns new attributions; its input is left as it was.

import type { TextLayer } from '../../types.js';
import { type RawAttribution, contentIndex, revised } from '../attribution/make.js';
import { lastPart, sentenceAt, sentenceEndOffset } from '../grammar/quotes.js';
import { OPEN_MARKS } from '../grammar/words.js';

/**
 * "“C1,” he said. “C2.”": news continues the same statement in the next quotation of the paragraph,
 * when nothing but the cue clause stands between and the quotation has no attribution of its own.
 */
export function extendOverFollowingQuotes(layer: TextLayer, input: readonly RawAttribution[]): RawAttribution[] {
  const atts = input.map((a) => revised(a));
  const { sentences, tokens, quotations } = layer;
  const overlaps = contentIndex(atts);
  for (const a of atts) {
    // Direct reports, and reports whose cue closes them ("C, Schiff said. “C2.”"), run on.
    const cueAfter = a.cue !== null && layer.tokens[a.cue.first]!.start >= a.contentEnd;
    if ((a.form === 'indirect' && !cueAfter) || a.inQuote >= 0) continue;
    for (let guard = 0; guard < 4; guard++) {
      // ("“Why me?” Lopez said. “…”": the cue may close a sentence of its own after the quotation's.)
      const cueEnd = cueAfter ? tokens[a.cue!.last - 1]!.end : 0;
      const s = sentences[cueEnd > a.contentEnd ? Math.max(a.lastSentence, sentenceAt(sentences, cueEnd - 1, a.lastSentence)) : a.lastSentence]!;
      const next = sentences[s.index + 1];
      if (!next || next.paragraph !== s.paragraph) break;
      const firstTok = tokens[next.tokenStart]!;
      if (!(OPEN_MARKS.test(firstTok.text) && firstTok.quote >= 0)) break;
      const q = quotations[firstTok.quote]!;
      if (q.start !== firstTok.start) break;
      // Only the cue clause (with a long appositive, at most) between: "…,” said Ann Lee, a professor at … “…"
      const between = layer.text.slice(a.contentEnd, q.start);
      if (between.length > 260 || /[“"«]/.test(between)) break;
      const last = lastPart(quotations, q);
      // The quotation must belong to no other attribution; words after it in its sentence ("…'' for
      // the rich") are part of the same statement.
      const qSentence = sentences[sentenceAt(sentences, last.end - 1, next.index)]!;
      const qEnd = Math.max(last.end, sentenceEndOffset(layer, qSentence));
      if (qEnd - last.end > 100) break;
      if (overlaps(q.start, qEnd, (o) => o !== a && o.contentStart < qEnd && o.contentEnd > q.start)) break;
      a.contentEnd = qEnd;
      a.lastSentence = qSentence.index;
    }
  }
  return atts;
}
