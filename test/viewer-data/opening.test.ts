// src/viewer-data/opening.ts: the opening view an exported page draws before it reads its
// statements — the viewer's own top-N actors, stored positions, centralities and links, the same on
// the network the page unpacks; none for a network without stored positions.

import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import {
  ACTOR_NETWORK_FORMAT,
  applyFilters,
  centrality,
  defaultFilters,
  DEFAULT_TOP,
  openingEdges,
  openingView,
  OPENING_VIEW_FORMAT,
  packNetwork,
  prepareNetwork,
  rankActors,
  readOpeningView,
  shownActors,
  unpackNetwork,
  type ActorNetwork,
  type ViewerStatement,
} from '../../src/viewer-data/index.js';
import { edgesOf } from '../../src/viewer-data/network.js';

/** 160 actors; statements from a deterministic generator so centralities differ and tie. */
function network(): ActorNetwork {
  let seed = 7;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const ids = Array.from({ length: 160 }, (_, i) => `http://x/a${i}`);
  const statements: ViewerStatement[] = Array.from({ length: 900 }, (_, i) => {
    // Skewed: low indices speak and are talked about more often.
    const s = ids[Math.min(rnd(160), rnd(160))]!;
    const about = [ids[Math.min(rnd(160), rnd(160), rnd(160))]!];
    return { id: `http://x/art${i % 9}/s${i}`, speaker: i % 31 === 0 ? null : s, speakerText: 'x', about, content: `c${i}`, cue: 'said', form: 'direct', date: i % 5 ? '2016-03-01' : null, place: null, sentence: null, article: `http://x/art${i % 9}`, nestedIn: null, ...(i % 4 ? { kind: 'speech' as const } : {}) };
  });
  const actors = ids.map((id, i) => ({ id, label: `Actor ${i % 40}`, type: i % 3 ? ('Person' as const) : ('Organization' as const), aliases: [], subtypes: [], roles: [], affiliations: [], speaksFor: [], sameAs: [], anonymous: false, said: 0, mentioned: 0 }));
  const articles = Array.from({ length: 9 }, (_, i) => ({ id: `http://x/art${i}`, articleId: null, title: null, url: null, published: null }));
  return { format: ACTOR_NETWORK_FORMAT, version: 1, actors, edges: edgesOf(statements), statements, articles };
}

const laidOut = (): ActorNetwork => prepareNetwork(network(), { layout: 'always' });

describe('the opening view of an exported page', () => {
  it('holds the actors the viewer draws at open, most central first, with their stored positions and centralities', () => {
    const net = laidOut();
    const view = applyFilters(net, defaultFilters());
    const score = centrality(net, view);
    const shown = shownActors(net, view, { top: DEFAULT_TOP, expanded: [], ego: null, hops: 1 }, rankActors(net, view, score));
    const opening = openingView(net)!;
    expect(opening.actors.map((a) => a.id)).toEqual([...shown]);
    expect(opening.actors).toHaveLength(DEFAULT_TOP);
    const byId = new Map(net.actors.map((a) => [a.id, a]));
    for (const a of opening.actors) {
      const full = byId.get(a.id)!;
      expect(a).toEqual({ id: full.id, label: full.label, type: full.type, community: full.community, x: full.x, y: full.y, score: score.get(a.id) });
    }
    // Ties broken as the viewer breaks them (score, then label, then id): the order is the ranking's.
    expect(opening.actors.map((a) => a.score)).toEqual([...opening.actors.map((a) => a.score)].sort((x, y) => y - x));
  });

  it('holds exactly the links among those actors, in the network order, with their counts and kept counts', () => {
    const net = laidOut();
    const opening = openingView(net)!;
    const shown = new Set(opening.actors.map((a) => a.id));
    const view = applyFilters(net, defaultFilters());
    const expected = net.edges.filter((e) => shown.has(e.source) && shown.has(e.target)).map((e) => ({ id: e.id, source: e.source, target: e.target, count: e.count, kept: view.edgeCounts.get(e.id) }));
    expect(expected.length).toBeGreaterThan(20);
    expect(openingEdges(opening)).toEqual(expected);
    expect(opening.links[0]).toHaveLength(4);
    expect(opening.totals).toEqual({ actors: 160, edges: net.edges.length, statements: 900 });
  });

  it('is the same built from the network the page unpacks as from the exported one', () => {
    const net = laidOut();
    expect(openingView(unpackNetwork(JSON.parse(JSON.stringify(packNetwork(net)))))).toEqual(openingView(net));
  });

  it('follows the count it is given', () => {
    expect(openingView(laidOut(), 12)!.actors).toHaveLength(12);
  });

  it('is null for a network the page lays out itself (no stored positions)', () => {
    expect(openingView(network())).toBeNull();
    expect(openingView(prepareNetwork(network(), { layout: 'never' }))).toBeNull();
  });

  it('reads back from its JSON, and refuses anything else', () => {
    const opening = openingView(laidOut())!;
    expect(readOpeningView(JSON.parse(JSON.stringify(opening)))).toEqual(opening);
    expect(opening.format).toBe(OPENING_VIEW_FORMAT);
    expect(() => readOpeningView({ format: OPENING_VIEW_FORMAT, version: 2, actors: [], links: [], totals: {} })).toThrow(InvalidArgumentError);
    expect(() => readOpeningView(null)).toThrow(InvalidArgumentError);
  });
});
