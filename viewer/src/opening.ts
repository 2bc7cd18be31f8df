// The page's opening view (a large export, viewer-data/opening.ts): drawn at once from the small
// #newsgraph-view block, before main.ts decodes the statements; arranged, sized, coloured and framed
// as main.ts draws the same actors, so the fully loaded viewer then replaces it with the same picture.

import Graph from 'graphology';
import Sigma from 'sigma';
import { DEFAULT_TOP, defaultViewState, edgeSize, hashToState, openingEdges, stateToHash, type OpeningView } from '../../src/viewer-data/index.js';
import { communityColour, TYPE_COLORS } from './colours.js';
import { installLabelLayer } from './labels.js';
import { arrangeShown } from './layout.js';
import { DENSE_EDGES, EDGE_COLOR, fitTo, MOVING_EDGES, nodeSize, readOpening, SIGMA_SETTINGS, type EdgeAttrs, type NodeAttrs } from './scene.js';

/** What the opening view drew: node positions (graph units), sizes, colours, labels; link sizes. */
export type OpeningDrawn = {
  nodes: Record<string, { x: number; y: number; size: number; color: string; label: string }>;
  edges: Record<string, { size: number; type: string }>;
};

/** The page's load timings (ms from navigation start; NaN until reached). */
export type LoadTiming = {
  /** True when the opening view was drawn before the statements were decoded. */
  opening: boolean;
  /** The first frame with the drawn actors (the opening view's, when there was one). */
  firstRenderMs: number;
  /** The page starts reading its statements data (base64, gunzip, JSON.parse, unpacking). */
  decodeStartMs: number;
  /** The statements data is read. */
  decodedMs: number;
  /** The first frame of the full viewer (search, panels, filters, table work from here). */
  interactiveMs: number;
};

/** window.__newsgraph while only the opening view is drawn (the statements not read yet). */
export type OpeningHandle = { phase: 'opening'; firstRenderMs: number; timing: LoadTiming; shown(): string[] };

export const newTiming = (): LoadTiming => ({ opening: false, firstRenderMs: Number.NaN, decodeStartMs: Number.NaN, decodedMs: Number.NaN, interactiveMs: Number.NaN });

/**
 * True when the opening view is what the viewer would draw for this URL: no filter, selection,
 * count, expansion or ego in the hash (colours, the table's search and sort and the timeline width
 * leave the drawn actors alone).
 */
export function openingFits(view: OpeningView, hash: string): boolean {
  const s = hashToState(hash);
  return view.top === DEFAULT_TOP && stateToHash({ ...s, colour: 'type', q: '', sort: null, wide: false }) === stateToHash(defaultViewState());
}

/** Draws the opening view into `container`; kill() removes it (before the full viewer starts). */
export function drawOpening(view: OpeningView, container: HTMLElement, colour: 'type' | 'community'): { kill(): void; drawn(): OpeningDrawn } {
  const score = new Map(view.actors.map((a) => [a.id, a.score]));
  const shown = new Set(view.actors.map((a) => a.id));
  const maxScore = Math.max(1, ...view.actors.map((a) => a.score));
  const scale = Math.max(0.35, Math.min(1, Math.sqrt(150 / Math.max(1, shown.size))));
  const size = (id: string): number => nodeSize(score.get(id) ?? 0, maxScore, scale);
  const byId = new Map(view.actors.map((a) => [a.id, a]));
  const base = new Map(view.actors.map((a) => [a.id, { x: a.x, y: a.y }]));
  const edges = openingEdges(view);
  const pos = arrangeShown(base, shown, edges, size, (id) => byId.get(id)?.label ?? id);
  const graph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const a of view.actors) {
    const p = pos.get(a.id) ?? base.get(a.id)!;
    graph.addNode(a.id, { x: p.x, y: p.y, size: 4, color: TYPE_COLORS[a.type], label: a.label, actorType: a.type, community: a.community });
  }
  const kept = new Map(edges.map((e) => [e.id, e.kept]));
  for (const e of edges) graph.addEdgeWithKey(e.id, e.source, e.target, { size: edgeSize(e.count), weight: e.count, color: EDGE_COLOR });
  const dense = edges.length > DENSE_EDGES;
  container.querySelectorAll('canvas').forEach((c) => c.remove());
  // sigma.kill() empties its container: the page's own elements in it (the legend) are put back.
  const own = [...container.children];
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    ...SIGMA_SETTINGS,
    enableEdgeEvents: false,
    hideEdgesOnMove: edges.length > MOVING_EDGES,
    nodeReducer: (node, data) => ({ ...data, size: size(node), zIndex: 1, ...(colour === 'community' ? { color: communityColour(data.community) } : {}) }),
    edgeReducer: (edge, data) => ({ ...data, type: dense ? 'line' : 'arrow', size: Math.min(8, edgeSize(kept.get(edge) ?? 1)) * (dense ? 0.5 : 1) }),
  });
  installLabelLayer(sigma as unknown as Sigma);
  fitTo(sigma, graph, shown, false);
  const drawn = (): OpeningDrawn => {
    const nodes: OpeningDrawn['nodes'] = {};
    graph.forEachNode((id, a) => {
      const d = sigma.getNodeDisplayData(id)!;
      nodes[id] = { x: a.x, y: a.y, size: d.size, color: d.color, label: d.label ?? '' };
    });
    const edges: OpeningDrawn['edges'] = {};
    graph.forEachEdge((id) => {
      const d = sigma.getEdgeDisplayData(id)!;
      edges[id] = { size: d.size, type: d.type ?? '' };
    });
    return { nodes, edges };
  };
  const kill = (): void => {
    sigma.kill();
    for (const el of own) if (!el.isConnected) container.append(el);
  };
  return { kill, drawn };
}

/**
 * Draws the page's opening view when it has one that fits the URL, sets window.__newsgraph to an
 * OpeningHandle, and resolves after its first frame (`timing.firstRenderMs`) has been drawn; null
 * (nothing drawn) otherwise, or when the block cannot be read.
 */
export async function openingFirst(container: HTMLElement, status: HTMLElement, timing: LoadTiming): Promise<ReturnType<typeof drawOpening> | null> {
  let drawing: ReturnType<typeof drawOpening> | null = null;
  try {
    const view = readOpening();
    if (!view || !openingFits(view, location.hash)) return null;
    drawing = drawOpening(view, container, hashToState(location.hash).colour);
    timing.opening = true;
    const shown = view.actors.map((a) => a.id);
    window.__newsgraph = { phase: 'opening', timing, shown: () => [...shown], get firstRenderMs() { return timing.firstRenderMs; } };
    status.textContent = `${shown.length} of ${view.totals.actors} actors · reading ${view.totals.statements} statements…`;
    timing.firstRenderMs = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    document.documentElement.setAttribute('data-opening', 'drawn');
    // The statements are read in a later task, after this frame is on screen.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return drawing;
  } catch (e) {
    console.warn(`newsgraph viewer: the opening view was not drawn (${(e as Error).message}); reading the whole data first.`);
    drawing?.kill();
    timing.opening = false;
    return null;
  }
}
