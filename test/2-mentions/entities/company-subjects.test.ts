// Tests of company evidence from what a name's own sentence says of it (src/2-mentions/entities/
// company-subjects.ts) through findEntities, on invented sentences: a name taken up by "the company",
// owning an "its", reporting a loss or being "the biggest lender" is a company; a person who speaks of
// a company stays a person.

import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';
import { COMPANY_SUBJECT_RULES } from '../../../src/2-mentions/entities/company-subjects.js';

const typeOf = (text: string, name: string): string | undefined => {
  const r = findEntities(readText(text));
  return r.mentions.find((m) => text.slice(m.start, m.end) === name)?.entity.split('/')[0];
};

describe('a name the tagger reads as a person that its sentence shows to be a company', () => {
  it.each([
    ['Vessmark Byggnad opened a depot in Gothenburg. The company said it would hire 80 drivers.', 'Vessmark Byggnad'],
    ['Orvalle Dantec opened a plant in Lyon. The carmaker said it would hire 300 people.', 'Orvalle Dantec'],
    ['Brekkvold Tarsen said it would close its plant in Leeds.', 'Brekkvold Tarsen'],
    ['Kallverk Marin reported a quarterly loss on Thursday.', 'Kallverk Marin'],
    ['Drevnik Halsted plans to cut 400 jobs in Brno.', 'Drevnik Halsted'],
    ['Torvane Lundqvik is the biggest lender in Iceland.', 'Torvane Lundqvik'],
    ['Rolvane Ekdal is a Norwegian shipping company.', 'Rolvane Ekdal'],
    ['Velmor Tansk, a Danish shipping company, said it would buy two ships.', 'Velmor Tansk'],
    ['Graventh Sollis said on Monday it would cut 150 jobs in Tampere.', 'Graventh Sollis'],
    ['Korvane said in a statement that it would cut 200 jobs.', 'Korvane'],
    ['A driver was hurt, Prairie Dunholt confirmed on Friday.\n\nThe depot will reopen next week, the company said.', 'Prairie Dunholt'],
  ])('types the name as an organisation: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('Organization');
  });

  it.each([
    ['Mary Barra said the company would build more trucks. The carmaker said sales rose.', 'Mary Barra'],
    ['Tarquin Oduya said he would sell its stake. The company declined to comment.', 'Tarquin Oduya'],
    ['Olander Pryce joined the board in May. The company\'s shares rose.', 'Olander Pryce'],
    ['Orsolya Vandrik is a publisher in Oslo.', 'Orsolya Vandrik'],
    ['Kestrov Ulland is a crane operator in Gdansk.', 'Kestrov Ulland'],
    ['Velmor Tansk, a company spokesman, said the ships were late.', 'Velmor Tansk'],
    ["Velmor Tansk, the bank's chief economist, said rates would rise.", 'Velmor Tansk'],
    ['Ulvesk Marrow said it would be hard to keep the plant open.', 'Ulvesk Marrow'],
    ['Vesko Trandafil said the council would cut its budget.', 'Vesko Trandafil'],
    ['Vesko Trandafil said in a speech that the council would cut its staff.', 'Vesko Trandafil'],
    ['The depot will close, Vesko Trandafil said on Friday. He said the company had lost money.', 'Vesko Trandafil'],
  ])('leaves a person a person: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('Person');
  });
});

describe('COMPANY_SUBJECT_RULES', () => {
  it.each(COMPANY_SUBJECT_RULES.map((r) => [r.id, r]))('%s has a reason and an example', (_id, r) => {
    expect(r.reason.length).toBeGreaterThan(20);
    expect(r.example).toMatch(/^\p{Lu}/u);
  });
});
