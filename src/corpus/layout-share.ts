// Corpus merge (merge.ts), the actor network's layout on another thread: what the merge asks of a
// helper (MergeOptions.layoutHelper) that runs Louvain and ForceAtlas2 while the merge writes the
// Turtle, N-Quads and GEXF. The layout needs only the actors and the link counts, and depends on
// nothing else (placeActors is deterministic), so the outputs do not depend on where it ran.

import type { ActorPlacement, LinkData } from '../viewer-data/prepare.js';

/** A thread that lays out the actor network beside the merge (src/cli/commit-layout.ts). */
export interface LayoutHelper {
  /**
   * Hands the helper the network; the returned function waits for its placement, or returns null
   * when the helper could not give one (it failed, or is gone), and the merge lays it out itself.
   */
  start(data: LinkData): () => Map<string, ActorPlacement> | null;
}

/** What a layout thread posts back: the placement, or why it has none. */
export type LayoutReply = { placement: Map<string, ActorPlacement> } | { error: string };
