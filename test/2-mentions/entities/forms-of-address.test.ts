// Stage 2 (src/2-mentions/entities/candidates.ts, data/gazetteers/titles.json): forms of address,
// honours, ranks and occupations written before a person's name are no part of it — Malaysian
// honours of one or two words ("Datuk", "Tan Sri"), ranks abbreviated without a full stop ("Lt
// Col"), occupations that are also surnames ("Butcher Gwen Morgan"). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

/** The surfaces of the name mentions stage 2 finds in the text. */
function names(text: string): string[] {
  return findEntities(readText(text)).mentions.filter((m) => m.kind === 'name').map((m) => m.text);
}

describe('forms of address and ranks before a name', () => {
  it.each([
    ['a Malaysian honour and "Dr"', 'Datuk Dr Farid Osman opened the clinic on Monday.', ['Farid Osman']],
    ['a Malaysian honour of two words that go together', 'Datuk Seri Farid Osman opened the clinic on Monday.', ['Farid Osman']],
    ['"Tan Sri", a pair whose second word alone opens given names', 'Tan Sri Farid Osman opened the clinic on Monday.', ['Farid Osman']],
    ['a rank abbreviated without full stops', 'Lt Col Farid Osman opened the camp on Monday.', ['Farid Osman']],
    ['a general\'s rank abbreviated without full stops', 'Maj Gen Ko Ko Lwin opened the camp on Monday.', ['Ko Ko Lwin']],
    ['an everyday occupation', 'Fisherman Dai Rhys Owen said the catch was poor.', ['Dai Rhys Owen']],
    ['an occupation that is also a surname, before a given name and a surname', 'Butcher Gwen Morgan said prices had doubled.', ['Gwen Morgan']],
    ['any English noun that is no given name, before a common given name and a surname', 'Geologist Maria Lindholm said the rock was old.', ['Maria Lindholm']],
    ['a volunteer before a given name and a surname', 'Volunteer Ana Silva said the shelter was full.', ['Ana Silva']],
    ['a visitor before a given name and a surname', 'Visitor Thomas Okafor said the gallery was stunning.', ['Thomas Okafor']],
    ['an associate professor\'s rank abbreviated before "Prof"', 'Assoc Prof Tan Wei Ming said the results were surprising.', ['Tan Wei Ming']],
    ['an assistant professor\'s rank abbreviated before "Prof"', 'Asst Prof Lim Hui Min said more work was needed.', ['Lim Hui Min']],
    ['an adjunct professor\'s rank abbreviated before "Prof"', 'Adj Prof Sarah Collins said the findings were robust.', ['Sarah Collins']],
    ['a Hausa form of address', 'Mallam Sani Garba Yakubu said the market would reopen.', ['Sani Garba Yakubu']],
    ['a Yoruba chieftaincy honorific', 'Otunba Tunde Afolabi said the road was bad.', ['Tunde Afolabi']],
    ['a trade unionist\'s "Comrade"', 'The union\'s leader, Comrade Chinedu Okafor, said the strike would go on.', ['Chinedu Okafor']],
    ['a Yoruba king\'s title', 'Oba Kayode Adeniran said the festival would hold.', ['Kayode Adeniran']],
  ])('leaves out %s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // Guard: "Sri" alone opens a given name, as in Indonesian and Indian names.
    ['"Sri" opening a given name', 'Sri Wahyuni Hartono opened the clinic on Monday.', ['Sri Wahyuni Hartono']],
    // Guard: an occupation that is also a surname ends a name, or stands alone for it.
    ['a surname that is an occupation', 'Gwen Butcher said prices had doubled. Butcher runs the shop.', ['Gwen Butcher', 'Butcher']],
    // Guard: a given name that is also an English word opens the name ("Rose", "Hope").
    ['a given name that is also an English word', 'Rose Maria Lindholm said the ice was thinning.', ['Rose Maria Lindholm']],
  ])('keeps %s (guard)', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
