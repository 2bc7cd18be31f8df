// Stage 1, step 2b: quotations in single marks (‘…’ and '…'), the house style of British outlets and
// of headlines everywhere. Read after the double marks, outside them: the same character is an
// apostrophe in "don’t", "Britain’s", "’90s" and "workers’ rights", so a mark opens only before a
// word that is no elision and closes only where no letter follows.

import lexicon from '../../data/lexicon/quotation.json' with { type: 'json' };

const ELISIONS: ReadonlySet<string> = new Set(lexicon.elisions);
const SINGLE = /[‘’']/g;
/** What may stand right before an opening quotation mark: a space, a bracket, a dash, a slash or a colon. */
export const BEFORE_OPENING = /[\s([{\u2014\u2013\-/:]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A quotation in single marks, as offsets: [start, end) from mark to mark, closed or running on. */
export interface SingleQuotation {
  start: number;
  end: number;
  closed: boolean;
}

/** Does a single mark at `i` open a quotation: space or bracket before, a word after that no letters were dropped from? */
function opens(text: string, i: number, from: number): boolean {
  if (text[i] === '’' || text[i + 1] === "'" || text[i - 1] === "'") return false;
  if (i > from && !BEFORE_OPENING.test(text[i - 1]!)) return false;
  const after = text[i + 1] ?? ' ';
  if (/\s/.test(after) || /\p{N}/u.test(after)) return false;
  const word = /^[\p{L}']+/u.exec(text.slice(i + 1, i + 12))?.[0]?.toLowerCase() ?? '';
  return !ELISIONS.has(word.replace(/'$/, ''));
}

/**
 * How a single mark at `i` after an opening one closes: 'no' inside a word ("don’t") or after a
 * space; 'weak' after a plural's s before a word ("the workers’ union", a possessive more often than
 * a closing mark); else 'strong'.
 */
function closes(text: string, i: number): 'no' | 'weak' | 'strong' {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (/\s/.test(before) || LETTER_OR_DIGIT.test(after)) return 'no';
  if (/[sz]/i.test(before) && / \p{L}/u.test(text.slice(i + 1, i + 3))) return 'weak';
  return 'strong';
}

/**
 * Quotations in single marks in one paragraph, outside the double-mark quotations `taken` (sorted
 * [start, end) pairs, which a single quotation may hold: ‘He called it “a disgrace”,’ she said).
 * A quotation left open at the paragraph's end is kept only when the next paragraph opens with a
 * single mark (British style runs a quotation on that way); other open marks are dropped.
 */
export function singleQuotations(text: string, from: number, to: number, taken: readonly (readonly [number, number])[], nextOpens: boolean): SingleQuotation[] {
  const out: SingleQuotation[] = [];
  const inside = (i: number) => taken.some(([s, e]) => i >= s && i < e);
  const marks: number[] = [];
  SINGLE.lastIndex = 0;
  const para = text.slice(from, to);
  for (let m = SINGLE.exec(para); m; m = SINGLE.exec(para)) if (!inside(from + m.index)) marks.push(from + m.index);
  for (let k = 0; k < marks.length; k++) {
    const open = marks[k]!;
    if (!opens(text, open, from)) continue;
    let weak = -1;
    let close = -1;
    let j = k + 1;
    // A mark that opens again before any closes ends the search: this one was an apostrophe or a typo.
    for (; j < marks.length && !opens(text, marks[j]!, from); j++) {
      const how = closes(text, marks[j]!);
      if (how === 'strong') { close = j; break; }
      if (how === 'weak' && weak < 0) weak = j;
    }
    if (close < 0) close = weak;
    if (close >= 0) {
      if (/\p{L}/u.test(text.slice(open, marks[close]!))) out.push({ start: open, end: marks[close]! + 1, closed: true });
      k = close;
    } else if (j < marks.length) {
      k = j - 1;
    } else {
      if (nextOpens && /\p{L}/u.test(text.slice(open, to))) out.push({ start: open, end: to, closed: false });
      break;
    }
  }
  return out;
}

/** Does the paragraph starting at `start` open with a single quotation mark? */
export function opensWithSingle(text: string, start: number, end: number): boolean {
  return (text[start] === '‘' || text[start] === "'") && opens(text, start, start) && start < end;
}
