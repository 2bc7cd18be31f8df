// The whole extraction flow for one article: text → (1) text layer → (2) mentions → (3) statements
// and events. Each stage is a pure function of plain data; this module only calls them in order.

import { readText } from './1-text/index.js';
import { findMentions } from './2-mentions/index.js';
import { findStatements } from './3-statements/index.js';
import { boundStatements } from './bounds.js';
import { resolveOptions, type AnalyzeOptions } from './options.js';
import type { Analysis, ArticleInput } from './types.js';

/**
 * Reads one article and finds who said what, about whom, where and when.
 * Never throws on odd text: it yields fewer results and a warning in `warnings`.
 * @param input - the article; `id` and `text` are required
 * @param options - see AnalyzeOptions
 */
export function analyze(input: ArticleInput, options: Partial<AnalyzeOptions> = {}): Analysis {
  const opts = resolveOptions(input, options);
  const warnings: string[] = [];
  const text = input.text;
  if (!text.trim()) warnings.push(`${input.id}: the article is empty`);
  const layer = readText(text);
  const mentions = findMentions(input, layer, { today: opts.today, links: opts.graphFacts });
  const found = findStatements(input, layer, mentions, { minConfidence: opts.minConfidence, events: opts.graphFacts });
  const { events, entities } = found;
  mentions.entities.push(...entities);
  // Bounded output whatever the text (issue 22 item 7): long contents are cut to a per-article budget.
  const { statements, warning } = boundStatements(input.id, text, found.statements, mentions);
  if (warning) warnings.push(warning);
  if (text.trim() && !statements.length) warnings.push(`${input.id}: no statements found`);
  return {
    article: { id: input.id, title: input.title ?? null, url: input.url ?? null, published: mentions.articleDate },
    text: layer,
    mentions,
    statements,
    events,
    warnings,
  };
}
