// Tests of company evidence (src/2-mentions/entities/companies.ts) through findEntities, on invented
// sentences: a name that files documents is a company, a person who speaks in an interview is not.

import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

const typeOf = (text: string, name: string): string | undefined => {
  const r = findEntities(readText(text));
  return r.mentions.find((m) => text.slice(m.start, m.end) === name)?.entity.split('/')[0];
};

describe('company evidence from filings', () => {
  it.each([
    ['Kestrel Dynamics said in a regulatory filing that sales rose.', 'Kestrel Dynamics'],
    ['Brightwater Mills disclosed in a filing on Monday that profit fell.', 'Brightwater Mills'],
    ['Halvorsen Marine said in its prospectus that it would list in May.', 'Halvorsen Marine'],
  ])('types the filer as an organisation: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('Organization');
  });

  it.each([
    ['Maria Lopez said in an interview that she would run.', 'Maria Lopez'],
    ['Tomas Berg said in a speech that taxes would rise.', 'Tomas Berg'],
  ])('leaves a person who speaks elsewhere a person: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('Person');
  });
});

describe('publications from the nouns around them', () => {
  it.each([
    ['The claim was first made by the news weekly Der Kurier on Sunday.', 'Der Kurier'],
    ['The Morning Lantern newspaper reported the arrest on Friday.', 'Morning Lantern'],
    ['Asked by the tabloid Kurier, the mayor denied it.', 'Kurier'],
    ['In April, the technology blog Gizmodo obtained a prototype of the phone.', 'Gizmodo'],
  ])('types the publication as an organisation: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('Organization');
  });
});


describe('a company named in an appositive', () => {
  it('types a name set off by commas after "the company" as an organisation', () => {
    expect(typeOf('In a statement, the company, Brightmoor Living, said its homes were safe.', 'Brightmoor Living')).toBe('Organization');
  });

  it('leaves a person who speaks after "the company," with no closing comma a person', () => {
    expect(typeOf('The rumour hurt the company, Ines Duarte said on Monday.', 'Ines Duarte')).toBe('Person');
  });
});
