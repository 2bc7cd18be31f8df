// The CLI's corpus-folder commit in a thread with a capped heap (src/cli/commit-thread.ts): it writes
// the same generation as a commit on the calling thread, a thread that runs out of heap is replaced by
// an uncapped commit here with a warning, and a fold's error comes back with its message.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildArticleChunks, packChunks, type PackedChunks } from '../../src/corpus/index.js';
import { CorpusFolder } from '../../src/corpus/folder.js';
import { articleHash } from '../../src/corpus/parts.js';
import { foldInThread } from '../../src/cli/commit-thread.js';
import { sampleArticles, TODAY } from '../corpus/_fixture.js';

type Built = { chunks: PackedChunks; hash: string };
let built: Built[];
beforeAll(() => {
  built = sampleArticles(3).map((a) => ({ chunks: packChunks(buildArticleChunks(a, { today: TODAY })), hash: articleHash(a) }));
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function staged(): CorpusFolder {
  const dir = mkdtempSync(join(tmpdir(), 'ng-commit-thread-'));
  dirs.push(dir);
  const folder = CorpusFolder.open({ dir, today: TODAY, version: '9.9.9' });
  for (const b of built) folder.stageArticle({ ...b.chunks, packed: b.chunks.packed.slice() }, b.hash);
  return folder;
}

const outputs = (folder: CorpusFolder): string[] => folder.outputPaths().map((p) => readFileSync(p, 'utf8'));

describe('foldInThread', () => {
  it('writes the generation a commit on the calling thread writes', async () => {
    const here = staged();
    const there = staged();
    const warnings: string[] = [];
    const a = await here.commit();
    const b = await there.commit({ fold: foldInThread((w) => warnings.push(w)) });
    expect(b).toEqual({ ...a, outputs: there.outputPaths() });
    expect(b.added).toBe(3);
    expect(outputs(there)).toEqual(outputs(here));
    expect(warnings).toEqual([]);
  }, 60_000);

  it('commits here, with a warning, when the thread runs out of its heap', async () => {
    const folder = staged();
    const warnings: string[] = [];
    const r = await folder.commit({ fold: foldInThread((w) => warnings.push(w), 1) });
    expect(r.generation).toBe(1);
    expect(r.summary?.articles).toBe(3);
    expect(warnings).toEqual([expect.stringContaining('more than 1 MB of heap')]);
  }, 60_000);

  it("rejects with the fold's error when a staged part is missing", async () => {
    const folder = staged();
    rmSync(join(folder.dir, 'parts'), { recursive: true });
    await expect(folder.commit({ fold: foldInThread(() => {}) })).rejects.toThrow(/ENOENT|no such file/);
  }, 60_000);
});
