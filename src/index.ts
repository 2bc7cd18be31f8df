// newsgraph's public API. The flow: text → (1-text) sentences, quotations → (2-mentions) entities,
// dates → (3-statements) statements, events → (4-rdf) quads / Turtle → (5-graph) graphology.
// `analyze` runs stages 1–3, `buildArticle` all of them; stage functions are exported for reuse.

export { analyze } from './pipeline.js';
export { buildArticle } from './build.js';
export type { ArticleBuild, BuildSummary } from './build.js';
export type { AnalyzeOptions } from './options.js';
export { readText } from './1-text/index.js';
export { findMentions } from './2-mentions/index.js';
export { findStatements } from './3-statements/index.js';
export { toQuads, toTurtle, toNQuads, parseTurtle, mintIri, IriError } from './4-rdf/index.js';
export { toGraph, graphToQuads, serializeGraph, stringifyGraph, parseGraph, statementsBy, statementsAbout, neighbours, findActors, GraphQueryError } from './5-graph/index.js';
export type { NewsGraph, StatementView, NeighbourView, NeighbourRelation } from './5-graph/index.js';
export { toContract } from './annotate/contract.js';
export type { ContractDocument, ContractStatement } from './annotate/contract.js';
export { NewsgraphError, InvalidArgumentError, InputError, ModelFileError } from './errors.js';
export type * from './types.js';

// Questions over a graph: the typed query API, SPARQL, and the viewer's actor network.
export { NewsQuery, loadGraph, loadQuads, ActorNotFoundError, GraphLoadError, QueryOptionError } from './query/index.js';
export type { StatementResult, EventResult, SpeakerRank, StatementChain, CentralActor, CommunityResult, TimelineEntry, Evidence, ActorRef, GraphSource } from './query/index.js';
export { SparqlStore, SparqlSyntaxError, SparqlQueryError, toSparqlJson, toSparqlCsv, toSparqlTsv } from './sparql/index.js';
export type { SparqlResult, ResultFormat } from './sparql/index.js';
export { toActorNetwork, loadNetwork } from './viewer-data/index.js';
export type { ActorNetwork, ViewerActor, ViewerEdge, ViewerStatement } from './viewer-data/index.js';
// Corpora: reading article files and JSON Lines records, and the Gephi export.
export { readSource, writeGexf } from './corpus/index.js';
export type { CorpusArticle } from './corpus/index.js';
