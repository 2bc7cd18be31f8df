// Stage 1, step 2: quotations, over the whole text (sentence splitters cut inside them): curly,
// straight, guillemet and doubled-apostrophe marks; a quotation running on over paragraphs (no
// closing mark at a paragraph's end, an opening one at the next's start), or, in text broken into
// lines at sentences, on to the next line that closes it.

import type { Paragraph, Quotation } from '../types.js';
import { BEFORE_OPENING, opensWithSingle, singleQuotations, type SingleQuotation } from './single-quotes.js';

const OPEN = new Set(['“', '«', '„']);
const SINGLE_MARKS = new Set(['‘', "'"]);
/** A text that quotes in double marks somewhere. */
const DOUBLE_STYLE = /[“”"«»„]|''/;
const CLOSE = new Set(['”', '»']);
/** Every character the scan below stops at: the straight marks and the curly and angled ones. */
const MARKS = new RegExp(`["'${[...OPEN, ...CLOSE].join('')}]`, 'g');

/** Is a straight mark of `len` characters at `i` opening? Space or bracket before, no space after. */
function straightOpens(text: string, i: number, len: number): boolean {
  const after = text[i + len] ?? ' ';
  if (/\s/.test(after)) return false;
  return i === 0 || BEFORE_OPENING.test(text[i - 1]!);
}

/**
 * Finds every quotation in the text.
 * @param text - the article text
 * @param paragraphs - its paragraphs, from findParagraphs
 * @returns quotations in text order; marks nested inside a quotation stay part of the outer one
 */
export function findQuotations(text: string, paragraphs: Paragraph[]): Quotation[] {
  const out: Quotation[] = [];
  for (const p of paragraphs) {
    let openAt = -1;
    let openLen = 1;
    let depth = 0;
    // A quotation the last paragraph left open, when this one does not open with a mark.
    let runOn = lineRunOn(text, out, p, paragraphs);
    // (The paragraph is searched for marks, not read character by character.)
    const para = text.slice(p.start, p.end);
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(para); m; m = MARKS.exec(para)) {
      const i = p.start + m.index;
      const c = text[i]!;
      const len = c === "'" && text[i + 1] === "'" ? 2 : 1;
      const straight = c === '"' || len === 2;
      if (!straight && !OPEN.has(c) && !CLOSE.has(c)) continue;
      if (runOn) {
        const opens = OPEN.has(c) || ((straight || c === '”') && straightOpens(text, i, len));
        if (!opens && (CLOSE.has(c) || straight)) {
          out[out.length - 1] = make(out.slice(0, -1), runOn.start, i + len, runOn.contentStart - runOn.start, len, runOn.paragraph);
          runOn = null;
          MARKS.lastIndex = i - p.start + len;
          continue;
        }
        runOn = null;
      }
      if (openAt < 0) {
        // A closing curly mark where a quotation must open (”Like this.”) is a typo for an opening one.
        if (OPEN.has(c) || ((straight || c === '”') && straightOpens(text, i, len))) {
          openAt = i;
          openLen = len;
          depth = 1;
        }
      } else if (OPEN.has(c) && !closingTypo(text, i, depth)) {
        depth++;
      } else if (CLOSE.has(c) || straight || closingTypo(text, i, depth)) {
        depth--;
        if (depth <= 0) {
          if (i > openAt + openLen) out.push(make(out, openAt, i + len, openLen, len, p.index));
          openAt = -1;
        }
      }
      MARKS.lastIndex = i - p.start + len;
    }
    if (openAt >= 0 && p.end > openAt + openLen) out.push(make(out, openAt, p.end, openLen, 0, p.index));
    addSingles(text, out, p, paragraphs[p.index + 1]);
  }
  // An unclosed quotation followed by a paragraph that opens with a mark: the same quotation goes on.
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1]!;
    const cur = out[k]!;
    const para = paragraphs[cur.paragraph]!;
    // The same mark must open both: a paragraph opening with “ after a block quotation in straight
    // marks is a quotation of its own (a quoted article quoting someone).
    const head = out[prev.continues >= 0 ? prev.continues : prev.index]!;
    const sameMark = text.slice(cur.start, cur.contentStart) === text.slice(head.start, head.contentStart);
    if (!prev.closed && cur.paragraph === prev.paragraph + 1 && cur.start === para.start && sameMark) {
      cur.continues = head.index;
    }
  }
  return out;
}

/**
 * Text broken into lines at sentences rather than paragraphs ("“The bank was upbeat.↵She said the
 * worst is over,” said Ann Price"): a quotation left open at the end of a line whose next line
 * (no blank line between) does not open with a mark runs on to that line's first mark when it
 * closes — news reopens a quotation continued over a true paragraph break. Returns the open
 * quotation, or null.
 */
function lineRunOn(text: string, out: Quotation[], p: Paragraph, paragraphs: Paragraph[]): Quotation | null {
  const prev = out.at(-1);
  if (!prev || prev.closed || prev.continues >= 0 || prev.paragraph !== p.index - 1) return null;
  // A blank line is a paragraph break a writer made: a quotation continued over it is not this case.
  if (/\n\s*\n/.test(text.slice(paragraphs[prev.paragraph]!.end, p.start)) || SINGLE_MARKS.has(text[prev.start]!)) return null;
  return OPEN.has(text[p.start]!) || text[p.start] === '"' || text[p.start] === '”' || text[p.start] === "'" ? null : prev;
}

/**
 * Adds the paragraph's quotations in single marks to `out` (its last entries are the paragraph's
 * double-mark ones): a double-mark quotation inside a single-mark one is part of it, and the
 * paragraph's quotations are put back in text order.
 */
function addSingles(text: string, out: Quotation[], p: Paragraph, next: Paragraph | undefined): void {
  let first = out.length;
  while (first > 0 && out[first - 1]!.paragraph === p.index) first--;
  // A quotation run on from the last paragraph belongs to it: it ends where this paragraph's marks begin.
  const own = out.slice(first);
  const taken = own.map((q) => [q.start, q.end] as const);
  if (first > 0 && out[first - 1]!.end > p.start) taken.unshift([p.start, out[first - 1]!.end]);
  const nextOpens = !!next && opensWithSingle(text, next.start, next.end);
  // Where the house style is double marks, a paragraph in single marks alone is a subheading quoting the text below ('A change warrior.').
  const subheading = (q: SingleQuotation) => q.start === p.start && q.end === p.end && DOUBLE_STYLE.test(text);
  const singles = singleQuotations(text, p.start, p.end, taken, nextOpens).filter((q) => !subheading(q));
  if (!singles.length) return;
  const kept = own.filter((q) => !singles.some((s) => q.start > s.start && q.end <= s.end));
  const merged: (Quotation | SingleQuotation)[] = [...kept, ...singles].sort((a, b) => a.start - b.start);
  out.length = first;
  for (const q of merged) out.push('index' in q ? { ...q, index: out.length } : make(out, q.start, q.end, 1, q.closed ? 1 : 0, p.index));
}

// An opening curly mark typed where the quotation closes: after its closing punctuation and before
// a space ("“It's unusual,“ said Brandt").
function closingTypo(text: string, i: number, depth: number): boolean {
  return text[i] === '“' && depth === 1 && /[,.!?]/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? ' ');
}

function make(out: Quotation[], start: number, end: number, openLen: number, closeLen: number, paragraph: number): Quotation {
  return {
    index: out.length,
    start,
    end,
    contentStart: start + openLen,
    contentEnd: end - closeLen,
    closed: closeLen > 0,
    paragraph,
    continues: -1,
  };
}
