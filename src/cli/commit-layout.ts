// The commit's layout helper (src/corpus/layout-share.ts): a thread, started with the commit so that
// its start-up overlaps the first pass over the parts, that lays out the actor network while the
// commit thread writes the other outputs. The commit waits only for a thread that has begun the
// layout; one that has not (still starting, starved, gone) leaves it to the commit at once.

import type { LayoutHelper } from '../corpus/layout-share.js';
import { JobState, newLayoutJob, takeLayoutJob, type LayoutJob } from '../corpus/layout-share.js';
import type { ActorPlacement, LinkData } from '../viewer-data/prepare.js';
import { startThread } from './workers.js';

/**
 * How long the commit waits for a helper that has begun the layout before it lays the network out
 * itself. PolNeAR train's layout takes ≈ 4–6 CPU-s; only a thread that stopped mid-layout without
 * a word (Node reports a thread's exit on the event loop the waiting commit thread does not run)
 * makes it wait that long, and the placement is the same wherever it is computed.
 */
export const LAYOUT_WAIT_MS = 60_000;

/** A started layout thread: close() ends it. */
export type LayoutThread = LayoutHelper & {
  close(): void;
  /** Whether a placement came from the thread. */
  delivered: boolean;
  /** Settles once the thread has loaded its code (it never settles for a thread that failed to). */
  ready: Promise<void>;
  /** The JobState of the last job started (JobState.Free before any). */
  state(): number;
};

/** Starts the layout thread (LayoutThread). */
export function startLayoutHelper(waitMs = LAYOUT_WAIT_MS): LayoutThread {
  const thread = startThread('commit-layout-worker', {});
  thread.on('error', () => {}); // a helper that fails leaves the layout to the commit
  thread.unref();
  const ready = new Promise<void>((resolve) => thread.once('message', () => resolve()));
  let job: LayoutJob | null = null;
  const helper: LayoutThread = {
    delivered: false,
    ready,
    state: () => (job ? Atomics.load(job.state, 0) : JobState.Free),
    start(data: LinkData): () => Map<string, ActorPlacement> | null {
      const posted = (job = newLayoutJob(data));
      thread.postMessage(posted);
      return () => {
        const placement = takeLayoutJob(posted, waitMs);
        if (placement) helper.delivered = true;
        return placement;
      };
    },
    close(): void {
      void thread.terminate();
    },
  };
  return helper;
}
