// The worker-thread entry of the commit's layout helper (commit-layout.ts): lays out the actor
// network it is given (placeLinks, as the merge would), posts the placement or the error on the
// port it was given, then counts it posted in the shared array so a waiting commit wakes.

import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { LinkData } from '../viewer-data/prepare.js';
import { placeLinks } from '../corpus/merge-outputs.js';
import type { LayoutReply } from '../corpus/layout-share.js';

if (!parentPort) throw new Error('src/cli/commit-layout-worker.ts is a worker_threads entry; start it with new Worker(), not directly.');
const ctl = new Int32Array((workerData as { ctl: SharedArrayBuffer }).ctl);

parentPort.on('message', ({ data, port }: { data: LinkData; port: MessagePort }) => {
  let reply: LayoutReply;
  try {
    reply = { placement: placeLinks(data) };
  } catch (e) {
    reply = { error: (e as Error).message };
  }
  port.postMessage(reply);
  port.close();
  Atomics.add(ctl, 0, 1);
  Atomics.notify(ctl, 0);
});
