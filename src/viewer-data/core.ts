// Placement of a large actor network in bounded memory (used by placeActors, prepare.ts): only the
// most linked actors — the core — go through Louvain and ForceAtlas2; every other actor joins the
// community of its most linked neighbour in the core and sits beside it, or, with no link to the
// core, gets a community of its own on a spiral outside. Order-free: sums, id order, id hashes.

/** An actor network reduced to what communities and layout read: actor ids and weighted links. */
export type LinkData = {
  actors: readonly string[];
  links: ReadonlyArray<{ source: string; target: string; count: number }>;
};

/** Where placeActors puts an actor: its community, and its position when laid out. */
export type ActorPlacement = { community: number; x?: number; y?: number };

/** Above this many linked actors, only this many (the most linked) are laid out by Louvain and ForceAtlas2. */
export const PLACEMENT_CORE_MAX = 30_000;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The actors that have a link (to another actor), with their summed link counts. */
function linkWeights(data: LinkData): Map<string, number> {
  const known = new Set(data.actors);
  const w = new Map<string, number>();
  for (const e of data.links) {
    if (e.source === e.target || !known.has(e.source) || !known.has(e.target)) continue;
    w.set(e.source, (w.get(e.source) ?? 0) + e.count);
    w.set(e.target, (w.get(e.target) ?? 0) + e.count);
  }
  return w;
}

/**
 * The core of a network with more than `max` linked actors: the `max` most linked (summed counts,
 * then id), and the links among them; null when the network is small enough to place whole.
 */
export function networkCore(data: LinkData, max: number): LinkData | null {
  const weights = linkWeights(data);
  if (weights.size <= max) return null;
  const ranked = [...weights.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  const core = new Set(ranked.slice(0, max).map(([id]) => id));
  return { actors: [...core], links: data.links.filter((e) => core.has(e.source) && core.has(e.target)) };
}

/** FNV-1a of a string, as an unsigned 32-bit number: a stable, order-free jitter for each id. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Each actor outside the core: its most linked neighbour in the core (count, then id), if any. */
function coreNeighbours(data: LinkData, core: ReadonlyMap<string, ActorPlacement>): Map<string, string> {
  const best = new Map<string, { id: string; count: number }>();
  const offer = (outer: string, inner: string, count: number): void => {
    const b = best.get(outer);
    if (!b || count > b.count || (count === b.count && cmp(inner, b.id) < 0)) best.set(outer, { id: inner, count });
  };
  // Counts summed per pair first: a pair may come as several links (one per statement kind).
  const pairs = new Map<string, Map<string, number>>();
  for (const e of data.links) {
    const [a, b] = core.has(e.source) ? [e.target, e.source] : [e.source, e.target];
    if (core.has(a) || !core.has(b)) continue;
    const m = pairs.get(a) ?? new Map<string, number>();
    m.set(b, (m.get(b) ?? 0) + e.count);
    pairs.set(a, m);
  }
  for (const [outer, m] of pairs) for (const [inner, count] of m) offer(outer, inner, count);
  return new Map([...best].map(([outer, b]) => [outer, b.id]));
}

/**
 * Places the actors outside the core (`placed` holds the core's placement and receives theirs):
 * beside their most linked core neighbour, in its community, at a distance and angle from the id's
 * hash; the rest on a spiral outside the laid-out disc, each in a community of its own, in id order.
 */
export function placePeriphery(data: LinkData, placed: Map<string, ActorPlacement>, layout: boolean): void {
  const neighbour = coreNeighbours(data, placed);
  let next = 0;
  let extent = 0;
  for (const p of placed.values()) {
    next = Math.max(next, p.community + 1);
    if (p.x !== undefined) extent = Math.max(extent, Math.hypot(p.x, p.y!));
  }
  const round = (x: number): number => Math.round(x * 100) / 100 || 0;
  const golden = Math.PI * (3 - Math.sqrt(5));
  const rest = data.actors.filter((id) => !placed.has(id)).sort(cmp);
  const alone = rest.filter((id) => !neighbour.has(id));
  for (const id of rest) {
    const n = neighbour.get(id);
    if (!n) continue;
    const at = placed.get(n)!;
    const h = hash(id);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const d = 2 + ((h >>> 16) / 0x10000) * 4;
    placed.set(id, layout ? { community: at.community, x: round(at.x! + d * Math.cos(angle)), y: round(at.y! + d * Math.sin(angle)) } : { community: at.community });
  }
  alone.forEach((id, i) => {
    const d = (extent || 10) * (1.1 + 0.5 * Math.sqrt((i + 0.5) / alone.length));
    placed.set(id, layout ? { community: next++, x: round(d * Math.cos(i * golden)), y: round(d * Math.sin(i * golden)) } : { community: next++ });
  });
}
