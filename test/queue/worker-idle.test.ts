// Queue workers in this process (src/queue/bull.ts) with a real Redis and a counting target: a worker
// that runs dry while another still holds a job leaves the catch-up (the corpus commit) to the last
// one, so the whole corpus is committed once; a worker holds a job ahead while one is being stored.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { PackedChunks } from '../../src/corpus/merge.js';
import { JOBS_PER_THREAD, startQueueWorker } from '../../src/queue/bull.js';
import { redisConnection, type ArticleJob } from '../../src/queue/jobs.js';
import type { JobTarget } from '../../src/queue/target.js';
import { sampleLines, TODAY } from '../corpus/_fixture.js';
import { redisMissing, startRedis, type Redis } from './_redis.js';

const missing = redisMissing();
if (missing) console.log(`test/queue/worker-idle.test.ts skipped: ${missing}`);

const ARTICLES = 6;

async function enqueue(redis: Redis, queue: string, work: string): Promise<void> {
  const io: Io = { out: () => {}, err: () => {}, stdin: Readable.from(['']), cwd: work, isTTY: false };
  expect(await main(['enqueue', '--redis', redis.url, '--queue', queue, 'corpus.jsonl', '--today', TODAY, '-q'], io)).toBe(0);
}

/** A target shared by the workers, as a corpus folder is: what is staged, and what each catch-up saw. */
class CountingTarget implements JobTarget {
  readonly name = 'counting';
  staged = 0;
  folded = 0;
  /** For each catch-up that had something to fold: the articles staged by then. */
  readonly catchUps: number[] = [];
  constructor(private readonly hold: (job: number) => Promise<void> = async () => {}) {}
  todayFor(job: ArticleJob): string {
    return job.today ?? TODAY;
  }
  async put(chunks: PackedChunks): Promise<{ iri: string; target: string }> {
    await this.hold(this.staged);
    this.staged++;
    return { iri: chunks.iri, target: this.name };
  }
  async flush(): Promise<string | null> {
    if (this.folded === this.staged) return null;
    this.catchUps.push(this.staged);
    this.folded = this.staged;
    return null;
  }
}

describe.skipIf(missing !== null)('queue workers and their target', () => {
  let redis: Redis;
  let work: string;

  beforeAll(async () => {
    redis = await startRedis();
    work = mkdtempSync(join(tmpdir(), 'ng-worker-idle-test-'));
    writeFileSync(join(work, 'corpus.jsonl'), `${sampleLines(ARTICLES).join('\n')}\n`);
  }, 60_000);

  afterAll(async () => {
    await redis?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 30_000);

  const start = (queue: string, target: JobTarget) =>
    startQueueWorker({ redis: redis.url, queue, target, concurrency: 1, lockDurationMs: 30_000, exitWhenIdle: true, log: () => {} });

  it('should catch up once, after the last job of every worker, when one worker runs dry while another still builds', async () => {
    await enqueue(redis, 'dry', work);
    const queue = new Queue('dry', { connection: redisConnection(redis.url) });
    // Worker B holds its first article until nothing is waiting and 2 s more: A runs dry meanwhile.
    let held = false;
    const shared = new CountingTarget();
    const b: JobTarget = {
      name: 'b',
      todayFor: (j) => shared.todayFor(j),
      flush: () => shared.flush(),
      put: async (chunks) => {
        if (!held) {
          held = true;
          while ((await queue.getWaitingCount()) > 0) await new Promise((r) => setTimeout(r, 50));
          await new Promise((r) => setTimeout(r, 2000));
        }
        return shared.put(chunks);
      },
    };
    try {
      const workers = [start('dry', shared), start('dry', b)];
      const stats = await Promise.all(workers.map((w) => w.finished));
      expect(stats.reduce((n, s) => n + s.completed, 0)).toBe(ARTICLES);
      expect(shared.catchUps).toEqual([ARTICLES]);
    } finally {
      await queue.close();
    }
  }, 180_000);

  it('should hold a job ahead per build thread, so the thread builds the next article while the last one is stored', async () => {
    await enqueue(redis, 'ahead', work);
    const queue = new Queue('ahead', { connection: redisConnection(redis.url) });
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    // Every put waits at the gate: the worker takes a second job only while the first is being stored.
    const target = new CountingTarget(() => gate);
    try {
      const w = start('ahead', target);
      let most = 0;
      const deadline = Date.now() + 20_000;
      while (most < JOBS_PER_THREAD && Date.now() < deadline) {
        most = Math.max(most, await queue.getActiveCount());
        await new Promise((r) => setTimeout(r, 50));
      }
      open();
      expect((await w.finished).completed).toBe(ARTICLES);
      expect(most).toBe(2);
    } finally {
      await queue.close();
    }
  }, 180_000);
});
