// The offset helpers shared by the stages (src/spans.ts): binary search by start offset, and the
// paragraph of the sentence that holds an offset, as stage 3's reach rules ask for it.
import { describe, expect, it } from 'vitest';
import { indexHolding, lowerBound, paragraphOf } from '../src/spans.js';

const SENTENCES = [
  { start: 0, paragraph: 0 },
  { start: 40, paragraph: 0 },
  { start: 90, paragraph: 1 },
  { start: 150, paragraph: 3 },
];

describe('lowerBound', () => {
  it.each([
    [0, 0],
    [39, 1],
    [40, 1],
    [200, 4],
  ])('finds the first item starting at or after %i', (offset, index) => {
    expect(lowerBound(SENTENCES, offset)).toBe(index);
  });
});

describe('indexHolding', () => {
  it.each([
    [0, 0],
    [39, 0],
    [40, 1],
    [149, 2],
    [150, 3],
    [9999, 3],
  ])('finds the sentence that holds offset %i at index %i', (at, index) => {
    expect(indexHolding(SENTENCES, at)).toBe(index);
  });

  it('gives -1 for an offset before the first item', () => {
    expect(indexHolding([{ start: 5 }], 2)).toBe(-1);
  });
});

describe('paragraphOf', () => {
  it.each([
    ['the first sentence', 0, 0],
    ['the start of a later sentence', 90, 1],
    ['inside a sentence', 120, 1],
    ['the last sentence, past a paragraph with none', 160, 3],
  ])('gives the paragraph of the sentence holding the offset (%s)', (_case, at, paragraph) => {
    expect(paragraphOf(SENTENCES, at)).toBe(paragraph);
  });

  it('gives paragraph 0 when there are no sentences', () => {
    expect(paragraphOf([], 12)).toBe(0);
  });
});
