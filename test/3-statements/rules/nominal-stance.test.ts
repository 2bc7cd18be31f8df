// Stage 3, rule family nominal-stance: each row's rule reads its invented sentence with the expected content
// and speaker, on readText + findAttributions output (no NER, no confidence model); each negative
// row's rule reads nothing. The table is cases/nominal-stance.ts; the runner is harness.ts.

import { nominalStance } from './cases/nominal-stance.js';
import { describeFamily } from './harness.js';

describeFamily(nominalStance);
