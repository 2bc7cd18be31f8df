// Rule table of the punctuation family, document passes of stage 3: a quotation signed with a dash
// ("“C” ― Jane Doe") and a paragraph led by a name and a colon ("Smith: Talks Have Failed").

import type { FamilyCases } from './types.js';

export const punctuation: FamilyCases = {
  family: 'punctuation',
  rows: [
    ['dash-signed', '“The sea gives and the sea takes.” — Ingrid Solberg', '“The sea gives and the sea takes.”', 'Ingrid Solberg'],
    ['dash-signed', '“Every vote counts in a town this small.” – Mayor Leah Brooks', '“Every vote counts in a town this small.”', 'Mayor Leah Brooks'],
    ['dash-signed', '“Nobody asked us about the tower.” ― Tom Reyes', '“Nobody asked us about the tower.”', 'Tom Reyes'],
    ['speaker-colon', 'Okafor: The shelter will stay open all winter', 'The shelter will stay open all winter', 'Okafor'],
    ['speaker-colon', 'Lindqvist: Talks With Union Have Failed', 'Talks With Union Have Failed', 'Lindqvist'],
    ['speaker-colon', 'Governor Pike: We will not raise the gas tax this year', 'We will not raise the gas tax this year', 'Governor Pike'],
  ],
  negatives: [
    ['speaker-colon', 'Note: The meeting starts at seven in the main hall', 'an editorial label, not a speaker'],
    ['speaker-colon', 'Photo: Fishermen repair their nets at dawn in the harbour', 'a caption label, not a speaker'],
    ['dash-signed', '“We will rebuild.” — that was the promise of the mayor.', 'no capitalised name after the dash'],
    ['dash-signed', '“We will rebuild,” the mayor said — Tom Reyes and others listened.', 'the quotation already has a speaker'],
  ],
};
