// Stage 3, rule family hearing: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/hearing.ts; the runner is harness.ts.

import { hearing } from './cases/hearing.js';
import { describeFamily } from './harness.js';

describeFamily(hearing);
