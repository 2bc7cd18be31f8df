// Stage 3, rule family relayed: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/relayed.ts; the runner is harness.ts.

import { relayed } from './cases/relayed.js';
import { describeFamily } from './harness.js';

describeFamily(relayed);
