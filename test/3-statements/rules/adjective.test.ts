// Stage 3, rule family adjective: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/adjective.ts; the runner is harness.ts.

import { adjective } from './cases/adjective.js';
import { describeFamily } from './harness.js';

describeFamily(adjective);
