// Stage 2 (src/2-mentions/entities/span-outlets.ts): a news outlet's name the tagger read as a place or
// cut before its head word is a publication. Sentences written for this test; each row fails without its rule.
import { describe } from 'vitest';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { spanRuleCases } from './_hand-spans.js';

const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['outlet-head-name', 'She wrote in an opinion piece in Tarvik News that rents had doubled.', [['Tarvik News', 'LOC']], ['Tarvik News/ORG']],
  ['outlet-head-name', 'He told the Dunmore Gazette that the pier was unsafe.', [['Dunmore Gazette', 'LOC']], ['Dunmore Gazette/ORG']],
  ['outlet-head-joined', 'She wrote in Nunavik News that rents had doubled.', [['Nunavik', 'ORG'], ['News', 'LOC']], ['Nunavik News/ORG']],
];

const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['a place the gazetteer knows that ends in an outlet\'s word', 'Workers in Newport News said the yard would close.', [['Newport News', 'LOC']]],
  ['a person, not a place, ending in a word that is no outlet\'s head here', 'Etiquette writer Emily Post said it was rude.', [['Emily Post', 'PER']]],
];

const ROWS: [string, string, string[]][] = [
  ['outlet-head-name', 'She wrote in an opinion piece in Tarvik News that rents had doubled.', ['Organization/Tarvik News']],
];

describe('span rules that make news outlets', () => {
  spanRuleCases({ rows: ROWS, handRows: HAND_ROWS, keptRows: KEPT_ROWS });
});
