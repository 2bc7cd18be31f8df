// A corpus folder's commit: folds the staged records (pending/) into a new generation folder —
// manifest and merged Turtle, N-Quads, JSON, GEXF regenerated from the parts by CorpusMerger —
// switches `current` to it by an atomic symlink rename, then removes what no generation needs. The
// caller holds the folder's lock (folder.ts); the fold may run in a thread of its own (a plain spec).

import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FileChunkStore } from './spool-store.js';
import { ADD_FIELDS, CorpusMerger, fileSinks, type MergeSummary } from './merge.js';
import { PartStore, readPart, writeDurable } from './parts.js';
import type { RewriteHelper } from './rewrite-share.js';
import type { LayoutHelper } from './layout-share.js';
import { currentGeneration, listPending, MANIFEST_FORMAT, OUTPUT_EXTENSIONS, readManifest, type CommitResult, type CorpusManifest, type ManifestEntry, type PendingRecord } from './manifest.js';

/** What a commit needs to know of its folder: plain data, so a worker thread can be given it. */
export interface FoldSpec {
  /** Absolute path of the corpus folder. */
  dir: string;
  name: string;
  version: string;
  today: string;
  /** From how many articles the rewrite spool is deflated; default DEFLATED_REWRITES_FROM (tests lower it). */
  deflateRewritesFrom?: number;
}

/**
 * From how many articles a commit stores the articles corpus identity rewrites deflated (≈ 420 KB
 * an article as UTF-8, most of them rewritten: ≈ 0.8 GB here, 35 GB at ×100). Below, the spool is
 * plain, as `build --merge`'s own: deflating and inflating it was ≈ 1 CPU-s of PolNeAR train's
 * 840-article commit, on its one thread after the last article (docs/corpus.md).
 */
export const DEFLATED_REWRITES_FROM = 2000;

/**
 * Up to how many articles a commit shares corpus identity's rewrite with a helper thread (FoldOptions):
 * the helper holds a copy of the identity map, which at ×100 would be ≈ 100 MB more beside a commit
 * that needs ≈ 0.9 GB. PolNeAR train (840 articles): the rewrite was ≈ 9 of the commit's 21 s.
 */
export const SHARED_REWRITE_UP_TO = 10_000;

/** What the commit may use besides its folder (not plain data: given where the fold runs). */
export interface FoldOptions {
  /** Starts a thread that shares corpus identity's rewrite (src/cli/commit-rewrite.ts); closed by the fold. */
  rewriteHelper?: () => RewriteHelper & { close(): void };
  /**
   * Starts a thread that lays out the actor network while the commit writes the other outputs
   * (src/cli/commit-layout.ts); closed by the fold. Up to SHARED_REWRITE_UP_TO articles too: the
   * thread holds a copy of the network's links (≈ 175 MB at ×100).
   */
  layoutHelper?: () => LayoutHelper & { close(): void };
}

/** Paths of the merged outputs of the current generation (through the `current` link). */
export function outputPaths(spec: FoldSpec): string[] {
  return OUTPUT_EXTENSIONS.map((e) => join(spec.dir, 'current', `${spec.name}.${e}`));
}

/**
 * The result of a commit that has nothing to fold — no staged record, and a generation present —
 * without folding (so without a commit thread); null when there may be something to fold. (A record
 * a crashed commit folded but did not delete yet counts as something: the fold skips it.)
 */
export function nothingToFold(spec: FoldSpec, known: CorpusManifest | null): CommitResult | null {
  const gen = currentGeneration(spec.dir);
  if (!gen || listPending(spec.dir).length) return null;
  const base = known && gen === `g-${known.generation}` ? known : readManifest(spec.dir);
  if (!base) return null;
  return { generation: base.generation, added: 0, changed: 0, removed: 0, unchanged: Object.keys(base.articles).length, summary: null, outputs: outputPaths(spec) };
}

/**
 * Folds every staged record into a new generation and switches to it, then removes what no
 * generation needs. `known` is the manifest the caller read (reused when it is still current: at
 * 84,000 articles a parsed manifest is ≈ 50 MB), or null to read it here. The caller must hold the
 * folder's lock until it resolves.
 */
export async function foldPending(spec: FoldSpec, known: CorpusManifest | null, options: FoldOptions = {}): Promise<CommitResult> {
  const { dir } = spec;
  const base = known && currentGeneration(dir) === `g-${known.generation}` ? known : readManifest(dir);
  const consumedBefore = new Set(base?.consumed ?? []);
  const names = listPending(dir).filter((n) => !consumedBefore.has(n));
  const records = names.map((n) => ({ n, r: JSON.parse(readFileSync(join(dir, 'pending', n), 'utf8')) as PendingRecord }));
  records.sort((a, b) => a.r.at - b.r.at || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  const articles: Record<string, ManifestEntry> = { ...(base?.articles ?? {}) };
  const stats = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const { r } of records) {
    if (r.op === 'reset') for (const id of Object.keys(articles)) delete articles[id];
    else if (r.op === 'remove') delete articles[r.id];
    else articles[r.id] = { iri: r.iri, hash: r.hash, part: r.part, source: r.source };
  }
  for (const [id, e] of Object.entries(articles)) {
    const old = base?.articles[id];
    if (!old) stats.added++;
    else if (old.hash !== e.hash) stats.changed++;
    else stats.unchanged++;
  }
  for (const id of Object.keys(base?.articles ?? {})) if (!articles[id]) stats.removed++;
  const generation = (base?.generation ?? 0) + 1;
  const outputs = outputPaths(spec);
  if (base && !records.length) return { generation: base.generation, ...stats, summary: null, outputs };
  const manifest: CorpusManifest = {
    format: MANIFEST_FORMAT,
    name: spec.name,
    version: spec.version,
    options: { today: spec.today },
    generation,
    articles: Object.fromEntries(Object.keys(articles).sort().map((id) => [id, articles[id]!])),
    consumed: names,
  };
  const gen = `g-${generation}`;
  const genDir = join(dir, gen);
  rmSync(genDir, { recursive: true, force: true });
  mkdirSync(genDir);
  const summary = writeGeneration(spec, genDir, manifest, options);
  switchCurrent(dir, gen);
  const folded = records.flatMap(({ r }) => (r.op === 'add' ? [r.part] : []));
  await cleanUp(dir, manifest, base, names, folded);
  return { generation, ...stats, summary, outputs };
}

// The merged outputs from the parts, then the manifest, all fsynced, in a fresh generation folder.
function writeGeneration(spec: FoldSpec, genDir: string, manifest: CorpusManifest, options: FoldOptions): MergeSummary | null {
  let summary: MergeSummary | null = null;
  const ids = Object.keys(manifest.articles);
  if (ids.length) {
    const store = new PartStore();
    // The articles corpus identity rewrites wait on disk, not in memory (a ×100 corpus rewrites most).
    const rewrites = new FileChunkStore(join(genDir, '.rewrites.spool'), ids.length >= (spec.deflateRewritesFrom ?? DEFLATED_REWRITES_FROM));
    // Started now, so that its start-up overlaps the first pass over the parts.
    const helper = ids.length > 1 && ids.length <= SHARED_REWRITE_UP_TO ? (options.rewriteHelper?.() ?? null) : null;
    const layout = ids.length <= SHARED_REWRITE_UP_TO ? (options.layoutHelper?.() ?? null) : null;
    try {
      const merger = new CorpusMerger(store, { rewriteStore: rewrites, spill: { dir: genDir }, ...(helper ? { rewriteHelper: helper } : {}), ...(layout ? { layoutHelper: layout } : {}) });
      for (const id of ids) {
        const path = join(spec.dir, 'parts', manifest.articles[id]!.part);
        // (The Turtle, N-Quads, nodes and edges, 95% of the bytes, are read again from the part when written.)
        const part = readPart(path, ADD_FIELDS);
        store.next(path, part.offset, part.header.stored, part.codec);
        merger.add(part.chunks);
      }
      const writers = OUTPUT_EXTENSIONS.map((e) => new DurableWriter(join(genDir, `${spec.name}.${e}`)));
      const [ttl, nq, json, gexf] = writers as [DurableWriter, DurableWriter, DurableWriter, DurableWriter];
      summary = merger.finish(fileSinks(ttl, nq, json, gexf));
      for (const w of writers) w.close();
    } finally {
      helper?.close();
      layout?.close();
      rewrites.dispose();
    }
  }
  writeDurable(join(genDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  fsyncDir(genDir);
  return summary;
}

// After the switch: the folded records, older generations, and the parts of the previous
// generation and of the folded records that neither the new generation nor a waiting record names
// (a part another process is staging right now is none of those, so it stays). The files go in
// parallel, on libuv's threads: unlinking a file that was fsynced took 1.2–2.8 ms here (ext4 with
// `discard`), one after the other 1.3–2.3 s for 840 records after the switch; in parallel ≈ 0.1 s.
async function cleanUp(dir: string, manifest: CorpusManifest, base: CorpusManifest | null, consumed: string[], folded: string[]): Promise<void> {
  const remove = (paths: string[]): Promise<unknown> => Promise.all(paths.map((p) => rm(p, { recursive: true, force: true })));
  // (The consumed records go first: the waiting ones are listed next.)
  await remove(consumed.map((n) => join(dir, 'pending', n)));
  const keep = `g-${manifest.generation}`;
  const old = readdirSync(dir).filter((e) => /^g-\d+$/.test(e) && e !== keep);
  const live = new Set(Object.values(manifest.articles).map((e) => e.part));
  for (const n of listPending(dir)) {
    try {
      const r = JSON.parse(readFileSync(join(dir, 'pending', n), 'utf8')) as PendingRecord;
      if (r.op === 'add') live.add(r.part);
    } catch {
      // a record being written by another process: its part stays
    }
  }
  const candidates = new Set([...Object.values(base?.articles ?? {}).map((e) => e.part), ...folded]);
  const dead = [...candidates].filter((p) => !live.has(p)).map((p) => join(dir, 'parts', p));
  await remove([...old.map((e) => join(dir, e)), ...dead]);
}

// The commit point: a new symlink under a temporary name renamed over `current`.
function switchCurrent(dir: string, gen: string): void {
  const tmp = join(dir, `.current.${process.pid}.tmp`);
  rmSync(tmp, { force: true });
  symlinkSync(gen, tmp);
  renameSync(tmp, join(dir, 'current'));
  fsyncDir(dir);
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// An output file written in 64 KB batches and fsynced on close (in a fresh generation folder, so
// no temporary name is needed: nothing reads the folder before the switch).
class DurableWriter {
  private readonly fd: number;
  private buf: string[] = [];
  private size = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write = (text: string): void => {
    this.buf.push(text);
    this.size += text.length;
    if (this.size >= 65536) this.flush();
  };
  writeBytes = (bytes: Uint8Array): void => {
    this.flush();
    let n = 0;
    while (n < bytes.length) n += writeSync(this.fd, bytes, n, bytes.length - n);
  };
  close(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
  private flush(): void {
    if (!this.size) return;
    writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
}
