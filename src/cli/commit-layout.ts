// The commit's layout helper (src/corpus/layout-share.ts): a thread, started with the commit so that
// its start-up overlaps the first pass over the parts, that lays out the actor network while the
// commit thread writes the other outputs. The commit thread runs synchronously, so it reads the
// placement with receiveMessageOnPort and sleeps on Atomics.wait until it comes.

import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { LayoutHelper, LayoutReply } from '../corpus/layout-share.js';
import type { ActorPlacement, LinkData } from '../viewer-data/prepare.js';
import { startThread } from './workers.js';

/**
 * How long the commit waits for the placement before it lays the network out itself. PolNeAR
 * train's layout takes ≈ 6 CPU-s; a thread that died without a word (out of memory) is only
 * noticed this way, and the placement is the same wherever it is computed.
 */
export const LAYOUT_WAIT_MS = 120_000;

/** Starts the layout thread; close() ends it. `delivered` says whether a placement came from it. */
export function startLayoutHelper(waitMs = LAYOUT_WAIT_MS): LayoutHelper & { close(): void; delivered: boolean } {
  const ctl = new Int32Array(new SharedArrayBuffer(4));
  const thread = startThread('commit-layout-worker', { workerData: { ctl: ctl.buffer } });
  thread.on('error', () => {}); // a helper that fails leaves the layout to the commit
  thread.unref();
  const helper = {
    delivered: false,
    start(data: LinkData): () => Map<string, ActorPlacement> | null {
      const { port1, port2 } = new MessageChannel();
      thread.postMessage({ data, port: port2 }, [port2]);
      return () => {
        const until = Date.now() + waitMs;
        try {
          for (;;) {
            const posted = Atomics.load(ctl, 0);
            const m = receiveMessageOnPort(port1);
            if (m) {
              const r = m.message as LayoutReply;
              if (!('placement' in r)) return null;
              helper.delivered = true;
              return r.placement;
            }
            if (Date.now() >= until) return null;
            Atomics.wait(ctl, 0, posted, Math.min(50, until - Date.now()));
          }
        } finally {
          port1.close();
        }
      };
    },
    close(): void {
      void thread.terminate();
    },
  };
  return helper;
}
