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
