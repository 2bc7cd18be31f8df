// The span rules' capital-letter test (span-rule.ts): an ASCII first letter is answered without the
// regular expression, and every token is answered as /^\p{Lu}/u answers it.

import { describe, expect, it } from 'vitest';
import { cap } from '../../../src/2-mentions/entities/span-rule.js';
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
