// Stage 3, rule family floating: floating-quote on readText + findAttributions output (no NER, no
// model); the fallbacks 'quoted-words' and 'unattributed-quotation', which run after the confidence
// model, on analyze() with minConfidence 0. The table is cases/floating.ts; the runner is harness.ts.

import { floating } from './cases/floating.js';
import { describeFamily } from './harness.js';

describeFamily(floating);
