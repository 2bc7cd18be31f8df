// Stage 3, rule family content-after: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/content-after.ts; the runner is harness.ts.

import { contentAfter } from './cases/content-after.js';
import { describeFamily } from './harness.js';

describeFamily(contentAfter);
