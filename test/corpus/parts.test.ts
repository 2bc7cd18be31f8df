// Tests for corpus parts and spools on disk (src/corpus/parts.ts, spool-store.ts): parts are written
// with each field compressed by Brotli and read back to the same chunks; parts of the earlier formats
// (uncompressed, deflated) are still read, alone and in a corpus folder's commit; a part read for its
// small fields only merges as the whole chunks do; the deflated spool round-trips.

import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildArticleChunks, CorpusMerger, MemoryChunkStore, packChunks, STORED_FIELDS, unpackField, type PackedChunks } from '../../src/corpus/index.js';
import { ADD_FIELDS } from '../../src/corpus/merge.js';
import { CorpusFolder } from '../../src/corpus/folder.js';
import { articleHash, MAGIC_BROTLI, MAGIC_DEFLATED, MAGIC_PLAIN, PartStore, readPart, writePart, type PartHeader } from '../../src/corpus/parts.js';
import { deflateFields, FileChunkStore } from '../../src/corpus/spool-store.js';
import { sampleArticles, TODAY } from './_fixture.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'ng-parts-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

let built: Array<{ chunks: PackedChunks; hash: string }>;
beforeAll(() => {
  built = sampleArticles(3).map((a) => ({ chunks: packChunks(buildArticleChunks(a, { today: TODAY })), hash: articleHash(a) }));
}, 60_000);

// A part as the first format wrote it (NGPART1: header line, then the fields as UTF-8).
function writePlainPart(path: string, c: PackedChunks, hash: string): void {
  const header: PartHeader = { id: c.id, iri: c.iri, source: c.source, hash, counts: c.counts, lengths: c.lengths };
  writeFileSync(path, Buffer.concat([Buffer.from(`${MAGIC_PLAIN}${JSON.stringify(header)}\n`), c.packed]));
}

// A part as the second format wrote it (NGPART2: header line with the stored lengths, then each field deflated).
function writeDeflatedPart(path: string, c: PackedChunks, hash: string): void {
  const { bytes, stored } = deflateFields(c.packed, c.lengths);
  const header: PartHeader = { id: c.id, iri: c.iri, source: c.source, hash, counts: c.counts, lengths: c.lengths, stored };
  writeFileSync(path, Buffer.concat([Buffer.from(`${MAGIC_DEFLATED}${JSON.stringify(header)}\n`), bytes]));
}

const fieldsOf = (c: PackedChunks): string[] => STORED_FIELDS.map((f) => unpackField(c.packed, c.lengths, f));

describe('corpus parts', () => {
  it('should write each field compressed by Brotli and read back the same chunks', () => {
    const dir = tempDir();
    const { chunks, hash } = built[0]!;
    const name = writePart(dir, chunks, hash);
    const path = join(dir, name);
    expect(readFileSync(path).subarray(0, MAGIC_BROTLI.length).toString()).toBe(MAGIC_BROTLI);
    expect(statSync(path).size).toBeLessThan(chunks.packed.length / 4);
    const back = readPart(path);
    expect(back.codec).toBe('brotli');
    expect(Buffer.from(back.chunks.packed).equals(Buffer.from(chunks.packed))).toBe(true);
    expect(back.chunks.lengths).toEqual(chunks.lengths);
    expect(back.header.hash).toBe(hash);
    const store = new PartStore();
    store.next(path, back.offset, back.header.stored, back.codec);
    const ref = store.put(back.chunks.packed, back.chunks.lengths);
    expect(STORED_FIELDS.map((f) => store.get(ref, f))).toEqual(fieldsOf(chunks));
  });

  it('should inflate only the fields asked for, leaving the others zero bytes of their length', () => {
    const dir = tempDir();
    const { chunks, hash } = built[0]!;
    const back = readPart(join(dir, writePart(dir, chunks, hash)), ADD_FIELDS);
    expect(back.chunks.lengths).toEqual(chunks.lengths);
    for (const f of STORED_FIELDS) {
      const got = unpackField(back.chunks.packed, back.chunks.lengths, f);
      if (ADD_FIELDS.includes(f)) expect(got).toBe(unpackField(chunks.packed, chunks.lengths, f));
      else expect(/^\0*$/.test(got)).toBe(true);
    }
    expect(unpackField(chunks.packed, chunks.lengths, 'nquads').length).toBeGreaterThan(0);
  });

  it('should keep the same one of two articles with one IRI from parts read in part as from whole chunks', () => {
    const dir = tempDir();
    const { chunks, hash } = built[0]!;
    const twin = packChunks({ ...buildArticleChunks({ ...sampleArticles(3)[1]!, id: chunks.id, source: 'other.jsonl:9' }, { today: TODAY }) });
    const whole = new CorpusMerger(new MemoryChunkStore());
    whole.add(chunks);
    const expected = whole.add(twin);
    const store = new PartStore();
    const merger = new CorpusMerger(store);
    for (const c of [chunks, twin]) {
      const path = join(dir, writePart(dir, c, c === chunks ? hash : 'twin'));
      const back = readPart(path, ADD_FIELDS);
      store.next(path, back.offset, back.header.stored, back.codec);
      const r = merger.add(back.chunks);
      if (c === twin) expect(r).toEqual(expected);
    }
  });

  it.each([
    ['first, uncompressed', writePlainPart, undefined],
    ['second, deflated', writeDeflatedPart, 'deflate'],
  ] as const)('should read a part of the %s format', (_name, write, codec) => {
    const dir = tempDir();
    const { chunks, hash } = built[1]!;
    const path = join(dir, 'old.part');
    write(path, chunks, hash);
    const back = readPart(path);
    expect(back.codec).toBe(codec);
    expect(back.header.stored === undefined).toBe(codec === undefined);
    expect(Buffer.from(back.chunks.packed).equals(Buffer.from(chunks.packed))).toBe(true);
    const store = new PartStore();
    store.next(path, back.offset, back.header.stored, back.codec);
    const ref = store.put(back.chunks.packed, back.chunks.lengths);
    expect(STORED_FIELDS.map((f) => store.get(ref, f))).toEqual(fieldsOf(chunks));
  });

  it('should refuse a damaged compressed part with its file name', () => {
    const dir = tempDir();
    const path = join(dir, writePart(dir, built[0]!.chunks, built[0]!.hash));
    const bytes = readFileSync(path);
    bytes.fill(0x41, bytes.length - 40);
    writeFileSync(path, bytes);
    expect(() => readPart(path)).toThrow(path);
  });

  it('should stage an article off the thread as stageArticle does: the same part bytes, one record, no temporary file', async () => {
    const [sync, async] = [tempDir(), tempDir()];
    const copy = (b: { chunks: PackedChunks }): PackedChunks => ({ ...b.chunks, packed: b.chunks.packed.slice() });
    const a = CorpusFolder.open({ dir: sync, today: TODAY, version: '9.9.9' });
    const b = CorpusFolder.open({ dir: async, today: TODAY, version: '9.9.9' });
    const names = [a.stageArticle(copy(built[0]!), built[0]!.hash), await b.stageArticleAsync(copy(built[0]!), built[0]!.hash)];
    expect(names[1]).toBe(names[0]);
    expect(readFileSync(join(async, 'parts', names[1]!))).toEqual(readFileSync(join(sync, 'parts', names[0]!)));
    expect(readdirSync(join(async, 'parts'))).toEqual([names[1]]);
    const records = readdirSync(join(async, 'pending'));
    expect(records).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(async, 'pending', records[0]!), 'utf8'))).toMatchObject({ op: 'add', id: built[0]!.chunks.id, part: names[1] });
    await b.commit();
    await a.commit();
    expect(b.outputPaths().map((p) => readFileSync(p, 'utf8'))).toEqual(a.outputPaths().map((p) => readFileSync(p, 'utf8')));
  });

  it.each([
    ['uncompressed', writePlainPart],
    ['deflated', writeDeflatedPart],
  ] as const)('should commit a corpus folder whose parts an earlier version wrote %s like a from-scratch merge', async (_name, write) => {
    const dir = tempDir();
    const folder = CorpusFolder.open({ dir, today: TODAY, version: '9.9.9' });
    for (const b of built.slice(0, 2)) folder.stageArticle({ ...b.chunks, packed: b.chunks.packed.slice() }, b.hash);
    await folder.commit();
    // The folder as the earlier version left it: every part in that format.
    for (const name of readdirSync(join(dir, 'parts'))) {
      const { chunks, header } = readPart(join(dir, 'parts', name));
      write(join(dir, 'parts', name), chunks, header.hash);
    }
    const next = CorpusFolder.open({ dir, today: TODAY, version: '9.9.9' });
    next.stageArticle({ ...built[2]!.chunks, packed: built[2]!.chunks.packed.slice() }, built[2]!.hash);
    await next.commit();
    const m = new CorpusMerger(new MemoryChunkStore());
    for (const b of built) m.add({ ...b.chunks, packed: b.chunks.packed.slice() });
    const want = { ttl: '', nq: '', json: '', gexf: '' };
    m.finish({ turtle: (t) => (want.ttl += t), nquads: (t) => (want.nq += t), json: (t) => (want.json += t), gexf: (t) => (want.gexf += t) });
    const [ttl, nq, json, gexf] = next.outputPaths().map((p) => readFileSync(p, 'utf8'));
    expect({ ttl, nq, json, gexf }).toEqual(want);
  });
});

describe('FileChunkStore', () => {
  it.each([
    ['as written', false],
    ['deflated', true],
  ])('should give back every field of what it stored, %s', (_, deflate) => {
    const store = new FileChunkStore(join(tempDir(), 'spool'), deflate);
    try {
      const refs = built.map((b) => store.put(b.chunks.packed, b.chunks.lengths));
      refs.forEach((ref, i) => expect(STORED_FIELDS.map((f) => store.get(ref, f))).toEqual(fieldsOf(built[i]!.chunks)));
      expect(statSync(store.path).size < built.reduce((n, b) => n + b.chunks.packed.length, 0) / 4).toBe(deflate);
    } finally {
      store.dispose();
    }
  });
});
