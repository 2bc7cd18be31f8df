// The worker-thread entry of the commit's layout helper (commit-layout.ts): lays out each layout job
// it is given (placeLinks, as the merge would) unless the commit took the job back first; the
// placement goes into the job's shared memory (layout-share.ts), so no reply is posted.

import { parentPort } from 'node:worker_threads';
import { placeLinks } from '../corpus/merge-outputs.js';
import { runLayoutJob, type LayoutJob } from '../corpus/layout-share.js';

if (!parentPort) throw new Error('src/cli/commit-layout-worker.ts is a worker_threads entry; start it with new Worker(), not directly.');

parentPort.on('message', (job: LayoutJob) => {
  runLayoutJob(job, placeLinks);
});
parentPort.postMessage('ready'); // (for startLayoutHelper's `ready`)
