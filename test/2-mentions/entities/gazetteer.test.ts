// The gazetteer's phrase splitting (src/2-mentions/entities/gazetteer.ts): phrases with only spaces
// take a plain split at start-up, which must give the tokens the full rule gives (at any whitespace,
// and around hyphens), and lookups by surface form must find multi-word and hyphenated entries.

import { describe, expect, it } from 'vitest';
import { buildIndex, bySurface, phraseTokens } from '../../../src/2-mentions/entities/gazetteer.js';
import { keys } from './_hand-spans.js';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

const fullRule = (phrase: string): string[] => phrase.toLowerCase().split(/\s+|(?=-)|(?<=-)/).filter(Boolean);

describe('phraseTokens', () => {
  it.each([
    ['Kerrowan'],
    ['Port Aldmere'],
    ['  Port  Aldmere '],
    ['Saint-Vellin'],
    ['Saint - Vellin'],
    ['Upper\tBrackwater'],
    ['Nova\u00a0Terrow'],
    ['Ostmark\nRiver'],
    [''],
    ['United Marrish Emirates of the North'],
  ])('splits %j as the full rule does', (phrase) => {
    expect(phraseTokens(phrase)).toEqual(fullRule(phrase));
  });
});

describe('the gazetteer tables', () => {
  it('index every phrase under its first token, each list longest first', () => {
    for (const [first, list] of buildIndex().phrases) {
      for (const p of list) {
        expect(p.tokens[0]).toBe(first);
        expect(bySurface.has(p.tokens.join(' '))).toBe(true);
      }
      expect(list.map((p) => p.tokens.length)).toEqual([...list.map((p) => p.tokens.length)].sort((a, b) => b - a));
    }
  });

  it.each([['united states', 'country'], ['guinea - bissau', 'country'], ['rio de janeiro', 'city'], ['mato grosso', 'region'], ['minas gerais', 'region']])('finds %j', (surface, kind) => {
    expect(bySurface.get(surface)?.kind).toBe(kind);
  });
});

describe('social platforms', () => {
  it.each([['instagram'], ['weibo'], ['snapchat'], ['reddit'], ['telegram'], ['tiktok']])('types %j as an organisation, not the place the tagger guessed', (surface) => {
    expect(bySurface.get(surface)?.type).toBe('Organization');
  });
});

describe('armed groups', () => {
  it.each([
    ['Police said Al-Shabaab had attacked a base.', ['Organization/al-Shabaab']],
    ['Officials said Al-Qaeda was behind the bombing.', ['Organization/al-Qaeda']],
    ['ISIS claimed the attack, and the Islamic State said more would follow.', ['Organization/Islamic State', 'Organization/Islamic State']],
    ['The minister vowed to defeat ISIL.', ['Organization/Islamic State']],
  ])('names the group the gazetteer knows: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('national legislatures named by their own word (organizations.json, session 34)', () => {
  it.each([
    ['The Taoiseach told the Dáil that the levy would stay.', ['Organization/Dáil']],
    ['The levy bill cleared the Lok Sabha late on Monday.', ['Organization/Lok Sabha']],
    ['Members of the Seanad voted against the plan.', ['Organization/Seanad']],
  ])('names the chamber: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('news agencies and broadcasters (organizations.json, session 35)', () => {
  it.each([
    ['BUSAN, May 4 (Yonhap) -- Ferry services were halted.', 'Organization/Yonhap'],
    ['OSAKA, Jan 9 (Kyodo) -- Rail lines reopened.', 'Organization/Kyodo'],
    ['The mayor told Kompas TV the river was rising.', 'Organization/Kompas TV'],
    ['"We gave everything," the winger told Sky Sports.', 'Organization/Sky Sports'],
  ])('names the outlet, no place or person: %s', (text, key) => {
    expect(keys(text)).toContain(key);
  });
});

describe('a nationality\'s adjective is no name of the country (build.mjs DROP_ALIAS, session 34)', () => {
  it('reads "Thai" before a noun as the demonym of Thailand', () => {
    const m = findEntities(readText('Police in Perth arrested a Thai fisherman on Friday.')).mentions.find((x) => x.entity === 'Place/Thailand');
    expect(m?.kind).toBe('demonym');
  });
  it('keeps the demonym with the airline it opens', () => {
    expect(keys('Thai Airways International said it would add flights to Perth.')).toEqual(['Organization/Thai Airways International', 'Place/Perth']);
  });
});

describe('a bare "Congo" is DR Congo, as news write it; the other state is "Congo Republic" (build.mjs DROP_ALIAS)', () => {
  it.each([
    ['Fighting in eastern Congo has driven thousands from their farms.', 'Place/Democratic Republic of the Congo'],
    ["Congo's army said the rebels had withdrawn.", 'Place/Democratic Republic of the Congo'],
    ['Congo Republic said the border would reopen.', 'Place/Republic of the Congo'],
  ])('%s', (text, expected) => {
    expect(keys(text)).toContain(expected);
  });
});
