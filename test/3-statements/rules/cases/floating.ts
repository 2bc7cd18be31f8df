// Rule table of the floating family: a quoted paragraph with no cue is the last speaker's
// (floating-quote, a document pass) or that of a named person's speech act just before it
// (floating-quote-after-act), and the two fallbacks after the confidence model (index.ts):
// quoted words given to their clause's subject, and quotations kept with no speaker.

import type { FamilyCases } from './types.js';

export const floating: FamilyCases = {
  family: 'floating',
  rows: [
    ['floating-quote', 'Mayor Carla Diaz said the bridge would reopen.\n\n“We have waited long enough for this.”', '“We have waited long enough for this.”', null],
    ['floating-quote', 'The fire chief said the blaze was under control.\n\n“Nobody was hurt, and that is what matters.”', '“Nobody was hurt, and that is what matters.”', null],
    ['floating-quote', 'Coach Anna Berg praised her players after the win.\n\nThe team travels to Oslo next week.\n\n“We will be ready for them.”', '“We will be ready for them.”', null],
    // A second floating quotation far below the first: the first one found must not hide the later speaker.
    ['floating-quote', 'Ana Ruiz said the pool would open in May.\n\n“We are nearly there.”\n\nThe pool closed in 2019.\n\nIts roof leaked for years.\n\nRepairs cost two million dollars.\n\nTom Hale said the pool was worth the money.\n\n“Children learn to swim here.”', '“Children learn to swim here.”', null],
    ['floating-quote-after-act', 'Analyst Tom Reyes said the shares were cheap.\n\nBoard chairman Lena Ortiz objected.\n\n“We are not selling the port.”', '“We are not selling the port.”', 'Board chairman Lena Ortiz'],
    ['floating-quote-after-act', 'Analyst Tom Reyes said the shares were cheap.\n\nAfter a week of rumours, chairman Lena Ortiz replied.\n\n“We are not selling the port.”', '“We are not selling the port.”', 'chairman Lena Ortiz'],
    ['floating-quote-after-act', 'The union said talks had failed.\n\nLater on Monday, Ana Ruiz responded.\n\n“Our offer is still on the table.”', '“Our offer is still on the table.”', 'Ana Ruiz'],
    ['quote-after-manner', 'The mayor took questions for an hour. On the bridge, Ana Ruiz was blunt. “Nobody will pay a toll.”', '“Nobody will pay a toll.”', 'Ana Ruiz'],
    ['quote-after-manner', 'Tom Hale spoke next. He was more cautious. “We are not there yet.”', '“We are not there yet.”', 'He'],
    ['quoted-words', 'Reid has gone after Lee as a “human leech who will bleed the country dry” all week.', '“human leech who will bleed the country dry”', 'Reid'],
    ['quoted-words', 'Okafor has spent the week on a “tour of broken promises across the state” in her old bus.', '“tour of broken promises across the state”', 'Okafor'],
    ['quoted-words', 'The mayor has been treating the stadium as a “monument to the glory of the council” for months.', '“monument to the glory of the council”', 'The mayor'],
    ['quoted-words', 'Judge Ana Ruiz sided with the council\'s view that, while the fence is ugly, the permit is valid - “I find no breach of the planning rules here.”', '“I find no breach of the planning rules here.”', 'Judge Ana Ruiz'],
    ['quoted-words', 'Mayor Lena Ortiz got so angry that her aide had to change the subject: “Nobody here wants the new road built.”', '“Nobody here wants the new road built.”', 'her aide'],
    ['quoted-words', 'Skipper Tomasz Nowak urged the crew to keep rowing: “We can still catch them today.”', '“We can still catch them today.”', 'Skipper Tomasz Nowak'],
    ['quoted-words', 'Governor Ines Mbeki asked residents not to drive: “Please keep the roads clear tonight.”', '“Please keep the roads clear tonight.”', 'Governor Ines Mbeki'],
    ['quoted-words', 'Dave Marten, a doctor in Halifax, is more blunt: “They are going to find horrifying things.”', '“They are going to find horrifying things.”', 'Dave Marten'],
    ['unattributed-quotation', '“This is the end of the line.”', '“This is the end of the line.”', null],
    ['unattributed-quotation', 'The harbour was quiet on Sunday.\n\n“The boats stay in until the storm passes.”', '“The boats stay in until the storm passes.”', null],
    ['unattributed-quotation', 'The museum opened a new wing. “Nothing like it exists anywhere in Europe.”', '“Nothing like it exists anywhere in Europe.”', null],
  ],
  negatives: [
    ['quote-after-manner', 'The weather was cold. “We stay in.”', 'the sentence before describes no person'],
    ['quote-after-manner', 'Ana Ruiz was blunt. “Nobody will pay a toll,” the mayor said.', 'the quotation has a cue of its own'],
    ['floating-quote', 'The harbour was quiet on Sunday.\n\n“The boats stay in until the storm passes.”', 'nobody spoke before the quotation'],
    ['floating-quote', 'The museum opened a new wing. “Nothing like it exists anywhere in Europe.”', 'the quotation does not open its paragraph'],
    ['floating-quote-after-act', 'Mayor Carla Diaz said the bridge would reopen.\n\nThe council met on Tuesday.\n\n“We have waited long enough.”', 'the paragraph before tells no speech act'],
    ['floating-quote-after-act', 'Ana Ruiz said the pool would open.\n\nTom Hale denied it, and the board agreed. It met again.\n\n“We are nearly there.”', 'the speech act does not end its paragraph'],
    ['quoted-words', 'The senator called the plan “a gift” in every speech.', 'a statement already holds the quoted words'],
    ['quoted-words', '“This is the end of the line.”', 'a quotation opening its sentence has no subject before it'],
    ['unattributed-quotation', '“We will not give up,” the coach said.', 'the quotation has a speaker'],
  ],
};
