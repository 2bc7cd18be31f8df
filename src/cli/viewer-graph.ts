// Reads a graph file for the viewer (`view`, `export`): a merged corpus JSON as `build --merge` writes
// it (one node or edge a line) is read line by line and only what toActorNetwork reads is kept
// (actors, articles, statements, roles and the links between them), so a corpus JSON larger than a
// JavaScript string (≈512 MB) opens, in memory for the actor network rather than the whole graph.

import { closeSync, openSync, readSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { NewsGraph } from '../5-graph/index.js';

/** The first line of a merged corpus JSON (corpus/merge.ts): graphology's export, one entry a line. */
const LINE_JSON_HEAD = '{"attributes":{},"edges":[';

/** Node kinds and edge relations the viewer's network is made of (see viewer-data/network.ts). */
const KEPT_KINDS: ReadonlySet<string> = new Set(['actor', 'article', 'statement', 'role']);
const KEPT_RELATIONS: ReadonlySet<string> = new Set(['speaker', 'about', 'place', 'reportedIn', 'nestedIn', 'role', 'affiliation', 'speaksFor']);

// Cheap tests on a line's text before JSON.parse: most lines (selectors, provenance, events) are not kept.
const KEPT_EDGE_LINE = new RegExp(`"relation":"(?:${[...KEPT_RELATIONS].join('|')})"`);
const KEPT_NODE_LINE = new RegExp(`"kind":"(?:${[...KEPT_KINDS].join('|')})"`);

type Entry = { key?: string; source?: string; target?: string; attributes?: Record<string, unknown> };

/** Calls `fn` with each line of a file (without its "\n"), reading it in chunks. */
export function eachFileLine(path: string, fn: (line: string) => void, chunkBytes = 1 << 22): void {
  const fd = openSync(path, 'r');
  try {
    let rest = Buffer.alloc(0);
    const chunk = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunkBytes, null);
      const buf = rest.length ? Buffer.concat([rest, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let at = 0;
      for (let nl = buf.indexOf(10, at); nl >= 0; nl = buf.indexOf(10, at)) {
        fn(buf.toString('utf8', at, nl));
        at = nl + 1;
      }
      rest = Buffer.from(buf.subarray(at));
      if (n === 0) break;
    }
    if (rest.length) fn(rest.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** True when the file starts as a merged corpus JSON (one entry a line). */
export function isLineJson(head: string): boolean {
  return head.startsWith(`${LINE_JSON_HEAD}\n`) || head.startsWith(`${LINE_JSON_HEAD}]`);
}

/**
 * The part of a merged corpus JSON the viewer reads, as a graph: actor, article, statement and role
 * nodes, and the speaker/about/place/reportedIn/nestedIn/role/affiliation/speaksFor edges between
 * them. Edges come before nodes in the file, so the kept ones wait (as three strings) for their nodes.
 * @throws SyntaxError naming the line when a line is not JSON
 */
export function readViewerGraph(path: string): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph({ type: 'directed', multi: true, allowSelfLoops: true });
  const edges: string[] = [];
  // One string per IRI and per predicate: JSON.parse makes a new one at every occurrence.
  const strings = new Map<string, string>();
  const intern = (x: string): string => strings.get(x) ?? (strings.set(x, x), x);
  let section: 'head' | 'edges' | 'nodes' | 'end' = 'head';
  let lineNo = 0;
  eachFileLine(path, (raw) => {
    lineNo++;
    if (section === 'head') return void (section = 'edges');
    if (raw.startsWith(']')) return void (section = section === 'edges' ? 'nodes' : 'end');
    if (section === 'end' || !raw) return;
    const line = raw.endsWith(',') ? raw.slice(0, -1) : raw;
    if (!(section === 'edges' ? KEPT_EDGE_LINE : KEPT_NODE_LINE).test(line)) return;
    let e: Entry;
    try {
      e = JSON.parse(line) as Entry;
    } catch (err) {
      throw new SyntaxError(`line ${lineNo}: ${(err as Error).message}`);
    }
    const a = e.attributes ?? {};
    if (section === 'edges' && KEPT_RELATIONS.has(String(a.relation))) edges.push(intern(e.source!), intern(e.target!), intern(String(a.relation)), intern(String(a.predicate)));
    else if (section === 'nodes' && KEPT_KINDS.has(String(a.kind)) && e.key) graph.addNode(intern(e.key), a as never);
  });
  for (let i = 0; i < edges.length; i += 4) {
    const [source, target, relation, predicate] = [edges[i]!, edges[i + 1]!, edges[i + 2]!, edges[i + 3]!];
    if (graph.hasNode(source) && graph.hasNode(target)) graph.addEdge(source, target, { relation, predicate } as never);
  }
  return graph;
}
