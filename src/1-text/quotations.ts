// Stage 1, step 2: quotations, over the whole text (sentence splitters cut inside them): curly,
// straight, guillemet and doubled-apostrophe marks; a quotation running on over paragraphs (no
// closing mark at a paragraph's end, an opening one at the next's start), or, in text broken into
// lines at sentences, on to the next line that closes it.

import type { Paragraph, Quotation } from '../types.js';

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/:]/;
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
  if (/\n\s*\n/.test(text.slice(paragraphs[prev.paragraph]!.end, p.start))) return null;
  return OPEN.has(text[p.start]!) || text[p.start] === '"' || text[p.start] === '”' || text[p.start] === "'" ? null : prev;
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
