// The worker-thread entry of the commit's rewrite helper (commit-rewrite.ts): takes the next touched
// article from the shared counter, reads its fields from its part, rewrites and packs it as the merge
// would (rewritePacked), and posts it, transferred, on the port it was given; then counts it posted.

import { closeSync, openSync } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { IdentityMap } from '../corpus/identity.js';
import { rewritePacked } from '../corpus/merge.js';
import { NEXT, POSTED, type HelperReply, type RewriteJob } from '../corpus/rewrite-share.js';
import { readField } from '../corpus/spool-store.js';

if (!parentPort) throw new Error('src/cli/commit-rewrite-worker.ts is a worker_threads entry; start it with new Worker(), not directly.');
const ctl = new Int32Array((workerData as { ctl: SharedArrayBuffer }).ctl);

parentPort.on('message', ({ map, jobs, port }: { map: IdentityMap; jobs: RewriteJob[]; port: MessagePort }) => {
  for (let i = Atomics.add(ctl, NEXT, 1); i < jobs.length; i = Atomics.add(ctl, NEXT, 1)) {
    const job = jobs[i]!;
    let reply: HelperReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const fd = openSync(job.at.path, 'r');
      try {
        const r = rewritePacked((f) => readField(fd, job.at.path, job.at.offset, job.at.lengths, f, job.at.stored, job.at.codec).toString('utf8'), job, map);
        reply = { index: i, ...r };
        transfer = [r.packed.buffer as ArrayBuffer];
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      reply = { index: i, error: (e as Error).message };
    }
    port.postMessage(reply, transfer);
    Atomics.add(ctl, POSTED, 1);
    Atomics.notify(ctl, POSTED);
  }
  port.close();
});
