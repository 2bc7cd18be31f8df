// Stage 3, rule family asked: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/asked.ts; the runner is harness.ts.

import { asked } from './cases/asked.js';
import { describeFamily } from './harness.js';

describeFamily(asked);
