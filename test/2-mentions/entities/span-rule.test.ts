// The span rules' capital-letter test (span-rule.ts): an ASCII first letter is answered without the
// regular expression, and every token is answered as /^\p{Lu}/u answers it; spanAt answers from the
// index retypeSpans makes of its spans as a scan of them answers, and without it once forgotten;
// rulesByType gives each span type the rules that name it or no type, in the table's order.

import { describe, expect, it } from 'vitest';
import { cap, forgetSpanIndex, indexSpans, rulesByType, spanAt, type SpanTypeRule } from '../../../src/2-mentions/entities/span-rule.js';
import { tagSpan, type TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import type { Token } from '../../../src/types.js';

const token = (text: string): Token => ({ start: 0, end: text.length, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'PROPN', sentence: 0, quote: -1 });

describe('cap', () => {
  it('answers as /^\\p{Lu}/u for ASCII, Latin, Greek, Cyrillic, astral, title-case and empty words', () => {
    const words = ['Paris', 'paris', '1996', '"Quote', '', 'Élysée', 'élan', 'Łódź', 'Ωmega', 'ωmega', 'Москва', 'москва', '\u01c5ungla', '𝐀bc', '𝐚bc', '\ud835'];
    for (const w of words) expect(cap(token(w)), w).toBe(/^\p{Lu}/u.test(w));
  });

  it('is false for no token', () => {
    expect(cap(undefined)).toBe(false);
  });
});

describe('spanAt', () => {
  // (Overlapping spans, out of order, a gap, one reaching past the tokens: the first span in the array that holds a token is the answer.)
  const spans: TagSpan[] = [tagSpan(4, 6, 'ORG'), tagSpan(0, 2, 'PER'), tagSpan(1, 3, 'LOC'), tagSpan(5, 8, 'MISC'), tagSpan(9, 12, 'ORG')];
  const scan = (i: number) => spans.find((x) => x.from <= i && i < x.to);
  const tokens = [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

  it.each(tokens)('answers token %i from the index as a scan of the spans does', (i) => {
    indexSpans(spans, 10);
    try {
      expect(spanAt(spans, i)).toBe(scan(i));
    } finally {
      forgetSpanIndex();
    }
  });

  it('answers another array, and the indexed one after forgetSpanIndex, by scanning it', () => {
    const other = [tagSpan(0, 1, 'LOC')];
    indexSpans(spans, 10);
    expect(spanAt(other, 0)).toBe(other[0]);
    forgetSpanIndex();
    spans.push(tagSpan(3, 4, 'PER'));
    expect(spanAt(spans, 3)).toBe(spans[5]);
    spans.pop();
  });
});

describe('rulesByType', () => {
  const rule = (id: string, types?: TagSpan['type'][]): SpanTypeRule => ({ id, reason: '', example: '', ...(types ? { types } : {}), apply: () => undefined });
  const rules = [rule('any-1'), rule('per', ['PER']), rule('org-loc', ['ORG', 'LOC']), rule('any-2'), rule('misc', ['MISC'])];
  const ids = (t: TagSpan['type']) => rulesByType(rules)[t].map((r) => r.id);

  it('keeps, for each type, the rules naming it and those naming none, in order', () => {
    expect(ids('PER')).toEqual(['any-1', 'per', 'any-2']);
    expect(ids('ORG')).toEqual(['any-1', 'org-loc', 'any-2']);
    expect(ids('LOC')).toEqual(['any-1', 'org-loc', 'any-2']);
    expect(ids('MISC')).toEqual(['any-1', 'any-2', 'misc']);
  });
});
