// Corpus identity's rewrite shared with a helper (MergeOptions.rewriteHelper, rewrite-share.ts): the
// merge uses what the helper rewrote and rewrites itself what the helper took but never delivered;
// either way the outputs equal a merge without a helper. (The real helper thread: test/cli/commit-rewrite.test.ts.)

import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticleChunks, CorpusMerger, packChunks, type PackedChunks } from '../../src/corpus/index.js';
import { rewritePacked } from '../../src/corpus/merge.js';
import type { RewriteHelper, RewriteJob, RewriteShare, RewrittenJob } from '../../src/corpus/rewrite-share.js';
import { FileChunkStore, readField } from '../../src/corpus/spool-store.js';
import { sampleArticles, TODAY } from './_fixture.js';

let packed: PackedChunks[];
let dir: string;
beforeAll(() => {
  packed = sampleArticles(8).map((a) => packChunks(buildArticleChunks(a, { today: TODAY })));
  dir = mkdtempSync(join(tmpdir(), 'ng-rewrite-share-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let spools = 0;
// The four outputs of a merge whose chunks wait in a spool (a store that can locate them).
function merge(helper?: RewriteHelper): string[] {
  const store = new FileChunkStore(join(dir, `s${++spools}`));
  try {
    const m = new CorpusMerger(store, helper ? { rewriteHelper: helper } : {});
    for (const p of packed) m.add({ ...p, packed: p.packed.slice() });
    const out = ['', '', '', ''];
    m.finish({ turtle: (t) => (out[0] += t), nquads: (t) => (out[1] += t), json: (t) => (out[2] += t), gexf: (t) => (out[3] += t) });
    return out;
  } finally {
    store.dispose();
  }
}

// A helper on this thread: every other claim, it takes the next job itself; `deliver` false drops its results.
function inProcess(deliver: boolean): RewriteHelper & { took: number } {
  const helper = {
    took: 0,
    start(map: Parameters<RewriteHelper['start']>[0], jobs: RewriteJob[]): RewriteShare {
      let next = 0;
      const done: RewrittenJob[] = [];
      const mine = new Set<number>();
      const theirs = new Set<number>();
      const rewrite = (i: number): RewrittenJob => {
        const at = jobs[i]!.at;
        const fd = openSync(at.path, 'r');
        try {
          return { index: i, ...rewritePacked((f) => readField(fd, at.path, at.offset, at.lengths, f, at.stored, at.codec).toString('utf8'), jobs[i]!, map) };
        } finally {
          closeSync(fd);
        }
      };
      return {
        claim: () => {
          if (next < jobs.length && next % 2 === 1) {
            theirs.add(next);
            helper.took++;
            const r = rewrite(next++);
            if (deliver) done.push(r);
          }
          if (next >= jobs.length) return -1;
          mine.add(next);
          return next++;
        },
        take: () => done.splice(0),
        finish: () => ({ results: done.splice(0), undelivered: deliver ? [] : [...theirs] }),
      };
    },
  };
  return helper;
}

describe('CorpusMerger with a rewrite helper', () => {
  it.each([
    ['uses the rewrites the helper delivers', true],
    ['rewrites itself the articles the helper took but did not deliver', false],
  ])('%s, and writes what a merge without a helper writes', (_name, deliver) => {
    const helper = inProcess(deliver);
    expect(merge(helper)).toEqual(merge());
    expect(helper.took).toBeGreaterThan(0);
  });
});
