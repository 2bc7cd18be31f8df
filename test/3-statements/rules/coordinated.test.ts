// Stage 3, rule family coordinated: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/coordinated.ts; the runner is harness.ts.

import { coordinated } from './cases/coordinated.js';
import { describeFamily } from './harness.js';

describeFamily(coordinated);
