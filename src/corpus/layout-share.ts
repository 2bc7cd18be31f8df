// Corpus merge (merge.ts), the actor network's layout on another thread: what the merge asks of a
// helper (MergeOptions.layoutHelper) that runs Louvain and ForceAtlas2 while the merge writes the
// Turtle, N-Quads and GEXF, and the job they share. The layout needs only the actors and the link
// counts, and depends on nothing else (placeActors is deterministic), so the outputs do not depend
// on where it ran. The job is claimed through one shared cell (Atomics) and its placement comes back
// in shared memory, not as a message: whichever side claims the job first lays it out, and the
// merge waits only for a helper that has begun the work (design.md, "The commit lays out…").

import type { ActorPlacement, LinkData } from '../viewer-data/prepare.js';

/** A thread that lays out the actor network beside the merge (src/cli/commit-layout.ts). */
export interface LayoutHelper {
  /**
   * Hands the helper the network; the returned function gives its placement (waiting only if the
   * helper has begun it), or null when the helper had not begun it, failed or is gone, and then
   * the merge lays it out itself.
   */
  start(data: LinkData): () => Map<string, ActorPlacement> | null;
}

/** The job's cell: nobody has it yet; a helper lays it out; the merge took it back; laid out; failed. */
export const JobState = { Free: 0, Working: 1, Taken: 2, Done: 3, Failed: 4 } as const;

/** A layout job in shared memory (a thread is given it by postMessage: the buffers are shared, not copied). */
export interface LayoutJob {
  data: LinkData;
  /** One Int32 cell, JobState. */
  state: Int32Array;
  /** Per actor of data.actors: community, x, y. */
  values: Float64Array;
  /** Per actor: 1 placed, 2 has x, 4 has y. */
  flags: Uint8Array;
}

export function newLayoutJob(data: LinkData): LayoutJob {
  const n = data.actors.length;
  return {
    data,
    state: new Int32Array(new SharedArrayBuffer(4)),
    values: new Float64Array(new SharedArrayBuffer(Math.max(1, n) * 3 * 8)),
    flags: new Uint8Array(new SharedArrayBuffer(Math.max(1, n))),
  };
}

/**
 * The helper's side: claims the job and lays it out with `place`, storing the placement in the job;
 * false, doing nothing, when the merge took the job back first. A placement that does not fit the
 * job (a key that is not one of its actors) and an error mark it failed: the merge lays it out then.
 */
export function runLayoutJob(job: LayoutJob, place: (data: LinkData) => Map<string, ActorPlacement>): boolean {
  if (Atomics.compareExchange(job.state, 0, JobState.Free, JobState.Working) !== JobState.Free) return false;
  let done = false;
  try {
    done = packPlacement(place(job.data), job);
  } catch {
    done = false;
  }
  Atomics.store(job.state, 0, done ? JobState.Done : JobState.Failed);
  Atomics.notify(job.state, 0);
  return true;
}

/**
 * The merge's side: takes the job back when no helper has begun it (null at once: the merge lays it
 * out itself, never waiting on a thread that has not started), else waits up to `waitMs` for the
 * helper that is laying it out; null when it failed or did not finish in time.
 */
export function takeLayoutJob(job: LayoutJob, waitMs: number): Map<string, ActorPlacement> | null {
  if (Atomics.compareExchange(job.state, 0, JobState.Free, JobState.Taken) === JobState.Free) return null;
  const until = Date.now() + waitMs;
  for (let now = Date.now(); Atomics.load(job.state, 0) === JobState.Working && now < until; now = Date.now()) {
    Atomics.wait(job.state, 0, JobState.Working, until - now);
  }
  return Atomics.load(job.state, 0) === JobState.Done ? unpackPlacement(job) : null;
}

// The placement into the job's arrays; false when a key is not one of its actors (or one is twice).
function packPlacement(placement: Map<string, ActorPlacement>, job: LayoutJob): boolean {
  let placed = 0;
  job.data.actors.forEach((id, i) => {
    const p = placement.get(id);
    if (!p) return;
    placed++;
    job.values[3 * i] = p.community;
    let f = 1;
    if (p.x !== undefined) (job.values[3 * i + 1] = p.x), (f |= 2);
    if (p.y !== undefined) (job.values[3 * i + 2] = p.y), (f |= 4);
    job.flags[i] = f;
  });
  return placed === placement.size;
}

// The placement from the job's arrays (keyed as the merge reads it; the JSON's keys are sorted).
function unpackPlacement(job: LayoutJob): Map<string, ActorPlacement> {
  const out = new Map<string, ActorPlacement>();
  job.data.actors.forEach((id, i) => {
    const f = job.flags[i]!;
    if (!(f & 1)) return;
    const p: ActorPlacement = { community: job.values[3 * i]! };
    if (f & 2) p.x = job.values[3 * i + 1]!;
    if (f & 4) p.y = job.values[3 * i + 2]!;
    out.set(id, p);
  });
  return out;
}
