// SPARQL layer: SPARQL 1.1 over newsgraph graphs with Oxigraph (WASM) — the store, typed results
// and their W3C text forms (JSON, CSV, TSV), and typed syntax errors with line and column.

export { SparqlStore, queryForm } from './store.js';
export type { SparqlQueryOptions, QueryForm } from './store.js';
export { toSparqlJson, toSparqlCsv, toSparqlTsv, resultRows, csvText, shortener, ntriplesTerm, RESULT_FORMATS } from './results.js';
export type { SparqlResult, SparqlTerm, SparqlBindings, SparqlTriple, ResultFormat } from './results.js';
export { withProjectPrefixes, declaredPrefixes } from './prefixes.js';
export { SparqlSyntaxError, SparqlQueryError } from './errors.js';
