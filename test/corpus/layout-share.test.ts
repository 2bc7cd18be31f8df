// The layout job shared by the merge and a layout thread (src/corpus/layout-share.ts): the merge
// takes back a job no helper has begun without waiting, waits for one a helper is laying out, and
// gets the helper's placement back from shared memory exactly; a helper that fails or stops leaves it null.

import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { JobState, newLayoutJob, runLayoutJob, takeLayoutJob, type LayoutJob } from '../../src/corpus/layout-share.js';
import type { ActorPlacement, LinkData } from '../../src/viewer-data/prepare.js';

const DATA: LinkData = { actors: ['a', 'b', 'c', 'd'], links: [{ source: 'a', target: 'b', count: 2 }] };
const PLACED = new Map<string, ActorPlacement>([
  ['b', { community: 0, x: -1.25, y: 3 }],
  ['a', { community: 0, x: 0.1 + 0.2, y: -0 }],
  ['c', { community: 1 }],
  ['d', { community: 2, x: 1e-300 }],
]);

// A plain-JS thread that claims the job, sleeps `ms`, then, if `finish`, marks it laid out with the
// placement `a` → community 7 at (1, 2) (as runLayoutJob would store it).
function claimingThread(job: LayoutJob, ms: number, finish: boolean): Worker {
  const code = `
    const { workerData: { job, ms, finish }, parentPort } = require('node:worker_threads');
    Atomics.compareExchange(job.state, 0, ${JobState.Free}, ${JobState.Working});
    parentPort.postMessage('claimed');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    if (finish) {
      job.values[0] = 7; job.values[1] = 1; job.values[2] = 2; job.flags[0] = 7;
      Atomics.store(job.state, 0, ${JobState.Done});
      Atomics.notify(job.state, 0);
    }`;
  return new Worker(code, { eval: true, workerData: { job, ms, finish } });
}
const claimed = (w: Worker): Promise<unknown> => new Promise((r) => w.once('message', r));

describe('layout jobs', () => {
  it('should give the merge its job back at once when no helper has begun it, and the helper then skips it', () => {
    const job = newLayoutJob(DATA);
    const t0 = Date.now();
    expect(takeLayoutJob(job, 60_000)).toBeNull();
    expect(Date.now() - t0).toBeLessThan(100);
    expect(runLayoutJob(job, () => PLACED)).toBe(false);
  });

  it('should return the helper\'s placement exactly, through shared memory', () => {
    const job = newLayoutJob(DATA);
    expect(runLayoutJob(job, () => PLACED)).toBe(true);
    const got = takeLayoutJob(job, 0)!;
    expect(got).toEqual(PLACED);
    expect(Object.is(got.get('a')!.y, -0)).toBe(true);
    expect(Object.keys(got.get('c')!)).toEqual(['community']);
  });

  it('should wait for a helper that has begun the layout', async () => {
    const job = newLayoutJob(DATA);
    const w = claimingThread(job, 300, true);
    await claimed(w);
    const t0 = Date.now();
    expect(takeLayoutJob(job, 60_000)).toEqual(new Map([['a', { community: 7, x: 1, y: 2 }]]));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(100);
    await w.terminate();
  });

  it('should give null when the helper failed, or stopped mid-layout past the wait', async () => {
    const failed = newLayoutJob(DATA);
    expect(runLayoutJob(failed, () => { throw new Error('no'); })).toBe(true);
    expect(takeLayoutJob(failed, 60_000)).toBeNull();
    const unknownKey = newLayoutJob(DATA);
    runLayoutJob(unknownKey, () => new Map([['z', { community: 0 }]]));
    expect(takeLayoutJob(unknownKey, 60_000)).toBeNull();
    const stopped = newLayoutJob(DATA);
    const w = claimingThread(stopped, 60_000, false);
    await claimed(w);
    const t0 = Date.now();
    expect(takeLayoutJob(stopped, 200)).toBeNull();
    expect(Date.now() - t0).toBeLessThan(5_000);
    await w.terminate();
  });
});
