// Stage 2: dates. (Placeholder signatures; the implementation is being written.)

import type { DateMention } from '../types.js';

/**
 * The article's own date: `published` when given, else inferred from the text.
 * @param text - article text
 * @param published - YYYY-MM-DD from metadata, or null
 * @param today - YYYY-MM-DD; an inferred date is never later
 */
export function inferArticleDate(
  _text: string,
  published: string | null,
  _today: string,
): { date: string | null; source: 'metadata' | 'inferred' | 'none' } {
  return published ? { date: published, source: 'metadata' } : { date: null, source: 'none' };
}

/**
 * Every date expression in the text with its ISO value, resolved relative to the article date.
 * @param text - article text
 * @param articleDate - YYYY-MM-DD or null
 */
export function findDates(_text: string, _articleDate: string | null): DateMention[] {
  return [];
}
