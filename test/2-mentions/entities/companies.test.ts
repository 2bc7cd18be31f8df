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

describe('a lone name taken up by a company noun', () => {
  it.each([
    ['Skyvane diverted a flight to Cork on Monday. The airline said the plane landed safely.', 'Skyvane'],
    ['Quorvex reported higher profits on Tuesday. The chipmaker said demand was strong.', 'Quorvex'],
    ['Brellin cut 900 jobs in Leeds. Analysts said the German lender was shrinking.', 'Brellin'],
  ])('types the name as an organisation: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('Organization');
  });

  it.each([
    ['Tony Marlowe runs a lobbying shop. Marlowe told reporters the firm had done nothing wrong.', 'Marlowe', 'Person'],
    ['Obama had said in an interview that the group was contained. The group is also known as ISIL.', 'Obama', 'Person'],
    ['Demi said she was upset. The group date went badly.', 'Demi', 'Person'],
    ['Skyvane diverted a flight on Monday. Halvorsen Marine said the airline had no choice.', 'Skyvane', undefined],
  ])('leaves a person, a known surname or a name with another between alone: %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('an organisation named after its noun', () => {
  it.each([
    ['A group called Vexmoor claimed the attack on the depot.', 'Vexmoor'],
    ['A startup named Quorlind said it would hire 40 engineers.', 'Quorlind'],
    ['A ransomware crew calling itself Grey Heron said it took the files.', 'Grey Heron'],
    ['Protesters who call themselves Harbour Watch blocked the road.', 'Harbour Watch'],
  ])('types the name as an organisation: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('Organization');
  });

  it('(guard) leaves a person named after "a man named" a person', () => {
    expect(typeOf('A man named Tomas Varga said he saw the fire.', 'Tomas Varga')).toBe('Person');
  });

  it('(guard) leaves a person who calls himself so a person', () => {
    expect(typeOf('A man calling himself Tomas Varga phoned the station.', 'Tomas Varga')).toBe('Person');
  });
});

describe('companies from the noun for their kind of firm before them', () => {
  it.each([
    ['Economists at consultancy Varnholt expect the rand to weaken.', 'Varnholt'],
    ['Analysts at bookmaker Quillane said the odds were long.', 'Quillane'],
    ['A spokesman for steelmaker Ostravik said the plant would close.', 'Ostravik'],
    ['Shares in reinsurer Halbrecht fell 3 percent.', 'Halbrecht'],
  ])('types the name as an organisation: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('Organization');
  });
});

describe('a trade noun before a person\'s name', () => {
  it.each([
    ['The panel was led by broadcaster Helen Carvey, who praised the winner.', 'Helen Carvey'],
    ['The jury, chaired by publisher Daniel Rourke, met on Monday.', 'Daniel Rourke'],
    ['A survey by pollster Margaret Quenby found support had fallen.', 'Margaret Quenby'],
    ['A property developer, Tomas Berg, said rates would stay flat.', 'Tomas Berg'],
    ['A developer, Faisal Qadri, said rates would stay flat.', 'Faisal Qadri'],
  ])('leaves a given name and a surname a person: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('Person');
  });

  it.each([
    ['Shares in broadcaster Kestrel Media fell 5 percent.', 'Kestrel Media'],
    ['The deal was agreed with publisher Penguin Books on Friday.', 'Penguin Books'],
    ['A developer, Harbour Homes, said rates would stay flat.', 'Harbour Homes'],
  ])('keeps a company a company: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('Organization');
  });
});
