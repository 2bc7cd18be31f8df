// Stage 2 (src/2-mentions/coreference.ts): a short form of a name — both surnames of a Spanish or
// Portuguese name, the first surname, the first part of a hyphenated one — is the person named in full; other names stay apart. Sentences written for
// this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';
import { findMentions } from '../../src/2-mentions/index.js';
import { roleHolders } from '../../src/2-mentions/coreference.js';

/** The canonical name of the entity the last mention of `surface` refers to. */
function entityOf(text: string, surface: string): string | undefined {
  const layer = readText(text);
  const found = findMentions({ id: 'art', text }, layer, { today: '2024-06-01', links: false });
  const m = found.mentions.filter((x) => x.text === surface).at(-1);
  return found.entities.find((e) => e.key === m?.entity)?.name;
}

describe('both surnames after a full name', () => {
  it.each([
    ['a senator named in full first', 'Senator Ramiro Vidal Ortega opposed the tariff on Monday. "We will fight it," Vidal Ortega told reporters.', 'Vidal Ortega', 'Ramiro Vidal Ortega'],
    ['a president with two given names', 'President Ana Lucía Ferreira Costa met farmers. Ferreira Costa promised new roads.', 'Ferreira Costa', 'Ana Lucía Ferreira Costa'],
  ])('are that person (%s)', (_name, text, surface, who) => {
    expect(entityOf(text, surface)).toBe(who);
  });

  it.each([
    ['two people share the surnames', 'Ramiro Vidal Ortega and Sofía Vidal Ortega arrived together. Vidal Ortega spoke first.', 'Vidal Ortega', 'Vidal Ortega'],
    ['two mentions the tagger ran together', 'Voters booed Kessler Tom Kessler in Ames. Tom Kessler said he would stay in the race.', 'Tom Kessler', 'Tom Kessler'],
    ['a given name and a surname after a word run into the name', 'Crowds cheered Iron Tom Keller at the arena. Tom Keller said he was tired.', 'Tom Keller', 'Tom Keller'],
  ])('stay apart when more than one person fits or the words are a given name and a surname (%s)', (_name, text, surface, who) => {
    expect(entityOf(text, surface)).toBe(who);
  });
});

describe('the first surname or the first part of a hyphenated surname after a full name', () => {
  it.each([
    ['first-surname: a governor called by the father\'s surname', 'Governor Marisol Echeverría Lugo visited the flooded towns. Echeverría said the army would help.', 'Echeverría', 'Marisol Echeverría Lugo'],
    ['first-surname: a given name written with its accent', 'Senator Tomás Villalba Rojas rejected the budget. "It is unfair," Villalba said.', 'Villalba', 'Tomás Villalba Rojas'],
    ['hyphen-first-part: a researcher called by the first part', 'Dr. Lucía Mamani-Torres led the glacier survey. Mamani said the glacier was shrinking.', 'Mamani', 'Lucía Mamani-Torres'],
  ])('is that person (%s)', (_name, text, surface, who) => {
    expect(entityOf(text, surface)).toBe(who);
  });

  it.each([
    ['two people have the word before their last', 'Marisol Echeverría Lugo met Pablo Echeverría Soto. Echeverría said the talks went well.', 'Echeverría', 'Echeverría'],
    ['a lone given name is no surname', 'Voters cheered Mary Ann Becker in Toledo. Ann said she was grateful.', 'Ann', 'Ann'],
    ['a middle initial is no surname', 'Senator Harriet O. Cole took the stage in Reno. Her speech drew a standing O. The problem for Cole is money.', 'O.', 'O.'],
  ])('(guard) stays apart when %s', (_name, text, surface, who) => {
    expect(entityOf(text, surface)).toBe(who);
  });
});

describe('an informal noun for an office', () => {
  /** The canonical name of the best holder of `phrase`, read at the end of `text`. */
  function holderOf(text: string, phrase: string): string | undefined {
    const layer = readText(text);
    const found = findMentions({ id: 'art', text }, layer, { today: '2024-06-01', links: false });
    return roleHolders(phrase, found.entities, found.mentions, text.length)[0]?.name;
  }

  it.each([
    ['"boss" for a club\'s manager', 'Athletic manager Duncan Moyes said the squad was fit.', 'the Athletic boss', 'Duncan Moyes'],
    ['"boss" for a company\'s chief executive', 'Halden Foods chief executive Priya Nair said sales rose.', 'the Halden Foods boss', 'Priya Nair'],
    ['"the pontiff" for a pope', 'Pope Gregory XVII visited Manila on Sunday.', 'the pontiff', 'Gregory XVII'],
    ['"the Holy Father" for a pope', 'Pope Clement XV visited Lima on Sunday.', 'the Holy Father', 'Clement XV'],
    ['"the congressman" for a Representative', 'Rep. Dale Whitcomb flew to Aspen in March.', 'the congressman', 'Dale Whitcomb'],
    ['"the lawmaker" for a senator', 'Sen. Maria Ochoa voted against the farm bill.', 'the lawmaker', 'Maria Ochoa'],
  ])('is held by the person named with the formal office (%s)', (_name, text, phrase, who) => {
    expect(holderOf(text, phrase)).toBe(who);
  });

  it.each([
    ['a boss is no spokesman', 'Athletic spokesman Duncan Moyes said the squad was fit.', 'the Athletic boss', undefined],
    ['a lawmaker is no mayor', 'Mayor Tom Hale backed the harbour plan.', 'the lawmaker', undefined],
    ['a prime minister is no justice minister', 'Justice Minister Ana Kowal backed the court bill.', 'the prime minister', undefined],
  ])('(guard) %s', (_name, text, phrase, who) => {
    expect(holderOf(text, phrase)).toBe(who);
  });
});
