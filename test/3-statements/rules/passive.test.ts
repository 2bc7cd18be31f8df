// Stage 3, rule family passive: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/passive.ts; the runner is harness.ts.

import { passive } from './cases/passive.js';
import { describeFamily } from './harness.js';

describeFamily(passive);
