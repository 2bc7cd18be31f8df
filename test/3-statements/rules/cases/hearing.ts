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
    ['hearing-heard-before', "Harbour officials 'lost track' of 4,000 permits, MPs told", "Harbour officials 'lost track' of 4,000 permits", null],
    ['hearing-heard-before', 'Ferry skipper was drunk before crash, inquest told', 'Ferry skipper was drunk before crash', null],
    ['hearing-heard-after', "Jury told deckhand 'lied for years'", "deckhand 'lied for years'", null],
    ['hearing-heard-after', 'The committee was told that the ferry was late.', 'that the ferry was late', null],
  ],
  negatives: [
    ['hearing-heard-before', 'I heard that the ferry was late, the skipper said.', 'a person who heard something is no hearing'],
    ['hearing-heard-after', 'The court heard the case in two days.', 'a court hearing a case, no report after the cue'],
    ['hearing-heard-after', 'The jury told the judge it could not agree.', 'an active "told" is the jury speaking, not hearing'],
    ['hearing-heard-after', 'MPs told the minister that the ferry plan would fail.', 'a sentence with a full stop: MPs speaking, not a headline\'s passive'],
    ['hearing-heard-before', 'The ferry was late, committee members told reporters.', 'an active "told" with a hearer after it'],
  ],
};
