// Stage 2 (src/2-mentions/entities/candidates.ts, markPlaceModifiers): a place written as the first
// part of a hyphenated modifier ("Hong Kong-based") is a mention of kind 'demonym', as "American-led"
// is, not a name standing alone; so is an organisation or a person ("Hamas-run"). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

const kinds = (text: string) => findEntities(readText(text)).mentions.map((m) => `${text.slice(m.start, m.end)}/${m.kind}`);

describe('markPlaceModifiers', () => {
  it.each([
    ['The New York-based group Harbour Watch said so.', 'New York/demonym'],
    ['The Dublin-born director spoke on Friday.', 'Dublin/demonym'],
    ['Shares of France-registered Cofinec fell.', 'France/demonym'],
    ['The hijack began when an Amman-bound plane was taken over.', 'Amman/demonym'],
    ['The Hamas-run Health Ministry in Gaza said 12 people died.', 'Hamas/demonym'],
    ['A Toyota-owned supplier, Denso, said output fell.', 'Toyota/demonym'],
    ['The Siemens-backed venture Northgate Rail said it would bid.', 'Siemens/demonym'],
  ])('reads a place before "-<word>" as a modifier: %s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([
    ['a place standing alone', 'He moved to New York in May.', 'New York/name'],
    ['a hyphen with spaces', 'They flew to Dublin - and then home.', 'Dublin/name'],
    ['two places joined by a hyphen', 'The Paris-Dakar rally started.', 'Paris-Dakar/name'],
  ])('keeps a name: %s', (_why, text, expected) => {
    expect(kinds(text)).toContain(expected);
  });
});
