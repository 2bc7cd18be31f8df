// Stage 2 (src/2-mentions/entities/span-common-nouns.ts): capitalised bills and acts, a people's noun
// after "the", and names a body's class noun beside them types. Sentences written for this test; each
// row fails without its rule.
import { describe } from 'vitest';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { spanRuleCases } from './_hand-spans.js';

const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['lone-legal-instrument', 'Senators who back the Bill walked out of the chamber.', [['Bill', 'PER']], []],
  ['named-legal-instrument', 'Traders marched against the Excise Bill on Friday.', [['Excise', 'ORG'], ['Bill', 'PER']], ['Excise Bill/MISC']],
  ['named-legal-instrument', 'Growers lobbied against the Seed Act for years.', [['Seed Act', 'PER']], ['Seed Act/MISC']],
  ['named-legal-instrument (not when the name goes on after the word)', 'Officials of the State Law and Order Council met.', [['State Law', 'PER'], ['Order Council', 'ORG']], ['State Law and Order Council/ORG']],
  ['people-noun', 'The Swede said he was happy with his round.', [['Swede', 'PER']], []],
  ['class-noun-before-name', 'Volunteers from the charity Andes Hope handed out blankets.', [['Andes Hope', 'LOC']], ['Andes Hope/ORG']],
  ['name-before-class-noun', "Moreau finished ahead of the Vireo team's Lars Eklund.", [['Vireo', 'LOC'], ['Lars Eklund', 'PER']], ['Vireo/ORG', 'Lars Eklund/PER']],
];

const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['a given name before a surname', 'Bill Ochieng said the Bill would pass.', [['Bill Ochieng', 'PER']]],
  ['a given name in a foundation\'s name after "the"', 'He gave to the Bill, Rosa and Ines Moreno Foundation.', [['Bill', 'PER'], ['Rosa', 'PER'], ['Ines Moreno Foundation', 'ORG']]],
  ['a law\'s word alone read as an organisation', 'Judges swore to uphold the Constitution.', [['Constitution', 'ORG']]],
  ['a law named after a place', 'Delegates signed the Lusaka Accord in March.', [['Lusaka Accord', 'ORG']]],
  ['a law read whole as an organisation', 'Insurers opposed the Fair Pricing Act for months.', [['Fair Pricing Act', 'ORG']]],
  ['a given name that is also a people\'s noun', 'Dane Kowalski said profits rose.', [['Dane Kowalski', 'PER']]],
  ['a country before a team', 'The Kenya team arrived on Monday.', [['Kenya', 'LOC']]],
];

const ROWS: [string, string, string[]][] = [
  ['class-noun-before-name', 'Food parcels came from the charity Darfur Relief.', ['Organization/Darfur Relief']],
];

describe('capitalised common nouns and names a class noun types', () => {
  spanRuleCases({ rows: ROWS, handRows: HAND_ROWS, keptRows: KEPT_ROWS });
});
