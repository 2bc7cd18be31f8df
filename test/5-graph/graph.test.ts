// Tests for stage 5 conversions (src/5-graph/from-quads.ts, to-quads.ts, json.ts): quads → graph
// nodes/edges/attributes, Turtle → graph → quads → Turtle identity, and deterministic JSON.

import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { NG, mintIri, parseTurtle, toQuads, toTurtle } from '../../src/4-rdf/index.js';
import { graphData, graphToQuads, parseGraph, serializeEntry, serializeGraph, stringifyGraph, toGraph } from '../../src/5-graph/index.js';
import type { StatementNode } from '../../src/5-graph/index.js';
import { article1, article2, trickyArticle } from '../4-rdf/_fixture.js';

const A1 = mintIri({ kind: 'article', id: 'fish-2024-001' });
const DAHL = mintIri({ kind: 'actor', key: 'Person/Ingrid Dahl' });
const s = (id: string): string => mintIri({ kind: 'statement', article: A1, id });

describe('toGraph', () => {
  const graph = toGraph(toQuads(article1()));

  it('should make nodes for actors, statements, events, articles and roles, keyed by IRI', () => {
    const kinds: Record<string, number> = {};
    graph.forEachNode((_k, a) => {
      kinds[a.kind] = (kinds[a.kind] ?? 0) + 1;
    });
    // other: the provenance nodes (the article's graph, its reading activity, the software agent).
    expect(kinds).toEqual({ actor: 7, statement: 4, event: 1, article: 1, role: 1, other: 3 });
    expect(graph.getNodeAttributes(DAHL)).toMatchObject({ kind: 'actor', type: 'Person', label: 'Ingrid Dahl' });
  });

  it('should put the statement literals and offsets on the statement node', () => {
    const a = article1();
    const st = a.statements[1]!;
    const node = graph.getNodeAttributes(s('s2')) as StatementNode;
    expect(node).toMatchObject({
      kind: 'statement',
      type: 'Statement',
      content: st.content.text,
      cue: 'told',
      cueLemma: 'tell',
      form: 'direct',
      date: '2024-02',
      start: st.content.start,
      end: st.content.end,
      sentenceStart: st.sentence.start,
      sentenceEnd: st.sentence.end,
    });
  });

  it('should read ng:kind into the statement attribute statementKind, and none when unknown', () => {
    const a = article1();
    a.statements[1]!.kind = 'thought';
    const g = toGraph(toQuads(a));
    expect((g.getNodeAttributes(s('s1')) as StatementNode).statementKind).toBe('speech');
    expect((g.getNodeAttributes(s('s2')) as StatementNode).statementKind).toBe('thought');
    expect((g.getNodeAttributes(s('s4')) as StatementNode).statementKind).toBeUndefined();
    expect(g.hasNode(NG.Thought)).toBe(false);
    expect(toTurtle(graphToQuads(g))).toBe(toTurtle(toQuads(a)));
  });

  it('should read ng:negated into the statement attribute negated, absent when affirmative, and write it back', () => {
    const a = article1();
    a.statements[1]!.negated = true;
    const g = toGraph(toQuads(a));
    expect((g.getNodeAttributes(s('s2')) as StatementNode).negated).toBe(true);
    expect((g.getNodeAttributes(s('s1')) as StatementNode).negated).toBeUndefined();
    expect(toTurtle(graphToQuads(g))).toBe(toTurtle(toQuads(a)));
  });

  it('should fold the quote selector into prefix and suffix attributes, and keep a quote that does not hold the content as nodes', () => {
    const a = article1();
    const st = a.statements[0]!;
    const node = graph.getNodeAttributes(s('s1')) as StatementNode;
    expect(node.prefix).toBe(a.text.text.slice(st.content.start - 32, st.content.start));
    expect(node.suffix).toBe(a.text.text.slice(st.content.end, st.content.end + 32));
    const quote = `${A1}#quote=${st.content.start},${st.content.end}`;
    const edited = toQuads(a).map((q) =>
      q.subject.value === quote && q.predicate.value.endsWith('#exact') ? DataFactory.quad(q.subject, q.predicate, DataFactory.literal('other words')) : q,
    );
    const g = toGraph(edited);
    expect((g.getNodeAttributes(s('s1')) as StatementNode).start).toBeUndefined();
    expect(g.hasNode(quote)).toBe(true);
    expect(toTurtle(graphToQuads(g))).toBe(toTurtle(edited));
  });

  it('should not make nodes for selectors or statement forms', () => {
    expect(graph.nodes().some((k) => k.includes('#char='))).toBe(false);
    expect(graph.hasNode(NG.Direct)).toBe(false);
  });

  it('should make one edge per object property with a deterministic key and a short relation name', () => {
    const key = `${s('s4')}|${NG.nestedIn}|${s('s3')}`;
    expect(graph.hasEdge(key)).toBe(true);
    expect(graph.getEdgeAttributes(key)).toEqual({ relation: 'nestedIn', predicate: NG.nestedIn });
    const relations = new Set(graph.mapEdges((_e, a) => a.relation));
    for (const r of ['speaker', 'about', 'place', 'reportedIn', 'nestedIn', 'affiliation', 'speaksFor', 'role', 'roleOf', 'actor']) {
      expect(relations, r).toContain(r);
    }
  });

  it('should merge the same person from two articles into one node carrying both articles\' aliases', () => {
    const merged = toGraph([...toQuads(article1()), ...toQuads(article2())]);
    const dahl = merged.getNodeAttributes(DAHL);
    expect(dahl.kind === 'actor' && dahl.aliases).toEqual(['Dahl', 'she', 'the minister']);
    const speakerOf = merged.filterInEdges(DAHL, (_e, a) => a.relation === 'speaker');
    expect(speakerOf).toHaveLength(4);
  });

  it('should keep triples it has no attribute for, so nothing is lost', () => {
    const q = toQuads(article1());
    q.push(DataFactory.quad(DataFactory.namedNode(DAHL), DataFactory.namedNode('http://example.org/note'), DataFactory.literal('hi', 'en')));
    const g = toGraph(q);
    expect(g.getNodeAttribute(DAHL, 'extra')).toEqual([
      { predicate: 'http://example.org/note', value: 'hi', datatype: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString', language: 'en' },
    ]);
    expect(toTurtle(graphToQuads(g))).toBe(toTurtle(q));
  });
});

describe('graphToQuads', () => {
  it.each([
    ['article 1', () => toQuads(article1())],
    ['two merged articles', () => [...toQuads(article1()), ...toQuads(article2())]],
    ['text that needs escaping', () => toQuads(trickyArticle())],
  ])('should round-trip Turtle → graph → quads → Turtle byte for byte (%s)', (_name, make) => {
    const ttl = toTurtle(make());
    const again = toTurtle(graphToQuads(toGraph(parseTurtle(ttl))));
    expect(again).toBe(ttl);
  });

  it('should write back an edit made on the graph', () => {
    const g = toGraph(toQuads(article1()));
    g.updateNodeAttributes(s('s1'), (a) => ({ ...a, cueLemma: 'announce' }));
    expect(toTurtle(graphToQuads(g))).toContain('ng:cueLemma "announce"');
  });
});

describe('graph JSON', () => {
  it('should serialise with graphology export and load back to an equal graph', () => {
    const g = toGraph(toQuads(article1()));
    const json = stringifyGraph(g);
    const back = parseGraph(json);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttributes(s('s1'))).toEqual(g.getNodeAttributes(s('s1')));
    expect(stringifyGraph(back)).toBe(json);
    expect(toTurtle(graphToQuads(back))).toBe(toTurtle(toQuads(article1())));
  });

  it('should give byte-identical JSON whatever order the quads came in', () => {
    const q = toQuads(article1());
    expect(stringifyGraph(toGraph([...q].reverse()))).toBe(stringifyGraph(toGraph(q)));
  });

  it('should write graphology\'s format (options, nodes with key/attributes, edges with key/source/target)', () => {
    const data = JSON.parse(stringifyGraph(toGraph(toQuads(article1())))) as {
      options: { type: string; multi: boolean };
      nodes: Array<{ key: string; attributes: { kind: string } }>;
      edges: Array<{ key: string; source: string; target: string }>;
    };
    expect(data.options).toMatchObject({ type: 'directed', multi: true });
    expect(data.nodes.map((n) => n.key)).toEqual([...data.nodes.map((n) => n.key)].sort());
    expect(data.edges[0]).toHaveProperty('source');
  });

  it('should give, through graphData and serializeEntry, the very entries of serializeGraph (the corpus build relies on it)', () => {
    for (const a of [article1(), article2(), trickyArticle()]) {
      const q = toQuads(a);
      const serial = serializeGraph(toGraph(q));
      const data = graphData([...q].reverse());
      expect(JSON.stringify(data.nodes.map(serializeEntry))).toBe(JSON.stringify(serial.nodes));
      expect(JSON.stringify(data.edges.map(serializeEntry))).toBe(JSON.stringify(serial.edges));
    }
  });
});
