// Incremental corpus, one article's part: its merge chunks (merge.ts PackedChunks) in a file of
// their own, written once under a content-addressed name and never changed, plus the content hash
// that says whether an article must be built again. The corpus folder (folder.ts) merges parts.
// Format 3 (NGPART3) stores each field compressed by Brotli; format 2 (NGPART2, 2026-12-04 to -06)
// deflated, format 1 (NGPART1, before) as UTF-8; all three are read.

import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusArticle } from './article.js';
import { STORED_FIELDS, type ArticleCounts } from './quad-chunks.js';
import type { ChunkStore, PackedChunks, StoredField } from './merge.js';
import { deflateFields, inflateField, readField, type Codec } from './spool-store.js';
import { readBytes } from './read-bytes.js';
import type { FieldLocation } from './rewrite-share.js';

/** Magic line of a part whose fields are stored as they are (format 1, read only). */
export const MAGIC_PLAIN = 'NGPART1\n';
/** Magic line of a part whose fields are each deflated (format 2, read only). */
export const MAGIC_DEFLATED = 'NGPART2\n';
/** Magic line of a part whose fields are each compressed by Brotli (format 3, written). */
export const MAGIC_BROTLI = 'NGPART3\n';

/** How a compressed part's fields are compressed, by its magic line. */
const CODEC_OF: ReadonlyMap<string, Codec> = new Map([
  [MAGIC_DEFLATED, 'deflate'],
  [MAGIC_BROTLI, 'brotli'],
]);

/** What a part file says about its article (its first line after the magic, as JSON). */
export interface PartHeader {
  id: string;
  iri: string;
  source: string;
  hash: string;
  counts: ArticleCounts;
  /** Byte length of each field as UTF-8 (STORED_FIELDS order). */
  lengths: number[];
  /** Formats 2 and 3: byte length of each field as stored, compressed. */
  stored?: number[];
}

/**
 * The content hash of an article as read (id, text and metadata): equal hashes build equal graphs
 * under the same newsgraph version and options, which the corpus manifest holds.
 */
export function articleHash(a: Pick<CorpusArticle, 'id' | 'text' | 'published' | 'title' | 'url' | 'author'>): string {
  const canonical = JSON.stringify([a.id, a.text, a.published ?? null, a.title ?? null, a.url ?? null, a.author ?? null]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The file name of an article's part: its IRI and content hash, so a changed article gets a new file. */
export function partName(iri: string, hash: string): string {
  return `${createHash('sha256').update(iri).digest('hex').slice(0, 24)}-${hash.slice(0, 16)}.part`;
}

/** Writes a durable file: a temporary name beside it, fsync, rename. */
export function writeDurable(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, path);
}

/**
 * Writes files durably together, off the calling thread: each to a temporary name and fsynced, all
 * at once (on libuv's threads), then renamed in the order given, so a file later in the list (a
 * staged record) never names one earlier (its part) that is not yet durable under its name.
 */
export async function writeDurableAll(files: ReadonlyArray<{ path: string; data: string | Uint8Array }>): Promise<void> {
  const tmps = files.map((f) => `${f.path}.${process.pid}.tmp`);
  try {
    await Promise.all(
      files.map(async (f, i) => {
        const handle = await open(tmps[i]!, 'w');
        try {
          await handle.writeFile(f.data);
          await handle.sync();
        } finally {
          await handle.close();
        }
      }),
    );
  } catch (e) {
    await Promise.all(tmps.map((t) => rm(t, { force: true })));
    throw e;
  }
  for (let i = 0; i < files.length; i++) await rename(tmps[i]!, files[i]!.path);
}

/** A part's file name and bytes (format 3): what writePart writes. */
export function encodePart(chunks: PackedChunks, hash: string): { name: string; bytes: Buffer } {
  const { bytes: body, stored } = deflateFields(chunks.packed, chunks.lengths, 'brotli');
  const header: PartHeader = { id: chunks.id, iri: chunks.iri, source: chunks.source, hash, counts: chunks.counts, lengths: chunks.lengths, stored };
  const head = Buffer.from(`${MAGIC_BROTLI}${JSON.stringify(header)}\n`);
  return { name: partName(chunks.iri, hash), bytes: Buffer.concat([head, body]) };
}

/** Writes the part of built chunks into `dir` (durably) and returns its file name. */
export function writePart(dir: string, chunks: PackedChunks, hash: string): string {
  const { name, bytes } = encodePart(chunks, hash);
  writeDurable(join(dir, name), bytes);
  return name;
}

/** A part read back: its header, its packed chunks, where the packed bytes start in the file, and how its fields are compressed. */
export interface ReadPart {
  header: PartHeader;
  chunks: PackedChunks;
  offset: number;
  /** Absent for format 1 (fields as UTF-8). */
  codec?: Codec;
}

/**
 * Reads a whole part file, of either format. With `only`, a deflated part's other fields are not
 * inflated and stay zero bytes of their length: such chunks may go only to a PartStore, which reads
 * every field back from the file (a commit's first pass needs the small fields alone).
 * Throws Error naming the file when it is not a part.
 */
export function readPart(path: string, only?: readonly StoredField[]): ReadPart {
  const fd = openSync(path, 'r');
  try {
    const first = Buffer.alloc(64 * 1024);
    const n = readSync(fd, first, 0, first.length, 0);
    const magic = first.subarray(0, MAGIC_PLAIN.length).toString();
    const codec = CODEC_OF.get(magic);
    const nl = first.indexOf(0x0a, MAGIC_PLAIN.length);
    if ((magic !== MAGIC_PLAIN && !codec) || nl < 0 || nl >= n) throw new Error(`${path}: not a newsgraph corpus part (bad header).`);
    const header = JSON.parse(first.subarray(MAGIC_PLAIN.length, nl).toString('utf8')) as PartHeader;
    if (!codec) delete header.stored;
    else if (!Array.isArray(header.stored) || header.stored.length !== header.lengths.length) throw new Error(`${path}: not a newsgraph corpus part (compressed, without stored lengths).`);
    const offset = nl + 1;
    const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
    const body = readBytes(fd, path, offset, total(header.stored ?? header.lengths));
    const packed = header.stored && codec ? inflateAll(body, header.lengths, header.stored, path, codec, only) : body;
    const chunks = { id: header.id, iri: header.iri, source: header.source, counts: header.counts, packed, lengths: header.lengths };
    return codec ? { header, offset, chunks, codec } : { header, offset, chunks };
  } finally {
    closeSync(fd);
  }
}

// The packed chunks (UTF-8 fields one after the other) of a part's compressed fields; with `only`,
// the other fields are left zero.
function inflateAll(body: Buffer, lengths: readonly number[], stored: readonly number[], path: string, codec: Codec, only?: readonly StoredField[]): Uint8Array {
  const packed = new Uint8Array(lengths.reduce((a, b) => a + b, 0));
  let from = 0;
  let to = 0;
  stored.forEach((size, i) => {
    if (!only || only.includes(STORED_FIELDS[i]!)) packed.set(inflateField(body.subarray(from, from + size), lengths[i]!, path, codec), to);
    from += size;
    to += lengths[i]!;
  });
  return packed;
}

type PartRef = { path: string; offset: number; lengths: number[]; stored?: number[]; codec?: Codec };

/**
 * A ChunkStore over part files: CorpusMerger reads each field back from its part when it writes the
 * outputs, so a merge of parts copies nothing to a spool. Call `next(part)` before each
 * CorpusMerger.add of that part's chunks: put() then records where they already are.
 */
export class PartStore implements ChunkStore<PartRef> {
  private pending: { path: string; offset: number; stored?: number[]; codec?: Codec } | null = null;

  /**
   * @param stored - the part's compressed field lengths (formats 2 and 3; its header's `stored`)
   * @param codec - how they are compressed (readPart's `codec`; deflate by default)
   */
  next(path: string, offset: number, stored?: readonly number[], codec: Codec = 'deflate'): void {
    this.pending = stored ? { path, offset, stored: [...stored], codec } : { path, offset };
  }

  put(_packed: Uint8Array, lengths: readonly number[]): PartRef {
    if (!this.pending) throw new Error('PartStore.put: call next(path, offset) before each CorpusMerger.add.');
    const ref = { ...this.pending, lengths: [...lengths] };
    this.pending = null;
    return ref;
  }

  get(ref: PartRef, field: StoredField): string {
    const b = this.getBytes(ref, field);
    return b.length ? b.toString('utf8') : '';
  }

  locate(ref: PartRef): FieldLocation {
    return ref;
  }

  getBytes(ref: PartRef, field: StoredField): Buffer {
    const fd = openSync(ref.path, 'r');
    try {
      return readField(fd, ref.path, ref.offset, ref.lengths, field, ref.stored, ref.codec);
    } finally {
      closeSync(fd);
    }
  }
}
