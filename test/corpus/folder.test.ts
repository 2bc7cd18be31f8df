// Tests for the incremental corpus folder (src/corpus/folder.ts, parts.ts): adding, changing and
// removing articles in any order gives the bytes of a from-scratch merge; option and version
// mismatches are refused; a crash before or after the switch leaves a usable corpus.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildArticleChunks, CorpusMerger, MemoryChunkStore, packChunks, type CorpusArticle, type PackedChunks } from '../../src/corpus/index.js';
import { CorpusFolder, CorpusFolderError, currentGeneration, readManifest } from '../../src/corpus/folder.js';
import { foldPending } from '../../src/corpus/generation.js';
import { articleHash } from '../../src/corpus/parts.js';
import { sampleArticles, TODAY } from './_fixture.js';

type Built = { article: CorpusArticle; chunks: PackedChunks; hash: string };
const EXT = ['ttl', 'nq', 'json', 'gexf'] as const;

function build(article: CorpusArticle): Built {
  return { article, chunks: packChunks(buildArticleChunks(article, { today: TODAY })), hash: articleHash(article) };
}

// A from-scratch merge, as `build --merge` writes it.
function scratch(items: readonly Built[]): Record<(typeof EXT)[number], string> {
  const m = new CorpusMerger(new MemoryChunkStore());
  for (const b of items) m.add({ ...b.chunks, packed: b.chunks.packed.slice() });
  const out = { ttl: '', nq: '', json: '', gexf: '' };
  m.finish({ turtle: (t) => (out.ttl += t), nquads: (t) => (out.nq += t), json: (t) => (out.json += t), gexf: (t) => (out.gexf += t) });
  return out;
}

function outputs(folder: CorpusFolder): Record<(typeof EXT)[number], string> {
  const [ttl, nq, json, gexf] = folder.outputPaths().map((p) => readFileSync(p, 'utf8')) as [string, string, string, string];
  return { ttl, nq, json, gexf };
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'ng-folder-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const open = (dir: string, extra: Partial<Parameters<typeof CorpusFolder.open>[0]> = {}) => CorpusFolder.open({ dir, today: TODAY, version: '9.9.9', ...extra });

async function add(dir: string, items: readonly Built[], extra: Partial<Parameters<typeof CorpusFolder.open>[0]> = {}) {
  const f = open(dir, extra);
  for (const b of items) if (!f.has(b.article.id, b.hash)) f.stageArticle({ ...b.chunks, packed: b.chunks.packed.slice() }, b.hash);
  return { folder: f, result: await f.commit() };
}

let built: Built[];
let changed: Built;

beforeAll(() => {
  const articles = sampleArticles(5);
  built = articles.map(build);
  const first = articles[0]!;
  changed = build({ ...first, text: `${first.text}\n\n"We will look again at the plan," said Mara Velden, a spokeswoman for the council.` });
}, 60_000);

describe('CorpusFolder', () => {
  it.each([
    ['in two batches', [[0, 1, 2], [3, 4]]],
    ['in reverse order, one at a time', [[4], [3], [2], [1], [0]]],
    ['with an article given again unchanged', [[2, 0], [0, 1, 3, 4]]],
  ])('should equal a from-scratch merge byte for byte when articles are added %s', async (_, batches) => {
    const dir = tempDir();
    let last: CorpusFolder | null = null;
    for (const batch of batches) last = (await add(dir, batch.map((i) => built[i]!))).folder;
    expect(outputs(last!)).toEqual(scratch(built));
    expect(Object.keys(readManifest(dir)!.articles)).toHaveLength(5);
  });

  it('should replace the graph of an article whose text changed, like a from-scratch build of the new text', async () => {
    const dir = tempDir();
    await add(dir, built);
    const { folder, result } = await add(dir, [changed, ...built.slice(1)]);
    expect(result).toMatchObject({ added: 0, changed: 1, removed: 0, unchanged: 4 });
    expect(outputs(folder)).toEqual(scratch([changed, ...built.slice(1)]));
    // the part of the old text is gone, the new one is there
    expect(readdirSync(join(dir, 'parts'))).toHaveLength(5);
  });

  it('should take an article out with a removal, like a from-scratch build without it', async () => {
    const dir = tempDir();
    await add(dir, built);
    const f = open(dir);
    f.stageRemoval(built[2]!.article.id);
    const r = await f.commit();
    expect(r).toMatchObject({ removed: 1, unchanged: 4 });
    expect(outputs(f)).toEqual(scratch(built.filter((_, i) => i !== 2)));
  });

  it('should hold exactly the new articles with replace', async () => {
    const dir = tempDir();
    await add(dir, built);
    const { folder, result } = await add(dir, built.slice(3), { replace: true });
    expect(result).toMatchObject({ removed: 3, unchanged: 2 });
    expect(outputs(folder)).toEqual(scratch(built.slice(3)));
  });

  it.each([
    ['another newsgraph version', { version: '1.0.0' }, /built by newsgraph 9\.9\.9.*--replace/],
    ['another --today', { today: '2020-05-05' }, /--today 2024-01-01.*--replace/],
    ['another graph name', { name: 'other' }, /holds the graph "corpus"/],
  ])('should refuse to add to a corpus built with %s unless replace is given', async (_, extra, message) => {
    const dir = tempDir();
    await add(dir, built.slice(0, 1));
    expect(() => open(dir, extra)).toThrow(CorpusFolderError);
    expect(() => open(dir, extra)).toThrow(message);
    expect(() => open(dir, { ...extra, replace: true })).not.toThrow();
  });

  it('should leave the previous generation intact when a commit fails before the switch', async () => {
    const dir = tempDir();
    const { folder } = await add(dir, built.slice(0, 3));
    const before = outputs(folder);
    const f = open(dir);
    f.stageArticle({ ...built[3]!.chunks, packed: built[3]!.chunks.packed.slice() }, built[3]!.hash);
    // the part is damaged on disk: reading it back fails mid-commit
    const parts = readdirSync(join(dir, 'parts'));
    const manifest = readManifest(dir)!;
    const fresh = parts.find((p) => !Object.values(manifest.articles).some((e) => e.part === p))!;
    writeFileSync(join(dir, 'parts', fresh), 'NGPART1\n{"broken"');
    await expect(f.commit()).rejects.toThrow();
    expect(currentGeneration(dir)).toBe('g-1');
    expect(outputs(folder)).toEqual(before);
    expect(existsSync(join(dir, 'lock'))).toBe(false);
  });

  it('should not apply a folded record twice when a crash left it behind after the switch', async () => {
    const dir = tempDir();
    await add(dir, built.slice(0, 2), { replace: true });
    // the generation-1 records are left as a crash between switch and clean-up would leave them
    const manifest = readManifest(dir)!;
    for (const n of manifest.consumed) writeFileSync(join(dir, 'pending', n), '{"op":"reset","at":0}');
    const { folder } = await add(dir, built.slice(2, 4));
    expect(outputs(folder)).toEqual(scratch(built.slice(0, 4)));
  });

  it('should not run a fold when another process committed every staged record while it waited', async () => {
    const dir = tempDir();
    const waiting = open(dir); // opened before the other's commit, as a second queue worker is
    const { result } = await add(dir, built.slice(0, 2));
    let folds = 0;
    const r = await waiting.commit({ fold: async () => (folds++, result) });
    expect(folds).toBe(0);
    expect(r).toEqual({ generation: 1, added: 0, changed: 0, removed: 0, unchanged: 2, summary: null, outputs: waiting.outputPaths() });
  });

  it('should write the same bytes whether the articles corpus identity rewrote are spooled plain or deflated', async () => {
    const commits = [];
    for (const deflateRewritesFrom of [undefined, 1]) {
      const folder = open(tempDir());
      for (const b of built) folder.stageArticle({ ...b.chunks, packed: b.chunks.packed.slice() }, b.hash);
      // (Five articles, one of them rewritten: plain by default, deflated from one article.)
      await foldPending({ ...folder.foldSpec(), ...(deflateRewritesFrom ? { deflateRewritesFrom } : {}) }, null);
      commits.push(outputs(folder));
    }
    expect(commits[1]).toEqual(commits[0]);
    expect(commits[0]).toEqual(scratch(built));
  });

  it('should refuse a name that is not a plain file name', () => {
    expect(() => open(tempDir(), { name: '../x' })).toThrow(/plain file name/);
  });
});
