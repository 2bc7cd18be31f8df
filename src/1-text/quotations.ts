// Stage 1, step 2: quotations, found over the whole text rather than per sentence, because
// sentence splitters cut inside quotations. Handles curly, straight and guillemet double marks,
// and the news convention of a quotation running on over paragraphs (no closing mark at the end
// of a paragraph, an opening mark at the start of the next).

import type { Paragraph, Quotation } from '../types.js';

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/** Is a straight mark at `i` opening? Judged by its neighbours: space or bracket before, a letter after. */
function straightOpens(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1]! : ' ';
  const after = i + 1 < text.length ? text[i + 1]! : ' ';
  if (/\s/.test(after)) return false;
  return /[\s([{\u2014\u2013\-/:]/.test(before) || i === 0;
}

/**
 * Finds every quotation in the text.
 * @param text - the article text
 * @param paragraphs - its paragraphs, from findParagraphs
 * @returns quotations in text order, innermost not included (nested marks stay inside the outer one)
 */
export function findQuotations(text: string, paragraphs: Paragraph[]): Quotation[] {
  const out: Quotation[] = [];
  for (const p of paragraphs) {
    let openAt = -1;
    let depth = 0;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      let opens = false;
      let closes = false;
      if (OPEN.has(c)) opens = true;
      else if (CLOSE.has(c)) closes = true;
      else if (c === '"') {
        if (openAt < 0) opens = straightOpens(text, i);
        else closes = true;
      } else continue;
      if (opens) {
        if (openAt < 0) {
          openAt = i;
          depth = 1;
        } else if (c !== '"') depth++;
      } else if (closes && openAt >= 0) {
        depth--;
        if (depth > 0) continue;
        if (i > openAt + 1) out.push(make(out, openAt, i + 1, true, p.index));
        openAt = -1;
      }
    }
    if (openAt >= 0 && p.end > openAt + 1) out.push(make(out, openAt, p.end, false, p.index));
  }
  // An unclosed quotation followed by a paragraph that opens with a mark: the same quotation goes on.
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1]!;
    const cur = out[k]!;
    const para = paragraphs[cur.paragraph]!;
    if (!prev.closed && cur.paragraph === prev.paragraph + 1 && cur.start === para.start) {
      cur.continues = prev.continues >= 0 ? prev.continues : prev.index;
    }
  }
  return out;
}

function make(out: Quotation[], start: number, end: number, closed: boolean, paragraph: number): Quotation {
  return {
    index: out.length,
    start,
    end,
    contentStart: start + 1,
    contentEnd: closed ? end - 1 : end,
    closed,
    paragraph,
    continues: -1,
  };
}
