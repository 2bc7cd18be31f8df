// CLI outputs as one unit (last step of `build`): the files of one graph (<name>.ttl/.nq/.json/.gexf,
// or an article's .ttl/.json) are written under temporary names, flushed to disk, and switched into
// place together behind a journal, under a lock on the name, so no run leaves files of two runs.

import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputError, fsReason, showPath } from './fs-errors.js';
import { AtomicFileWriter } from './outputs.js';

export { OutputError, fsReason, isFsError, showPath } from './fs-errors.js';

/** The locks this process holds (two units of one name at once in one process are refused too). */
const HELD = new Set<string>();

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot fsync a directory; the files themselves are flushed.
  }
}

// mkdir -p that reports the real cause: Node's recursive mkdir says ENOENT on a read-only mount.
function makeDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    let missing = dir;
    while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
    mkdirSync(missing); // throws the cause (EROFS, EACCES, ENOTDIR); if it does not, the first error stands
    throw e;
  }
}

type Journal = { pid: number; moves: Array<[string, string]> };

const OUTPUT_TEMP = /^\.(.+\.(?:ttl|nq|json|gexf|commit))\.(\d+)\.tmp$/;
const SPOOL = /^\.(.+)\.(\d+)\.(?:rewrites\.)?spool$/;
const JOURNAL = /^\.(.+)\.(\d+)\.commit$/;

/**
 * Finishes what killed runs left in `dir` (a journal means every temp file was complete, so its
 * renames are redone) and removes what dead runs left: temp files of outputs and spools. With
 * `name`, only that unit's leftovers; without, every unit's in `dir`. Returns the entries it
 * completed or removed.
 */
export function recoverOutputs(dir: string, name?: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const touched: string[] = [];
  const mine = (unit: string): boolean => name === undefined || unit === name;
  for (const entry of entries) {
    const m = JOURNAL.exec(entry);
    if (!m || !mine(m[1]!) || pidAlive(Number(m[2]))) continue;
    const path = join(dir, entry);
    try {
      const j = JSON.parse(readFileSync(path, 'utf8')) as Journal;
      for (const [from, to] of j.moves) {
        if (basename(from) !== from || basename(to) !== to || !existsSync(join(dir, from))) continue;
        renameSync(join(dir, from), join(dir, to));
        touched.push(to);
      }
    } catch {
      // An unreadable journal was never completed (it is written whole, then renamed): nothing was switched.
    }
    rmSync(path, { force: true });
    touched.push(entry);
  }
  for (const entry of name === undefined || touched.length ? readdirSync(dir) : entries) {
    const t = OUTPUT_TEMP.exec(entry) ?? SPOOL.exec(entry);
    if (!t || pidAlive(Number(t[2]))) continue;
    const unit = t[1]!.replace(/\.(?:ttl|nq|json|gexf|commit)$/, '');
    if (!mine(unit)) continue;
    rmSync(join(dir, entry), { force: true });
    touched.push(entry);
  }
  if (touched.length) fsyncDir(dir);
  return touched;
}

/** Writes one file of an OutputUnit, piece by piece (text, or UTF-8 bytes). */
export interface UnitWriter {
  write(text: string): void;
  writeBytes(bytes: Uint8Array): void;
}

/** How an OutputUnit is opened. */
export interface OutputUnitOptions {
  /** Take the lock on the unit's name (default true): a second run on the same name is refused. */
  lock?: boolean;
  /** Recover and clean the unit's leftovers from killed runs on open (default true). */
  recover?: boolean;
  /** For messages: the command ("build"). */
  command?: string;
}

/**
 * The outputs of one graph, committed together. open() takes the lock `.<name>.lock` in `dir`
 * (refusing when a live process holds it; a dead holder's lock is taken over), recovers and cleans
 * what killed runs left, then each file is written to a temporary name; commit() flushes them to
 * disk, writes the journal, renames them all into place and removes the journal; abort() removes
 * the temporary files. A kill during the renames is finished by the next run's open().
 */
export class OutputUnit {
  private readonly writers = new Map<string, AtomicFileWriter>();
  private readonly lockPath: string | null;
  private done = false;
  /** What open() completed or removed from earlier runs (file names in dir). */
  readonly recovered: string[];

  private constructor(
    readonly dir: string,
    readonly name: string,
    readonly files: readonly string[],
    private readonly command: string,
    lock: boolean,
    recover: boolean,
  ) {
    this.lockPath = lock ? join(dir, `.${name}.lock`) : null;
    this.guard(dir, () => makeDir(dir));
    if (this.lockPath) this.takeLock(this.lockPath);
    try {
      this.recovered = recover ? recoverOutputs(dir, name) : [];
    } catch (e) {
      this.releaseLock();
      throw this.error(e, dir);
    }
  }

  /** Opens the unit `name` of `files` (names inside `dir`, e.g. "corpus.ttl"). @throws OutputError */
  static open(dir: string, name: string, files: readonly string[], options: OutputUnitOptions = {}): OutputUnit {
    return new OutputUnit(dir, name, files, options.command ?? 'build', options.lock ?? true, options.recover ?? true);
  }

  /** The path of a file of the unit, once committed. */
  pathOf(file: string): string {
    return join(this.dir, file);
  }

  /** Where a spool for this unit goes (the articles, or the ones corpus identity rewrote): removed by the next run if this one dies. */
  spoolPath(kind: 'articles' | 'rewrites' = 'articles'): string {
    return join(this.dir, `.${this.name}.${process.pid}.${kind === 'rewrites' ? 'rewrites.' : ''}spool`);
  }

  /** The streaming writer of one file of the unit (created on first use). @throws OutputError */
  writer(file: string): UnitWriter {
    if (!this.files.includes(file)) throw new OutputError(`OutputUnit.writer: "${file}" is not one of ${this.files.join(', ')}; list it when opening the unit.`, file);
    const path = this.pathOf(file);
    let w = this.writers.get(file);
    if (!w) {
      w = this.guard(path, () => new AtomicFileWriter(path));
      this.writers.set(file, w);
    }
    const writer = w;
    return {
      write: (text) => this.guard(path, () => writer.write(text)),
      writeBytes: (bytes) => this.guard(path, () => writer.writeBytes(bytes)),
    };
  }

  /** Writes a whole file of the unit. @throws OutputError */
  write(file: string, content: string): void {
    this.writer(file).write(content);
  }

  /** Flushes every file to disk and switches them all into place. @throws OutputError (then nothing is switched) */
  commit(): void {
    const moves: Array<[string, string]> = [];
    for (const file of this.files) {
      const w = this.writers.get(file);
      if (!w) throw new OutputError(`OutputUnit.commit: "${file}" was never written.`, file);
      this.guard(w.path, () => w.close());
      const target = this.pathOf(file);
      if (existsSync(target) && lstatSync(target).isDirectory()) throw this.error(Object.assign(new Error('EISDIR'), { code: 'EISDIR', syscall: 'rename' }), target);
      moves.push([basename(w.tempPath), file]);
    }
    const journal = join(this.dir, `.${this.name}.${process.pid}.commit`);
    this.guard(journal, () => {
      const tmp = join(this.dir, `.${this.name}.commit.${process.pid}.tmp`);
      const fd = openSync(tmp, 'w');
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, moves } satisfies Journal));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, journal);
      fsyncDir(this.dir);
    });
    // From here the switch is decided: a failure or a kill is finished by the next run's recovery.
    for (const [from, to] of moves) this.guard(this.pathOf(to), () => renameSync(join(this.dir, from), this.pathOf(to)));
    fsyncDir(this.dir);
    rmSync(journal, { force: true });
    this.done = true;
    this.releaseLock();
  }

  /** Removes the temporary files and releases the lock (safe to call twice, or after commit). */
  abort(): void {
    if (!this.done) for (const w of this.writers.values()) w.abort();
    this.done = true;
    this.releaseLock();
  }

  private takeLock(path: string): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
        HELD.add(path);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw this.error(e, path);
      }
      let holder = NaN;
      try {
        holder = Number(readFileSync(path, 'utf8').trim());
      } catch {
        // Vanished or unreadable: try again.
      }
      if (holder === process.pid && HELD.has(path)) {
        throw new OutputError(`newsgraph ${this.command}: "${this.name}" is written twice at once by this process in ${showPath(this.dir)}; give the outputs distinct names.`, path, 'ELOCKED');
      }
      if (pidAlive(holder) && holder !== process.pid) {
        throw new OutputError(
          `newsgraph ${this.command}: another run (process ${holder}) is writing "${this.name}" in ${showPath(this.dir)}; wait for it, or use another --merge name or -o folder.`,
          path,
          'ELOCKED',
        );
      }
      rmSync(path, { force: true }); // a dead run's lock
    }
    throw new OutputError(`newsgraph ${this.command}: cannot take the lock ${showPath(path)}; remove it if no build is running.`, path, 'ELOCKED');
  }

  private releaseLock(): void {
    if (this.lockPath && HELD.delete(this.lockPath)) rmSync(this.lockPath, { force: true });
  }

  private guard<T>(path: string, f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof OutputError) throw e;
      throw this.error(e, path);
    }
  }

  private error(e: unknown, path: string): OutputError {
    if (e instanceof OutputError) return e;
    const code = (e as NodeJS.ErrnoException).code ?? null;
    return new OutputError(`newsgraph ${this.command}: cannot write ${showPath(path)}: ${fsReason(e)}.`, path, code);
  }
}
