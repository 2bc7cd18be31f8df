// The worker-thread entry of a corpus folder's commit (commit-thread.ts): folds the staged records
// of the folder named by workerData (a FoldSpec) into a new generation and posts the CommitResult
// back, or the error's name, message and code. The starting thread holds the folder's lock.

import { parentPort, workerData } from 'node:worker_threads';
import { foldPending, type FoldSpec } from '../corpus/generation.js';
import { startRewriteHelper } from './commit-rewrite.js';
import { startLayoutHelper } from './commit-layout.js';

if (!parentPort) throw new Error('src/cli/commit-worker.ts is a worker_threads entry; start it with new Worker(), not directly.');
const port = parentPort;
// (Corpus identity's rewrite is shared with a helper thread, and the actor network is laid out on
// another while the outputs are written: this one has a core to itself after the last article.)
foldPending(workerData as FoldSpec, null, { rewriteHelper: () => startRewriteHelper(), layoutHelper: () => startLayoutHelper() }).then(
  (result) => port.postMessage({ ok: true, result }),
  (e: unknown) => {
    const error = e as NodeJS.ErrnoException;
    port.postMessage({ ok: false, name: error.name, message: error.message, code: error.code });
  },
);
