// Stage 2, named entities: the given-name list (data/gazetteers/given-names.json, US Social Security
// baby-name counts, built by data/gazetteers/build-given-names.mjs) as one lookup, read by the
// span-type rules (span-types.ts): "Paris Hilton" and "Jordan Peterson" open with a given name.

import data from '../../../data/gazetteers/given-names.json' with { type: 'json' };
import entityWords from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import { type GivenName, givenNameLookups } from '../../lexicon/given-names.js';

export { ALSO_WORD, type GivenName } from '../../lexicon/given-names.js';

const lookups = givenNameLookups(() => data);

/** The given-name class of a lower-cased word (remembered: the span rules ask for the same words again and again). */
export const givenNameClass: (lower: string) => GivenName = lookups.givenNameClass;

/** A common given name: given to 2,000 people or more, and no English word ("Mary", not "Will"). */
export function isCommonGivenName(lower: string): boolean {
  const band = givenNameClass(lower);
  return band === 1 || band === 2;
}

/** Names that tell one sex in US records and the other in another language ("Jean", "Andrea"; entity-words.json givenNamesOfBothSexes). */
const BOTH_SEXES: ReadonlySet<string> = new Set(entityWords.givenNamesOfBothSexes.words);

/** The sex a given name tells (95% of its bearers or more, and no other language's tradition against it), or null: "she" and "he" must agree with it. (Remembered, as the class is: pronouns ask for the same names again and again.) */
export const sexOfGivenName = (lower: string): 'female' | 'male' | null => (BOTH_SEXES.has(lower) ? null : lookups.sexOfGivenName(lower));
