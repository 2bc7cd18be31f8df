// Rule table of the hearing family, a document pass of stage 3: what a court, jury or inquest heard
// ("C, the court heard.", "The inquest heard that C.") was said to it by someone the sentence does not name.

import type { FamilyCases } from './types.js';

export const hearing: FamilyCases = {
  family: 'hearing',
  rows: [
    ['hearing-heard-before', 'The driver had been drinking before the crash, the inquest heard.', 'The driver had been drinking before the crash', null],
    ['hearing-heard-before', 'The ferry left the harbour without lights, a jury has heard.', 'The ferry left the harbour without lights', null],
    ['hearing-heard-before', 'The accused had threatened his neighbour twice, Harbour Crown Court heard on Monday.', 'The accused had threatened his neighbour twice', null],
    ['hearing-heard-before', 'The deckhand had not been trained, the tribunal was told.', 'The deckhand had not been trained', null],
    ['hearing-heard-after', 'The court heard that the ferry had left the harbour without lights.', 'that the ferry had left the harbour without lights', null],
    ['hearing-heard-after', 'The inquest heard how the junction had been flagged as dangerous in 2019.', 'how the junction had been flagged as dangerous in 2019', null],
    ['hearing-heard-after', 'The jury was told that the deckhand had not been trained.', 'that the deckhand had not been trained', null],
  ],
  negatives: [
    ['hearing-heard-before', 'I heard that the ferry was late, the skipper said.', 'a person who heard something is no hearing'],
    ['hearing-heard-after', 'The court heard the case in two days.', 'a court hearing a case, no report after the cue'],
    ['hearing-heard-after', 'The jury told the judge it could not agree.', 'an active "told" is the jury speaking, not hearing'],
  ],
};
