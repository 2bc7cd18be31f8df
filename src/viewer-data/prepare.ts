// Export-time preparation of an actor network (`newsgraph view`/`export`): Louvain communities on
// every actor, and for large networks a ForceAtlas2 layout run once with the positions stored in the
// JSON, so the page opens settled. The page calls only addCommunities (cheap) for raw graph files.

import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { InvalidArgumentError } from '../errors.js';
import type { ActorNetwork } from './network.js';
import { networkCore, placePeriphery, PLACEMENT_CORE_MAX, type ActorPlacement, type LinkData } from './core.js';

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

export type { ActorPlacement, LinkData } from './core.js';

/**
 * The speaker–about links as an undirected weighted graph (weights = statement counts), nodes and
 * links added in id order whatever order they came in, so Louvain and ForceAtlas2 see one graph.
 */
function linkGraph(data: LinkData): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const id of [...data.actors].sort(cmp)) g.addNode(id);
  const links = [...data.links].sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
  for (const e of links) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target) || e.source === e.target) continue;
    const w = g.hasEdge(e.source, e.target) ? (g.getEdgeAttribute(e.source, e.target, 'weight') as number) : 0;
    g.mergeEdge(e.source, e.target, { weight: w + e.count });
  }
  return g;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Louvain over the links; actors with no link each get their own community. Renumbered by size,
// largest first, so colours and the legend do not depend on Louvain's ids.
function communities(g: UndirectedGraph, seed: number): Map<string, number> {
  const parts = g.size ? louvain(g, { getEdgeWeight: 'weight', rng: mulberry32(seed) }) : {};
  const sizes = new Map<number, number>();
  for (const c of Object.values(parts)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const renumber = new Map(order.map((c, i) => [c, i]));
  let next = order.length;
  const out = new Map<string, number>();
  g.forEachNode((id) => {
    const c = parts[id];
    out.set(id, c !== undefined && g.degree(id) > 0 ? renumber.get(c)! : next++);
  });
  return out;
}

// ForceAtlas2 over the linked actors, from a start where each community sits on its own spot (it
// converges in fewer iterations); actors without a link (≈45% of a news corpus) take no part (they
// would only feel gravity, and cost Barnes-Hut time) and sit on a spiral around the laid-out ones,
// in id order. Positions rounded to 0.01 so the JSON carries no float noise.
function layout(g: UndirectedGraph, community: Map<string, number>, seed: number): Map<string, { x: number; y: number }> {
  const r = mulberry32(seed);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const radius = 10 * Math.sqrt(g.order);
  const isolated: string[] = [];
  g.forEachNode((id) => {
    if (g.degree(id) === 0) return void isolated.push(id);
    const c = community.get(id) ?? 0;
    const cr = radius * Math.sqrt((c % 2000) / 2000);
    g.mergeNodeAttributes(id, { x: cr * Math.cos(c * golden) + 20 * (r() - 0.5), y: cr * Math.sin(c * golden) + 20 * (r() - 0.5) });
  });
  for (const id of isolated) g.dropNode(id);
  const n = g.order;
  const iterations = n < 5_000 ? 300 : n < 20_000 ? 120 : 60;
  const settings = { ...forceAtlas2.inferSettings(g), strongGravityMode: true, gravity: 0.05, edgeWeightInfluence: 0.5, barnesHutOptimize: n > 400 };
  if (n > 1) forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
  const round = (x: number): number => Math.round(x * 100) / 100 || 0;
  const out = new Map<string, { x: number; y: number }>();
  let extent = 0;
  g.forEachNode((id, a) => {
    const p = { x: round(a.x as number), y: round(a.y as number) };
    extent = Math.max(extent, Math.hypot(p.x, p.y));
    out.set(id, p);
  });
  // The spiral: a ring of width ≈ the laid-out disc's radius / 2 outside it, evenly filled.
  isolated.forEach((id, i) => {
    const d = (extent || 10) * (1.1 + 0.5 * Math.sqrt((i + 0.5) / isolated.length));
    out.set(id, { x: round(d * Math.cos(i * golden)), y: round(d * Math.sin(i * golden)) });
  });
  return out;
}

/**
 * Communities of every actor and, with `layout: true`, ForceAtlas2 positions: the one computation
 * behind both `build --merge` (stored on the actors of the merged JSON) and `view`/`export`. The
 * result depends only on the set of actors and links (and the seed), never on their order. Above
 * `coreMax` linked actors (default PLACEMENT_CORE_MAX) only the most linked are laid out, and the
 * others are placed beside them (core.ts), so memory and time stay bounded on any corpus.
 */
export function placeActors(data: LinkData, options: { layout: boolean; seed?: number; coreMax?: number }): Map<string, ActorPlacement> {
  const seed = options.seed ?? 1;
  const core = networkCore(data, options.coreMax ?? PLACEMENT_CORE_MAX);
  const g = linkGraph(core ?? data);
  const community = communities(g, seed);
  const positions = options.layout ? layout(g, community, seed) : null;
  const out = new Map<string, ActorPlacement>();
  for (const [id, c] of community) out.set(id, { community: c, ...positions?.get(id) });
  if (core) placePeriphery(data, out, options.layout);
  return out;
}

const linkData = (net: ActorNetwork): LinkData => ({ actors: net.actors.map((a) => a.id), links: net.edges });

/**
 * Sets `community` on every actor (Louvain over the statement links; actors with no link each get
 * their own). Deterministic for a given seed. Mutates and returns `net`.
 */
export function addCommunities(net: ActorNetwork, seed = 1): ActorNetwork {
  const placed = placeActors(linkData(net), { layout: false, seed });
  for (const a of net.actors) a.community = placed.get(a.id)!.community;
  return net;
}

/** Communities and ForceAtlas2 positions on every actor, `laidOut` set. Mutates and returns `net`. */
export function addLayout(net: ActorNetwork, seed = 1): ActorNetwork {
  const placed = placeActors(linkData(net), { layout: true, seed });
  for (const a of net.actors) Object.assign(a, placed.get(a.id));
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
  // A merged corpus graph carries its placement from `build` (every actor with x, y, community).
  if (net.laidOut && layout !== 'never' && net.actors.every((a) => a.community !== undefined)) return net;
  if (layout === 'always' || (layout === 'auto' && net.actors.length >= PRECOMPUTE_LAYOUT_MIN)) return addLayout(net, seed);
  return addCommunities(net, seed);
}
