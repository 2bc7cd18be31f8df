// Stage 1: a surname that is also an English word at a sentence's start, before a reporting verb
// right after it or after an appositive set off by commas (src/1-text/tag-repairs-names.ts).

import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';

describe('a surname wink reads as a verb or an adjective at a sentence start, before a reporting verb', () => {
  it.each([
    ['Cook said ferries were late.', 'Cook', 'PROPN'],
    ['Cook said ferries were late.', 'said', 'VERB'],
    ['Garland, the port commissioner, said the dredging would continue.', 'Garland', 'PROPN'],
    ['Cook, a former ferry captain, said the crossing was safe.', 'Cook', 'PROPN'],
    ['Cook, 54, told reporters the crossing was safe.', 'Cook', 'PROPN'],
    // (Guards: an opening adverb, a verb with no appositive, a reporting form itself.)
    ['However, the harbour master, said nothing.', 'However', 'ADV'],
    ['Look, the harbour master said it twice.', 'Look', 'VERB'],
  ])('%s: "%s" is %s', (text, word, pos) => {
    expect(readText(text).tokens.find((t) => t.text === word)?.pos).toBe(pos);
  });
});
