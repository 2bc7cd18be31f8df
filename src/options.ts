// Options of the analysis entry point: defaults, and validation once at the boundary so inner
// stages can trust their inputs.

import { InvalidArgumentError } from './errors.js';
import type { ArticleInput } from './types.js';

export interface AnalyzeOptions {
  /** "Today" (YYYY-MM-DD): an article date inferred from the text is never later. Default: the current date. */
  today: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fills in defaults and validates the input and options; throws InvalidArgumentError on misuse. */
export function resolveOptions(input: ArticleInput, options: Partial<AnalyzeOptions>): AnalyzeOptions {
  if (!input || typeof input !== 'object') throw new InvalidArgumentError('analyze: expected an article object { id, text }.');
  if (typeof input.id !== 'string' || !input.id) throw new InvalidArgumentError('analyze: the article needs a non-empty string `id`.');
  if (typeof input.text !== 'string') throw new InvalidArgumentError(`analyze: article "${input.id}" needs a string \`text\`.`);
  if (input.published != null && !ISO_DATE.test(input.published)) {
    throw new InvalidArgumentError(`analyze: article "${input.id}" has published "${input.published}"; use YYYY-MM-DD or null.`);
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!ISO_DATE.test(today)) throw new InvalidArgumentError(`analyze: option today "${today}" must be YYYY-MM-DD.`);
  return { today };
}
