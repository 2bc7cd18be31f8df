// Layout of the actor network: a deterministic phyllotaxis start (big actors in the middle), then
// ForceAtlas2 and noverlap so labels stay readable. Small graphs are laid out synchronously before
// the first frame; large ones are drawn at once and settle under FA2 in a web worker.

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';

/** Above this many nodes the layout runs in a web worker instead of before the first frame. */
export const SYNC_LAYOUT_LIMIT = 1500;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Places nodes on a sunflower spiral, largest first, so the same data always starts the same way. */
export function initialPositions(graph: Graph): void {
  const nodes = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size') || (a < b ? -1 : 1));
  nodes.forEach((node, i) => {
    const r = 10 * Math.sqrt(i + 0.5);
    graph.mergeNodeAttributes(node, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });
}

function fa2Settings(graph: Graph): ReturnType<typeof forceAtlas2.inferSettings> {
  // Strong gravity keeps actors nobody quotes near the cluster instead of flung to the edges,
  // where they would shrink everything else when sigma fits the view.
  return { ...forceAtlas2.inferSettings(graph), strongGravityMode: true, gravity: 0.05, edgeWeightInfluence: 0.5, barnesHutOptimize: graph.order > 400 };
}

/**
 * Rescales positions so the layout spans about `extent` units; sigma then shows graph units near
 * one pixel each on a typical screen, so node sizes (pixels) can stand in for graph sizes below.
 */
function rescale(graph: Graph, extent: number): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const k = extent / Math.max(1e-9, maxX - minX, maxY - minY);
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: (a.x - minX) * k, y: (a.y - minY) * k }), { attributes: ['x', 'y'] });
}

/**
 * Spreads overlapping nodes apart. Each node counts as a circle wide enough for part of its label
 * (labels sit to the right of the node), so neighbouring labels rarely collide.
 */
export function removeOverlaps(graph: Graph, maxIterations = 150, labelRoom = true): void {
  noverlap.assign(graph, {
    maxIterations,
    inputReducer: (key, a) => {
      const label = labelRoom ? String(graph.getNodeAttribute(key, 'label') ?? '') : '';
      return { x: a.x, y: a.y, size: Math.max(a.size ?? 1, label.length * 3.2) };
    },
    settings: { margin: 4, ratio: 1, expansion: 1.05 },
  });
}

/** The whole layout, synchronously (for graphs up to SYNC_LAYOUT_LIMIT nodes). */
export function layoutSync(graph: Graph): void {
  initialPositions(graph);
  if (graph.order < 2) return;
  const iterations = graph.order < 200 ? 800 : 300;
  forceAtlas2.assign(graph, { iterations, settings: fa2Settings(graph), getEdgeWeight: 'weight' });
  rescale(graph, Math.max(500, 90 * Math.sqrt(graph.order)));
  removeOverlaps(graph);
}

/**
 * ForceAtlas2 in a web worker for `ms` milliseconds, then a short noverlap pass. The worker moves a
 * bare copy of the graph (keys, positions, weights); positions reach the drawn graph only every
 * `syncMs`, because each update makes sigma re-index every node and edge, which for 10k nodes and
 * 50k edges costs the main thread hundreds of milliseconds.
 */
export function layoutInWorker(graph: Graph, ms: number, onDone: () => void, syncMs = 2000): { stop(): void } {
  const bare = bareCopy(graph);
  const fa2 = new FA2Layout(bare, { settings: fa2Settings(graph), getEdgeWeight: 'weight' });
  const sync = (): void => {
    graph.updateEachNodeAttributes((n, a) => ({ ...a, x: bare.getNodeAttribute(n, 'x'), y: bare.getNodeAttribute(n, 'y') }), { attributes: ['x', 'y'] });
  };
  const timer = setInterval(sync, syncMs);
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    fa2.stop();
    fa2.kill();
    removeOverlaps(bare, 20, false);
    sync();
    onDone();
  };
  fa2.start();
  setTimeout(stop, ms);
  return { stop };
}

/** A copy of the graph with only what the layouts read: x, y, size on nodes, weight on edges. */
function bareCopy(source: Graph): Graph {
  const copy = source.nullCopy();
  source.forEachNode((n, a) => void copy.addNode(n, { x: a.x, y: a.y, size: a.size }));
  source.forEachEdge((e, a, s, t) => void copy.addEdgeWithKey(e, s, t, { weight: a.weight }));
  return copy;
}

/**
 * Lays out the drawn actors only, from their stored positions: scaled so a graph unit is about a
 * pixel, a short ForceAtlas2 over the links among them (up to `refineLimit` actors), then noverlap
 * with room for labels. The most central actors of a big layout sit in its dense middle; spread
 * like this, their labels fit. Returns the drawn actors' positions.
 */
export function arrangeShown(
  base: ReadonlyMap<string, { x: number; y: number }>,
  shown: ReadonlySet<string>,
  links: ReadonlyArray<{ id: string; source: string; target: string; count: number }>,
  size: (id: string) => number,
  label: (id: string) => string,
  refineLimit = 1500,
): Map<string, { x: number; y: number }> {
  const sub = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const id of shown) {
    const p = base.get(id);
    if (p) sub.addNode(id, { x: p.x, y: p.y, size: size(id), label: label(id) });
  }
  if (sub.order > 1) {
    if (sub.order <= refineLimit) for (const l of links) if (sub.hasNode(l.source) && sub.hasNode(l.target)) sub.mergeEdge(l.source, l.target, { weight: l.count });
    rescale(sub, Math.max(500, 90 * Math.sqrt(sub.order)));
    if (sub.order <= refineLimit && sub.size) {
      forceAtlas2.assign(sub, { iterations: 60, settings: { ...fa2Settings(sub), barnesHutOptimize: sub.order > 400 }, getEdgeWeight: 'weight' });
      rescale(sub, Math.max(500, 90 * Math.sqrt(sub.order)));
    }
    if (sub.order <= refineLimit) removeOverlaps(sub);
  }
  const out = new Map<string, { x: number; y: number }>();
  sub.forEachNode((id, a) => void out.set(id, { x: a.x as number, y: a.y as number }));
  return out;
}
