// Query layer: graph sources (Turtle, N-Triples, N-Quads, graphology JSON as text) → quads → one
// NewsGraph, merged by union of triples. Pure: the CLI reads the files and passes their text here.
// Minted IRIs depend only on canonical data (docs/ontology.md), so the union of articles is their merge.

import { DataFactory, Parser } from 'n3';
import type { Quad } from 'n3';
import { graphToQuads, parseGraph, toGraph, type NewsGraph } from '../5-graph/index.js';
import { GraphLoadError } from './errors.js';

/** How a graph source is written. `ntriples` is read as N-Quads (a subset of it). */
export type GraphFormat = 'turtle' | 'ntriples' | 'nquads' | 'json';

export const GRAPH_FORMATS: readonly GraphFormat[] = ['turtle', 'ntriples', 'nquads', 'json'];

/** One graph to load: its text, a name for messages (the file path), and its format when known. */
export type GraphSource = { name: string; text: string; format?: GraphFormat };

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

/**
 * Parses one source into quads. N-Quads keep their graph names (SPARQL's GRAPH sees them); the
 * graphology model ignores them.
 * @throws GraphLoadError naming the source, with the line when the parser gives it
 */
export function parseSource(source: GraphSource): Quad[] {
  const format = source.format ?? graphFormatOf(source.name, source.text);
  if (format === 'json') {
    let graph: NewsGraph;
    try {
      graph = parseGraph(source.text);
      // A graph from another tool may lack the attributes newsgraph writes: one line, not a TypeError.
      return graphToQuads(graph);
    } catch (e) {
      throw new GraphLoadError(`${source.name}: not a graphology JSON graph as "newsgraph build" writes it (${(e as Error).message.split('\n')[0]}); write one with "newsgraph build".`, source.name);
    }
  }
  try {
    return new Parser({ format: format === 'turtle' ? 'text/turtle' : 'application/n-quads' }).parse(source.text);
  } catch (e) {
    const line = (e as { context?: { line?: unknown } }).context?.line;
    const where = typeof line === 'number' ? line : null;
    const hint = format === 'turtle' ? 'a Turtle file' : 'an N-Quads file';
    throw new GraphLoadError(
      `${source.name}${where ? `:${where}` : ''}: cannot read it as ${hint}: ${(e as Error).message}`,
      source.name,
      where,
    );
  }
}

/**
 * The union of the quads of every source, each triple once (graph names are dropped: the graph
 * model is one graph). Keeps the first occurrence's order.
 */
export function loadQuads(sources: readonly GraphSource[]): Quad[] {
  const seen = new Set<string>();
  const out: Quad[] = [];
  for (const source of sources) {
    for (const q of parseSource(source)) {
      const key = `${termId(q.subject)} ${q.predicate.value} ${termId(q.object)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(q.graph.termType === 'DefaultGraph' ? q : DataFactory.quad(q.subject, q.predicate, q.object));
    }
  }
  return out;
}

/**
 * Loads one graph from one or many sources, merged by union of triples.
 * @example loadGraph([{ name: 'a.ttl', text: ttlA }, { name: 'b.json', text: jsonB }])
 */
export function loadGraph(sources: readonly GraphSource[]): NewsGraph {
  return toGraph(loadQuads(sources));
}

// A unique string for a term: enough to tell duplicate triples apart.
function termId(t: Quad['subject'] | Quad['object']): string {
  if (t.termType === 'Literal') return `"${t.value}"@${t.language}^^${t.datatype.value}`;
  return t.termType === 'BlankNode' ? `_:${t.value}` : `<${t.value}>`;
}
