// Incremental corpus, one article's part: its merge chunks (merge.ts PackedChunks) in a file of
// their own, written once under a content-addressed name and never changed, plus the content hash
// that says whether an article must be built again. The corpus folder (folder.ts) merges parts.

import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusArticle } from './article.js';
import type { ArticleCounts } from './quad-chunks.js';
import type { ChunkStore, PackedChunks, StoredField } from './merge.js';
import { readField } from './spool-store.js';

const MAGIC = 'NGPART1\n';

/** What a part file says about its article (its first line after the magic, as JSON). */
export interface PartHeader {
  id: string;
  iri: string;
  source: string;
  hash: string;
  counts: ArticleCounts;
  lengths: number[];
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

/** Writes the part of built chunks into `dir` (durably) and returns its file name. */
export function writePart(dir: string, chunks: PackedChunks, hash: string): string {
  const header: PartHeader = { id: chunks.id, iri: chunks.iri, source: chunks.source, hash, counts: chunks.counts, lengths: chunks.lengths };
  const head = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`);
  const name = partName(chunks.iri, hash);
  const bytes = new Uint8Array(head.length + chunks.packed.length);
  bytes.set(head, 0);
  bytes.set(chunks.packed, head.length);
  writeDurable(join(dir, name), bytes);
  return name;
}

/** A part read back: its header, its packed chunks, and where the packed bytes start in the file. */
export interface ReadPart {
  header: PartHeader;
  chunks: PackedChunks;
  offset: number;
}

/** Reads a whole part file. Throws Error naming the file when it is not a part. */
export function readPart(path: string): ReadPart {
  const fd = openSync(path, 'r');
  try {
    const first = Buffer.alloc(64 * 1024);
    const n = readSync(fd, first, 0, first.length, 0);
    const magicEnd = MAGIC.length;
    const nl = first.indexOf(0x0a, magicEnd);
    if (first.subarray(0, magicEnd).toString() !== MAGIC || nl < 0 || nl >= n) throw new Error(`${path}: not a newsgraph corpus part (bad header).`);
    const header = JSON.parse(first.subarray(magicEnd, nl).toString('utf8')) as PartHeader;
    const offset = nl + 1;
    const size = header.lengths.reduce((a, b) => a + b, 0);
    const packed = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const r = readSync(fd, packed, read, size - read, offset + read);
      if (r === 0) throw new Error(`${path}: truncated corpus part (${read} of ${size} bytes).`);
      read += r;
    }
    return { header, offset, chunks: { id: header.id, iri: header.iri, source: header.source, counts: header.counts, packed, lengths: header.lengths } };
  } finally {
    closeSync(fd);
  }
}

type PartRef = { path: string; offset: number; lengths: number[] };

/**
 * A ChunkStore over part files: CorpusMerger reads each field back from its part when it writes the
 * outputs, so a merge of parts copies nothing to a spool. Call `next(part)` before each
 * CorpusMerger.add of that part's chunks: put() then records where they already are.
 */
export class PartStore implements ChunkStore<PartRef> {
  private pending: { path: string; offset: number } | null = null;

  next(path: string, offset: number): void {
    this.pending = { path, offset };
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

  getBytes(ref: PartRef, field: StoredField): Buffer {
    const fd = openSync(ref.path, 'r');
    try {
      return readField(fd, ref.path, ref.offset, ref.lengths, field);
    } finally {
      closeSync(fd);
    }
  }
}
