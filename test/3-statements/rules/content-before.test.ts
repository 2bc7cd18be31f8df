// Stage 3, rule family content-before: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/content-before.ts; the runner is harness.ts.

import { contentBefore } from './cases/content-before.js';
import { describeFamily } from './harness.js';

describeFamily(contentBefore);
