// Rule table of the infinitive family: a cue in a purpose or complement infinitive ("used the
// speech to call for …") reports for the clause's subject. Read by the cue rules (findAttributions).

import type { FamilyCases } from './types.js';

export const infinitive: FamilyCases = {
  family: 'infinitive',
  rows: [
    ['infinitive-purpose', 'The mayor used the speech to call for a new bridge over the river.', 'a new bridge over the river', 'The mayor'],
    ['infinitive-purpose', 'The senator used her speech to demand a recount in three counties.', 'a recount in three counties', 'The senator'],
    ['infinitive-purpose', 'Activists took to the steps of City Hall to denounce the eviction order.', 'the eviction order', 'Activists'],
    ['infinitive-purpose', 'Farmers drove tractors into the capital to protest the new water tax.', 'the new water tax', 'Farmers'],
    ['infinitive-purpose', 'The governor went on television to announce a curfew in the capital.', 'a curfew in the capital', 'The governor'],
  ],
  negatives: [
    ['infinitive-purpose', 'The talks are expected to conclude next month, diplomats said.', 'the source closing the sentence is no clause of the infinitive'],
    ['infinitive-purpose', 'The chairman declined to say whether the plant would close.', 'after "declined to" nothing was said'],
    ['infinitive-purpose', 'The harbour board ordered the skipper to explain why the ferry was late.', 'the act asked of the one ordered is the order\'s content, no report by the board'],
    ['infinitive-purpose', 'The players refused to talk about the transfer.', 'after "refused to" nothing was said'],
    ['infinitive-purpose', 'Governor Ines Lobo, who has pledged to see the dam finished, said on radio Friday that there was no money left.', 'a comma and the main verb close the relative clause: the that-clause is the main verb\'s'],
    ['infinitive-purpose', 'Chancellor Mads Holm, who has promised to see the tax through, said in a radio interview on Monday evening that there was "no chance" of dropping it.', 'the same with a longer adjunct before the main verb\'s "that"'],
    ['infinitive-purpose', 'The harbour master said it was too early to say how much of the pier would be lost.', '"too early to say" is a hedge, not a report'],
    ['infinitive-purpose', 'It is hard to say whether the ferry will run, the captain said.', '"hard to say" is a hedge, not a report'],
    ['infinitive-purpose', 'The coach continued to insist that the team was ready.', 'an aspect verb before "to" leaves a finite report, not a purpose infinitive'],
  ],
};
