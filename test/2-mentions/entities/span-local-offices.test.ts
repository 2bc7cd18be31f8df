// Tests of splitLocalOffices (src/2-mentions/entities/span-local-offices.ts) on invented sentences:
// a county's or constituency's name, a local office's title and its holder become a place and a
// person, with the tagger's spans given by hand and through findEntities; parties and federal courts are left.

import { describe, expect, it } from 'vitest';
import { splitLocalOffices } from '../../../src/2-mentions/entities/span-local-offices.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { handSpans, keys, shown } from './_hand-spans.js';

type Tagged = [string, TagSpan['type']][];

/** Spans given as [surface, type], after splitLocalOffices. */
function run(text: string, tagged: Tagged): string[] {
  const { toks, prep, spans } = handSpans(text, tagged);
  splitLocalOffices(toks, prep, spans);
  return shown(text, toks, spans);
}

describe('a local office between the area it serves and its holder', () => {
  it.each([
    ['county-office-holder', 'Brazos County Sheriff Luann Whitcomb said the road was closed.', [['Brazos County Sheriff Luann Whitcomb', 'PER']], ['Brazos County/LOC', 'Luann Whitcomb/PER']],
    ['county-office-holder', "Dekalb County State's Attorney Tomas Reyes filed the charges.", [['County State', 'PER'], ['Attorney Tomas Reyes', 'PER']], ['Dekalb County/LOC', 'Tomas Reyes/PER']],
    ['county-office-holder', 'The Pima County coroner ruled the death an accident.', [['Pima County', 'PER']], ['Pima County/LOC']],
    ['constituency-member', 'Kisauni North MP Halima Odhiambo opened the clinic.', [['Kisauni North', 'PER'], ['MP', 'LOC'], ['Halima Odhiambo', 'PER']], ['Kisauni North/LOC', 'Halima Odhiambo/PER']],
  ] as [string, string, Tagged, string[]][])('%s: %s', (_rule, text, tagged, expected) => {
    expect(run(text, tagged)).toEqual(expected);
  });

  it.each([
    ['a party before "MP"', 'Labour MP Rachel Owusu said the plan was flawed.', [['Labour', 'ORG'], ['Rachel Owusu', 'PER']]],
    ['a party typed as a person, an English word', 'Green MP Tom Ashdown said the plan was flawed.', [['Green', 'PER'], ['Tom Ashdown', 'PER']]],
    ['the office\'s own body after a possessive', "Staff at the Brazos County Sheriff's Office said the road was closed.", [['Brazos County Sheriff', 'ORG'], ['Office', 'ORG']]],
    ['the office\'s own body', 'The Brazos County Sheriff Department said the road was closed.', [['Brazos County Sheriff Department', 'ORG']]],
    ['a federal court\'s district', 'U.S. District Judge Carla Mendes said the case would proceed.', [['U.S.', 'LOC'], ['Carla Mendes', 'PER']]],
  ] as [string, string, Tagged][])('keeps the spans: %s', (_why, text, tagged) => {
    expect(run(text, tagged)).toEqual(tagged.map(([t, type]) => `${t}/${type}`));
  });

  it.each([
    ['Brazos County Sheriff Luann Whitcomb said the road was closed. Whitcomb said a truck had overturned.', ['Place/Brazos County', 'Person/Luann Whitcomb', 'Person/Luann Whitcomb']],
    ['Kisauni North MP Halima Odhiambo opened the clinic.', ['Place/Kisauni North', 'Person/Halima Odhiambo']],
  ])('through findEntities: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});
