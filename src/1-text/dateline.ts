// Stage 1: the dateline that opens a wire or local story ("WASHINGTON —", "MOSCOW, Jan 31 (Reuters) -",
// "NEW DELHI, March 10 (PTI)", "LONDON 1996-08-30"). Stage 1 ends a sentence after it, so the
// words after it are a sentence of their own; stage 2 reads its place (entities/dateline.ts).

import type { Paragraph } from '../types.js';

/** A dateline at a line's start: a place in capitals, an optional date, an optional agency in parentheses, then a dash, an ISO date or the agency's closing parenthesis. */
export const DATELINE = /^[ \t]*(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?)(?:,[ \t]*[\p{Lu}][\p{L}.]*(?:[ \t]+\d{1,2})?(?:,?[ \t]*\d{4})?)?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?:[—–]|--?(?=\s)|\d{4}-\d\d-\d\d|(?<=\))(?=[ \t]+\p{Lu}))/u;

/** How many paragraphs from the top a dateline may open (after a headline and a byline). */
export const DATELINE_PARAGRAPHS = 3;

/**
 * Where the words after a dateline opening paragraph `p` begin on its line (its spaces skipped), or
 * -1 when the paragraph opens with no dateline, the dateline ends its line, or what follows is in
 * capitals: "SOCCER - ROTOR FANS LOCKED OUT" is a wire headline, not a place and a story.
 */
export function afterDateline(text: string, p: Paragraph): number {
  const m = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
  // After a double hyphen, only a place with a state, a date or an agency: "IPO FILING --" is a wire section label ("GOLF - LEADING SCORES", in capitals, is a headline: below).
  if (!m || (/--\s*$/.test(m[0]) && !/[—–,(\d]/.test(m[0].slice(m[1]!.length)))) return -1;
  let at = p.start + m.index + m[0].length;
  while (at < p.end && (text[at] === ' ' || text[at] === '\t')) at++;
  if (at >= p.end || text[at] === '\n' || text[at] === '\r') return -1;
  return inCapitals(text.slice(at, Math.min(p.end, at + 80)).split('\n')[0]!) ? -1 : at;
}

/** Are most words of the stretch (two at least) in capitals, as a wire headline is ("SOCCER - ROTOR FANS LOCKED OUT")? */
export function inCapitals(stretch: string): boolean {
  const words = stretch.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 2 && words.filter((w) => w === w.toUpperCase()).length / words.length > 0.6;
}
