// Rule table of the document family, a document pass of stage 3: a sentence with no reporting verb
// opened or closed by "in" + a source noun ("In a new survey, C", "C in a new poll") reports that source.

import type { FamilyCases } from './types.js';

export const document: FamilyCases = {
  family: 'document',
  rows: [
    ['document-source-opening', 'In the latest Harbor Institute survey, the mayor leads by four points.', 'the mayor leads by four points', 'the latest Harbor Institute survey'],
    ['document-source-opening', 'In the latest survey, prices rose.', 'prices rose', 'the latest survey'],
    ['document-source-opening', 'In a new Lakeside College poll, the mayor is trailing by six points.', 'the mayor is trailing by six points', 'a new Lakeside College poll'],
    ['document-source-opening', 'In a recent audit, the agency lost track of forty vehicles.', 'the agency lost track of forty vehicles', 'a recent audit'],
    ['document-source-opening', 'In the latest census, the island has fewer than nine hundred residents.', 'the island has fewer than nine hundred residents', 'the latest census'],
    ['document-source-closing', 'The mayor led her rival by two to one in a new poll.', 'The mayor led her rival by two to one', 'a new poll'],
    ['document-source-closing', 'Support for the stadium fell sharply in the latest county survey.', 'Support for the stadium fell sharply', 'the latest county survey'],
    ['document-source-closing', 'The governor\'s approval rating dropped to 38 percent in a new poll.', 'The governor\'s approval rating dropped to 38 percent', 'a new poll'],
  ],
  negatives: [
    ['document-source-closing', 'Shares in Kestrel Marine rose 4% in Dunmore after the Gazette report.', 'a place and a time after "in" are no one source phrase'],
    ['document-source-opening', 'In the morning, the mayor visited the flooded streets.', '"morning" is no source noun'],
    ['document-source-opening', 'In the spring, the river floods the lower fields.', '"spring" is no source noun'],
    ['document-source-closing', 'The children played in the park near the old mill.', '"mill" is no source noun'],
    ['document-source-closing', 'The mayor said the town grew fast in a new report.', 'a sentence another rule already reads'],
  ],
};
