// Stage 3, step 5: events that are not speech, where the text states them plainly:
// "<Actor> <event verb> <object> [on <date>] [in <place>]" with the actor a named entity.
// (First version: placeholder that finds none; see the issue note.)

import type { MentionLayer, NewsEvent, Statement, TextLayer } from '../types.js';

/**
 * Finds plainly stated non-speech events.
 * @param layer - text layer
 * @param mentions - entities and dates
 * @param statements - statements already found (their cues are not events)
 */
export function findEvents(_layer: TextLayer, _mentions: MentionLayer, _statements: Statement[]): NewsEvent[] {
  return [];
}
