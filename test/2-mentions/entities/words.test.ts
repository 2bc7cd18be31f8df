// Tests for stage 2's words around names (src/2-mentions/entities/words.ts, data/lexicon/entity-words.json):
// the patterns built from the lists keep their case and anchoring, and organisation subtypes are
// tried in their listed order.

import { describe, expect, it } from 'vitest';
import { orgSubtype } from '../../../src/2-mentions/entities/companies.js';
import { COMPANY_SUFFIXES, HEADLINE_FLAG, LEGAL_FORM } from '../../../src/2-mentions/entities/words.js';

describe('entity words', () => {
  it.each([
    ['Chrysler LLC', 'Chrysler'],
    ['Acme Widgets, Inc.', 'Acme Widgets'],
    ['Bank of Anywhere Corporation', 'Bank of Anywhere'],
    ['Northwind Holdings PLC', 'Northwind'],
    ['Fenwick Group SpA', 'Fenwick'],
    ['Northwind Holdings', 'Northwind Holdings'],
    ['Coltrane Co', 'Coltrane'],
    ['Coltrane co', 'Coltrane co'],
    ['Delta Ag', 'Delta Ag'],
  ])('LEGAL_FORM strips only a legal form written as such: %s', (name, stripped) => {
    expect(name.replace(LEGAL_FORM, '')).toBe(stripped);
  });

  it.each([
    ['L.L.C.', true], ['Group', true], ['plc', true], ['Plc', false], ['group', false], ['Co', true], ['co', false], ['SpA', true],
  ])('COMPANY_SUFFIXES holds %s as written: %s', (word, held) => {
    expect(COMPANY_SUFFIXES.has(word as string)).toBe(held);
  });

  it.each([
    ['Northwind Airways', 'company'],
    ['Freedom Front', 'party'],
    ['Federal Energy Agency', 'government-body'],
    ['Riverside Gazette', 'media'],
    ['Riverside Choir', undefined],
  ])('orgSubtype(%s) = %s, the first subtype that lists the last word', (name, subtype) => {
    expect(orgSubtype(name)).toBe(subtype);
  });

  it.each([
    ['UPDATE 2', true], ['FACTBOX', true], ['UPDATED', false], ['Update', false], ['MOSCOW', false],
  ])('HEADLINE_FLAG opens on a whole flag word in capitals: %s', (place, flagged) => {
    expect(HEADLINE_FLAG.test(place)).toBe(flagged);
  });
});
