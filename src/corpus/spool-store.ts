// A ChunkStore on disk (a spool file): the corpus build's articles while the merge waits for all of
// them, and the articles corpus identity rewrote, so that memory holds offsets, not triples. Used by
// the CLI's build and by the corpus folder's commit; the merge itself (merge.ts) stays pure. Fields
// may be stored compressed, each on its own: deflated (the commit's rewrite spool) or by Brotli (parts).

import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { STORED_FIELDS, type ChunkStore, type StoredField } from './merge.js';
import { readBytes } from './read-bytes.js';
import type { Codec } from './codec.js';
import type { FieldLocation } from './rewrite-share.js';

type SpoolRef = { offset: number; lengths: number[]; stored?: number[] };

/**
 * zlib level of stored fields (corpus parts, the rewrite spool): on PolNeAR train's 840 parts (365 MB
 * as UTF-8), each field deflated alone: level 1 25.2 MB in 0.85 CPU-s, 3 24.3 MB in 0.84 s, 6 21.2 MB
 * in 2.3 s, 9 20.8 MB in 3.2 s; inflating any of them ≈0.3 s (design.md, "Parts and the rewrite
 * spool are stored deflated").
 */
export const DEFLATE_LEVEL = 3;

export type { Codec };

/**
 * Brotli quality and window of corpus parts (format 3). On 300 of PolNeAR train's parts, each field
 * alone: deflate level 3 8.38 MB in 0.30–0.38 CPU-s, Brotli quality 1 (window 2^18) 7.85 MB in
 * 0.21 s, quality 2 7.38 MB in 0.33 s, quality 0 8.74 MB in 0.14 s; decompressing any ≈ 0.14–0.18 s.
 * A queue worker compresses every part it writes on its main thread (docs/corpus.md, issue 20).
 */
export const BROTLI_QUALITY = 1;
const BROTLI_WINDOW = 18;

function compress(bytes: Uint8Array, codec: Codec): Buffer {
  if (codec === 'deflate') return deflateRawSync(bytes, { level: DEFLATE_LEVEL });
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_LGWIN]: BROTLI_WINDOW, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/** Compresses each field of packed chunks on its own (deflate by default): the bytes one after the other, and their lengths. */
export function deflateFields(packed: Uint8Array, lengths: readonly number[], codec: Codec = 'deflate'): { bytes: Buffer; stored: number[] } {
  const pieces: Buffer[] = [];
  let at = 0;
  for (const len of lengths) {
    pieces.push(len ? compress(packed.subarray(at, at + len), codec) : Buffer.alloc(0));
    at += len;
  }
  return { bytes: Buffer.concat(pieces), stored: pieces.map((p) => p.length) };
}

/**
 * One stored field of packed chunks written at `offset` of an open file (a spool or a corpus part):
 * as written when `stored` is absent, else deflated fields of those byte lengths (deflateFields).
 * @throws Error when the file ends first or a deflated field is damaged
 */
export function readField(fd: number, path: string, offset: number, lengths: readonly number[], field: StoredField, stored?: readonly number[], codec: Codec = 'deflate'): Buffer {
  const i = STORED_FIELDS.indexOf(field);
  const sizes = stored ?? lengths;
  let start = offset;
  for (let k = 0; k < i; k++) start += sizes[k]!;
  const buf = readBytes(fd, path, start, sizes[i]!);
  if (!stored) return buf;
  return inflateField(buf, lengths[i]!, path, codec);
}

/** A deflated field back as UTF-8 bytes of the given length. @throws Error naming the file when it is not */
export function inflateField(bytes: Uint8Array, length: number, path: string, codec: Codec = 'deflate'): Buffer {
  if (!length) return Buffer.alloc(0);
  let out: Buffer;
  try {
    out = codec === 'deflate' ? inflateRawSync(bytes) : brotliDecompressSync(bytes);
  } catch (e) {
    throw new Error(`${path}: damaged chunk file (a deflated field does not inflate: ${(e as Error).message}).`);
  }
  if (out.length !== length) throw new Error(`${path}: damaged chunk file (a field inflates to ${out.length} bytes, not ${length}).`);
  return out;
}

/**
 * A ChunkStore on disk: each article's chunk text is appended to one spool file and read back by
 * offset when the merged outputs are written, so a corpus build holds an index, not every triple.
 */
export class FileChunkStore implements ChunkStore<SpoolRef> {
  private readonly fd: number;
  private offset = 0;
  private disposed = false;

  /** @param deflate - store each field deflated (DEFLATE_LEVEL): ≈15× less disk for ≈2% more CPU of a build */
  constructor(
    readonly path: string,
    private readonly deflate = false,
  ) {
    mkdirSync(resolve(path, '..'), { recursive: true });
    this.fd = openSync(path, 'w+');
  }

  put(packed: Uint8Array, lengths: readonly number[]): SpoolRef {
    const z = this.deflate ? deflateFields(packed, lengths) : null;
    const bytes = z ? z.bytes : packed;
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, this.offset + written);
    const ref: SpoolRef = z ? { offset: this.offset, lengths: [...lengths], stored: z.stored } : { offset: this.offset, lengths: [...lengths] };
    this.offset += bytes.length;
    return ref;
  }

  get(ref: SpoolRef, field: StoredField): string {
    const buf = this.getBytes(ref, field);
    return buf.length ? buf.toString('utf8') : '';
  }

  locate(ref: SpoolRef): FieldLocation {
    return { path: this.path, ...ref };
  }

  getBytes(ref: SpoolRef, field: StoredField): Buffer {
    return readField(this.fd, this.path, ref.offset, ref.lengths, field, ref.stored);
  }

  /** Closes and deletes the spool file (once; later calls do nothing). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}
