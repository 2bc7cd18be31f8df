// Stage 2 (src/2-mentions/entities/span-chapters.ts): a body named "<words> <country or continent>" — a
// national body or a body's regional branch — whole and typed an organisation, whether the tagger read it
// as one person or left a sentence's first word out; and that first word before a company's legal form
// (span-types.ts legal-form-name; session 27, names37). Sentences written for this
// test; bodies invented.
import { describe, expect, it } from 'vitest';
import { keys } from './_hand-spans.js';

describe('a name read as one person that ends in a country or continent is a body (chapter-read-as-person)', () => {
  it.each([
    ['Reefwatch Asia said the reefs were bleaching.', 'Organization/Reefwatch Asia'],
    ['Tourism Mauritius said visitor numbers had doubled.', 'Organization/Tourism Mauritius'],
    ['Enterprise Ireland said exports had risen.', 'Organization/Enterprise Ireland'],
  ])('%s', (text, expected) => {
    expect(keys(text)).toContain(expected);
  });

  // Guard: a given name opens a person's name, whatever ends it.
  it.each([['Kathy Ireland said she would retire.', 'Person/Kathy Ireland']])('keeps the person: %s', (text, expected) => {
    expect(keys(text)).toContain(expected);
  });
});

describe('a sentence\'s first noun before a country that is a subject opens a national body (opening-word-before-nation)', () => {
  it.each([
    ['Business Kenya criticised the budget.', 'Organization/Business Kenya'],
    ['Business Kenya, the employers\' lobby, welcomed the move.', 'Organization/Business Kenya'],
    ['The agency, Sport Iceland, said funding would rise.', 'Organization/Sport Iceland'],
    ['Cricket Australia said the tour would go ahead.', 'Organization/Cricket Australia'],
  ])('%s', (text, expected) => {
    expect(keys(text)).toContain(expected);
  });

  // Guard: a day, an adverb, a part or community of the place or a plural that describes the side makes no body of the place.
  it.each([
    ['Yesterday Ireland beat Wales.'],
    ['Meanwhile Ireland said it would veto the deal.'],
    ['Rural Ireland has lost its banks.'],
    ['Hosts Ireland said the stadium was ready.'],
    ['Catholic Ireland mourned the bishop.'],
    ['White Australia welcomed the verdict.'],
    ['Say Mexico demanded a guarantee first.'],
  ])('no body: %s', (text) => {
    expect(keys(text).filter((k) => k.startsWith('Organization/') && k.includes(' and '))).toEqual([]);
  });
});

describe('a sentence\'s first noun before a company with a legal form that is a subject opens its name (legal-form-name)', () => {
  it.each([
    ['Prairie Potash Corp. said it would close the mine.', 'Organization/Prairie Potash'],
    ['Prairie Grain Corp. said it would close the mill.', 'Organization/Prairie Grain'],
    ['Prairie Potash Corp., the province\'s largest miner, identified the two workers.', 'Organization/Prairie Potash'],
  ])('%s', (text, expected) => {
    expect(keys(text)).toContain(expected);
  });

  // Guard: a day, an adverb, a conjunction or a participle that opens the sentence stays out of the name.
  it.each([
    ['Yesterday Acme Corp. said it would cut jobs.'],
    ['Meanwhile Acme Corp. said it would cut jobs.'],
    ['But Acme Corp. said it would cut jobs.'],
    ['Struggling Acme Corp. said it would cut jobs.'],
    ['Later Acme Inc. said it would cut jobs.'],
  ])('keeps the name: %s', (text) => {
    expect(keys(text)).toContain('Organization/Acme');
  });
});

describe('field words joined by "and" and closed by a nation\'s name are one body (coordinated-national-body)', () => {
  it.each([
    ['The quota will fall, Fisheries and Oceans Canada said.', 'Organization/Fisheries and Oceans Canada'],
    ['Environment and Climate Change Canada issued a warning.', 'Organization/Environment and Climate Change Canada'],
    ['The Fisheries and Oceans Canada report was late.', 'Organization/Fisheries and Oceans Canada'],
  ])('%s', (text, expected) => {
    expect(keys(text)).toContain(expected);
  });

  // Guard: a country before "and" is a name of its own; a plural that opens the sentence is no field word.
  it.each([
    ['Talks between Germany and Sport England stalled.', ['Place/Germany', 'Organization/Sport England']],
    ['Jobs and Enterprise Ireland were discussed.', ['Organization/Enterprise Ireland']],
  ])('keeps them apart: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  // Guard: parts of a place joined by "and" name a region, no body; nor do places in a list or a body and a place.
  it.each([
    ['Trade with Eastern and Northern Europe grew.'],
    ['Exports to Central and Eastern Europe fell.'],
    // (A list of places; a body's head word ends a name of its own.)
    ['She had served in Peru, Turkey and France.'],
    ['Funds went to a joint Harbour Department and Chile project.'],
  ])('no body of the run: %s', (text) => {
    expect(keys(text).filter((k) => k.startsWith('Organization/') && k.includes(' and '))).toEqual([]);
  });
});

describe('a sentence\'s first word the tagger typed apart that describes a company is no word of its name (legal-form-name)', () => {
  it.each([
    ['Troubled Acme Corp. said it would cut jobs.'],
    ['Embattled Acme Corp. said it would cut jobs.'],
  ])('%s', (text) => {
    expect(keys(text)).toEqual(['Organization/Acme']);
  });
});
