// Stage 2 (src/2-mentions/entities/span-currency-amounts.ts): a currency's letter glued to an amount
// and a country's letters before a currency sign are amounts, no names (session 35, probes 47 and 48).
// Sentences written for this test; names invented.
import { describe } from 'vitest';
import { spanRuleCases, type SpanRuleRows } from './_hand-spans.js';

const CASES: SpanRuleRows = {
  rows: [
    ['glued-amount-alone', 'The Harbor Authority said P1.2 billion was released last week.', ['Organization/Harbor Authority']],
  ],
  handRows: [
    ['glued-amount-alone', 'Officials said P3.5 billion would go to the towns.', [['P3.5', 'PER']], []],
    ['glued-amount-alone', 'The council received K40 million on Monday.', [['K40', 'ORG']], []],
    ['currency-letters-before-sign', 'Growers had asked for GH¢70,000 per tonne, the union said.', [['GH', 'ORG']], []],
    ['currency-letters-before-sign', 'Traders paid GH₵2 million for the licences.', [['GH', 'LOC']], []],
  ],
  keptRows: [
    ['a product code with no decimal and no word of scale', 'The P500 sold out in May.', [['P500', 'ORG']]],
    ['capitals with no currency sign after them', 'The GH Trust paid 70,000 cedis.', [['GH Trust', 'ORG']]],
  ],
};

describe('span rules: amounts the tagger read as names', () => {
  spanRuleCases(CASES);
});
