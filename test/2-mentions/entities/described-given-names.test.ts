// Stage 2 (src/2-mentions/entities/span-persons.ts PERSON_AFTER_RULES, candidates.ts): a person's
// name the tagger cut after a given name where a place name stands among the names, and a noun for a
// person by trade or lot written before a name ("Farmer", "Survivor"), which describes the person and
// is no part of the name; a short English word that opens a double given name ("Tor Arne"), a surname that is
// also a headline verb ("Said"), a one-word council title (session 37). Read through findEntities; sentences
// and names written for this test.
import { describe, expect, it } from 'vitest';
import { keys } from './_hand-spans.js';

const ROWS: [string, string, string, string][] = [
  ['a given name before names read as a person opens them', 'Paulo Albuquerque Teles said the vote would happen.', 'Person/Paulo Albuquerque Teles', 'Person/Albuquerque Teles'],
  ['a given name before names read as a person opens them', 'Ines Porto Vieira said the deal was off.', 'Person/Ines Porto Vieira', 'Person/Porto Vieira'],
  ['a noun for a person before unknown names is no part of the name', 'Farmer Dewi Lestari said the harvest failed.', 'Person/Dewi Lestari', 'Person/Farmer Dewi Lestari'],
  ['a noun for a person before unknown names is no part of the name', 'Survivor Rokhsana Akter, 31, said the roof fell.', 'Person/Rokhsana Akter', 'Person/Survivor Rokhsana Akter'],
  ['a noun for a person before unknown names is no part of the name', 'Farmer Nyoman Suarta said the rain came late.', 'Person/Nyoman Suarta', 'Person/Farmer Nyoman Suarta'],
  ['a short English word that is no noun for a person opens a double given name', 'Tor Erik Lund, the mayor, said the ferry would run.', 'Person/Tor Erik Lund', 'Person/Erik Lund'],
  ['a short English word that is no noun for a person opens a double given name', 'Rut Elin Dahl said the ferry would run.', 'Person/Rut Elin Dahl', 'Person/Elin Dahl'],
  ['a one-word council title is no part of the name after it', 'Councilmember Elena Sofia Marquez said the budget was unfair.', 'Person/Elena Sofia Marquez', 'Organization/Elena Sofia Marquez'],
  ['a headline verb that ends a name before a verb in lower case is a surname', 'Minister Leila Said told reporters the ferry would run.', 'Person/Leila Said', 'Person/Leila'],
  ['a headline verb that ends a name before a verb in lower case is a surname', 'Health Minister Dr Ramzi Said announced a new clinic.', 'Person/Ramzi Said', 'Person/Ramzi'],
];

describe('names that lose or gain a word', () => {
  it.each(ROWS)('%s: %s', (_behaviour, text, wanted, unwanted) => {
    const found = keys(text);
    expect(found).toContain(wanted);
    expect(found).not.toContain(unwanted);
  });
});
