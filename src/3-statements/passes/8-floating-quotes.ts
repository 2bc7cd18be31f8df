// Document pass 8: a quoted paragraph with no cue is spoken by the last speaker (rule floating-quote).

import type { Quotation, TextLayer } from '../../types.js';
import { lowerBoundBy } from '../../spans.js';
import { type RawAttribution, contentIndex, make } from '../attribution/make.js';
import { lastPart, sentenceAt } from '../grammar/quotes.js';

/** A quotation that opens a paragraph or sentence with no cue of its own: spoken by the last speaker. */
export function addFloatingQuotes(layer: TextLayer, atts: readonly RawAttribution[]): RawAttribution[] {
  const found: RawAttribution[] = [];
  const { quotations, paragraphs, text } = layer;
  const overlaps = contentIndex(atts);
  const covered = (q: Quotation) => overlaps(q.contentStart, q.contentEnd, (a) => a.contentStart <= q.contentStart && a.contentEnd >= q.contentEnd - 1);
  // Top-level attributions by content end, for "the last speaker before this quotation".
  const byEnd = atts.filter((a) => a.inQuote < 0).sort((x, y) => x.contentEnd - y.contentEnd);
  for (const q of quotations) {
    if (q.continues >= 0 || covered(q)) continue;
    const para = paragraphs[q.paragraph]!;
    const last = lastPart(quotations, q);
    // The quotation must fill its paragraph (give or take closing punctuation): a paragraph of quoted speech.
    if (q.start !== para.start) continue;
    const lastPara = paragraphs[last.paragraph]!;
    const tail = text.slice(last.end, lastPara.end).trim();
    if (tail.length > 2) continue;
    // Only when someone spoke shortly before.
    const lo = lowerBoundBy(byEnd, q.start + 1, (a) => a.contentEnd);
    const prev = byEnd[lo - 1];
    if (!prev) continue;
    const prevPara = layer.sentences[prev.lastSentence]!.paragraph;
    if (q.paragraph - prevPara > 2) continue;
    const s = layer.sentences[sentenceAt(layer.sentences, q.start, 0)]!;
    const a = make(layer, s, -1, { content: { start: q.start, end: last.end, form: 'direct' }, cue: null, speaker: null, inherit: true, rule: 'floating-quote' });
    if (a) {
      found.push(a);
      // (Kept sorted by content end: the next quotation's binary search must see it in its place.)
      byEnd.splice(lowerBoundBy(byEnd, a.contentEnd + 1, (x) => x.contentEnd), 0, a);
    }
  }
  return found;
}
