// Rule table of the inverted family: the speech verb before its speaker, at the start ("Said X:
// “C”") or after the content ("“C,” said X"). Read by the cue rules of stage 3 (findAttributions).

import type { FamilyCases } from './types.js';

export const inverted: FamilyCases = {
  family: 'inverted',
  rows: [
    ['inverted', '“We ship everywhere,” says the bow-tied owner.', '“We ship everywhere,”', 'the bow-tied owner'],
    ['inverted', 'The bank is weighing a sale of the unit, said one of the people, who asked not to be identified.', 'The bank is weighing a sale of the unit', 'one of the people, who asked not to be identified'],
    ['inverted', '“It is a hard job,” says the self-taught Leeds painter.', '“It is a hard job,”', 'the self-taught Leeds painter'],
    ['inverted', '“The reef is dying,” said the study’s lead author, Dr Ana Ruiz.', '“The reef is dying,”', 'the study’s lead author, Dr Ana Ruiz'],
    ['inverted', '“We will not sign a blank page,” said Norvik’s chief negotiator, Ana Ruiz, speaking for the smaller ports.', '“We will not sign a blank page,”', 'Norvik’s chief negotiator, Ana Ruiz'],
    ['inverted', '“The quay is unsafe,” said the port’s harbour master, Tomas Lind, who inspected it on Monday.', '“The quay is unsafe,”', 'the port’s harbour master, Tomas Lind'],
    ['inverted-opening', 'Said Ellis: “I doubt it will pass.”', '“I doubt it will pass.”', 'Ellis'],
    ['inverted-opening', 'Said the fire chief: “We were lucky nobody was inside.”', '“We were lucky nobody was inside.”', 'the fire chief'],
    ['inverted-opening', 'Added Moreau, “The club has never been in better shape.”', '“The club has never been in better shape.”', 'Moreau'],
    ['inverted', '“The bridge is safe,” said Maria Lopez, the city engineer.', '“The bridge is safe,”', 'Maria Lopez, the city engineer'],
    ['inverted', 'The harbour will close at noon, said Captain Ilse Brandt.', 'The harbour will close at noon', 'Captain Ilse Brandt'],
    ['inverted', '“Nobody warned us,” added the shop owner.', '“Nobody warned us,”', 'the shop owner'],
    ['inverted', '“It was a good season,” said the coach, “and next year will be better.”', '“It was a good season,” said the coach, “and next year will be better.”', 'the coach'],
    ['inverted', '“We will appeal,” says Rosa Kim, the union\'s lawyer.', '“We will appeal,”', 'Rosa Kim, the union\'s lawyer'],
    ['inverted', '“The river is our lifeline,” said Ahmed Saleh, who has fished there for forty years.', '“The river is our lifeline,”', 'Ahmed Saleh, who has fished there for forty years'],
    ['inverted', 'The strike will go on, said the union\'s general secretary, Maria Costa.', 'The strike will go on', 'the union\'s general secretary, Maria Costa'],
    ['inverted', '“Not this year,” replied the treasurer.', '“Not this year,”', 'the treasurer'],
    ['inverted', 'The new timetable will be announced next week, said an official at the port.', 'The new timetable will be announced next week', 'an official at the port'],
    // (A "whose" clause on the inverted speaker, then the scene: the adjuncts are the report's, no more content.)
    ['inverted', '"We will fight on," said Tomas Berg, whose daughter was hurt in the blast, outside the hospital in Bergen on Friday.', '"We will fight on,"', 'Tomas Berg'],
    // (A "who" clause whose verb is a cue of its own is another report, no part of the speaker's phrase.)
    ['inverted', '“It is a start,” said Mara Lindqvist, who believes the levy will fail.', '“It is a start,”', 'Mara Lindqvist'],
    ['inverted', '“Prices will ease,” said Halvard analyst Oskar Brenn, who expects two more cuts this year.', '“Prices will ease,”', 'Halvard analyst Oskar Brenn'],
  ],
  negatives: [
    ['inverted', '“It is over,” the coach said.', 'the speaker comes before the cue'],
    ['inverted', 'Speaking at the harbour, the mayor said the board had "pushed the town into a debt trap".', 'a straight mark that opens a quotation closes no content before the cue'],
    ['inverted-opening', 'Said to be the oldest pub in town, the Anchor closed in May.', 'an opening participle with no speaker after it'],
    ['inverted', 'The mayor visited the site on Monday and, later, said the damage was worse than expected.', 'a noun phrase with a verb after it is the reported clause, not a speaker'],
  ],
};
