// The given-name list (data/gazetteers/given-names.json, US Social Security baby-name counts, built by
// data/gazetteers/build-given-names.mjs) as lookups over data handed in: stage 2 imports the JSON
// (src/2-mentions/entities/given-names.ts); corpus identity reads it at first use, so that the query
// commands, which load the corpus modules, load no gazetteer (test/cli/module-loading.test.ts).

import { boundedMemo } from '../memo.js';
import { sortedWordIndex } from '../spans.js';

/** The list's fields that the lookups read. */
export interface GivenNameData {
  bands: Record<string, string>;
  alsoWords: string;
  female: string;
  male: string;
}

/**
 * What the list says of a word: 0 not a given name; 1 given to 20,000 or more people, 2 to 2,000 or
 * more, 3 to 200 or more; 4 a common given name that is also an English word ("Will", "Grace", "Bob").
 */
export type GivenName = 0 | 1 | 2 | 3 | 4;
export const ALSO_WORD: GivenName = 4;

/** Is `word` in the sorted list? */
const has = (list: readonly string[], word: string): boolean => sortedWordIndex(list.length, (i) => list[i]!, word) >= 0;

/** The class and the sex of given names, over the list `load` gives when first asked (each answer remembered). */
export function givenNameLookups(load: () => GivenNameData): { givenNameClass: (lower: string) => GivenName; sexOfGivenName: (lower: string) => 'female' | 'male' | null } {
  // The bands' names as sorted arrays, split on first use: a binary search each, no 26,000-entry map to build at start.
  let lists: [readonly string[], GivenName][] | null = null;
  let sexes: [readonly string[], readonly string[]] | null = null;
  const givenNameClass = boundedMemo((lower: string): GivenName => {
    if (!lists) {
      const data = load();
      const b = data.bands;
      lists = [[b['20000']!.split(' '), 1], [b['2000']!.split(' '), 2], [b['200']!.split(' '), 3], [data.alsoWords.split(' '), ALSO_WORD]];
    }
    for (const [list, band] of lists) if (has(list, lower)) return band;
    return 0;
  });
  // The sex a given name tells (95% of its bearers or more), or null.
  const sexOfGivenName = boundedMemo((lower: string): 'female' | 'male' | null => {
    if (!sexes) {
      const data = load();
      sexes = [data.female.split(' '), data.male.split(' ')];
    }
    if (has(sexes[0], lower)) return 'female';
    return has(sexes[1], lower) ? 'male' : null;
  });
  return { givenNameClass, sexOfGivenName };
}
