// Stage 3, rule family according-to: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/according-to.ts; the runner is harness.ts.

import { accordingTo } from './cases/according-to.js';
import { describeFamily } from './harness.js';

describeFamily(accordingTo);
