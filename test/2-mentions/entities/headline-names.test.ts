// Tests of trimHeadlineWords (src/2-mentions/entities/spans.ts) through findEntities, on invented
// headlines and sentences: no headline verb or auxiliary inside a name, and names that only look
// like function words are kept.

import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

const names = (text: string): string[] => findEntities(readText(text)).mentions.map((m) => text.slice(m.start, m.end));

describe('names in title-case headlines', () => {
  it.each([
    ['Okonkwo Says Budget Talks Will Resume\n\nFinance Minister Ada Okonkwo spoke on Monday.', 'Okonkwo Says'],
    ['Brandt Slams Rival Over Pension Plan\n\nSenator Elias Brandt attacked the plan.', 'Brandt Slams'],
    ['Lindqvist Would Run Again\n\nMayor Tomas Lindqvist Would Decide in June, aides said.', 'Tomas Lindqvist Would'],
  ])('keeps the verb out of the name: %s', (text, junk) => {
    const found = names(text);
    expect(found).not.toContain(junk);
    expect(found.some((n) => junk.startsWith(n))).toBe(true);
  });

  it.each([
    ['Will Hartley said the vote was fair.', 'Will Hartley'],
    ['The Bank of England raised rates.', 'Bank of England'],
    ['Officials in the US said little.', 'US'],
    ['Vice Premier Liu He led the talks in Washington on Tuesday.', 'Liu He'],
    ['Green party leader Elizabeth May said she would run.', 'Elizabeth May'],
    ['The strategist Michael Every said markets were calm.', 'Michael Every'],
    ['The Kid Who Would Be King opened on Friday.', 'Kid Who Would Be King'],
  ])('keeps a name whose words only look like function words: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
