// The viewer's entry point: draws a large export's opening view first (opening.ts), loads the data
// (inline #newsgraph-data, data.json beside the page, or a file the user opens), places the actors
// (precomputed positions, or a layout here), draws the most central ones with sigma, and wires
// selection, expand/ego, filters, table, exports and the URL.

import Graph from 'graphology';
import Sigma from 'sigma';
import {
  addCommunities,
  adjacency,
  applyFilters,
  centrality,
  communityLegend,
  edgeSize,
  fittedDateRange,
  hashToState,
  inDateRange,
  loadNetwork,
  rankActors,
  shownActors,
  stateToHash,
  type ActorNetwork,
  type FilteredView,
  type ViewerActor,
  type ViewFilters,
  type ViewState,
} from '../../src/viewer-data/index.js';
import { communityColour, drawCommunityLegend, TYPE_COLORS } from './colours.js';
import { bindControls, type Patch } from './controls.js';
import { byId, h } from './dom.js';
import { download, toGexf, toPng, toSvg } from './exporters.js';
import { installLabelLayer, type LabelBox } from './labels.js';
import { arrangeShown, layoutInWorker } from './layout.js';
import { indexNetwork, type NetIndex } from './model.js';
import { newTiming, openingFirst, type LoadTiming, type OpeningDrawn, type OpeningHandle } from './opening.js';
import { renderActor, renderEdge, renderHint, renderStatement, type PanelContext } from './panel.js';
import { bindSearch } from './search.js';
import { renderTable, tableRows, tableSource, toCsv } from './table.js';
import { renderTimeline } from './timeline.js';
import {
  DENSE_EDGES,
  DIM_NODE,
  EDGE_COLOR,
  EDGE_FOCUS,
  EDGE_SELECTED,
  MOVING_EDGES,
  PICKING_EDGES,
  PICKING_RATIO,
  nodeSize,
  placeNodes,
  fitTo,
  readData,
  SIGMA_SETTINGS,
  toSigmaGraph,
  type EdgeAttrs,
  type NodeAttrs,
} from './scene.js';
import './style.css';

/** What the page exposes on window.__newsgraph, for tests and the console. */
export type ViewerHandle = {
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  /** The drawn subgraph (sigma's graph: only what is drawn is in it, so frames cost what is drawn). */
  graph: Graph<NodeAttrs, EdgeAttrs>;
  network: ActorNetwork;
  /** An actor's statement partners over the links the filters keep, drawn or not. */
  neighbours(id: string): string[];
  select(id: string | null): void;
  selectEdge(id: string | null): void;
  setFilters(f: Partial<Omit<ViewFilters, 'types'>> & { types?: ViewerActor['type'][] }): void;
  update(p: Patch): void;
  /** The actors drawn now. */
  shown(): string[];
  /** The labels drawn in the last frame, with their boxes in viewport pixels. */
  labels(): LabelBox[];
  /** Resolves when the layout has settled (at once for small or precomputed graphs). */
  layoutDone: Promise<void>;
  /** ms from navigation start to the first frame with every node (the opening view's, when drawn). */
  firstRenderMs: number;
  /** When the page drew its first frame, read its data and became interactive. */
  timing: LoadTiming;
  /** What the opening view drew before the data was read (null when there was none). */
  opening: OpeningDrawn | null;
};


declare global {
  interface Window {
    __newsgraph?: ViewerHandle | OpeningHandle;
  }
}

const status = byId('status');

type State = ViewState & {
  view: FilteredView;
  score: Map<string, number>;
  shown: Set<string>;
  shownEdges: number;
  shownEdgeList: string[];
  scale: number;
  maxScore: number;
  hovered: string | null;
  selectedEdge: string | null;
  selectedRow: string | null;
  focus: Set<string> | null;
  tableLimit: number;
};

let current: { stopLayout(): void; cleanup(): void } | null = null;

function start(net: ActorNetwork, timing: LoadTiming = newTiming(), opening: OpeningDrawn | null = null): ViewerHandle {
  current?.stopLayout();
  current?.cleanup();
  const t0 = performance.now();
  if (net.actors.some((a) => a.community === undefined)) addCommunities(net);
  const index: NetIndex = indexNetwork(net);
  // The whole network as a graph only when this page must lay it out; sigma gets the drawn part.
  const full = net.laidOut ? null : toSigmaGraph(net);
  const layingOut = full ? placeNodes(net, full) : false;
  const newGraph = (): Graph<NodeAttrs, EdgeAttrs> => new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: false, allowSelfLoops: false });
  let graph = newGraph();
  const fitted = fittedDateRange(net.statements);

  const state: State = {
    ...hashToState(location.hash),
    view: { actors: new Set(), edges: new Set(), statements: new Set(), edgeCounts: new Map() },
    score: new Map(),
    shown: new Set(),
    shownEdges: 0,
    shownEdgeList: [],
    scale: 1,
    maxScore: 1,
    hovered: null,
    selectedEdge: null,
    selectedRow: null,
    focus: null,
    tableLimit: 200,
  };

  const container = byId('graph');
  container.querySelectorAll('canvas').forEach((c) => c.remove());
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    ...SIGMA_SETTINGS,
    nodeReducer(node, data) {
      const res: Partial<NodeAttrs> & Record<string, unknown> = { ...data };
      if (!state.shown.has(node)) {
        res.hidden = true;
        return res;
      }
      res.size = nodeSize(state.score.get(node) ?? 0, state.maxScore, state.scale);
      if (state.colour === 'community') res.color = communityColour(data.community);
      if (state.focus && !state.focus.has(node)) {
        res.color = DIM_NODE;
        res.label = '';
        res.zIndex = 0;
      } else res.zIndex = 1;
      if (node === state.actor || node === state.hovered || node === state.ego) {
        res.highlighted = node !== state.ego || node === state.hovered;
        res.forceLabel = true;
        res.zIndex = 2;
      }
      return res;
    },
    edgeReducer(edge, data) {
      const res: Partial<EdgeAttrs> & Record<string, unknown> = { ...data };
      const s = graph.source(edge);
      const t = graph.target(edge);
      if (!state.view.edges.has(edge) || !state.shown.has(s) || !state.shown.has(t)) {
        res.hidden = true;
        return res;
      }
      const dense = state.shownEdges > DENSE_EDGES;
      // One program per edge for its lifetime between full refreshes (partial refreshes need it).
      res.type = dense ? 'line' : 'arrow';
      res.size = Math.min(8, edgeSize(state.view.edgeCounts.get(edge) ?? 1)) * (dense ? 0.5 : 1);
      const focus = state.hovered ?? state.actor;
      if (edge === state.selectedEdge) {
        res.color = EDGE_SELECTED;
        res.size = (res.size ?? 1) + 1.5;
        res.zIndex = 2;
      } else if (focus) {
        if (s === focus || t === focus) {
          res.color = EDGE_FOCUS;
          res.zIndex = 1;
        } else res.hidden = true;
      }
      return res;
    },
  });
  const labels = installLabelLayer(sigma as unknown as Sigma);

  const resizer = new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  });
  resizer.observe(container);

  const panel = byId('panel');
  const ctx = (): PanelContext => ({ index, visibleStatements: state.view.statements, colorOf: (a) => colourOf(a), selectActor: (id) => update({ actor: id }, true) });
  const colourOf = (a: ViewerActor): string => (state.colour === 'community' ? communityColour(a.community ?? -1) : TYPE_COLORS[a.type]);

  /** Redraws only the drawn actors and links (hover, selection, colours): the hidden rest is unchanged. */
  const redrawShown = (): void => void sigma.refresh({ partialGraph: { nodes: [...state.shown], edges: state.shownEdgeList }, skipIndexation: true });
  const camera = sigma.getCamera();
  const syncPicking = (): void => {
    const want = state.shownEdges <= PICKING_EDGES || camera.ratio < PICKING_RATIO;
    if (sigma.getSetting('enableEdgeEvents') !== want) sigma.setSetting('enableEdgeEvents', want);
  };
  camera.on('updated', syncPicking);

  // ---- the model: filters → view → what is drawn
  function recompute(): boolean {
    state.view = applyFilters(net, state.filters);
    state.score = centrality(net, state.view);
    if (state.ego && !state.view.actors.has(state.ego)) state.ego = null;
    const before = state.shown;
    state.shown = shownActors(net, state.view, { top: state.top, expanded: state.expanded, ego: state.ego, hops: state.hops }, state.ego ? undefined : rankActors(net, state.view, state.score));
    // A selected actor stays drawn (a shared URL, a search, a click in the panel).
    if (state.actor && state.view.actors.has(state.actor)) state.shown.add(state.actor);
    if (state.actor && !state.view.actors.has(state.actor)) state.actor = null;
    if (state.selectedEdge && !state.view.edges.has(state.selectedEdge)) state.selectedEdge = null;
    const list: string[] = [];
    for (const id of state.view.edges) {
      const e = index.edges.get(id)!;
      if (state.shown.has(e.source) && state.shown.has(e.target)) list.push(id);
    }
    state.shownEdgeList = list;
    state.shownEdges = list.length;
    state.scale = Math.max(0.35, Math.min(1, Math.sqrt(150 / Math.max(1, state.shown.size))));
    state.maxScore = Math.max(1, ...[...state.shown].map((id) => state.score.get(id) ?? 0));
    sigma.setSetting('hideEdgesOnMove', list.length > MOVING_EDGES);
    syncPicking();
    return before.size !== state.shown.size || [...state.shown].some((id) => !before.has(id));
  }

  /** Stored positions (precomputed, or this page's layout) the drawn actors are arranged from. */
  let base = new Map<string, { x: number; y: number }>();
  const keepBase = (): void => {
    base = new Map();
    if (full) full.forEachNode((id, a) => void base.set(id, { x: a.x, y: a.y }));
    else for (const a of net.actors) base.set(a.id, { x: a.x ?? 0, y: a.y ?? 0 });
  };
  keepBase();
  /** Sigma's graph becomes the drawn actors (arranged) and the kept links among them. */
  const rebuild = (): void => {
    const links = state.shownEdgeList.map((id) => index.edges.get(id)!);
    const pos = arrangeShown(base, state.shown, links, (id) => nodeSize(state.score.get(id) ?? 0, state.maxScore, state.scale), (id) => index.actors.get(id)?.label ?? id);
    const g = newGraph();
    for (const id of state.shown) {
      const a = index.actors.get(id)!;
      const p = pos.get(id) ?? base.get(id) ?? { x: 0, y: 0 };
      g.addNode(id, { x: p.x, y: p.y, size: 4, color: TYPE_COLORS[a.type], label: a.label, actorType: a.type, community: a.community ?? -1 });
    }
    for (const e of links) g.addEdgeWithKey(e.id, e.source, e.target, { size: edgeSize(e.count), weight: e.count, color: EDGE_COLOR });
    graph = g;
    sigma.setGraph(g);
  };

  /** Frames the drawn actors: sigma's bounding box becomes theirs, then the camera resets. */
  const fit = (animate = true): void => fitTo(sigma, graph, state.shown, animate);

  function updateFocus(): void {
    const f = state.hovered ?? state.actor;
    state.focus = f && graph.hasNode(f) && state.shown.has(f) ? new Set([f, ...graph.neighbors(f)]) : null;
  }

  function renderPanel(): void {
    const row = state.selectedRow ? index.statements.get(state.selectedRow) : undefined;
    if (row) renderStatement(panel, ctx(), row);
    else if (state.actor) renderActor(panel, ctx(), state.actor);
    else if (state.selectedEdge) renderEdge(panel, ctx(), state.selectedEdge);
    else renderHint(panel);
    if (state.actor && !row) {
      const id = state.actor;
      const tools = h(
        'p',
        { class: 'actor-tools' },
        h('button', { type: 'button', id: 'expand' }, state.expanded.includes(id) ? 'neighbours shown' : 'expand neighbours'),
        h('button', { type: 'button', id: 'ego' }, 'ego network'),
      );
      tools.querySelector('#expand')!.addEventListener('click', () => update({ expanded: [...new Set([...state.expanded, id])], ego: null }));
      tools.querySelector('#ego')!.addEventListener('click', () => update({ ego: id }));
      panel.querySelector('header')?.after(tools);
    }
  }

  // ---- the table
  const tableBody = byId<HTMLTableSectionElement>('table-body');
  const tableHead = byId<HTMLTableRowElement>('table-head');
  const tableSearch = byId<HTMLInputElement>('table-search');
  let lastRows: typeof net.statements = [];
  function drawTable(): void {
    const src = tableSource(index, state);
    lastRows = tableRows(index, src.rows, state);
    byId('table-title').textContent = src.title;
    byId('table-count').textContent = `${lastRows.length} of ${src.rows.length}`;
    if (document.activeElement !== tableSearch) tableSearch.value = state.q;
    const more = renderTable(tableBody, tableHead, index, lastRows, state, {
      selectedRow: state.selectedRow,
      onSort: (column) => update({ sort: { column, desc: state.sort?.column === column ? !state.sort.desc : false } }),
      onRow: (s) => {
        state.selectedRow = s.id;
        renderPanel();
        tableBody.querySelectorAll('tr.selected').forEach((tr) => tr.classList.remove('selected'));
        tableBody.querySelector(`tr[data-statement="${CSS.escape(s.id)}"]`)?.classList.add('selected');
      },
    }, state.tableLimit);
    more?.addEventListener('click', () => {
      state.tableLimit += 200;
      drawTable();
    });
    byId('table-more-box').replaceChildren(...(more ? [more] : []));
  }
  const onTableSearch = (): void => {
    state.q = tableSearch.value;
    state.tableLimit = 200;
    writeHash();
    drawTable();
  };
  tableSearch.addEventListener('input', onTableSearch);
  const onCsv = (): void => download('statements.csv', new Blob([toCsv(index, lastRows)], { type: 'text/csv;charset=utf-8' }));
  byId('csv').addEventListener('click', onCsv);

  // ---- legend of communities, status, timeline
  const drawCommunities = (): void => drawCommunityLegend(byId('communities'), state.colour === 'community' ? communityLegend(net, state.shown, state.score) : null);
  function drawStatus(): void {
    const v = state.view;
    status.textContent = `${state.shown.size} of ${net.actors.length} actors (${v.actors.size} match the filters) · ${state.shownEdges} of ${net.edges.length} links · ${v.statements.size} of ${net.statements.length} statements`;
  }
  const timeline = byId('timeline') as unknown as SVGSVGElement;
  const widen = byId<HTMLButtonElement>('date-widen');
  function drawTimeline(): void {
    const range = fitted && !state.wide && fitted.outside > 0 ? { start: fitted.start, end: fitted.end } : null;
    widen.hidden = !fitted || fitted.outside === 0;
    widen.textContent = state.wide ? 'fit dates' : `widen (${fitted?.full.start.slice(0, 4)}–${fitted?.full.end.slice(0, 4)})`;
    renderTimeline(
      timeline,
      net.statements,
      (date) => (state.filters.from === null && state.filters.to === null) || inDateRange({ date }, state.filters.from, state.filters.to),
      (from, to) => update({ filters: { from, to } }),
      range,
    );
  }
  const onWiden = (): void => update({ wide: !state.wide });
  widen.addEventListener('click', onWiden);

  // ---- state changes
  function writeHash(): void {
    const hash = stateToHash(state);
    if (location.hash !== hash) history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
  }

  const controls = bindControls(net, TYPE_COLORS, (p) => update(p));

  /** Applies a patch of the view state and redraws what depends on it. */
  function update(p: Patch, center = false): void {
    const { filters, ...rest } = p;
    if (filters) state.filters = { ...state.filters, ...filters };
    Object.assign(state, rest);
    if ('actor' in p || 'filters' in p || 'ego' in p) state.selectedRow = null;
    if ('actor' in p && p.actor) state.selectedEdge = null;
    if (filters || 'q' in p) state.tableLimit = 200;
    // Only filters and what to draw change the drawn set; a selection of a drawn actor, colours,
    // the table or the timeline width redraw the drawn items alone (cheap on 50,000 actors).
    const structural = !!filters || 'top' in p || 'expanded' in p || 'ego' in p || 'hops' in p || ('actor' in p && !!p.actor && !state.shown.has(p.actor));
    const changed = structural && recompute();
    updateFocus();
    if (structural) rebuild();
    if (changed) fit();
    else if (!structural) redrawShown();
    renderPanel();
    controls.sync(state);
    drawCommunities();
    drawStatus();
    drawTimeline();
    drawTable();
    writeHash();
    if (center && state.actor) {
      const d = sigma.getNodeDisplayData(state.actor);
      if (d) sigma.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
    }
  }

  function selectEdge(id: string | null): void {
    update({ actor: null });
    state.selectedEdge = id && index.edges.has(id) ? id : null;
    updateFocus();
    renderPanel();
    drawTable();
    redrawShown();
  }

  // ---- sigma events
  const hover = (node: string | null): void => {
    state.hovered = node;
    updateFocus();
    container.classList.toggle('pointer', node !== null);
    redrawShown();
  };
  sigma.on('enterNode', ({ node }) => hover(node));
  sigma.on('leaveNode', () => hover(null));
  sigma.on('enterEdge', () => container.classList.add('pointer'));
  sigma.on('leaveEdge', () => container.classList.remove('pointer'));
  sigma.on('clickNode', ({ node }) => update({ actor: node }));
  sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    update({ actor: node, expanded: [...new Set([...state.expanded, node])] });
  });
  sigma.on('clickEdge', ({ edge }) => selectEdge(edge));
  sigma.on('clickStage', () => {
    if (state.actor || state.selectedEdge || state.selectedRow) selectEdge(null);
  });

  // ---- search with completion, zoom, exports, hash
  const search = bindSearch(net, TYPE_COLORS, (id) => {
    const a = index.actors.get(id)!;
    if (!state.view.actors.has(id)) {
      // The actor is filtered out: bring its type back rather than select something invisible.
      update({ filters: { types: new Set([...state.filters.types, a.type]), speakersOnly: false, from: null, to: null, kinds: null, article: '', minConfidence: 0 } });
    }
    update({ actor: id }, true);
  });
  const onZoom = (): void => fit();
  byId('zoom-fit').addEventListener('click', onZoom);
  const onPng = (): void => void toPng(sigma as unknown as Sigma).then((b) => download('newsgraph.png', b));
  const onSvg = (): void => download('newsgraph.svg', new Blob([toSvg(sigma as unknown as Sigma, graph, labels.drawn(), labels.font())], { type: 'image/svg+xml' }));
  const onGexf = (): void => download('newsgraph.gexf', new Blob([toGexf(net, state.shown, state.view.edgeCounts)], { type: 'application/xml' }));
  byId('export-png').addEventListener('click', onPng);
  byId('export-svg').addEventListener('click', onSvg);
  byId('export-gexf').addEventListener('click', onGexf);
  const onHash = (): void => {
    if (location.hash === stateToHash(state)) return;
    const next = hashToState(location.hash);
    update({ ...next, filters: next.filters }, true);
  };
  window.addEventListener('hashchange', onHash);

  recompute();
  rebuild();
  updateFocus();
  fit(false);
  renderPanel();
  controls.sync(state);
  drawCommunities();
  drawStatus();
  drawTimeline();
  drawTable();
  writeHash();

  requestAnimationFrame(() => {
    timing.interactiveMs = performance.now();
    if (!Number.isFinite(timing.firstRenderMs)) timing.firstRenderMs = timing.interactiveMs;
    console.debug(`newsgraph viewer: ${state.shown.size} of ${net.actors.length} actors drawn; on screen ${Math.round(timing.interactiveMs - t0)} ms after the data`);
  });

  let stopLayout = (): void => {};
  const layoutDone = new Promise<void>((resolve) => {
    if (!layingOut || !full) return resolve();
    const run = layoutInWorker(full, Math.min(20_000, 3_000 + full.order), () => {
      keepBase();
      rebuild();
      fit(false);
      resolve();
    });
    stopLayout = run.stop;
  });
  void layoutDone.then(() => document.documentElement.setAttribute('data-layout', 'done'));

  current = {
    stopLayout: () => stopLayout(),
    cleanup() {
      resizer.disconnect();
      sigma.kill();
      controls.dispose();
      search.dispose();
      tableSearch.removeEventListener('input', onTableSearch);
      byId('csv').removeEventListener('click', onCsv);
      widen.removeEventListener('click', onWiden);
      byId('zoom-fit').removeEventListener('click', onZoom);
      byId('export-png').removeEventListener('click', onPng);
      byId('export-svg').removeEventListener('click', onSvg);
      byId('export-gexf').removeEventListener('click', onGexf);
      window.removeEventListener('hashchange', onHash);
    },
  };
  return {
    sigma,
    get graph() {
      return graph;
    },
    network: net,
    neighbours: (id) => [...(adjacency(net, state.view).get(id) ?? [])],
    select: (id) => update({ actor: id }),
    selectEdge,
    setFilters: (f) => update({ filters: { ...f, ...(f.types ? { types: new Set(f.types) } : {}) } as Partial<ViewFilters> }),
    update: (p) => update(p),
    shown: () => [...state.shown],
    labels: () => labels.drawn(),
    layoutDone,
    get firstRenderMs() {
      return timing.firstRenderMs;
    },
    timing,
    opening,
  };
}

function show(data: unknown, timing: LoadTiming = newTiming(), opening: OpeningDrawn | null = null): void {
  const net = loadNetwork(data);
  timing.decodedMs = performance.now();
  window.__newsgraph = start(net, timing, opening);
  document.documentElement.setAttribute('data-state', 'ready');
}

/**
 * Opens the page: a large export's opening view is drawn first (unless the URL asks for another
 * view), and the statements data is read only after that frame; then the full viewer replaces it.
 */
async function boot(): Promise<void> {
  const timing = newTiming();
  const drawing = await openingFirst(byId('graph'), status, timing);
  timing.decodeStartMs = performance.now();
  const data = await readData();
  const opening = drawing?.drawn() ?? null;
  drawing?.kill();
  show(data, timing, opening);
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

boot().catch(fail);
