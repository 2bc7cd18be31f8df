// Test helper: the long test set (big inputs, long fuzzing, whole evaluation corpora) runs only with
// NEWSGRAPH_LONG_TESTS=1 or CI=true (.ci/run sets them), so `npm test` stays fast on a fresh
// clone. Short runs print once what they leave out. Not a test file.

import { it } from 'vitest';

/** True when the long test set runs. */
export const LONG = /^(?:1|true)$/i.test(process.env.NEWSGRAPH_LONG_TESTS ?? '') || process.env.CI === 'true';

/** `n` in the long set, `short` otherwise. */
export function longOr<T>(n: T, short: T): T {
  return LONG ? n : short;
}

const told = new Set<string>();

/** `it` in the long set; otherwise `it.skip`, printing once why. */
export function itLong(what: string): typeof it | typeof it.skip {
  if (LONG) return it;
  if (!told.has(what)) {
    told.add(what);
    console.info(`newsgraph tests: ${what} runs only in the long set (NEWSGRAPH_LONG_TESTS=1, or CI=true as in .ci/run).`);
  }
  return it.skip;
}
