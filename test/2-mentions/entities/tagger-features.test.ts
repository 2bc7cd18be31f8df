// Tests of the NER tagger's per-token facts (prepare in src/2-mentions/entities/tagger.ts) on invented
// texts: which capitalised words are common English words, and which tokens are the text's title.

import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { prepare } from '../../../src/2-mentions/entities/tagger.js';

function facts(text: string) {
  const layer = readText(text);
  const p = prepare(layer);
  return { at: (word: string) => layer.tokens.findIndex((t) => t.text === word), p };
}

describe('prepare', () => {
  it.each([
    ['Results came late on Sunday.', 'Results', true],
    ['Police closed the road.', 'Police', true],
    ['Henry Ford founded the company.', 'Henry', false],
    ['Halden Chief Executive Robert Nardelli left.', 'Halden', false],
    ['Brightwater said the plant would close.', 'Brightwater', false],
  ])('marks a capitalised word that is a common English word: %s', (text, word, lexical) => {
    const { at, p } = facts(text);
    expect(p.lexical[at(word)]).toBe(lexical);
  });

  it.each([
    ['Harbour strike ends\n\nDock workers returned on Monday.', 'Harbour', true],
    ['Harbour strike ends\n\nDock workers returned on Monday.', 'Dock', false],
    // One paragraph is a text without a title.
    ['Dock workers returned on Monday. The strike ended.', 'Dock', false],
  ])('marks the tokens of a title line: %s', (text, word, title) => {
    const { at, p } = facts(text);
    expect(p.title[at(word)]).toBe(title);
  });
});
