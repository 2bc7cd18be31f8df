// Stage 1: verbs wink reads as nouns where their subject stands apart from them (src/1-text/tag-repairs-verbs.ts).

import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';

describe('a verb before "to" that wink reads as a noun after a plural subject and its modifier', () => {
  it.each([
    ['Officials said firms bidding for the harbour contract plan to appeal.', 'plan', 'VERB'],
    ['Analysts said banks lending to the shipping sector aim to cut risk.', 'aim', 'VERB'],
    ['She said families living near the rail yard plan to sue.', 'plan', 'VERB'],
    ['Leaders of the dockers union plan to strike.', 'plan', 'VERB'],
    // (Guards: a finite verb after it, a verb between the plural and it, no plural before it.)
    ['Critics of the pension plan to cut payouts said it was unfair.', 'plan', 'NOUN'],
    ['Members approved the union plan to strike.', 'plan', 'NOUN'],
    ['The mission plan to expand the station was approved.', 'plan', 'NOUN'],
  ])('%s: "%s" is %s', (text, word, pos) => {
    expect(readText(text).tokens.find((t) => t.text === word)?.pos).toBe(pos);
  });
});

describe('a verb that wink reads as a noun right after a relative pronoun, its subject', () => {
  it.each([
    ['Anglers who fear a ban on trawling met the minister.', 'fear', 'VERB'],
    ['Several growers who plan to sell their land spoke at the hearing.', 'plan', 'VERB'],
    ['It is a levy that limits the number of cruise ships.', 'limits', 'VERB'],
    ['Critics cited leaked memos that question the budget.', 'question', 'VERB'],
    // (Guards: "that" as a determiner or a conjunction, with no noun that agrees or no object after it.)
    ['He told the board that reports show losses.', 'reports', 'NOUN'],
    ['She said that support for the levy was waning.', 'support', 'NOUN'],
  ])('%s: "%s" is %s', (text, word, pos) => {
    expect(readText(text).tokens.find((t) => t.text === word)?.pos).toBe(pos);
  });
});

describe('a verb of stance or report that wink reads as a noun right after a plural subject', () => {
  it.each([
    ['Surveys show a narrow lead for the mayor.', 'show', 'VERB'],
    ['Most growers support the levy.', 'support', 'VERB'],
    ['The ranger said the photos show the bear near the camp.', 'show', 'VERB'],
    // (Guards: a plural inside a compound, and no object after the word.)
    ['The sales support team met on Monday.', 'support', 'NOUN'],
  ])('%s: "%s" is %s', (text, word, pos) => {
    expect(readText(text).tokens.find((t) => t.text === word)?.pos).toBe(pos);
  });
});

describe('a verb of speech, thought or stance that wink reads as a noun right after a share of a group', () => {
  it.each([
    ['In the harbour survey, 38 percent call the ferry unsafe.', 'call', 'VERB'],
    ['Just 12% trust the port authority.', 'trust', 'VERB'],
    ['About 40 per cent call the bridge toll unfair.', 'call', 'VERB'],
    ['Nearly a third say they have never taken the ferry.', 'say', 'VERB'],
    ['Many fear the cannery will close.', 'fear', 'VERB'],
    ['Some say the ferry is late every day.', 'say', 'VERB'],
    // (Guards: a noun "say", an ordinal before a noun, a share before a compound.)
    ['The growers want some say in the matter.', 'say', 'NOUN'],
    ['The third report that the inspectors filed was late.', 'report', 'NOUN'],
    ['The levy won 60 percent support from the growers.', 'support', 'NOUN'],
  ])('%s: "%s" is %s', (text, word, pos) => {
    expect(readText(text).tokens.find((t) => t.text === word)?.pos).toBe(pos);
  });
});

describe('a verb taking a clause that wink reads as a noun after a plural subject, its modifier and a singular noun', () => {
  it.each([
    ['Residents living near the dam fear it will break.', 'fear', 'VERB'],
    ['Growers in the valley support the levy.', 'support', 'VERB'],
    // (Guards: a compound with no pronoun or determiner after it.)
    ['Critics of the pension plan said it was unfair.', 'plan', 'NOUN'],
    ['Critics of the farm support scheme met the minister.', 'support', 'NOUN'],
  ])('%s: "%s" is %s', (text, word, pos) => {
    expect(readText(text).tokens.find((t) => t.text === word)?.pos).toBe(pos);
  });
});
