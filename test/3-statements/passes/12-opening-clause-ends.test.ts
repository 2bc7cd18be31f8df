// Stage 3, document pass 12: a report inside the adverbial that opens its sentence ends where the
// main clause begins. Invented sentences; readText + findAttributions, no NER or confidence model.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findAttributions } from '../../../src/3-statements/index.js';

function contents(text: string): string[] {
  return findAttributions(readText(text)).map((a) => text.slice(a.contentStart, a.contentEnd));
}

describe('reports inside a sentence-opening adverbial', () => {
  it.each([
    ['a coordinated cue after "though"', 'Though she called the delays outrageous and called for refunds to be paid to passengers, the minister restricted comments to the airline.', 'refunds to be paid to passengers'],
    ['a participle after "in" and a document', 'In a statement announcing the merger, the union called the deal a betrayal.', 'the merger'],
    ['a participle after "while there is"', 'While there is no rule requiring ministers to publish their diaries, most of them have done so.', 'ministers to publish their diaries'],
    ['an adverb before the subordinator', 'Back when she wrote her memoir, Ms. Adeyemi said that she regretted nothing.', 'her memoir'],
  ])('ends at the main clause: %s', (_name, text, content) => {
    expect(contents(text)).toContain(content);
  });

  it.each([
    ['no comma after the opener: the cue is the main verb', 'After the vote the mayor said the plan would pass.', 'the plan would pass'],
    ['a relative clause inside the content', 'In Lagos the governor said the port, which reopened in May, is busy.', 'the port, which reopened in May, is busy'],
    ['the cue after the opener\'s comma', 'When the storm hit, the mayor said the shelters were full, and the army sent trucks.', 'the shelters were full, and the army sent trucks'],
  ])('leaves the main clause\'s report whole: %s', (_name, text, content) => {
    expect(contents(text)).toContain(content);
  });
});
