// Stage 3, document pass 6: a noun of stance or speech with a possessor reports the possessor's view,
// but "to" and a hearer after a noun for words said names whom they were said to. Invented sentences;
// readText + findAttributions, no NER or confidence model.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findAttributions } from '../../../src/3-statements/index.js';

function readings(text: string): { rule: string | null; content: string }[] {
  return findAttributions(readText(text)).map((a) => ({ rule: a.rule, content: text.slice(a.contentStart, a.contentEnd) }));
}

describe('possessed stances', () => {
  it.each([
    ['a statement to a body before the clause\'s own report', 'In his statement to police, Okonkwo said he had been at the depot.'],
    ['remarks to people before the clause\'s own report', 'In her remarks to reporters, Senator Aiko Tanaka said the port was safe.'],
    ['a statement to a named hearer', 'In her statement to Parliament, the minister said the ferry would run.'],
  ])('%s is no possessed stance', (_name, text) => {
    expect(readings(text).filter((r) => r.rule === 'possessed-stance')).toEqual([]);
  });

  it.each([
    ['a pledge with its infinitive', 'Okonkwo defended his pledge to cut ferry fares.', 'to cut ferry fares'],
    ['a warning to a hearer with an infinitive after it', 'Tanaka repeated her warning to fishermen to stay in port.', 'fishermen to stay in port'],
    ['criticism of a plan', 'Okonkwo repeated his criticism of the harbour plan.', 'the harbour plan'],
  ])('%s stays a possessed stance', (_name, text, content) => {
    expect(readings(text)).toContainEqual({ rule: 'possessed-stance', content });
  });
});
