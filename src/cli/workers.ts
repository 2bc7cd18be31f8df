// Parallel article builds for `newsgraph build` (and documents for `newsgraph annotate`): a pool of
// node:worker_threads (one per core by default), each running runArticleTask (article-task.ts) or
// runAnnotateTask (annotate-task.ts; worker.ts is the thread's entry), or the same in-process for
// --jobs 1. A failing article comes back as a failure result; a crashed worker is replaced and only
// its article is lost. Results arrive in any order; callers sort them out.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { AnnotateResult, AnnotateTask } from './annotate-task.js';
import type { ArticleTask, TaskResult } from './article-task.js';
import { NewsgraphError } from '../errors.js';
import { BUNDLE_GLOBAL } from './bundle-global.js';

export type { ArticleTask, TaskResult } from './article-task.js';
export type { AnnotateResult, AnnotateTask } from './annotate-task.js';

/** What a thread runs, and what it answers. */
type ThreadTask = ArticleTask | AnnotateTask;
type ThreadResult = TaskResult | AnnotateResult;

/** Runs tasks; `run` never rejects. */
export interface TaskRunner {
  readonly jobs: number;
  run(task: ArticleTask): Promise<TaskResult>;
  run(task: AnnotateTask): Promise<AnnotateResult>;
  close(): Promise<void>;
}

/** The task's source as failure messages name it. */
function taskName(task: ThreadTask): string {
  if (task.mode === 'annotate') return task.doc.id;
  return task.src.line ? `${task.src.source}:${task.src.line}` : task.src.source;
}

/** The default --jobs: every core the process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The thread count a --jobs value asks for (default: every core), capped at the cores: more
 * threads than cores only add memory (12 on 2 cores: 1.7 GB instead of 198 MB), not speed.
 * @returns the count, or an error message for a value that is no whole number ≥ 1, and a warning when capped
 */
export function readJobs(value: string | undefined): { jobs: number; warning?: string } | { error: string } {
  const cores = defaultJobs();
  if (value === undefined) return { jobs: cores };
  if (!/^[1-9][0-9]*$/.test(value)) return { error: `--jobs "${value}" must be a whole number of threads, 1 or more.` };
  const jobs = Number(value);
  return jobs > cores ? { jobs: cores, warning: `--jobs ${jobs} is more than the ${cores} cores here; using ${cores}.` } : { jobs };
}

/**
 * A runner with `jobs` threads: in-process for 1, a worker pool otherwise. `threads: true` uses a
 * pool even for 1, to keep the calling thread's event loop free (a queue worker renews its job locks there).
 */
export function createRunner(jobs: number, options: { threads?: boolean } = {}): TaskRunner {
  return jobs <= 1 && !options.threads ? inlineRunner() : new WorkerPool(jobs);
}

// Yield to the event loop between articles so progress and stream reading keep going.
function later<T>(f: () => T): Promise<T> {
  return new Promise((resolve) => setImmediate(() => resolve(f())));
}

function inlineRunner(): TaskRunner {
  // Loaded on first use: the pipeline (models, gazetteers) stays out of a main thread that only merges.
  let article: Promise<typeof import('./article-task.js')> | null = null;
  let annotate: Promise<typeof import('./annotate-task.js')> | null = null;
  const run = async (task: ThreadTask): Promise<ThreadResult> => {
    if (task.mode === 'annotate') {
      const { runAnnotateTask } = await (annotate ??= import('./annotate-task.js'));
      return later(() => runAnnotateTask(task));
    }
    const { runArticleTask } = await (article ??= import('./article-task.js'));
    return later(() => runArticleTask(task));
  };
  return { jobs: 1, run: run as TaskRunner['run'], close: async () => {} };
}

// Heap limits of a worker. The old generation is capped so a runaway article fails alone (with
// ERR_WORKER_OUT_OF_MEMORY, reported; --jobs 1 builds it without the cap) rather than taking the
// process down; the cap used to be 256 MB, which cost ≈7% CPU in extra collections. The young
// generation is larger than V8's default because the pipeline allocates many short-lived objects per
// article: fewer scavenges. Measured on PolNeAR train, 2 threads (npm run bench -- --repeat 2):
// build 9.6 → 8.8 s; peak RSS of the 10x corpus 714 MB (target ≤ 1024).
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 96 };

function startWorker(): Worker {
  return startThread('worker', { resourceLimits: WORKER_LIMITS });
}

/**
 * Thread entries that start from the bundle when the CLI runs from it (main.ts, THREAD_ENTRIES):
 * the annotate and build worker, whose ~200 dist modules each thread would otherwise load and
 * compile anew (≈0.1 s of CPU a thread).
 */
const BUNDLED_THREADS: ReadonlySet<string> = new Set(['worker']);

/**
 * Starts the worker-thread entry `name` beside this module: name.js in dist/; under vitest or tsx
 * (sources only) a bootstrap registers tsx in the thread first, since loader flags do not reach
 * worker threads. When the CLI runs from its bundle, a thread of BUNDLED_THREADS runs from it too
 * (bundle-thread.ts).
 */
export function startThread(name: string, options: Pick<WorkerOptions, 'resourceLimits' | 'workerData'>): Worker {
  const js = new URL(`./${name}.js`, import.meta.url);
  // Threads inherit the parent's flags, V8 ones (--single-threaded-gc, --max-old-space-size)
  // included; an explicit list would be refused when it holds a V8 flag. Only a parent started with
  // `node --input-type=module -e …` needs a list: that flag must not reach the threads.
  const execArgv = process.execArgv.some((a) => a.startsWith('--input-type')) ? process.execArgv.filter((a) => !a.startsWith('--input-type')) : undefined;
  const bundle = (globalThis as Record<symbol, unknown>)[BUNDLE_GLOBAL];
  if (typeof bundle === 'string' && BUNDLED_THREADS.has(name) && !options.workerData) {
    return new Worker(new URL('./bundle-thread.js', import.meta.url), { execArgv, ...options, workerData: { dir: bundle, entry: name } });
  }
  if (existsSync(fileURLToPath(js))) return new Worker(js, { execArgv, ...options });
  const ts = new URL(`./${name}.ts`, import.meta.url).href;
  // tsx resolved here, beside this module: the thread's working directory may be anywhere.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `(async () => { (await import(${JSON.stringify(tsx)})).register(); await import(${JSON.stringify(ts)}); })();`;
  return new Worker(boot, { eval: true, execArgv, ...options });
}

// Tasks posted to a thread ahead of the one it is building, so it never waits for the main thread
// (busy merging) to hand it the next article: with one at a time, two threads on two cores sat idle
// for a round trip after every article.
const AHEAD = 2;

type Pending = { task: ThreadTask; resolve: (r: ThreadResult) => void; reject: (e: Error) => void };
/** A thread and the tasks posted to it, in the order it answers them. */
type Slot = { worker: Worker; pending: Pending[]; online: boolean };

/** Worker threads could not start at all (bad installation, flags): no article can be built. */
export class WorkerStartError extends NewsgraphError {
  override name = 'WorkerStartError';
}

class WorkerPool implements TaskRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  private broken: WorkerStartError | null = null;

  constructor(readonly jobs: number) {
    for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  run(task: ArticleTask): Promise<TaskResult>;
  run(task: AnnotateTask): Promise<AnnotateResult>;
  run(task: ThreadTask): Promise<ThreadResult> {
    // (A pool whose threads cannot start is closed as well: its callers are told why.)
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) throw new Error('WorkerPool.run: the pool is closed.');
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.abandon(new Error('WorkerPool.close: the pool was closed before this article was built.'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Rejects every task still queued or posted to a thread: once the pool stops, none would settle. */
  private abandon(error: Error): void {
    for (const p of [...this.slots.flatMap((s) => s.pending.splice(0)), ...this.queue.splice(0)]) p.reject(error);
  }

  private spawn(): Slot {
    const worker = startWorker();
    const slot: Slot = { worker, pending: [], online: false };
    worker.on('online', () => (slot.online = true));
    worker.on('message', (r: ThreadResult) => this.finish(slot, r));
    worker.on('error', (e: NodeJS.ErrnoException) =>
      this.fail(slot, `worker crashed: ${e.message}${e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? ' (build this article with --jobs 1, which has no heap cap)' : ''}`),
    );
    worker.on('exit', (code) => {
      if (!this.closed) this.fail(slot, `worker exited with code ${code}`);
    });
    // Idle workers must not keep the process alive if a caller forgets close().
    worker.unref();
    return slot;
  }

  private finish(slot: Slot, r: ThreadResult): void {
    slot.pending.shift()?.resolve(r);
    this.pump();
  }

  // The article in flight is lost; the tasks posted behind it go back to the queue, and the worker
  // is replaced so the rest of the corpus goes on.
  private fail(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const [current, ...behind] = slot.pending;
    slot.pending = [];
    const task = current?.task;
    const resolve = current?.resolve;
    if (!this.closed) this.queue.unshift(...behind);
    void slot.worker.terminate();
    if (this.closed) return;
    if (!slot.online) {
      // It died before running any code: every other thread would too. Stop instead of looping.
      this.broken = new WorkerStartError(`newsgraph: worker threads cannot start (${reason}); try --jobs 1.`);
      this.closed = true;
      for (const s of this.slots) void s.worker.terminate();
      this.abandon(this.broken);
      if (task && resolve) resolve({ seq: task.seq, ok: false, name: taskName(task), reason });
      return;
    }
    this.slots[i] = this.spawn();
    if (task && resolve) resolve({ seq: task.seq, ok: false, name: taskName(task), reason });
    this.pump();
  }

  private pump(): void {
    // Fill every thread to one task before giving any a second, so a short corpus still spreads.
    for (let depth = 1; depth <= AHEAD && this.queue.length; depth++) {
      for (const slot of this.slots) {
        if (!this.queue.length) break;
        if (slot.pending.length >= depth) continue;
        const next = this.queue.shift()!;
        slot.pending.push(next);
        slot.worker.ref();
        slot.worker.postMessage(next.task);
      }
    }
    for (const slot of this.slots) if (!slot.pending.length) slot.worker.unref();
  }
}
