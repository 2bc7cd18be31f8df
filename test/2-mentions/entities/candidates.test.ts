// Stage 2 (src/2-mentions/entities/candidates.ts): names the tagger left out and the candidate step
// adds — here romanised East Asian names (addUntaggedSyllableNames). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { keys } from './_hand-spans.js';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

describe('addUntaggedSyllableNames', () => {
  it.each([
    ["The club's treasurer, You Ting-kuo, said the accounts were clean.", ['Person/You Ting-kuo']],
    ['Mr Harlan met You Pei-chen in the lobby.', ['Person/Harlan', 'Person/You Pei-chen']],
    // (A common Korean surname that is an English word or no regular syllable: entity-words.json koreanSurnames.)
    ['Park Ha-eun, 34, a nurse in Daegu, said the wards were full.', ['Person/Park Ha-eun', 'Place/Daegu']],
    ['Park Ji-hoon, 41, a taxi driver in Busan, said fares were too low.', ['Person/Park Ji-hoon', 'Place/Busan']],
    // (The tagger took the given name alone; the surname, an English word, is no description of the person.)
    ['Shin Jae-min said the case was closed.', ['Person/Shin Jae-min']],
    ['Moon Jae-ho said the talks would resume.', ['Person/Moon Jae-ho']],
  ])('a surname, a capitalised syllable and a hyphenated one are a person: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // Guards: no syllable after the hyphen; a capitalised word runs on into the two.
    ['You Ming-era rules were strict.', []],
  ])('guard: adds no name: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('a name that opens with "The" (candidatesOf, theOfName)', () => {
  const named = (text: string): string[] => findEntities(readText(text)).mentions.map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);
  it.each([
    ['Judges at the tribunal in The Hague met on Monday.', ['The Hague=Place/The Hague']],
    ['She told The Guardian on Monday that the plan had failed.', ['The Guardian=Organization/The Guardian']],
    ['THE HAGUE, Netherlands (AP) - The tribunal met on Monday.', ['THE HAGUE=Place/The Hague', 'Netherlands=Place/Netherlands', 'AP=Organization/Associated Press']],
    // (A lower-case "the" stays out of the span; the name is still the gazetteer's.)
    ['She told the Guardian on Monday that the plan had failed.', ['Guardian=Organization/The Guardian']],
  ])('keeps its "The" and finds the gazetteer entry: %s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    // A determiner before a name the gazetteer knows without it.
    ['The Netherlands said it would send ships.', ['Netherlands=Place/Netherlands']],
  ])('guard: strips the determiner: %s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});
