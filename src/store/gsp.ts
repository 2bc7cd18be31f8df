// SPARQL 1.1 Graph Store HTTP Protocol writer: each article's triples as its own named graph (the
// article IRI), PUT so that a retry or an update replaces it, DELETE to remove it, and one "corpus"
// graph, the set union of the article graphs, refreshed by SPARQL Update for queries that want the
// merged graph (a store's default graph repeats a triple once per graph, as Oxigraph's union did).

import { mintIri } from '../4-rdf/iri.js';
import { AuthFetch, expectOk, parseEndpoint, StoreError, storeErrorOf, type Endpoint } from './http.js';

/** The graph holding the union of every article graph (the default graph of `query --endpoint`). */
export const CORPUS_GRAPH = 'https://w3id.org/newsgraph/id/corpus';

/** Where a corpus lives in a store. */
export interface GraphStoreOptions {
  /** The Graph Store Protocol endpoint, e.g. http://dba:pw@127.0.0.1:8890/sparql-graph-crud-auth (Virtuoso). */
  graphStore: string;
  /** The SPARQL Update endpoint for the corpus graph; default: guessed from graphStore (Virtuoso: /sparql-auth). */
  update?: string;
  /** Password, when not in the URLs (e.g. from NEWSGRAPH_STORE_PASSWORD). */
  password?: string | null;
}

/** An article as the store takes it: its IRI (the graph name) and its N-Quads in that graph. */
export interface ArticleGraph {
  iri: string;
  /** N-Quads lines, each in the graph <iri> (ArticleChunks.nquads). */
  nquads: string;
}

/** Writes a corpus into a SPARQL store through the Graph Store Protocol. */
export class GraphStoreWriter {
  private readonly gsp: Endpoint;
  private readonly update: Endpoint;
  private readonly gspFetch: AuthFetch;
  private readonly updateFetch: AuthFetch;

  constructor(options: GraphStoreOptions) {
    this.gsp = parseEndpoint(options.graphStore, options.password ?? null);
    this.update = options.update ? parseEndpoint(options.update, options.password ?? null) : { ...this.gsp, url: guessUpdateUrl(this.gsp.url) };
    if (this.update.user === null && this.gsp.user !== null) Object.assign(this.update, { user: this.gsp.user, password: this.gsp.password });
    this.gspFetch = new AuthFetch(this.gsp);
    this.updateFetch = new AuthFetch(this.update);
  }

  /** The Graph Store endpoint, without credentials. */
  get url(): string {
    return this.gsp.url.href;
  }

  /** Replaces the article's graph with its triples (PUT: idempotent). */
  async putArticle(article: ArticleGraph): Promise<void> {
    await sendRetrying(this.gspFetch, this.graphUrl(article.iri), { method: 'PUT', headers: { 'content-type': 'application/n-triples' }, body: toNTriples(article) }, `PUT the graph of ${article.iri}`);
  }

  /** Removes an article's graph by article id; false when the store had none. */
  async removeArticle(id: string): Promise<boolean> {
    const iri = mintIri({ kind: 'article', id });
    const res = await this.gspFetch.fetch(this.graphUrl(iri), { method: 'DELETE' });
    if (res.status === 404) return false;
    await expectOk(res, `DELETE the graph of ${iri}`);
    await res.arrayBuffer();
    return true;
  }

  /** Rebuilds the corpus graph as the set union of every article graph (one SPARQL Update). */
  async refreshCorpusGraph(): Promise<void> {
    const prefix = mintIri({ kind: 'article', id: 'x' }).slice(0, -1);
    await this.runUpdate(
      `DROP SILENT GRAPH <${CORPUS_GRAPH}> ;\n` +
        `INSERT { GRAPH <${CORPUS_GRAPH}> { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${prefix}")) }`,
    );
  }

  /** Runs a SPARQL 1.1 Update. */
  async runUpdate(update: string): Promise<void> {
    await sendRetrying(this.updateFetch, this.update.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ update }).toString(),
    }, `SPARQL Update at ${this.update.url.href}`);
  }

  private graphUrl(iri: string): URL {
    const url = new URL(this.gsp.url);
    url.searchParams.set('graph', iri);
    return url;
  }
}

/** How often a transient refusal is retried, with 50, 100, 200, … ms between tries. */
const RETRIES = 6;

/**
 * Sends a write, retrying what a store refuses only for the moment: 503, or a 500 that reports a
 * deadlock (Virtuoso's "SR172: Transaction deadlocked" when several writers PUT at once, which its
 * documentation says to retry). Other refusals throw StoreError at once.
 */
async function sendRetrying(fetcher: AuthFetch, url: URL, init: { method: string; headers?: Record<string, string>; body?: string }, what: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetcher.fetch(url, init);
    if (res.ok) {
      await res.arrayBuffer();
      return;
    }
    const body = await res.text();
    const transient = res.status === 503 || (res.status === 500 && /deadlock/i.test(body));
    if (!transient || attempt >= RETRIES) throw storeErrorOf(res, body, what);
    await new Promise((done) => setTimeout(done, 50 * 2 ** attempt));
  }
}

// Virtuoso's authenticated Graph Store endpoint has its update twin at /sparql-auth; other stores
// (Fuseki /ds/data → /ds/update) get the sibling "update".
function guessUpdateUrl(gsp: URL): URL {
  const url = new URL(gsp);
  url.search = '';
  if (/\/sparql-graph-crud-auth$/.test(url.pathname)) url.pathname = url.pathname.replace(/sparql-graph-crud-auth$/, 'sparql-auth');
  else if (/\/sparql-graph-crud$/.test(url.pathname)) url.pathname = url.pathname.replace(/sparql-graph-crud$/, 'sparql');
  else url.pathname = url.pathname.replace(/[^/]*$/, 'update');
  return url;
}

/**
 * The article's N-Quads as N-Triples: every line ends with " <iri> .", which is cut off.
 * @throws StoreError when a line is not in the article's graph
 */
export function toNTriples(article: ArticleGraph): string {
  const tail = ` <${article.iri}> .`;
  let out = '';
  for (const line of article.nquads.split('\n')) {
    if (!line) continue;
    if (!line.endsWith(tail)) throw new StoreError(`toNTriples: a quad of ${article.iri} is not in its graph: ${line.slice(0, 200)}`, 0);
    out += `${line.slice(0, -tail.length)} .\n`;
  }
  return out;
}
