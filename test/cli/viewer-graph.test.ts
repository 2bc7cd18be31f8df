// src/cli/viewer-graph.ts: a merged corpus JSON read line by line for the viewer gives the same actor
// network as the whole file parsed at once, whatever the chunk size cuts through; other JSON is not
// taken for it.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraph, stringifyGraph } from '../../src/5-graph/index.js';
import { buildArticleChunks, CorpusMerger, MemoryChunkStore } from '../../src/corpus/index.js';
import { eachFileLine, isLineJson, readViewerGraph } from '../../src/cli/viewer-graph.js';
import { toActorNetwork } from '../../src/viewer-data/index.js';
import { sampleArticles, TODAY } from '../corpus/_fixture.js';

let file: string;
let json = '';

beforeAll(() => {
  const m = new CorpusMerger(new MemoryChunkStore());
  for (const a of sampleArticles(3)) m.add(buildArticleChunks(a, { today: TODAY }));
  m.finish({ json: (t) => (json += t) });
  file = join(mkdtempSync(join(tmpdir(), 'viewer-graph-')), 'corpus.json');
  writeFileSync(file, json);
}, 60_000);

describe('readViewerGraph', () => {
  it('gives the network of the whole graph, placement included', () => {
    const streamed = toActorNetwork(readViewerGraph(file));
    expect(streamed).toEqual(toActorNetwork(parseGraph(json)));
    expect(streamed.laidOut).toBe(true);
    expect(streamed.statements.length).toBeGreaterThan(3);
  });

  it('keeps only the nodes the viewer reads', () => {
    const kinds = new Set<string>();
    readViewerGraph(file).forEachNode((_k, a) => kinds.add(a.kind));
    expect([...kinds].sort()).toEqual(['actor', 'article', 'role', 'statement']);
  });

  it.each([7, 64, 4096])('reads every line whole with %i-byte chunks', (chunk) => {
    const lines: string[] = [];
    eachFileLine(file, (l) => lines.push(l), chunk);
    expect(`${lines.join('\n')}\n`).toBe(json);
  });

  it('tells a merged corpus JSON from an indented graph export', () => {
    expect(isLineJson(json.slice(0, 64))).toBe(true);
    expect(isLineJson(stringifyGraph(parseGraph(json)).slice(0, 64))).toBe(false);
  });
});
