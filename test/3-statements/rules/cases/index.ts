// Every family's rule table, for the coverage test (coverage.test.ts); each family's own test file
// imports its table directly.

import { accordingTo } from './according-to.js';
import { adjective } from './adjective.js';
import { asked } from './asked.js';
import { contentAfter } from './content-after.js';
import { contentBefore } from './content-before.js';
import { coordinated } from './coordinated.js';
import { document } from './document.js';
import { evidential } from './evidential.js';
import { floating } from './floating.js';
import { hearing } from './hearing.js';
import { infinitive } from './infinitive.js';
import { inverted } from './inverted.js';
import { nominalStance } from './nominal-stance.js';
import { participle } from './participle.js';
import { passive } from './passive.js';
import { punctuation } from './punctuation.js';
import { raising } from './raising.js';
import { relayed } from './relayed.js';
import type { FamilyCases } from './types.js';

export const ALL_CASES: readonly FamilyCases[] = [
  accordingTo, infinitive, participle, passive, raising, coordinated, contentBefore, contentAfter,
  inverted, adjective, punctuation, document, evidential, asked, hearing, nominalStance, floating, relayed,
];
