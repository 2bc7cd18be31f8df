// Stage 3, rule family participle: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/participle.ts; the runner is harness.ts.

import { participle } from './cases/participle.js';
import { describeFamily } from './harness.js';

describeFamily(participle);
