// Corpus merge (merge.ts), the identity rewrite shared with another thread: what the merge asks of a
// helper (MergeOptions.rewriteHelper) that rewrites some of the touched articles while the merge's
// own thread rewrites the others. Each side takes the next article from one shared counter; the
// results equal rewriteChunks' on either side, so the outputs do not depend on who rewrote what.

import type { IdentityMap } from './identity.js';
import type { Codec } from './codec.js';

/** Where an article's stored fields are in a file (a part or a spool): what another thread reads. */
export interface FieldLocation {
  path: string;
  offset: number;
  /** Byte length of each field as UTF-8 (STORED_FIELDS order). */
  lengths: number[];
  /** Byte length of each field as stored, when stored compressed, and how (deflate by default). */
  stored?: number[];
  codec?: Codec;
}

/** One article for the helper: its IRI and id (rewriteChunks' `article`) and where its fields are. */
export interface RewriteJob {
  iri: string;
  id: string;
  at: FieldLocation;
}

/** An article rewritten and packed (rewritePacked): its fields as UTF-8, their lengths, its new counts. */
export interface PackedRewrite {
  packed: Uint8Array;
  lengths: number[];
  triples: number;
  localTriples: number;
}

/** What the helper sends back for job `index`. */
export type RewrittenJob = PackedRewrite & { index: number };

/** What a helper thread posts for a job: its rewrite, or why it could not (the merge rewrites it then). */
export type HelperReply = RewrittenJob | { index: number; error: string };

/** Slots of the Int32Array both threads count in: the next job to take, and the replies the helper posted. */
export const NEXT = 0;
export const POSTED = 1;

/** One merge's share of the rewrite with the helper (RewriteHelper.start). */
export interface RewriteShare {
  /** The next job for the calling thread (an index into the jobs), or -1 when every job is taken. */
  claim(): number;
  /** The jobs the helper finished since the last call (never waits). */
  take(): RewrittenJob[];
  /**
   * Waits for the helper's last jobs: their results, and the jobs it took but did not deliver (it
   * failed on them, or died, or gave no sign of life for a long while), which the caller rewrites.
   */
  finish(): { results: RewrittenJob[]; undelivered: number[] };
}

/** A thread that rewrites articles beside the merge's (src/cli/commit-rewrite.ts). */
export interface RewriteHelper {
  /** Hands the helper the identity map and the touched articles; the share takes them in turn. */
  start(map: IdentityMap, jobs: RewriteJob[]): RewriteShare;
}
