// Test helper for the span steps of stage 2 (src/2-mentions/entities/spans.ts): the tagger's spans
// given by hand as [surface, type], each found after the previous one, and spans shown as text/type.

import { readText } from '../../../src/1-text/index.js';
import { prepare, type Prepared, type TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import type { Token } from '../../../src/types.js';

/** The text's tokens, the tagger's per-token facts and the hand-given spans. */
export function handSpans(text: string, tagged: [string, TagSpan['type']][]): { toks: Token[]; prep: Prepared; spans: TagSpan[] } {
  const layer = readText(text);
  const toks = layer.tokens;
  let at = 0;
  const spans = tagged.map(([surface, type]) => {
    const start = text.indexOf(surface, at);
    at = start + surface.length;
    return { from: toks.findIndex((t) => t.start === start), to: toks.findIndex((t) => t.end === at) + 1, type };
  });
  return { toks, prep: prepare(layer), spans };
}

/** Spans as "covered text/TYPE". */
export function shown(text: string, toks: Token[], spans: TagSpan[]): string[] {
  return spans.map((s) => `${text.slice(toks[s.from]!.start, toks[s.to - 1]!.end)}/${s.type}`);
}
