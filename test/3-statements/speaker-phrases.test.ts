// Stage 3 (src/3-statements/speaker-phrases.ts): a bare title before a person's name — with a
// lower-case portfolio after "for"/"of" ("Cabinet member for housing") — is held by that person,
// while a role that describes someone else ("a spokesman for rival X") is not; a role a possessor
// opens ("Norland's ambassador, X,") is held by the person its appositive names. Sentences written
// for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** The canonical name of each statement's speaker, in order. */
function speakerNames(text: string): (string | null)[] {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  return a.statements.map((s) => (s.speakerEntity ? (byKey.get(s.speakerEntity)?.name ?? null) : null));
}

describe('a bare title with a lower-case portfolio before a name', () => {
  it.each([
    ['a cabinet member "for" a portfolio', 'Cabinet member for transport Megan Pryce said the bus lanes would stay.', 'Megan Pryce'],
    ['a portfolio of two words', 'Cabinet member for social care Owen Talbot said the homes would reopen.', 'Owen Talbot'],
  ])('gives the name after it (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });

  it.each([
    // Guards: an article before the role, or a title noun in the "for" phrase, is a role held for someone else.
    ['a spokesman with an article', 'A spokesman for rival Megan Pryce said the bus lanes would stay.', 'spokesman for rival Megan Pryce'],
    ['a spokesman for a minister', 'Spokesman for transport minister Megan Pryce said the bus lanes would stay.', 'Spokesman for transport minister Megan Pryce'],
  ])('leaves other roles as they were (%s, guard)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
});

describe('a role opened by a possessor, then its holder after a comma', () => {
  it.each([
    ['a ministry\'s spokesman', 'Chile\'s foreign ministry spokesman, Tomas Varga, told reporters that talks would resume.', 'Tomas Varga'],
    ['an ambassador to an organisation', 'Peru\'s ambassador to the United Nations, Ana Ruiz, told the council that aid had been blocked.', 'Ana Ruiz'],
    ['an agency\'s chief executive, then "Dr."', 'Norway\'s Coastal Safety Authority chief executive, Dr. Ingrid Solberg, said the ferries were safe.', 'Ingrid Solberg'],
    ['a commission\'s chairperson, then "Mrs."', 'Kenya\'s Water Resources Commission chairperson, Mrs. Wanjiru Kamau, said on Friday that rationing would end.', 'Wanjiru Kamau'],
    ['a board\'s head, then "Prof."', 'Chile\'s Mining Standards Board head, Prof. Tomas Varga, told reporters that the audit was finished.', 'Tomas Varga'],
  ])('gives the person the appositive names, a form of address before the name or not (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });

  it.each([
    ['"Dr." after "The local MP,"', 'The local MP, Dr. Hannah Oyelaran, has written to the council, saying the plan was unfair.', 'Hannah Oyelaran'],
    ['"Mrs." after "The head teacher,"', 'The head teacher, Mrs. Siobhan Keane, has written to parents, saying the school would close early.', 'Siobhan Keane'],
  ])('gives a role whose phrase stops at its comma the titled person after it (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
});

describe('a name set off after a role whose head has an adjective and its preposition', () => {
  it.each([
    ['a source close to a minister', 'A source close to the former harbour minister, Ana Ruiz, insists she was never shown the minutes.', 'source close to the former harbour minister'],
    ['a person familiar with an owner', 'A person familiar with the club\'s owner, Tomas Varga, said the sale was off.', 'person familiar with the club\'s owner'],
  ])('leaves the source unnamed (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
});

describe('a document a newspaper saw', () => {
  it.each([
    ['a draft text', 'A draft text seen by the Harbour Gazette proposes a target of 40 per cent.', 'draft text'],
    ['a draft set off by commas', 'The draft, seen by the Harbour Gazette, says emissions must fall by half.', 'draft'],
  ])('speaks for itself, not the newspaper (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
});

describe('a performer or writer named by their trade after their name', () => {
  it.each([
    ['a singer introduced by her billing', 'Festival headliner Ruby Achterberg told fans on Instagram that she was sorry. The singer said she would return to Galway next spring.', 'Ruby Achterberg'],
    ['an actor named by his trade', 'Veteran performer Idris Mensah spoke to reporters in Accra. The actor said he had not read the script.', 'Idris Mensah'],
    ['a novelist in a books story', 'Booker nominee Anjali Rao was in Kochi on Friday. The novelist said her next book would be set at sea.', 'Anjali Rao'],
  ])('is that person (%s)', (_name, text, who) => {
    expect(speakerNames(text).at(-1)).toBe(who);
  });

  it.each([
    ['a trade after a name says whom the performer plays', 'A new advert stars a Winston Churchill impersonator. "Vote early," the Churchill actor says in the spot.', 'Churchill actor'],
  ])('(guard) %s', (_name, text, who) => {
    expect(speakerNames(text).at(-1)).toBe(who);
  });
});

describe('a role noun of an office held by a person named before', () => {
  it.each([
    ['"boss" for a club\'s manager, not the club', 'Harlow Athletic manager Duncan Moyes said the squad was fit. The Harlow Athletic boss confirmed that defender Tom Avery would miss the final.', 'Duncan Moyes'],
    ['"the pontiff" for a pope', 'Pope Gregory XVII arrived in Manila on Sunday. "We must welcome strangers," the pontiff said.', 'Gregory XVII'],
    ['"the congressman" for a Representative', 'Rep. Dale Whitcomb accepted free flights to Aspen. In a statement on Friday, the congressman said he had followed every rule.', 'Dale Whitcomb'],
    ['"chief" after a team\'s name for its team principal', 'Alpenwerk team principal Marco Bianchi said the car was quick. The Alpenwerk chief added that the team would bring new parts to Imola.', 'Marco Bianchi'],
    ['"the Holy Father", an epithet the tagger reads as a name, for a pope', 'Pope Gregory XVII flew to Nairobi on Friday. "No one is a stranger here," the Holy Father said.', 'Gregory XVII'],
  ])('is that person (%s)', (_name, text, who) => {
    expect(speakerNames(text).at(-1)).toBe(who);
  });
});

describe('a person described by their tie to someone named', () => {
  it.each([
    ['a chief of a body no one is named as heading', 'Oil prices fell on Monday. The OPEC chief said output would stay flat.', 'OPEC chief'],
    ['an ally of a named leader', 'Prime Minister Ilse Brandt met union leaders on Monday. A Brandt ally said the talks had gone well.', 'Brandt ally'],
    ['a confidant of a named minister', 'Finance Minister Tomas Varga resigned on Friday. A Varga confidant said he had been pushed out.', 'Varga confidant'],
  ])('is an unnamed person, not the one named (%s)', (_name, text, who) => {
    expect(speakerNames(text).at(-1)).toBe(who);
  });
});

describe('a counted group a body\'s name describes', () => {
  it.each([
    ['a number before a body and people', 'Two NATO officials said the drills would go ahead.', 'Two NATO officials'],
    ['a number after the report', 'The drills will go ahead in May, three Interpol officials said.', 'three Interpol officials'],
    ['a party\'s backbencher', 'The vote was lost by nine, one Labour backbencher said.', 'one Labour backbencher'],
  ])('is an unnamed group, not the body (%s)', (_name, text, who) => {
    expect(speakerNames(text).at(-1)).toBe(who);
  });
});

describe('an unnamed person a body\'s name describes, the name with "of" inside', () => {
  it.each([
    ['a department of a field', 'A Department of Harbours official said the quay would close.', 'Department of Harbours official'],
    ['a bureau of a field', 'A Bureau of Fisheries spokeswoman said the catch had fallen.', 'Bureau of Fisheries spokeswoman'],
  ])('gives the person, not the body (%s)', (_name, text, who) => {
    expect(speakerNames(text)[0]).toBe(who);
  });
});
