// Stage 2, named entities: the given-name list (data/gazetteers/given-names.json, US Social Security
// baby-name counts, built by data/gazetteers/build-given-names.mjs) as one lookup, read by the
// tagger's features (tagger.ts): "Paris Hilton" and "Jordan Peterson" open with a given name.

import data from '../../../data/gazetteers/given-names.json' with { type: 'json' };

/**
 * What the list says of a word: 0 not a given name; 1 given to 20,000 or more people, 2 to 2,000 or
 * more, 3 to 200 or more; 4 a common given name that is also an English word ("Will", "Grace", "Bob").
 */
export type GivenName = 0 | 1 | 2 | 3 | 4;
export const ALSO_WORD: GivenName = 4;

let table: Map<string, GivenName> | null = null;

/** The list as a map, built on first use (≈26,000 names). */
function names(): Map<string, GivenName> {
  if (table) return table;
  const t = new Map<string, GivenName>();
  const bands: [string, GivenName][] = [['20000', 1], ['2000', 2], ['200', 3]];
  for (const [key, cls] of bands) for (const w of (data.bands as Record<string, string>)[key]!.split(' ')) t.set(w, cls);
  for (const w of data.alsoWords.split(' ')) t.set(w, ALSO_WORD);
  table = t;
  return t;
}

/** The given-name class of a lower-cased word. */
export function givenNameClass(lower: string): GivenName {
  return names().get(lower) ?? 0;
}
