// Bulk-loading a merged corpus into a real triple store: the N-Quads of `newsgraph build --merge`
// go into Oxigraph (in-process, WebAssembly) as they are, one named graph per article.

import oxigraph from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { mintIri } from '../../src/4-rdf/index.js';
import { buildArticleChunks, CorpusMerger, MemoryChunkStore, type MergeSummary } from '../../src/corpus/index.js';
import { sampleArticles, TODAY } from './_fixture.js';

const NG = 'https://w3id.org/newsgraph/ns#';
let pieces: string[];
let summary: MergeSummary;
let store: oxigraph.Store;
let firstStatements: number;
const articles = sampleArticles(5);

beforeAll(() => {
  const m = new CorpusMerger(new MemoryChunkStore());
  for (const a of articles) {
    const c = buildArticleChunks(a, { today: TODAY });
    if (a === articles[0]) firstStatements = c.counts.statements;
    m.add(c);
  }
  pieces = [];
  summary = m.finish({ nquads: (t) => pieces.push(t) });
  store = new oxigraph.Store();
  // load() takes the text in pieces, as a file would be streamed; no transaction for a bulk load.
  store.load(pieces, { format: 'application/n-quads', no_transaction: true });
});

const select = (q: string, options = {}): Array<Map<string, oxigraph.Term>> => store.query(q, options) as Array<Map<string, oxigraph.Term>>;

describe('bulk load of the merged N-Quads into Oxigraph', () => {
  it('loads every quad', () => {
    expect(store.size).toBe(summary.quads);
  });

  it('holds one named graph per article', () => {
    const rows = select('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g');
    expect(rows.map((r) => r.get('g')!.value)).toEqual(articles.map((a) => mintIri({ kind: 'article', id: a.id })).sort());
  });

  it('answers provenance: the statements of one article come from its graph', () => {
    const iri = mintIri({ kind: 'article', id: articles[0]!.id });
    const rows = select(`PREFIX ng: <${NG}> SELECT (COUNT(?s) AS ?n) WHERE { GRAPH <${iri}> { ?s a ng:Statement } }`);
    const anywhere = select(`PREFIX ng: <${NG}> SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ng:Statement ; ng:reportedIn <${iri}> } }`);
    expect(Number(rows[0]!.get('n')!.value)).toBe(firstStatements);
    expect(Number(anywhere[0]!.get('n')!.value)).toBe(firstStatements);
  });

  it('merges by union: an actor in several articles is one node over the union graph', () => {
    const rows = select(
      `PREFIX ng: <${NG}> SELECT ?actor (COUNT(DISTINCT ?g) AS ?articles) WHERE { GRAPH ?g { ?actor a ?type . FILTER(?type IN (ng:Person, ng:Organization, ng:Place)) } } GROUP BY ?actor HAVING (COUNT(DISTINCT ?g) > 1)`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const actor = rows[0]!.get('actor')!.value;
    const union = select(`SELECT (COUNT(*) AS ?n) WHERE { <${actor}> a ?t }`, { use_default_graph_as_union: true });
    expect(Number(union[0]!.get('n')!.value)).toBeGreaterThanOrEqual(1);
  });
});
