// Test fixture: the first articles of the bundled MEANTIME sample (Wikinews, CC BY 4.0; see
// examples/corpus/README.md), as corpus articles and as JSON Lines text.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseCorpusLine, type CorpusArticle } from '../../src/corpus/index.js';

export const SAMPLE_CORPUS = new URL('../../examples/corpus/meantime-sample.jsonl.gz', import.meta.url);

/** The first `n` lines of the bundled sample corpus. */
export function sampleLines(n: number): string[] {
  return gunzipSync(readFileSync(SAMPLE_CORPUS)).toString('utf8').split('\n').filter(Boolean).slice(0, n);
}

/** The first `n` articles of the bundled sample corpus. */
export function sampleArticles(n: number): CorpusArticle[] {
  return sampleLines(n).map((line, i) => parseCorpusLine(line, { source: 'meantime-sample.jsonl', line: i + 1 }));
}

export const TODAY = '2024-01-01';
