// CLI outputs: paths inside the output folder, atomic single-file writes (temp file + rename), the
// streaming AtomicFileWriter used by the corpus merge, and the spool file (FileChunkStore, from
// corpus/spool-store.ts) that parks merge chunks on disk during a corpus build. Last step of `build` and `export`.

import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';

/**
 * The temporary name an output is written under before it is renamed into place: a hidden file
 * beside it (same file system, so the rename is atomic), unique to this process.
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Writes a file atomically: to a temporary name beside it, then renamed into place. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * The path of output `<name><ext>` in `dir`, or null when it would land outside `dir` (a name with
 * "..", an absolute name, an empty name). Output names come from file names and article ids, which
 * a corpus controls; the CLI writes only inside its output directory.
 */
export function outputPathIn(dir: string, name: string, ext: string): string | null {
  if (!name || name.includes('\0') || isAbsolute(name) || /(?:^|[\\/])\.\.(?:[\\/]|$)/.test(name)) return null;
  const path = resolve(dir, `${name}${ext}`);
  const root = resolve(dir);
  return path.startsWith(root + sep) ? path : null;
}

/**
 * An output file written piece by piece to a temporary name and renamed into place by commit();
 * abort() removes it. Small pieces are gathered into 64 KB writes; big ones are written as they
 * are. (Joining into bigger buffers made every flush a large-object allocation that V8 keeps until a
 * full collection: 10x PolNeAR's merge peaked at 678 MB of main-thread heap.)
 */
export class AtomicFileWriter {
  private readonly tmp: string;
  private fd: number;
  private buf: string[] = [];
  private size = 0;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = tempPathFor(path);
    this.fd = openSync(this.tmp, 'w');
  }

  write = (text: string): void => {
    if (text.length >= WRITE_BATCH) {
      this.flush();
      writeSync(this.fd, text);
      return;
    }
    this.buf.push(text);
    this.size += text.length;
    if (this.size >= WRITE_BATCH) this.flush();
  };

  /** Writes UTF-8 bytes, after the text written before (the merge passes spooled chunks this way, undecoded). */
  writeBytes = (bytes: Uint8Array): void => {
    this.flush();
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
  };

  /** The temporary file the output is written to until commit(). */
  get tempPath(): string {
    return this.tmp;
  }

  /** Writes what is buffered, flushes it to the disk (fsync) and closes the temporary file. */
  close(): void {
    if (this.fd < 0) return;
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = -1;
  }

  /** close(), then renames the temporary file into place. */
  commit(): void {
    this.close();
    renameSync(this.tmp, this.path);
  }

  abort(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.tmp, { force: true });
  }

  private flush(): void {
    if (!this.size) return;
    writeSync(this.fd, this.buf.length === 1 ? this.buf[0]! : this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
}

const WRITE_BATCH = 64 * 1024;

export { FileChunkStore } from '../corpus/spool-store.js';
