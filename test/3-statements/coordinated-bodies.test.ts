// Stage 3 (src/3-statements/coordinated-bodies.ts): "the company and the union said" speak together,
// each description for the body it stands for. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** The speaker of the first top-level statement: its name and the names of its affiliations. */
function firstSpeaker(text: string): { name?: string; affiliations: string[] } {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const key = a.statements.find((x) => !x.parent)?.speakerEntity;
  const e = key ? byKey.get(key) : undefined;
  return { name: e?.name, affiliations: (e?.affiliations ?? []).map((k) => byKey.get(k)?.name ?? k) };
}

describe('two descriptions of bodies joined by "and"', () => {
  it.each([
    ['a lead naming both after the report', 'Divers rescued after mine flood\n\nThree divers died near Tema on Monday, the company and the union said.\n\nVolta Mining said in a statement that the divers had been working at 40 metres.\n\nThe Ghana Mineworkers Union blamed poor equipment.', 'Volta Mining and Ghana Mineworkers Union', ['Volta Mining', 'Ghana Mineworkers Union']],
    ['both named before', 'Harbor Foods closed its factory in Leeds in May.\n\nThe Bakers Union called a strike.\n\nTalks will resume on Friday, the company and the union said.', 'Harbor Foods and Bakers Union', ['Harbor Foods', 'Bakers Union']],
  ])('speak together, for the two bodies (%s)', (_name, text, name, affiliations) => {
    expect(firstSpeaker(text)).toEqual({ name, affiliations });
  });

  it.each([
    ['one body of the two never named', 'Harbor Foods closed its factory in Leeds in May.\n\nTalks will resume on Friday, the company and the union said.', 'company and the union'],
  ])('(guard) stay as written: %s', (_name, text, name) => {
    expect(firstSpeaker(text).name).toBe(name);
  });
});
