// The page's scene pieces: colours and thresholds of links, the sigma attribute types and settings,
// reading the data given to the page (and its opening view), the whole network as a graph (for an
// in-page layout), node sizes, and framing the drawn actors.

import Graph from 'graphology';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { edgeSize, readOpeningView, type ActorNetwork, type OpeningView, type ViewerActor } from '../../src/viewer-data/index.js';
import { TYPE_COLORS } from './colours.js';
import { initialPositions, layoutSync, SYNC_LAYOUT_LIMIT } from './layout.js';

export const DIM_NODE = '#e4e6ea';
export const EDGE_COLOR = '#d3d7de';
export const EDGE_FOCUS = '#5a6270';
export const EDGE_SELECTED = '#f28e2b';
/** Past this many drawn links they are drawn as lines, not arrows, and thinner. */
export const DENSE_EDGES = 1500;
/** Past this many drawn links they hide while the view moves (each frame rasterises every link). */
export const MOVING_EDGES = 200;
/** Past this many drawn links they become clickable only once zoomed in (picking draws them twice). */
export const PICKING_EDGES = 600;
export const PICKING_RATIO = 0.3;

export type NodeAttrs = { x: number; y: number; size: number; color: string; label: string; actorType: ViewerActor['type']; community: number; hidden?: boolean };
export type EdgeAttrs = { size: number; weight: number; color: string };

/** Sigma's settings of the page (the opening view and the full viewer draw alike); reducers come on top. */
export const SIGMA_SETTINGS = {
  defaultEdgeType: 'arrow',
  enableEdgeEvents: true,
  zIndex: true,
  labelFont: 'system-ui, "Segoe UI", Roboto, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelDensity: 1,
  labelGridCellSize: 80,
  labelRenderedSizeThreshold: 4,
  minEdgeThickness: 1,
  hideEdgesOnMove: false,
  minCameraRatio: 0.02,
  maxCameraRatio: 8,
} satisfies Partial<Settings<NodeAttrs, EdgeAttrs>>;

/** The page's opening view (#newsgraph-view, written by `export` for a large network), or null. */
export function readOpening(): OpeningView | null {
  const text = document.getElementById('newsgraph-view')?.textContent?.trim();
  return text ? readOpeningView(JSON.parse(text)) : null;
}

/** Frames the drawn actors `ids` of `graph`: sigma's bounding box becomes theirs, then the camera resets. */
export function fitTo(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: Graph<NodeAttrs, EdgeAttrs>, ids: Iterable<string>, animate: boolean): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const id of ids) {
    const a = graph.getNodeAttributes(id);
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  }
  if (Number.isFinite(minX)) {
    const pad = 1e-6 + 0.02 * Math.max(maxX - minX, maxY - minY);
    sigma.setCustomBBox({ x: [minX - pad, maxX + pad], y: [minY - pad, maxY + pad] });
  } else sigma.setCustomBBox(null);
  sigma.refresh();
  if (animate) void sigma.getCamera().animatedReset({ duration: 300 });
  else sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
}

/**
 * The data of the page: the inline #newsgraph-data script (JSON, or gzipped JSON in base64 when
 * `data-encoding="gzip-base64"`: a large corpus export), else data.json beside the page.
 */
export async function readData(): Promise<unknown> {
  const inline = document.getElementById('newsgraph-data');
  const text = inline?.textContent?.trim();
  if (text && inline?.dataset.encoding === 'gzip-base64') return JSON.parse(await gunzipBase64(text));
  if (text) return JSON.parse(text);
  const res = await fetch(new URL('data.json', location.href));
  if (!res.ok) throw new Error(`no graph to show: data.json answered ${res.status}. Start the viewer with "newsgraph view", or open a graph .json (open…).`);
  return res.json();
}

// Base64 → bytes → the browser's own gzip inflater (no network: a Blob stream, allowed by the CSP).
async function gunzipBase64(b64: string): Promise<string> {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

export function toSigmaGraph(net: ActorNetwork): Graph<NodeAttrs, EdgeAttrs> {
  const graph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const a of net.actors) {
    graph.addNode(a.id, { x: a.x ?? 0, y: a.y ?? 0, size: 4, color: TYPE_COLORS[a.type], label: a.label, actorType: a.type, community: a.community ?? -1 });
  }
  for (const e of net.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { size: edgeSize(e.count), weight: e.count, color: EDGE_COLOR });
  return graph;
}

/** Node radius in pixels: by the actor's statements (made and received, over the filters) against the most central drawn one. */
export function nodeSize(score: number, max: number, scale: number): number {
  return (3 + 14 * Math.sqrt(score / Math.max(1, max))) * scale;
}

/** Lays the whole network out in the page; true when a worker layout must still run. */
export function placeNodes(net: ActorNetwork, graph: Graph<NodeAttrs, EdgeAttrs>): boolean {
  if (net.laidOut) return false;
  if (graph.order > SYNC_LAYOUT_LIMIT) {
    initialPositions(graph);
    return true;
  }
  layoutSync(graph);
  return false;
}
