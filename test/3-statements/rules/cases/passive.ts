// Rule table of the passive family: a passive cue with "by X", and agentless passives (a question,
// a view, what was said, or what was spoken of, each with no named source). Read by the cue rules
// of stage 3 (findAttributions).

import type { FamilyCases } from './types.js';

export const passive: FamilyCases = {
  family: 'passive',
  rows: [
    ['passive-agent', 'The closure of the port was announced by the harbour authority.', 'The closure of the port', 'the harbour authority'],
    ['passive-agent', 'The crew were told by the harbour master on Monday that the pier was closed.', 'that the pier was closed', 'the harbour master'],
    ['passive-agent', 'The new ferry has been called a floating disaster by local fishermen.', 'The new ferry has been called a floating disaster', 'local fishermen'],
    ['passive-agent', 'The decision to close the clinic was condemned by local doctors.', 'The decision to close the clinic', 'local doctors'],
    ['passive-agent', 'The new rules were praised by the fishermen\'s union.', 'The new rules', 'the fishermen\'s union'],
    ['passive-agent', 'The plan was rejected by the city council on Tuesday.', 'The plan', 'the city council'],
    ['passive-question', 'The mayor was asked whether she would run again next year.', 'whether she would run again next year', null],
    ['passive-question', 'The coach was asked whether the team could still win the league.', 'whether the team could still win the league', null],
    ['passive-question', 'Officials were asked why the alarm had not sounded.', 'why the alarm had not sounded', null],
    ['passive-view', 'The senator is widely seen as a moderate on trade policy.', 'The senator is widely seen as a moderate on trade policy', null],
    ['passive-view', 'The bank was criticized for its slow response to the fraud.', 'The bank was criticized for its slow response to the fraud', null],
    ['passive-view', 'The festival is seen as a lifeline for the small town.', 'The festival is seen as a lifeline for the small town', null],
    ['passive-generic-content', 'The residents were told that the water was safe to drink.', 'that the water was safe to drink', null],
    ['passive-generic-content', 'Passengers were told that the flight would leave at noon.', 'that the flight would leave at noon', null],
    ['passive-generic-content', 'Staff were warned that the office would close at noon.', 'that the office would close at noon', null],
    ['passive-generic-content', 'It was announced on Thursday that the ferry line had extended its lease until 2029.', 'that the ferry line had extended its lease until 2029', null],
    ['passive-generic-content', 'The players were told: “Pack your bags tonight.”', '“Pack your bags tonight.”', null],
    ['passive-generic-subject', 'The purchase price of the ferry company was not disclosed.', 'The purchase price of the ferry company was not disclosed', null],
    ['passive-generic-subject', 'The terms of the settlement were not announced.', 'The terms of the settlement were not announced', null],
    ['passive-generic-subject', 'The cause of the fire has not been confirmed.', 'The cause of the fire has not been confirmed', null],
    ['passive-generic-subject', 'The ferry plan was rejected on Monday after the talks broke down when the union insisted that wages rise.', 'The ferry plan was rejected on Monday', null],
  ],
  negatives: [
    ['passive-agent', 'The minister said the results were expected by the end of the month.', '"by the end of the month" is a deadline, no agent'],
    ['passive-generic-subject', 'The mayor took questions. “The pier was not mentioned in 1998. Nobody fixed it.”', 'inside a quotation the subject is the quoted speaker\'s topic'],
    ['passive-generic-subject', 'The deckhand had not been trained, the tribunal was told.', 'what a hearing was told is the hearing family\'s report, not a passive with its subject as topic'],
    ['passive-agent', 'The bridge was built by a Danish firm in 1962.', '"built" is no cue'],
    ['passive-agent', 'The harbour master told the council the report had been written by a consultant.', 'the passive is inside what "told" reports; its agent said nothing'],
    ['passive-agent', '“I am thrilled,” Ortiz said, before reading a letter she said was written by her grandmother.', 'the passive\'s subject is "a letter" in a which-she-said clause, not the quotation before it'],
    ['passive-question', 'The reporter asked the mayor about the flood.', 'an active question names its asker'],
    ['passive-generic-subject', 'The mayor was elected in 2019.', '"elected" is no cue'],
    ['passive-generic-subject', 'The road was closed for repairs.', '"closed" is no cue'],
    ['passive-view', 'The senator saw the plan as a trap for small farmers.', 'an active view has its holder as subject'],
    ['passive-generic-content', 'The purchase price of the ferry company was not disclosed.', 'no clause after the passive cue: its subject is what was spoken of'],
    ['passive-generic-subject', 'The new timetable will be announced next week, said an official at the port.', 'an inverted report after a comma names the source of the same words: no sourceless reading beside it'],
  ],
};
