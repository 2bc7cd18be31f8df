// The run information stage 4 writes as PROV-O (src/4-rdf/provenance.ts), from an article and the
// options of its build: the options that change the output, the run date only when the caller gave
// one (`--today`), and the SHA-256 of the text. Used by buildArticle and the corpus build (Node only).

import { createHash } from 'node:crypto';
import { DEFAULT_MIN_CONFIDENCE } from './3-statements/confidence.js';
import type { RunInfo } from './4-rdf/provenance.js';
import type { AnalyzeOptions } from './options.js';

/**
 * The RunInfo of one article build. `today` is recorded (as option and run date) only when given:
 * a build without it uses the clock, which must not reach the bytes of the graph.
 */
export function runInfo(text: string, options: Partial<AnalyzeOptions>): RunInfo {
  const recorded: Record<string, string | number> = { minConfidence: options.minConfidence ?? DEFAULT_MIN_CONFIDENCE };
  if (options.today !== undefined) recorded['today'] = options.today;
  return {
    options: recorded,
    runDate: options.today ?? null,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}
