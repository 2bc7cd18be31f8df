// Benchmark of the query layer on a graph of at least one million triples built from a real corpus:
// PolNeAR train (../shared/eval/polnear-train.jsonl.gz) annotated with buildArticle, then repeated
// with new article ids until past the target. Reports load times, one-hop API queries and SPARQL joins.
// Run: npm run bench:query [-- --triples 1000000 --corpus path.jsonl.gz --cache file.json]

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { mintIri, toNQuads } from '../src/4-rdf/index.js';
import { buildArticle } from '../src/build.js';
import { loadGraph, NewsQuery } from '../src/query/index.js';
import { SparqlStore } from '../src/sparql/index.js';

const { values } = parseArgs({
  options: {
    triples: { type: 'string', default: '1000000' },
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/eval/polnear-train.jsonl.gz') },
    cache: { type: 'string', default: join(tmpdir(), 'newsgraph-bench-polnear-train.json') },
    queries: { type: 'string', default: '200' },
  },
});
const TARGET = Number(values.triples);
const QUERIES = Number(values.queries);

type Doc = { id: string; text: string; published?: string | null };
type Built = { iri: string; nt: string };

const ms = (t0: number): number => performance.now() - t0;
const fmt = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1));

// 1. Annotate the corpus once (cached: annotation, not querying, is the slow part).
function annotateCorpus(): Built[] {
  if (existsSync(values.cache!)) {
    const cached = JSON.parse(readFileSync(values.cache!, 'utf8')) as { corpus: string; built: Built[] };
    if (cached.corpus === values.corpus) {
      console.log(`corpus: ${cached.built.length} articles from cache ${values.cache}`);
      return cached.built;
    }
  }
  const docs = gunzipSync(readFileSync(values.corpus!))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
  const t0 = performance.now();
  const built: Built[] = [];
  const failed: string[] = [];
  for (const [i, d] of docs.entries()) {
    try {
      const b = buildArticle({ id: d.id, text: d.text, published: d.published && /^\d{4}-\d{2}-\d{2}$/.test(d.published) ? d.published : null }, { today: '2024-01-01' });
      built.push({ iri: mintIri({ kind: 'article', id: d.id }), nt: toNQuads(b.quads) });
    } catch (e) {
      // The pipeline must never throw on news text; report it and go on, so the benchmark still runs.
      failed.push(d.id);
      console.log(`  PIPELINE ERROR on ${d.id}: ${(e as Error).name}: ${(e as Error).message.slice(0, 120)}`);
    }
    if ((i + 1) % 100 === 0) console.log(`  annotated ${i + 1}/${docs.length} (${(ms(t0) / 1000).toFixed(0)} s)`);
  }
  console.log(`corpus: ${built.length}/${docs.length} articles annotated with buildArticle in ${(ms(t0) / 1000).toFixed(1)} s${failed.length ? `; ${failed.length} failed (skipped)` : ''}`);
  writeFileSync(values.cache!, JSON.stringify({ corpus: values.corpus, built }));
  return built;
}

// 2. Repeat the articles with new ids (article, statement, event and selector IRIs are minted under
// the article IRI) until the union passes the target. Actors stay shared, as in a real corpus.
function repeatCorpus(built: Built[]): { text: string; copies: number; lines: number } {
  const shared = new Set<string>();
  let own = 0;
  for (const b of built) {
    for (const line of b.nt.split('\n')) {
      if (!line) continue;
      if (line.includes(b.iri)) own++;
      else shared.add(line);
    }
  }
  const copies = Math.max(1, Math.ceil((TARGET - shared.size) / own));
  const parts: string[] = [];
  for (let k = 0; k < copies; k++) {
    for (const b of built) {
      const renamed = k === 0 ? b.nt : b.nt.split(`${b.iri}>`).join(`${b.iri}-r${k}>`).split(`${b.iri}/`).join(`${b.iri}-r${k}/`).split(`${b.iri}#`).join(`${b.iri}-r${k}#`);
      parts.push(renamed);
    }
  }
  return { text: parts.join(''), copies, lines: own * copies + shared.size };
}

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${fmt(q(0.5))} ms, p95 ${fmt(q(0.95))} ms, max ${fmt(s[s.length - 1]!)} ms (n=${s.length})`;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return ms(t0);
}

// A seeded shuffle, so every run asks about the same actors.
function pick<T>(xs: T[], n: number, seed = 7): T[] {
  const a = [...xs];
  let x = seed;
  for (let i = a.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) >>> 0;
    const j = x % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

const built = annotateCorpus();
const { text, copies, lines } = repeatCorpus(built);
console.log(`graph: ${built.length} articles x ${copies} copies, ${lines.toLocaleString('en')} distinct triples, ${(text.length / 1e6).toFixed(0)} MB of N-Quads`);

// 3. Loading.
let t0 = performance.now();
const graph = loadGraph([{ name: 'bench.nq', text, format: 'nquads' }]);
console.log(`load (N-Quads text -> n3 parse -> union -> graphology): ${(ms(t0) / 1000).toFixed(2)} s; ${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} edges`);
t0 = performance.now();
const q = new NewsQuery(graph);
q.actorIndex;
console.log(`actor name index: ${fmt(ms(t0))} ms`);
t0 = performance.now();
const store = new SparqlStore();
store.load({ name: 'bench.nq', text, format: 'nquads' });
console.log(`SPARQL store load (Oxigraph, N-Quads): ${(ms(t0) / 1000).toFixed(2)} s; ${store.size.toLocaleString('en')} quads`);
if (store.size < TARGET) console.log(`WARNING: only ${store.size} triples, below the target ${TARGET}`);

// 4. One-hop API queries, on speakers and on actors spoken about, by label.
const speakers: string[] = [];
const spokenAbout: string[] = [];
graph.forEachNode((key, a) => {
  if (a.kind !== 'actor') return;
  let said = false;
  let about = false;
  graph.forEachInEdge(key, (_e, attr) => {
    if (attr.relation === 'speaker') said = true;
    else if (attr.relation === 'about') about = true;
  });
  if (said) speakers.push(a.label);
  if (about) spokenAbout.push(a.label);
});
const who = pick(speakers, QUERIES);
const whom = pick(spokenAbout, QUERIES);
for (const name of who.slice(0, 5)) q.saidBy(name); // warm up the JIT
const results: number[] = [];
console.log(`one-hop API queries (${QUERIES} random actors each; target < 1 ms):`);
console.log(`  saidBy(label)          ${stats(who.map((n) => time(() => results.push(q.saidBy(n).length))))}; mean ${(results.reduce((a, b) => a + b, 0) / results.length).toFixed(1)} statements/answer`);
console.log(`  statements({about})    ${stats(whom.map((n) => time(() => q.statements({ about: n }))))}`);
console.log(`  findActors(label)      ${stats(who.map((n) => time(() => q.findActors(n))))}`);
t0 = performance.now();
q.neighbourhood(who[0]!);
console.log(`  actor graph projection (built once, first neighbourhood call): ${(ms(t0) / 1000).toFixed(2)} s`);
console.log(`  neighbourhood(hops 1)  ${stats(who.map((n) => time(() => q.neighbourhood(n))))}`);
const top = q.central({ limit: 1 })[0]!;
console.log(`  worst case: saidBy of the most linked actor "${top.actor.label}" (${top.said} statements): ${fmt(time(() => q.saidBy(top.actor.iri)))} ms`);

// 5. SPARQL: a three-pattern join, run once to warm up, then timed.
const NG = 'https://w3id.org/newsgraph/ns#';
const joinQuery = (label: string): string =>
  `SELECT ?statement ?content WHERE { ?speaker <http://www.w3.org/2000/01/rdf-schema#label> ${JSON.stringify(label)} . ?statement <${NG}speaker> ?speaker . ?statement <${NG}content> ?content }`;
store.query(joinQuery(who[0]!));
console.log('SPARQL (Oxigraph; results serialised as SPARQL JSON and parsed; target < 50 ms):');
console.log(`  3-pattern join (label -> speaker -> content), ${Math.min(50, who.length)} speakers: ${stats(who.slice(0, 50).map((n) => time(() => store.query(joinQuery(n)))))}`);
const aboutJoin = `SELECT ?speaker (COUNT(?s) AS ?n) WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> ${JSON.stringify(top.actor.label)} . ?s <${NG}about> ?a . ?s <${NG}speaker> ?speaker } GROUP BY ?speaker ORDER BY DESC(?n) LIMIT 10`;
console.log(`  who talks about "${top.actor.label}" (3 patterns + GROUP BY): ${stats([0, 1, 2, 3, 4].map(() => time(() => store.query(aboutJoin))))}`);
const count = `SELECT (COUNT(*) AS ?n) WHERE { ?s <${NG}speaker> ?p . ?s <${NG}about> ?a . ?a a <${NG}Place> }`;
console.log(`  unselective 3-pattern join over all statements (COUNT): ${stats([0, 1, 2].map(() => time(() => store.query(count))))}`);
console.log(`node ${process.version}; ${new Date().toISOString()}; the machine is shared with other engineers, so figures vary between runs.`);
