// Corpus build, the merge (main thread): per-article chunks, arriving in any order, → one graph as
// Turtle, N-Quads (a named graph per article), graphology JSON and GEXF. Articles are written in
// article-IRI order and shared actor triples are a sorted union, so the bytes do not depend on the
// number of workers or the input order. Before writing, corpus identity (identity.ts) maps each
// actor to its canonical node and the articles naming a moved actor are rewritten. Chunk text lives
// in a ChunkStore (a spool file in the CLI), and so do the rewritten articles when the caller gives a
// store for them, so memory holds the index and the shared actor graph, not every article's
// triples. The four outputs and the totals are written by merge-outputs.ts. Pure.

import { turtlePrefixHeader } from '../4-rdf/index.js';
import { serializeGraph, toGraph } from '../5-graph/index.js';
import { STORED_FIELDS, type ArticleChunks, type ArticleCounts, type StoredField } from './quad-chunks.js';
import { EvidenceCollector, resolveIdentity, type IdentityMap } from './identity.js';
import { rewriteChunks, touches, type RewrittenChunks } from './identity-rewrite.js';
import { SharedSection } from './shared-section.js';
import { ActorCounts } from './shared-counts.js';
import type { GexfActor } from './gexf.js';
import { LineSet, type SpillOptions } from './line-runs.js';
import type { FieldLocation, PackedRewrite, RewriteHelper } from './rewrite-share.js';
import type { LayoutHelper } from './layout-share.js';
import type { ActorPlacement } from '../viewer-data/prepare.js';
import {
  articleOf, mergeSummary, networkActors, networkLinks, placeLinks, sharedNodesOf, writeGraphJson, writeNetworkGexf, writeTurtle,
  type MergeSinks, type MergeSummary, type WrittenArticle,
} from './merge-outputs.js';

let optionsJson: string | null = null;

// The "options" of graphology's export of a newsgraph graph, as JSON with sorted keys.
function graphOptions(): string {
  optionsJson ??= JSON.stringify(serializeGraph(toGraph([])).options);
  return optionsJson;
}

export { turtlePrefixHeader };
export type { MergeSinks, MergeSummary };

export { STORED_FIELDS, type StoredField };

/**
 * An article's chunks packed for transfer and storage: the STORED_FIELDS as UTF-8, one after the
 * other, with their byte lengths. A worker thread packs them and transfers the buffer (no copy, no
 * string cloning), and the main thread writes the bytes to its spool as they are.
 */
export interface PackedChunks {
  id: string;
  iri: string;
  source: string;
  counts: ArticleCounts;
  packed: Uint8Array;
  /** Byte length of each field, in STORED_FIELDS order. */
  lengths: number[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Packs an article's chunks (see PackedChunks). */
export function packChunks(c: ArticleChunks): PackedChunks {
  return { id: c.id, iri: c.iri, source: c.source, counts: c.counts, ...packFields(c) };
}

// The STORED_FIELDS as UTF-8, one after the other, and their byte lengths: each field encoded
// straight into a scratch array big enough for any encoding (3 bytes per UTF-16 unit at most), then
// the bytes written copied out once. Measuring each field first (Buffer.byteLength) cost more than
// the encoding: the N-Quads field is ≈220 KB an article, mostly in two-byte strings.
function packFields(fields: Readonly<Record<StoredField, string>>): { packed: Uint8Array; lengths: number[] } {
  const room = STORED_FIELDS.reduce((n, f) => n + 3 * fields[f].length, 0);
  const out = room <= SCRATCH_LIMIT ? scratchOf(room) : new Uint8Array(room);
  const lengths: number[] = [];
  let at = 0;
  for (const f of STORED_FIELDS) {
    const { written } = encoder.encodeInto(fields[f], out.subarray(at));
    lengths.push(written);
    at += written;
  }
  return { packed: out.slice(0, at), lengths };
}

// The scratch array packFields reuses, grown on demand up to SCRATCH_LIMIT bytes (a larger article
// gets an array of its own, so one huge article does not hold its memory for the rest of a run).
const SCRATCH_LIMIT = 16 << 20;
let scratch = new Uint8Array(0);

function scratchOf(bytes: number): Uint8Array {
  if (scratch.length < bytes) scratch = new Uint8Array(Math.min(SCRATCH_LIMIT, Math.max(bytes, scratch.length * 2)));
  return scratch;
}

/** An article rewritten through the identity map (rewriteChunks) and packed: what a rewrite helper sends back. */
export function rewritePacked(field: (f: StoredField) => string, article: { iri: string; id: string }, map: IdentityMap): PackedRewrite {
  const r: RewrittenChunks = rewriteChunks(field, article, map);
  return { ...packFields(r.fields), triples: r.triples, localTriples: r.localTriples };
}

/** The text of one field of packed chunks. */
export function unpackField(packed: Uint8Array, lengths: readonly number[], field: StoredField): string {
  return decoder.decode(fieldBytes(packed, lengths, field));
}

function fieldBytes(packed: Uint8Array, lengths: readonly number[], field: StoredField): Uint8Array {
  const i = STORED_FIELDS.indexOf(field);
  let start = 0;
  for (let k = 0; k < i; k++) start += lengths[k]!;
  return packed.subarray(start, start + lengths[i]!);
}

/** Where the merge parks chunk text until the outputs are written. */
export interface ChunkStore<Ref> {
  /** Stores packed fields (STORED_FIELDS order, UTF-8) and returns how to find them again. */
  put(packed: Uint8Array, lengths: readonly number[]): Ref;
  get(ref: Ref, field: StoredField): string;
  /** The field as stored (UTF-8), for sinks that take bytes; optional. */
  getBytes?(ref: Ref, field: StoredField): Uint8Array;
  /** Where the fields are in a file, for another thread to read them (MergeOptions.rewriteHelper); optional. */
  locate?(ref: Ref): FieldLocation;
}

/** A ChunkStore in memory: for tests and small corpora. */
export class MemoryChunkStore implements ChunkStore<number> {
  private readonly items: Array<{ packed: Uint8Array; lengths: readonly number[] }> = [];
  put(packed: Uint8Array, lengths: readonly number[]): number {
    this.items.push({ packed, lengths: [...lengths] });
    return this.items.length - 1;
  }
  get(ref: number, field: StoredField): string {
    const it = this.items[ref]!;
    return unpackField(it.packed, it.lengths, field);
  }
  getBytes(ref: number, field: StoredField): Uint8Array {
    const it = this.items[ref]!;
    return fieldBytes(it.packed, it.lengths, field);
  }
}

/** A file being written as text or as bytes (the output unit's and the corpus folder's writers). */
export interface FileSink {
  write: (text: string) => void;
  writeBytes: (bytes: Uint8Array) => void;
}

/** Sinks writing the merged Turtle, N-Quads, JSON and GEXF into four files, the spooled pieces as bytes. */
export function fileSinks(ttl: FileSink, nq: FileSink, json: FileSink, gexf: FileSink): MergeSinks {
  return { turtle: ttl.write, nquads: nq.write, json: json.write, gexf: gexf.write, bytes: (output, bytes) => (output === 'turtle' ? ttl : nq).writeBytes(bytes) };
}

/** What add() did with an article whose id another article already has. */
export interface DuplicateReport {
  id: string;
  kept: string;
  dropped: string;
  /** Set when the two articles have different ids that mint one IRI (a hash collision): the kept one's id. */
  collision?: { keptId: string; droppedId: string; iri: string };
}

type Entry<Ref> = { id: string; iri: string; source: string; ref: Ref; counts: ArticleCounts };
/** An article corpus identity rewrote: where its new chunks are, and its new triple counts. */
type Rewritten = { ref: unknown; triples: number; localTriples: number };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The fields of packed chunks CorpusMerger.add reads (the rest it only stores): a corpus folder's
 * commit inflates only these on its first pass over the parts (readPart's `only`).
 */
export const ADD_FIELDS: readonly StoredField[] = ['shared', 'refs', 'links', 'actors', 'spoken'];

// The order-free part of the merge, summed over articles: union of the shared actor/role triples,
// edge targets outside the articles, and the actor network's counts.
class SharedParts {
  readonly lines: LineSet;
  readonly counts = new ActorCounts();
  /** What the articles say about each actor, for corpus identity. */
  readonly evidence = new EvidenceCollector();

  constructor(spill: SpillOptions | null) {
    this.lines = new LineSet(spill);
  }

  // What is kept is copied (ownString): a line cut from an article's chunk would keep it all alive.
  add(field: (f: StoredField) => string, withEvidence = true): void {
    if (withEvidence) this.evidence.add(field('shared'));
    eachLine(field('shared'), (l) => this.lines.add(l));
    eachLine(field('refs'), (l) => this.counts.addRef(l));
    eachLine(field('links'), (l) => this.counts.addLink(l));
    eachLine(field('actors'), (l) => this.counts.addArticle(l));
    eachLine(field('spoken'), (l) => this.counts.addSpoken(l));
  }
}

function eachLine(text: string, fn: (line: string) => void): void {
  for (const line of text.split('\n')) if (line) fn(line);
}

/** Options of a merge. */
export interface MergeOptions {
  /**
   * Corpus identity (src/corpus/identity.ts): one node per actor across articles, canonical labels.
   * Default true; false writes the plain union of the articles as built.
   */
  identity?: boolean;
  /**
   * Where the articles corpus identity rewrites are kept until they are written (default: in
   * memory). A corpus whose articles mostly name a moved actor rewrites most of them, so a large
   * merge passes a store on disk (a FileChunkStore) to keep its memory flat.
   */
  rewriteStore?: ChunkStore<unknown>;
  /**
   * A folder where the union of the shared lines spills as sorted runs, and the shared section is
   * kept while the outputs are written (line-runs.ts); default: all in memory. The corpus folder's
   * commit passes its generation folder, whose memory then does not grow with the unnamed sources.
   */
  spill?: SpillOptions;
  /**
   * A thread that rewrites some of the articles corpus identity touches while this one rewrites the
   * others (rewrite-share.ts); used when the store can `locate` an article's fields. The corpus
   * folder's commit passes one: the rewrite was ≈ 40% of its one thread's time after the last article.
   */
  rewriteHelper?: RewriteHelper;
  /**
   * A thread that lays out the actor network (layout-share.ts) while this one writes the Turtle,
   * N-Quads, GEXF and the JSON's article pieces; the placement is awaited where the JSON's actor
   * nodes need it. The corpus folder's commit passes one: ForceAtlas2 was ≈ 6 of its one thread's
   * ≈ 20 s after the last article (docs/corpus.md).
   */
  layoutHelper?: LayoutHelper;
}

/**
 * Merges the chunks of a corpus into one graph. Feed every article with add(), then call finish()
 * once. Two articles with the same id cannot both be kept (their IRIs would clash): the one with the
 * smaller N-Quads text (then source name) is kept, whatever the order they came in. Before writing,
 * corpus identity maps each actor to its canonical node (see MergeOptions).
 */
export class CorpusMerger<Ref> {
  private readonly entries = new Map<string, Entry<Ref>>();
  private finished = false;
  // Summed as articles arrive (from the packed chunks, still in memory), so that a build on worker
  // threads does it while they work instead of after them; null once an article was replaced by
  // another with its id, and then finish() sums the kept articles again.
  private shared: SharedParts | null;
  private readonly spill: SpillOptions | null;

  private readonly identity: boolean;
  /** The identity map of the last finish() (empty before, or with identity off). */
  identityMap: IdentityMap = new Map();

  constructor(
    private readonly store: ChunkStore<Ref>,
    options: MergeOptions = {},
  ) {
    if (options.identity !== undefined && typeof options.identity !== 'boolean') {
      throw new TypeError(`CorpusMerger: options.identity must be true or false, not ${JSON.stringify(options.identity)}.`);
    }
    this.identity = options.identity ?? true;
    this.rewrites = options.rewriteStore ?? new MemoryChunkStore();
    this.spill = options.spill ?? null;
    this.helper = options.rewriteHelper ?? null;
    this.layout = options.layoutHelper ?? null;
    this.shared = new SharedParts(this.spill);
  }

  private readonly helper: RewriteHelper | null;
  private readonly layout: LayoutHelper | null;

  /** Number of articles held. */
  get size(): number {
    return this.entries.size;
  }

  /** Adds one article (chunks as built, or packed by a worker); returns a report when its id clashed with an earlier article's. */
  add(chunks: ArticleChunks | PackedChunks): DuplicateReport | null {
    if (this.finished) throw new Error('CorpusMerger.add: the merge is finished; make a new CorpusMerger.');
    const p = 'packed' in chunks ? chunks : packChunks(chunks);
    const old = this.entries.get(p.iri);
    if (old) {
      // Both read back from the store (chunks from readPart with `only` hold some fields as zeros).
      const entry = this.entry(p);
      const oldText = this.store.get(old.ref, 'nquads');
      const newText = this.store.get(entry.ref, 'nquads');
      const keepNew = cmp(newText, oldText) < 0 || (newText === oldText && cmp(p.source, old.source) < 0);
      const report: DuplicateReport = { id: p.id, kept: keepNew ? p.source : old.source, dropped: keepNew ? old.source : p.source };
      if (old.id !== p.id) report.collision = { keptId: keepNew ? p.id : old.id, droppedId: keepNew ? old.id : p.id, iri: p.iri };
      if (keepNew) {
        this.entries.set(p.iri, entry);
        this.shared?.lines.dispose();
        this.shared = null;
      }
      return report;
    }
    this.entries.set(p.iri, this.entry(p));
    this.shared?.add((f) => {
      // (Chunks a commit read in part hold only these: reading another field here would read zeros.)
      if (!ADD_FIELDS.includes(f)) throw new Error(`CorpusMerger.add: field "${f}" is read but not in ADD_FIELDS; add it there.`);
      return unpackField(p.packed, p.lengths, f);
    });
    return null;
  }

  private entry(p: PackedChunks): Entry<Ref> {
    return { id: p.id, iri: p.iri, source: p.source, ref: this.store.put(p.packed, p.lengths), counts: p.counts };
  }

  // The shared parts (summed over the articles as they will be written) and the articles that corpus
  // identity rewrote, packed in memory (a store such as the corpus folder's parts takes no new
  // pieces) with their new triple counts.
  private readonly rewrites: ChunkStore<unknown>;

  private resolve(entries: readonly Entry<Ref>[]): { shared: SharedParts; rewritten: Map<Entry<Ref>, Rewritten> } {
    const stored = (e: Entry<Ref>, f: StoredField): string => this.store.get(e.ref, f);
    let shared = this.shared;
    if (!shared) {
      shared = new SharedParts(this.spill);
      for (const e of entries) shared.add((f) => stored(e, f));
    }
    if (!this.identity) return { shared, rewritten: new Map() };
    this.identityMap = resolveIdentity(shared.evidence.actors, shared.evidence.anonymousHeads);
    shared.evidence.actors.clear(); // read once; the rest of the merge needs only the map
    const rewritten = this.rewriteAll(entries.filter((e) => touches(stored(e, 'actors'), this.identityMap)));
    if (rewritten.size) {
      this.shared = null; // summed again below from the rewritten articles: let the first sums go
      shared.lines.dispose();
      shared = new SharedParts(this.spill);
      for (const e of entries) {
        const r = rewritten.get(e);
        shared.add((f) => (r ? this.rewrites.get(r.ref, f) : this.store.get(e.ref, f)), false);
      }
    }
    return { shared, rewritten };
  }

  // The touched articles rewritten, here or (with a helper and a store that can locate fields) on the
  // helper's thread too: each side takes the next article; the rewrites are stored as they come in.
  private rewriteAll(touched: Entry<Ref>[]): Map<Entry<Ref>, Rewritten> {
    const rewritten = new Map<Entry<Ref>, Rewritten>();
    const keep = (e: Entry<Ref>, r: PackedRewrite): void => void rewritten.set(e, { ref: this.rewrites.put(r.packed, r.lengths), triples: r.triples, localTriples: r.localTriples });
    const here = (e: Entry<Ref>): void => keep(e, rewritePacked((f) => this.store.get(e.ref, f), e, this.identityMap));
    const { store } = this;
    if (!this.helper || !store.locate || touched.length < 2) {
      for (const e of touched) here(e);
      return rewritten;
    }
    const share = this.helper.start(this.identityMap, touched.map((e) => ({ iri: e.iri, id: e.id, at: store.locate!(e.ref) })));
    for (let i = share.claim(); i >= 0; i = share.claim()) {
      here(touched[i]!);
      for (const r of share.take()) keep(touched[r.index]!, r);
    }
    const end = share.finish();
    for (const r of end.results) keep(touched[r.index]!, r);
    for (const i of end.undelivered) here(touched[i]!);
    return rewritten;
  }

  /**
   * Writes the outputs to the sinks and returns the totals. Turtle: @prefix header, each article's
   * own subjects in article order, then the shared actors and roles. N-Quads: each article's graph.
   * JSON: graphology's export format, one node or edge a line. GEXF: the actor network.
   */
  finish(sinks: MergeSinks): MergeSummary {
    if (this.finished) throw new Error('CorpusMerger.finish: called twice; make a new CorpusMerger per merge.');
    this.finished = true;
    const entries = [...this.entries.values()].sort((a, b) => cmp(a.iri, b.iri));

    // 0. Corpus identity: the articles naming an actor that moves are rewritten (held in memory, packed).
    const { shared, rewritten } = this.resolve(entries);
    // 1. The shared part: union of actor/role triples (written a subject at a time, see
    // shared-section.ts; spilled to a file with MergeOptions.spill).
    const section = this.spill ? new SharedSection(shared.lines.drain(), `${this.spill.dir}/.shared-${process.pid}.nt`) : new SharedSection([...shared.lines.drain()]);
    try {
      return this.write(sinks, entries, shared, section, rewritten);
    } finally {
      section.dispose();
    }
  }

  // finish() from the shared section on: the actor network's counts, then the four outputs.
  private write(sinks: MergeSinks, entries: Entry<Ref>[], shared: SharedParts, section: SharedSection, rewritten: Map<Entry<Ref>, Rewritten>): MergeSummary {
    const { counts } = shared;
    const sharedNodes = sharedNodesOf(section, counts, (r) => this.entries.has(articleOf(r, this.entries)));
    const actors = networkActors(sharedNodes(), counts);
    const get = (e: Entry<Ref>, f: StoredField): string => {
      const r = rewritten.get(e);
      return r ? this.rewrites.get(r.ref, f) : this.store.get(e.ref, f);
    };
    // (The layout, when a helper takes it, runs while the other outputs are written: GEXF before the JSON.)
    const placement = sinks.json ? this.placement(actors, counts) : null;
    if (sinks.turtle) writeTurtle(sinks.turtle, entries, (e, before) => this.putPiece(sinks, 'turtle', e, rewritten.get(e), before), section);
    if (sinks.nquads) for (const e of entries) this.putPiece(sinks, 'nquads', e, rewritten.get(e));
    if (sinks.gexf) writeNetworkGexf(sinks.gexf, actors, counts, section, entries.length);
    if (sinks.json && placement) writeGraphJson(sinks.json, entries, get, section, sharedNodes, placement, graphOptions());
    const written = entries.map((e): WrittenArticle => {
      const r = rewritten.get(e);
      return { counts: e.counts, triples: r?.triples ?? e.counts.triples, localTriples: r?.localTriples ?? e.counts.localTriples };
    });
    return mergeSummary(written, actors.length, section.triples);
  }

  // The actor network's placement: started on the layout helper now when there is one (awaited by the
  // returned function; laid out here if the helper gives none), else laid out here when asked for.
  // (Without a helper the links are gathered only then: at ×100 they are ≈ 175 MB.)
  private placement(actors: readonly GexfActor[], counts: ActorCounts): () => Map<string, ActorPlacement> {
    if (!this.layout || !actors.length) return () => placeLinks(networkLinks(actors, counts));
    const data = networkLinks(actors, counts);
    const wait = this.layout.start(data);
    return () => wait() ?? placeLinks(data);
  }

  // An article's Turtle or N-Quads piece (r: where corpus identity put its rewrite), after `before`, to
  // its output (as bytes when the sink and the store can); false when the piece is empty, and then
  // nothing is written.
  private putPiece(sinks: MergeSinks, output: 'turtle' | 'nquads', e: Entry<Ref>, r: Rewritten | undefined, before = ''): boolean {
    const { store } = this;
    if (sinks.bytes && store.getBytes) {
      const bytes = r ? (this.rewrites.getBytes?.(r.ref, output) ?? new TextEncoder().encode(this.rewrites.get(r.ref, output))) : store.getBytes(e.ref, output);
      if (!bytes.length) return false;
      if (before) sinks[output]!(before);
      sinks.bytes(output, bytes);
      return true;
    }
    const text = r ? this.rewrites.get(r.ref, output) : store.get(e.ref, output);
    if (text) sinks[output]!(before + text);
    return text !== '';
  }
}
