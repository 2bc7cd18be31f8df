// Stage 3, rule family punctuation: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/punctuation.ts; the runner is harness.ts.

import { punctuation } from './cases/punctuation.js';
import { describeFamily } from './harness.js';

describeFamily(punctuation);
