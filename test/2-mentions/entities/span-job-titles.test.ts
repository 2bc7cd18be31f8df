// Stage 2 (src/2-mentions/entities/span-job-titles.ts): a capitalised job title the tagger read as an
// organisation names a post, no body (session 35, probe 48). Sentences written for this test; names invented.
import { describe } from 'vitest';
import { spanRuleCases, type SpanRuleRows } from './_hand-spans.js';

const CASES: SpanRuleRows = {
  rows: [
    ['owned-job-title', 'Growers had hoped for more, the National Chairman of the cooperative said.', []],
  ],
  handRows: [
    ['owned-job-title', 'A letter signed by its Corporate Affairs Manager, Efua Owusu, said prices would rise.', [['Corporate Affairs Manager', 'ORG'], ['Efua Owusu', 'PER']], ['Efua Owusu/PER']],
    ['owned-job-title', 'The Regional Director of the agency resigned.', [['Regional Director', 'ORG']], []],
  ],
  keptRows: [
    ['"of" and a capitalised name after the title: left to the title rules', 'The Regional Director of Harlow Water resigned.', [['Regional Director', 'ORG'], ['Harlow Water', 'ORG']]],
    ['a body\'s name that ends in no title', 'Its Harbour Board met on Monday.', [['Harbour Board', 'ORG']]],
  ],
};

describe('span rules: job titles read as organisations', () => {
  spanRuleCases(CASES);
});
