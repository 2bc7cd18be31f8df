// Rule table of the asked family, a document pass of stage 3: "Asked whether C, X said …" reports a
// question put by someone the article does not name; its content is what was asked.

import type { FamilyCases } from './types.js';

export const asked: FamilyCases = {
  family: 'asked',
  rows: [
    ['asked-opener', 'Asked whether the plan would pass, Ruiz said she was hopeful.', 'whether the plan would pass', null],
    ['asked-opener', 'Asked by radio host Dara Quinn whether she would run again, the mayor laughed.', 'whether she would run again', 'radio host Dara Quinn'],
    ['asked-opener', 'Asked about the strike, the minister said talks would continue.', 'the strike', null],
    ['asked-opener', 'When asked why the trains were late, the operator blamed the snow.', 'why the trains were late', null],
    ['asked-opener', 'Asked how long the repairs would take, the engineer said nobody knew.', 'how long the repairs would take', null],
    ['asked-opener', 'But when asked whether she would resign, the director said no.', 'whether she would resign', null],
    ['asked-opener', 'Asked during a debate in May why she voted against the bill, Keller said it was too costly.', 'why she voted against the bill', null],
  ],
  negatives: [
    ['asked-opener', 'The reporter asked the mayor about the flood.', 'an active question with its asker, not an opener'],
    ['asked-opener', 'She asked the waiter for water.', 'a request, not an opener'],
    ['asked-opener', 'The students asked for more time.', 'a request, not an opener'],
  ],
};
