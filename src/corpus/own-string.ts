// Corpus merge helper: a string that holds its own characters. V8 cuts substrings (split, slice,
// the N3 parser's terms) as views into the text they came from, so keeping one line of an
// article's chunk in a long-lived set keeps that article's whole chunk alive; the merge copies
// what it keeps (design.md, "The commit keeps its own strings").

/** A copy of `s` that does not keep alive the string it was cut from (equal to `s`). */
export function ownString(s: string): string {
  // A one-character prefix makes a new flat string; the slice after it views only that copy.
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
