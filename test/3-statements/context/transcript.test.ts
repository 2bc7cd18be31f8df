// Stage 3, a printed interview's answers (src/3-statements/context/transcript.ts): the turns after
// "A:" or a speaker's label were said where the interview was, as the introduction placed it.
// Every text is written for this test.
import { describe, expect, it } from 'vitest';
import { holding, read } from './_read.js';

describe('the place of a printed interview\'s answers', () => {
  it.each([
    ['the speaker\'s own placed words before the first answer', 'Speaking in Porto last week, the harbour chief, Rui Matos, said the port would grow.\n\nQ: Will fees rise?\n\nA: Not this year. The ships keep coming.', 'Not this year', 'Porto'],
    ['a sentence before the answers that puts the speaker at the interview', 'Harbour chief Rui Matos spoke to the Dunmore Courier in Porto last week.\n\nQ: Will fees rise?\n\nA: Not this year. The ships keep coming.', 'Not this year', 'Porto'],
    ['(guard) no place when the introduction names none', 'Harbour chief Rui Matos spoke to the Dunmore Courier last week.\n\nQ: Will fees rise?\n\nA: Not this year. The ships keep coming.', 'Not this year', null],
  ])('%s', (_name, text, words, place) => {
    expect(holding(read(text, '2026-10-03'), words)?.place ?? null).toBe(place);
  });
});
