// The row types of the per-family rule tables (cases/<family>.ts), shared by the family tests and the
// coverage test. A row names the stage-3 rule that must read an invented sentence, and what it must read.
// Only types are imported here, so the coverage test loads no NLP.

import type { RULES, RuleId } from '../../../../src/3-statements/index.js';

/** A rule family: the `family` field of RULES. */
export type Family = (typeof RULES)[number]['family'];

/**
 * [rule id, sentence, expected content, expected speaker]: the rule reads this content with this
 * speaker (the text from the first speaker token's start to the last one's end; null when the rule
 * gives no speaker).
 */
export type RuleRow = readonly [rule: RuleId, sentence: string, content: string, speaker: string | null];

/** [rule id, sentence, why]: the rule must read nothing in this sentence. */
export type NegativeRow = readonly [rule: RuleId, sentence: string, why: string];

/** The table of one family. */
export interface FamilyCases {
  readonly family: Family;
  readonly rows: readonly RuleRow[];
  readonly negatives: readonly NegativeRow[];
}
