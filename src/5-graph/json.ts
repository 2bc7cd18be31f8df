// Stage 5 (graph): graph ⇄ JSON in graphology's own serialisation format (graph.export() /
// MultiDirectedGraph.from), which the sigma.js viewer loads. Nodes and edges are sorted by key
// and object keys alphabetically, so the same graph always gives the same bytes.

import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { GraphEdgeData, GraphNodeData } from './from-quads.js';
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from './model.js';
import { InvalidArgumentError } from '../errors.js';

/** graphology's serialised form of a newsgraph graph. */
export type SerializedNewsGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

// Edges read from toGraph always have keys; a keyless edge sorts by source/target.
const keyOf = (x: { key?: string; source?: string; target?: string }): string => x.key ?? `${x.source}|${x.target}`;
const byKey = (a: { key?: string }, b: { key?: string }): number => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);

// Recursively rebuilds plain objects with sorted keys; arrays keep their order (it carries meaning).
function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out as T;
  }
  return value;
}

/** graph.export() with nodes and edges sorted by key and every object's keys sorted. */
export function serializeGraph(graph: NewsGraph): SerializedNewsGraph {
  const data = graph.export();
  return sortKeys({ ...data, nodes: [...data.nodes].sort(byKey), edges: [...data.edges].sort(byKey) });
}

/**
 * One entry of serializeGraph's `nodes` or `edges` list, made from graphData's node or edge without a
 * graphology graph: graph.export() gives { key, attributes } and { key, source, target, attributes },
 * and sortKeys puts the keys in the same order.
 */
export function serializeEntry<T extends GraphNodeData | GraphEdgeData>(entry: T): T {
  return sortKeys(entry);
}

/** The graph as deterministic JSON text (2-space indent, trailing newline). */
export function stringifyGraph(graph: NewsGraph): string {
  return `${JSON.stringify(serializeGraph(graph), null, 2)}\n`;
}

/**
 * Loads a graph from JSON text or a serialised object (as written by stringifyGraph / graph.export()).
 * @throws SyntaxError when the text is not JSON; graphology's errors when the data is not a graph
 */
export function parseGraph(json: string | SerializedNewsGraph): NewsGraph {
  const data: SerializedNewsGraph = typeof json === 'string' ? (JSON.parse(json) as SerializedNewsGraph) : json;
  checkKeys(data);
  return MultiDirectedGraph.from<NodeAttributes, EdgeAttributes, GraphAttributes>(data, {
    type: 'directed',
    multi: true,
    allowSelfLoops: true,
  });
}

// Node keys are IRIs (or blank nodes) in every graph newsgraph writes; anything else ("__proto__",
// a key holding '> <y "z"') would break the RDF written from the graph, so it is refused here.
const NODE_KEY = /^(?:[A-Za-z][A-Za-z0-9+.-]*:[^\u0000-\u0020<>"{}|\\^`]*|_:[A-Za-z0-9_.-]+)$/;

/** True for a key newsgraph can write as an RDF term: an absolute IRI or a blank node label. */
export function isNodeKey(key: string): boolean {
  return NODE_KEY.test(key);
}

function checkKeys(data: SerializedNewsGraph): void {
  if (!data || typeof data !== 'object' || !Array.isArray(data.nodes)) throw new InvalidArgumentError('parseGraph: expected graphology JSON with a "nodes" array.');
  for (const [i, n] of data.nodes.entries()) {
    const key = (n as { key?: unknown })?.key;
    if (typeof key !== 'string' || !NODE_KEY.test(key)) {
      throw new InvalidArgumentError(`parseGraph: node ${i + 1} has the key ${JSON.stringify(String(key)).slice(0, 80)}, not an IRI; newsgraph graphs key their nodes by IRI.`);
    }
  }
}

