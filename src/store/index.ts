// SPARQL stores as corpus targets: the Graph Store Protocol writer (one named graph per article,
// plus the corpus union graph), remote SPARQL queries, and HTTP with Basic/Digest authentication.

export { GraphStoreWriter, CORPUS_GRAPH, toNTriples } from './gsp.js';
export type { GraphStoreOptions, ArticleGraph } from './gsp.js';
export { remoteQuery } from './endpoint.js';
export type { RemoteQueryOptions } from './endpoint.js';
export { StoreError, parseEndpoint } from './http.js';
export type { Endpoint } from './http.js';
