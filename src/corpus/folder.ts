// Incremental corpus folder: each article's graph as an immutable part (parts.ts), changes staged as
// small records (pending/), and a commit that folds them into a new generation folder — manifest and
// merged Turtle, N-Quads, JSON, GEXF regenerated from the parts by CorpusMerger — switched in by an
// atomic symlink rename. A crash before the switch leaves the previous generation as it was.

import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { NewsgraphError } from '../errors.js';
import { FileChunkStore } from './spool-store.js';
import { CorpusMerger, fileSinks, type MergeSummary, type PackedChunks } from './merge.js';
import { PartStore, readPart, writeDurable, writePart } from './parts.js';

/** A corpus folder cannot be used as asked (another version's parts, other options, a held lock). */
export class CorpusFolderError extends NewsgraphError {
  override name = 'CorpusFolderError';
}

export const MANIFEST_FORMAT = 'newsgraph-corpus/1';

/** One article of a corpus, as the manifest lists it. */
export interface ManifestEntry {
  iri: string;
  hash: string;
  /** File name of its part under parts/. */
  part: string;
  source: string;
}

/** The manifest of one generation: what it holds and how it was built. */
export interface CorpusManifest {
  format: typeof MANIFEST_FORMAT;
  name: string;
  version: string;
  options: { today: string };
  generation: number;
  /** Article id → entry, ids sorted. */
  articles: Record<string, ManifestEntry>;
  /** The pending records this generation folded in (skipped if a crash left them behind). */
  consumed: string[];
}

type PendingRecord =
  | { op: 'add'; id: string; iri: string; hash: string; part: string; source: string; at: number }
  | { op: 'remove'; id: string; at: number }
  | { op: 'reset'; at: number };

/** Options of CorpusFolder.open, validated there. */
export interface CorpusFolderOptions {
  dir: string;
  /** Base name of the merged outputs; default the manifest's, else "corpus". */
  name?: string;
  /** Reference date of the builds; default the manifest's, else today. A different one needs `replace`. */
  today?: string;
  /** newsgraph version building the parts; a corpus of another version needs `replace`. */
  version: string;
  /** The next commit starts from an empty corpus (and other options or versions are accepted). */
  replace?: boolean;
  /** How long commit() waits for another process's lock, in ms. Default 10 minutes. */
  lockTimeoutMs?: number;
}

/** What a commit did. */
export interface CommitResult {
  generation: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  summary: MergeSummary | null;
  outputs: string[];
}

const OUTPUT_EXTENSIONS = ['ttl', 'nq', 'json', 'gexf'] as const;

let counter = 0;

/** An incremental corpus folder (see the header). Open it, stage changes, commit. */
export class CorpusFolder {
  readonly dir: string;
  readonly name: string;
  readonly today: string;
  private readonly current: CorpusManifest | null;

  private constructor(private readonly options: CorpusFolderOptions, current: CorpusManifest | null) {
    this.dir = resolve(options.dir);
    this.current = current;
    this.name = options.name ?? current?.name ?? 'corpus';
    this.today = options.today ?? current?.options.today ?? new Date().toISOString().slice(0, 10);
  }

  /**
   * Opens (creating when absent) a corpus folder.
   * @throws CorpusFolderError when the corpus was built by another version or with other options and
   *   `replace` is not set, or when the name is not a plain file name
   */
  static open(options: CorpusFolderOptions): CorpusFolder {
    if (options.name !== undefined && (!options.name || /[/\\]/.test(options.name) || options.name.startsWith('.'))) {
      throw new CorpusFolderError(`CorpusFolder.open: name "${options.name}" must be a plain file name (no "/", not starting with "."), e.g. "corpus".`);
    }
    if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new CorpusFolderError(`CorpusFolder.open: today "${options.today}" must be YYYY-MM-DD.`);
    const dir = resolve(options.dir);
    for (const sub of ['parts', 'pending']) mkdirSync(join(dir, sub), { recursive: true });
    const current = readManifest(dir);
    if (current && !options.replace) {
      const where = `corpus folder ${options.dir}`;
      if (current.version !== options.version) {
        throw new CorpusFolderError(`${where} was built by newsgraph ${current.version}, this is ${options.version}; rebuild it with --replace (its articles must be built again).`);
      }
      if (options.today !== undefined && options.today !== current.options.today) {
        throw new CorpusFolderError(`${where} was built with --today ${current.options.today}; give that date, or --replace to rebuild every article with ${options.today}.`);
      }
      if (options.name !== undefined && options.name !== current.name) {
        throw new CorpusFolderError(`${where} holds the graph "${current.name}", not "${options.name}"; use --merge ${current.name}, another folder, or --replace.`);
      }
    }
    const folder = new CorpusFolder({ ...options, dir }, current);
    if (options.replace) folder.stage({ op: 'reset', at: Date.now() });
    return folder;
  }

  /** The committed manifest (null for a new folder). */
  get manifest(): CorpusManifest | null {
    return this.current;
  }

  /** True when the committed corpus holds this article with this content. */
  has(id: string, hash: string): boolean {
    return !this.options.replace && this.current?.articles[id]?.hash === hash;
  }

  /** Paths of the merged outputs of the current generation (through the `current` link). */
  outputPaths(): string[] {
    return OUTPUT_EXTENSIONS.map((e) => join(this.dir, 'current', `${this.name}.${e}`));
  }

  /** Stages a built article (its part is written now, durably); the next commit adds or replaces it. Returns the part's file name. */
  stageArticle(chunks: PackedChunks, hash: string): string {
    const part = writePart(join(this.dir, 'parts'), chunks, hash);
    this.stage({ op: 'add', id: chunks.id, iri: chunks.iri, hash, part, source: chunks.source, at: Date.now() });
    return part;
  }

  /** Stages the removal of an article by id. */
  stageRemoval(id: string): void {
    this.stage({ op: 'remove', id, at: Date.now() });
  }

  /** Number of staged records waiting for a commit (from any process). */
  pendingCount(): number {
    return listPending(this.dir).length;
  }

  private stage(record: PendingRecord): void {
    const file = `${String(record.at).padStart(15, '0')}-${hostname()}-${process.pid}-${String(++counter).padStart(9, '0')}.json`;
    writeDurable(join(this.dir, 'pending', file), JSON.stringify(record));
  }

  /**
   * Folds every staged record into a new generation and switches to it, under the folder's lock
   * (waiting for another process's commit). Nothing to fold and a generation present: no change.
   */
  async commit(): Promise<CommitResult> {
    const release = await acquireLock(this.dir, this.options.lockTimeoutMs ?? 600_000);
    try {
      return this.commitLocked();
    } finally {
      release();
    }
  }

  private commitLocked(): CommitResult {
    // The manifest read at open(), unless another process committed since (one copy, not two: at
    // 84,000 articles a parsed manifest is ≈ 50 MB).
    const base = this.current && currentGeneration(this.dir) === `g-${this.current.generation}` ? this.current : readManifest(this.dir);
    const consumedBefore = new Set(base?.consumed ?? []);
    const names = listPending(this.dir).filter((n) => !consumedBefore.has(n));
    const records = names.map((n) => ({ n, r: JSON.parse(readFileSync(join(this.dir, 'pending', n), 'utf8')) as PendingRecord }));
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
    const outputs = this.outputPaths();
    if (base && !records.length) return { generation: base.generation, ...stats, summary: null, outputs };
    const manifest: CorpusManifest = {
      format: MANIFEST_FORMAT,
      name: this.name,
      version: this.options.version,
      options: { today: this.today },
      generation,
      articles: Object.fromEntries(Object.keys(articles).sort().map((id) => [id, articles[id]!])),
      consumed: names,
    };
    const gen = `g-${generation}`;
    const genDir = join(this.dir, gen);
    rmSync(genDir, { recursive: true, force: true });
    mkdirSync(genDir);
    const summary = this.writeGeneration(genDir, manifest);
    switchCurrent(this.dir, gen);
    const folded = records.flatMap(({ r }) => (r.op === 'add' ? [r.part] : []));
    this.cleanUp(manifest, base, names, folded);
    return { generation, ...stats, summary, outputs };
  }

  // The merged outputs from the parts, then the manifest, all fsynced, in a fresh generation folder.
  private writeGeneration(genDir: string, manifest: CorpusManifest): MergeSummary | null {
    let summary: MergeSummary | null = null;
    const ids = Object.keys(manifest.articles);
    if (ids.length) {
      const store = new PartStore();
      // The articles corpus identity rewrites wait on disk, deflated, not in memory (a ×100 corpus rewrites most).
      const rewrites = new FileChunkStore(join(genDir, '.rewrites.spool'), true);
      try {
        const merger = new CorpusMerger(store, { rewriteStore: rewrites, spill: { dir: genDir } });
        for (const id of ids) {
          const path = join(this.dir, 'parts', manifest.articles[id]!.part);
          const part = readPart(path);
          store.next(path, part.offset, part.header.stored);
          merger.add(part.chunks);
        }
        const writers = OUTPUT_EXTENSIONS.map((e) => new DurableWriter(join(genDir, `${this.name}.${e}`)));
        const [ttl, nq, json, gexf] = writers as [DurableWriter, DurableWriter, DurableWriter, DurableWriter];
        summary = merger.finish(fileSinks(ttl, nq, json, gexf));
        for (const w of writers) w.close();
      } finally {
        rewrites.dispose();
      }
    }
    writeDurable(join(genDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
    fsyncDir(genDir);
    return summary;
  }

  // After the switch: the folded records, older generations, and the parts of the previous
  // generation and of the folded records that neither the new generation nor a waiting record names
  // (a part another process is staging right now is none of those, so it stays).
  private cleanUp(manifest: CorpusManifest, base: CorpusManifest | null, consumed: string[], folded: string[]): void {
    for (const n of consumed) rmSync(join(this.dir, 'pending', n), { force: true });
    const keep = `g-${manifest.generation}`;
    for (const e of readdirSync(this.dir)) if (/^g-\d+$/.test(e) && e !== keep) rmSync(join(this.dir, e), { recursive: true, force: true });
    const live = new Set(Object.values(manifest.articles).map((e) => e.part));
    for (const n of listPending(this.dir)) {
      try {
        const r = JSON.parse(readFileSync(join(this.dir, 'pending', n), 'utf8')) as PendingRecord;
        if (r.op === 'add') live.add(r.part);
      } catch {
        // a record being written by another process: its part stays
      }
    }
    const candidates = new Set([...Object.values(base?.articles ?? {}).map((e) => e.part), ...folded]);
    for (const p of candidates) if (!live.has(p)) rmSync(join(this.dir, 'parts', p), { force: true });
  }
}

/** The committed manifest of a corpus folder, or null when it has none yet. */
export function readManifest(dir: string): CorpusManifest | null {
  const path = join(resolve(dir), 'current', 'manifest.json');
  if (!existsSync(path)) return null;
  const m = JSON.parse(readFileSync(path, 'utf8')) as CorpusManifest;
  if (m.format !== MANIFEST_FORMAT) throw new CorpusFolderError(`${path}: not a newsgraph corpus manifest (format "${String(m.format)}").`);
  return m;
}

function listPending(dir: string): string[] {
  return readdirSync(join(dir, 'pending')).filter((n) => n.endsWith('.json')).sort();
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

/** Where `current` points ("g-3"), or null. */
export function currentGeneration(dir: string): string | null {
  try {
    return readlinkSync(join(resolve(dir), 'current'));
  } catch {
    return null;
  }
}

// A lock file created exclusively; a lock left by a dead process of this host is taken over.
async function acquireLock(dir: string, timeoutMs: number): Promise<() => void> {
  const path = join(dir, 'lock');
  const started = Date.now();
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ host: hostname(), pid: process.pid, at: new Date().toISOString() }));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (staleLock(path)) {
      try {
        unlinkSync(path);
      } catch {
        // another process took it over first
      }
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      throw new CorpusFolderError(`corpus folder ${dir}: locked by another process for ${Math.round(timeoutMs / 1000)} s (${path}); if no newsgraph runs on it, delete that file.`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function staleLock(path: string): boolean {
  try {
    const { host, pid } = JSON.parse(readFileSync(path, 'utf8')) as { host: string; pid: number };
    if (host !== hostname()) return false;
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
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
