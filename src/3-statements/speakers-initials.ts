// Stage 3, speakers: an office written as its initials. "Treasury Cabinet Secretary Julius Kariuki …
// “…,” the CS said", "Chief Minister Prasanta Mohapatra … The CM said", "the DA said" after a District
// Attorney: Kenyan, Indian and US copy call an office holder by the initials of the title they were
// named with. The tagger reads the capitals as an organisation of no known kind.

import { lowerBound } from '../spans.js';
import type { Ctx } from './pronouns.js';

/** How far before a name its title may start, in characters ("Cabinet Secretary for the National Treasury" is no title run). */
const TITLE_REACH = 60;

/** "the CS", "The DA": "the" and two to four capitals, lower case; else null. */
export function officeInitials(headText: string): string | null {
  const m = /^\s*the\s+(\p{Lu}{2,4})\s*$/iu.exec(headText);
  return m && /^\p{Lu}+$/u.test(m[1]!) ? m[1]!.toLowerCase() : null;
}

/**
 * The person last named before `at` whose title (the capitalised words right before the name, or a
 * role stage 2 recorded) ends in words with these initials; null when the initials are a known
 * organisation's or place's name ("the EU", "the UN") or no one fits.
 */
export function initialledOfficeHolder(ctx: Ctx, headText: string, at: number, notSpeaker: string | null): string | null {
  const initials = officeInitials(headText);
  if (!initials) return null;
  const own = ctx.names.find((m) => m.start >= at && m.start < at + headText.length);
  const ownEntity = own ? ctx.byKey.get(own.entity) : undefined;
  if (ownEntity && (ownEntity.type === 'Place' || ownEntity.subtype !== undefined || ownEntity.wikidata !== undefined)) return null;
  for (let k = lowerBound(ctx.names, at) - 1; k >= 0; k--) {
    const m = ctx.names[k]!;
    const e = m.kind === 'name' ? ctx.byKey.get(m.entity) : undefined;
    if (!e || e.type !== 'Person' || e.anonymous || e.key === notSpeaker) continue;
    const before = ctx.layer.text.slice(Math.max(0, m.start - TITLE_REACH), m.start);
    const title = /((?:\p{Lu}[\p{L}'’-]*\s+)+)$/u.exec(before)?.[1] ?? '';
    if ([title, ...e.roles].some((t) => endsInInitials(t, initials))) return e.key;
  }
  return null;
}

/** Do the last words of a title have these initials ("Treasury Cabinet Secretary" → "cs")? */
function endsInInitials(title: string, initials: string): boolean {
  const words = title.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= initials.length && words.slice(-initials.length).map((w) => w[0]!.toLowerCase()).join('') === initials;
}
