// Stage 1, step 1: paragraphs. A paragraph ends at a blank line, or at a single line break when the
// text uses single breaks between paragraphs (wire copy often does). Offsets point into the raw text.

import type { Paragraph } from '../types.js';

/**
 * Splits the text into paragraphs with their offsets, skipping empty ones.
 * @param text - the article text
 * @returns paragraphs in order, trimmed of surrounding white space
 */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  // Blank lines separate paragraphs when the text has any; otherwise every line break does.
  // With blank lines, a single break also ends a paragraph after a finished sentence when the next
  // line opens a new one with a quotation mark (pasted copy mixes both styles).
  const breaker = /\n[ \t]*\n/.test(text) ? /\n[ \t\r]*\n\s*|(?<=[.!?”"][ \t]*)\n(?=[“"])/g : /\n+/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ index: out.length, start, end });
  };
  for (const m of text.matchAll(breaker)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
