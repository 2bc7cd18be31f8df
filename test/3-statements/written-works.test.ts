// Stage 3 (src/3-statements/written-works.ts): "the book", "the memoir" speak for the author the
// article named as the work's owner a few sentences before. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** The name of the speaker of the last top-level statement. */
function lastSpeaker(text: string): string | undefined {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const s = a.statements.filter((x) => !x.parent).at(-1);
  return s?.speakerEntity ? byKey.get(s.speakerEntity)?.name : undefined;
}

describe('a written work named with "the"', () => {
  it.each([
    ['"her memoir" in an opening phrase, its author the subject after it', 'In her memoir, released on Monday, former judge Ngozi Ibe writes that she was followed for months.\n\nThe book recounts the 2011 trial of a senator.', 'Ngozi Ibe'],
    ['a name\'s possessive', "Dylan Okoro's new novel came out in May. The book recounts a flood in Lagos.", 'Dylan Okoro'],
    ['"her book" after the person it belongs to', 'Former coach Ana Ruiz published her second book on Monday. The book, Long Grass, describes the 2010 final.', 'Ana Ruiz'],
  ])('speaks for its author (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a book of no owner stays as written', 'The Lagos floods of 2012 are the subject of a new book. The book recounts how three families survived.', 'book'],
  ])('(guard) %s', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});
