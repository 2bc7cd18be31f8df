// Test helper for the span steps of stage 2 (src/2-mentions/entities/spans.ts): the tagger's spans
// given by hand as [surface, type], each found after the previous one, spans shown as text/type, and
// the rows every span-rule table has (read through findEntities, by hand, kept as they are).

import { expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';
import { retypeSpans } from '../../../src/2-mentions/entities/span-types.js';
import { prepare, type Prepared, type TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import type { Token } from '../../../src/types.js';

/** Entity keys of the mentions findEntities finds in `text`. */
export const keys = (text: string): string[] => findEntities(readText(text)).mentions.map((m) => m.entity);

type Tagged = [string, TagSpan['type']][];
/** A span-rule table: [rule, text, keys] through the tagger; [rule, text, hand spans, result]; [why, text, spans kept]. */
export interface SpanRuleRows {
  rows: [string, string, string[]][];
  handRows: [string, string, Tagged, string[]][];
  keptRows: [string, string, Tagged][];
}

/** The it.each blocks of a span-rule table (call inside a describe). */
export function spanRuleCases({ rows, handRows, keptRows }: SpanRuleRows): void {
  it.each(rows)('%s: %s', (_rule, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each(handRows)('%s (tagger spans by hand): %s', (_rule, text, tagged, expected) => {
    const { toks, prep, spans } = handSpans(text, tagged);
    retypeSpans(toks, prep, spans, text);
    expect(shown(text, toks, spans)).toEqual(expected);
  });

  it.each(keptRows)('keeps the spans: %s', (_why, text, tagged) => {
    const { toks, prep, spans } = handSpans(text, tagged);
    retypeSpans(toks, prep, spans, text);
    expect(shown(text, toks, spans)).toEqual(tagged.map(([t, type]) => `${t}/${type}`));
  });
}

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
