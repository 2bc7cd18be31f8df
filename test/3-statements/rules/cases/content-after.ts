// Rule table of the content-after family: "X said (that) C", "X said: “C”", "X told Y that C", and
// the openers before a speaker that are not content (subordinate, verbless, a clause with a
// complement after the cue), and "…, which X said were …". Read by the cue rules (findAttributions).

import type { FamilyCases } from './types.js';

export const contentAfter: FamilyCases = {
  family: 'content-after',
  rows: [
    ['relative-which-said', 'The council cut the grants, which the mayor said were a waste of money.', 'were a waste of money', 'the mayor'],
    ['relative-which-said', 'She praised the nurses, who she said had worked without a break.', 'had worked without a break', 'she'],
    ['relative-which-said', 'The firm hired two guards, who the manager said were armed.', 'were armed', 'the manager'],
    ['subordinate-opener-content-after', 'When the storm hit, the mayor said crews were ready.', 'crews were ready', 'the mayor'],
    ['subordinate-opener-content-after', 'If the rain continues, the engineer warned, the dam could overflow.', 'the dam could overflow', 'the engineer'],
    ['subordinate-opener-content-after', 'Because the road was closed, the driver said he took the ferry instead.', 'he took the ferry instead', 'the driver'],
    ['subordinate-opener-content-after', 'In a brief statement, the club said its manager had resigned.', 'its manager had resigned', 'the club'],
    ['verbless-opener-content-after', 'Later that night, the chairman said the count would be public.', 'the count would be public', 'the chairman'],
    ['verbless-opener-content-after', 'Earlier this week, the coach said the striker was fit.', 'the striker was fit', 'the coach'],
    ['verbless-opener-content-after', 'Last spring, the council said the pool would reopen.', 'the pool would reopen', 'the council'],
    ['verbless-opener-content-after', 'Moments after the whistle, the referee announced a penalty for the visitors.', 'a penalty for the visitors', 'the referee'],
    ['opener-then-complement', 'Minutes after the vote began, the clerk announced four votes for Ruiz.', 'four votes for Ruiz', 'the clerk'],
    ['opener-then-complement', 'Hours after the polls closed, the commission announced a recount in two districts.', 'a recount in two districts', 'the commission'],
    ['opener-then-complement', 'Days after the storm passed, the utility announced new rates for the valley.', 'new rates for the valley', 'the utility'],
    ['content-after', 'Mayor Carla Diaz said that the bridge would reopen in June.', 'that the bridge would reopen in June', 'Mayor Carla Diaz'],
    ['content-after', 'The minister said the talks had failed.', 'the talks had failed', 'The minister'],
    ['content-after', 'Ruth Okafor told reporters on Monday that the budget was balanced.', 'that the budget was balanced', 'Ruth Okafor'],
    ['content-after', 'Jonas Berg said: “We are ready for the vote.”', '“We are ready for the vote.”', 'Jonas Berg'],
    ['content-after', 'The airline confirmed that two flights had been cancelled.', 'that two flights had been cancelled', 'The airline'],
    ['content-after', 'Local farmers believe the drought will last into autumn.', 'the drought will last into autumn', 'Local farmers'],
    ['content-after', 'The union warned members that the strike could last weeks.', 'that the strike could last weeks', 'The union'],
    ['content-after', 'Dr. Amara Singh, the hospital\'s director, said the ward would reopen.', 'the ward would reopen', 'Dr. Amara Singh, the hospital\'s director'],
    ['content-after', 'The ferry may be late again, Lund said: “Bring a book.”', '“Bring a book.”', 'Lund'],
    ['content-after', 'Coach Pia Lund told the team: “Nobody goes home early.”', '“Nobody goes home early.”', 'Coach Pia Lund'],
    ['content-after', 'The auditor wrote that the accounts were in order.', 'that the accounts were in order', 'The auditor'],
    ['content-after', 'The harbour master insisted the channel was deep enough for the ferry.', 'the channel was deep enough for the ferry', 'The harbour master'],
    ['content-after', 'Tomas Vidal, 71, of Rivermead, said the river had never been so low.', 'the river had never been so low', 'Tomas Vidal, 71, of Rivermead'],
    ['content-after', 'The fishermen argued that the quota would ruin the fleet.', 'that the quota would ruin the fleet', 'The fishermen'],
    ['content-after', 'Several parents have complained that the school bus is always late.', 'that the school bus is always late', 'Several parents'],
    ['content-after', 'The governor announced on Friday that the border would reopen.', 'that the border would reopen', 'The governor'],
  ],
  negatives: [
    ['content-after', 'The so-called reform plan was shelved.', '"so-called" is a modifier, not a report'],
    ['content-after', 'The said property was sold in May.', '"said" as a determiner is no cue'],
    ['content-after', 'The village held its annual fair on Sunday.', 'narration'],
    ['content-after', 'The prices are rising fast this year.', 'narration'],
    ['subordinate-opener-content-after', 'The talks have collapsed, a union spokesman said.', 'a clause before the speaker is the content'],
    ['relative-which-said', 'The minister said the talks had failed.', 'no relative pronoun before the speaker'],
    ['verbless-opener-content-after', 'Later that night, the crowd went home.', 'no cue'],
    ['opener-then-complement', 'Minutes after the vote began, the lights went out.', 'no cue'],
  ],
};
