// Stage 3, rule family document: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/document.ts; the runner is harness.ts.

import { document } from './cases/document.js';
import { describeFamily } from './harness.js';

describeFamily(document);
