// Stage 1, inside tokenisation (tokens.ts): words the source wrote without the space between them.
// Live blogs glue a clock time to the headline after it ("10:35PMChris Christie Says …") and copy
// loses a space after a small word ("worried aboutVladimir Putin's …"). Such a token is cut in two
// at the capital, offsets exact, only where the first piece is a clock time or a function word
// (actor-names.json `functionWords`) and the second a capitalised word: a name, not a brand written
// in camel case with a single letter or a non-word before its capital ("iPhone", "eBay", "McCain").

import names from '../../data/lexicon/actor-names.json' with { type: 'json' };
import type { Pos, Sentence, Token } from '../types.js';
import { sentence } from './sentence-splits.js';

/** Function words that may stand glued before a name; one letter ("a", "i") is too little evidence ("iPad"). */
const GLUED_FUNCTION_WORDS: ReadonlySet<string> = new Set(names.functionWords.filter((w) => /^[a-z]{2,}$/.test(w)));

/** A clock time as live blogs write it: "5PM", "10:35pm" (the hour, optional minutes, then am or pm). */
const CLOCK_TIME = /^\d{1,2}(?::\d{2})?[AaPp][Mm]$/;

/** A capitalised word: one capital, then small letters only ("Vladimir", "Kasich"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Is this piece of text a clock time ("5PM", "10:35pm")? */
export function isClockTime(word: string): boolean {
  return CLOCK_TIME.test(word);
}

/**
 * Does this piece stand apart from a name written right after it, although no space divides them:
 * a clock time or a function word ("5PM" | "Chris", "about" | "Vladimir")? Stage 2 then never takes
 * it back into the name (entities.ts, mendNameEdges).
 */
export function standsApartFromName(word: string): boolean {
  return isClockTime(word) || GLUED_FUNCTION_WORDS.has(word);
}

/**
 * Where a token glued from a clock time or a function word and a capitalised word is cut: the
 * offset of the capital in the word, or -1. ("aboutVladimir" → 5, "5PMChris" → 3, "iPhone" → -1,
 * "theSenate" → 3.)
 */
export function gluedCut(word: string): number {
  if (word.length < 4) return -1;
  const c0 = word.charCodeAt(0);
  const digit = c0 >= 48 && c0 <= 57;
  // (Cheap first: the word opens with a small letter or a digit and holds a capital after it.)
  if (!digit && !(c0 >= 97 && c0 <= 122)) return -1;
  let cut = 1;
  if (digit) {
    // (To the first a or p, either case: 97 'a', 112 'p'; | 32 folds a capital.)
    while (cut < word.length && (word.charCodeAt(cut) | 32) !== 97 && (word.charCodeAt(cut) | 32) !== 112) cut++;
    cut += 2;
  } else while (cut < word.length && word.charCodeAt(cut) >= 97 && word.charCodeAt(cut) <= 122) cut++;
  if (cut >= word.length - 1) return -1;
  const head = word.slice(0, cut);
  if (!(digit ? isClockTime(head) : GLUED_FUNCTION_WORDS.has(head))) return -1;
  return CAPITALISED_WORD.test(word.slice(cut)) ? cut : -1;
}

/** How the two pieces of a glued word are read: part of speech and lemma of each, in order. */
export type ReadPieces = (head: string, tail: string) => [{ pos: Pos; lemma: string }, { pos: Pos; lemma: string }];

/**
 * The tokens with each glued word cut in two (gluedCut), and the sentences renumbered over them; the
 * pieces keep the word's sentence and quotation. Returns the same arrays when nothing is glued.
 */
export function splitGluedWords(tokens: Token[], sentences: Sentence[], read: ReadPieces): { tokens: Token[]; sentences: Sentence[] } {
  let first = -1;
  for (let i = 0; i < tokens.length && first < 0; i++) if (gluedCut(tokens[i]!.text) > 0) first = i;
  if (first < 0) return { tokens, sentences };
  const out: Token[] = tokens.slice(0, first);
  // newIndex[k]: where old token k now starts (one past the end for tokens.length).
  const newIndex: number[] = Array.from({ length: first }, (_, k) => k);
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k]!;
    newIndex.push(out.length);
    const cut = gluedCut(t.text);
    if (cut < 0) {
      out.push(t);
      continue;
    }
    const [h, r] = read(t.text.slice(0, cut), t.text.slice(cut));
    const piece = (from: number, to: number, x: { pos: Pos; lemma: string }): Token => {
      const text = t.text.slice(from, to);
      return { start: t.start + from, end: t.start + to, text, lower: text.toLowerCase(), lemma: x.lemma, pos: x.pos, sentence: t.sentence, quote: t.quote };
    };
    out.push(piece(0, cut, h), piece(cut, t.text.length, r));
  }
  newIndex.push(out.length);
  const renumbered = sentences.map((s) => sentence(s.index, s.start, s.end, s.paragraph, newIndex[s.tokenStart]!, newIndex[s.tokenEnd]!));
  return { tokens: out, sentences: renumbered };
}
