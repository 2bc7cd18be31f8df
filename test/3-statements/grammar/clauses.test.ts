// Stage 3 grammar (src/3-statements/grammar/clauses.ts): where a clause ends — here, before a source
// and its verb of saying that close the sentence. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { closingReportAt } from '../../../src/3-statements/grammar/clauses.js';

/** closingReportAt after the sentence's last comma. */
function closesAfterComma(text: string): boolean {
  const layer = readText(text);
  const s = layer.sentences[0]!;
  let comma = -1;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (layer.tokens[k]!.text === ',') comma = k;
  return closingReportAt(layer.tokens, comma + 1, s.tokenEnd);
}

describe('closingReportAt', () => {
  it.each([
    ['Crews found the barn engulfed, Chief Ana Ruiz said.', true],
    ['The mill will close, two of the sources said on Monday.', true],
    ['The mill will close, two of the sources said, citing a memo.', false],
    ['The mill will close, the union fears.', false],
    ['The mill will close, a study has found.', true],
    ['The mill will close, the manager told a news conference.', true],
    ['The mill will close, the Ministry of Energy and Mines announced yesterday.', true],
    ['The mill will close, Harlow and Partners said.', true],
    ['Camera footage shows the truck leaving the depot at dawn, the complaint states.', true],
    ['Witnesses saw the van near the pier at noon, the lawsuit states.', true],
  ])('%s → %s', (text, expected) => {
    expect(closesAfterComma(text)).toBe(expected);
  });

  it.each([
    ['The mill will close, two of the sources said, citing a memo.', true],
    ['The mill will close, the union said on Monday, as talks stalled.', true],
    ['The mill will close, the union said, and the town will suffer.', false],
    ['The mill will close, the union said on Monday, a move that has angered the town.', true],
    ['The mill will close, the union said, a rare defeat which the owners did not expect.', true],
    ['The mill will close, the union said, “We will fight it in court.”', true],
    ['The mill will close, the union told reporters: “We will fight it.”', true],
  ])('a report with its own adjunct after a comma closes the clause: %s → %s', (text, expected) => {
    const layer = readText(text);
    const s = layer.sentences[0]!;
    const comma = layer.tokens.findIndex((t) => t.text === ',');
    expect(closingReportAt(layer.tokens, comma + 1, s.tokenEnd)).toBe(expected);
  });

  it('reads a sentence that ends on a name without a verb or a full stop', () => {
    expect(closesAfterComma('Forbes put his fortune at $4.5 billion, Bloomberg')).toBe(false);
  });
});
