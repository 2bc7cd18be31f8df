// Parallel article builds for `newsgraph build`: a pool of node:worker_threads (one per core by
// default), each running runArticleTask (worker.ts is the thread's entry), or the same function
// in-process for --jobs 1. A failing article comes back as a failure result; a crashed worker is
// replaced and only its article is lost. Results arrive in any order; callers sort them out.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildArticle, type BuildSummary } from '../build.js';
import { buildArticleChunks, readSource, type ArticleChunks, type RawSource } from '../corpus/index.js';

/** One article to build: merge mode returns chunks for CorpusMerger, single mode Turtle + JSON. */
export interface ArticleTask {
  seq: number;
  mode: 'merge' | 'single';
  src: RawSource;
  today: string;
}

/** The outcome of a task; `name` is the article's source for messages. */
export type TaskResult =
  | { seq: number; ok: true; mode: 'merge'; chunks: ArticleChunks }
  | { seq: number; ok: true; mode: 'single'; id: string; turtle: string; json: string; summary: BuildSummary }
  | { seq: number; ok: false; name: string; reason: string };

/**
 * Builds one article. Never throws: unreadable input (InputError) and pipeline failures become
 * `{ ok: false, reason }` so one bad article cannot stop a corpus.
 */
export function runArticleTask(task: ArticleTask): TaskResult {
  try {
    const article = readSource(task.src);
    if (task.mode === 'merge') return { seq: task.seq, ok: true, mode: 'merge', chunks: buildArticleChunks(article, { today: task.today }) };
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

/** Runs tasks; `run` never rejects. */
export interface TaskRunner {
  readonly jobs: number;
  run(task: ArticleTask): Promise<TaskResult>;
  close(): Promise<void>;
}

/** The default --jobs: every core the process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** A runner with `jobs` threads: in-process for 1, a worker pool otherwise. */
export function createRunner(jobs: number): TaskRunner {
  return jobs <= 1 ? inlineRunner() : new WorkerPool(jobs);
}

function inlineRunner(): TaskRunner {
  return {
    jobs: 1,
    // Yield to the event loop between articles so progress and stream reading keep going.
    run: (task) => new Promise((resolve) => setImmediate(() => resolve(runArticleTask(task)))),
    close: async () => {},
  };
}

// The worker entry beside this module: worker.js in dist/, worker.ts under vitest/tsx (run with tsx).
function workerEntry(): { url: URL; execArgv: string[] } {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js, execArgv: [] };
  return { url: new URL('./worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
}

type Slot = { worker: Worker; task: ArticleTask | null; resolve: ((r: TaskResult) => void) | null };

class WorkerPool implements TaskRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ task: ArticleTask; resolve: (r: TaskResult) => void }> = [];
  private closed = false;

  constructor(readonly jobs: number) {
    for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  run(task: ArticleTask): Promise<TaskResult> {
    if (this.closed) throw new Error('WorkerPool.run: the pool is closed.');
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const { url, execArgv } = workerEntry();
    const worker = new Worker(url, { execArgv });
    const slot: Slot = { worker, task: null, resolve: null };
    worker.on('message', (r: TaskResult) => this.finish(slot, r));
    worker.on('error', (e) => this.fail(slot, `worker crashed: ${e.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) this.fail(slot, `worker exited with code ${code}`);
    });
    // Idle workers must not keep the process alive if a caller forgets close().
    worker.unref();
    return slot;
  }

  private finish(slot: Slot, r: TaskResult): void {
    const resolve = slot.resolve;
    slot.task = null;
    slot.resolve = null;
    resolve?.(r);
    this.pump();
  }

  // The article in flight is lost; the worker is replaced so the rest of the corpus goes on.
  private fail(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const { task, resolve } = slot;
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[i] = this.spawn();
    if (task && resolve) resolve({ seq: task.seq, ok: false, name: task.src.line ? `${task.src.source}:${task.src.line}` : task.src.source, reason });
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.task) continue;
      const { task, resolve } = this.queue.shift()!;
      slot.task = task;
      slot.resolve = resolve;
      slot.worker.ref();
      slot.worker.postMessage(task);
    }
    for (const slot of this.slots) if (!slot.task) slot.worker.unref();
  }
}
