// Stage 2 (src/2-mentions/entities/given-names.ts): the given-name list the span-type rules read
// ("Paris Hilton" is a person), in bands by how many people were given the name; names that are
// also English words apart; words that are no given names not listed.
import { describe, expect, it } from 'vitest';
import { isLexicalWord } from '../../../src/1-text/wink-model.js';
import { givenNameClass, sexOfGivenName } from '../../../src/2-mentions/entities/given-names.js';

describe('givenNameClass', () => {
  it.each([
    ['madison', 1],
    ['denver', 2],
    ['peterson', 3],
    ['grace', 4],
    ['bob', 4],
    ['kestrel', 0],
    ['valley', 0],
  ])('%s → %i', (word, cls) => {
    expect(givenNameClass(word)).toBe(cls);
  });
});

describe('isLexicalWord', () => {
  it.each([
    ['results', true],
    ['daily', true],
    ['halvorsen', false],
    ['trevelyan', false],
  ])('%s → %s', (word, known) => {
    expect(isLexicalWord(word)).toBe(known);
  });
});

describe('sexOfGivenName', () => {
  it.each([
    ['wendy', 'female'],
    ['michael', 'male'],
    ['jordan', null],
    ['halvorsen', null],
    // (A name another language gives the other sex tells none: the French "Jean", the Italian "Andrea".)
    ['jean', null],
    ['andrea', null],
  ])('%s → %s', (word, sex) => {
    expect(sexOfGivenName(word)).toBe(sex);
  });
});
