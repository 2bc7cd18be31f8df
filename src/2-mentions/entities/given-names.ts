// Stage 2, named entities: the given-name list (data/gazetteers/given-names.json, US Social Security
// baby-name counts, built by data/gazetteers/build-given-names.mjs) as one lookup, read by the
// span-type rules (span-types.ts): "Paris Hilton" and "Jordan Peterson" open with a given name.

import data from '../../../data/gazetteers/given-names.json' with { type: 'json' };
import { boundedMemo } from '../../memo.js';
import { sortedWordIndex } from '../../spans.js';

/**
 * What the list says of a word: 0 not a given name; 1 given to 20,000 or more people, 2 to 2,000 or
 * more, 3 to 200 or more; 4 a common given name that is also an English word ("Will", "Grace", "Bob").
 */
export type GivenName = 0 | 1 | 2 | 3 | 4;
export const ALSO_WORD: GivenName = 4;

/** The bands' names as sorted arrays, split on first use: a binary search each, no 26,000-entry map to build at start. */
let lists: [readonly string[], GivenName][] | null = null;

function bands(): [readonly string[], GivenName][] {
  if (lists) return lists;
  const b = data.bands as Record<string, string>;
  lists = [[b['20000']!.split(' '), 1], [b['2000']!.split(' '), 2], [b['200']!.split(' '), 3], [data.alsoWords.split(' '), ALSO_WORD]];
  return lists;
}

/** Is `word` in the sorted list? */
const has = (list: readonly string[], word: string): boolean => sortedWordIndex(list.length, (i) => list[i]!, word) >= 0;

/** The given-name class of a lower-cased word (remembered: the span rules ask for the same words again and again). */
export const givenNameClass: (lower: string) => GivenName = boundedMemo((lower) => {
  for (const [list, band] of bands()) if (has(list, lower)) return band;
  return 0;
});

/** A common given name: given to 2,000 people or more, and no English word ("Mary", not "Will"). */
export function isCommonGivenName(lower: string): boolean {
  const band = givenNameClass(lower);
  return band === 1 || band === 2;
}

let sexes: [readonly string[], readonly string[]] | null = null;

/** The sex a given name tells (95% of its bearers or more), or null: "she" and "he" must agree with it. (Remembered, as the class is: pronouns ask for the same names again and again.) */
export const sexOfGivenName: (lower: string) => 'female' | 'male' | null = boundedMemo((lower) => {
  sexes ??= [data.female.split(' '), data.male.split(' ')];
  if (has(sexes[0], lower)) return 'female';
  return has(sexes[1], lower) ? 'male' : null;
});
