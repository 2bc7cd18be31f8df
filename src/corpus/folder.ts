// Incremental corpus folder: each article's graph as an immutable part (parts.ts), changes staged as
// small records (pending/), and a commit (generation.ts) that folds them into a new generation
// folder switched in by an atomic symlink rename. A crash before the switch leaves the previous
// generation as it was. A lock file keeps one commit at a time per folder.

import { closeSync, mkdirSync, openSync, readFileSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { PackedChunks } from './merge.js';
import { encodePart, writeDurable, writeDurableAll, writePart } from './parts.js';
import { foldPending, nothingToFold, outputPaths, type FoldSpec } from './generation.js';
import { CorpusFolderError, listPending, readManifest, type CorpusManifest, type CommitResult, type PendingRecord } from './manifest.js';

export { CorpusFolderError, currentGeneration, MANIFEST_FORMAT, readManifest, type CommitResult, type CorpusManifest, type ManifestEntry } from './manifest.js';
export type { FoldSpec } from './generation.js';

/** Runs a commit's fold somewhere else (a thread with its own heap, src/cli/commit-thread.ts); the folder's lock is held meanwhile. */
export type FoldRunner = (spec: FoldSpec) => Promise<CommitResult>;

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
    return outputPaths(this.foldSpec());
  }

  /** Stages a built article (its part is written now, durably); the next commit adds or replaces it. Returns the part's file name. */
  stageArticle(chunks: PackedChunks, hash: string): string {
    const part = writePart(join(this.dir, 'parts'), chunks, hash);
    this.stage({ op: 'add', id: chunks.id, iri: chunks.iri, hash, part, source: chunks.source, at: Date.now() });
    return part;
  }

  /**
   * stageArticle off the calling thread: the part and its record are fsynced together (on libuv's
   * threads) and renamed part first, so the record never names a part that is not durable. A queue
   * worker's main thread stays free meanwhile to hand its build thread the next job (design.md).
   * Resolves to the part's file name once both are durable.
   */
  async stageArticleAsync(chunks: PackedChunks, hash: string): Promise<string> {
    const part = encodePart(chunks, hash);
    const record = this.record({ op: 'add', id: chunks.id, iri: chunks.iri, hash, part: part.name, source: chunks.source, at: Date.now() });
    await writeDurableAll([{ path: join(this.dir, 'parts', part.name), data: part.bytes }, record]);
    return part.name;
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
    const { path, data } = this.record(record);
    writeDurable(path, data);
  }

  // A staged record's path (named by time, host, process and a counter) and text.
  private record(record: PendingRecord): { path: string; data: string } {
    const file = `${String(record.at).padStart(15, '0')}-${hostname()}-${process.pid}-${String(++counter).padStart(9, '0')}.json`;
    return { path: join(this.dir, 'pending', file), data: JSON.stringify(record) };
  }

  /**
   * Folds every staged record into a new generation and switches to it, under the folder's lock
   * (waiting for another process's commit). Nothing to fold and a generation present: no change,
   * and `fold` is not called.
   */
  async commit(options: { fold?: FoldRunner } = {}): Promise<CommitResult> {
    const release = await acquireLock(this.dir, this.options.lockTimeoutMs ?? 600_000);
    try {
      // (Another process's commit may have folded everything while this one waited for the lock.)
      const spec = this.foldSpec();
      return nothingToFold(spec, this.current) ?? (options.fold ? await options.fold(spec) : await foldPending(spec, this.current));
    } finally {
      release();
    }
  }

  /** What the commit's fold needs, as plain data. */
  foldSpec(): FoldSpec {
    return { dir: this.dir, name: this.name, version: this.options.version, today: this.today };
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
