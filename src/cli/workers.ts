// Parallel article builds for `newsgraph build`: a pool of node:worker_threads (one per core by
// default), each running runArticleTask (article-task.ts; worker.ts is the thread's entry), or the
// same function in-process for --jobs 1. A failing article comes back as a failure result; a crashed worker is
// replaced and only its article is lost. Results arrive in any order; callers sort them out.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleTask, TaskResult } from './article-task.js';

export type { ArticleTask, TaskResult } from './article-task.js';

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
  // Loaded on first use: the pipeline (models, gazetteers) stays out of a main thread that only merges.
  let load: Promise<typeof import('./article-task.js')> | null = null;
  return {
    jobs: 1,
    async run(task) {
      const { runArticleTask } = await (load ??= import('./article-task.js'));
      // Yield to the event loop between articles so progress and stream reading keep going.
      return new Promise((resolve) => setImmediate(() => resolve(runArticleTask(task))));
    },
    close: async () => {},
  };
}

// A worker's old generation is capped: a thread needs ≈100 MB live (models, gazetteers, one article),
// and without a cap V8 lets each heap grow to several times that before collecting (PolNeAR, 2
// threads: peak RSS 790 MB uncapped, 528 MB capped, for 7% more CPU). An article that needs more
// fails with ERR_WORKER_OUT_OF_MEMORY and is reported; --jobs 1 builds it without the cap.
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256 };

// The worker entry beside this module: worker.js in dist/; under vitest or tsx (sources only) a
// bootstrap registers tsx in the thread first, since loader flags do not reach worker threads.
function startWorker(): Worker {
  const js = new URL('./worker.js', import.meta.url);
  // Threads inherit the parent's flags, V8 ones (--single-threaded-gc, --max-old-space-size)
  // included; an explicit list would be refused when it holds a V8 flag. Only a parent started with
  // `node --input-type=module -e …` needs a list: that flag must not reach the threads.
  const execArgv = process.execArgv.some((a) => a.startsWith('--input-type')) ? process.execArgv.filter((a) => !a.startsWith('--input-type')) : undefined;
  if (existsSync(fileURLToPath(js))) return new Worker(js, { execArgv, resourceLimits: WORKER_LIMITS });
  const ts = new URL('./worker.ts', import.meta.url).href;
  const boot = `(async () => { (await import('tsx/esm/api')).register(); await import(${JSON.stringify(ts)}); })();`;
  return new Worker(boot, { eval: true, execArgv, resourceLimits: WORKER_LIMITS });
}

type Slot = { worker: Worker; task: ArticleTask | null; resolve: ((r: TaskResult) => void) | null; online: boolean };

/** Worker threads could not start at all (bad installation, flags): no article can be built. */
export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

class WorkerPool implements TaskRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ task: ArticleTask; resolve: (r: TaskResult) => void; reject: (e: Error) => void }> = [];
  private closed = false;
  private broken: WorkerStartError | null = null;

  constructor(readonly jobs: number) {
    for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  run(task: ArticleTask): Promise<TaskResult> {
    if (this.closed) throw new Error('WorkerPool.run: the pool is closed.');
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = startWorker();
    const slot: Slot = { worker, task: null, resolve: null, online: false };
    worker.on('online', () => (slot.online = true));
    worker.on('message', (r: TaskResult) => this.finish(slot, r));
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
    if (!slot.online) {
      // It died before running any code: every other thread would too. Stop instead of looping.
      this.broken = new WorkerStartError(`newsgraph: worker threads cannot start (${reason}); try --jobs 1.`);
      this.closed = true;
      for (const s of this.slots) void s.worker.terminate();
      for (const q of this.queue.splice(0)) q.reject(this.broken);
      if (task && resolve) resolve({ seq: task.seq, ok: false, name: task.src.line ? `${task.src.source}:${task.src.line}` : task.src.source, reason });
      return;
    }
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
