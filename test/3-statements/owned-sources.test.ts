// Stage 3 (src/3-statements/owned-sources.ts): a named person in a role an organisation owns — "its
// state secretary, X", "the company's chief executive, X" — is affiliated with that organisation, and
// so are its unnamed people ("the bank's economists"). Sentences written for this test.
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

/** The last statement's speaker: its name and how many organisations it is affiliated with. */
function lastSpeaker(text: string): { name?: string; affiliations: number } {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const key = a.statements.at(-1)?.speakerEntity;
  const e = a.mentions.entities.find((x) => x.key === key);
  return { name: e?.name, affiliations: e?.affiliations.length ?? 0 };
}

describe('unnamed people of an organisation a description stands for', () => {
  it.each([
    ['"the bank\'s economists"', 'Analysts at Corrigan Capital expect one rate cut this year. The bank\'s economists said inflation remained sticky.', "Corrigan Capital's economists"],
    ['"the company\'s spokesman"', 'Harlow Motors cut 300 jobs on Monday. The company\'s spokesman said the cuts were painful.', "Harlow Motors' spokesman"],
  ])('are named for it and affiliated with it (%s)', (_name, text, name) => {
    expect(lastSpeaker(text)).toEqual({ name, affiliations: 1 });
  });

  it.each([
    ['no organisation named before', 'Prices rose again in May. The bank\'s economists said inflation remained sticky.', "bank's economists"],
  ])('(guard) stay as written when the description stands for no organisation (%s)', (_name, text, name) => {
    expect(lastSpeaker(text).name).toBe(name);
  });
});

describe('a possessive joined to the phrase before it', () => {
  it.each([
    ['a group the text does not name', 'The Senate passed the budget bill on Friday. Rural farmers and their lawyers said the cuts broke a promise.', 'Senate'],
    ['a group of people before a named body', 'Kelmont Mining closed the pit in March. Miners and their lawyers said the closure broke a promise.', 'Kelmont Mining'],
  ])('stands for that phrase, not the body named before (%s)', (_name, text, notOwner) => {
    expect(lastSpeaker(text).name ?? '').not.toContain(notOwner);
  });

  it.each([
    ['a description of a body named before', 'Harbor Foods was fined in March. The company and its founder said the fine was unfair.', "Harbor Foods' founder"],
  ])('stands for the organisation the phrase before it means (%s)', (_name, text, name) => {
    expect(lastSpeaker(text).name).toBe(name);
  });
});
