// Stage 3, rule family infinitive: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/infinitive.ts; the runner is harness.ts.

import { infinitive } from './cases/infinitive.js';
import { describeFamily } from './harness.js';

describeFamily(infinitive);
