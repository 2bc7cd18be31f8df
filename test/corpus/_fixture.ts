// Test fixture: the first articles of the bundled MEANTIME sample (Wikinews, CC BY 4.0; see
// examples/corpus/README.md), as corpus articles and as JSON Lines text.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseCorpusLine, type CorpusArticle, type PackedChunks } from '../../src/corpus/index.js';
import { CorpusFolder } from '../../src/corpus/folder.js';

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

/** A corpus folder at `dir` with each of `built` staged (a copy of its packed bytes), ready for a commit. */
export function stagedFolder(dir: string, built: readonly { chunks: PackedChunks; hash: string }[]): CorpusFolder {
  const folder = CorpusFolder.open({ dir, today: TODAY, version: '9.9.9' });
  for (const b of built) folder.stageArticle({ ...b.chunks, packed: b.chunks.packed.slice() }, b.hash);
  return folder;
}
