// Stage 2 (src/2-mentions/entities/span-particles.ts): names whose particle the tagger left out — the
// Arabic article written against a name with a hyphen ("al-Aqsa", "Bashar al-Assad") and a surname's
// particles before a surname written alone ("de Klerk", "Van der Merwe") — are joined by named rules.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { SPAN_PARTICLE_RULES } from '../../../src/2-mentions/entities/span-particles.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { spanRuleCases } from './_hand-spans.js';

// Read through findEntities: the tagger's own spans.
const ROWS: [string, string, string[]][] = [
  ['arabic-article-name', 'Worshippers gathered at the al-Aqsa mosque on Friday.', ['Place/al-Aqsa']],
  ['arabic-article-name', 'The president, Bashar al-Assad, said he would not resign.', ['Person/Bashar al-Assad']],
  ['arabic-article-name', 'Moqtada al-Sadr had returned to Najaf.', ['Person/Moqtada al-Sadr', 'Place/Najaf']],
  ['particle-opened-surname', 'In the second half de Jong scored and the crowd cheered.', ['Person/de Jong']],
  ['particle-opened-surname', 'The move was backed by van der Leyen and opposed by others.', ['Person/van der Leyen']],
  ['particle-opened-surname', 'A quick penalty from Van der Merwe set up the third try.', ['Person/Van der Merwe']],
];

// The tagger's spans given by hand.
const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['arabic-article-name', 'Residents of al-Mayadeen fled as fighting spread.', [['Mayadeen', 'LOC']], ['al-Mayadeen/LOC']],
  ['arabic-article-name', 'Talks were held in Sharm el-Sheikh on Monday.', [['Sheikh', 'LOC']], ['Sharm el-Sheikh/LOC']],
  ['arabic-article-name', 'Fighters of Jabhat al-Nusra took the town.', [['Jabhat', 'ORG'], ['Nusra', 'LOC']], ['Jabhat al-Nusra/ORG']],
  ['arabic-article-name', 'Leaders of al-Gama\'a al-Islamiya were held.', [["Gama'a", 'ORG']], ["al-Gama'a al-Islamiya/ORG"]],
  ['arabic-article-name', 'Cleric Moqtada al-Sadr spoke.', [['Moqtada', 'LOC'], ['Sadr', 'PER']], ['Moqtada al-Sadr/PER']],
  ['arabic-article-name', 'Officials Said al-Harlow was closed.', [['Harlow', 'LOC']], ['al-Harlow/LOC']],
  ['particle-opened-surname', 'Supporters of da Silva marched in the capital.', [['Silva', 'PER']], ['da Silva/PER']],
  ['particle-opened-surname', 'Later de Klerk kicked a penalty.', [['Klerk', 'PER']], ['de Klerk/PER']],
  ['particle-opened-surname', 'The referee allowed Van der Merwe to score.', [['Van', 'LOC'], ['Merwe', 'PER']], ['Van der Merwe/PER']],
  ['particle-opened-surname', 'The referee allowed Van den Berg to score.', [['Berg', 'PER']], ['Van den Berg/PER']],
];

// Spans the rules leave as they are.
const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['a hyphen with spaces around it', 'The talks went al - Harlow said nothing.', [['Harlow', 'PER']]],
  ['a given name before the particle: lower-case-surname-particle joins it', 'Erik ten Hag said the team was ready.', [['Erik', 'ORG'], ['Hag', 'PER']]],
  ['a capitalised particle alone, the Turkish city', 'The quake struck Van on Monday.', [['Van', 'LOC']]],
  ['a particle before a place', 'The Tour de France began.', [['Tour', 'MISC'], ['France', 'LOC']]],
  ['an organisation after a capitalised particle', 'Shares in De La Rue rose.', [['De', 'ORG'], ['Rue', 'ORG']]],
];

describe('span particles', () => {
  spanRuleCases({ rows: ROWS, handRows: HAND_ROWS, keptRows: KEPT_ROWS });

  it('has a row for every rule', () => {
    const ids = [...ROWS, ...HAND_ROWS].map((row) => row[0]);
    expect(SPAN_PARTICLE_RULES.map((r) => r.id).filter((id) => !ids.includes(id))).toEqual([]);
  });
});
