// Stage 3 (src/3-statements/owned-sources.ts): a named person in a role an organisation owns — "its
// state secretary, X", "the company's chief executive, X" — is affiliated with that organisation.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** The names of the organisations the last statement's speaker is affiliated with. */
function speakerAffiliations(text: string): string[] {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const key = a.statements.at(-1)?.speakerEntity;
  return (key ? (byKey.get(key)?.affiliations ?? []) : []).map((k) => byKey.get(k)?.name ?? k);
}

describe('a named person in a possessed role', () => {
  it.each([
    ['"its" after "according to"', 'The Dunmore Dockers Union will strike on Friday, according to its branch secretary, Colm Brady.', 'Dunmore Dockers Union'],
    ['"the company\'s" after "according to"', "Carlow Steel will shut the mill in June, according to the company's finance director, Ruth Okafor.", 'Carlow Steel'],
    ['"its" after "said"', 'Carlow Steel will shut the mill in June, said its finance director, Ruth Okafor.', 'Carlow Steel'],
  ])('is affiliated with the role\'s owner (%s)', (_name, text, owner) => {
    expect(speakerAffiliations(text)).toContain(owner);
  });
});
