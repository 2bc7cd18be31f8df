// The BullMQ queue with a real Redis (issue 20 item 2): enqueue is idempotent; two worker processes,
// one killed with SIGKILL while it holds a job, land every article exactly once and give the bytes
// of `build --merge`; SIGTERM lets the active job finish; failures are listed with their reasons.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { readManifest } from '../../src/corpus/folder.js';
import { redisConnection } from '../../src/queue/jobs.js';
import { sampleLines, TODAY } from '../corpus/_fixture.js';
import { redisMissing, startRedis, type Redis } from './_redis.js';

const missing = redisMissing();
if (missing) console.log(`test/queue/queue.test.ts skipped: ${missing}`);

const CLI = fileURLToPath(new URL('../e2e/_cli.ts', import.meta.url));
const OUTPUTS = ['ttl', 'nq', 'json', 'gexf'];

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from(['']), cwd, isTTY: false };
  return { code: await main(argv, io), out, err };
}

type Proc = { child: ChildProcess; log: () => string; exit: Promise<number | null> };
function spawnCli(argv: string[], cwd: string): Proc {
  // tsx by its resolved URL: the worker runs in a temporary folder, where "tsx" would not resolve.
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), CLI, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  return { child, log: () => log, exit: new Promise((r) => child.once('exit', (code) => r(code))) };
}

async function until(what: string, fn: () => Promise<boolean>, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(missing !== null)('the article queue on Redis', () => {
  let redis: Redis;
  let work: string;
  let ids: string[];

  beforeAll(async () => {
    redis = await startRedis();
    work = mkdtempSync(join(tmpdir(), 'ng-queue-test-'));
    const lines = sampleLines(8);
    ids = lines.map((l) => (JSON.parse(l) as { id: string }).id).sort();
    writeFileSync(join(work, 'corpus.jsonl'), `${lines.join('\n')}\n`);
    const r = await run(['build', 'corpus.jsonl', '-m', 'corpus', '-o', 'scratch', '--today', TODAY, '-j', '1', '-q'], work);
    expect(r.code, r.err).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await redis?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 30_000);

  it('should add each article once however often it is enqueued', async () => {
    const args = ['enqueue', '--redis', redis.url, '--queue', 'twice', 'corpus.jsonl', '--today', TODAY];
    expect((await run(args, work)).out).toMatch(/8 articles submitted, 8 new jobs, 0 already queued/);
    expect((await run(args, work)).out).toMatch(/8 articles submitted, 0 new jobs, 8 already queued/);
    expect((await run(['queue', 'status', '--redis', redis.url, '--queue', 'twice'], work)).out).toMatch(/^twice: 8 waiting, 0 active, 0 delayed \(retry backoff\), 0 done, 0 failed$/m);
  });

  it('should land every article exactly once, as build --merge does, when one of two workers is killed with SIGKILL mid-job', async () => {
    expect((await run(['enqueue', '--redis', redis.url, '--queue', 'kill', 'corpus.jsonl', '--today', TODAY], work)).code).toBe(0);
    const worker = (): Proc => spawnCli(['worker', '--redis', redis.url, '--queue', 'kill', '--into', 'corpus', '--today', TODAY, '--lock-ms', '2000', '--exit-when-idle'], work);
    const [a, b] = [worker(), worker()];
    const queue = new Queue('kill', { connection: redisConnection(redis.url) });
    try {
      // Kill A while it holds a job (BullMQ records the worker's name, host:pid, on the job).
      await until('worker A to hold a job', async () => (await queue.getActive()).some((j) => j.processedBy?.endsWith(`:${a.child.pid}`))).catch((e: Error) => {
        throw new Error(`${e.message}\nA: ${a.log()}\nB: ${b.log()}`);
      });
      a.child.kill('SIGKILL');
      expect(await a.exit).toBe(null);
      expect(await b.exit, b.log()).toBe(0);
      expect(b.log()).toMatch(/stalled .* taken again/);
      const counts = await queue.getJobCounts('completed', 'failed', 'active', 'waiting', 'delayed');
      expect(counts).toEqual({ completed: 8, failed: 0, active: 0, waiting: 0, delayed: 0 });
    } finally {
      await queue.close();
    }
    expect(Object.keys(readManifest(join(work, 'corpus'))!.articles)).toEqual(ids);
    for (const ext of OUTPUTS) expect(readFileSync(join(work, 'corpus', 'current', `corpus.${ext}`), 'utf8')).toBe(readFileSync(join(work, 'scratch', `corpus.${ext}`), 'utf8'));
  }, 240_000);

  it('should finish the active job and exit 0 on SIGTERM', async () => {
    expect((await run(['enqueue', '--redis', redis.url, '--queue', 'term', 'corpus.jsonl', '--today', TODAY], work)).code).toBe(0);
    const w = spawnCli(['worker', '--redis', redis.url, '--queue', 'term', '--into', 'term', '--today', TODAY], work);
    const queue = new Queue('term', { connection: redisConnection(redis.url) });
    try {
      await until('the worker to hold a job', async () => (await queue.getActive()).length > 0);
      w.child.kill('SIGTERM');
      expect(await w.exit, w.log()).toBe(0);
      const c = await queue.getJobCounts('completed', 'active', 'failed');
      expect(c.active).toBe(0);
      expect(c.failed).toBe(0);
      expect(c.completed).toBeGreaterThan(0);
      expect(Object.keys(readManifest(join(work, 'term'))!.articles)).toHaveLength(c.completed!);
    } finally {
      await queue.close();
    }
  }, 120_000);

  it('should commit every article once the queue runs dry, while it keeps running with several jobs at once', async () => {
    const w = spawnCli(['worker', '--redis', redis.url, '--queue', 'live', '--into', 'live', '--today', TODAY, '--concurrency', '2'], work);
    try {
      expect((await run(['enqueue', '--redis', redis.url, '--queue', 'live', 'corpus.jsonl', '--today', TODAY], work)).code).toBe(0);
      await until('the folder to hold all 8 articles', async () => Object.keys(readManifest(join(work, 'live'))?.articles ?? {}).length === 8).catch((e: Error) => {
        throw new Error(`${e.message}\n${w.log()}`);
      });
      // (The manifest is written before the worker's report of the commit reaches its log.)
      await until('the worker to report the commit', async () => /generation \d+: \d+ added/.test(w.log())).catch((e: Error) => {
        throw new Error(`${e.message}\n${w.log()}`);
      });
    } finally {
      w.child.kill('SIGTERM');
      await w.exit;
    }
  }, 180_000);

  it('should list a failed job with its reason in queue status', async () => {
    await run(['build', 'corpus.jsonl', '--into', 'dated', '--today', TODAY, '-j', '1', '-q'], work);
    writeFileSync(join(work, 'one.jsonl'), `${sampleLines(1)[0]}\n`);
    expect((await run(['enqueue', '--redis', redis.url, '--queue', 'bad', 'one.jsonl', '--today', '2020-02-02'], work)).code).toBe(0);
    const w = await run(['worker', '--redis', redis.url, '--queue', 'bad', '--into', 'dated', '--exit-when-idle', '--lock-ms', '2000'], work);
    expect(w.code).toBe(1);
    const s = await run(['queue', 'status', '--redis', redis.url, '--queue', 'bad'], work);
    expect(s.out).toMatch(/0 done, 1 failed/);
    expect(s.out).toMatch(/failed \S+ \(job \S+, 1 attempt\): the job was enqueued with --today 2020-02-02, but corpus folder .* is built with 2024-01-01/);
  }, 120_000);

  it('should say where Redis is not', async () => {
    const r = await run(['queue', 'status', '--redis', 'redis://127.0.0.1:1'], work);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
  });
});
