// Stage 3, rule family raising: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/raising.ts; the runner is harness.ts.

import { raising } from './cases/raising.js';
import { describeFamily } from './harness.js';

describeFamily(raising);
