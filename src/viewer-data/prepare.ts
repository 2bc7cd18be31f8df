// Export-time preparation of an actor network (`newsgraph view`/`export`): Louvain communities on
// every actor, and for large networks a ForceAtlas2 layout run once with the positions stored in the
// JSON, so the page opens settled. The page calls only addCommunities (cheap) for raw graph files.

import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { InvalidArgumentError } from '../errors.js';
import type { ActorNetwork } from './network.js';

// CommonJS packages typed `export default fn`: the function under the page's bundler resolution,
// the module under NodeNext; this reads the function either way.
function cjsDefault<T>(m: T): T extends { default: infer D } ? D : T {
  return ((m as { default?: unknown }).default ?? m) as T extends { default: infer D } ? D : T;
}
const louvain = cjsDefault(louvainModule);
const forceAtlas2 = cjsDefault(forceAtlas2Module);

/** Above this many actors the layout is computed at export; below it the page lays out (with label room). */
export const PRECOMPUTE_LAYOUT_MIN = 1500;

/** Options of prepareNetwork. */
export type PrepareOptions = {
  /** 'auto' (default): lay out when there are at least PRECOMPUTE_LAYOUT_MIN actors. */
  layout?: 'auto' | 'always' | 'never';
  /** Louvain and start-position seed (same seed, same output). */
  seed?: number;
};

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The speaker–about links as an undirected weighted graph (weights = statement counts). */
function linkGraph(net: ActorNetwork): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const a of net.actors) g.addNode(a.id, { size: 1 + Math.sqrt(2 * a.said + a.mentioned) });
  for (const e of net.edges) {
    const w = g.hasEdge(e.source, e.target) ? (g.getEdgeAttribute(e.source, e.target, 'weight') as number) : 0;
    g.mergeEdge(e.source, e.target, { weight: w + e.count });
  }
  return g;
}

/**
 * Sets `community` on every actor (Louvain over the statement links; actors with no link each get
 * their own). Deterministic for a given seed. Mutates and returns `net`.
 */
export function addCommunities(net: ActorNetwork, seed = 1): ActorNetwork {
  const g = linkGraph(net);
  const parts = g.size ? louvain(g, { getEdgeWeight: 'weight', rng: mulberry32(seed) }) : {};
  // Renumber by size, largest first, so colours and the legend do not depend on Louvain's ids.
  const sizes = new Map<number, number>();
  for (const c of Object.values(parts)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const renumber = new Map(order.map((c, i) => [c, i]));
  let next = order.length;
  for (const a of net.actors) {
    const c = parts[a.id];
    a.community = c !== undefined && g.degree(a.id) > 0 ? renumber.get(c)! : next++;
  }
  return net;
}

/**
 * ForceAtlas2 over the statement links, from a start where each community sits on its own spot
 * (it converges in fewer iterations), written to the actors' x and y. Mutates and returns `net`.
 */
export function addLayout(net: ActorNetwork, seed = 1): ActorNetwork {
  const g = linkGraph(net);
  const r = mulberry32(seed);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const radius = 10 * Math.sqrt(net.actors.length);
  for (const a of net.actors) {
    const c = a.community ?? 0;
    const cr = radius * Math.sqrt((c % 2000) / 2000);
    g.mergeNodeAttributes(a.id, { x: cr * Math.cos(c * golden) + 20 * (r() - 0.5), y: cr * Math.sin(c * golden) + 20 * (r() - 0.5) });
  }
  const n = g.order;
  const iterations = n < 5_000 ? 300 : n < 20_000 ? 120 : 60;
  const settings = { ...forceAtlas2.inferSettings(g), strongGravityMode: true, gravity: 0.05, edgeWeightInfluence: 0.5, barnesHutOptimize: n > 400 };
  if (n > 1) forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
  const round = (x: number): number => Math.round(x * 100) / 100;
  for (const a of net.actors) {
    a.x = round(g.getNodeAttribute(a.id, 'x') as number);
    a.y = round(g.getNodeAttribute(a.id, 'y') as number);
  }
  net.laidOut = true;
  return net;
}

/**
 * Communities, and for a large network (or `layout: 'always'`) the layout, computed once so the
 * page does not. Mutates and returns `net`.
 * @throws InvalidArgumentError on an unknown `layout` value
 */
export function prepareNetwork(net: ActorNetwork, options: PrepareOptions = {}): ActorNetwork {
  const layout = options.layout ?? 'auto';
  if (!['auto', 'always', 'never'].includes(layout)) {
    throw new InvalidArgumentError(`prepareNetwork: options.layout is "${String(layout)}"; use 'auto', 'always' or 'never'.`);
  }
  const seed = options.seed ?? 1;
  addCommunities(net, seed);
  if (layout === 'always' || (layout === 'auto' && net.actors.length >= PRECOMPUTE_LAYOUT_MIN)) addLayout(net, seed);
  return net;
}
