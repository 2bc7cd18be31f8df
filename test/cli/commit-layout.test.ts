// The commit's layout helper thread (src/cli/commit-layout.ts): the placement it computes equals the
// merge's own; a helper that is gone, or has not begun when the merge needs the placement, leaves the
// layout to the merge at once (same bytes); a folder committed with it (as the CLI's commit thread
// does) equals one committed without.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticleChunks, CorpusMerger, MemoryChunkStore, packChunks, type PackedChunks } from '../../src/corpus/index.js';
import { foldPending } from '../../src/corpus/generation.js';
import type { LayoutHelper } from '../../src/corpus/layout-share.js';
import { placeLinks } from '../../src/corpus/merge-outputs.js';
import { articleHash } from '../../src/corpus/parts.js';
import type { LinkData } from '../../src/viewer-data/prepare.js';
import { startLayoutHelper, type LayoutThread } from '../../src/cli/commit-layout.js';
import { JobState } from '../../src/corpus/layout-share.js';
import { sampleArticles, stagedFolder, TODAY } from '../corpus/_fixture.js';

type Built = { chunks: PackedChunks; hash: string };
let built: Built[];
let dir: string;
beforeAll(() => {
  built = sampleArticles(8).map((a) => ({ chunks: packChunks(buildArticleChunks(a, { today: TODAY })), hash: articleHash(a) }));
  dir = mkdtempSync(join(tmpdir(), 'ng-commit-layout-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The four outputs of a merge of the sample (in memory), with an optional layout helper.
function merged(layoutHelper?: LayoutHelper): Record<'turtle' | 'nquads' | 'json' | 'gexf', string> {
  const out = { turtle: '', nquads: '', json: '', gexf: '' };
  const m = new CorpusMerger(new MemoryChunkStore(), layoutHelper ? { layoutHelper } : {});
  for (const b of built) m.add({ ...b.chunks, packed: b.chunks.packed.slice() });
  m.finish({ turtle: (t) => (out.turtle += t), nquads: (t) => (out.nquads += t), json: (t) => (out.json += t), gexf: (t) => (out.gexf += t) });
  return out;
}

// The network the merge hands a layout helper (a helper that gives no placement, so the merge lays it out).
function networkOfSample(): LinkData {
  let data: LinkData | null = null;
  merged({ start: (d) => ((data = d), () => null) });
  return data!;
}

// The helper, as a merge sees it, except that start() returns only once the thread has begun the job
// (so that the placement comes from the thread however fast the merge is).
function begun(helper: LayoutThread): LayoutHelper {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  return {
    start: (data) => {
      const wait = helper.start(data);
      const until = Date.now() + 30_000;
      while (helper.state() === JobState.Free && Date.now() < until) Atomics.wait(pause, 0, 0, 1);
      return wait;
    },
  };
}

describe('startLayoutHelper', () => {
  it('lays out, on its thread, the placement the merge computes itself', async () => {
    const data = networkOfSample();
    expect(data.actors.length).toBeGreaterThan(5);
    expect(data.links.length).toBeGreaterThan(0);
    const helper = startLayoutHelper();
    try {
      await helper.ready;
      const placement = begun(helper).start(data)();
      expect(helper.delivered).toBe(true);
      expect(placement).toEqual(placeLinks(data));
      expect([...placement!.values()].some((p) => p.x !== undefined)).toBe(true);
    } finally {
      helper.close();
    }
  }, 60_000);

  it('gives null at once, leaving the layout to the merge, when its thread is gone', async () => {
    const data = networkOfSample();
    const helper = startLayoutHelper();
    helper.close();
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    expect(helper.start(data)()).toBeNull();
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(helper.delivered).toBe(false);
  }, 60_000);

  it('never waits for a thread that has not begun the layout when the merge needs it (still starting)', () => {
    const plain = merged();
    const helper = startLayoutHelper();
    try {
      // (queue33's helper waited here for the thread to start and lay out: delivered was true.)
      expect(merged(helper)).toEqual(plain);
      expect(helper.delivered).toBe(false);
    } finally {
      helper.close();
    }
  }, 60_000);

  it('gives a merge the bytes a merge without it writes, placement from the thread or not', async () => {
    const plain = merged();
    const helper = startLayoutHelper();
    try {
      await helper.ready;
      expect(merged(begun(helper))).toEqual(plain);
      expect(helper.delivered).toBe(true);
    } finally {
      helper.close();
    }
    expect(merged({ start: () => () => null })).toEqual(plain);
  }, 60_000);

  it('gives a commit the generation a commit without it writes', async () => {
    const [a, b] = [stagedFolder(join(dir, 'plain'), built), stagedFolder(join(dir, 'laid-out'), built)];
    const helper = startLayoutHelper();
    await helper.ready;
    const ra = await foldPending(a.foldSpec(), null);
    const rb = await foldPending(b.foldSpec(), null, { layoutHelper: () => ({ ...begun(helper), close: () => helper.close() }) });
    expect(helper.delivered).toBe(true);
    expect({ ...rb, outputs: [] }).toEqual({ ...ra, outputs: [] });
    expect(b.outputPaths().map((p) => readFileSync(p, 'utf8'))).toEqual(a.outputPaths().map((p) => readFileSync(p, 'utf8')));
  }, 60_000);
});
