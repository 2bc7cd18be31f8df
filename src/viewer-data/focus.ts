// Which actors the viewer draws of a filtered network: the most central ones (statements made and
// received, counted over the filters), the neighbourhoods the user expanded, or one actor's ego
// network (1 or 2 hops of statement partners); and the community legend. Pure, browser-safe.

import type { ActorNetwork, ViewerActor } from './network.js';
import type { FilteredView } from './view.js';

/** How many actors the page starts with. */
export const DEFAULT_TOP = 100;

/** What to draw: the top `top` actors plus the `expanded` ones' neighbours, or only `ego`'s network. */
export type FocusOptions = {
  top: number;
  expanded: readonly string[];
  ego: string | null;
  hops: 1 | 2;
};

/** Statements made and received by each kept actor, over the kept statements. */
export function centrality(net: ActorNetwork, view: FilteredView): Map<string, number> {
  const score = new Map<string, number>();
  const add = (id: string): void => {
    if (view.actors.has(id)) score.set(id, (score.get(id) ?? 0) + 1);
  };
  for (const s of net.statements) {
    if (!view.statements.has(s.id)) continue;
    if (s.speaker) add(s.speaker);
    for (const a of s.about) if (a !== s.speaker) add(a);
  }
  for (const id of view.actors) if (!score.has(id)) score.set(id, 0);
  return score;
}

/** The kept actors, most central first (ties by label, then id, so the order is stable). */
export function rankActors(net: ActorNetwork, view: FilteredView, score: Map<string, number> = centrality(net, view)): ViewerActor[] {
  return net.actors
    .filter((a) => view.actors.has(a.id))
    .sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || (a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : 1));
}

/** Each kept actor's partners over kept edges, either direction. */
export function adjacency(net: ActorNetwork, view: FilteredView): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    let set = adj.get(a);
    if (!set) adj.set(a, (set = new Set()));
    set.add(b);
  };
  for (const e of net.edges) {
    if (!view.edges.has(e.id)) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return adj;
}

/** The actors within `hops` statement links of `id` (itself included). */
export function egoNetwork(adj: Map<string, Set<string>>, id: string, hops: number): Set<string> {
  const seen = new Set([id]);
  let frontier = [id];
  for (let h = 0; h < hops; h++) {
    const next: string[] = [];
    for (const n of frontier) for (const m of adj.get(n) ?? []) if (!seen.has(m)) (seen.add(m), next.push(m));
    frontier = next;
  }
  return seen;
}

/** The actors to draw, all of them kept by the filters. */
export function shownActors(net: ActorNetwork, view: FilteredView, options: FocusOptions, ranked?: ViewerActor[]): Set<string> {
  const adj = adjacency(net, view);
  if (options.ego && view.actors.has(options.ego)) return egoNetwork(adj, options.ego, options.hops);
  const order = ranked ?? rankActors(net, view);
  const shown = new Set(order.slice(0, Math.max(0, options.top)).map((a) => a.id));
  for (const id of options.expanded) {
    if (!view.actors.has(id)) continue;
    shown.add(id);
    for (const m of adj.get(id) ?? []) shown.add(m);
  }
  return shown;
}

/** A community of the legend: its number, size (among `among`) and its most central actors. */
export type CommunitySummary = { community: number; size: number; top: ViewerActor[] };

/** The largest communities among `among` actors, with their `perGroup` most central actors. */
export function communityLegend(net: ActorNetwork, among: ReadonlySet<string>, score: Map<string, number>, limit = 8, perGroup = 3): CommunitySummary[] {
  const groups = new Map<number, ViewerActor[]>();
  for (const a of net.actors) {
    if (a.community === undefined || !among.has(a.id)) continue;
    const list = groups.get(a.community);
    if (list) list.push(a);
    else groups.set(a.community, [a]);
  }
  return [...groups.entries()]
    .map(([community, list]) => ({
      community,
      size: list.length,
      top: list.sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || (a.label < b.label ? -1 : 1)).slice(0, perGroup),
    }))
    .sort((a, b) => b.size - a.size || a.community - b.community)
    .slice(0, limit);
}
