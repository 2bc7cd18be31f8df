// Stage 2 (src/2-mentions/entities/names.ts entitiesOf): an organisation's head word alone ("the Agency",
// "the Party") that the article takes up for a body is no alias of that body, so that it links no two
// bodies of one kind; it is when the text gives it as the short name (in brackets, after "known as"),
// or when it is the name itself in other capitals (session 27, names37). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

const aliases = (text: string, key: string): string[] | undefined => findEntities(readText(text)).entities.find((e) => e.key === key)?.aliases;

describe('a lone head word is an alias only where the text introduced it', () => {
  it.each([
    ['The National Water Agency said rivers were low. The Agency said it would appeal.', 'Organization/National Water Agency'],
    ['The Harlow Dockers Union called a strike. The Union said talks had failed.', 'Organization/Harlow Dockers Union'],
  ])('no alias: %s', (text, key) => {
    expect(aliases(text, key)).toEqual([]);
  });

  it.each([
    ['The Harbour Authority (the Authority) said fees would rise. The Authority said it would appeal.', 'Organization/Harbour Authority', 'Authority'],
    ['The Coastal Fisheries Protection Agency (CFPA) fined three trawlers. The CFPA said it would appeal.', 'Organization/Coastal Fisheries Protection Agency', 'CFPA'],
    ['Lawmakers met. The vote in CONGRESS was close, and Congress adjourned.', 'Organization/Congress', 'CONGRESS'],
  ])('keeps the alias: %s', (text, key, alias) => {
    expect(aliases(text, key)).toContain(alias);
  });
});
