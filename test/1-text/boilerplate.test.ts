// Stage 1 boilerplate (src/1-text/boilerplate.ts): the paragraphs of scraped copy that are not the
// article — link labels, credit lines, captions' credits, bylines, editors' notes, reader prompts — are marked with
// their rule's id; the article's own paragraphs stay unmarked. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES, readText } from '../../src/1-text/index.js';

const marks = (text: string): (string | null)[] => readText(text).paragraphs.map((p) => p.boilerplate ?? null);

describe('boilerplate paragraphs', () => {
  it.each(BOILERPLATE_RULES.map((r) => [r.id, r.example]))('rule %s marks its own example', (id, example) => {
    expect(marks(`The council met on Monday.\n\n${example}`)).toEqual([null, id]);
  });

  it.each([
    ['a credit line in parentheses', '(Writing by Olu Adebayo; Editing by Kim Sato)', 'credit-line'],
    ['a credit line without parentheses', 'Additional reporting by Petra Novak in Brno.', 'credit-line'],
    ['a photo label in capitals', 'PHOTO: Lena Fischer for the Courier', 'caption-credit'],
    ['a data source', 'Source: National Statistics Office', 'caption-credit'],
    ['a byline with an outlet', 'By Rhys Morgan, Harbour Press', 'byline'],
    ['a byline of two writers', 'By Asha Patel and Ben Okafor', 'byline'],
    ['a newsletter prompt', 'Sign up for our morning briefing.', 'reader-prompt'],
    ['a page break prompt', 'Story continues below advertisement', 'reader-prompt'],
    ['a related-story label', 'Related: Ferry fares to rise in spring', 'link-label'],
    ['an update notice', 'This story has been updated with comments from the harbour master.', 'update-note'],
    ['a note on where the article first appeared', 'This report by the Harbour Wire was first published May 3, 2026.', 'publication-note'],
    ['a correction in capitals', 'CORRECTION: An earlier version of this article gave the wrong date for the vote.', 'correction-note'],
    ['a wire sign-off of desk initials', 'XYZ KL MN', 'wire-signoff'],
  ])('%s is boilerplate', (_name, paragraph, id) => {
    expect(marks(`The council met on Monday.\n\n${paragraph}`)).toEqual([null, id]);
  });

  it.each([
    ['a sentence opening with a time after "By"', 'By Friday, the ferry had stopped running.'],
    ['a sentence opening with a means after "By"', 'By raising fares, the company hoped to cover its costs.'],
    ['a sentence naming a photo', 'The photo showed the mayor at the harbour.'],
    ['a quotation that mentions sources', '“Our sources say the talks failed,” the mayor said.'],
    ['a long paragraph after a source label', `Source: ${'the figures the ministry released on Monday show that rents rose again in every district of the city, '.repeat(3)}`],
    ['a sentence that follows someone', 'Police followed the suspect to the harbour.'],
    ['a sentence about a correction', 'The correction came too late for the ferry company, the mayor said.'],
    ['a sentence in capitals with a long word', 'NATO CALLS TALKS'],
    ['a sentence about correction officers', 'Correction officers said the inmate had escaped through a vent.'],
    ['a report of the story\'s own', 'This report by the auditor general found that fares had doubled.'],
  ])('%s is the article\'s text', (_name, paragraph) => {
    expect(marks(`The council met on Monday.\n\n${paragraph}`)).toEqual([null, null]);
  });

  it.each([
    ['an update notice before the article\'s text', 'This story has been updated. The mayor said she would decide in May.', 'This story has been updated.'],
    ['a correction that goes on with the corrected fact', 'Correction: An earlier version of this story misstated the year. The ferry was built in 1962.', null],
  ])('%s: only its note is marked', (_name, paragraph, marked) => {
    const text = `The council met on Monday.\n\n${paragraph}`;
    const p = readText(text).paragraphs[1]!;
    expect(p.boilerplate).toBeDefined();
    expect(p.boilerplateEnd === undefined ? null : text.slice(p.start, p.boilerplateEnd)).toBe(marked);
  });
});
