// Stage 2 (src/2-mentions/entities/): names the entity stage cut or mistyped on invented news (session
// 29, names40): a court cut before "Court", a list of fields before a union's head word, a charity named
// after a disease, a country before a body with "and" inside, a rank's unit after a body, a state's
// acronym after a body's word, an airline that "said it", a foreign-language outlet, a place before its
// residents, a numbered road, a form of address after a title. Sentences written for this test; names invented.
import { describe, expect, it } from 'vitest';
import { handSpans, keys, shown } from './_hand-spans.js';
import { retypeSpans } from '../../../src/2-mentions/entities/span-types.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';

describe('names through the tagger', () => {
  it.each([
    ['court-name', 'A judge at Leicester Crown Court said the sentence was fair.', ['Organization/Leicester Crown Court']],
    ['field-list-body', 'The Road, Rail and Ferry Union said its members would strike.', ['Organization/Road, Rail and Ferry Union']],
    ['disease-charity-name', 'The Alzheimer\'s Society called the results encouraging.', ['Organization/Alzheimer\'s Society']],
    ['disease-charity-name', 'The Parkinson\'s Trust praised the trial.', ['Organization/Parkinson\'s Trust']],
    ['country-before-coordinated-body', 'A U.S. Fish and Wildlife Service biologist counted the nests.', ['Organization/U.S. Fish and Wildlife Service']],
    ['opening-word-before-nation (an acronym)', 'Infrastructure NSW said the bridge would open in June.', ['Organization/Infrastructure NSW']],
    ['rank-unit-after-body', 'Cal Fire Battalion Chief Ana Ruiz said the road was closed.', ['Organization/Cal Fire', 'Person/Ana Ruiz']],
    ['said-it-company-word', 'Kestrel Air said it had grounded two planes.', ['Organization/Kestrel Air']],
    ['foreign-article-outlet', 'Les Nouvelles reported the merger on Monday.', ['Organization/Les Nouvelles']],
    ['place-before-residents', 'Cedar Flat residents were told to leave by noon.', ['Place/Cedar Flat']],
    ['numbered-road', 'Smoke drifted over Route 9 on Monday.', ['Place/Route 9']],
    ['person-after-title', 'Opposition MP Mrs. Ana Tuilagi said the levy was unfair.', ['Person/Ana Tuilagi']],
    ['place-before-residents', 'Pine Hollow villagers said the water had turned brown.', ['Place/Pine Hollow']],
    ['place-before-residents (a singular noun before a person\'s name)', 'Carterton resident Mereana Hohaia said the lake rose overnight.', ['Place/Carterton', 'Person/Mereana Hohaia']],
    ['place-before-residents (a singular noun before a person\'s name)', 'Marton resident Ana Seru said the river rose.', ['Place/Marton', 'Person/Ana Seru']],
  ])('%s: %s', (_rule, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // Guard: a person who "said it was" stays a person (no company's word ends the name).
    ['said-it-company-word', 'Dana Ruiz said it was a good day.', ['Person/Dana Ruiz']],
  ])('%s keeps: %s', (_rule, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['court-name', 'He was jailed at Harlow Crown Court on Friday.', [['Harlow Crown', 'LOC'], ['Court', 'ORG']], ['Harlow Crown Court/ORG']],
  ['court-name', "The inquest at Penrith Coroner's Court heard that she had fallen.", [['Penrith Coroner', 'LOC'], ['Court', 'LOC']], ["Penrith Coroner's Court/ORG"]],
  ['court-name', "The case opened at Wrexham Magistrates' Court on Monday.", [['Wrexham Magistrates', 'LOC'], ['Court', 'ORG']], ["Wrexham Magistrates' Court/ORG"]],
  ['field-list-body', 'The Rail, Bus and Tram Union backed the deal.', [['Rail', 'ORG'], ['Bus', 'ORG'], ['Tram Union', 'ORG']], ['Rail, Bus and Tram Union/ORG']],
  ['disease-charity-name', 'Crohn\'s UK said the drug worked.', [['Crohn', 'ORG'], ['UK', 'LOC']], ['Crohn\'s UK/ORG']],
  ['rank-unit-after-body', 'Harlow Fire Battalion Chief Ana Ruiz spoke.', [['Harlow Fire Battalion', 'ORG'], ['Ana Ruiz', 'PER']], ['Harlow Fire/ORG', 'Ana Ruiz/PER']],
  ['rank-unit-after-body', 'Cal Fire Battalion Chief Ana Ruiz spoke.', [['Cal', 'PER'], ['Fire Battalion', 'ORG'], ['Ana Ruiz', 'PER']], ['Cal Fire/ORG', 'Ana Ruiz/PER']],
  ['foreign-article-outlet', 'El Periódico reported the deal.', [['El Periódico', 'PER']], ['El Periódico/ORG']],
  ['numbered-road', 'The fire jumped Highway 36 near the ranch.', [['Highway', 'ORG']], ['Highway 36/LOC']],
  ['paired-place-council', 'Tarrow and Kelby Borough Council said the bins would be collected.', [['Tarrow', 'ORG'], ['Kelby Borough Council', 'ORG']], ['Tarrow and Kelby Borough Council/ORG']],
  ['paired-place-council', 'Officials from Dunmere and Ashby District Council met.', [['Dunmere', 'LOC'], ['Ashby District Council', 'ORG']], ['Dunmere and Ashby District Council/ORG']],
];

const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['field-list-body: a list of bodies, not of fields', 'Google, Apple and Harlow Union met.', [['Google', 'ORG'], ['Apple', 'ORG']]],
  ['disease-charity-name: a disease with no body after it', 'Patients with Alzheimer\'s were studied.', [['Alzheimer', 'MISC']]],
  ['foreign-article-outlet: a surname particle, and no verb of reporting', 'Le Carre said he was tired.', [['Le Carre', 'PER']]],
  ['place-before-residents: a person\'s name before "voters"', 'Dana Ruiz voters cheered.', [['Dana Ruiz', 'PER']]],
  ['place-before-residents: a singular "resident" before a post, not a name', 'IMF resident representative Ana Ruiz spoke.', [['IMF', 'ORG'], ['Ana Ruiz', 'PER']]],
  ['paired-place-council: no local government\'s kind before "Council"', 'Tarrow and Kelby Arts Council met.', [['Tarrow', 'LOC'], ['Kelby Arts Council', 'ORG']]],
];

describe('span rules on the tagger\'s spans given by hand', () => {
  it.each(HAND_ROWS)('%s: %s', (_rule, text, tagged, expected) => {
    const { toks, prep, spans } = handSpans(text, tagged);
    retypeSpans(toks, prep, spans, text);
    expect(shown(text, toks, spans)).toEqual(expected);
  });

  it.each(KEPT_ROWS)('keeps the spans: %s', (_why, text, tagged) => {
    const { toks, prep, spans } = handSpans(text, tagged);
    retypeSpans(toks, prep, spans, text);
    expect(shown(text, toks, spans)).toEqual(tagged.map(([t, type]) => `${t}/${type}`));
  });
});
