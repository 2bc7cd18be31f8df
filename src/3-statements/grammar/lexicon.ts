// The closed word classes stage 3 tests tokens against (data/lexicon/grammar.json), as sets by
// name, and the two tests the rules use: isWord (any case) and isExactWord (lower case only, for
// the lists marked caseSensitive). Code names a list; the words live in the data file.

import type { Token } from '../../types.js';
import grammar from '../../../data/lexicon/grammar.json' with { type: 'json' };

type ListName = keyof typeof grammar.lists;

/** Every list of grammar.json as a set: lower-cased, except the lists marked caseSensitive, kept as written. */
export const WORDS = Object.fromEntries(
  Object.entries(grammar.lists).map(([name, list]) => [name, new Set('caseSensitive' in list && list.caseSensitive ? list.words : list.words.map((w) => w.toLowerCase()))]),
) as unknown as Record<ListName, ReadonlySet<string>>;

/** Is `text`, in any case, a word of the list? (Lower-case text, the common case, is looked up without a copy.) */
export function isWord(list: ReadonlySet<string>, text: string): boolean {
  if (list.has(text)) return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return list.has(text.toLowerCase());
  }
  return false;
}

/** Is the token, in any case, a word of the list? (isWord for a token: its lower-case form is made once, in stage 1.) */
export function tokenIs(list: ReadonlySet<string>, t: Token): boolean {
  return list.has(t.lower) || (t.text !== t.lower && list.has(t.text));
}

/** Is `text`, as written, a word of the list (a case-sensitive list: "He" is not "he")? */
export function isExactWord(list: ReadonlySet<string>, text: string): boolean {
  return list.has(text);
}
