// Benchmark of the query layer on a graph of at least one million triples built from a real corpus:
// PolNeAR train (../shared/eval/polnear-train.jsonl.gz) annotated with buildArticle, then repeated
// with new article ids until past the target. Reports load times, one-hop API queries and SPARQL joins.
// Run: npm run bench:query [-- --triples 1000000 --corpus path.jsonl.gz --cache file.json]
// Two more modes measure what a corpus on disk costs (issue 24):
//   --graph FILE       the typed API's graph of a file read in pieces: load time, bytes per triple
//                      retained and at peak (run with node --expose-gc for the retained figure)
//   --endpoint URL     the four benchmark queries against a SPARQL endpoint (newsgraph serve), --actor NAME;
//                      --pid PID adds the server's CPU time per query (Linux), which the load does not inflate

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
    graph: { type: 'string' },
    endpoint: { type: 'string' },
    actor: { type: 'string', default: 'Bernie Sanders' },
    repeat: { type: 'string', default: '5' },
    pid: { type: 'string' },
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

if (values.graph) {
  await benchGraphFile(values.graph);
  process.exit(0);
}
if (values.endpoint) {
  await benchEndpoint(values.endpoint, values.actor!, Number(values.repeat), values.pid ? Number(values.pid) : null);
  process.exit(0);
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

// --graph: the typed API's graph of one file, read in pieces (cli/graph-files.ts).
async function benchGraphFile(path: string): Promise<void> {
  const { fileSource } = await import('../src/cli/graph-files.js');
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const graph = loadGraph([fileSource(path)]);
  const wall = ms(t0) / 1000;
  const used = process.cpuUsage(cpu);
  gc?.();
  const retained = process.memoryUsage().heapUsed - before;
  const { graphToQuads } = await import('../src/5-graph/index.js');
  let triples = 0;
  // Counted node by node would need the writer's internals; the quads of the whole graph are counted once.
  triples = graphToQuads(graph).length;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(`${path}: ${triples.toLocaleString('en')} triples, ${graph.order.toLocaleString('en')} nodes, ${graph.size.toLocaleString('en')} edges`);
  console.log(`  load ${wall.toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} CPU-s (load average ${loadavg()[0]!.toFixed(1)})`);
  if (gc) console.log(`  retained heap ${(retained / 1e6).toFixed(0)} MB = ${Math.round(retained / triples)} B/triple`);
  console.log(`  peak RSS ${(peak / 1e6).toFixed(0)} MB = ${Math.round(peak / triples)} B/triple (the whole process, including the graphToQuads count)`);
}

// --endpoint: the four benchmark queries, each run `repeat` times after one warm-up run.
// CPU seconds a process has used (Linux /proc): a server's time per query whatever the machine's load.
function processCpu(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function benchEndpoint(endpoint: string, actor: string, repeat: number, pid: number | null): Promise<void> {
  const label = JSON.stringify(actor);
  const queries: Array<[string, string]> = [
    ['3-pattern join (label -> speaker -> content)', `SELECT ?statement ?content WHERE { ?speaker rdfs:label ${label} . ?statement ng:speaker ?speaker . ?statement ng:content ?content }`],
    ['GROUP BY (who talks about the actor)', `SELECT ?speaker (COUNT(?s) AS ?n) WHERE { ?a rdfs:label ${label} . ?s ng:about ?a . ?s ng:speaker ?speaker } GROUP BY ?speaker ORDER BY DESC(?n) LIMIT 10`],
    ['regex filter (the actor\'s statements on a topic)', `SELECT ?s ?content WHERE { ?p rdfs:label ${label} . ?s ng:speaker ?p ; ng:content ?content FILTER(regex(?content, "wall street|billionaire", "i")) }`],
    ['2-hop (actors talked about by those the actor talked about)', `SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { { SELECT DISTINCT ?a WHERE { ?x rdfs:label ${label} . ?s1 ng:speaker ?x ; ng:about ?a } } ?s2 ng:speaker ?a ; ng:about ?b }`],
    ['2-hop (affiliations of the actors the actor talked about)', `SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?x rdfs:label ${label} . ?s1 ng:speaker ?x ; ng:about ?a . ?a ng:affiliation ?b }`],
    ['regex filter over every statement (full scan, COUNT)', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ng:content ?c FILTER(regex(?c, "wall street", "i")) }'],
  ];
  console.log(`endpoint ${endpoint}, actor ${label}, ${repeat} runs each after one warm-up (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
  for (const [what, query] of queries) {
    const samples: number[] = [];
    const cpu: number[] = [];
    let rows = 0;
    for (let i = 0; i <= repeat; i++) {
      const c0 = pid === null ? 0 : processCpu(pid);
      const t0 = performance.now();
      const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-query', accept: 'text/csv' }, body: query });
      const text = await res.text();
      if (!res.ok) throw new Error(`${what}: ${res.status} ${text}`);
      if (i > 0) samples.push(ms(t0));
      if (i > 0 && pid !== null) cpu.push(1000 * (processCpu(pid) - c0));
      rows = text.split('\r\n').length - 2;
    }
    console.log(`  ${what}: wall ${stats(samples)}; ${rows} rows`);
    if (pid !== null) console.log(`    server CPU per query (--pid ${pid}, 10 ms ticks): ${stats(cpu)}`);
  }
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}
