// Distributed extraction on BullMQ (Redis): enqueue article jobs (idempotent job ids), report the
// queue's state, and run a worker that builds each article on worker threads and hands it to a
// target (target.ts), with retries, stalled-job recovery, graceful stop and an idle exit.

import { hostname } from 'node:os';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { createRunner, type TaskRunner } from '../cli/workers.js';
import { JOB_OPTIONS, QueueError, jobIdOf, redisConnection, type ArticleJob, type ArticleJobResult } from './jobs.js';
import type { JobTarget } from './target.js';

const JOB_NAME = 'article';

/**
 * Jobs a worker holds per build thread: one built while the previous one's part is made durable
 * (fsync, ≈ 10 ms an article here), so the thread does not wait for it (design.md, "A corpus that grows").
 */
export const JOBS_PER_THREAD = 2;

/**
 * Opens a queue and checks that Redis answers within `timeoutMs`.
 * @throws QueueError naming the URL when it does not
 */
export async function openQueue(redis: string, name: string, timeoutMs = 5000): Promise<Queue> {
  const queue = new Queue(name, { connection: { ...redisConnection(redis), enableOfflineQueue: false, connectTimeout: timeoutMs } });
  queue.on('error', () => {}); // reported by the readiness check below
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      queue.waitUntilReady(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer')), timeoutMs);
      }),
    ]);
  } catch (e) {
    await queue.close().catch(() => {});
    throw new QueueError(`cannot reach Redis at ${redis} (${(e as Error).message}); start redis-server there, or give --redis redis://host:port.`);
  } finally {
    clearTimeout(timer);
  }
  return queue;
}

/** Adds one job per article; jobs whose id (article id + hash) is already in the queue are left alone. */
export async function enqueueJobs(queue: Queue, jobs: AsyncIterable<ArticleJob>): Promise<{ submitted: number; added: number }> {
  const total = async (): Promise<number> => Object.values(await queue.getJobCounts()).reduce((a, b) => a + b, 0);
  const before = await total();
  let submitted = 0;
  let batch: ArticleJob[] = [];
  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    await queue.addBulk(batch.map((data) => ({ name: JOB_NAME, data, opts: { ...JOB_OPTIONS, jobId: jobIdOf(data.id, data.hash) } })));
    submitted += batch.length;
    batch = [];
  };
  for await (const job of jobs) {
    batch.push(job);
    if (batch.length >= 200) await flush();
  }
  await flush();
  return { submitted, added: (await total()) - before };
}

/** The state of a queue, with the reasons of its failed jobs. */
export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  failures: Array<{ job: string; article: string; attempts: number; reason: string }>;
}

/** Counts by state and the first `limit` failed jobs. */
export async function queueStatus(queue: Queue, limit = 50): Promise<QueueStatus> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
  const failed = await queue.getFailed(0, limit - 1);
  return {
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
    active: c.active ?? 0,
    delayed: c.delayed ?? 0,
    completed: c.completed ?? 0,
    failed: c.failed ?? 0,
    failures: failed.filter(Boolean).map((j) => ({ job: String(j.id), article: (j.data as ArticleJob).id, attempts: j.attemptsMade, reason: j.failedReason ?? '' })),
  };
}

/** Options of a queue worker, validated by the CLI. */
export interface QueueWorkerOptions {
  redis: string;
  queue: string;
  target: JobTarget;
  /** Build threads; the worker holds JOBS_PER_THREAD jobs per thread. */
  concurrency: number;
  /** How long a job's lock lasts without renewal; a dead worker's job is retaken after about this long. */
  lockDurationMs: number;
  /** Stop when the queue has nothing waiting, delayed or active. */
  exitWhenIdle: boolean;
  log: (line: string) => void;
}

/** What a worker did. */
export interface WorkerStats {
  completed: number;
  failed: number;
}

/** A running worker: stop() finishes the active jobs, flushes the target and closes; `finished` resolves then. */
export interface RunningWorker {
  finished: Promise<WorkerStats>;
  stop(): Promise<void>;
}

/** What a running worker keeps between its jobs and its events. */
interface WorkerState {
  stats: WorkerStats;
  /** The next task's number for the worker threads. */
  seq: number;
  /** Jobs this worker holds now. */
  active: number;
  /** Set when the worker found the queue empty, cleared when it takes a job. */
  drained: boolean;
}

/** Starts a worker on the queue: jobs build on worker threads, their chunks go to o.target. */
export function startQueueWorker(o: QueueWorkerOptions): RunningWorker {
  const runner = createRunner(o.concurrency, { threads: true });
  const state: WorkerState = { stats: { completed: 0, failed: 0 }, seq: 0, active: 0, drained: false };
  const worker = new Worker(o.queue, jobProcessor(o, runner, state), {
    connection: redisConnection(o.redis),
    concurrency: o.concurrency * JOBS_PER_THREAD,
    lockDuration: o.lockDurationMs,
    stalledInterval: o.lockDurationMs,
    maxStalledCount: 2,
    // Shown as each active job's processedBy: which worker holds it (queue status, tests).
    name: `${hostname()}:${process.pid}`,
  });
  const queue = new Queue(o.queue, { connection: redisConnection(o.redis) });
  const whenIdle = idleCheck(queue, state);
  const flush = targetFlusher(o);
  watchWorker(worker, o, state, whenIdle, flush);
  let stopping: Promise<void> | null = null;
  let resolveFinished!: (s: WorkerStats) => void;
  const finished = new Promise<WorkerStats>((r) => (resolveFinished = r));
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      clearInterval(idle);
      await worker.close();
      await runner.close();
      await flush();
      await queue.close();
      resolveFinished(state.stats);
    })());
  const idle = setInterval(() => {
    if (!o.exitWhenIdle || state.active > 0 || stopping) return;
    whenIdle(() => void stop());
  }, 500);
  return { finished, stop };
}

/** Builds one article job on a worker thread and hands its chunks to the target. */
function jobProcessor(o: QueueWorkerOptions, runner: TaskRunner, state: WorkerState): (job: Job) => Promise<ArticleJobResult> {
  return async (job: Job): Promise<ArticleJobResult> => {
    const data = job.data as ArticleJob;
    let today: string;
    try {
      today = o.target.todayFor(data);
    } catch (e) {
      throw new UnrecoverableError((e as Error).message);
    }
    state.active++;
    state.drained = false;
    try {
      const r = await runner.run({ seq: state.seq++, mode: 'merge', src: data.src, today });
      // The same article fails the same way every time: no retry. Target errors (disk, store) are retried.
      if (!r.ok) throw new UnrecoverableError(`${r.name}: ${r.reason}`);
      if (r.mode !== 'merge') throw new UnrecoverableError('the worker thread answered a per-article task');
      return await o.target.put(r.chunks, r.hash);
    } finally {
      state.active--;
    }
  };
}

/** Runs `then` when Redis counts no job waiting, active or delayed, and this worker holds none. */
function idleCheck(queue: Queue, state: WorkerState): (then: () => void) => void {
  return (then) => {
    queue
      .getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'waiting-children')
      .then((c) => {
        if (Object.values(c).every((n) => n === 0) && state.active === 0) then();
      })
      .catch(() => {});
  };
}

/** Flushes the target (one flush after another), logging its line or its error. */
function targetFlusher(o: QueueWorkerOptions): () => Promise<void> {
  let flushing: Promise<void> = Promise.resolve();
  return (): Promise<void> =>
    (flushing = flushing.then(async () => {
      const line = await o.target.flush();
      if (line) o.log(line);
    }).catch((e: Error) => o.log(`cannot update ${o.target.name}: ${e.message}`)));
}

/** The worker's events: counts, logs, and the target's flush when the queue runs dry. */
function watchWorker(worker: Worker, o: QueueWorkerOptions, state: WorkerState, whenIdle: (then: () => void) => void, flush: () => Promise<void>): void {
  const { stats } = state;
  // The queue ran dry and no worker holds a job: the merged view catches up now, not at the next
  // idle poll. Only the last worker to finish sees no active job, so one commit folds every article.
  const catchUpWhenIdle = (): void => {
    if (!state.drained || state.active > 0) return;
    whenIdle(() => void flush());
  };
  worker.on('completed', () => {
    stats.completed++;
    catchUpWhenIdle();
  });
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) {
      stats.failed++;
      catchUpWhenIdle();
    }
    o.log(`job ${job.id} (${(job.data as ArticleJob).id}) ${final ? 'failed' : `failed, attempt ${job.attemptsMade}, will retry`}: ${err.message}`);
  });
  worker.on('error', (e) => o.log(`worker error: ${e.message}`));
  worker.on('stalled', (id) => o.log(`job ${id} stalled (its worker stopped renewing the lock); it is taken again`));
  // Not at once when this worker runs dry: another worker may still hold the last jobs, whose
  // articles would then need a second commit of the whole corpus after this one.
  worker.on('drained', () => {
    state.drained = true;
    catchUpWhenIdle();
  });
}
