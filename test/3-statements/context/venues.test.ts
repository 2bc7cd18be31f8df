// Stage 3, statement place from a building stage 2 types an organisation (src/3-statements/context/venues.ts):
// a court or building right after "outside"/"inside", a hospital, prison or hotel after "at"/"in".
// Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { VENUE_RULES } from '../../../src/3-statements/context/venues.js';
import { holding, read } from './_read.js';

describe('a named building as the place of the words', () => {
  it.each([
    ['a court by its name right after "outside" the cue and its hearers', 'Defence lawyer Pavel Orlov told reporters outside the Tver Regional Court that the verdict was political.', 'the verdict was political', 'Tver Regional Court'],
    ['a hospital by its name after "at", from the speaker\'s bed', '“The roof just fell on us,” Amina Begum said from her bed at Chittagong General Hospital.', 'The roof just fell on us', 'Chittagong General Hospital'],
    ['a hotel by its name after "at" right after the cue', 'The finance minister Tom Ruiz told delegates at the Kingsway Hotel that the budget would be balanced.', 'the budget would be balanced', 'Kingsway Hotel'],
    ['(guard) not a hospital in the speaker\'s description', 'A surgeon at Chittagong General Hospital said that the victims had severe burns.', 'the victims had severe burns', null],
    ['(guard) not a hospital inside the words', 'The mayor said that patients at Chittagong General Hospital had been moved.', 'patients at Chittagong General Hospital', null],
    ['(guard) not a body that sits elsewhere after "at"', 'Amina Begum told students at Chittagong Medical University that the fees would rise.', 'the fees would rise', null],
  ])('%s', (_name, text, words, place) => {
    expect(holding(read(text), words)?.place).toBe(place);
  });

  it.each(VENUE_RULES.map((r) => [r.id, r]))('rule %s has a reason and an example', (_id, rule) => {
    expect(rule.reason.length).toBeGreaterThan(10);
    expect(rule.example).toMatch(/\p{Lu}/u);
  });
});
