// What the viewer shows of an actor network: the filters (actor types, speakers only, date range,
// statement kind, article/source, confidence, minimum statements per edge) applied to actors, edges
// and statements; node sizes; the timeline's date buckets and fitted range; and reading whatever
// JSON the page is given (a `newsgraph build` graph export or a ready actor network).

import { InvalidArgumentError } from '../errors.js';
import { parseGraph, type SerializedNewsGraph } from '../5-graph/json.js';
import type { ActorType } from '../5-graph/model.js';
import { ACTOR_NETWORK_FORMAT, STATEMENT_KINDS, toActorNetwork, type ActorNetwork, type ActorNetworkOptions, type ViewerActor, type ViewerStatement } from './network.js';
import { unpackNetwork, type PackedNetwork } from './pack.js';

/** Every actor type, in legend order. */
export const ACTOR_TYPES: readonly ActorType[] = ['Person', 'Organization', 'Place', 'Actor'];

/** A statement kind as the filters see it: a missing kind is "unknown". */
export type KindOrUnknown = (typeof STATEMENT_KINDS)[number] | 'unknown';

/** Every filter value of the kind filter, in order. */
export const KIND_FILTERS: readonly KindOrUnknown[] = [...STATEMENT_KINDS, 'unknown'];

/**
 * The viewer's filters. `from`/`to` are ISO days (YYYY-MM-DD), inclusive; null leaves that end open.
 * `kinds` null = every kind; `article` matches article title, id, URL or source (case-insensitive,
 * '' = all); `minConfidence` 0 keeps statements without a confidence; `minEdge` is the fewest
 * statements (after the other filters) an edge needs to be drawn.
 */
export type ViewFilters = {
  types: ReadonlySet<ActorType>;
  speakersOnly: boolean;
  from: string | null;
  to: string | null;
  kinds: ReadonlySet<KindOrUnknown> | null;
  article: string;
  minConfidence: number;
  minEdge: number;
};

/** What survives the filters, by id; `edgeCounts` counts each visible edge's statements in the date range. */
export type FilteredView = {
  actors: Set<string>;
  edges: Set<string>;
  statements: Set<string>;
  edgeCounts: Map<string, number>;
};

/** No filter: every type, every actor, every date. */
export function defaultFilters(): ViewFilters {
  return { types: new Set(ACTOR_TYPES), speakersOnly: false, from: null, to: null, kinds: null, article: '', minConfidence: 0, minEdge: 1 };
}

/** The kind filter's value of a statement. */
export function kindOf(s: Pick<ViewerStatement, 'kind'>): KindOrUnknown {
  return s.kind ?? 'unknown';
}

/**
 * The first and last day a statement date covers: "2023-01-31" → itself, "2023-01" → 1st..31st,
 * "2023" → Jan 1st..Dec 31st. Null for an untyped date text ("2022-W05") or garbage.
 */
export function dateBounds(date: string | null): { start: string; end: string } | null {
  if (date === null) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) return { start: date, end: date };
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return { start: `${date}-01`, end: `${date}-${String(last).padStart(2, '0')}` };
  }
  m = /^(\d{4})$/.exec(date);
  if (m) return { start: `${date}-01-01`, end: `${date}-12-31` };
  return null;
}

/** True when the statement's date overlaps [from, to]. Undated statements pass only when no range is set. */
export function inDateRange(s: Pick<ViewerStatement, 'date'>, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  const b = dateBounds(s.date);
  if (!b) return false;
  return (from === null || b.end >= from) && (to === null || b.start <= to);
}

/**
 * Applies the filters. A statement stays when it passes the date, kind, article and confidence
 * filters. An actor stays when its type is chosen, when it speaks (in the kept statements) if
 * `speakersOnly`, and, once any statement filter is set, when it speaks or is talked about in a kept
 * statement. An edge stays when both ends stay and at least `minEdge` of its statements are kept.
 */
export function applyFilters(net: ActorNetwork, filters: ViewFilters): FilteredView {
  const statements = new Set<string>();
  const speaking = new Set<string>();
  const involved = new Set<string>();
  const articleOk = articleMatcher(net, filters.article);
  for (const s of net.statements) {
    if (!inDateRange(s, filters.from, filters.to)) continue;
    if (filters.kinds && !filters.kinds.has(kindOf(s))) continue;
    if (articleOk && !(s.article !== null && articleOk.has(s.article))) continue;
    if (filters.minConfidence > 0 && !((s.confidence ?? 0) >= filters.minConfidence)) continue;
    statements.add(s.id);
    if (s.speaker) {
      speaking.add(s.speaker);
      involved.add(s.speaker);
    }
    for (const a of s.about) involved.add(a);
  }
  const narrowed = filters.from !== null || filters.to !== null || filters.kinds !== null || articleOk !== null || filters.minConfidence > 0;
  const actors = new Set<string>();
  for (const a of net.actors) {
    if (!filters.types.has(a.type)) continue;
    if (filters.speakersOnly && !speaking.has(a.id)) continue;
    if (narrowed && !involved.has(a.id)) continue;
    actors.add(a.id);
  }
  const edges = new Set<string>();
  const edgeCounts = new Map<string, number>();
  const least = Math.max(1, filters.minEdge);
  for (const e of net.edges) {
    if (!actors.has(e.source) || !actors.has(e.target)) continue;
    const n = e.statements.reduce((k, id) => k + (statements.has(id) ? 1 : 0), 0);
    if (n < least) continue;
    edges.add(e.id);
    edgeCounts.set(e.id, n);
  }
  return { actors, edges, statements, edgeCounts };
}

/** The ids of the articles a query matches (title, id, URL, source), or null for no query. */
function articleMatcher(net: ActorNetwork, query: string): Set<string> | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const ids = new Set<string>();
  for (const a of net.articles) {
    const hay = [a.title, a.articleId, a.url, a.source, a.id].filter((x): x is string => !!x).join(' ').toLowerCase();
    if (hay.includes(q)) ids.add(a.id);
  }
  return ids;
}

/**
 * The date range the timeline shows: where the statements are. The 3rd and 97th percentiles of the
 * statements' first days, so one statement about 1934 in a 2016 corpus does not stretch the axis;
 * the full extent when that is at most twice as long. `outside` counts dated statements beyond.
 */
export function fittedDateRange(statements: readonly ViewerStatement[]): { start: string; end: string; full: { start: string; end: string }; outside: number } | null {
  const days: string[] = [];
  for (const s of statements) {
    const b = dateBounds(s.date);
    if (b) days.push(b.start);
  }
  if (!days.length) return null;
  days.sort();
  const full = { start: days[0]!, end: days[days.length - 1]! };
  const lo = days[Math.floor(0.03 * (days.length - 1))]!;
  const hi = days[Math.ceil(0.97 * (days.length - 1))]!;
  const span = (a: string, b: string): number => Date.parse(b) - Date.parse(a);
  if (span(full.start, full.end) <= 2 * Math.max(86_400_000, span(lo, hi))) return { start: full.start, end: full.end, full, outside: 0 };
  const outside = days.filter((d) => d < lo || d > hi).length;
  return { start: lo, end: hi, full, outside };
}

/** The largest node radius, in pixels: a hub of a big corpus must not cover its neighbours. */
export const MAX_ACTOR_SIZE = 36;

/**
 * Node radius in pixels: grows with the square root of what the actor says (counted twice) and
 * what is said about it, up to MAX_ACTOR_SIZE.
 */
export function actorSize(a: Pick<ViewerActor, 'said' | 'mentioned'>): number {
  return Math.min(MAX_ACTOR_SIZE, 4 + 2.5 * Math.sqrt(2 * a.said + a.mentioned));
}

/** Edge width in pixels from its statement count. */
export function edgeSize(count: number): number {
  return 1 + 1.5 * Math.log2(Math.max(1, count));
}

/** Statements per start day, sorted by day: the timeline's bars. Undated statements are left out. */
export function timelineBuckets(statements: readonly ViewerStatement[]): Array<{ day: string; date: string; statements: string[] }> {
  const byDate = new Map<string, { day: string; date: string; statements: string[] }>();
  for (const s of statements) {
    const b = dateBounds(s.date);
    if (!b || s.date === null) continue;
    const bucket = byDate.get(s.date);
    if (bucket) bucket.statements.push(s.id);
    else byDate.set(s.date, { day: b.start, date: s.date, statements: [s.id] });
  }
  return [...byDate.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.date < b.date ? -1 : 1));
}

/** Actors whose label or alias matches a query: exact, then prefix of a word, then substring; at most `limit`. */
export function searchActors(net: ActorNetwork, query: string, limit = 8): ViewerActor[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: Array<[number, ViewerActor]> = [];
  for (const a of net.actors) {
    let best = Infinity;
    for (const name of [a.label, ...a.aliases]) {
      const n = name.toLowerCase();
      const score = n === q ? 0 : n.startsWith(q) ? 1 : n.split(/[\s-]+/).some((w) => w.startsWith(q)) ? 2 : n.includes(q) ? 3 : Infinity;
      best = Math.min(best, score);
    }
    if (best < Infinity) scored.push([best, a]);
  }
  scored.sort((x, y) => x[0] - y[0] || y[1].said + y[1].mentioned - (x[1].said + x[1].mentioned) || (x[1].label < y[1].label ? -1 : 1));
  return scored.slice(0, limit).map(([, a]) => a);
}

/**
 * Reads the data given to the viewer: a ready actor network, or a graph export as written by
 * `newsgraph build` (converted here).
 * @throws InvalidArgumentError when the data is neither
 */
export function loadNetwork(data: unknown, options: ActorNetworkOptions = {}): ActorNetwork {
  if (data !== null && typeof data === 'object') {
    const d = data as { format?: unknown; nodes?: unknown; edges?: unknown; actors?: unknown };
    if (d.format === ACTOR_NETWORK_FORMAT && Array.isArray(d.actors)) {
      return (data as { packed?: unknown }).packed ? unpackNetwork(data as PackedNetwork) : (data as ActorNetwork);
    }
    if (Array.isArray(d.nodes)) return toActorNetwork(parseGraph(data as SerializedNewsGraph), options);
  }
  throw new InvalidArgumentError(
    'loadNetwork: the data is neither a newsgraph graph export ({ nodes, edges, … } from `newsgraph build`) nor an actor network; give the .json that `newsgraph build` writes.',
  );
}
