// SPARQL layer: SPARQL 1.1 queries over one or many newsgraph graphs with Oxigraph (Rust compiled to
// WebAssembly, in memory). Graph sources load as text, whole or in pieces, straight into the store; results come back
// typed (results.ts). Named graphs of N-Quads files are kept for GRAPH queries, and their triples are
// also copied once into the default graph, so a triple several articles state is one row, as in Turtle.

import type { Quad } from 'n3';
import { namedNode, Store } from 'oxigraph';
import { toNQuads } from '../4-rdf/turtle.js';
import { GraphLoadError } from '../query/errors.js';
import { eachSourceQuad, sourceChunks, type GraphSource } from '../query/load.js';
import { SparqlQueryError, SparqlSyntaxError } from './errors.js';
import { withProjectPrefixes } from './prefixes.js';
import type { SparqlBindings, SparqlResult, SparqlTerm, SparqlTriple } from './results.js';

/** Options of one query. */
export type SparqlQueryOptions = {
  /** Declare the project prefixes (ng:, person:, place:, rdfs:, …) the query does not declare itself. Default true. */
  prefixes?: boolean;
};

/** The form of a query, read from its first keyword after the prologue. */
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/** Quads written to the store in one N-Quads text (a corpus's JSON is never one string). */
const QUAD_BATCH = 50_000;

const MEDIA_TYPE = { turtle: 'text/turtle', ntriples: 'application/n-triples', nquads: 'application/n-quads' } as const;

/**
 * An in-memory SPARQL store of newsgraph graphs.
 * @example
 * const store = new SparqlStore();
 * store.load({ name: 'a.ttl', text });
 * store.query('SELECT ?name WHERE { ?s ng:speaker ?p . ?p rdfs:label ?name }');
 */
export class SparqlStore {
  private readonly store = new Store();
  /** Named-graph quads were added since the default graph last received their triples. */
  private namedPending = false;

  /** Number of quads held. */
  get size(): number {
    return this.store.size;
  }

  /**
   * Adds a graph source (Turtle, N-Triples, N-Quads or graphology JSON); triples already present are not repeated.
   * @throws GraphLoadError naming the source and line
   */
  load(source: GraphSource): void {
    const { format, chunks } = sourceChunks(source);
    if (format === 'json') {
      const batch: Quad[] = [];
      eachSourceQuad({ name: source.name, format, chunks }, (q) => {
        batch.push(q);
        if (batch.length >= QUAD_BATCH) this.addQuads(batch.splice(0));
      });
      this.addQuads(batch);
      return;
    }
    try {
      // Oxigraph parses an iterable of pieces as one document: a file is never one string.
      this.store.load(chunks, { format: MEDIA_TYPE[format] });
      if (format === 'nquads') this.namedPending = true;
    } catch (e) {
      const message = (e as Error).message;
      const line = /line (\d+)/.exec(message);
      throw new GraphLoadError(`${source.name}${line ? `:${line[1]}` : ''}: cannot load it into the SPARQL store: ${message}`, source.name, line ? Number(line[1]) : null);
    }
  }

  /** Adds quads (from stage 4, or loadQuads). */
  addQuads(quads: readonly Quad[]): void {
    for (let i = 0; i < quads.length; i += QUAD_BATCH) {
      const part = quads.slice(i, i + QUAD_BATCH);
      this.store.load(toNQuads(part), { format: MEDIA_TYPE.nquads });
      if (part.some((q) => q.graph.termType !== 'DefaultGraph')) this.namedPending = true;
    }
  }

  // Oxigraph's union default graph yields a triple once per named graph holding it (duplicate rows,
  // inflated COUNTs). Copying the named graphs' triples into the real default graph, where a set
  // keeps each once, gives the Turtle's answers; GRAPH ?g still sees only the named graphs.
  private syncDefaultGraph(): void {
    if (!this.namedPending) return;
    this.store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
    this.namedPending = false;
  }

  /**
   * Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE). The default graph holds every
   * loaded triple once (the set union of all sources and named graphs); GRAPH ?g sees N-Quads graphs.
   * @throws SparqlSyntaxError with line and column for invalid SPARQL
   * @throws SparqlQueryError for a query the store cannot evaluate
   */
  query(query: string, options: SparqlQueryOptions = {}): SparqlResult {
    if (typeof query !== 'string' || !query.trim()) throw new SparqlQueryError('SparqlStore.query: the query is empty; give a SPARQL 1.1 SELECT, ASK, CONSTRUCT or DESCRIBE query.');
    const { text, addedLines } = options.prefixes === false ? { text: query, addedLines: 0 } : withProjectPrefixes(query);
    const form = queryForm(query);
    this.syncDefaultGraph();
    let raw: unknown;
    try {
      raw = this.store.query(text, {
        results_format: form === 'CONSTRUCT' || form === 'DESCRIBE' ? MEDIA_TYPE.ntriples : 'application/sparql-results+json',
      });
    } catch (e) {
      throw toQueryError(e as Error, query, addedLines);
    }
    if (typeof raw !== 'string') throw new SparqlQueryError(`SparqlStore.query: unexpected result from the store (${typeof raw}).`);
    if (form === 'CONSTRUCT' || form === 'DESCRIBE') return { type: 'graph', triples: parseTriples(raw) };
    const json = JSON.parse(raw) as { head: { vars?: string[] }; boolean?: boolean; results?: { bindings: SparqlBindings[] } };
    if (typeof json.boolean === 'boolean') return { type: 'boolean', boolean: json.boolean };
    return { type: 'bindings', vars: json.head.vars ?? [], bindings: json.results?.bindings ?? [] };
  }

  /**
   * Runs a query and returns the store's own serialisation of the result in `mediaType` (SPARQL
   * Results JSON, XML, CSV or TSV for SELECT and ASK; N-Triples or Turtle for CONSTRUCT and
   * DESCRIBE): what a SPARQL endpoint sends, with no parse and re-serialisation in between.
   * @param dataset - default graph IRIs to query instead of the union (SPARQL Protocol default-graph-uri), and named graphs
   * @throws SparqlSyntaxError / SparqlQueryError as query() does
   */
  queryText(query: string, mediaType: string, options: SparqlQueryOptions & { defaultGraphs?: readonly string[]; namedGraphs?: readonly string[] } = {}): string {
    if (typeof query !== 'string' || !query.trim()) throw new SparqlQueryError('SparqlStore.queryText: the query is empty; give a SPARQL 1.1 SELECT, ASK, CONSTRUCT or DESCRIBE query.');
    const { text, addedLines } = options.prefixes === false ? { text: query, addedLines: 0 } : withProjectPrefixes(query);
    queryForm(query);
    this.syncDefaultGraph();
    let raw: unknown;
    try {
      raw = this.store.query(text, {
        results_format: mediaType,
        ...(options.defaultGraphs?.length ? { default_graph: options.defaultGraphs.map((g) => namedNode(g)) } : {}),
        ...(options.namedGraphs?.length ? { named_graphs: options.namedGraphs.map((g) => namedNode(g)) } : {}),
      });
    } catch (e) {
      throw toQueryError(e as Error, query, addedLines);
    }
    if (typeof raw !== 'string') throw new SparqlQueryError(`SparqlStore.queryText: unexpected result from the store (${typeof raw}).`);
    return raw;
  }
}

/**
 * The form of a query: its first keyword after the prologue (PREFIX and BASE declarations), outside
 * comments, IRIs and strings. SELECT when it is none of the four (the store then reports the syntax
 * error). A prefix named like a keyword ("PREFIX describe: <…>") does not count.
 * @throws SparqlQueryError for a SPARQL Update (INSERT, DELETE, LOAD, CLEAR…): the store is read-only
 */
export function queryForm(query: string): QueryForm {
  const bare = query
    .replace(/"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
    .replace(/<[^<>"{}|^`\\\s]*>/g, '<>')
    .replace(/#[^\n]*/g, '')
    .replace(/^(?:\s*(?:PREFIX\s+(?:[A-Za-z][\w.-]*)?\s*:\s*<>|BASE\s*<>))*/i, '');
  const first = /^\s*([A-Za-z]+)/.exec(bare)?.[1]?.toUpperCase() ?? '';
  if (UPDATES.has(first)) {
    throw new SparqlQueryError(`SPARQL ${first} is an update; newsgraph runs read-only queries over its graphs (SELECT, ASK, CONSTRUCT, DESCRIBE). Change the graph files instead, or load them into a triple store.`);
  }
  return FORMS.has(first) ? (first as QueryForm) : 'SELECT';
}

const FORMS = new Set(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']);
const UPDATES = new Set(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'CREATE', 'DROP', 'COPY', 'MOVE', 'ADD', 'WITH']);

// Oxigraph reports syntax errors as "error at LINE:COLUMN: expected …".
function toQueryError(e: Error, query: string, addedLines: number): Error {
  const m = /^error at (\d+):(\d+): ([\s\S]*)$/.exec(e.message);
  if (!m) return new SparqlQueryError(`SPARQL query failed: ${e.message}`);
  const line = Math.max(1, Number(m[1]) - addedLines);
  const column = Number(m[2]);
  const detail = m[3]!;
  const expected = detail.length > 160 ? `${detail.slice(0, 160).replace(/\s+\S*$/, '')} …` : detail;
  const source = query.split('\n')[line - 1] ?? '';
  const undeclared = undeclaredPrefix(query);
  const hint = undeclared !== null ? ` Is the prefix "${undeclared}:" declared?` : '';
  const pointer = source ? `\n  ${source}\n  ${' '.repeat(Math.max(0, Math.min(column - 1, source.length)))}^` : '';
  return new SparqlSyntaxError(`SPARQL syntax error at line ${line}, column ${column}: ${expected.replace(/\n/g, ' ')}.${hint}${pointer}`, line, column, detail);
}

// The first prefixed name whose prefix neither the query nor the project declares.
function undeclaredPrefix(query: string): string | null {
  const { text } = withProjectPrefixes(query);
  const declared = new Set([...text.matchAll(/PREFIX\s+([A-Za-z][\w.-]*)?\s*:/gi)].map((m) => m[1] ?? ''));
  const bare = text.replace(/<[^<>\s]*>|"(?:[^"\\\n]|\\.)*"|#[^\n]*/g, ' ');
  for (const m of bare.matchAll(/(?<![\w:?$])([A-Za-z][\w.-]*)?:(?=[\w])/g)) {
    const name = m[1] ?? '';
    if (!declared.has(name) && !/^(PREFIX|BASE)$/i.test(name)) return name;
  }
  return null;
}

// N-Triples from the store → typed triples. The store's own output, so one term per field, no prefixes.
function parseTriples(text: string): SparqlTriple[] {
  const out: SparqlTriple[] = [];
  const term = /<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?/y;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const terms: SparqlTerm[] = [];
    let at = 0;
    while (terms.length < 3) {
      while (line[at] === ' ') at++;
      term.lastIndex = at;
      const m = term.exec(line);
      if (!m) break;
      at = term.lastIndex;
      if (m[1] !== undefined) terms.push({ type: 'uri', value: m[1] });
      else if (m[2] !== undefined) terms.push({ type: 'bnode', value: m[2] });
      else terms.push({ type: 'literal', value: unescape(m[3]!), ...(m[4] ? { 'xml:lang': m[4] } : m[5] ? { datatype: m[5] } : {}) });
    }
    if (terms.length === 3) out.push({ subject: terms[0]!, predicate: terms[1]!, object: terms[2]! });
  }
  return out;
}

function unescape(s: string): string {
  return s.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_, c: string) => {
    if (c[0] === 'u' || c[0] === 'U') return String.fromCodePoint(parseInt(c.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c;
  });
}
