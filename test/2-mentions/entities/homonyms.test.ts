// Stage 2 (src/2-mentions/entities/homonyms.ts): a place name two gazetteer entries share — a US
// state and a country ("Georgia"), a US state and a capital ("Washington") — and a city's name that
// is a person's surname are read by their context. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { cand, type Cand } from '../../../src/2-mentions/entities/candidate.js';
import { bySurface, phraseTokens } from '../../../src/2-mentions/entities/gazetteer.js';
import { CITY_SURNAME_RULES, HOMONYM_RULES, readHomonyms } from '../../../src/2-mentions/entities/homonyms.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

/** Reads `text` with a candidate for each occurrence of the given place names; the entry names of `surface`'s mentions. */
function readingsOf(text: string, places: string[], surface: string): string[] {
  const layer = readText(text);
  const toks = layer.tokens;
  const cands: Cand[] = [];
  for (const p of places) {
    const words = phraseTokens(p);
    for (let k = 0; k + words.length <= toks.length; k++) {
      if (words.every((w, j) => toks[k + j]!.lower === w)) cands.push(cand(k, k + words.length, 'Place', 'name', bySurface.get(words.join(' '))));
    }
  }
  cands.sort((a, b) => a.from - b.from);
  readHomonyms(layer, cands);
  const key = phraseTokens(surface).join(' ');
  return cands.filter((c) => toks.slice(c.from, c.to).map((t) => t.lower).join(' ') === key).map((c) => c.gaz!.name);
}

describe('readHomonyms', () => {
  it.each([
    ['state-follower', 'Georgia Gov. Ann Ruiz signed the budget on Friday.', ['Georgia'], 'Georgia', 'Georgia (U.S. state)'],
    ['state-follower', 'Wildfires in Washington state forced thousands to leave.', ['Washington'], 'Washington', 'Washington (U.S. state)'],
    ['politics-follower', 'Georgia voters waited for hours outside the schools.', ['Georgia'], 'Georgia', 'Georgia (U.S. state)'],
    ['state-of', 'Fires spread across the state of Washington last summer.', ['Washington'], 'Washington', 'Washington (U.S. state)'],
    ['us-city-comma', 'She grew up in Atlanta, Georgia, and moved north.', ['Atlanta', 'Georgia'], 'Georgia', 'Georgia (U.S. state)'],
    ['state-list', 'The senator campaigned in Ohio, Georgia and Iowa.', ['Ohio', 'Georgia', 'Iowa'], 'Georgia', 'Georgia (U.S. state)'],
    ['state-list', 'Caucuses in Alaska, Hawaii, and Washington take place on Saturday.', ['Alaska', 'Hawaii', 'Washington'], 'Washington', 'Washington (U.S. state)'],
    ['state-role-from', 'Lena Ruiz, a Democrat from Georgia, voted against the bill.', ['Georgia'], 'Georgia', 'Georgia (U.S. state)'],
    ['state-role-from', 'Senator Lena Ruiz of Georgia voted against the bill.', ['Georgia'], 'Georgia', 'Georgia (U.S. state)'],
    ['country-follower', "Georgia's prime minister met the envoy in Brussels.", ['Georgia', 'Brussels'], 'Georgia', 'Georgia'],
    ['republic-of', 'Troops crossed into the Republic of Georgia overnight.', ['Georgia'], 'Georgia', 'Georgia'],
  ])('%s: %s', (_rule, text, places, surface, name) => {
    expect(readingsOf(text, places, surface)).toEqual([name]);
  });

  it('has an example row above for every mention-level rule', () => {
    const tested = new Set(['state-follower', 'politics-follower', 'state-of', 'us-city-comma', 'state-list', 'state-role-from', 'country-follower', 'republic-of']);
    expect(HOMONYM_RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it.each([
    ['the rest of the article names US places', 'Storms hit Georgia on Monday. Power was cut in Alabama and Tennessee.', ['Georgia', 'Alabama', 'Tennessee'], 'Georgia', 'Georgia (U.S. state)'],
    ["the country's capital is named", 'Protesters gathered in Tbilisi. Georgia has asked for help; aid also came from Texas.', ['Tbilisi', 'Georgia', 'Texas'], 'Georgia', 'Georgia'],
    ['more foreign places than US ones', 'Georgia and Armenia signed a pact, Turkey said; New York hosted the talks.', ['Georgia', 'Armenia', 'Turkey', 'New York'], 'Georgia', 'Georgia'],
    ['no place says either way', 'Georgia will vote in May.', ['Georgia'], 'Georgia', 'Georgia'],
  ])('without a mention-level clue, a name a country shares is read from the article: %s', (_why, text, places, surface, name) => {
    expect(new Set(readingsOf(text, places, surface))).toEqual(new Set([name]));
  });

  it.each([
    ['Officials in Washington said the talks would resume.', 'Washington'],
    ['Voters are tired of Washington politics, the governor said.', 'Washington'],
    ['Washington lawmakers returned from recess on Monday.', 'Washington'],
  ])('leaves a capital without a state clue in its own words as the capital: %s', (text, surface) => {
    expect(readingsOf(text, ['Washington'], surface)).toEqual(['Washington']);
  });

  it('reads a capital per mention: the state where its words say so, the capital elsewhere', () => {
    expect(readingsOf('Officials in Washington praised Washington state for its plan.', ['Washington'], 'Washington')).toEqual(['Washington', 'Washington (U.S. state)']);
  });
});

describe('findEntities with a shared place name', () => {
  it('keys the state apart from the country, with no Wikidata id of the country', () => {
    const layer = readText('Representative Lena Ruiz, a Democrat from Georgia, said the count was fair. Georgia voters agreed.');
    const state = findEntities(layer).entities.find((e) => e.key.startsWith('Place/Georgia'));
    expect(state?.key).toBe('Place/Georgia (U.S. state)');
    expect(state?.wikidata).toBeUndefined();
  });

  it('keeps the country, with its Wikidata id, in news about the country', () => {
    const layer = readText("TBILISI, Georgia - Georgia's prime minister said on Monday that talks with Russia had failed.");
    const country = findEntities(layer).entities.find((e) => e.key.startsWith('Place/Georgia'));
    expect(country?.key).toBe('Place/Georgia');
    expect(country?.wikidata).toBe('Q230');
  });
});

describe('readCityOrSurname (through findEntities)', () => {
  const typeAt = (text: string, surface: string, nth: number) => {
    const r = findEntities(readText(text));
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
    const m = r.mentions.find((x) => x.start === at && x.end === at + surface.length);
    return m ? r.entities.find((e) => e.key === m.entity)?.key : undefined;
  };
  it.each([
    ['city-comma-region', 'Senator Maria Lincoln visited Lincoln, Nebraska, on Friday. Lincoln said the farm bill was overdue.', 'Lincoln', 1, 'Place/Lincoln'],
    ['city-comma-region', 'Senator Maria Lincoln visited Lincoln, Nebraska, on Friday. Lincoln said the farm bill was overdue.', 'Lincoln', 2, 'Person/Maria Lincoln'],
    ['surname-subject', 'Tom Florence, a lawyer, said the case was weak. Florence argued that the court in Florence had erred.', 'Florence', 1, 'Person/Tom Florence'],
    ['surname-subject', 'Tom Florence, a lawyer, said the case was weak. Florence argued that the court in Florence had erred.', 'Florence', 2, 'Place/Florence'],
    ['surname-subject', 'The director Neil Chad said the film was done. Chad defends the ending, shot in Chad last year.', 'Chad', 1, 'Person/Neil Chad'],
    ['surname-subject', 'The director Neil Chad said the film was done. Chad defends the ending, shot in Chad last year.', 'Chad', 2, 'Place/Chad'],
  ])('%s: %s (%s, occurrence %i)', (_rule, text, surface, nth, key) => {
    expect(typeAt(text, surface, nth)).toBe(key);
  });

  it('has an example row for every city-or-surname rule', () => {
    expect(CITY_SURNAME_RULES.map((r) => r.id).sort()).toEqual(['city-comma-region', 'surname-subject']);
  });
});
