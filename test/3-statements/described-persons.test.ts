// Stage 3 (src/3-statements/described-persons.ts): a definite description that mentions again a
// person the story named — by the title or appositive the story gave them, or as an epithet for the
// one person named so far — and stays unresolved when more than one person fits. Sentences written
// for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** The canonical name of the last statement's speaker. */
function lastSpeaker(text: string): string | null {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const s = a.statements.at(-1);
  return s?.speakerEntity ? (byKey.get(s.speakerEntity)?.name ?? null) : null;
}

describe('a description by the title the story gave a named person', () => {
  it.each([
    ['a title before the name, past an abbreviation', 'The Catholic Bishop of Dunmore, the Rt. Rev. Peter Osei, led the service on Sunday. "We must not forget them," the bishop told mourners.', 'Peter Osei'],
    ['an appositive after the name', 'Peter Osei, the bishop of Dunmore, led the service on Sunday. "We must not forget them," the bishop told mourners.', 'Peter Osei'],
  ])('is that person (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('an epithet for the one person named so far', () => {
  it.each([
    ['a hyphenated origin and an age', 'Professor Ruth Okafor has studied the reefs off Dunmore for years. The Nigerian-born researcher, 47, says the reefs are dying.', 'Ruth Okafor'],
    ['a hyphenated origin', 'Dr. Lena Voss reopened the clinic in March. The Austrian-born surgeon says the waiting was the hardest part.', 'Lena Voss'],
  ])('is that person (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['an epithet followed by a relative clause', 'His mentor, Ruth Amari, runs the comic shop.\n\n“Finishing a book matters more than sales,” insists 16-year-old Daniel Okafor.\n\n“It took months of drawing every night,” says the self-taught Halifax resident, who now sells his work at markets.', 'Daniel Okafor'],
    ['an age, past a name compared in a closing relative clause', 'The shop is run by Tomas Reyna, who like Gabriel Ortiz grew up in Oaxaca and moved north.\n\n“We print anything local artists bring us,” says the 41-year-old owner of Inkwell Press, which opened last year.', 'Tomas Reyna'],
  ])('is the person the story goes on with (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a plural epithet is a group', 'Senator Ana Ruiz spoke for an hour.\n\nThe anti-tax and anti-war activists placed around the hall, who booed often, said the senator had lied.', 'Ana Ruiz'],
    ['an epithet with the name in its appositive', 'Dan Becker runs a fundraising committee.\n\nThe party’s leading anti-establishment candidate, Senator Ana Ruiz, said the money was welcome.', 'Dan Becker'],
  ])('(guard) is no one the story named before (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).not.toBe(who);
  });

  it('stays unresolved when two people were named', () => {
    expect(lastSpeaker('Dr. Lena Voss and Dr. Omar Talib reopened the clinic in March. The Austrian-born surgeon says the waiting was the hardest part.')).not.toMatch(/Voss|Talib/);
  });
});

describe('"the official" after an unnamed official spoke', () => {
  it.each([
    ['the same head noun in the next sentence', 'A senior official said the coalition was stable. The official said the prime minister would not resign.', 'senior official'],
    ['across a named speaker', 'A senior diplomat said the talks were close. Minister Ana Ruiz said they were not. The diplomat said a deal could come by Friday.', 'senior diplomat'],
  ])('is that source (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a source of another noun stays as written', 'A senior diplomat said the talks were close. The official said a deal could come by Friday.', 'official'],
  ])('(guard) %s', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});
