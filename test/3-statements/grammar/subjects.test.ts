// Stage 3 grammar (src/3-statements/grammar/subjects.ts): the speaker noun phrase left of a cue —
// here a coordinated subject whose second part is a possessive's group, a place name whose first
// word the tagger read as a verb, a clause-opening "that", and a joined phrase before an inverted
// report. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';

/** The speaker span of the statement whose cue is `cue`. */
function speakerOf(text: string, cue: string): string | null | undefined {
  const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 });
  return a.statements.find((s) => s.cue?.text === cue)?.speaker?.text;
}

describe('speakerLeft', () => {
  it.each([
    ['Ilse Varga and her colleagues argue that the glacier is shrinking faster than expected.', 'argue', 'Ilse Varga and her colleagues'],
    ['Dr. Tomas Ekberg and his team argue that the drug works in older patients.', 'argue', 'Dr. Tomas Ekberg and his team'],
  ])('keeps the name before "and" and a possessive group: %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });

  it.each([
    ["Cook County State's Attorney Lena Ostrow said the charges would be filed on Friday.", 'said', "Cook County State's Attorney Lena Ostrow"],
  ])('reads a place name whose first word looks like a verb as part of the speaker: %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });

  it.each([
    ['Will Mayor Ruiz say that the plan works?', 'say'],
  ])('does not take a question\'s auxiliary for a name: %s', (text, cue) => {
    expect(speakerOf(text, cue)).toBeUndefined();
  });

  it.each([
    ['The board adopted rules that critics say punish small vendors.', 'say', 'critics'],
    ['The ruling drew protests from groups that lawyers say represent tenants.', 'say', 'lawyers'],
  ])('leaves a clause-opening "that" before a plural out of the speaker: %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });

  it.each([
    ['Last month he told a crowd in Varneby that high rents only serve the landlords.', 'told', 'he'],
    ['Last week she told reporters that the ferry timetable would change.', 'told', 'she'],
    ['This year we said the harbour toll was too high.', 'said', 'we'],
    ['The next day they announced that the bridge would stay closed.', 'announced', 'they'],
  ])('leaves an opening time phrase out of a pronoun subject: %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });

  it.each([
    ['The fine for late filing is modest, with a cap at two hundred dollars and six months, said Moreau.', 'said', 'Moreau'],
  ])('reads a lone comma after a joined phrase as the close of an inverted report: %s', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});
