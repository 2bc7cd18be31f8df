// Rule table of the relayed family, document pass 10 of stage 3: a report passed on by another
// source ("A quoted B as saying C", "B, cited by A, said C") is read twice, A's relay and B's own
// report nested in it; the rows give the rule's own reading.

import type { FamilyCases } from './types.js';

export const relayed: FamilyCases = {
  family: 'relayed',
  rows: [
    ['relayed-report', 'The Harbour Gazette quoted port director Lena Ortiz as saying that the ferry would stop in May.', 'the ferry would stop in May', 'port director Lena Ortiz'],
    ['relayed-report', '“We will not sell the ferries,” the Gazette quoted Ortiz as saying.', '“We will not sell the ferries,”', 'Ortiz'],
    ['relayed-report', 'Ortiz was quoted by the state news agency as saying the ferries would stay.', 'the ferries would stay', 'Ortiz'],
    ['relayed-report', '“The ferries stay,” Ortiz was quoted by the agency as saying.', '“The ferries stay,”', 'Ortiz'],
    ['cited-by', '“The ferry will stop in May,” said port director Lena Ortiz, cited by the Harbour Gazette.', '“The ferry will stop in May,”', 'the Harbour Gazette'],
    ['cited-by', 'Lena Ortiz, quoted by the state news agency, said the ferries would stay.', 'the ferries would stay', 'the state news agency'],
  ],
  negatives: [
    ['relayed-report', '“The ferries stay,” Ortiz was quoted as saying.', 'no source passes the words on'],
    ['relayed-report', 'The Gazette quoted a line from the mayor’s speech.', 'no "as saying": a quotation of a text'],
    ['cited-by', 'The report, cited by the mayor as proof, said the ferries lost money.', 'no comma closes the relaying source before the cue'],
  ],
};
