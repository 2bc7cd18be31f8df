// One article build as a task for the worker threads of `newsgraph build` (workers.ts, worker.ts):
// raw source in, merge chunks or per-article Turtle + JSON out, failures as values. Kept apart from
// workers.ts so the main thread of a corpus build never loads the pipeline's models and gazetteers.

import { judgeLanguage, languageWarning, loadLanguageIdentifier } from '../1-text/language.js';
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
  /** --today when given; undefined lets the pipeline use the current date (and records no run date). */
  today: string | undefined;
  /**
   * What to do with an article that does not look English (1-text/language.ts): 'warn' builds it
   * with a warning (one article), 'skip' reports it as not built (a corpus, without --any-language).
   */
  language?: 'warn' | 'skip';
  /** Single mode: statement nodes of the JSON carry `explain` (build --explain). */
  explain?: boolean;
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
    const identify = loadLanguageIdentifier();
    const verdict = identify ? judgeLanguage(article.text, identify) : null;
    const where = task.src.line ? `${task.src.source}:${task.src.line}` : task.src.source;
    const warning = verdict ? languageWarning(where, verdict) : null;
    if (warning && task.language === 'skip') {
      return { seq: task.seq, ok: false, name: where, reason: `not built: the text looks like ${verdict!.language}, not English (build it anyway with --any-language).` };
    }
    // What the reader could not use (an impossible date) is warned about with the article's warnings.
    const notes = [...(warning ? [warning] : []), ...(article.notes ?? []).map((n) => `${article.source}: ${n}`)];
    const options = task.today === undefined ? {} : { today: task.today };
    if (task.mode === 'merge') {
      const chunks = buildArticleChunks(article, options);
      if (notes.length) chunks.counts.warnings = [...notes, ...chunks.counts.warnings];
      return { seq: task.seq, ok: true, mode: 'merge', chunks: packChunks(chunks), hash: articleHash(article) };
    }
    const built = buildArticle(article, { ...options, ...(task.explain ? { explain: true } : {}) });
    const summary = notes.length ? { ...built.summary, warnings: [...notes, ...built.summary.warnings] } : built.summary;
    return { seq: task.seq, ok: true, mode: 'single', id: article.id, turtle: built.turtle, json: built.json, summary };
  } catch (e) {
    const err = e as Error;
    // InputError messages already start with the source; others get it prefixed.
    const msg = err?.message ?? String(e);
    const name = task.src.line ? `${task.src.source}:${task.src.line}` : task.src.source;
    return { seq: task.seq, ok: false, name, reason: msg.startsWith(name) ? msg.slice(name.length).replace(/^:\s*/, '') : `${err?.name ?? 'Error'}: ${msg}` };
  }
}

