// A ChunkStore on disk (a spool file): the corpus build's articles while the merge waits for all of
// them, and the articles corpus identity rewrote, so that memory holds offsets, not triples. Used by
// the CLI's build and by the corpus folder's commit; the merge itself (merge.ts) stays pure.

import { closeSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { STORED_FIELDS, type ChunkStore, type StoredField } from './merge.js';

type SpoolRef = { offset: number; lengths: number[] };

/** One stored field of packed chunks written at `offset` of an open file (a spool or a corpus part). @throws Error when the file ends first */
export function readField(fd: number, path: string, offset: number, lengths: readonly number[], field: StoredField): Buffer {
  const i = STORED_FIELDS.indexOf(field);
  let start = offset;
  for (let k = 0; k < i; k++) start += lengths[k]!;
  const len = lengths[i]!;
  const buf = Buffer.allocUnsafe(len);
  let read = 0;
  while (read < len) {
    const r = readSync(fd, buf, read, len - read, start + read);
    if (r === 0) throw new Error(`${path}: truncated chunk file (a field ends past the end of the file).`);
    read += r;
  }
  return buf;
}

/**
 * A ChunkStore on disk: each article's chunk text is appended to one spool file and read back by
 * offset when the merged outputs are written, so a corpus build holds an index, not every triple.
 */
export class FileChunkStore implements ChunkStore<SpoolRef> {
  private readonly fd: number;
  private offset = 0;
  private disposed = false;

  constructor(readonly path: string) {
    mkdirSync(resolve(path, '..'), { recursive: true });
    this.fd = openSync(path, 'w+');
  }

  put(packed: Uint8Array, lengths: readonly number[]): SpoolRef {
    let written = 0;
    while (written < packed.length) written += writeSync(this.fd, packed, written, packed.length - written, this.offset + written);
    const ref = { offset: this.offset, lengths: [...lengths] };
    this.offset += packed.length;
    return ref;
  }

  get(ref: SpoolRef, field: StoredField): string {
    const buf = this.getBytes(ref, field);
    return buf.length ? buf.toString('utf8') : '';
  }

  getBytes(ref: SpoolRef, field: StoredField): Buffer {
    return readField(this.fd, this.path, ref.offset, ref.lengths, field);
  }

  /** Closes and deletes the spool file (once; later calls do nothing). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}
