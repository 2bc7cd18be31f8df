// Stage 2 (src/2-mentions/entities/candidates.ts): names the tagger left out and the candidate step
// adds — here romanised East Asian names (addUntaggedSyllableNames). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { keys } from './_hand-spans.js';

describe('addUntaggedSyllableNames', () => {
  it.each([
    ["The club's treasurer, You Ting-kuo, said the accounts were clean.", ['Person/You Ting-kuo']],
    ['Mr Harlan met You Pei-chen in the lobby.', ['Person/Harlan', 'Person/You Pei-chen']],
  ])('a surname, a capitalised syllable and a hyphenated one are a person: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // Guards: no syllable after the hyphen; a capitalised word runs on into the two.
    ['You Ming-era rules were strict.', []],
  ])('guard: adds no name: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});
