// The commit's rewrite helper thread (src/cli/commit-rewrite.ts): what it rewrites equals the merge's
// own rewrite of the same articles, a helper that is gone or finds no idle core leaves every job to
// the caller, and a folder committed with it (as the CLI's commit thread does) equals one committed without.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticleChunks, CorpusMerger, packChunks, unpackField, type PackedChunks } from '../../src/corpus/index.js';
import { foldPending } from '../../src/corpus/generation.js';
import { touches } from '../../src/corpus/identity-rewrite.js';
import { rewritePacked } from '../../src/corpus/merge.js';
import { articleHash } from '../../src/corpus/parts.js';
import type { RewriteJob } from '../../src/corpus/rewrite-share.js';
import { FileChunkStore } from '../../src/corpus/spool-store.js';
import { startRewriteHelper } from '../../src/cli/commit-rewrite.js';
import { sampleArticles, stagedFolder, TODAY } from '../corpus/_fixture.js';

type Built = { chunks: PackedChunks; hash: string };
let built: Built[];
let dir: string;
beforeAll(() => {
  built = sampleArticles(8).map((a) => ({ chunks: packChunks(buildArticleChunks(a, { today: TODAY })), hash: articleHash(a) }));
  dir = mkdtempSync(join(tmpdir(), 'ng-commit-rewrite-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The identity map of the sample, its touched articles as helper jobs (in a spool) and their rewrites here.
function touchedJobs(store: FileChunkStore): { map: CorpusMerger<unknown>['identityMap']; jobs: RewriteJob[]; expected: ReturnType<typeof rewritePacked>[] } {
  const spool = new FileChunkStore(join(dir, 'merge.spool'));
  const m = new CorpusMerger(spool);
  for (const b of built) m.add({ ...b.chunks, packed: b.chunks.packed.slice() });
  m.finish({});
  spool.dispose();
  const map = m.identityMap;
  const jobs: RewriteJob[] = [];
  const expected: ReturnType<typeof rewritePacked>[] = [];
  for (const { chunks: c } of built) {
    if (!touches(unpackField(c.packed, c.lengths, 'actors'), map)) continue;
    jobs.push({ iri: c.iri, id: c.id, at: store.locate(store.put(c.packed, c.lengths)) });
    expected.push(rewritePacked((f) => unpackField(c.packed, c.lengths, f), c, map));
  }
  return { map, jobs, expected };
}

describe('startRewriteHelper', () => {
  it('rewrites, on its thread, every job the caller does not claim, as the merge would', () => {
    const store = new FileChunkStore(join(dir, 'a.spool'));
    const { map, jobs, expected } = touchedJobs(store);
    expect(jobs.length).toBeGreaterThan(1);
    const helper = startRewriteHelper(undefined, 0);
    try {
      const end = helper.start(map, jobs).finish();
      expect(end.undelivered).toEqual([]);
      const got = end.results.sort((a, b) => a.index - b.index).map(({ index: _i, ...r }) => ({ ...r, packed: Buffer.from(r.packed) }));
      expect(got).toEqual(expected.map((r) => ({ ...r, packed: Buffer.from(r.packed) })));
      expect(helper.delivered).toBe(jobs.length);
    } finally {
      helper.close();
      store.dispose();
    }
  }, 60_000);

  it('leaves every job it did not deliver to the caller when its thread is gone', async () => {
    const store = new FileChunkStore(join(dir, 'b.spool'));
    const { map, jobs } = touchedJobs(store);
    const helper = startRewriteHelper(300, 0);
    helper.close();
    await new Promise((r) => setTimeout(r, 100));
    const share = helper.start(map, jobs);
    expect(share.claim()).toBe(0);
    expect(share.finish()).toEqual({ results: [], undelivered: jobs.map((_, i) => i).slice(1) });
    store.dispose();
  }, 60_000);

  it('takes no job when the machine had fewer idle cores than asked since it started', () => {
    const store = new FileChunkStore(join(dir, 'c.spool'));
    const { map, jobs } = touchedJobs(store);
    const helper = startRewriteHelper(300, Number.POSITIVE_INFINITY);
    const share = helper.start(map, jobs);
    const claimed: number[] = [];
    for (let i = share.claim(); i >= 0; i = share.claim()) claimed.push(i);
    expect(claimed).toEqual(jobs.map((_, i) => i));
    expect(share.finish()).toEqual({ results: [], undelivered: [] });
    expect(helper.skipped).toBe(true);
    store.dispose();
  }, 60_000);

  it('gives a commit the generation a commit without it writes', async () => {
    const [a, b] = [stagedFolder(join(dir, 'plain'), built), stagedFolder(join(dir, 'shared'), built)];
    let helper: ReturnType<typeof startRewriteHelper> | null = null;
    const ra = await foldPending(a.foldSpec(), null);
    const rb = await foldPending(b.foldSpec(), null, { rewriteHelper: () => (helper = startRewriteHelper(undefined, 0)) });
    expect(helper).not.toBeNull();
    expect({ ...rb, outputs: [] }).toEqual({ ...ra, outputs: [] });
    expect(b.outputPaths().map((p) => readFileSync(p, 'utf8'))).toEqual(a.outputPaths().map((p) => readFileSync(p, 'utf8')));
  }, 60_000);
});
