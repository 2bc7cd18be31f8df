// The opening view of an exported page (`export --format html` of a large network): the actors the
// viewer draws at open (the most central, with their stored positions, centralities and the links
// among them), computed at export with the viewer's own filters, centrality and ranking, so the page
// draws it before it decodes the statements. Pure and browser-safe: the CLI builds it, the page reads it.

import { InvalidArgumentError } from '../errors.js';
import { centrality, DEFAULT_TOP, rankActors, shownActors } from './focus.js';
import { edgeId, type ActorNetwork, type ViewerActor } from './network.js';
import { applyFilters, defaultFilters } from './view.js';

/** Tag of a serialised opening view. */
export const OPENING_VIEW_FORMAT = 'newsgraph-opening-view';

/** An actor of the opening view: what the page needs to draw and label it. */
export type OpeningActor = Pick<ViewerActor, 'id' | 'label' | 'type'> & {
  community: number;
  x: number;
  y: number;
  /** Statements made and received (the viewer's centrality, no filter). */
  score: number;
};

/** A drawn link: `count` is the edge's statements, `kept` those the (default) filters keep. */
export type OpeningEdge = { id: string; source: string; target: string; count: number; kept: number };

/**
 * What the viewer shows at open with no URL state: `actors` in the viewer's drawn order (most central
 * first), `links` among them in the network's edge order (the order the page arranges them in) as
 * [source index, target index, count, kept] into `actors` (openingEdges gives them back as edges),
 * and the totals of the status line.
 */
export type OpeningView = {
  format: typeof OPENING_VIEW_FORMAT;
  version: 1;
  top: number;
  actors: OpeningActor[];
  links: Array<[number, number, number, number]>;
  totals: { actors: number; edges: number; statements: number };
};

/**
 * The opening view of a laid-out network (every actor with x, y and community, as `build` stores
 * them), or null when the page lays the network out itself (no stored positions to draw from).
 * Uses applyFilters, centrality, rankActors and shownActors with the default view state, as the
 * page does, so what is drawn first is what the fully loaded page draws.
 */
export function openingView(net: ActorNetwork, top: number = DEFAULT_TOP): OpeningView | null {
  if (!net.laidOut || net.actors.some((a) => a.community === undefined || a.x === undefined || a.y === undefined)) return null;
  const view = applyFilters(net, defaultFilters());
  const score = centrality(net, view);
  const shown = shownActors(net, view, { top, expanded: [], ego: null, hops: 1 }, rankActors(net, view, score));
  const byId = new Map(net.actors.map((a) => [a.id, a]));
  const actors = [...shown].map((id): OpeningActor => {
    const a = byId.get(id)!;
    return { id, label: a.label, type: a.type, community: a.community!, x: a.x!, y: a.y!, score: score.get(id) ?? 0 };
  });
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const links: OpeningView['links'] = [];
  for (const e of net.edges) {
    if (!view.edges.has(e.id) || !shown.has(e.source) || !shown.has(e.target)) continue;
    links.push([index.get(e.source)!, index.get(e.target)!, e.count, view.edgeCounts.get(e.id) ?? 0]);
  }
  return {
    format: OPENING_VIEW_FORMAT,
    version: 1,
    top,
    actors,
    links,
    totals: { actors: net.actors.length, edges: net.edges.length, statements: net.statements.length },
  };
}

/** The opening view's links as edges (ids as the network's: edgeId of source and target). */
export function openingEdges(view: OpeningView): OpeningEdge[] {
  return view.links.map(([s, t, count, kept]) => {
    const source = view.actors[s]!.id;
    const target = view.actors[t]!.id;
    return { id: edgeId(source, target), source, target, count, kept };
  });
}

/**
 * Reads an opening view from the page's block.
 * @throws InvalidArgumentError when the data is not an opening view of this version
 */
export function readOpeningView(data: unknown): OpeningView {
  const d = data as Partial<OpeningView> | null;
  if (!d || d.format !== OPENING_VIEW_FORMAT || d.version !== 1 || !Array.isArray(d.actors) || !Array.isArray(d.links) || !d.totals) {
    throw new InvalidArgumentError(`readOpeningView: the page's opening view is not a ${OPENING_VIEW_FORMAT} of version 1; export the page again with this version.`);
  }
  return d as OpeningView;
}
