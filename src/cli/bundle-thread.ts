// Entry of a worker thread when the CLI runs from its bundle (workers.ts, startThread): the thread
// loads the same bundle, with the NLP code cache, and starts the entry named in its workerData
// (main.ts, THREAD_ENTRIES) instead of loading and compiling the dist modules anew.

import { workerData } from 'node:worker_threads';
import { runThreadFromBundle } from './launch.js';

const { dir, entry } = workerData as { dir: string; entry: string };
await runThreadFromBundle(dir, entry);
