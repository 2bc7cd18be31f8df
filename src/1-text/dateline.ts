// Stage 1: the dateline that opens a wire or local story ("WASHINGTON —", "MOSCOW, Jan 31 (Reuters) -",
// "NEW DELHI, March 10 (PTI)", "LONDON 1996-08-30"). Stage 1 ends a sentence after it, so the
// words after it are a sentence of their own; stage 2 reads its place (entities/dateline.ts).

import type { Paragraph } from '../types.js';

/** A dateline at a line's start: a place in capitals, an optional state, country or date (up to three words: "Fla.", "St. Lucia", "New Zealand", "Jan 31"), an optional agency in parentheses, then a dash, an ISO date, the agency's closing parenthesis or a colon ("KUWAIT CITY: The …", as Gulf and South Asian papers write it). */
export const DATELINE = /^[ \t]*(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?)(?:,[ \t]*[\p{Lu}][\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2}(?:[ \t]+\d{1,2})?(?:,?[ \t]*\d{4})?)?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?:[—–]|--?(?=\s)|\d{4}-\d\d-\d\d|(?<=\))(?=[ \t]+\p{Lu})|:(?=[ \t]+\p{Lu}))/u;

/**
 * A dateline in title case, as South African and some Asian outlets write it: "Johannesburg - Eskom
 * has warned …", "Jakarta (ANTARA) - The government …" (a place of one to three words, an optional
 * agency in parentheses, and a spaced dash).
 */
const TITLE_DATELINE = /^[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})(?:[ \t]+\([^)\n]{1,30}\))?[ \t]+(?:[-–—]|--)[ \t]+(?=\p{Lu})/u;

/**
 * A wire dateline in title case with a date and an agency in parentheses and no dash, as PTI, ANI and
 * CNA write it: "Port Dunmore, Apr 5 (PTI) The board …" (a place of one to three words, a comma, a
 * month word and a day, the agency, then the lead's capital).
 */
const TITLE_WIRE_DATELINE = /^[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}),[ \t]*\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}[ \t]+\([^)\n]{1,30}\)(?=[ \t]+\p{Lu})/u;

/**
 * A dateline in title case closed by a colon, as Indian, Pakistani and Bangladeshi papers write it:
 * "Lahore: The provincial government has …" (a place of one to three words, a colon, the lead's capital).
 */
const TITLE_COLON_DATELINE = /^[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}):[ \t]+(?=\p{Lu})/u;

/** Is the rest of the paragraph a lead sentence: five words at least, a full stop at its end, not itself in title case ("Brexit - What Comes Next" is a headline)? */
function leadSentence(rest: string): boolean {
  const words = rest.split(/\s+/);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 5 && /[.!?]["”’']?$/.test(rest) && capitalised / words.length < 0.6;
}

/** How many words the lead after a colon dateline has at least. */
const COLON_LEAD_WORDS = 8;

/**
 * A title-case place and a colon opening a paragraph before a lead sentence ("Lahore: The provincial
 * government has imposed …"), or null. (A speaker's label has the same shape: the caller tells them apart.)
 */
export function colonDatelineAt(paragraph: string): RegExpExecArray | null {
  const t = TITLE_COLON_DATELINE.exec(paragraph);
  const rest = t ? paragraph.slice(t.index + t[0].length).trim() : '';
  // (Eight words at least on the colon's line: a headline's quoted line after a name is short,
  // "Okafor: The shelter stays open.", or broken, "Khans: Trump stirs anger;\nCouple cope with fame".)
  return t && leadSentence(rest) && rest.split('\n')[0]!.trim().split(/\s+/).length >= COLON_LEAD_WORDS ? t : null;
}

/**
 * The dateline opening a paragraph's first line, in capitals or in title case. A title-case one
 * needs a lead sentence after it (five words at least, a full stop at its end, not itself in title
 * case): "Brexit - What Comes Next" is a headline.
 */
export function datelineAt(line: string, paragraph: string): RegExpExecArray | null {
  const m = DATELINE.exec(line);
  if (m) return m;
  const t = TITLE_DATELINE.exec(line) ?? TITLE_WIRE_DATELINE.exec(line);
  if (!t) return null;
  return leadSentence(paragraph.slice(t.index + t[0].length).trim()) ? t : null;
}

/** How many paragraphs from the top a dateline may open (after a headline and a byline). */
export const DATELINE_PARAGRAPHS = 3;

/**
 * Where the words after a dateline opening paragraph `p` begin on its line (its spaces skipped), or
 * -1 when the paragraph opens with no dateline, the dateline ends its line, or what follows is in
 * capitals: "SOCCER - ROTOR FANS LOCKED OUT" is a wire headline, not a place and a story.
 */
export function afterDateline(text: string, p: Paragraph): number {
  const m = datelineAt(text.slice(p.start, Math.min(p.end, p.start + 120)), text.slice(p.start, p.end));
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
