// Stage 1, inside tokenisation (tokens.ts): the text as wink-nlp reads it. Each step keeps the length,
// so every token wink finds sits at the same offsets in the article's own text and takes its letters
// from there; the steps only steer wink's tokenizer and sentence splitter around shapes it misreads.

import { PARTY_TAG } from '../lexicon/party-tags.js';

/** Longest run of non-space characters wink is given as one piece (its tokenizer's patterns are quadratic in it). */
export const MAX_RUN = 128;

/**
 * The text as wink reads it: the same length, with a space in place of one character every MAX_RUN
 * characters of a longer run of non-space characters ("-----…", "Berg's's's…", a 30 KB hyphenated
 * name), which wink's tokenizer (its e-mail and contraction patterns) reads in time quadratic in the
 * run. Real words and URLs are shorter; in a pathological run a character in each hundred is lost
 * from the tokens, nothing else. Offsets stay the same, so tokens are located in it directly.
 */
export function guardRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    let from = 0;
    while (run.length - from > MAX_RUN) {
      let at = from + MAX_RUN;
      if (/[\udc00-\udfff]/.test(run[at]!)) at++; // never split a surrogate pair
      out += run.slice(from, at) + ' ';
      from = at + 1;
    }
    return out + run.slice(from);
  });
}

/** Letters of the Latin Extended blocks (Polish, Czech, Turkish, Romanian, Vietnamese names), which wink's tokenizer splits words at. */
const LATIN_EXTENDED = /[\u0100-\u024f\u1e00-\u1eff]/g;
/** Such letters with no ASCII base letter in Unicode's decomposition, and the letter they read as. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'n', Ŋ: 'N', œ: 'o', Œ: 'O', ĸ: 'k', ſ: 's' };

/**
 * The text wink reads: each Latin Extended letter replaced by one ASCII letter ("Petrović" read as
 * "Petrovic", "Wałęsa" as "Walesa"), so a name stays one word; offsets do not move, and tokens take
 * their letters from the text.
 */
export function foldLatinExtended(text: string): string {
  LATIN_EXTENDED.lastIndex = 0;
  if (!LATIN_EXTENDED.test(text)) return text;
  return text.replace(LATIN_EXTENDED, (c) => {
    const base = c.normalize('NFD')[0]!;
    if (/[A-Za-z]/.test(base)) return base;
    return UNDECOMPOSED[c] ?? (c === c.toLowerCase() ? 'a' : 'A');
  });
}

/** A full stop between the digits of an amount written after a letter: "N12.4 billion", "Sh2.5", "R4.2". */
const PREFIXED_DECIMAL = /(\p{L}\d+)\.(?=\d)/gu;

/**
 * The text wink reads with the full stop of a letter-prefixed decimal ("N12.4 billion", naira;
 * "Sh2.5", shillings; "R4.2", rand) read as a digit: wink ends a sentence there and cuts the amount
 * in three. Offsets do not move; tokens take their letters from the text.
 */
export function keepPrefixedDecimals(text: string): string {
  PREFIXED_DECIMAL.lastIndex = 0;
  return PREFIXED_DECIMAL.test(text) ? text.replace(PREFIXED_DECIMAL, '$10') : text;
}

const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/**
 * Could the text hold a run of more than MAX_RUN non-space characters? Counts runs between ASCII
 * spaces, tabs and line breaks (a subset of \s, so every run LONG_RUN finds is found): a plain
 * loop, where the regex tries a 129-character match at every word of every article (0.7% of stage 1–3).
 */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/**
 * The text wink reads with the hyphen of a US party-and-state tag read as a space ("Sen. Mary Roe,
 * R-S.C., said", "(D-Calif.)"): after a hyphen wink cuts the state's abbreviation in pieces and ends a
 * sentence inside it; read apart, the party letter and "S.C." are one token each.
 */
export function spacePartyTags(text: string): string {
  PARTY_TAG.lastIndex = 0;
  return PARTY_TAG.test(text) ? text.replace(PARTY_TAG, '$1 ') : text;
}

/** A British clock time with a full stop before "am"/"pm": "2.15pm", "10.30 a.m.". */
const DOTTED_CLOCK = /\b(\d{1,2})\.(\d{2})(?=\s?[ap]\.?m\b)/gi;

/**
 * The text wink reads with the full stop of a British clock time ("2.15pm") read as a colon: wink
 * ends a sentence after "2." and cuts the time in three.
 */
export function keepClockTimes(text: string): string {
  DOTTED_CLOCK.lastIndex = 0;
  return DOTTED_CLOCK.test(text) ? text.replace(DOTTED_CLOCK, '$1:$2') : text;
}

/** The text as wink reads it: long runs broken, Latin Extended letters folded, letter-prefixed decimals, clock times and party tags kept whole. */
export function winkInput(text: string): string {
  return spacePartyTags(keepClockTimes(keepPrefixedDecimals(foldLatinExtended(guardRuns(text)))));
}
