// Stage 2 (src/2-mentions/entities/span-compound-names.ts): names the tagger cut at a generic word inside
// them — a state's "Kingdom of" before its place, a museum's adjective, a hospital trust before "NHS
// Trust", a given name's syllable after its hyphen. Sentences written for this test; names invented.
import { describe } from 'vitest';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { spanRuleCases } from './_hand-spans.js';

const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['state-of-place', 'Masks were taken from the Kingdom of Dahomey in 1892.', [['Kingdom', 'ORG'], ['Dahomey', 'LOC']], ['Kingdom of Dahomey/LOC']],
  ['state-of-place', 'Envoys of the Sultanate of Oman arrived.', [['Sultanate', 'ORG'], ['Oman', 'LOC']], ['Sultanate of Oman/LOC']],
  ['state-of-place', 'Ships of the Kingdom of the Netherlands sailed.', [['Kingdom', 'MISC'], ['Netherlands', 'LOC']], ['Kingdom of the Netherlands/LOC']],
  ['adjective-led-culture-body', 'The Ethnographic Museum returned the masks.', [['Ethnographic', 'ORG'], ['Museum', 'LOC']], ['Ethnographic Museum/ORG']],
  ['adjective-led-culture-body', 'She sang with the Municipal Choir for years.', [['Municipal', 'MISC'], ['Choir', 'ORG']], ['Municipal Choir/ORG']],
  ['service-before-acronym-body', 'Patients are waiting at Harrowgate Teaching Hospitals NHS Trust.', [['Harrowgate Teaching Hospitals', 'LOC'], ['NHS Trust', 'ORG']], ['Harrowgate Teaching Hospitals NHS Trust/ORG']],
  ['service-before-acronym-body', 'Staff at Kelvedon Community Services NHS Foundation Trust walked out.', [['Kelvedon Community Services', 'PER'], ['NHS Foundation Trust', 'ORG']], ['Kelvedon Community Services NHS Foundation Trust/ORG']],
  // (Guard: a body named after the place stays one organisation, as organisation-tail-word reads it.)
  ['state-of-place', 'The Federation of Tanzania Employers said wages rose.', [['Federation', 'ORG'], ['Tanzania', 'LOC']], ['Federation of Tanzania Employers/ORG']],
];

const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['adjective-led-culture-body: a given name before the head', 'Dear Emily, Gallery staff wrote.', [['Emily', 'PER'], ['Gallery', 'ORG']]],
  ['service-before-acronym-body: a place before the acronym', 'Leeds NHS Trust said beds were full.', [['Leeds', 'LOC'], ['NHS Trust', 'ORG']]],
  ['hyphenated-given-name-tail: a plural English word after the hyphen', 'She mocked the Harlan-isms again.', [['Harlan', 'PER']]],
];

// Read through findEntities: the tagger's own spans.
const ROWS: [string, string, string[]][] = [
  ['hyphenated-given-name-tail', 'Justices Kenneth Chan Tsz-lok, Mina Ho and Peter Lau found the posts unlawful.', ['Person/Kenneth Chan Tsz-lok', 'Person/Mina Ho', 'Person/Peter Lau']],
];

describe('span rules of names cut at a generic word', () => {
  spanRuleCases({ rows: ROWS, handRows: HAND_ROWS, keptRows: KEPT_ROWS });
});
