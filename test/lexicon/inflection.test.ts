// The bare verbs an -ing form may come from (src/lexicon/inflection.ts), which the tag repairs of
// stage 1 and the cues of stage 3 look up in their verb lists.
import { describe, expect, it } from 'vitest';
import { ingStems } from '../../src/lexicon/inflection.js';

describe('ingStems', () => {
  it.each([
    ['warning', 'warn'],
    ['noting', 'note'],
    ['admitting', 'admit'],
    ['observing', 'observe'],
  ])('%s may come from %s', (word, verb) => {
    expect(ingStems(word)).toContain(verb);
  });

  it('drops a doubled consonant only when the stem ends in one', () => {
    expect(ingStems('warning')).not.toContain('war');
  });

  it('gives nothing for a word without -ing', () => {
    expect(ingStems('warned')).toEqual([]);
  });
});
