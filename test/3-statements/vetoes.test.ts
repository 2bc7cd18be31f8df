// Stage 3 vetoes (src/3-statements/vetoes.ts): readings that are not statements — a link to another
// story, a source giving no comment, a phrase of anonymity, a name addressed before an imperative, a time —
// are dropped; the real statement beside them stays. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { VETOES } from '../../src/3-statements/vetoes.js';

function contents(text: string): string[] {
  return analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01' }).statements.filter((s) => !s.unattributed).map((s) => s.content.text);
}

describe('vetoes', () => {
  // quoted-words statements are made only after the confidence threshold, so that veto is tested below.
  it.each(VETOES.filter((v) => v.id !== 'quoted-title').map((v) => [v.id, v]))('veto %s: its example keeps no statement of that reading', (_id, v) => {
    const read = analyze({ id: 't', text: v.example, published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 });
    expect(read.statements.filter((s) => !s.unattributed && v.test(read.text, s)).length).toBeGreaterThan(0);
    const kept = analyze({ id: 't', text: v.example, published: '2024-05-06' }, { today: '2024-06-01' });
    expect(kept.statements.filter((s) => !s.unattributed && v.test(kept.text, s))).toEqual([]);
  });

  it.each([
    ['a link label before another story', 'The council met on Monday.\n\nREAD MORE: Mayor says the library will close in June', 'the library will close in June'],
    ['a video label in mixed case', 'The council met on Monday.\n\nWatch: Fire chief says crews contained the blaze', 'crews contained the blaze'],
    ['declined to comment', 'The ferry company declined to comment on the lawsuit.', 'to comment on the lawsuit'],
    ['refused to be drawn', 'Councillor Priya Nair refused to be drawn on the harbour sale.', 'to be drawn on the harbour sale'],
    ['declined to be drawn', 'The club declined to be drawn into the row over ticket prices.', 'to be drawn into the row over ticket prices'],
    ['declined to say', 'The ferry company declined to say how many passengers were aboard.', 'to say how many passengers were aboard'],
    ['no answer to a request for comment', 'A spokeswoman for the port did not respond to a request for comment.', 'a request for comment'],
    ['an email seeking comment', 'The landlord did not immediately respond to an email seeking comment.', 'an email seeking comment'],
    ['no report yet', 'The harbour radio did not immediately report on the collision.', 'the collision'],
    ['no confirmation yet', 'Police have not immediately confirmed the death of the skipper.', 'the death of the skipper'],
    ['an anonymity phrase', 'A harbour official, who spoke on condition of anonymity because the talks were private, said the ferry would stop running.', 'condition of anonymity because the talks were private'],
    ['asked not to be named', 'One tenant, who asked not to be named, said the heating had failed twice.', 'not to be named'],
    ['did not want to be named', 'One tenant, who did not want to be named, said the heating had failed twice.', 'to be named'],
    ['declined to give her last name', 'Odette, a nurse who declined to give her last name, said the ward had flooded.', 'to give her last name'],
    ['refused to provide his full name', 'A fisherman who refused to provide his full name said the nets were cut.', 'to provide his full name'],
    ['asked not to use their surnames', 'Two students, who asked us not to use their surnames, said the dorm was cold.', 'us not to use their surnames'],
    ['a notice for places after a light verb', 'The met office issued extreme heat warnings for Sindh and Punjab.', 'extreme heat warnings for Sindh and Punjab'],
    ['a notice for places as an object', 'The coast guard issued storm alerts for Galway, Clare and Kerry.', 'storm alerts for Galway, Clare and Kerry'],
    ['the cause of a conviction read as its source', 'Not every economist is convinced by the new figures.', 'Not every economist'],
    ['the cause of a feeling read as its source', 'Shipping firms were encouraged by the port figures.', 'Shipping firms'],
    ['wished to remain anonymous', 'The painting went to a collector. The buyer, who wished to remain anonymous, bid by telephone.', 'to remain anonymous, bid by telephone'],
    ['requested anonymity run on into the subject\'s verb', 'A port official who requested anonymity said the ferry to Tromsø would stop.', 'anonymity said the ferry to Tromsø would stop'],
    ['requested anonymity, with a reason', 'A bank executive who requested anonymity because the talks were private told Reuters the deal was close.', 'anonymity because the talks were private told Reuters the deal was close'],
    ['people summoned to a place', 'Paramedics were called to the flat in Salford at 2am. Firefighters were called but the man died at the scene.', 'Paramedics were called to the flat in Salford at 2am. Firefighters were called but the man died at the scene'],
    ['people summoned, with nothing after the passive', 'Firefighters were called but the man died at the scene.', 'Firefighters were called but the man died at the scene'],
    ['on condition that he not be named', 'A port official, speaking on condition that he not be named, said the ferry would stop.', 'he not be named'],
    ['declined to be identified, with a reason', 'The ferry line will close, said one of the crew, who declined to be identified because the talks are private.', 'to be identified because the talks'],
    ['not authorized to speak, with a hearer', 'A port official, speaking on condition of anonymity because he was not authorized to speak to the media, said the ferry would stop.', 'the media, said the ferry would stop'],
    ['a photo caption closed by a credit', 'The mill closed in May.\n\nOwner Rita Vale said the mill had lost money for years. (Sam Ortiz/Valley Courier)\n\nThe workers were told on Friday.', 'the mill had lost money for years'],
    ['a caption credited to two agencies', 'The bridge reopened.\n\nEngineer Paul Dunn says the cables were replaced. (AFP/Getty Images)', 'the cables were replaced'],
    ['a time read as what was issued', 'In a statement issued Tuesday morning, the harbour master was more cautious.', 'Tuesday morning'],
    ['a time read as what was apologised for', 'The coach was fined on Monday. He apologized the next day.', 'the next day'],
    ['a time read as the speaker', 'The last two weeks have signaled the start of a reckoning within the party.', 'the start of a reckoning within the party'],
    ['"asked" in an appositive before the subject\'s verb', 'The harbour master, asked about the delays on Monday, said the cranes were old.', 'the delays on Monday'],
    ['"asked" in an appositive run on into the subject\'s verb', 'The coach, asked about the injury at his news conference, joked that the striker would play on.', 'the injury at his news conference, joked that the striker would play on'],
    ['an armed attack on a post, with a killing after it', 'Gunmen attacked a border post near Chaman on Tuesday, killing two guards.', 'a border post near Chaman on Tuesday'],
    ['an armed attack on a city with drones, inside a quotation', '"The enemy attacked the city with drones. Two homes were hit," the governor wrote on Telegram.', 'the city with drones. Two homes were hit'],
    ['an attack by an armed actor', 'Rebels attacked Goma before dawn.', 'Goma before dawn'],
    ['a weather warning issued', 'The weather service issued a yellow warning.', 'a yellow warning'],
    ['a recall notice issued for goods', 'The food agency issued a recall notice for three cheeses sold by grocer Marlow after tests found listeria.', 'a recall notice for three cheeses sold by grocer Marlow after tests found listeria'],
    ['a seller recalling goods', 'Grocery chain recalls frozen berries over hepatitis fears', 'frozen berries over hepatitis fears'],
    ['a recall with a reason after "over"', 'Harlow Foods recalled two batches of peanut butter over salmonella concerns.', 'two batches of peanut butter over salmonella concerns'],
    ['an event seen happen', 'Villagers noticed smoke rising from the warehouse.', 'smoke rising from the warehouse'],
    ['a speaker\'s own "I\'m telling you" inside the quotation', '“And I’m telling you, the levee will fail,” said Marta Quispe, a farmer in Puno.', 'the levee will fail'],
    ['a speaker\'s own "I\'m saying" before a question', '“I\'m saying, who pays for the levee?” Quispe asked.', 'who pays for the levee?'],
    ['a count of views after an agentless passive', 'The clip of the rescue was viewed a million times.', 'The clip of the rescue was viewed a million times'],
    ['a count of likes with a time after it', 'Her post had been liked 250,000 times by Monday night.', 'Her post had been liked 250,000 times by Monday night'],
    ['a hedged count of views', 'The video has been watched more than 40,000 times.', 'The video has been watched more than 40,000 times'],
    ['a win posted in a primary', 'Okonkwo posted an easy victory in the county primary.', 'an easy victory in the county primary'],
    ['a loss posted by a club', 'Harbour Rovers posted a third straight defeat on Saturday.', 'a third straight defeat on Saturday'],
    ['a sum of money directed to a fund', 'The Okafor family is directing a combined $3 million to the harbour fund.', 'a combined $3 million to the harbour fund'],
  ])('%s is no statement', (_name, text, content) => {
    expect(contents(text)).not.toContain(content);
  });

  it('keeps the statements that follow an update notice in its paragraph', () => {
    expect(contents('This story has been updated. The mayor said she would decide in May.')).toContain('she would decide in May');
  });

  it('veto quoted-title: quoted words in title case are a title, lower-case quoted words are words', () => {
    const title = VETOES.find((v) => v.id === 'quoted-title')!;
    const at = (text: string) => {
      const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01' });
      return { a, quoted: (content: string) => ({ ...a.statements[0]!, rule: 'quoted-words', content: { start: 0, end: content.length, text: content } }) };
    };
    const { a, quoted } = at('The mayor said the park would open.');
    expect(title.test(a.text, quoted('“The Kid Who Would Be King”'))).toBe(true);
    expect(title.test(a.text, quoted('“human leech who will bleed the country dry”'))).toBe(false);
    expect(contents('Critics called the plan “The Great Harbour Giveaway” all week.')).not.toContain('“The Great Harbour Giveaway”');
  });

  it.each([
    ['the statement after an anonymity phrase stays', 'A harbour official, who spoke on condition of anonymity because the talks were private, said the ferry would stop running.', 'the ferry would stop running'],
    ['the statement of a part of a group who declined to be identified stays', 'The ferry line will close, said one of the crew, who declined to be identified because the talks are private.', 'The ferry line will close'],
    ['the statement after "who requested anonymity" stays', 'A port official who requested anonymity said the ferry to Tromsø would stop.', 'the ferry to Tromsø would stop'],
    ['a passive of "call" with its own complement stays a reading', 'The harbour master was called a liar by the union.', 'The harbour master was called a liar'],
    ['a refusal that is an act stays a reading', 'The governor said she refused to sign the budget.', 'she refused to sign the budget'],
    ['the statement after a name withheld stays', 'Odette, a nurse who declined to give her last name, said the ward had flooded.', 'the ward had flooded'],
    ['a refusal to give a figure stays a reading', 'The minister declined to give a date for the election.', 'to give a date for the election'],
    ['a notice for people to act stays a statement', 'Forecasters issued a warning for residents to stay indoors.', 'residents to stay indoors'],
    ['an attack on a politician\'s record stays a stance', 'Senator Imani Obi attacked the governor\'s record on schools.', 'the governor\'s record on schools'],
    ['an attack on a plan "as" something stays a stance', 'The nurses\' union attacked the budget as reckless.', 'the budget as reckless'],
    ['a warning issued with its clause stays a statement', 'The regulator issued a warning that the dam could fail.', 'that the dam could fail'],
    ['a memory recalled stays a reading', 'Councillor Mei Tan recalled the floods of 1998.', 'the floods of 1998'],
    ['a view noticed stays a statement', 'Analysts noticed that exports were falling.', 'that exports were falling'],
    ['an act announced by an agent stays a statement', 'The closure was announced by the port authority.', 'The closure'],
    ['a wish to be named to an office stays a plan', 'The mayor wants to be named chairman of the harbour board.', 'to be named chairman of the harbour board'],
    ['a parenthesis that is no photo credit keeps the statement', 'The clinic is busy.\n\nNurse Ada Lin said the clinic now opens at night (24/7).', 'the clinic now opens at night (24/7)'],
    ['a credit in another paragraph keeps the statement', 'Nurse Ada Lin said the clinic now opens at night.\n\nThe clinic at dusk. (Sam Ortiz/Valley Courier)', 'the clinic now opens at night'],
    ['a number that counts no time keeps the statement', 'Despite his disdain for such groups, Senator Ruiz officially endorsed one in July.', 'one in July'],
    ['a time before what was said keeps the statement', 'The harbour master said on Tuesday morning that the channel would reopen.', 'that the channel would reopen'],
    ['a name with an age between commas keeps its statement', 'Diaz, 54, said the bridge would open in June.', 'the bridge would open in June'],
    ['a plural subject ending with names keeps its statement', 'The panel’s hawks, like Reyes and Diaz, say the port should close.', 'the port should close'],
    ['a name with an adverb between commas keeps its statement', 'Diaz, however, says the bridge will open in June.', 'the bridge will open in June'],
    ['a newspaper named like a time keeps its statement', 'The Times said on Monday that the harbour master had resigned.', 'that the harbour master had resigned'],
    ['a surname that is a time noun keeps its statement', 'The council met on Monday.\n\nDay said the harbour would reopen in June.', 'the harbour would reopen in June'],
    ['the main clause after an "asked" appositive keeps its statement', 'The harbour master, asked about the delays on Monday, said the cranes were old.', 'the cranes were old'],
    ['"asked" after a participle clause keeps its statement', 'The senator, speaking on the radio, asked whether the ferry would run.', 'whether the ferry would run'],
    ['a first-person telling in the past progressive stays a statement', 'I was telling my neighbours that the levee would fail.', 'that the levee would fail'],
    ['a first-person saying in the past progressive stays a statement', 'For weeks we were saying the levee would fail.', 'the levee would fail'],
    ['a passive view with no count of times stays a reading', 'The harbour master is widely seen as a moderate.', 'The harbour master is widely seen as a moderate'],
    ['a section label that is not a link label keeps the statement', 'The port reopened.\n\nThe mayor said: “Ships are moving again.”', '“Ships are moving again.”'],
  ])('%s', (_name, text, content) => {
    expect(contents(text)).toContain(content);
  });
});
