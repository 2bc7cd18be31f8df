// The word lists of the context step (data/lexicon/context.json) as sets by name, and the plain
// word reader the rules share: lower-cased words of a stretch of text, punctuation kept as words
// so that a rule can stop at a comma.

import lexicon from '../../../data/lexicon/context.json' with { type: 'json' };

type ListName = Exclude<keyof typeof lexicon, 'about'>;

/** Every list of context.json as a lower-case set. */
export const CONTEXT_WORDS = Object.fromEntries(
  (Object.keys(lexicon) as (keyof typeof lexicon)[]).filter((k) => k !== 'about').map((k) => [k, new Set((lexicon[k] as { words: string[] }).words)]),
) as unknown as Record<ListName, ReadonlySet<string>>;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()—–"“”]/gu;

/** Lower-cased words and clause punctuation of `text`, in order ("at a rally, in Ohio" → at a rally , in ohio). */
export function wordsOf(text: string): string[] {
  const words = text.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    // (Most words hold neither a full stop nor a curly apostrophe: only those are rewritten.)
    words[i] = w.includes('.') || w.includes('’') ? w.replace(/[.’]+$/, '').replace(/’/g, "'") : w;
  }
  return words;
}

/** Does a list hold the word at `i`, alone or with the word before it ("press conference")? */
export function endsListed(list: ReadonlySet<string>, words: readonly string[], i: number): boolean {
  return list.has(words[i]!) || (i > 0 && list.has(`${words[i - 1]} ${words[i]}`));
}
