// Rule table of the raising family: "X seemed to …", "X appeared divided": an appearance with no
// source, whose content is the clause with its subject. Read by the cue rules (findAttributions).

import type { FamilyCases } from './types.js';

export const raising: FamilyCases = {
  family: 'raising',
  rows: [
    ['raising-infinitive', 'The new stadium seemed to please most of the fans in the city.', 'The new stadium seemed to please most of the fans in the city', null],
    ['raising-infinitive', 'The mayor appears to have lost the support of her own party.', 'The mayor appears to have lost the support of her own party', null],
    ['raising-infinitive', 'The ceasefire seems to be holding in the northern villages.', 'The ceasefire seems to be holding in the northern villages', null],
    ['raising-adjective', 'The city council appeared divided over the new budget plan.', 'The city council appeared divided over the new budget plan', null],
    ['raising-adjective', 'The players seemed exhausted after the long flight.', 'The players seemed exhausted after the long flight', null],
    ['raising-adjective', 'The deal seems unlikely to survive the vote.', 'The deal seems unlikely to survive the vote', null],
  ],
  negatives: [
    ['raising-infinitive', 'The coach seemed to blame the referee for the loss.', 'a cue after "to" is the subject\'s own report'],
    ['raising-infinitive', 'The mayor seemed to say that the plan was dead.', 'a cue after "to" is the subject\'s own report'],
    ['raising-infinitive', 'The board ruling granting his release said he was not currently considered to be a danger.', 'a subject pronoun after "said" opens the clause said; the sentence before it is no subject of "was considered"'],
    ['raising-adjective', 'The festival seemed over by nine.', 'no appearance cue reads a bare adverb'],
  ],
};
