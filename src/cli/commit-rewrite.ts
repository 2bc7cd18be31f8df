// The commit's rewrite helper (src/corpus/rewrite-share.ts): a thread that rewrites articles corpus
// identity touches while the commit thread rewrites the others, each taking the next from a shared
// counter (Atomics). The commit thread runs synchronously, so results come back on a MessagePort it
// reads with receiveMessageOnPort, and it sleeps on Atomics.wait while the helper finishes its last.
// The helper works only when the machine had a core to spare while the commit read the parts.

import { cpus } from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { IdentityMap } from '../corpus/identity.js';
import { NEXT, POSTED, type HelperReply, type RewriteHelper, type RewriteJob, type RewriteShare, type RewrittenJob } from '../corpus/rewrite-share.js';
import { startThread } from './workers.js';

/** How long the commit waits for a sign of life from the helper before it rewrites the rest itself. */
export const HELPER_WAIT_MS = 20_000;

/**
 * Idle cores the machine must have had, on average, between the helper's start and the rewrite
 * for the helper to take jobs. On a machine whose cores other work keeps busy, a second thread
 * only competes for them: under load 7–8 on 2 cores, a commit of PolNeAR train took 8–10 CPU-s
 * more with the helper and no less time (docs/corpus.md, issue 20).
 */
export const HELPER_MIN_IDLE_CORES = 0.5;

/** Idle and total CPU time of the machine so far, in ms (all cores). */
function cpuTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const { times: t } of cpus()) {
    idle += t.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, total };
}

/**
 * Starts the helper thread (its start-up overlaps the commit's first pass); close() ends it. It
 * takes jobs only when the machine had `minIdleCores` idle since it started (`skipped` says it did not).
 */
export function startRewriteHelper(waitMs = HELPER_WAIT_MS, minIdleCores = HELPER_MIN_IDLE_CORES): RewriteHelper & { close(): void; delivered: number; skipped: boolean } {
  const ctl = new Int32Array(new SharedArrayBuffer(8));
  const thread = startThread('commit-rewrite-worker', { workerData: { ctl: ctl.buffer } });
  thread.on('error', () => {}); // a helper that dies leaves its jobs undelivered: the commit rewrites them
  thread.unref();
  const before = cpuTimes();
  const helper = {
    delivered: 0,
    skipped: false,
    start(map: IdentityMap, jobs: RewriteJob[]): RewriteShare {
      const now = cpuTimes();
      const idleCores = now.total > before.total ? ((now.idle - before.idle) / (now.total - before.total)) * cpus().length : 0;
      const { port1, port2 } = new MessageChannel();
      if (idleCores < minIdleCores) {
        // No core to spare: the helper gets no jobs, so the caller claims them all.
        helper.skipped = true;
        void thread.terminate();
        port2.close();
      } else thread.postMessage({ map, jobs, port: port2 }, [port2]);
      return share(ctl, port1, jobs.length, waitMs, (n) => (helper.delivered += n));
    },
    close(): void {
      void thread.terminate();
    },
  };
  return helper;
}

// One merge's share: the jobs this thread claimed, those the helper delivered or failed on.
function share(ctl: Int32Array, port: MessagePort, jobs: number, waitMs: number, count: (n: number) => void): RewriteShare {
  const mine = new Set<number>();
  const settled = new Set<number>();
  const drain = (): RewrittenJob[] => {
    const out: RewrittenJob[] = [];
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const r = m.message as HelperReply;
      settled.add(r.index);
      if ('packed' in r) out.push(r);
    }
    count(out.length);
    return out;
  };
  return {
    claim: () => {
      const i = Atomics.add(ctl, NEXT, 1);
      if (i >= jobs) return -1;
      mine.add(i);
      return i;
    },
    take: drain,
    finish: () => {
      const results = drain();
      let heard = Date.now();
      while (mine.size + settled.size < jobs && Date.now() - heard < waitMs) {
        const posted = Atomics.load(ctl, POSTED);
        const got = drain();
        results.push(...got);
        if (got.length) heard = Date.now();
        else Atomics.wait(ctl, POSTED, posted, 50);
      }
      port.close();
      const delivered = new Set(results.map((r) => r.index));
      const undelivered: number[] = [];
      for (let i = 0; i < jobs; i++) if (!mine.has(i) && !delivered.has(i)) undelivered.push(i);
      return { results, undelivered };
    },
  };
}
