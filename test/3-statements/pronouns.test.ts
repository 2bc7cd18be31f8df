// Stage 3 (src/3-statements/pronouns.ts): who "he" or "she" points back to — not a name that
// modifies a noun ("a recent Emerson poll") nor one inside a relative clause set off by commas, but
// the subject the story goes on with. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** The canonical name of the last statement's speaker. */
function lastSpeaker(text: string): string | null {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const s = a.statements.at(-1);
  return s?.speakerEntity ? (byKey.get(s.speakerEntity)?.name ?? null) : null;
}

describe('a pronoun after a party member who spoke', () => {
  it.each([
    ['a pollster\'s name in the relative clause', 'The Republican, who trails Dana Whitcombe in a recent Emerson poll, promised to cut fuel taxes. Later, she attacked Whitcombe\'s record on schools.', 'Republican'],
    ['"Democrat" as the subject', 'The Democrat, who leads Ruth Calloway in a new Harwood survey, vowed to protect pensions. On Friday, he said the survey was too close to call.', 'Democrat'],
  ])('means that member (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('names no "he" or "she" points back to', () => {
  it.each([
    ['a name before a noun', 'The challenger toured a factory after a bruising Emerson poll. Later, she said wages had to rise.'],
    ['a name in a relative clause set off by commas', 'The candidate, who debated Ruth Calloway on Monday, toured a factory. On Friday, she said wages had to rise.'],
  ])('is not taken for a pronoun (%s)', (_name, text) => {
    expect(lastSpeaker(text)).toBeNull();
  });
});

describe('a party\'s member alone after a named person', () => {
  it.each([
    ['"the Republican"', 'Presidential hopeful Ana Whitcombe toured a mill in Dunmore on Monday. "We can do it," the Republican said this week.', 'Ana Whitcombe'],
    ['"the Democrat"', 'Governor Tom Ferrand signed the budget on Monday. "It is a fair deal," the Democrat told reporters.', 'Tom Ferrand'],
  ])('is that person (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('a pronoun after words sourced "according to" someone', () => {
  it.each([
    ['an unnamed aide', 'The harbour commissioner, Lidia Marques, thinks the strike will end soon, according to an aide. She intends to meet the dockers on Monday.', 'Lidia Marques'],
    ['a group of sources', 'Lidia Marques will leave the cabinet in May, according to two officials. She said she would stay in politics.', 'Lidia Marques'],
  ])('continues the sentence\'s subject when the pronoun fits it (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a subject the pronoun does not fit', 'Tomas Herrera will leave the cabinet in May, according to Lidia Marques. She said the cabinet needed new faces.', 'Lidia Marques'],
    ['a quotation opens the sentence', 'Governor Tomas Herrera met the mayors on Monday. "You have let us down," he told Senator Paulo Vieira, according to two aides. He said the budget would not change.', 'Tomas Herrera'],
  ])('keeps the one who spoke when the subject cannot be meant (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('a pronoun after a name that a noun for a person introduces', () => {
  it.each([
    ['an official whose name reads as a body', 'A Danish envoy said the bloc could accept the plan. Saudi official Majed Al-Harbi disputed that account. "Nobody is blocking anything," he told reporters.', 'Majed Al-Harbi'],
  ])('means that person, not an earlier speaker (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('a pronoun after a name the phrase opens right after a noun for a person', () => {
  it.each([
    ['a titled author whose name reads as a body', 'Lead author Professor Mei Lindqvist said the group would widen the trial next year. She warned that the drug was not yet safe for children.', 'Mei Lindqvist'],
  ])('means that person (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('a description after a participle\'s agent set off in the sentence', () => {
  it.each([
    ['a podcast host named after "hosted by"', 'Former winger Dario Pellegrini said he nearly retired. Speaking on the Back Post podcast, hosted by ex-defender Sam Okafor, the 34-year-old said he had lost a year to injury.', 'Dario Pellegrini'],
    ['a participle opening the sentence', 'Former midfielder Ruben Castro said he had no regrets. Interviewed by Jonah Pike on a late-night show, the 37-year-old said he missed the dressing room.', 'Ruben Castro'],
    ['a show presented by someone', 'Retired sprinter Lena Vogt said she still trains daily. Appearing on a morning show presented by Carl Brandt, the 41-year-old said she missed racing.', 'Lena Vogt'],
  ])('means the person the story is about, not the agent (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('a name that is its whole paragraph', () => {
  it.each([
    ['a photo credit between a list item and its story', 'Five Things Comics Said This Year.\n\n1 / Marta Quintero on why jokes travel.\n\nAlamy.\n\nIn a chat with a radio host about her new tour, the 52-year-old said audiences had changed.', 'Marta Quintero'],
  ])('is no antecedent (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('"they" after a group of people the sentence before made its subject without a report', () => {
  it.each([
    ['judges who disagreed', 'The appeal court judges disagreed. "The size of the audience is not the test," they wrote.', 'appeal court judges'],
    ['counted paramedics', 'Three paramedics were hurt in the blast at the depot. They said the fire spread within minutes.', 'Three paramedics'],
    ['an opening phrase before the pronoun', 'Many teachers stayed after the merger. In the staff room, they said, morale had collapsed.', 'Many teachers'],
    ['senators who met a body', 'The senators met officials from the Harbour Authority on Monday. "We were not consulted," they said.', 'senators'],
  ])('means that group (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it('(guard) leaves a group that opens the pronoun\'s own sentence to the other rules', () => {
    expect(lastSpeaker('Dock workers walked out on Monday. So many critics have attacked the port that they will need to answer, the union said.')).not.toBe('Dock workers');
  });

  it('(guard) takes no subject that is not a group of people', () => {
    expect(lastSpeaker('The Harbour Authority met the dockers. The talks collapsed on Monday. "We are not moving," they said.')).not.toBe('talks');
  });
});

describe('"she" after a person a sourceless raising verb makes the subject', () => {
  it.each([
    ['"is expected to" after a possessive appositive', 'A palace spokesman, Chief Emeka Obi, said the king would receive the masks in May. Austria\'s culture minister, Katrin Huber, is expected to visit Benin City next year. She has previously said that more returns would follow.', 'Katrin Huber'],
    ['"is likely to" after a name', 'Union leader Tomas Berg said the strike would go on. Transport minister Ingrid Solberg is likely to meet the drivers on Friday. She has said the pay offer is final.', 'Ingrid Solberg'],
  ])('means that person, not the last speaker (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('a party or a person named only before a noun for a person ("One Tory backbencher")', () => {
  it.each([
    ['a party\'s backbencher', 'Labour held the seat. One Conservative backbencher, who asked not to be named, was furious. "This is a rout," she told the Commons.', 'One Conservative backbencher'],
    ['a person\'s adviser', 'The Greens lost the vote. One Ruiz adviser, who asked not to be named, was furious. "This is a rout," she told reporters.', 'One Ruiz adviser'],
  ])('gives "she" the unnamed person a relative clause speaks for, not the name before the noun (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a number opening the sentence', 'The Greens lost the vote. One Ruiz adviser was furious. "This is a rout," she told reporters.'],
    ['an article opening the sentence', 'The Greens lost the vote. A Ruiz adviser was furious. "This is a rout," she told reporters.'],
  ])('does not take the name for "she" (%s)', (_name, text) => {
    expect(lastSpeaker(text)).not.toBe('Ruiz');
  });
});

describe('"who" after a person\'s name and an appositive that ends with a body', () => {
  it.each([
    ['an inverted speaker', '“Rates will rise again,” said Lena Okafor, senior strategist at Halvard Capital, who expects two more increases this year.', 'Lena Okafor'],
    ['a narrated subject', 'The fund was run by Piet Adler, a partner at Wexley Advisers, who says the losses were small.', 'Piet Adler'],
  ])('is that person (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['"which" is the body', 'The shares fell 4 percent, said Lena Okafor, senior strategist at Halvard Capital, which expects a weaker quarter.', 'Halvard Capital'],
  ])('(guard) %s', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('"he" after a titled person the tagger did not find', () => {
  it.each([
    ['a three-part name after a long title', '“The plan is late,” researcher Ivo Marsh said in a statement.\n\nSecretary for Labour Edward Fong Chi-fai told lawmakers on Monday that 300 jobs had been lost. He said the fund would help them.', 'Secretary for Labour Edward Fong Chi-fai'],
  ])('is that person, not the speaker before (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});
