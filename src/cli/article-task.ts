// One article build as a task for the worker threads of `newsgraph build` (workers.ts, worker.ts):
// raw source in, merge chunks or per-article Turtle + JSON out, failures as values. Kept apart from
// workers.ts so the main thread of a corpus build never loads the pipeline's models and gazetteers.

import { buildArticle, type BuildSummary } from '../build.js';
import { readSource, type RawSource } from '../corpus/article.js';
import { buildArticleChunks } from '../corpus/chunks.js';
import { articleHash } from '../corpus/parts.js';
import { packChunks, type PackedChunks } from '../corpus/merge.js';

/** One article to build: merge mode returns chunks for CorpusMerger, single mode Turtle + JSON. */
export interface ArticleTask {
  seq: number;
  mode: 'merge' | 'single';
  src: RawSource;
  today: string;
}

/** The outcome of a task; `name` is the article's source for messages. */
export type TaskResult =
  | { seq: number; ok: true; mode: 'merge'; chunks: PackedChunks; /** articleHash of the article as read */ hash: string }
  | { seq: number; ok: true; mode: 'single'; id: string; turtle: string; json: string; summary: BuildSummary }
  | { seq: number; ok: false; name: string; reason: string };

/**
 * Builds one article. Never throws: unreadable input (InputError) and pipeline failures become
 * `{ ok: false, reason }` so one bad article cannot stop a corpus.
 */
export function runArticleTask(task: ArticleTask): TaskResult {
  try {
    const article = readSource(task.src);
    if (task.mode === 'merge') return { seq: task.seq, ok: true, mode: 'merge', chunks: packChunks(buildArticleChunks(article, { today: task.today })), hash: articleHash(article) };
    const built = buildArticle(article, { today: task.today });
    return { seq: task.seq, ok: true, mode: 'single', id: article.id, turtle: built.turtle, json: built.json, summary: built.summary };
  } catch (e) {
    const err = e as Error;
    // InputError messages already start with the source; others get it prefixed.
    const msg = err?.message ?? String(e);
    const name = task.src.line ? `${task.src.source}:${task.src.line}` : task.src.source;
    return { seq: task.seq, ok: false, name, reason: msg.startsWith(name) ? msg.slice(name.length).replace(/^:\s*/, '') : `${err?.name ?? 'Error'}: ${msg}` };
  }
}

