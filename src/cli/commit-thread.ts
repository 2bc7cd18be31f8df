// The CLI's corpus-folder commits (`build --into`, the queue worker's) run in a thread of their own
// whose old generation is capped at COMMIT_HEAP_MB: V8 then collects instead of growing the heap,
// which keeps the commit of a ×100 corpus under 1 GB of RSS without a node flag (docs/corpus.md). A
// fold that needs more dies of ERR_WORKER_OUT_OF_MEMORY and is done again here, uncapped, with a warning.

import type { CommitResult, FoldRunner, FoldSpec } from '../corpus/folder.js';
import { CorpusFolderError } from '../corpus/folder.js';
import { foldPending } from '../corpus/generation.js';
import { startThread } from './workers.js';

/** The commit thread's old-generation cap, in MB (design.md, "The commit's heap"). */
export const COMMIT_HEAP_MB = 640;

type Reply = { ok: true; result: CommitResult } | { ok: false; name: string; message: string; code?: string };

/** A FoldRunner for CorpusFolder.commit(): the fold in a capped thread, else in this one (`warn` says so). */
export function foldInThread(warn: (line: string) => void, heapMb = COMMIT_HEAP_MB): FoldRunner {
  return async (spec) => {
    try {
      return await foldThere(spec, heapMb);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw e;
      warn(`the commit needed more than ${heapMb} MB of heap in its thread; committing again without that cap (the process may use more memory).`);
      // The generation the thread began is unfinished and `current` unchanged: the fold starts it afresh.
      return foldPending(spec, null);
    }
  };
}

function foldThere(spec: FoldSpec, heapMb: number): Promise<CommitResult> {
  return new Promise((resolve, reject) => {
    const thread = startThread('commit-worker', { workerData: spec, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let reply: Reply | null = null;
    thread.on('message', (r: Reply) => (reply = r));
    thread.on('error', reject);
    thread.on('exit', (code) => {
      if (!reply) return reject(new Error(`the commit thread exited with code ${code} before it answered.`));
      if (reply.ok) return resolve(reply.result);
      const error = reply.name === 'CorpusFolderError' ? new CorpusFolderError(reply.message) : Object.assign(new Error(reply.message), { code: reply.code });
      reject(error);
    });
  });
}
