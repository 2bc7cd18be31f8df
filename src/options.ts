// Options of the analysis entry point: defaults, and validation once at the boundary so inner
// stages can trust their inputs.

import { DEFAULT_MIN_CONFIDENCE } from './3-statements/confidence.js';
import { InvalidArgumentError } from './errors.js';
import type { ArticleInput } from './types.js';

export interface AnalyzeOptions {
  /** "Today" (YYYY-MM-DD): an article date inferred from the text is never later. Default: the current date. */
  today: string;
  /**
   * Statements whose confidence (see Statement.confidence) is below this are dropped. Default: the
   * threshold chosen when the model was trained; 0 keeps every statement the rules find.
   */
  minConfidence: number;
  /**
   * Also find what only the graph (stages 4–5) reads: the entities' Wikidata links and the
   * article's events. Default true; `newsgraph annotate`, whose contract holds neither, turns it off.
   */
  graphFacts: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when YYYY-MM-DD names a day that exists (not 2025-13-45 or 2023-02-31). */
export function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Fills in defaults and validates the input and options; throws InvalidArgumentError on misuse. */
export function resolveOptions(input: ArticleInput, options: Partial<AnalyzeOptions>): AnalyzeOptions {
  if (!input || typeof input !== 'object') throw new InvalidArgumentError('analyze: expected an article object { id, text }.');
  if (typeof input.id !== 'string' || !input.id) throw new InvalidArgumentError('analyze: the article needs a non-empty string `id`.');
  if (typeof input.text !== 'string') throw new InvalidArgumentError(`analyze: article "${input.id}" needs a string \`text\`.`);
  if (input.published != null && !ISO_DATE.test(input.published)) {
    throw new InvalidArgumentError(`analyze: article "${input.id}" has published "${input.published}"; use YYYY-MM-DD or null.`);
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!ISO_DATE.test(today) || !isCalendarDate(today)) throw new InvalidArgumentError(`analyze: option today "${today}" must be YYYY-MM-DD, a date that exists.`);
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new InvalidArgumentError(`analyze: option minConfidence ${String(minConfidence)} must be a number from 0 to 1 (0 keeps every statement).`);
  }
  const graphFacts = options.graphFacts ?? true;
  if (typeof graphFacts !== 'boolean') throw new InvalidArgumentError(`analyze: option graphFacts ${String(graphFacts)} must be true or false.`);
  return { today, minConfidence, graphFacts };
}
