// Stage 2 (src/2-mentions/entities/names.ts), one name one type within an article: repeated names
// take their majority type, except a name the article once gives a form of address ("Mr. Vance"),
// which is a person's whatever the tagger voted. Candidates given by hand; sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { cand } from '../../../src/2-mentions/entities/candidate.js';
import { resolveNames } from '../../../src/2-mentions/entities/names.js';
import type { EntityType } from '../../../src/types.js';

/** Types after resolveNames of the candidates at each occurrence of `name`, typed as given in order. */
function typesAfter(text: string, name: string, types: EntityType[]): EntityType[] {
  const layer = readText(text);
  const at = layer.tokens.flatMap((t, i) => (t.text === name ? [i] : []));
  const cands = at.map((i, k) => cand(i, i + 1, types[k]!, 'name', undefined));
  resolveNames(layer, cands);
  return cands.map((c) => c.type);
}

describe('resolveNames: one type per name', () => {
  it.each([
    ['the majority type, with no form of address', 'Vance spoke first. Vance left early. Vance came back.', ['Organization', 'Organization', 'Person'], ['Organization', 'Organization', 'Organization']],
    ['a person, once the article says "Mr."', 'Mr. Vance spoke first. Vance left early. Vance came back.', ['Organization', 'Organization', 'Person'], ['Person', 'Person', 'Person']],
    ['a person, once the article says "Ms.", even when every vote says organisation', 'The museum opened. Ms. Vance spoke first. Vance left early.', ['Organization', 'Organization'], ['Person', 'Person']],
  ] as [string, string, EntityType[], EntityType[]][])('gives %s', (_name, text, types, expected) => {
    expect(typesAfter(text, 'Vance', types)).toEqual(expected);
  });
});
