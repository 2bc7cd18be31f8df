// The word lists of the context step (data/lexicon/context.json) as sets by name, and the plain
// word reader the rules share: lower-cased words of a stretch of text, punctuation kept as words
// so that a rule can stop at a comma.

import lexicon from '../../../data/lexicon/context.json' with { type: 'json' };
import { WORDS } from '../grammar/lexicon.js';

type ListName = Exclude<keyof typeof lexicon, 'about'>;

/** Every list of context.json as a lower-case set. */
export const CONTEXT_WORDS = Object.fromEntries(
  (Object.keys(lexicon) as (keyof typeof lexicon)[]).filter((k) => k !== 'about').map((k) => [k, new Set((lexicon[k] as { words: string[] }).words)]),
) as unknown as Record<ListName, ReadonlySet<string>>;

/** A letter or a digit, any script. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Clause punctuation kept as words: , ; : ( ) — – " “ ” */
const CLAUSE_PUNCTUATION: ReadonlySet<number> = new Set([0x2c, 0x3b, 0x3a, 0x28, 0x29, 0x2014, 0x2013, 0x22, 0x201c, 0x201d]);

/** UTF-16 length of the code point at i (2 for a surrogate pair). */
function sizeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** LETTER_OR_DIGIT's answers for the characters of one UTF-16 unit, kept as they are asked: 0 not yet, 1 yes, 2 no. */
const UNIT_LETTER_OR_DIGIT = new Uint8Array(0x10000);

/**
 * Is the code point at i (UTF-16 unit c) a letter or a digit? ASCII is answered without a regular
 * expression, and another character of one unit ("’", "—", "é") by the regular expression once.
 */
function letterOrDigitAt(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xd800 || c > 0xdfff) {
    let known = UNIT_LETTER_OR_DIGIT[c]!;
    if (known === 0) UNIT_LETTER_OR_DIGIT[c] = known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    return known === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * The words of `text` as the pattern /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()—–"“”]/gu matches them:
 * a letter or digit and the letters, digits, apostrophes, full stops and hyphens after it, or one
 * clause punctuation mark. A scan of code points: half the time of the regular expression's match.
 */
function rawWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!letterOrDigitAt(text, i, c)) {
      if (CLAUSE_PUNCTUATION.has(c)) out.push(text[i]!);
      i += sizeAt(text, i);
      continue;
    }
    let j = i + sizeAt(text, i);
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d !== 0x27 && d !== 0x2019 && d !== 0x2e && d !== 0x2d && !letterOrDigitAt(text, j, d)) break;
      j += sizeAt(text, j);
    }
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

/** Lower-cased words and clause punctuation of `text`, in order ("at a rally, in Ohio" → at a rally , in ohio). */
export function wordsOf(text: string): string[] {
  // (The text lower-cased at once when that keeps every character in place, as it does unless an
  // "İ" grows or a "Σ" turns on what follows it: its words are then the lower-cased words.)
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length && !text.includes('Σ');
  const words = rawWords(aligned ? lower : text);
  for (let i = 0; i < words.length; i++) {
    const w = aligned ? words[i]! : words[i]!.toLowerCase();
    // (Most words hold neither a full stop nor a curly apostrophe: only those are rewritten.)
    words[i] = w.includes('.') || w.includes('’') ? w.replace(/[.’]+$/, '').replace(/’/g, "'") : w;
  }
  return words;
}

/** Last words of each list's two-word entries ("conference" of "press conference"): a pair whose last word is none of them is not looked up. */
const PAIR_ENDS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function pairEnds(list: ReadonlySet<string>): ReadonlySet<string> {
  let ends = PAIR_ENDS.get(list);
  if (!ends) {
    ends = new Set([...list].filter((w) => w.includes(' ')).map((w) => w.slice(w.lastIndexOf(' ') + 1)));
    PAIR_ENDS.set(list, ends);
  }
  return ends;
}

/** Does a list hold the word at `i`, alone or with the word before it ("press conference")? */
export function endsListed(list: ReadonlySet<string>, words: readonly string[], i: number): boolean {
  return list.has(words[i]!) || (i > 0 && pairListed(list, words[i - 1]!, words[i]!));
}

/** Does a list hold the two words `first second`? (The pair is built only when `second` ends a two-word entry.) */
export function pairListed(list: ReadonlySet<string>, first: string, second: string): boolean {
  return pairEnds(list).has(second) && list.has(`${first} ${second}`);
}

/**
 * Where the head of a phrase read by wordsOf ends: the index of its first preposition, relative
 * pronoun or clause mark after the first word ("the final report of the board" → 3), else its length.
 * The head noun is the word before it.
 */
export function phraseHeadEnd(words: readonly string[]): number {
  const end = words.findIndex((w, i) => i > 0 && (WORDS.npInnerPrepositions.has(w) || WORDS.relativePronounsAll.has(w) || (w.length === 1 && CLAUSE_PUNCTUATION.has(w.charCodeAt(0)))));
  return end < 0 ? words.length : end;
}
