// Stage 3, the time rule at-the-time (src/3-statements/context/at-the-time.ts, a rule of time.ts):
// words said "at the time" take the date of the statement just before them; "at the time of"
// another event does not. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { holding, read } from './_read.js';

describe('words said at the time of the statement before', () => {
  it.each([
    ['another speaker after a report of last year', 'The harbour audit office said in a report last year that 30 boats were missing. Deputy auditor Rita Moyo said at the time that the loss was a scandal.', 'the loss was a scandal', '2023'],
    ['"at that time" after a dated statement', 'The ferry union said in March that pay talks had failed. Board chair Tomas Varga said at that time that the offer was final.', 'the offer was final', '2024-03'],
  ])('%s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });
});
