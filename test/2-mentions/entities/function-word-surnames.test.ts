// Stage 2 (src/2-mentions/entities/function-word-surnames.ts): a Chinese surname spelt as an English
// function word ("He") before a romanised given name opens a person's name, and "He" capitalised after
// a quotation's closing comma is that surname again (session 35, probe 47). Sentences written for this test; names invented.
import { describe, expect, it } from 'vitest';
import { keys } from './_hand-spans.js';

describe('a surname spelt as a function word before a romanised given name', () => {
  it.each([
    ['Foreign ministry spokesperson He Xiaomei told reporters the visit was cancelled.', ['Person/He Xiaomei']],
    ['Commerce official He Junwei said the tariffs were unfair. "We will respond," He said.', ['Person/He Junwei', 'Person/He Junwei']],
    ['The report was written by He Qiang, a professor in Wuhan.', ['Person/He Qiang', 'Place/Wuhan']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // The pronoun before a verb.
    ['He said the port in Dalian would reopen.', ['Place/Dalian']],
    // No such person in the article: a capitalised "He" after a quotation is the pronoun.
    ['"We will respond," He said.', []],
  ])('guard: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});
