// Query layer: graph sources (Turtle, N-Triples, N-Quads, graphology JSON as text or in pieces) →
// quads → one NewsGraph, merged by union of triples. Pure: the CLI reads the files and passes their
// text, or an iterable of its pieces, here.
// Minted IRIs depend only on canonical data (docs/ontology.md), so the union of articles is their merge.

import { MultiDirectedGraph } from 'graphology';
import { DataFactory } from '../4-rdf/n3.js';
import type { Quad } from 'n3';
import { graphToQuads, isNodeKey, type EdgeAttributes, type GraphAttributes, type NewsGraph, type NodeAttributes } from '../5-graph/index.js';
import { GraphLoadError } from './errors.js';
import { GraphBuilder } from './graph-builder.js';
import { parseJsonGraphChunks, parseRdfChunks } from './stream.js';

/** How a graph source is written. `ntriples` is read as N-Quads (a subset of it). */
export type GraphFormat = 'turtle' | 'ntriples' | 'nquads' | 'json';

export const GRAPH_FORMATS: readonly GraphFormat[] = ['turtle', 'ntriples', 'nquads', 'json'];

/**
 * One graph to load: a name for messages (the file path), its format when known, and its text, whole
 * or in pieces (`chunks`, e.g. a file read a megabyte at a time, so that its size is not bounded by
 * the longest string V8 allows). `chunks` is iterated once per load.
 */
export type GraphSource = { name: string; format?: GraphFormat } & ({ text: string; chunks?: never } | { chunks: Iterable<string>; text?: never });

const FORMAT_OF_EXTENSION: Readonly<Record<string, GraphFormat>> = {
  ttl: 'turtle',
  turtle: 'turtle',
  nt: 'ntriples',
  nq: 'nquads',
  nquads: 'nquads',
  json: 'json',
};

/**
 * The format of a source: from its file extension (.ttl, .nt, .nq, .json), else sniffed from the
 * text (JSON starts with "{"), else Turtle, which also reads N-Triples.
 */
export function graphFormatOf(name: string, text = ''): GraphFormat {
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  const known = ext ? FORMAT_OF_EXTENSION[ext] : undefined;
  if (known) return known;
  return /^\s*\{/.test(text) ? 'json' : 'turtle';
}

/** The source's text as pieces, and its format (sniffed from the first piece when neither given nor named). */
export function sourceChunks(source: GraphSource): { format: GraphFormat; chunks: Iterable<string> } {
  if (source.text !== undefined) return { format: source.format ?? graphFormatOf(source.name, source.text), chunks: [source.text] };
  if (source.format) return { format: source.format, chunks: source.chunks };
  const it = source.chunks[Symbol.iterator]();
  let first = it.next();
  while (!first.done && !first.value.trim()) first = it.next();
  const head = first.done ? '' : first.value;
  const rest: Iterable<string> = { [Symbol.iterator]: () => it };
  return { format: graphFormatOf(source.name, head), chunks: (function* () {
    if (head) yield head;
    yield* rest;
  })() };
}

/**
 * Reads one source and calls `onQuad` for each quad as it is parsed. N-Quads keep their graph names;
 * a JSON source is read entry by entry into a graph of its own, then written as quads.
 * @throws GraphLoadError naming the source, with the line when the parser gives it
 */
export function eachSourceQuad(source: GraphSource, onQuad: (q: Quad) => void): void {
  const { format, chunks } = sourceChunks(source);
  if (format !== 'json') return parseRdfChunks(chunks, format, source.name, onQuad);
  let graph: NewsGraph;
  try {
    graph = readJsonGraph(chunks, source.name);
    // A graph from another tool may lack the attributes newsgraph writes: one line, not a TypeError.
    for (const q of graphToQuads(graph)) onQuad(q);
  } catch (e) {
    if (e instanceof GraphLoadError) throw e;
    throw new GraphLoadError(`${source.name}: not a graphology JSON graph as "newsgraph build" writes it (${(e as Error).message.split('\n')[0]}); write one with "newsgraph build".`, source.name);
  }
}

/**
 * Parses one source into quads (see eachSourceQuad).
 * @throws GraphLoadError naming the source, with the line when the parser gives it
 */
export function parseSource(source: GraphSource): Quad[] {
  const out: Quad[] = [];
  eachSourceQuad(source, (q) => out.push(q));
  return out;
}

/**
 * The union of the quads of every source, each triple once (graph names are dropped: the graph
 * model is one graph). Keeps the first occurrence's order.
 */
export function loadQuads(sources: readonly GraphSource[]): Quad[] {
  const seen = new Set<string>();
  const out: Quad[] = [];
  for (const source of sources) {
    eachSourceQuad(source, (q) => {
      const key = `${termId(q.subject)} ${q.predicate.value} ${termId(q.object)}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(q.graph.termType === 'DefaultGraph' ? q : DataFactory.quad(q.subject, q.predicate, q.object));
    });
  }
  return out;
}

/**
 * Loads one graph from one or many sources, merged by union of triples. Sources are parsed as
 * streams into interned terms (GraphBuilder), so memory holds the graph, not the files' text.
 * @example loadGraph([{ name: 'a.ttl', text: ttlA }, { name: 'b.json', text: jsonB }])
 */
export function loadGraph(sources: readonly GraphSource[]): NewsGraph {
  const builder = new GraphBuilder();
  for (const source of sources) eachSourceQuad(source, (q) => builder.add(q));
  return builder.finish();
}

/**
 * A graphology JSON export read entry by entry (parseJsonGraphChunks) into a graph, with the checks
 * of parseGraph: node keys are IRIs, every edge's ends are listed nodes.
 * @throws GraphLoadError when an entry is malformed; graphology's errors for a graph it refuses
 */
export function readJsonGraph(chunks: Iterable<string>, name: string): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  // Edges wait until every node is in (the merged JSON lists edges first), so nodes and edges are
  // added in the order graphology's import() adds them.
  const edges: Array<{ key?: unknown; source?: unknown; target?: unknown; attributes?: unknown }> = [];
  let nodeCount = 0;
  parseJsonGraphChunks(chunks, name, (list, entry) => {
    const e = entry as { key?: unknown; source?: unknown; target?: unknown; attributes?: unknown };
    if (list === 'edges') {
      edges.push(e);
      return;
    }
    nodeCount++;
    const key = e?.key;
    if (typeof key !== 'string' || !isNodeKey(key)) {
      throw new GraphLoadError(`${name}: node ${nodeCount} has the key ${JSON.stringify(String(key)).slice(0, 80)}, not an IRI; newsgraph graphs key their nodes by IRI.`, name);
    }
    graph.addNode(key, (e.attributes ?? {}) as NodeAttributes);
  });
  for (const e of edges) {
    const { source, target } = e;
    if (typeof source !== 'string' || typeof target !== 'string') throw new GraphLoadError(`${name}: an edge without a source and a target.`, name);
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) throw new GraphLoadError(`${name}: an edge names the node "${end.slice(0, 80)}", which the "nodes" list lacks.`, name);
    }
    const attributes = (e.attributes ?? {}) as EdgeAttributes;
    if (typeof e.key === 'string') graph.addEdgeWithKey(e.key, source, target, attributes);
    else graph.addEdge(source, target, attributes);
  }
  return graph;
}

// A unique string for a term: enough to tell duplicate triples apart.
function termId(t: Quad['subject'] | Quad['object']): string {
  if (t.termType === 'Literal') return `"${t.value}"@${t.language}^^${t.datatype.value}`;
  return t.termType === 'BlankNode' ? `_:${t.value}` : `<${t.value}>`;
}
