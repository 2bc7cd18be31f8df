// Tests of splitTitledSpans (src/2-mentions/entities/spans.ts) on invented sentences with the
// tagger's spans given by hand: a company officer's title between a name and a person makes the
// name the company, whatever pieces the tagger cut the title into; a person and the institution
// after "of" in one span are two.

import { describe, expect, it } from 'vitest';
import { splitTitledSpans } from '../../../src/2-mentions/entities/spans.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { handSpans, shown } from './_hand-spans.js';

/** Spans given as [surface, type]; each surface is found after the previous one. */
function run(text: string, tagged: [string, TagSpan['type']][]): string[] {
  const { toks, prep, spans } = handSpans(text, tagged);
  return shown(text, toks, splitTitledSpans(toks, prep, spans));
}

describe('splitTitledSpans', () => {
  it.each([
    ['Norvik Chief Operating Officer Pia Lund left on Monday.', [['Norvik', 'PER'], ['Chief', 'ORG'], ['Officer Pia Lund', 'PER']], ['Norvik/ORG', 'Pia Lund/PER']],
    ['Tessaro CEO Marco Bellini sold his shares.', [['Tessaro', 'PER'], ['Marco Bellini', 'PER']], ['Tessaro/ORG', 'Marco Bellini/PER']],
    ['Kallio Chairman Juha Niemi opened the plant.', [['Kallio', 'ORG'], ['Chairman Juha Niemi', 'PER']], ['Kallio/ORG', 'Juha Niemi/PER']],
    ['Tessaro CEO, Marco Bellini, sold his shares.', [['Tessaro CEO', 'PER'], ['Marco Bellini', 'PER']], ['Tessaro/ORG', 'Marco Bellini/PER']],
    ['TSA Administrator Ines Carvalho said the queues would shrink.', [['TSA Administrator Ines Carvalho', 'ORG']], ['TSA/ORG', 'Ines Carvalho/PER']],
    ['FactWatch Executive Director Mara Quillen responded that the site was fair.', [['FactWatch Executive', 'PER'], ['Director', 'ORG'], ['Mara Quillen', 'PER']], ['FactWatch/ORG', 'Mara Quillen/PER']],
  ] as [string, [string, TagSpan['type']][], string[]][])('makes the name before an officer\'s title the company: %s', (text, tagged, expected) => {
    expect(run(text, tagged)).toEqual(expected);
  });

  it.each([
    // Not a company officer's title: a place keeps its type, the person keeps the title for roles.
    ['Valdora Governor Ana Sousa spoke first.', [['Valdora', 'LOC'], ['Ana Sousa', 'PER']], ['Valdora/LOC', 'Ana Sousa/PER']],
    // One word after the title is no full name to hand over.
    ['Brandt Chief Rossi arrived.', [['Brandt', 'PER'], ['Rossi', 'PER']], ['Brandt/PER', 'Rossi/PER']],
  ] as [string, [string, TagSpan['type']][], string[]][])('leaves other names alone: %s', (text, tagged, expected) => {
    expect(run(text, tagged)).toEqual(expected);
  });
});

describe('a person and the institution after "of" in one span', () => {
  it.each([
    ['Dr Maria Lindholm of Dunmore University said the ice was thin.', [['Dr Maria Lindholm of Dunmore University', 'PER']], ['Dr Maria Lindholm/PER', 'Dunmore University/ORG']],
    ['Maria Berg of the Harbour Institute said the ice was thin.', [['Maria Berg of the Harbour Institute', 'ORG']], ['Maria Berg/PER', 'Harbour Institute/ORG']],
  ] as [string, [string, TagSpan['type']][], string[]][])('splits them: %s', (text, tagged, expected) => {
    expect(run(text, tagged)).toEqual(expected);
  });

  it.each([
    // Guards: no given name opens it; the part after "of" ends in no organisation's head word.
    ['The Duke of Dunmore University said it.', [['Duke of Dunmore University', 'ORG']], ['Duke of Dunmore University/ORG']],
    ['Maria Berg of Dunmore said it.', [['Maria Berg of Dunmore', 'PER']], ['Maria Berg of Dunmore/PER']],
  ] as [string, [string, TagSpan['type']][], string[]][])('keeps them whole (guard): %s', (text, tagged, expected) => {
    expect(run(text, tagged)).toEqual(expected);
  });
});
