// The actor network foretold before corpus identity's rewrite (src/corpus/network-forecast.ts): IRIs
// mapped as rewriteChunks maps them, equality in any order, and a merge with a layout helper handing
// it that forecast before any article is rewritten — the network it then lays out, so no second job.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticleChunks, CorpusMerger, MemoryChunkStore, packChunks, type PackedChunks } from '../../src/corpus/index.js';
import type { IdentityMap } from '../../src/corpus/identity.js';
import { forecastNetwork, sameNetwork } from '../../src/corpus/network-forecast.js';
import type { LinkData } from '../../src/viewer-data/prepare.js';
import { sampleArticles, TODAY } from './_fixture.js';

const ID = 'https://w3id.org/newsgraph/id/person/';
const map: IdentityMap = new Map([[`${ID}ann-lee`, { iri: `${ID}ann`, type: 'Person', label: 'Ann', reason: 'label' }]]);
const article = (touched: boolean, links: string[]): { id: string; actors: string; links: string; touched: boolean } => ({
  id: touched ? 'a1' : 'a2',
  actors: `${ID}ann-lee\n${ID}bob\n`,
  links: links.map((l) => `${l}\n`).join(''),
  touched,
});

describe('forecastNetwork', () => {
  it("maps a touched article's actors and links through the identity map, dropping the links it folds onto one actor", () => {
    const data = forecastNetwork([article(true, [`${ID}ann-lee\t${ID}bob\tclaim`, `${ID}ann-lee\t${ID}ann\tclaim`])], map);
    expect([...data.actors].sort()).toEqual([`${ID}ann`, `${ID}bob`]);
    expect(data.links).toEqual([{ source: `${ID}ann`, target: `${ID}bob`, count: 1 }]);
  });

  it('leaves an untouched article as it is, and sums links over articles and kinds', () => {
    const data = forecastNetwork(
      [article(false, [`${ID}ann-lee\t${ID}bob\tclaim`, `${ID}ann-lee\t${ID}bob\tdenial`]), article(true, [`${ID}ann-lee\t${ID}bob`])],
      map,
    );
    expect([...data.actors].sort()).toEqual([`${ID}ann`, `${ID}ann-lee`, `${ID}bob`]);
    expect(data.links).toEqual([
      { source: `${ID}ann-lee`, target: `${ID}bob`, count: 2 },
      { source: `${ID}ann`, target: `${ID}bob`, count: 1 },
    ]);
  });
});

describe('sameNetwork', () => {
  const a: LinkData = { actors: ['x', 'y', 'z'], links: [{ source: 'x', target: 'y', count: 2 }, { source: 'y', target: 'z', count: 1 }] };
  it('holds for the same actors and links in another order', () => {
    expect(sameNetwork(a, { actors: ['z', 'x', 'y'], links: [...a.links].reverse() })).toBe(true);
  });
  it('fails on another count, another actor, or a link given twice', () => {
    expect(sameNetwork(a, { actors: a.actors, links: [a.links[0]!, { ...a.links[1]!, count: 2 }] })).toBe(false);
    expect(sameNetwork(a, { actors: ['x', 'y', 'w'], links: a.links })).toBe(false);
    expect(sameNetwork(a, { actors: a.actors, links: [a.links[0]!, a.links[0]!] })).toBe(false);
  });
});

describe('CorpusMerger with a layout helper', () => {
  let built: PackedChunks[];
  beforeAll(() => {
    built = sampleArticles(8).map((a) => packChunks(buildArticleChunks(a, { today: TODAY })));
  }, 120_000);

  it('hands the helper the network before it rewrites any article, and lays out that one', () => {
    // (The rewritten articles go to this store: how many were there when the helper got its job.)
    const rewrites = new MemoryChunkStore();
    const put = rewrites.put.bind(rewrites);
    let stored = 0;
    rewrites.put = (packed, lengths) => (stored++, put(packed, lengths));
    const jobs: Array<{ data: LinkData; storedBefore: number }> = [];
    const m = new CorpusMerger(new MemoryChunkStore(), { rewriteStore: rewrites, layoutHelper: { start: (data) => (jobs.push({ data, storedBefore: stored }), () => null) } });
    for (const c of built) m.add({ ...c, packed: c.packed.slice() });
    m.finish({ json: () => {} });
    expect(stored).toBeGreaterThan(0); // (the sample has articles that corpus identity rewrites)
    expect(jobs.map((j) => j.storedBefore)).toEqual([0]);
    expect(jobs[0]!.data.links.length).toBeGreaterThan(0);
  }, 60_000);
});
