// Stage 3, the context step's word reader (src/3-statements/context/words.ts): wordsOf gives the
// lower-cased words its documented pattern matches, whatever the script, including texts whose
// lower case moves characters ("İ" grows) or depends on what follows ("Σ").
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../../src/3-statements/context/words.js';

/** wordsOf as its comment defines it: the pattern's matches, each lower-cased, then its stops and curly apostrophes rewritten. */
function byPattern(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()—–"“”]/gu) ?? []).map((w) => w.toLowerCase()).map((w) => (w.includes('.') || w.includes('’') ? w.replace(/[.’]+$/, '').replace(/’/g, "'") : w));
}

describe('wordsOf', () => {
  it.each([
    'At a rally, in Ohio, the U.S. senator said',
    '“We won’t,” said O’Neill — on Tuesday (in Zürich).',
    'İSTANBUL: the mayor of İzmir spoke',
    'ΟΔΟΣ ΣΟΦΙΑΣ, Athens; ΣΑΣ',
    'Ⅻ Ⓐ 𝐀𝐁 😀 Déjà-vu 42.5% café’s',
    'ǅemal and ǈubljana',
  ])('%s', (text) => {
    expect(wordsOf(text)).toEqual(byPattern(text));
  });
});
