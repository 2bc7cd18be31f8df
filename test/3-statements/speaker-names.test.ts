// Stage 3 (src/3-statements/speaker-names.ts): which entity a speaker's phrase names — the agent of a
// participle after a noun for people ("quoted by the newspaper X") is not the speaker. Sentences
// written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** The canonical name of each statement's speaker, in order. */
function speakerNames(text: string): (string | null)[] {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  return a.statements.map((s) => (s.speakerEntity ? (byKey.get(s.speakerEntity)?.name ?? null) : null));
}

describe('the agent of a participle after a noun for people', () => {
  it.each([
    ['a newspaper named with its kind', 'But according to a crew member quoted by the newspaper Harbour Courier, the ship had no lifeboats.', 'crew member'],
    ['a broadcaster named with its kind', 'According to a witness interviewed by public broadcaster Dunmore Radio, the fire began at dawn.', 'witness'],
  ])('is not the speaker (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toContain(who);
  });
});

describe('an indefinite person "to" a role the story filled', () => {
  it.each([
    ['an adviser to the president', 'President Tomas Verin has not said whether he will sign the bill. An adviser to the president said privately that the bill would go to the court.', 'adviser'],
    ['an aide to the mayor', 'Mayor Jane Kolar met the unions on Monday. An aide to the mayor said talks would resume.', 'aide'],
  ])('is someone new, not the role\'s holder (%s)', (_name, text, who) => {
    expect(speakerNames(text).at(-1)).toContain(who);
  });
});

describe('the antecedent of a relative "who" in a chain of prepositional phrases', () => {
  it.each([
    ['a head noun that is not a person', 'The ministry received petitions from 200 farmers in Kisumu who said the scheme had failed them.', '200 farmers'],
    ['complaints from a plural noun for people', 'The school pressed ahead despite complaints from parents who said the new timetable was unfair.', 'parents'],
    ['a place name after the people', 'The governor was criticised by 17 nurses in Port Harcourt who complained that they had not been paid.', '17 nurses'],
    ['a town after the people, no number', 'The inquiry heard from fishermen in Lamu Town who said the catch had collapsed.', 'fishermen'],
  ])('is the people, not the thing or the place (%s)', (_name, text, who) => {
    expect(speakerNames(text).at(-1)).toBe(who);
  });
});

describe('a person described by an occupation and the body they work in', () => {
  it.each([
    ['a lecturer in a faculty', 'A lecturer in the Faculty of Law said three courses had been cut.', 'lecturer in the Faculty of Law'],
    ['a pharmacist at a named hospital', 'A pharmacist at Dunmore General Hospital said the shelves were empty.', 'pharmacist at Dunmore General Hospital'],
    ['a headteacher at a named school', 'A headteacher at Harbour Road School said the roof leaked.', 'headteacher at Harbour Road School'],
  ])('is that person, not the body (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
});

describe('a place after a source\'s noun and "in"', () => {
  it.each([
    ['any noun after "a"', 'A guide in Dunmore, who asked not to be named, said the tours had stopped.', 'guide in Dunmore'],
    ['a person\'s role before a name', 'The agency said the risk was low. Its representative in Dunmore, Dr Ana Ruiz, added that cases had peaked.', 'Ana Ruiz'],
  ])('names where the source is, not the source (%s)', (_name, text, who) => {
    expect(speakerNames(text).at(-1)).toBe(who);
  });
});

describe('a possessor of a document', () => {
  it.each([
    ['a document "on" a place', "The Harbour Commission's 2027 report on Dunmore found that fares had doubled.", 'Harbour Commission'],
    ['a survey of a body', "Harbour Stats' annual survey found that rents rose.", 'Harbour Stats'],
  ])('is the source, not what the document is about (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
});

describe('a name after a person\'s name and a preposition', () => {
  it.each([
    ['a firm the tagger reads as a surname', 'Analyst Tom Avery of Morgan Harlow says the data are clear.', 'Tom Avery'],
    ['a partnership named for a family', 'Economist Ruth Okafor of Kessler Brothers expects a rate cut.', 'Ruth Okafor'],
  ])('is where the person works, not the speaker (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
});

describe('a place behind two prepositions', () => {
  it.each([
    ['a study of people in a country', 'Tea may protect the heart, according to a study of 12,000 adults in Sweden.', 'study of 12,000 adults in Sweden'],
    ['a review of trials in a country', 'Tea may protect the heart, according to a review of 30 trials in Finland.', 'review of 30 trials in Finland'],
    ['a family of a man hurt at a place', 'The widow of a worker injured at a plant near Dunmore has sued Carlow Steel, claiming managers hid the risks.', 'widow of a worker injured at a plant near Dunmore'],
  ])('says where something in the modifier is, not who speaks (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
});

describe('"according to" a role and the name after its comma', () => {
  it.each([
    ['a possessive determiner', 'The dockers will strike on Friday, according to their branch secretary, Colm Brady.', 'Colm Brady'],
    ['a possessor', "The mill will shut in June, according to the firm's finance director, Ruth Okafor.", 'Ruth Okafor'],
  ])('is that person (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
});

describe('a name after a participle that modifies the speaker\'s head, not after "by"', () => {
  it.each([
    ['a court a lawsuit was filed in', 'The singer owes her manager $2 million, according to a lawsuit filed Monday in Dunmore County Superior Court.', 'lawsuit'],
    ['a court a complaint was lodged with', 'The port cheated its pilots, according to a complaint lodged last week at the Harlan Labour Court.', 'complaint'],
  ])('is where or when, not the speaker (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
  it('keeps the body a person\'s participle places them at, whom they speak for', () => {
    expect(speakerNames('A spokesman employed at Harlan Motors said the night shift would be cut.')[0]).toBe('Harlan Motors');
  });
  it('after a person\'s noun, drops a name that modifies a noun there', () => {
    expect(speakerNames('Ana Ruiz spoke in Dunmore. Several nurses interviewed at Ruiz rallies this week said the wards were full.').at(-1)).toContain('nurses');
  });
  it('keeps the agent after "by", who may be the author', () => {
    expect(speakerNames('The ferry sank in minutes, according to a report released by the Harbour Safety Board.')[0]).toBe('Harbour Safety Board');
  });
});

describe('a name before a common noun in where a group of people is', () => {
  it.each([
    ['two plural heads joined by "and"', 'Elders and village chiefs in the island\'s Lomaiviti group are calling for an inquiry into the sale.', 'village chiefs'],
    ['workers at a plant', 'Workers at the Harlan Motors plant said the shifts had been cut.', 'Workers'],
  ])('is not the speaker (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toContain(who);
  });
  it('keeps a body after "of" (the members\' own)', () => {
    expect(speakerNames('Members of the Dunmore Labour party said the vote had been rigged.')[0]).toContain('Labour');
  });
});
