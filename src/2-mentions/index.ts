// Stage 2 of the flow: TextLayer → MentionLayer. Finds named entities (typed, canonical, merged
// within the article), dates (ISO values relative to the article date), resolves coreference and
// links well-known people and organisations to Wikidata (entities/wikidata.ts).
// Pure: no I/O.

import type { ArticleInput, MentionLayer, TextLayer } from '../types.js';
import { resolveCoreference } from './coreference.js';
import { datelineDay, findDates, inferArticleDate } from './dates.js';
import { findEntities } from './entities.js';
import { linkWikidata } from './entities/wikidata.js';

export { findDates, inferArticleDate } from './dates.js';
export { findEntities } from './entities.js';
export { resolveCoreference, roleHolders } from './coreference.js';

export interface MentionOptions {
  /** "Today" as YYYY-MM-DD: inferred article dates are never later. */
  today: string;
  /** Link people and organisations to Wikidata (default true; only the graph reads the links). */
  links?: boolean;
}

/**
 * Finds the entities, mentions and dates of an article.
 * @param article - the input (its `published` date is used when given)
 * @param layer - the article's text layer from stage 1
 */
export function findMentions(article: ArticleInput, layer: TextLayer, options: MentionOptions): MentionLayer {
  const { date: articleDate, source: articleDateSource } = inferArticleDate(layer.text, article.published ?? null, options.today);
  const dates = findDates(layer.text, articleDate);
  const found = findEntities(layer);
  const mentions = resolveCoreference(layer, found.entities, found.mentions);
  // After coreference, which adds roles ("the senator") the links are confirmed by.
  if (options.links !== false) linkWikidata(found.entities, mentions);
  const datelineDayOf = articleDate === null ? null : datelineDay(layer.text, dates, articleDate);
  return { entities: found.entities, mentions, dates, articleDate, articleDateSource, dateline: found.dateline, ...(datelineDayOf ? { datelineDay: datelineDayOf } : {}) };
}
