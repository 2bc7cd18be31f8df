// Remote SPARQL: `newsgraph query --endpoint URL` sends a query over the SPARQL 1.1 Protocol (POST,
// form-encoded) with the corpus graph as its default graph, and reads the answer into the same
// typed SparqlResult as the local Oxigraph store, so tables, JSON, CSV and TSV come out alike.

import { Parser } from '../4-rdf/n3.js';
import { queryForm } from '../sparql/store.js';
import { withProjectPrefixes } from '../sparql/prefixes.js';
import type { SparqlBindings, SparqlResult, SparqlTerm, SparqlTriple } from '../sparql/results.js';
import { CORPUS_GRAPH } from './gsp.js';
import { AuthFetch, expectOk, parseEndpoint, StoreError } from './http.js';

/** Options of one remote query. */
export interface RemoteQueryOptions {
  /** The SPARQL query endpoint, e.g. http://127.0.0.1:8890/sparql. */
  endpoint: string;
  /** Declare the project prefixes the query does not declare. Default true. */
  prefixes?: boolean;
  /** The default graph; default the corpus graph that GraphStoreWriter keeps; null for the store's own. */
  defaultGraph?: string | null;
  password?: string | null;
}

/**
 * Runs a query at a SPARQL endpoint.
 * @throws StoreError when the store cannot be reached or refuses the query (its message included)
 */
export async function remoteQuery(query: string, options: RemoteQueryOptions): Promise<SparqlResult> {
  const endpoint = parseEndpoint(options.endpoint, options.password ?? null);
  const text = options.prefixes === false ? query : withProjectPrefixes(query).text;
  const form = queryForm(query);
  const params = new URLSearchParams({ query: text });
  const graph = options.defaultGraph === undefined ? CORPUS_GRAPH : options.defaultGraph;
  if (graph) params.set('default-graph-uri', graph);
  const graphResult = form === 'CONSTRUCT' || form === 'DESCRIBE';
  const res = await new AuthFetch(endpoint).fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: graphResult ? 'application/n-triples, text/turtle;q=0.8' : 'application/sparql-results+json' },
    body: params.toString(),
  });
  await expectOk(res, `query at ${endpoint.url.href}`);
  const body = await res.text();
  if (graphResult) return { type: 'graph', triples: parseGraphResult(body, res.headers.get('content-type') ?? '') };
  let json: { head?: { vars?: string[] }; boolean?: boolean; results?: { bindings?: Array<Record<string, RawTerm>> } };
  try {
    json = JSON.parse(body) as typeof json;
  } catch {
    throw new StoreError(`query at ${endpoint.url.href}: the answer is not SPARQL Results JSON (${body.slice(0, 120)}).`, res.status);
  }
  if (typeof json.boolean === 'boolean') return { type: 'boolean', boolean: json.boolean };
  return { type: 'bindings', vars: json.head?.vars ?? [], bindings: (json.results?.bindings ?? []).map(normaliseBindings) };
}

type RawTerm = { type: string; value: string; datatype?: string; 'xml:lang'?: string };

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

// SPARQL 1.0-era JSON ("typed-literal", Virtuoso) and explicit xsd:string → the SPARQL 1.1 form Oxigraph writes.
function normaliseBindings(b: Record<string, RawTerm>): SparqlBindings {
  const out: SparqlBindings = {};
  for (const [k, t] of Object.entries(b)) out[k] = normaliseTerm(t);
  return out;
}

function normaliseTerm(t: RawTerm): SparqlTerm {
  if (t.type === 'uri') return { type: 'uri', value: t.value };
  if (t.type === 'bnode') return { type: 'bnode', value: t.value };
  const lang = t['xml:lang'];
  if (lang) return { type: 'literal', value: t.value, 'xml:lang': lang };
  if (t.datatype && t.datatype !== XSD_STRING) return { type: 'literal', value: t.value, datatype: t.datatype };
  return { type: 'literal', value: t.value };
}

function parseGraphResult(body: string, contentType: string): SparqlTriple[] {
  const format = /n-triples|ntriples|text\/plain/i.test(contentType) ? 'N-Triples' : 'text/turtle';
  const term = (t: { termType: string; value: string; language?: string; datatype?: { value: string } }): SparqlTerm => {
    if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
    if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
    return normaliseTerm({ type: 'literal', value: t.value, ...(t.language ? { 'xml:lang': t.language } : {}), ...(t.datatype ? { datatype: t.datatype.value } : {}) });
  };
  return new Parser({ format }).parse(body).map((q) => ({ subject: term(q.subject), predicate: term(q.predicate), object: term(q.object) }));
}
