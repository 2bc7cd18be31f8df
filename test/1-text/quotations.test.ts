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

  it.each([
    ['curly single marks', '‘We will not back down,’ the minister told reporters.', ['We will not back down,']],
    ['straight single marks', "'This is the right plan,' he added.", ['This is the right plan,']],
    ['single marks in a headline', 'Mayor calls the budget ‘a betrayal’ of voters', ['a betrayal']],
    ['a possessive plural before the closing mark', '‘We stand with the workers’ union leaders,’ she said.', ['We stand with the workers’ union leaders,']],
    ['a plural at the end of the quotation', 'She said ‘we back the nurses’ and left.', ['we back the nurses']],
    ['double marks inside single ones', '‘He called it “a disgrace”,’ she said.', ['He called it “a disgrace”,']],
    ['single marks inside double ones', 'He said “she told me ‘no’ twice” again.', ['she told me ‘no’ twice']],
    ['elisions beside a quotation', "Rock 'n' roll in the '90s was 'here to stay', he said.", ['here to stay']],
    ['a misplaced opening mark used as an apostrophe', 'Ruiz‘s plan ran into a ‘stubborn obstacle’ today.', ['stubborn obstacle']],
  ])('finds quotations in %s', (_name, text, expected) => {
    expect(quotes(text).map((q) => q.text)).toEqual(expected);
  });

  it('runs a quotation in single marks on over a paragraph that opens with one', () => {
    const qs = quotes('‘The first part ran long.\n\n‘The second was shorter,’ he said.');
    expect(qs.map((q) => [q.closed, q.continues])).toEqual([[false, -1], [true, 0]]);
  });

  it.each([
    ['an unclosed single mark', 'He said ‘we will see and left.', []],
    ['contractions and possessives', "The mayor’s plan doesn’t work, residents’ groups say.", []],
  ])('finds no quotation in %s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('reads a paragraph in single marks alone as a subheading where the text quotes in double marks', () => {
    const text = 'He said “the rent is too high.”\n\n‘Not a lot of units available’\n\nMyers said supply is short.';
    expect(quotes(text).map((q) => q.text)).toEqual(['the rent is too high.']);
    expect(quotes('He said the rent is too high.\n\n‘Not a lot of units available.’\n\nMore.').map((q) => q.text)).toEqual(['Not a lot of units available.']);
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
