// Tests of moveGivenNameTails (src/2-mentions/entities/spans.ts) on invented sentences with the
// tagger's spans given by hand: a common given name that ends an organisation's span right before a
// one-word person's span is that person's, and what it leaves at the organisation's end is cut.

import { describe, expect, it } from 'vitest';
import { moveGivenNameTails } from '../../../src/2-mentions/entities/spans.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { handSpans, shown } from './_hand-spans.js';

function run(text: string, tagged: [string, TagSpan['type']][]): string[] {
  const { toks, prep, spans } = handSpans(text, tagged);
  moveGivenNameTails(toks, prep, spans);
  return shown(text, toks, spans);
}

describe('moveGivenNameTails', () => {
  it.each([
    ['Minister for Harbour Development Mary Okafor said the pier was safe.', [['Harbour Development Mary', 'ORG'], ['Okafor', 'PER']], ['Harbour Development/ORG', 'Mary Okafor/PER']],
    ['Poll: Harbour Voters Abandon Green Party for Mary Okafor', [['Green Party for Mary', 'ORG'], ['Okafor', 'PER']], ['Green Party/ORG', 'Mary Okafor/PER']],
  ] as [string, [string, TagSpan['type']][], string[]][])('moves the given name to the person: %s', (text, tagged, expected) => {
    expect(run(text, tagged)).toEqual(expected);
  });

  it('leaves an organisation whose last word is no given name', () => {
    expect(run('Harbour Lines Okafor said no.', [['Harbour Lines', 'ORG'], ['Okafor', 'PER']])).toEqual(['Harbour Lines/ORG', 'Okafor/PER']);
  });
});
