// Stage 2 (src/2-mentions/entities/): names the entity stage cut or polluted on unseen news (issue 19,
// session 26): a name after two apostrophes written as a closing quotation mark (tagger.ts).
// Sentences written for this test; names invented.
import { describe, expect, it } from 'vitest';
import { keys } from './_hand-spans.js';

describe('two apostrophes as a closing quotation mark read as one', () => {
  it.each([
    ["The plan drew critics.\n\n''Everyone should pay their share,'' Douglas Roe-Hale, a tax lawyer in Denver, said in an interview.", ['Person/Douglas Roe-Hale', 'Place/Denver']],
    ["The plan drew critics.\n\n''Everyone should pay their share,'' Gregory Hale-Eakin, a tax lawyer in Denver, said in an interview.", ['Person/Gregory Hale-Eakin', 'Place/Denver']],
    ["The plan drew critics.\n\n''Everyone should pay their share,'' Douglas Abner-Voss, a tax lawyer in Denver, said in an interview.", ['Person/Douglas Abner-Voss', 'Place/Denver']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // Guard: the same sentence with a double quotation mark.
    ['The plan drew critics.\n\n"Everyone should pay their share," Gregory Hale-Eakin, a tax lawyer in Denver, said in an interview.', ['Person/Gregory Hale-Eakin', 'Place/Denver']],
    // (A possessive's apostrophe and an elision stay apart.)
    ["The plans' critics met. Rock 'n' roll star Ann Vale said no.", ['Person/Ann Vale']],
  ])('guard: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});
