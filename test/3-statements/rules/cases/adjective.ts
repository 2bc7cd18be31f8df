// Rule table of the adjective family: an attitude after a copula ("X is confident that C", "was
// critical of Y") is its subject's view; "it is clear that" has no holder. Read by the cue rules (findAttributions).

import type { FamilyCases } from './types.js';

export const adjective: FamilyCases = {
  family: 'adjective',
  rows: [
    ['adjective-attitude', 'The treasurer is confident that the budget will pass.', 'that the budget will pass', 'The treasurer'],
    ['adjective-attitude', 'Harbour traders were hopeful Tuesday that the strike would end by the weekend.', 'that the strike would end by the weekend', 'Harbour traders'],
    ['adjective-attitude', 'Harbour officials are concerned that the new ferries will be late.', 'that the new ferries will be late', 'Harbour officials'],
    ['adjective-attitude', 'The mayor remains optimistic that the bridge will open on time.', 'that the bridge will open on time', 'The mayor'],
    ['adjective-attitude', 'The coach was critical of the referee\'s decision.', 'the referee\'s decision', 'The coach'],
    ['adjective-attitude', 'The senator is skeptical of the new trade deal.', 'the new trade deal', 'The senator'],
    ['adjective-attitude', 'Voters are unsure whether the tax will pass.', 'whether the tax will pass', 'Voters'],
    ['adjective-attitude', 'The fishermen were angry about the new quotas.', 'the new quotas', 'The fishermen'],
    ['adjective-attitude', 'It is clear that the plan has failed.', 'that the plan has failed', null],
  ],
  negatives: [
    ['adjective-attitude', 'Asked about the fees, the harbour master was silent for a long time.', 'a duration after the preposition is no object of the attitude'],
    ['adjective-attitude', 'The lake is full of fish this summer.', '"full of" is no attitude'],
    ['adjective-attitude', 'The hall was full of parents and teachers.', '"full of" is no attitude'],
    ['adjective-attitude', 'It is likely that the vote will be delayed.', 'a likelihood, not an attitude'],
  ],
};
