// Stage 3, rule family evidential: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/evidential.ts; the runner is harness.ts.

import { evidential } from './cases/evidential.js';
import { describeFamily } from './harness.js';

describeFamily(evidential);
