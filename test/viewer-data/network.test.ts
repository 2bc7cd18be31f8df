// src/viewer-data: a NewsGraph → the viewer's actor network (merged speaker → about edges with
// counts, statements with sentences), and the filters, sizes, search and timeline over it.

import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { stringifyGraph } from '../../src/5-graph/json.js';
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from '../../src/5-graph/model.js';
import {
  actorSize,
  articleSource,
  MAX_ACTOR_SIZE,
  applyFilters,
  dateBounds,
  defaultFilters,
  edgeId,
  edgeSize,
  inDateRange,
  loadNetwork,
  packNetwork,
  searchActors,
  timelineBuckets,
  toActorNetwork,
  type ActorNetwork,
  type ViewFilters,
} from '../../src/viewer-data/index.js';

const ID = 'https://w3id.org/newsgraph/id/';
const ART = `${ID}article/a1`;
const A = { lavrov: `${ID}person/sergei-lavrov`, blinken: `${ID}person/anthony-blinken`, nato: `${ID}organization/nato`, russia: `${ID}place/russia`, us: `${ID}place/united-states` };
const TEXT = 'Lavrov said Blinken lied. He said Blinken and NATO failed. Blinken said Russia must leave. Lavrov praised Lavrov. Someone said the US was wrong.';

type St = { id: string; speaker?: string; about: string[]; date?: string; start: number; sentence: [number, number]; place?: string };

/** A small graph in the shape toGraph gives: actors, a role, an article, statements and their edges. */
function graph(statements: St[]): NewsGraph {
  const g: NewsGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const actor = (key: string, label: string, type: 'Person' | 'Organization' | 'Place', aliases: string[] = []): void =>
    void g.addNode(key, { kind: 'actor', type, label, labels: [label], aliases, subtypes: [], sameAs: [] });
  actor(A.lavrov, 'Sergei Lavrov', 'Person', ['Lavrov']);
  actor(A.blinken, 'Anthony Blinken', 'Person', ['Blinken']);
  actor(A.nato, 'NATO', 'Organization');
  actor(A.russia, 'Russia', 'Place');
  actor(A.us, 'United States', 'Place', ['US']);
  g.addNode(ART, { kind: 'article', type: 'Article', label: 'a1', articleId: 'a1', published: '2023-01-31' });
  g.addNode(`${A.lavrov}/role/fm`, { kind: 'role', type: 'Role', label: 'Russian Foreign Minister', labels: ['Russian Foreign Minister'] });
  const edge = (s: string, relation: string, t: string): void => void g.addEdgeWithKey(`${s}|${relation}|${t}`, s, t, { relation, predicate: `https://w3id.org/newsgraph/ns#${relation}` });
  edge(A.lavrov, 'role', `${A.lavrov}/role/fm`);
  edge(A.lavrov, 'affiliation', A.russia);
  edge(A.blinken, 'affiliation', A.us);
  for (const s of statements) {
    const key = `${ART}/statement/${s.id}`;
    g.addNode(key, {
      kind: 'statement',
      type: 'Statement',
      label: s.id,
      content: `content ${s.id}`,
      form: 'indirect',
      cue: 'said',
      ...(s.date ? { date: s.date } : {}),
      start: s.start,
      end: s.start + 5,
      sentenceStart: s.sentence[0],
      sentenceEnd: s.sentence[1],
    });
    edge(key, 'reportedIn', ART);
    if (s.speaker) edge(key, 'speaker', s.speaker);
    if (s.place) edge(key, 'place', s.place);
    for (const t of s.about) edge(key, 'about', t);
  }
  return g;
}

const STATEMENTS: St[] = [
  { id: 's1', speaker: A.lavrov, about: [A.blinken], date: '2023-01-31', start: 12, sentence: [0, 25] },
  { id: 's2', speaker: A.lavrov, about: [A.blinken, A.nato], date: '2023-01-18', start: 34, sentence: [26, 58], place: A.russia },
  { id: 's3', speaker: A.blinken, about: [A.russia], date: '2022-12', start: 72, sentence: [59, 89] },
  { id: 's4', speaker: A.lavrov, about: [A.lavrov], start: 97, sentence: [90, 117] },
  { id: 's5', about: [A.us], date: '2022', start: 130, sentence: [118, 144] },
];

const net = (): ActorNetwork => toActorNetwork(graph(STATEMENTS), { texts: { a1: TEXT } });
const filters = (f: Partial<ViewFilters> = {}): ViewFilters => ({ ...defaultFilters(), ...f });

describe('toActorNetwork', () => {
  it('merges parallel statements into one edge with their count, in text order', () => {
    const e = net().edges.find((x) => x.id === edgeId(A.lavrov, A.blinken))!;
    expect(e).toMatchObject({ source: A.lavrov, target: A.blinken, count: 2 });
    expect(e.statements).toEqual([`${ART}/statement/s1`, `${ART}/statement/s2`]);
  });

  it('makes edges only from a speaker to what it talks about: no self-loops, none from unknown speakers', () => {
    expect(net().edges.map((e) => [e.source, e.target, e.count])).toEqual([
      [A.blinken, A.russia, 1],
      [A.lavrov, A.blinken, 2],
      [A.lavrov, A.nato, 1],
    ].sort((x, y) => (edgeId(x[0] as string, x[1] as string) < edgeId(y[0] as string, y[1] as string) ? -1 : 1)));
  });

  it.each([
    [A.lavrov, 3, 1],
    [A.blinken, 1, 2],
    [A.nato, 0, 1],
    [A.us, 0, 1],
  ])('counts what %s said and how often it is talked about', (id, said, mentioned) => {
    expect(net().actors.find((a) => a.id === id)).toMatchObject({ said, mentioned });
  });

  it('keeps roles and affiliations on the actor', () => {
    expect(net().actors.find((a) => a.id === A.lavrov)).toMatchObject({ roles: ['Russian Foreign Minister'], affiliations: [A.russia], aliases: ['Lavrov'] });
  });

  it('gives each statement its content, cue, date, place, article and source sentence', () => {
    const s2 = net().statements.find((s) => s.id.endsWith('/s2'))!;
    expect(s2).toMatchObject({ content: 'content s2', cue: 'said', date: '2023-01-18', place: A.russia, article: ART, speaker: A.lavrov, sentence: 'He said Blinken and NATO failed.' });
  });

  it.each([
    ['by article id', { a1: TEXT }, 'Lavrov said Blinken lied.'],
    ['by article IRI', { [ART]: TEXT }, 'Lavrov said Blinken lied.'],
    ['not at all', undefined, null],
    ['too short to hold the offsets', { a1: 'short' }, null],
  ])('finds the sentence when the text is given %s', (_how, texts, sentence) => {
    const n = toActorNetwork(graph(STATEMENTS), texts ? { texts } : {});
    expect(n.statements[0]!.sentence).toBe(sentence);
  });

  it('keeps statements without a speaker', () => {
    expect(net().statements.find((s) => s.id.endsWith('/s5'))).toMatchObject({ speaker: null, about: [A.us] });
  });

  it('gives the same network for the graph and for its JSON export', () => {
    expect(loadNetwork(JSON.parse(stringifyGraph(graph(STATEMENTS))), { texts: { a1: TEXT } })).toEqual(net());
  });

  it('passes a ready network through loadNetwork unchanged', () => {
    const n = net();
    expect(loadNetwork(JSON.parse(JSON.stringify(n)))).toEqual(n);
  });

  it.each([null, 42, 'graph', { nodes: 'x' }, { format: 'other' }])('rejects %j as viewer data with InvalidArgumentError', (data) => {
    expect(() => loadNetwork(data)).toThrow(InvalidArgumentError);
  });

  it.each([
    ['a graph that is not one', () => toActorNetwork({} as NewsGraph)],
    ['texts that are not strings', () => toActorNetwork(graph([]), { texts: { a1: 3 as unknown as string } })],
    ['null options', () => toActorNetwork(graph([]), null as unknown as object)],
  ])('throws InvalidArgumentError for %s', (_what, call) => {
    expect(call).toThrow(InvalidArgumentError);
  });
});

describe('applyFilters', () => {
  it('keeps everything by default', () => {
    const v = applyFilters(net(), defaultFilters());
    expect([v.actors.size, v.edges.size, v.statements.size]).toEqual([5, 3, 5]);
  });

  it('hides an actor type and the edges that touch it', () => {
    const v = applyFilters(net(), filters({ types: new Set(['Person', 'Organization'] as const) }));
    expect([...v.actors].sort()).toEqual([A.blinken, A.nato, A.lavrov].sort());
    expect([...v.edges].sort()).toEqual([edgeId(A.lavrov, A.blinken), edgeId(A.lavrov, A.nato)].sort());
  });

  it('keeps only speakers with speakersOnly', () => {
    expect([...applyFilters(net(), filters({ speakersOnly: true })).actors].sort()).toEqual([A.blinken, A.lavrov].sort());
  });

  it('recounts an edge from the statements in the date range', () => {
    const v = applyFilters(net(), filters({ from: '2023-01-20', to: '2023-01-31' }));
    expect(v.edgeCounts.get(edgeId(A.lavrov, A.blinken))).toBe(1);
    expect(v.edges.has(edgeId(A.lavrov, A.nato))).toBe(false);
    expect([...v.actors].sort()).toEqual([A.blinken, A.lavrov].sort());
  });
});

describe('dates', () => {
  it.each([
    ['2023-01-31', { start: '2023-01-31', end: '2023-01-31' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2023-02', { start: '2023-02-01', end: '2023-02-28' }],
    ['2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['2022-W05', null],
    [null, null],
  ])('dateBounds(%j)', (date, bounds) => {
    expect(dateBounds(date)).toEqual(bounds);
  });

  it.each([
    ['2022-12', '2022-12-15', null, true],
    ['2022-12', '2023-01-01', null, false],
    ['2022', null, '2022-01-01', true],
    [null, null, null, true],
    [null, '2020-01-01', null, false],
    ['2023-01-31', '2023-01-31', '2023-01-31', true],
  ])('a statement dated %j is in [%j, %j]: %s', (date, from, to, expected) => {
    expect(inDateRange({ date }, from, to)).toBe(expected);
  });

  it('buckets dated statements by date for the timeline, oldest first', () => {
    expect(timelineBuckets(net().statements).map((b) => [b.date, b.statements.length])).toEqual([
      ['2022', 1],
      ['2022-12', 1],
      ['2023-01-18', 1],
      ['2023-01-31', 1],
    ]);
  });
});

describe('search and sizes', () => {
  it.each([
    ['Blinken', ['Anthony Blinken']],
    ['anth', ['Anthony Blinken']],
    ['us', ['United States', 'Russia']], // the alias exactly, then a substring
    ['la', ['Sergei Lavrov']],
    ['r', ['Russia', 'Sergei Lavrov']],
    ['  ', []],
    ['zzz', []],
  ])('searching %j finds %j', (q, labels) => {
    expect(searchActors(net(), q).map((a) => a.label)).toEqual(labels);
  });

  it('sizes a node by what it says (counted twice) and what is said about it', () => {
    expect(actorSize({ said: 0, mentioned: 0 })).toBe(4);
    expect(actorSize({ said: 2, mentioned: 0 })).toBeGreaterThan(actorSize({ said: 0, mentioned: 2 }));
    expect(actorSize({ said: 9, mentioned: 0 })).toBeGreaterThan(actorSize({ said: 1, mentioned: 1 }));
    expect(actorSize({ said: 5000, mentioned: 90000 })).toBe(MAX_ACTOR_SIZE);
  });

  it('widens an edge with its statement count', () => {
    expect(edgeSize(1)).toBe(1);
    expect(edgeSize(4)).toBeGreaterThan(edgeSize(2));
  });
});

describe('statement spans, kinds and article sources', () => {
  it('gives the content offsets relative to the sentence, for highlighting', () => {
    const s2 = net().statements.find((s) => s.id.endsWith('/s2'))!;
    expect(s2.contentSpan).toEqual([8, 13]);
    expect(s2.sentence!.slice(8, 13)).toBe(TEXT.slice(34, 39));
  });

  it('carries the full article text and each sentence\'s place in it, for the article view', () => {
    const n = net();
    expect(n.articles.find((a) => a.id === ART)!.text).toBe(TEXT);
    for (const s of n.statements.filter((x) => x.sentence)) expect(TEXT.slice(...s.sentenceSpan!)).toBe(s.sentence);
    const bare = toActorNetwork(graph(STATEMENTS));
    expect(bare.articles[0]!.text).toBeUndefined();
    expect(bare.statements[0]!.sentenceSpan).toBeUndefined();
  });

  it.each([
    ['with the article text (sentences and contents from it)', () => net()],
    ['without it', () => toActorNetwork(graph(STATEMENTS))],
  ])('packs a network for the exported page and unpacks it unchanged, %s', (_how, make) => {
    const n = make();
    const packed = packNetwork(n);
    expect(JSON.parse(JSON.stringify(packed))).not.toHaveProperty('edges');
    expect(loadNetwork(JSON.parse(JSON.stringify(packed)))).toEqual(n);
  });

  it('carries a negated cue to the viewer and through a packed page, absent when affirmative', () => {
    const g = graph(STATEMENTS);
    g.mergeNodeAttributes(`${ART}/statement/s2`, { negated: true });
    const n = toActorNetwork(g, { texts: { a1: TEXT } });
    expect(n.statements.map((x) => x.negated ?? false)).toEqual([false, true, false, false, false]);
    expect(loadNetwork(JSON.parse(JSON.stringify(packNetwork(n))))).toEqual(n);
  });

  it('keeps out of a packed page what the article text gives back', () => {
    const n = net();
    expect(JSON.stringify(packNetwork(n)).length).toBeLessThan(JSON.stringify(n).length * 0.75);
    expect(JSON.stringify(packNetwork(n).statements)).not.toContain('He said Blinken and NATO failed.');
  });

  it('has no span without the article text, and no kind when the graph gives none (shown as unknown)', () => {
    const s = toActorNetwork(graph(STATEMENTS)).statements[0]!;
    expect(s.contentSpan).toBeNull();
    expect(s.kind).toBeUndefined();
  });

  it.each([
    ['https://www.example.com/news/1', null, 'example.com'],
    [null, 'polnear:breitbart_2015-11-11_the-ninth', 'breitbart'],
    ['not a url', 'nyt_2016-01-02', 'nyt'],
    [null, 'a1', null],
  ])('names the source of url %j / id %j as %j', (url, id, source) => {
    expect(articleSource(url, id)).toBe(source);
  });
});
