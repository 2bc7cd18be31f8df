// Stage 3 (src/3-statements/index.ts, passes/2-dash-colon.ts colonDatelinePlace): a title-case place
// and a colon opening one of the first paragraphs before a lead sentence, as South Asian papers write
// a dateline, is no speaker's label. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** The speakers of the statements the colon reads. */
function colonSpeakers(text: string): string[] {
  const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01' });
  return a.statements.filter((s) => s.cue?.text === ':').map((s) => s.speaker?.text ?? '');
}

describe('colon datelines', () => {
  it.each([
    ['Lahore: The provincial board has banned kite flying across the city for the next two months.'],
    ['Harbour closures\n\nKarachi: The port authority has closed two berths after a crane collapsed on Sunday night.'],
  ])('reads no speaker in a place before a colon and a lead: %s', (text) => {
    expect(colonSpeakers(text)).toEqual([]);
  });
});
