// src/viewer-data focus, URL state and preparation: the most central actors, expand and ego
// networks, the community legend, the new filters (kind, article, confidence, minimum per edge),
// the fitted date range, the URL hash round trip, and Louvain + layout precomputed at export.

import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import {
  ACTOR_NETWORK_FORMAT,
  adjacency,
  applyFilters,
  centrality,
  communityLegend,
  defaultFilters,
  defaultViewState,
  edgeId,
  egoNetwork,
  fittedDateRange,
  hashToState,
  prepareNetwork,
  placeActors,
  rankActors,
  shownActors,
  stateToHash,
  type ActorNetwork,
  type ViewerStatement,
} from '../../src/viewer-data/index.js';

const actor = (id: string, type: 'Person' | 'Organization' | 'Place' = 'Person') => ({
  id, label: id.toUpperCase(), type, aliases: [], subtypes: [], roles: [], affiliations: [], speaksFor: [], sameAs: [], anonymous: false, said: 0, mentioned: 0,
});

/** A chain a→b→c→d plus a star around e (e talks about f, g, h) and a lone actor z. */
function network(): ActorNetwork {
  const pairs: Array<[string, string, Partial<ViewerStatement>]> = [
    ['a', 'b', { date: '2016-03-01', kind: 'speech', article: 'art1', confidence: 0.9 }],
    ['b', 'c', { date: '2016-03-02', kind: 'stance', article: 'art1', confidence: 0.4 }],
    ['c', 'd', { date: '2016-03-03', article: 'art2' }],
    ['e', 'f', { date: '2016-03-04', article: 'art2' }],
    ['e', 'g', { date: '2016-03-05', article: 'art2' }],
    ['e', 'h', { date: '1934', article: 'art2' }],
    ['e', 'f', { date: '2016-03-06', article: 'art2' }],
  ];
  const statements: ViewerStatement[] = pairs.map(([s, t, extra], i) => ({
    id: `s${i}`, speaker: s, speakerText: s, about: [t], content: `c${i}`, cue: 'said', form: 'indirect', date: null, place: null, sentence: null, article: null, nestedIn: null, ...extra,
  }));
  const edges = new Map<string, { id: string; source: string; target: string; count: number; statements: string[] }>();
  for (const st of statements) {
    const id = edgeId(st.speaker!, st.about[0]!);
    const e = edges.get(id) ?? { id, source: st.speaker!, target: st.about[0]!, count: 0, statements: [] };
    e.count++;
    e.statements.push(st.id);
    edges.set(id, e);
  }
  return {
    format: ACTOR_NETWORK_FORMAT,
    version: 1,
    actors: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'z'].map((id) => actor(id, id === 'h' ? 'Place' : 'Person')),
    edges: [...edges.values()],
    statements,
    articles: [
      { id: 'art1', articleId: 'polnear:breitbart_1', title: 'Budget talks', url: null, published: null, source: 'breitbart' },
      { id: 'art2', articleId: 'polnear:nyt_2', title: 'Harbour plan', url: null, published: null, source: 'nyt' },
    ],
  };
}

const view = (net = network(), f = {}) => applyFilters(net, { ...defaultFilters(), ...f });

describe('the most central actors', () => {
  it('scores statements made and received over the kept statements, and ranks by it', () => {
    const net = network();
    const score = centrality(net, view(net));
    expect(score.get('e')).toBe(4);
    expect(score.get('z')).toBe(0);
    expect(rankActors(net, view(net)).map((a) => a.id).slice(0, 3)).toEqual(['e', 'b', 'c']);
  });

  it('counts only what passes the filters', () => {
    const net = network();
    const v = view(net, { article: 'breitbart' });
    expect(centrality(net, v).get('e')).toBeUndefined();
    expect(rankActors(net, v).map((a) => a.id)).toEqual(['b', 'a', 'c']);
  });

  it.each([
    [{ top: 2, expanded: [], ego: null, hops: 1 }, ['b', 'e']],
    [{ top: 1, expanded: ['c'], ego: null, hops: 1 }, ['b', 'c', 'd', 'e']],
    [{ top: 9, expanded: [], ego: 'c', hops: 1 }, ['b', 'c', 'd']],
    [{ top: 9, expanded: [], ego: 'c', hops: 2 }, ['a', 'b', 'c', 'd']],
  ] as const)('draws %j as %j', (options, ids) => {
    const net = network();
    expect([...shownActors(net, view(net), { ...options, expanded: [...options.expanded] })].sort()).toEqual(ids);
  });

  it('walks ego networks both ways along the links', () => {
    const net = network();
    expect([...egoNetwork(adjacency(net, view(net)), 'd', 3)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the new filters', () => {
  it.each([
    ['kind speech only', { kinds: new Set(['speech']) }, ['s0']],
    ['kind unknown (no kind given)', { kinds: new Set(['unknown']) }, ['s2', 's3', 's4', 's5', 's6']],
    ['confidence ≥ 0.5 (none = 0)', { minConfidence: 0.5 }, ['s0']],
    ['article by source', { article: 'NYT' }, ['s2', 's3', 's4', 's5', 's6']],
    ['article by title', { article: 'budget' }, ['s0', 's1']],
  ])('%s keeps %j', (_name, f, ids) => {
    expect([...view(network(), f).statements].sort()).toEqual(ids);
  });

  it('drops edges with fewer statements than the minimum, keeping the actors', () => {
    const v = view(network(), { minEdge: 2 });
    expect([...v.edges]).toEqual([edgeId('e', 'f')]);
    expect(v.actors.has('a')).toBe(true);
  });

  it('keeps only actors in a kept statement once a statement filter is set', () => {
    expect([...view(network(), { kinds: new Set(['stance']) }).actors].sort()).toEqual(['b', 'c']);
  });
});

describe('the fitted date range', () => {
  it('leaves an outlier year out of the timeline and counts it', () => {
    const statements = Array.from({ length: 60 }, (_, i) => ({ date: `2016-03-${String(1 + (i % 28)).padStart(2, '0')}` }) as ViewerStatement);
    statements.push({ date: '1934' } as ViewerStatement);
    expect(fittedDateRange(statements)).toEqual({ start: '2016-03-01', end: '2016-03-28', full: { start: '1934-01-01', end: '2016-03-28' }, outside: 1 });
  });

  it('keeps the full range when nothing is far out, and is null with no dates', () => {
    expect(fittedDateRange([{ date: '2016-03-01' }, { date: '2016-03-09' }] as ViewerStatement[])).toMatchObject({ start: '2016-03-01', end: '2016-03-09', outside: 0 });
    expect(fittedDateRange([{ date: null }] as ViewerStatement[])).toBeNull();
  });
});

describe('the URL hash', () => {
  it('is empty for the default view and keeps #actor= for a selection alone', () => {
    expect(stateToHash(defaultViewState())).toBe('');
    expect(decodeURIComponent(stateToHash({ ...defaultViewState(), actor: 'https://x.org/id/a' }))).toBe('#actor=https://x.org/id/a');
  });

  it('round-trips every setting', () => {
    const st = {
      ...defaultViewState(),
      actor: 'https://x.org/a',
      top: 40,
      expanded: ['https://x.org/b', 'https://x.org/c'],
      ego: 'https://x.org/d',
      hops: 2 as const,
      colour: 'community' as const,
      q: 'budget talks',
      sort: { column: 'date', desc: true },
      wide: true,
      filters: { ...defaultFilters(), types: new Set(['Person' as const]), kinds: new Set(['speech' as const, 'unknown' as const]), speakersOnly: true, from: '2016-01-01', to: '2016-02-01', article: 'nyt', minConfidence: 0.5, minEdge: 3 },
    };
    expect(hashToState(stateToHash(st))).toEqual(st);
  });

  it.each(['#top=-3&from=yesterday&conf=7&kinds=bogus&sort=x', '#%%%', '#minEdge=abc&hops=9'])('falls back to defaults on malformed values in %s', (hash) => {
    const st = hashToState(hash);
    expect(st.top).toBe(defaultViewState().top);
    expect(st.filters.from).toBeNull();
    expect(st.filters.minConfidence).toBe(0);
    expect(st.filters.minEdge).toBe(1);
    expect(st.hops).toBe(1);
  });
});

describe('prepareNetwork', () => {
  it('puts linked actors in communities numbered by size, each lone actor in its own', () => {
    const net = prepareNetwork(network());
    const c = Object.fromEntries(net.actors.map((a) => [a.id, a.community]));
    expect(c.e).toBe(c.f);
    expect(c.e).toBe(c.g);
    expect(c.a).toBe(c.b);
    expect(c.e).not.toBe(c.a);
    expect(new Set(Object.values(c)).size).toBeGreaterThanOrEqual(3);
    expect(net.laidOut).toBeUndefined();
    const legend = communityLegend(net, new Set(net.actors.map((a) => a.id)), centrality(net, view(net)));
    expect(legend[0]!.size).toBeGreaterThanOrEqual(legend[1]!.size);
    expect(legend.find((g) => g.community === c.e)!.top[0]!.id).toBe('e');
  });

  it('lays out once when asked (or when large), deterministically, with finite positions', () => {
    const a = prepareNetwork(network(), { layout: 'always' });
    const b = prepareNetwork(network(), { layout: 'always' });
    expect(a.laidOut).toBe(true);
    expect(a.actors.every((x) => Number.isFinite(x.x) && Number.isFinite(x.y))).toBe(true);
    expect(a.actors.map((x) => [x.x, x.y])).toEqual(b.actors.map((x) => [x.x, x.y]));
  });

  it('places actors the same whatever order actors and links come in, lone actors outside the linked ones', () => {
    const net = network();
    const ids = net.actors.map((a) => a.id);
    const a = placeActors({ actors: ids, links: net.edges }, { layout: true });
    const b = placeActors({ actors: [...ids].reverse(), links: [...net.edges].reverse() }, { layout: true });
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
    const linked = new Set(net.edges.flatMap((e) => [e.source, e.target]));
    const r = (id: string): number => Math.hypot(a.get(id)!.x!, a.get(id)!.y!);
    const lone = ids.filter((id) => !linked.has(id));
    expect(lone.length).toBeGreaterThan(0);
    for (const id of lone) for (const l of linked) expect(r(id)).toBeGreaterThan(r(l));
  });

  it('keeps the placement a merged corpus graph carries instead of computing it again', () => {
    const net = prepareNetwork(network(), { layout: 'always' });
    for (const x of net.actors) x.x = 1234;
    expect(prepareNetwork(net).actors.every((x) => x.x === 1234)).toBe(true);
  });

  it('rejects an unknown layout option', () => {
    expect(() => prepareNetwork(network(), { layout: 'sometimes' as 'auto' })).toThrow(InvalidArgumentError);
  });
});
