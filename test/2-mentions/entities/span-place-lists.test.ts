// Stage 2 (src/2-mentions/entities/span-place-lists.ts): a name typed as a person in a list of places
// after a locative is one more place of it (session 35, probe 47). Sentences written for this test;
// names invented.
import { describe } from 'vitest';
import { spanRuleCases, type SpanRuleRows } from './_hand-spans.js';

const CASES: SpanRuleRows = {
  rows: [
    ['listed-place', 'Floods hit homes in Tarvik, Olsa Norte and Beruna, officials said.', ['Place/Tarvik', 'Place/Olsa Norte', 'Place/Beruna']],
  ],
  handRows: [
    ['listed-place', 'Ferries were halted in Davao, Surigao Sur and Bislig on Monday.', [['Davao', 'LOC'], ['Surigao Sur', 'PER'], ['Bislig', 'PER']], ['Davao/LOC', 'Surigao Sur/LOC', 'Bislig/LOC']],
    ['listed-place', 'Rain fell across Kisumu, Homa Bay, Migori or Siaya.', [['Kisumu', 'LOC'], ['Homa Bay', 'LOC'], ['Migori', 'PER'], ['Siaya', 'PER']], ['Kisumu/LOC', 'Homa Bay/LOC', 'Migori/LOC', 'Siaya/LOC']],
  ],
  keptRows: [
    ['the list is the subject of a verb: people', 'In Harlow, Okonjo and Brenner said the vote was lost.', [['Harlow', 'LOC'], ['Okonjo', 'PER'], ['Brenner', 'PER']]],
    ['a common given name opens the name', 'In Harlow, Maria Okonjo and Tessa Brenner were honoured.', [['Harlow', 'LOC'], ['Maria Okonjo', 'PER'], ['Tessa Brenner', 'PER']]],
    ['no "and" or "or": a comma sets off a clause', 'In Harlow, Okonjo, the mayor, resigned.', [['Harlow', 'LOC'], ['Okonjo', 'PER']]],
    ['no locative before the first place', 'Harlow, Okonjo and Brenner were named.', [['Harlow', 'LOC'], ['Okonjo', 'PER'], ['Brenner', 'PER']]],
    ['two names and a preposition after them: people each in a place', 'The deaths of Ana Roe in Ohio and Oduya Kamau in Iowa shocked the town.', [['Ana Roe', 'PER'], ['Ohio', 'LOC'], ['Oduya Kamau', 'PER'], ['Iowa', 'LOC']]],
  ],
};

describe('span rules: places the tagger read as people in a list of places', () => {
  spanRuleCases(CASES);
});
