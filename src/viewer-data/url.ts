// The viewer's whole view as a URL hash (#actor=…&top=…&kinds=…), so a view can be shared: the
// selection, every filter, what is drawn (top N, expanded actors, ego), colours and the table's
// search and sort. Only values that differ from the defaults are written. Pure, browser-safe.

import type { ActorType } from '../5-graph/model.js';
import { DEFAULT_TOP } from './focus.js';
import { ACTOR_TYPES, KIND_FILTERS, defaultFilters, type KindOrUnknown, type ViewFilters } from './view.js';

/** Everything a shared URL restores. */
export type ViewState = {
  filters: ViewFilters;
  actor: string | null;
  top: number;
  expanded: string[];
  ego: string | null;
  hops: 1 | 2;
  colour: 'type' | 'community';
  /** Table search text and sort (column and direction). */
  q: string;
  sort: { column: string; desc: boolean } | null;
  /** The timeline shows every date instead of the fitted range. */
  wide: boolean;
};

/** The state of a page opened without a hash. */
export function defaultViewState(): ViewState {
  return { filters: defaultFilters(), actor: null, top: DEFAULT_TOP, expanded: [], ego: null, hops: 1, colour: 'type', q: '', sort: null, wide: false };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The hash for a state ('' for the default view). */
export function stateToHash(state: ViewState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (state.actor) p.set('actor', state.actor);
  if (state.ego) p.set('ego', state.ego);
  if (state.ego && state.hops !== 1) p.set('hops', String(state.hops));
  if (state.top !== DEFAULT_TOP) p.set('top', String(state.top));
  if (state.expanded.length) p.set('expand', state.expanded.join(' '));
  if (state.colour !== 'type') p.set('colour', state.colour);
  if (f.types.size !== ACTOR_TYPES.length) p.set('types', ACTOR_TYPES.filter((t) => f.types.has(t)).join(','));
  if (f.kinds) p.set('kinds', KIND_FILTERS.filter((k) => f.kinds!.has(k)).join(','));
  if (f.speakersOnly) p.set('speakers', '1');
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.article) p.set('article', f.article);
  if (f.minConfidence > 0) p.set('conf', String(f.minConfidence));
  if (f.minEdge > 1) p.set('minEdge', String(f.minEdge));
  if (state.q) p.set('q', state.q);
  if (state.sort) p.set('sort', `${state.sort.column}:${state.sort.desc ? 'desc' : 'asc'}`);
  if (state.wide) p.set('wide', '1');
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Reads a hash back; unknown or malformed values fall back to the defaults (a URL is user input). */
export function hashToState(hash: string): ViewState {
  const st = defaultViewState();
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return st;
  }
  const f = { ...st.filters };
  const int = (v: string | null, min: number, max: number): number | null => {
    const n = v !== null && /^\d+$/.test(v) ? Number(v) : NaN;
    return n >= min && n <= max ? n : null;
  };
  st.actor = p.get('actor') || null;
  st.ego = p.get('ego') || null;
  st.hops = p.get('hops') === '2' ? 2 : 1;
  st.top = int(p.get('top'), 1, 1_000_000) ?? st.top;
  st.expanded = (p.get('expand') ?? '').split(' ').filter(Boolean);
  st.colour = p.get('colour') === 'community' ? 'community' : 'type';
  const types = p.get('types');
  if (types !== null) f.types = new Set(types.split(',').filter((t): t is ActorType => (ACTOR_TYPES as readonly string[]).includes(t)));
  const kinds = p.get('kinds');
  if (kinds !== null) f.kinds = new Set(kinds.split(',').filter((k): k is KindOrUnknown => (KIND_FILTERS as readonly string[]).includes(k)));
  f.speakersOnly = p.get('speakers') === '1';
  const from = p.get('from');
  const to = p.get('to');
  f.from = from && DAY.test(from) ? from : null;
  f.to = to && DAY.test(to) ? to : null;
  f.article = p.get('article') ?? '';
  const conf = Number(p.get('conf'));
  f.minConfidence = conf > 0 && conf <= 1 ? conf : 0;
  f.minEdge = int(p.get('minEdge'), 1, 1_000_000) ?? 1;
  st.filters = f;
  st.q = p.get('q') ?? '';
  const sort = /^([a-z]+):(asc|desc)$/.exec(p.get('sort') ?? '');
  st.sort = sort ? { column: sort[1]!, desc: sort[2] === 'desc' } : null;
  st.wide = p.get('wide') === '1';
  return st;
}
