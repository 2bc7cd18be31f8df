// Tests of stage 2's named entities (src/2-mentions/entities.ts) on invented news sentences:
// name spans, canonical keys and merging, roles and affiliations, capital metonymy, datelines.

import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';
import { findEntities } from '../../src/2-mentions/entities.js';
import type { Entity } from '../../src/types.js';

function run(text: string) {
  const layer = readText(text);
  const out = findEntities(layer);
  const byKey = new Map<string, Entity>(out.entities.map((e) => [e.key, e]));
  return { ...out, byKey, text };
}

/** The entity key of the mention that covers exactly `surface` (its n-th occurrence). */
function keyOf(r: ReturnType<typeof run>, surface: string, nth = 0): string | undefined {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = r.text.indexOf(surface, at + 1);
  return r.mentions.find((m) => m.start === at && m.end === at + surface.length)?.entity;
}

describe('findEntities', () => {
  it.each([
    ['Chancellor Greta Hollmann of Austria met the press in Vienna on Friday.', 'Greta Hollmann', 'Person/Greta Hollmann'],
    ['Brazilian Trade Minister Paulo Andrade Ribeiro left for Lisbon.', 'Paulo Andrade Ribeiro', 'Person/Paulo Andrade Ribeiro'],
    ['The deal was signed by Mr. Tomas Verhoeven in Rotterdam.', 'Tomas Verhoeven', 'Person/Tomas Verhoeven'],
    ['Shares of Microsoft rose after the announcement.', 'Microsoft', 'Organization/Microsoft'],
    ['Heavy rain hit Portugal and Spain this week.', 'Spain', 'Place/Spain'],
  ])('marks the name span only, without titles or address: %s', (text, surface, key) => {
    const r = run(text);
    expect(keyOf(r, surface)).toBe(key);
    // No mention starts earlier and covers the title or form of address.
    const at = text.indexOf(surface);
    expect(r.mentions.some((m) => m.start < at && m.end >= at + surface.length)).toBe(false);
  });

  it.each([
    ["The U.S. envoy arrived late. Officials in the United States declined to comment, and America's allies waited.", ['U.S.', 'United States', 'America'], 'Place/United States'],
    ['Talks between the UK and France stalled. Britain blamed Paris.', ['UK', 'Britain'], 'Place/United Kingdom'],
  ])('gives country aliases one canonical entity: %s', (text, surfaces, key) => {
    const r = run(text);
    for (const s of surfaces) expect(keyOf(r, s)).toBe(key);
  });

  it.each([
    ['Egyptian officials met their Kenyan counterparts in Nairobi.', 'Egyptian', 'Place/Egypt'],
    ['Two American climbers were rescued on Tuesday.', 'American', 'Place/United States'],
    ['The Russian delegation walked out of the hall.', 'Russian', 'Place/Russia'],
  ])('links a demonym to its country: %s', (text, surface, key) => {
    const r = run(text);
    const m = r.mentions.find((x) => x.text === surface);
    expect(m?.kind).toBe('demonym');
    expect(m?.entity).toBe(key);
  });

  it.each([
    ['Ambassadors from the North Atlantic Treaty Organization (NATO) gathered in Brussels. NATO later issued a statement.', 'Organization/NATO', 'North Atlantic Treaty Organization'],
    ['The Coastal Fisheries Protection Agency (CFPA) fined three trawlers. The CFPA said it would appeal.', 'Organization/Coastal Fisheries Protection Agency', 'CFPA'],
  ])('ties an acronym to its expansion: %s', (text, key, alias) => {
    const r = run(text);
    const e = r.byKey.get(key);
    expect(e).toBeDefined();
    expect(e!.aliases).toContain(alias);
    expect(r.mentions.filter((m) => m.entity === key).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['Prime Minister Helena Marquardt visited Hamburg. Marquardt promised new funds.', 'Marquardt', 'Person/Helena Marquardt'],
    ['Dr. Ingrid Solberg led the study. Dr. Solberg said the results were clear.', 'Solberg', 'Person/Ingrid Solberg'],
    ['Lindqvist scored twice in the second half, and Oskar Lindqvist was named man of the match.', 'Lindqvist', 'Person/Oskar Lindqvist'],
  ])('merges a surname with the full name seen earlier or later: %s', (text, surface, key) => {
    const r = run(text);
    const m = r.mentions.find((x) => x.text === surface);
    expect(m?.entity).toBe(key);
  });

  it.each([
    ['Indian Foreign Minister Rakesh Varma arrived in Tokyo on Monday.', 'Person/Rakesh Varma', 'Indian Foreign Minister', 'Place/India'],
    ['NATO Secretary General Pieter Halvorsen spoke in Riga.', 'Person/Pieter Halvorsen', 'NATO Secretary General', 'Organization/NATO'],
    ['Colonel Marcus Whitfield said the drills would continue.', 'Person/Marcus Whitfield', 'Colonel', undefined],
    ['Elena Voronova, a senior adviser to the World Bank, said growth would slow.', 'Person/Elena Voronova', 'senior adviser to the World Bank', 'Organization/World Bank'],
  ])('records the roles and affiliations written around a name: %s', (text, key, role, affiliation) => {
    const r = run(text);
    const e = r.byKey.get(key);
    expect(e?.roles).toContain(role);
    if (affiliation) expect(e?.affiliations).toContain(affiliation);
  });

  it.each([
    ['Washington said on Monday that the sanctions would stay.', 'Place/Washington', 'Place/United States'],
    ['Moscow is ready to talk, a spokesman said.', 'Place/Moscow', 'Place/Russia'],
    ['Relations between Tokyo and Seoul have improved.', 'Place/Tokyo', 'Place/Japan'],
  ])('records a capital used for its government as speaking for the country: %s', (text, key, country) => {
    const r = run(text);
    const e = r.byKey.get(key);
    expect(e?.type).toBe('Place');
    expect(e?.speaksFor).toBe(country);
  });

  it('leaves a capital named as a location without a government reading', () => {
    const r = run('The summit was held in Berlin on Thursday.');
    expect(r.byKey.get('Place/Berlin')?.speaksFor).toBeUndefined();
  });

  it.each([
    ['NAIROBI, March 3 (Reuters) - Kenya opened a new rail line on Friday.', 'Place/Nairobi'],
    ['OTTAWA (AP) — The government tabled its budget.', 'Place/Ottawa'],
    ['NEW YORK — Stocks fell sharply on Wednesday.', 'Place/New York'],
  ])('reads the dateline place at the head of the article: %s', (text, key) => {
    expect(run(text).dateline).toBe(key);
  });

  it('finds no dateline in a plain opening sentence', () => {
    expect(run('Stocks fell sharply on Wednesday in New York.').dateline).toBeNull();
  });

  it('gives Wikidata ids to countries', () => {
    const r = run('France and Germany signed the treaty.');
    expect(r.byKey.get('Place/France')?.wikidata).toBe('Q142');
    expect(r.byKey.get('Place/Germany')?.wikidata).toBe('Q183');
  });

  it.each([
    ['empty', ''],
    ['blank lines', '   \n\n  '],
    ['punctuation only', '!!! ??? ...'],
    ['brackets and dashes', '(((( ]]]] —— '],
    ['one long word', 'a'.repeat(5000)],
    ['all capitals', 'THE MINISTER SAID NOTHING ABOUT IT TODAY.'],
  ])('never throws on odd text: %s', (_label, text) => {
    expect(() => run(text)).not.toThrow();
  });

  it('keeps mention offsets exact', () => {
    const r = run('Protesters gathered outside the Kremlin as President Aleksandr Petrov met Chinese envoys.');
    for (const m of r.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
  });
});
