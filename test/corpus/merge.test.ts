import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { DataFactory, Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { mintIri, parseTurtle, rdfReady, sortQuads, toNQuads, toQuads, toTurtle } from '../../src/4-rdf/index.js';
import { runInfo } from '../../src/provenance.js';
import { parseGraph, serializeGraph, toGraph } from '../../src/5-graph/index.js';
import { analyze } from '../../src/pipeline.js';
import { placeActors, toActorNetwork } from '../../src/viewer-data/index.js';
import {
  buildArticleChunks,
  CorpusMerger,
  isArticleLocal,
  MemoryChunkStore,
  type ArticleChunks,
  type CorpusArticle,
  type MergeSummary,
  turtlePrefixHeader,
} from '../../src/corpus/index.js';
import { sampleArticles, TODAY } from './_fixture.js';

type Outputs = { turtle: string; nquads: string; json: string; gexf: string; summary: MergeSummary };

// identity false: the plain union of the articles as built (corpus identity: test/corpus/identity.test.ts).
function merge(chunks: readonly ArticleChunks[], identity = true, spill?: { dir: string; budget: number; before?: () => void }): Outputs {
  const m = new CorpusMerger(new MemoryChunkStore(), spill ? { identity, spill } : { identity });
  for (const c of chunks) m.add(c);
  spill?.before?.();
  const out = { turtle: '', nquads: '', json: '', gexf: '' };
  const summary = m.finish({ turtle: (t) => (out.turtle += t), nquads: (t) => (out.nquads += t), json: (t) => (out.json += t), gexf: (t) => (out.gexf += t) });
  return { ...out, summary };
}

let articles: CorpusArticle[];
let chunks: ArticleChunks[];
let merged: Outputs;
let plain: Outputs;

beforeAll(() => {
  articles = sampleArticles(6);
  chunks = articles.map((a) => buildArticleChunks(a, { today: TODAY }));
  merged = merge(chunks);
  plain = merge(chunks, false);
});

// An article's quads as the corpus build writes them (statements it cannot write dropped, provenance with the options).
const quadsOf = (a: CorpusArticle) => toQuads(rdfReady(analyze(a, { today: TODAY })), runInfo(a.text, { today: TODAY }));
const union = () => articles.flatMap(quadsOf);

describe('CorpusMerger', () => {
  it('writes Turtle holding exactly the union of the articles\' triples, each once (identity off)', () => {
    const triples = parseTurtle(plain.turtle);
    expect(toNQuads(triples)).toBe(toNQuads(union()));
    expect(plain.summary.triples).toBe(triples.length);
    expect(merged.summary.triples).toBe(parseTurtle(merged.turtle).length);
  });

  it('writes N-Quads with one named graph per article, holding that article\'s triples', () => {
    const quads = new Parser().parse(merged.nquads);
    const graphs = new Set(quads.map((q) => q.graph.value));
    expect([...graphs].sort()).toEqual(articles.map((a) => mintIri({ kind: 'article', id: a.id })).sort());
    const first = articles[0]!;
    const iri = mintIri({ kind: 'article', id: first.id });
    const own = quads.filter((q) => q.graph.value === iri).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
    expect(toNQuads(own)).toBe(toNQuads(quadsOf(first)));
    expect(merged.summary.quads).toBe(quads.length);
  });

  it('writes graphology JSON equal to the graph of the union (identity off) and of its own Turtle (on), plus the viewer placement on actors', () => {
    const unplaced = (json: string) => {
      const data = JSON.parse(json) as { nodes: Array<{ attributes: Record<string, unknown> }> };
      for (const { attributes: a } of data.nodes) {
        if (a.kind !== 'actor') continue;
        expect([typeof a.community, typeof a.x, typeof a.y]).toEqual(['number', 'number', 'number']);
        delete a.community;
        delete a.x;
        delete a.y;
      }
      return JSON.stringify(serializeGraph(parseGraph(JSON.stringify(data))));
    };
    expect(unplaced(plain.json)).toBe(JSON.stringify(serializeGraph(toGraph(sortQuads(union())))));
    expect(unplaced(merged.json)).toBe(JSON.stringify(serializeGraph(toGraph(sortQuads(parseTurtle(merged.turtle))))));
  });

  it('stores the placement view and export would compute, so the viewer network opens laid out', () => {
    const net = toActorNetwork(parseGraph(merged.json));
    expect(net.laidOut).toBe(true);
    const placed = placeActors({ actors: net.actors.map((a) => a.id), links: net.edges }, { layout: true });
    expect(net.actors.map((a) => [a.id, a.community, a.x, a.y])).toEqual(net.actors.map((a) => [a.id, ...Object.values(placed.get(a.id)!)]));
    const spread = new Set(net.actors.map((a) => `${a.x},${a.y}`));
    expect(spread.size).toBe(net.actors.length);
  });

  it('identifies an actor across articles: one node, every article counted', () => {
    const graph = parseGraph(merged.json);
    const perArticle = chunks.map((c) => new Set(c.actors.split('\n').filter(Boolean)));
    const shared = [...perArticle[0]!].find((iri) => perArticle.filter((s) => s.has(iri)).length > 1);
    expect(shared).toBeDefined();
    expect(graph.hasNode(shared!)).toBe(true);
    const node = parseDocument(merged.gexf, { xmlMode: true });
    const gexfNode = findAll(node, (n) => n.name === 'node' && n.attribs?.id === shared);
    expect(gexfNode).toHaveLength(1);
    const articlesAtt = findAll(gexfNode[0]!, (n) => n.name === 'attvalue' && n.attribs?.for === 'articles')[0]!;
    expect(Number(articlesAtt.attribs!.value)).toBe(perArticle.filter((s) => s.has(shared!)).length);
  });

  it.each([
    ['reversed', (xs: ArticleChunks[]) => [...xs].reverse()],
    ['rotated', (xs: ArticleChunks[]) => [...xs.slice(2), ...xs.slice(0, 2)]],
  ])('gives byte-identical outputs whatever the order the articles come in (%s)', (_, reorder) => {
    const again = merge(reorder(chunks));
    expect(again.turtle).toBe(merged.turtle);
    expect(again.nquads).toBe(merged.nquads);
    expect(again.json).toBe(merged.json);
    expect(again.gexf).toBe(merged.gexf);
  });

  it('sums statements and quotations over the articles', () => {
    const analyses = articles.map((a) => analyze(a, { today: TODAY }));
    expect(merged.summary.articles).toBe(6);
    expect(merged.summary.statements).toBe(analyses.reduce((n, a) => n + a.statements.length, 0));
    expect(merged.summary.quotations).toBe(analyses.reduce((n, a) => n + a.text.quotations.length, 0));
    expect(merged.summary.attributed + merged.summary.unattributed).toBe(merged.summary.quotations);
  });

  it('keeps one of two articles with the same id, the same one in either order, and reports it', () => {
    const a = articles[0]!;
    const twin = buildArticleChunks({ ...articles[1]!, id: a.id, source: 'other.jsonl:9' }, { today: TODAY });
    const m1 = new CorpusMerger(new MemoryChunkStore());
    m1.add(chunks[0]!);
    const r1 = m1.add(twin);
    const m2 = new CorpusMerger(new MemoryChunkStore());
    m2.add(twin);
    const r2 = m2.add(chunks[0]!);
    expect(r1).toEqual(r2);
    expect(r1?.id).toBe(a.id);
    expect([r1?.kept, r1?.dropped].sort()).toEqual([chunks[0]!.source, 'other.jsonl:9'].sort());
    const o1 = { nq: '' };
    const o2 = { nq: '' };
    m1.finish({ nquads: (t) => (o1.nq += t) });
    m2.finish({ nquads: (t) => (o2.nq += t) });
    expect(o1.nq).toBe(o2.nq);
  });

  it('reports two different ids that mint one IRI as a collision, naming both ids (issue 22 item 4)', () => {
    const twin = { ...buildArticleChunks({ ...articles[1]!, id: articles[0]!.id, source: 'other.jsonl:9' }, { today: TODAY }), id: 'another id' };
    const m = new CorpusMerger(new MemoryChunkStore());
    m.add(chunks[0]!);
    const r = m.add(twin);
    expect(r?.collision).toEqual({
      keptId: r?.kept === 'other.jsonl:9' ? 'another id' : articles[0]!.id,
      droppedId: r?.kept === 'other.jsonl:9' ? articles[0]!.id : 'another id',
      iri: chunks[0]!.iri,
    });
    expect(new CorpusMerger(new MemoryChunkStore()).add(chunks[0]!)).toBeNull();
  });

  it('writes the same outputs whatever order the articles arrive in, also when an id clash replaces one', () => {
    expect(merge([...chunks].reverse())).toEqual(merged);
    const twin = buildArticleChunks({ ...articles[1]!, id: articles[0]!.id, source: 'other.jsonl:9' }, { today: TODAY });
    // One order replaces the article kept first (the merge then sums the shared part again), the other does not.
    expect(merge([twin, ...chunks])).toEqual(merge([...chunks, twin]));
  });

  it.each([
    ['with corpus identity', true],
    ['without corpus identity', false],
  ])('writes the same bytes when the shared lines spill to sorted runs on disk, %s, and leaves no file behind', (_, identity) => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-spill-'));
    try {
      // Unnamed sources ("officials said") are actors of their own article: the lines that grow.
      expect(plain.turtle).toContain('ng:anonymous');
      const twin = buildArticleChunks({ ...articles[1]!, id: articles[0]!.id, source: 'other.jsonl:9' }, { today: TODAY });
      // A budget of 2,000 characters: a run every few articles; the clash makes the merge sum again.
      expect(merge([twin, ...chunks], identity, { dir, budget: 2000 })).toEqual(merge([twin, ...chunks], identity));
      // Before finish() the runs are on disk; after it nothing is left.
      let runs = 0;
      expect(merge(chunks, identity, { dir, budget: 2000, before: () => (runs = readdirSync(dir).length) })).toEqual(identity ? merged : plain);
      expect(runs).toBeGreaterThan(2);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the same bytes when Turtle and N-Quads pieces go to a bytes sink', () => {
    const m = new CorpusMerger(new MemoryChunkStore());
    for (const c of chunks) m.add(c);
    const out = { turtle: '', nquads: '' };
    const decoder = new TextDecoder();
    let pieces = 0;
    m.finish({
      turtle: (t) => (out.turtle += t),
      nquads: (t) => (out.nquads += t),
      bytes: (output, bytes) => {
        pieces++;
        out[output] += decoder.decode(bytes);
      },
    });
    expect(pieces).toBeGreaterThan(0);
    expect(out).toEqual({ turtle: merged.turtle, nquads: merged.nquads });
  });

  it('refuses add() and finish() after finish()', () => {
    const m = new CorpusMerger(new MemoryChunkStore());
    m.add(chunks[0]!);
    m.finish({});
    expect(() => m.add(chunks[1]!)).toThrow(/finished/);
    expect(() => m.finish({})).toThrow(/twice/);
  });
});

describe('buildArticleChunks', () => {
  it('splits triples into article-local (Turtle chunk) and shared actor triples', () => {
    const c = chunks[0]!;
    const local = parseTurtle(`${merged.turtle.slice(0, merged.turtle.indexOf('\n\n') + 2)}${c.turtle}`);
    expect(local.every((q) => isArticleLocal(q.subject.value, c.iri))).toBe(true);
    const shared = new Parser().parse(c.shared);
    expect(shared.some((q) => isArticleLocal(q.subject.value, c.iri))).toBe(false);
    expect(local.length + shared.length).toBe(c.counts.triples);
  });

  it('writes the same bytes as toNQuads and toTurtle of the article\'s quads', () => {
    articles.forEach((a, i) => {
      const quads = quadsOf(a);
      const c = chunks[i]!;
      expect(c.nquads).toBe(toNQuads(quads, c.iri));
      const local = quads.filter((q) => isArticleLocal(q.subject.value, c.iri));
      expect(c.turtle).toBe(toTurtle(local).slice(turtlePrefixHeader().length));
      expect(c.shared).toBe(toNQuads(quads.filter((q) => !isArticleLocal(q.subject.value, c.iri))));
    });
  });

  it.each([
    ['the article IRI', '', true],
    ['a statement', '/statement/s1', true],
    ['a selector', '#char=0,5', true],
    ['another article whose id extends this one', '-2', false],
  ])('isArticleLocal: %s', (_, suffix, expected) => {
    const iri = mintIri({ kind: 'article', id: 'a' });
    expect(isArticleLocal(`${iri}${suffix}`, iri)).toBe(expected);
  });
});

describe('GEXF export', () => {
  it('is well-formed GEXF 1.3 with actor nodes and weighted edges between known nodes', () => {
    const doc = parseDocument(merged.gexf, { xmlMode: true });
    const gexf = findAll(doc, (n) => n.name === 'gexf')[0]!;
    expect(gexf.attribs).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    const nodes = findAll(doc, (n) => n.name === 'node');
    const edges = findAll(doc, (n) => n.name === 'edge');
    expect(nodes).toHaveLength(merged.summary.actors);
    const ids = new Set(nodes.map((n) => n.attribs!.id));
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(ids.has(e.attribs!.source!)).toBe(true);
      expect(ids.has(e.attribs!.target!)).toBe(true);
      expect(Number(e.attribs!.weight)).toBeGreaterThanOrEqual(1);
    }
  });
});

type XmlNode = { name?: string; attribs?: Record<string, string>; children?: XmlNode[] };
function findAll(root: unknown, test: (n: XmlNode) => boolean): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (n: XmlNode): void => {
    if (test(n)) out.push(n);
    for (const c of n.children ?? []) visit(c);
  };
  visit(root as XmlNode);
  return out;
}
