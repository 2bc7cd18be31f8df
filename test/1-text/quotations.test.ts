// Stage 1: quotations are found over the whole text, in every mark style news uses.
import { describe, expect, it } from 'vitest';
import { findParagraphs, findQuotations } from '../../src/1-text/index.js';

function quotes(text: string) {
  return findQuotations(text, findParagraphs(text)).map((q) => ({ text: text.slice(q.contentStart, q.contentEnd), closed: q.closed, continues: q.continues }));
}

describe('findQuotations', () => {
  it.each([
    ['curly marks', 'She said “the bridge is safe” on Monday.', ['the bridge is safe']],
    ['straight marks', 'He said "the bridge is safe" and left.', ['the bridge is safe']],
    ['guillemets', 'Il a dit «le pont est sûr» hier.', ['le pont est sûr']],
    ['doubled apostrophes', "''It is over,'' the coach said.", ['It is over,']],
    ['two quotations in one sentence', '“We won,” he said, “and we will win again.”', ['We won,', 'and we will win again.']],
    ['a closing curly mark typed where one opens', '”Fear is the problem.” ― Ana Ruiz', ['Fear is the problem.']],
    ['an opening curly mark typed where one closes', '“It is unusual,“ said Carla Brandt. “We never saw it.”', ['It is unusual,', 'We never saw it.']],
    ['an opening mark nested inside a quotation', '“He called it “a disgrace” twice,” she said.', ['He called it “a disgrace” twice,']],
  ])('finds %s', (_name, text, expected) => {
    expect(quotes(text).map((q) => q.text)).toEqual(expected);
  });

  it.each([
    ['straight marks', 'Shares rose.\n"The bank was upbeat.\nShe said the worst is over," said Ann Price.', ['The bank was upbeat.\nShe said the worst is over,']],
    ['curly marks', 'Shares rose.\n“The bank was upbeat.\nShe said the worst is over,” said Ann Price.', ['The bank was upbeat.\nShe said the worst is over,']],
  ])('runs a quotation on over a line break when the next line closes it (%s)', (_name, text, expected) => {
    expect(quotes(text).map((q) => q.text)).toEqual(expected);
  });

  it.each([
    ['a blank line between', '“The bank was upbeat.\n\nShe said the worst is over,” said Ann Price.'],
    ['a next line that opens a quotation', 'Shares rose.\n“The bank was upbeat.\n“It is over,” said Ann Price.'],
  ])('keeps a quotation left open at a line end to its line with %s', (_name, text) => {
    expect(quotes(text)[0]!.closed).toBe(false);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quotes("The mayor's plan doesn't work, residents' groups say.")).toEqual([]);
  });

  it('keeps marks nested inside a quotation part of the outer one', () => {
    expect(quotes('“He told me “never again” and walked out,” she said.').map((q) => q.text)).toEqual(['He told me “never again” and walked out,']);
  });

  it('continues a quotation over a paragraph break when the next paragraph opens with a mark', () => {
    const text = '“The first part of the speech ran long.\n\n“The second part was shorter,” the senator said.';
    const qs = quotes(text);
    expect(qs).toHaveLength(2);
    expect(qs[0]!.closed).toBe(false);
    expect(qs[1]!.continues).toBe(0);
  });

  it('does not continue a block quotation in straight marks into a paragraph opening with a curly mark', () => {
    const text = '"The report said the pier was sound. Few believed it.\n\n“It was never safe,” one fisherman said.';
    const qs = quotes(text);
    expect(qs).toHaveLength(2);
    expect(qs[1]!.continues).toBe(-1);
  });

  it('ends an unclosed quotation at the paragraph end', () => {
    const qs = quotes('“This was never finished\n\nA new paragraph.');
    expect(qs).toEqual([{ text: 'This was never finished', closed: false, continues: -1 }]);
  });
});
