// Stage 1: paragraphs, sentences and tokens with exact offsets into the raw text.
import { describe, expect, it } from 'vitest';
import { findParagraphs, readText } from '../../src/1-text/index.js';

describe('findParagraphs', () => {
  it('splits on blank lines when the text has them', () => {
    const text = 'One line\nstill one.\n\nTwo.';
    expect(findParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One line\nstill one.', 'Two.']);
  });

  it('also ends a paragraph at a single break before an opening quotation mark when the text has blank lines', () => {
    const text = 'First paragraph.\n\nThe minister left early. \n“We are done here,” she said.\nAnd this line\ncontinues it.';
    expect(findParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First paragraph.',
      'The minister left early.',
      '“We are done here,” she said.\nAnd this line\ncontinues it.',
    ]);
  });

  it('splits on single line breaks when the text has no blank lines', () => {
    const text = 'First paragraph.\nSecond paragraph.';
    expect(findParagraphs(text)).toHaveLength(2);
  });
});

describe('readText', () => {
  const text = 'Dr. Ana Ruiz arrived in the U.S. on Jan. 5.\n\n“It went well,” she said. Officials agreed.';
  const layer = readText(text);

  it('gives every token the offsets of its text', () => {
    for (const t of layer.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps abbreviations inside a sentence and never lets a sentence cross a paragraph', () => {
    const sentences = layer.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences[0]).toBe('Dr. Ana Ruiz arrived in the U.S. on Jan. 5.');
    for (const s of layer.sentences) expect(layer.paragraphs[s.paragraph]!.start <= s.start && s.end <= layer.paragraphs[s.paragraph]!.end).toBe(true);
  });

  it('marks tokens inside a quotation with its index', () => {
    const inside = layer.tokens.filter((t) => t.quote === 0).map((t) => t.text);
    expect(inside).toContain('went');
    expect(layer.tokens.find((t) => t.text === 'Officials')!.quote).toBe(-1);
  });

  it('tags a capitalised word inside a sentence as a proper noun', () => {
    const l = readText('However, Rep. Dana Lynch said the law is clear.');
    expect(l.tokens.find((t) => t.text === 'Lynch')!.pos).toBe('PROPN');
  });

  it('tags a capitalised word the tagger calls foreign (X) inside a sentence as a proper noun', () => {
    const l = readText('“The plan is ready,” Masse said.');
    expect(l.tokens.find((t) => t.text === 'Masse')!.pos).toBe('PROPN');
  });

  it('tags a sentence-initial first name the tagger reads as a verb as a proper noun', () => {
    const l = readText('Josh Hendler, a party strategist, warned that the vote was close.');
    expect(l.tokens[0]).toMatchObject({ text: 'Josh', pos: 'PROPN' });
  });

  it.each([
    ['a company name of three words', 'Ford Motor Company said sales fell in May.', 'PROPN'],
    ['a company name of two words', 'Ford Motor reported a loss on Friday.', 'PROPN'],
    ['a title and a name of three words', 'Works Minister Ana Maria Ruiz said the road would open.', 'PROPN'],
    ['a name whose second word opens with a letter outside ASCII', 'Met Éireann said gusts would be strong.', 'PROPN'],
    ['an imperative before a name and a verb in its base form', 'Watch Barack Obama explain the plan.', 'VERB'],
    ['a reporting verb opening an inverted report', 'Said Dana Lynch, a nurse: “We were not told.”', 'VERB'],
  ])('tags the first word before proper nouns and a verb: %s', (_what, text, pos) => {
    expect(readText(text).tokens[0]!.pos).toBe(pos);
  });

  it('returns an empty layer for empty text', () => {
    expect(readText('')).toMatchObject({ paragraphs: [], sentences: [], tokens: [], quotations: [] });
  });
});
