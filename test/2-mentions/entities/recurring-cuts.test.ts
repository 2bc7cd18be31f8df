// Tests of joinRecurringCuts (src/2-mentions/entities/spans.ts) on invented articles with the
// tagger's spans given by hand: a name cut after its first word the same way twice is one name.

import { describe, expect, it } from 'vitest';
import { joinRecurringCuts } from '../../../src/2-mentions/entities/spans.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { handSpans, shown } from './_hand-spans.js';

/** Spans given as [surface, type]; each surface is found after the previous one. */
function run(text: string, tagged: [string, TagSpan['type']][]): string[] {
  const { toks, prep, spans } = handSpans(text, tagged);
  joinRecurringCuts(toks, prep, spans);
  return shown(text, toks, spans);
}

type Row = [string, [string, TagSpan['type']][], string[]];

describe('joinRecurringCuts', () => {
  it.each([
    [
      'Vel Orta cut fares. Later Vel Orta said demand was strong.',
      [['Vel', 'ORG'], ['Orta', 'PER'], ['Vel', 'ORG'], ['Orta', 'PER']],
      ['Vel Orta/ORG', 'Vel Orta/ORG'],
    ],
    [
      'Shoppers queued at Kem Mart. Kem Mart opened early.',
      [['Kem', 'PER'], ['Mart', 'LOC'], ['Kem', 'PER'], ['Mart', 'LOC']],
      ['Kem Mart/LOC', 'Kem Mart/LOC'],
    ],
  ] as Row[])('joins a name cut the same way twice: %s', (text, tagged, expected) => {
    expect(run(text, tagged)).toEqual(expected);
  });

  it.each([
    // Cut once only: two names may stand side by side.
    ['Vel Orta cut fares on Monday.', [['Vel', 'ORG'], ['Orta', 'PER']], ['Vel/ORG', 'Orta/PER']],
    // A known place before an organisation is two names, however often.
    ['France Telecom grew. France Telecom hired.', [['France', 'LOC'], ['Telecom', 'ORG'], ['France', 'LOC'], ['Telecom', 'ORG']], ['France/LOC', 'Telecom/ORG', 'France/LOC', 'Telecom/ORG']],
  ] as Row[])('keeps other neighbouring names apart: %s', (text, tagged, expected) => {
    expect(run(text, tagged)).toEqual(expected);
  });
});
