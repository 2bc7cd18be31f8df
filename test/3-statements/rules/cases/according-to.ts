// Rule table of the according-to family: "according to X" before, after or inside its clause,
// and "As reported by X, C". Read by the cue rules of stage 3 (findAttributions).

import type { FamilyCases } from './types.js';

export const accordingTo: FamilyCases = {
  family: 'according-to',
  rows: [
    ['according-to', 'According to Tomas Varga, a Dunmore fish merchant, demand remains strong.', 'demand remains strong', 'Tomas Varga'],
    ['according-to', 'According to the skipper, who spoke on condition of anonymity, the ferry will stop in May.', 'the ferry will stop in May', 'the skipper'],
    ['according-to', 'Harbour fees to rise\nMay 3, 2024\nFerry fares will rise by a tenth next month, according to the port authority.', 'Ferry fares will rise by a tenth next month', 'the port authority'],
    ['according-to', 'The ferry is running again, according to the harbour office, which said the repairs were finished.', 'The ferry is running again', 'the harbour office'],
    ['according-to', 'Separately, the governor met the ferry owners on Friday, according to two aides.', 'the governor met the ferry owners on Friday', 'two aides'],
    // (Guard: "But" is no linking adverb left out; annotators keep it in the words.)
    ['according-to', 'But the ferry is running again, according to the harbour office.', 'But the ferry is running again', 'the harbour office'],
    ['according-to', 'The blaze started in a kitchen, according to the fire department.', 'The blaze started in a kitchen', 'the fire department'],
    ['according-to', 'SPRINGFIELD — The mill is weighing new layoffs, according to three people familiar with the matter.', 'The mill is weighing new layoffs', 'three people familiar with the matter'],
    ['according-to', 'The agency said according to its figures, fares rose by a tenth in May.', 'fares rose by a tenth in May', 'its figures'],
    ['according-to', 'According to court filings, the developer owes the town two million dollars.', 'the developer owes the town two million dollars', 'court filings'],
    ['according-to', 'The ferry was running twenty minutes late, according to Harbour Police Chief Anna Voss.', 'The ferry was running twenty minutes late', 'Harbour Police Chief Anna Voss'],
    ['according-to', 'But according to the coroner, the hiker died of exposure.', 'the hiker died of exposure', 'the coroner'],
    ['according-to', 'The vote, according to the clerk, will be held on Tuesday.', 'The vote, according to the clerk, will be held on Tuesday', 'the clerk'],
    ['according-to', 'According to him, the repairs will take a month.', 'the repairs will take a month', 'him'],
    ['according-to', 'The mine employs 400 people, according to company records.', 'The mine employs 400 people', 'company records'],
    ['according-to', 'According to a 2019 study by the port authority, the channel is silting up.', 'the channel is silting up', 'a 2019 study by the port authority'],
    ['according-to', 'The station cost twice its budget, according to an audit released on Monday.', 'The station cost twice its budget', 'an audit released on Monday'],
    ['according-to', 'The crash, according to witnesses, happened just after midnight.', 'The crash, according to witnesses, happened just after midnight', 'witnesses'],
    // (A name after the role's comma is the source's own, not the start of the words.)
    ['according-to', 'The dockers will strike on Friday, according to their branch secretary, Colm Brady.', 'The dockers will strike on Friday', 'their branch secretary, Colm Brady'],
    ['according-to', 'The mill will shut in June, according to the firm\'s finance director, Ruth Okafor.', 'The mill will shut in June', "the firm's finance director, Ruth Okafor"],
    ['according-to', 'According to its coach, Lena Marsh, the team will not travel.', 'the team will not travel', 'its coach, Lena Marsh'],
    ['as-reported-by', 'As reported by the Harbour Gazette, the ferry will stop running in May.', 'the ferry will stop running in May', 'the Harbour Gazette'],
    ['as-reported-by', 'As reported by local radio, two bridges were shut after the flood.', 'two bridges were shut after the flood', 'local radio'],
    ['as-reported-by', 'As reported by several newspapers, the festival was cancelled because of the heat.', 'the festival was cancelled because of the heat', 'several newspapers'],
  ],
  negatives: [
    ['according-to', 'According to the timetable.', 'no clause for the source to report'],
    ['according-to', 'The money was split up according to need.', 'a particle before "according to": a manner, not a source'],
    ['according-to', 'The board acted accordingly and closed the pool.', '"accordingly" is not "according to"'],
    ['as-reported-by', 'As reported earlier, the coastal road is closed.', 'no agent after "reported"'],
    ['as-reported-by', 'The sale was reported by the Gazette, and shares rose.', '"reported by" does not open the sentence with "As"'],
    ['according-to', '“The port will not close,” the mayor said at a rally, according to a transcript released by her office.', 'a record of words already attributed is their medium, not a source'],
  ],
};
