// Rule table of the evidential family, a document pass of stage 3: an adverb of hearsay
// ("reportedly", "allegedly") marks its clause as reported, with no source.

import type { FamilyCases } from './types.js';

export const evidential: FamilyCases = {
  family: 'evidential',
  rows: [
    ['evidential-adverb', 'The ferry company has reportedly hired a new lobbyist.', 'The ferry company has reportedly hired a new lobbyist', null],
    ['evidential-adverb', 'Reportedly, the coach will leave the club at the end of the season.', 'the coach will leave the club at the end of the season', null],
    ['evidential-adverb', 'The minister allegedly took bribes from a shipping firm.', 'The minister allegedly took bribes from a shipping firm', null],
    ['evidential-adverb', 'The two clubs are reportedly close to a deal for the striker.', 'The two clubs are reportedly close to a deal for the striker', null],
    ['evidential-adverb', 'The suspect was allegedly seen near the bank on Friday.', 'The suspect was allegedly seen near the bank on Friday', null],
  ],
  negatives: [
    ['evidential-adverb', 'The company reported record profits on Tuesday.', 'a verb of reporting is no evidential adverb'],
    ['evidential-adverb', 'The club said the coach will reportedly leave in May.', 'inside another report\'s content'],
    ['evidential-adverb', 'The museum will reportedly reopen next month, the Gazette said.', 'the clause has a named source'],
  ],
};
