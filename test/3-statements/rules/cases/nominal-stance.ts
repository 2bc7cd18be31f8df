// Rule table of the nominal-stance family, a document pass of stage 3: a stance or speech noun with a
// possessor ("Lopez's support for X", "her criticism of Y") is the possessor's view.

import type { FamilyCases } from './types.js';

export const nominalStance: FamilyCases = {
  family: 'nominal-stance',
  rows: [
    ['possessed-stance', 'The council welcomed Lopez\'s support for the new tax.', 'the new tax', 'Lopez'],
    ['possessed-stance', 'Nobody shared his criticism of the new stadium.', 'the new stadium', 'his'],
    ['possessed-stance', 'The board noted their opposition to the plan.', 'the plan', 'their'],
    ['possessed-stance', 'Critics attacked the ministry\'s plan to close the clinic.', 'to close the clinic', 'the ministry'],
    ['possessed-stance', 'Judge Ana Ruiz agreed with Norvik Bank\'s defence that, while the fence is ugly, the permit is valid.', 'that, while the fence is ugly, the permit is valid', 'Norvik Bank'],
    ['possessed-stance', 'Judge Ana Ruiz agreed with Norvik Bank\'s defence that the fence is not - "I find no breach of the rules."', 'that the fence is not', 'Norvik Bank'],
    ['possessed-stance', 'Shares rose after the government\'s announcement that it would buy the bad loans.', 'that it would buy the bad loans', 'the government'],
  ],
  negatives: [
    ['possessed-stance', 'A spokeswoman said Norway\'s claim to the islet was beyond dispute.', 'a claim to a place is an entitlement, no report'],
    ['possessed-stance', 'Envoys rejected Chile\'s claim over the glacier.', 'nor is a claim over a place'],
    ['possessed-stance', 'His car broke down on the motorway.', '"car" is no stance noun'],
    ['possessed-stance', 'The governor\'s speech lasted an hour.', 'a speech noun with nothing after it to report'],
    ['possessed-stance', 'The mayor\'s office is on the third floor.', '"office" is no stance noun'],
    ['possessed-stance', 'Nobody liked the mayor\'s announcement that came on Monday.', 'the "that" opens a relative clause, with no subject of its own'],
    ['possessed-stance', 'The harbour board said in its latest statement that the port needed a new crane.', 'the noun is the medium of the verb\'s report of the same words'],
  ],
};
