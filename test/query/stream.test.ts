// Issue 24 item 1: graph files read in pieces (src/query/stream.ts, graph-builder.ts,
// cli/graph-files.ts). Whatever the cut points, a source in pieces loads exactly as the whole text
// does; a graph file larger than V8's longest string loads (long set).

import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toNQuads, toQuads, toTurtle } from '../../src/4-rdf/index.js';
import { stringifyGraph, toGraph } from '../../src/5-graph/index.js';
import { FileChunks, fileSource } from '../../src/cli/graph-files.js';
import { GraphLoadError, loadGraph, loadQuads } from '../../src/query/index.js';
import { parseJsonGraphChunks, parseRdfChunks } from '../../src/query/stream.js';
import { SparqlStore } from '../../src/sparql/index.js';
import { itLong } from '../_long.js';
import { article1, article2 } from '../4-rdf/_fixture.js';

const quads = [...toQuads(article1()), ...toQuads(article2())];
const turtle = toTurtle(quads);
const nquads = toNQuads(toQuads(article1()), 'https://ex/g1') + toNQuads(toQuads(article2()), 'https://ex/g2');
const json = stringifyGraph(toGraph(quads));
// The merged corpus JSON's shape: one entry a line, edges before nodes.
const lineJson = (() => {
  const data = JSON.parse(json) as { edges: unknown[]; nodes: unknown[]; options: unknown };
  return `{"attributes":{},"edges":[\n${data.edges.map((e) => JSON.stringify(e)).join(',\n')}\n],"nodes":[\n${data.nodes.map((n) => JSON.stringify(n)).join(',\n')}\n],"options":${JSON.stringify(data.options)}}\n`;
})();

function cut(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe('loadGraph over pieces', () => {
  const whole = stringifyGraph(loadGraph([{ name: 'g.ttl', text: turtle }]));
  it.each([
    ['Turtle', 'g.ttl', turtle],
    ['N-Quads (a named graph per article)', 'g.nq', nquads],
    ['indented graphology JSON', 'g.json', json],
    ['graphology JSON one entry a line, edges first', 'g.json', lineJson],
  ])('reads %s cut into pieces of any size as the whole text', (_what, name, text) => {
    expect(stringifyGraph(loadGraph([{ name, text }]))).toBe(whole);
    for (const size of [1, 7, 64, 4096]) expect(stringifyGraph(loadGraph([{ name, chunks: cut(text, size) }]))).toBe(whole);
  });

  it('sniffs the format of unnamed pieces from the first one', () => {
    expect(stringifyGraph(loadGraph([{ name: 'stdin', chunks: ['', '  ', ...cut(json, 5)] }]))).toBe(whole);
  });

  it('keeps one copy of a triple several sources or graphs state', () => {
    const sources = [{ name: 'a.nq', chunks: cut(nquads, 100) }, { name: 'b.ttl', text: turtle }];
    expect(stringifyGraph(loadGraph(sources))).toBe(whole);
    // The interning builder gives the graph toGraph makes of the de-duplicated quads.
    expect(stringifyGraph(toGraph(loadQuads(sources)))).toBe(whole);
  });

  it('reads a file through FileChunks, 1 MB at a time, multi-byte characters cut anywhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-stream-'));
    // "é" (2 bytes) runs over the 1 MB block boundary at every parity.
    const label = 'é'.repeat(700_000);
    writeFileSync(join(dir, 'g.nt'), `\ufeff<http://ex/a> <http://www.w3.org/2000/01/rdf-schema#label> "${label}" .\n`);
    const pieces = [...new FileChunks(join(dir, 'g.nt'))];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(`<http://ex/a> <http://www.w3.org/2000/01/rdf-schema#label> "${label}" .\n`);
    const graph = loadGraph([fileSource(join(dir, 'g.nt'))]);
    expect(graph.getNodeAttribute('http://ex/a', 'extra')?.[0]?.value).toBe(label);
  });
});

describe('parseRdfChunks', () => {
  it('names the source and line of a syntax error in a later piece', () => {
    const text = `${turtle}\n<http://ex/a> <http://ex/b> .\n`;
    const line = text.split('\n').length - 1;
    let error: unknown;
    try {
      parseRdfChunks(cut(text, 50), 'turtle', 'bad.ttl', () => undefined);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphLoadError);
    expect((error as GraphLoadError).line).toBe(line);
    expect((error as Error).message).toMatch(new RegExp(`^bad\\.ttl:${line}: cannot read it as a Turtle file`));
  });
});

describe('parseJsonGraphChunks', () => {
  it('reads entries whose strings hold braces, brackets, quotes and escapes', () => {
    const entry = { key: 'http://ex/a', attributes: { label: 'a "{quoted}" [x] \\ }', kind: 'other' } };
    const text = `{"edges":[],"nodes":[${JSON.stringify(entry)}],"options":{"type":"directed"}}`;
    const seen: unknown[] = [];
    parseJsonGraphChunks(cut(text, 3), 'g.json', (list, e) => seen.push([list, e]));
    expect(seen).toEqual([['nodes', entry]]);
  });

  it.each([
    ['[]', /not a JSON object/],
    ['{"nodes":[{"key":"http://ex/a"}', /ends inside/],
    ['{"edges":[]}', /"nodes" array/],
    ['{"nodes":[{"key": nope}]}', /^g\.json:1: not JSON/],
  ])('refuses %s with a GraphLoadError', (text, message) => {
    expect(() => parseJsonGraphChunks(cut(text, 4), 'g.json', () => undefined)).toThrow(message);
  });
});

describe('SparqlStore.load over pieces', () => {
  it('answers as over the whole text, for N-Quads and JSON', () => {
    const count = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
    const whole = new SparqlStore();
    whole.load({ name: 'g.ttl', text: turtle });
    const expected = whole.query(count);
    for (const [name, text] of [['g.nq', nquads], ['g.json', lineJson]] as const) {
      const store = new SparqlStore();
      store.load({ name, chunks: cut(text, 33) });
      expect(store.query(count)).toEqual(expected);
    }
  });
});

describe('a graph file larger than the longest string', () => {
  // V8 refuses strings over 2^29 - 24 characters (ERR_STRING_TOO_LONG): 540 MB of N-Triples.
  itLong('a 540 MB graph file')('loads into the typed graph and the SPARQL store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-big-'));
    const path = join(dir, 'big.nt');
    const fd = openSync(path, 'w');
    // Long literals on distinct subjects: the cost is reading the text, not building a big graph.
    const filler = 'x'.repeat(3_900);
    const lines = 140_000;
    for (let i = 0; i < lines; i += 1_000) {
      const block: string[] = [];
      for (let k = i; k < i + 1_000; k++) block.push(`<http://ex/s${k}> <http://ex/p> "${k} ${filler}" .\n`);
      writeSync(fd, block.join(''));
    }
    closeSync(fd);
    const graph = loadGraph([fileSource(path)]);
    expect(graph.order).toBe(lines);
    expect(graph.getNodeAttribute('http://ex/s7', 'extra')?.[0]?.value).toBe(`7 ${filler}`);
    const store = new SparqlStore();
    store.load(fileSource(path));
    expect(store.size).toBe(lines);
  }, 900_000);
});
