// US party-and-state tags ("R-S.C.", "(D-Calif.)") after a politician's name: the party letters of
// data/lexicon/party-tags.json and the tag's shape. Stage 1 reads the shape (wink-input.ts), stage 2
// the letters (a letter is no organisation; it names the person's party).

import tags from '../../data/lexicon/party-tags.json' with { type: 'json' };

/** Party letter → the party it stands for, or null (an independent). */
export const PARTY_LETTERS: ReadonlyMap<string, string | null> = new Map(Object.entries(tags.letters));

const LETTERS = [...PARTY_LETTERS.keys()].join('');
/**
 * A party letter after "(" or ", " and its hyphen, before a state written as initials ("S.C."),
 * a capitalised word or two ("Calif.", "New York") or two capitals ("CA"), which a comma, bracket or
 * semicolon closes inside the sentence (at its end, "…, D-Conn. Schumer said", wink's split is kept).
 * Group 1 runs up to the hyphen.
 */
export const PARTY_TAG = new RegExp(`((?:\\(|, ?)[${LETTERS}])-(?=(?:(?:\\p{Lu}\\.){2}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?\\.?|\\p{Lu}{2})[,);])`, 'gu');
