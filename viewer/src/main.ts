// The viewer's entry point: loads the data (inline #newsgraph-data, or data.json beside the page, or
// a file the user opens), lays the actor network out, draws it with sigma, and wires hover, clicks,
// search, filters, timeline, zoom-to-fit and the #actor=… hash that makes a view shareable.

import Graph from 'graphology';
import Sigma from 'sigma';
import {
  ACTOR_TYPES,
  actorSize,
  applyFilters,
  dateBounds,
  defaultFilters,
  edgeSize,
  inDateRange,
  loadNetwork,
  searchActors,
  type ActorNetwork,
  type FilteredView,
  type ViewerActor,
  type ViewFilters,
} from '../../src/viewer-data/index.js';
import { byId, h } from './dom.js';
import { layoutInWorker, layoutSync, initialPositions, SYNC_LAYOUT_LIMIT } from './layout.js';
import { indexNetwork, type NetIndex } from './model.js';
import { renderActor, renderEdge, renderHint, type PanelContext } from './panel.js';
import { renderTimeline } from './timeline.js';
import './style.css';

/** Node colours by actor type (Tableau 10: distinct, and readable on white). */
export const TYPE_COLORS: Record<ViewerActor['type'], string> = {
  Person: '#e15759',
  Organization: '#4e79a7',
  Place: '#59a14f',
  Actor: '#9c755f',
};
const DIM_NODE = '#e4e6ea';
const EDGE_COLOR = '#c3c8d0';
const EDGE_FOCUS = '#5a6270';
const EDGE_SELECTED = '#f28e2b';
const DENSE_EDGE_LIMIT = 20_000;
/** Camera ratio under which a dense graph's edges become clickable (1 = the whole graph in view). */
const DENSE_PICKING_RATIO = 0.3;

type NodeAttrs = { x: number; y: number; size: number; color: string; label: string; actorType: ViewerActor['type']; hidden?: boolean };
type EdgeAttrs = { size: number; weight: number; color: string };

/** What the page exposes on window.__newsgraph, for tests and the console. */
export type ViewerHandle = {
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  graph: Graph<NodeAttrs, EdgeAttrs>;
  network: ActorNetwork;
  select(id: string | null): void;
  selectEdge(id: string | null): void;
  setFilters(f: Partial<Omit<ViewFilters, 'types'>> & { types?: ViewerActor['type'][] }): void;
  /** Resolves when the layout has settled (at once for small graphs). */
  layoutDone: Promise<void>;
  /** ms from navigation start to the first frame with every node. */
  firstRenderMs: number;
};

declare global {
  interface Window {
    __newsgraph?: ViewerHandle;
  }
}

const status = byId('status');

async function readData(): Promise<unknown> {
  const inline = document.getElementById('newsgraph-data');
  const text = inline?.textContent?.trim();
  if (text) return JSON.parse(text);
  const res = await fetch(new URL('data.json', location.href));
  if (!res.ok) throw new Error(`no graph to show: data.json answered ${res.status}. Start the viewer with "newsgraph view", or open a graph .json (open…).`);
  return res.json();
}

function toSigmaGraph(net: ActorNetwork): Graph<NodeAttrs, EdgeAttrs> {
  const graph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: false, allowSelfLoops: false });
  // Thousands of actors share the screen: shrink nodes with the square root of their number.
  const scale = Math.max(0.3, Math.min(1, Math.sqrt(500 / Math.max(1, net.actors.length))));
  for (const a of net.actors) {
    graph.addNode(a.id, { x: 0, y: 0, size: actorSize(a) * scale, color: TYPE_COLORS[a.type], label: a.label, actorType: a.type });
  }
  for (const e of net.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { size: edgeSize(e.count), weight: e.count, color: EDGE_COLOR });
  return graph;
}

let current: { sigma: Sigma<NodeAttrs, EdgeAttrs>; stopLayout(): void; cleanup(): void } | null = null;

function start(net: ActorNetwork): ViewerHandle {
  current?.stopLayout();
  current?.cleanup();
  const t0 = performance.now();
  const index: NetIndex = indexNetwork(net);
  const graph = toSigmaGraph(net);
  const big = graph.order > SYNC_LAYOUT_LIMIT;
  // Past this many edges, unfocused edges are drawn as plain lines: arrowheads double the pixels to
  // fill, which is what a software-rendered (or weak) GPU spends its frame on; focus shows arrows.
  const dense = graph.size > DENSE_EDGE_LIMIT;
  if (big) initialPositions(graph);
  else layoutSync(graph);

  const state: {
    filters: ViewFilters;
    view: FilteredView;
    hovered: string | null;
    selected: string | null;
    selectedEdge: string | null;
    focus: Set<string> | null;
  } = { filters: defaultFilters(), view: applyFilters(net, defaultFilters()), hovered: null, selected: null, selectedEdge: null, focus: null };

  const container = byId('graph');
  container.replaceChildren();
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    defaultEdgeType: 'arrow',
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: 'system-ui, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: big ? 8 : 5,
    minEdgeThickness: 1,
    hideEdgesOnMove: big || dense,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    nodeReducer(node, data) {
      const res: Partial<NodeAttrs> & Record<string, unknown> = { ...data };
      if (!state.view.actors.has(node)) {
        res.hidden = true;
        return res;
      }
      if (state.focus && !state.focus.has(node)) {
        res.color = DIM_NODE;
        res.label = '';
        res.zIndex = 0;
      } else res.zIndex = 1;
      if (node === state.selected || node === state.hovered) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      } else if (state.focus?.has(node) && !big) res.forceLabel = true;
      return res;
    },
    edgeReducer(edge, data) {
      const res: Partial<EdgeAttrs> & Record<string, unknown> = { ...data };
      if (!state.view.edges.has(edge)) {
        res.hidden = true;
        return res;
      }
      res.size = edgeSize(state.view.edgeCounts.get(edge) ?? 1);
      const focus = state.hovered ?? state.selected;
      if (edge === state.selectedEdge) {
        res.color = EDGE_SELECTED;
        res.size = (res.size ?? 1) + 1.5;
        res.zIndex = 2;
      } else if (focus) {
        if (graph.source(edge) === focus || graph.target(edge) === focus) {
          res.color = EDGE_FOCUS;
          res.zIndex = 1;
        } else res.hidden = true;
      } else if (dense) res.type = 'line';
      return res;
    },
  });

  // Sigma only watches window resizes; the grid cell also changes when the toolbar wraps or the
  // timeline fills in, and a stale size would put clicks and nodes in different places.
  const resizer = new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  });
  resizer.observe(container);

  // Edge picking draws every edge a second time, off screen. In a dense graph that doubles the cost
  // of each still frame, so edges become clickable only once zoomed in, where few are in view.
  if (dense) {
    const camera = sigma.getCamera();
    const syncPicking = (): void => {
      const want = camera.ratio < DENSE_PICKING_RATIO;
      if (sigma.getSetting('enableEdgeEvents') !== want) sigma.setSetting('enableEdgeEvents', want);
    };
    camera.on('updated', syncPicking);
    syncPicking();
  }

  const panel = byId('panel');
  const ctx = (): PanelContext => ({
    index,
    visibleStatements: state.view.statements,
    colorOf: (a) => TYPE_COLORS[a.type],
    selectActor: (id) => select(id, true),
  });

  function updateFocus(): void {
    const f = state.hovered ?? state.selected;
    state.focus = f && graph.hasNode(f) ? new Set([f, ...graph.neighbors(f)]) : null;
  }

  function renderPanel(): void {
    if (state.selected) renderActor(panel, ctx(), state.selected);
    else if (state.selectedEdge) renderEdge(panel, ctx(), state.selectedEdge);
    else renderHint(panel);
  }

  function writeHash(): void {
    const hash = state.selected ? `#actor=${encodeURIComponent(state.selected)}` : '';
    if (location.hash !== hash) history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
  }

  function select(id: string | null, center = false): void {
    state.selected = id && index.actors.has(id) ? id : null;
    state.selectedEdge = null;
    updateFocus();
    renderPanel();
    writeHash();
    sigma.refresh({ skipIndexation: true });
    if (center && state.selected) {
      const d = sigma.getNodeDisplayData(state.selected);
      if (d) sigma.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
    }
  }

  function selectEdge(id: string | null): void {
    state.selectedEdge = id && index.edges.has(id) ? id : null;
    state.selected = null;
    updateFocus();
    renderPanel();
    writeHash();
    sigma.refresh({ skipIndexation: true });
  }

  function refilter(): void {
    state.view = applyFilters(net, state.filters);
    if (state.selected && !state.view.actors.has(state.selected)) state.selected = null;
    if (state.selectedEdge && !state.view.edges.has(state.selectedEdge)) state.selectedEdge = null;
    updateFocus();
    renderPanel();
    writeHash();
    syncControls();
    drawTimeline();
    sigma.refresh({ skipIndexation: true });
  }

  // ---- sigma events
  sigma.on('enterNode', ({ node }) => {
    state.hovered = node;
    updateFocus();
    container.classList.add('pointer');
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    state.hovered = null;
    updateFocus();
    container.classList.remove('pointer');
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('enterEdge', () => container.classList.add('pointer'));
  sigma.on('leaveEdge', () => container.classList.remove('pointer'));
  sigma.on('clickNode', ({ node }) => select(node));
  sigma.on('clickEdge', ({ edge }) => selectEdge(edge));
  sigma.on('clickStage', () => select(null));

  // ---- legend (type filter), speakers only, dates
  const legend = byId('legend');
  const counts = new Map<string, number>();
  for (const a of net.actors) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  legend.replaceChildren(
    h('legend', {}, 'Actors'),
    ...ACTOR_TYPES.filter((t) => counts.has(t)).map((t) => {
      const box = h('input', { type: 'checkbox', 'data-type': t, checked: true });
      box.addEventListener('change', () => {
        const types = new Set(state.filters.types);
        if (box.checked) types.add(t);
        else types.delete(t);
        state.filters = { ...state.filters, types };
        refilter();
      });
      const swatch = h('span', { class: 'swatch' });
      swatch.style.background = TYPE_COLORS[t];
      return h('label', { class: 'type-filter' }, box, swatch, `${t === 'Organization' ? 'organisation' : t.toLowerCase()} (${counts.get(t)})`);
    }),
  );
  const speakersOnly = byId<HTMLInputElement>('speakers-only');
  const dateFrom = byId<HTMLInputElement>('date-from');
  const dateTo = byId<HTMLInputElement>('date-to');
  const onSpeakers = (): void => {
    state.filters = { ...state.filters, speakersOnly: speakersOnly.checked };
    refilter();
  };
  const onDates = (): void => {
    state.filters = { ...state.filters, from: dateFrom.value || null, to: dateTo.value || null };
    refilter();
  };
  const onClearDates = (): void => {
    state.filters = { ...state.filters, from: null, to: null };
    refilter();
  };
  speakersOnly.addEventListener('change', onSpeakers);
  dateFrom.addEventListener('change', onDates);
  dateTo.addEventListener('change', onDates);
  byId('date-clear').addEventListener('click', onClearDates);
  const days = net.statements.map((s) => dateBounds(s.date)).filter((b): b is { start: string; end: string } => !!b);
  if (days.length) {
    dateFrom.min = dateTo.min = days.reduce((m, b) => (b.start < m ? b.start : m), days[0]!.start);
    dateFrom.max = dateTo.max = days.reduce((m, b) => (b.end > m ? b.end : m), days[0]!.end);
  }
  function syncControls(): void {
    speakersOnly.checked = state.filters.speakersOnly;
    dateFrom.value = state.filters.from ?? '';
    dateTo.value = state.filters.to ?? '';
    for (const box of legend.querySelectorAll<HTMLInputElement>('input[data-type]')) {
      box.checked = state.filters.types.has(box.dataset.type as ViewerActor['type']);
    }
    const s = state.view;
    status.textContent = `${s.actors.size} of ${net.actors.length} actors · ${s.edges.size} of ${net.edges.length} links · ${s.statements.size} of ${net.statements.length} statements`;
  }

  // ---- timeline
  const timeline = byId('timeline') as unknown as SVGSVGElement;
  function drawTimeline(): void {
    renderTimeline(
      timeline,
      net.statements,
      (date) => (state.filters.from === null && state.filters.to === null) || inDateRange({ date }, state.filters.from, state.filters.to),
      (from, to) => {
        state.filters = { ...state.filters, from, to };
        refilter();
      },
    );
  }

  // ---- search with completion
  const search = byId<HTMLInputElement>('search');
  const suggestions = byId<HTMLUListElement>('suggestions');
  let matches: ViewerActor[] = [];
  let active = -1;
  function showSuggestions(): void {
    matches = searchActors(net, search.value);
    active = matches.length ? 0 : -1;
    suggestions.replaceChildren(
      ...matches.map((a, i) => {
        const swatch = h('span', { class: 'swatch' });
        swatch.style.background = TYPE_COLORS[a.type];
        const alias = a.aliases.find((x) => x.toLowerCase().includes(search.value.trim().toLowerCase()));
        const li = h('li', { role: 'option', 'data-actor': a.id, 'aria-selected': i === active ? 'true' : 'false' }, swatch, a.label, alias && !a.label.toLowerCase().includes(search.value.trim().toLowerCase()) ? h('small', {}, ` (${alias})`) : null);
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          pick(a.id);
        });
        return li;
      }),
    );
    suggestions.hidden = matches.length === 0;
  }
  function pick(id: string): void {
    const a = index.actors.get(id)!;
    search.value = a.label;
    suggestions.hidden = true;
    if (!state.view.actors.has(id)) {
      // The actor is filtered out: bring its type back rather than select something invisible.
      state.filters = { ...state.filters, types: new Set([...state.filters.types, a.type]), speakersOnly: false, from: null, to: null };
      refilter();
    }
    select(id, true);
  }
  search.addEventListener('input', showSuggestions);
  search.addEventListener('blur', () => (suggestions.hidden = true));
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!matches.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      suggestions.querySelectorAll('li').forEach((li, i) => li.setAttribute('aria-selected', i === active ? 'true' : 'false'));
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!matches.length) showSuggestions();
      const a = matches[Math.max(0, active)];
      if (a) pick(a.id);
    } else if (ev.key === 'Escape') suggestions.hidden = true;
  });

  // ---- zoom to fit, hash
  const onZoom = (): void => void sigma.getCamera().animatedReset({ duration: 300 });
  byId('zoom-fit').addEventListener('click', onZoom);
  const onHash = (): void => {
    const id = readHash();
    if (id !== state.selected) select(id, true);
  };
  window.addEventListener('hashchange', onHash);

  syncControls();
  drawTimeline();
  const initial = readHash();
  if (initial) select(initial);
  else renderPanel();

  // Sigma drew the first frame in its constructor; the next animation frame is when it is on screen.
  const timing = { firstRenderMs: Number.NaN };
  requestAnimationFrame(() => {
    timing.firstRenderMs = performance.now();
    console.debug(`newsgraph viewer: ${graph.order} actors, ${graph.size} edges; on screen ${Math.round(timing.firstRenderMs - t0)} ms after the data`);
  });

  let stopLayout = (): void => {};
  const layoutDone = new Promise<void>((resolve) => {
    if (!big) return resolve();
    const run = layoutInWorker(graph, Math.min(20_000, 3_000 + graph.order), () => {
      sigma.refresh();
      resolve();
    });
    stopLayout = run.stop;
  });
  void layoutDone.then(() => document.documentElement.setAttribute('data-layout', 'done'));

  const handle: ViewerHandle = {
    sigma,
    graph,
    network: net,
    select: (id) => select(id),
    selectEdge,
    setFilters(f) {
      state.filters = { ...state.filters, ...f, types: f.types ? new Set(f.types) : state.filters.types };
      refilter();
    },
    layoutDone,
    get firstRenderMs() {
      return timing.firstRenderMs;
    },
  };
  current = {
    sigma,
    stopLayout: () => stopLayout(),
    cleanup() {
      resizer.disconnect();
      sigma.kill();
      speakersOnly.removeEventListener('change', onSpeakers);
      dateFrom.removeEventListener('change', onDates);
      dateTo.removeEventListener('change', onDates);
      byId('date-clear').removeEventListener('click', onClearDates);
      byId('zoom-fit').removeEventListener('click', onZoom);
      window.removeEventListener('hashchange', onHash);
      search.replaceWith(search.cloneNode(true));
    },
  };
  return handle;
}

function readHash(): string | null {
  const m = /^#actor=(.+)$/.exec(location.hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

function show(data: unknown): void {
  const net = loadNetwork(data);
  window.__newsgraph = start(net);
  document.documentElement.setAttribute('data-state', 'ready');
}

function fail(e: unknown): void {
  status.textContent = `Cannot show the graph: ${(e as Error).message}`;
  status.classList.add('error');
  document.documentElement.setAttribute('data-state', 'error');
}

byId<HTMLInputElement>('open-file').addEventListener('change', async (ev) => {
  const file = (ev.target as HTMLInputElement).files?.[0];
  if (!file) return;
  try {
    history.replaceState(null, '', location.pathname + location.search);
    show(JSON.parse(await file.text()));
  } catch (e) {
    fail(e);
  }
});

readData().then(show, fail);
