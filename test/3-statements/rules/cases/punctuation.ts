// Rule table of the punctuation family, document passes of stage 3: a quotation signed with a dash
// ("“C” ― Jane Doe"), a paragraph led by a name and a colon ("Smith: Talks Have Failed"), a
// transcript's turn ("OKAFOR: …") and a pull quote signed with a name ("C. Jane Doe, Harbour Watch").

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
    ['speaker-colon', 'Governor Pike: ‘We will not raise the gas tax’', '‘We will not raise the gas tax’', 'Governor Pike'],
    ['speaker-colon', 'Okafor on Plans To Close The Old Harbour Bridge: ‘We Will Fight It’', '‘We Will Fight It’', 'Okafor'],
    ['transcript-turn', 'Port director Ines Okafor spoke to us on Monday.\n\nOKAFOR: Well, I think the ferry will keep running.', 'Well, I think the ferry will keep running', 'OKAFOR'],
    ['transcript-turn', 'The host, Tom Brandt, asked about the strike.\n\nTOM BRANDT: The union says the talks failed. Do you agree?', 'The union says the talks failed. Do you agree?', 'TOM BRANDT'],
    ['pull-quote-signed', 'The council met on Monday.\n\nThe levy will fail unless the province pays its share. Dana Ruiz, Harbour Watch\n\nThe vote is on Friday.', 'The levy will fail unless the province pays its share', 'Dana Ruiz, Harbour Watch'],
    ['pull-quote-signed', 'The mill closed in May.\n\nNobody in this valley has seen a winter like the one that is coming. County Fire Chief Omar Haddad\n\nThe county has three shelters.', 'Nobody in this valley has seen a winter like the one that is coming', 'County Fire Chief Omar Haddad'],
  ],
  negatives: [
    ['speaker-colon', 'Analysis: Harbour Bank chief sees slower rate cuts ahead', 'a section label of a headline names no speaker'],
    ['speaker-colon', 'Exclusive: Kestrel weighs sale of its ferry unit', 'a section label of a headline names no speaker'],
    ['dash-signed', '“Harbour vote ends in a tie” — Dunmore Gazette, March 10, 2024', 'a cited source: a title, its publisher and a date'],
    ['speaker-colon', 'Note: The meeting starts at seven in the main hall', 'an editorial label, not a speaker'],
    ['transcript-turn', 'HOST: The union says the talks failed. Do you agree?', 'a label the article names nowhere else is no turn to hold the report inside it'],
    ['transcript-turn', 'Okafor: I think the ferry will keep running, she said.', 'a label in ordinary case may be a headline\'s'],
    ['speaker-colon', 'Photo: Fishermen repair their nets at dawn in the harbour', 'a caption label, not a speaker'],
    ['speaker-colon', 'Ferry Update: The morning crossing is cancelled because of fog', 'a note\'s noun closes the label'],
    ['speaker-colon', 'Paid Notice: Deaths HALVORSEN, MARIT, 88, of Dunmore', 'a notice column\'s label names no speaker'],
    ['speaker-colon', 'Revealed: The secret plan to sell the harbour land', 'a web headline\'s kicker names no speaker'],
    ['dash-signed', '“We will rebuild.” — that was the promise of the mayor.', 'no capitalised name after the dash'],
    ['pull-quote-signed', 'The race is close.\n\nThe mayor picked up the endorsement of the union and of Gov. Nikki Haley', 'a title\'s full stop does not end the paragraph\'s sentence'],
    ['pull-quote-signed', 'Ferry Service Is Cut Again This Winter. Islanders Brace For Hard Months', 'a Title Case headline is no pull quote'],
    ['pull-quote-signed', 'The ferry was late again on Monday. Passengers waited for two hours.', 'a last sentence with a verb is no signature'],
    ['dash-signed', '“We will rebuild,” the mayor said — Tom Reyes and others listened.', 'the quotation already has a speaker'],
  ],
};
