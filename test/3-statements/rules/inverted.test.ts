// Stage 3, rule family inverted: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/inverted.ts; the runner is harness.ts.

import { inverted } from './cases/inverted.js';
import { describeFamily } from './harness.js';

describeFamily(inverted);
