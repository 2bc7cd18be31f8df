// Query layer (after stage 5): typed questions over a NewsGraph (NewsQuery), loading graphs from
// Turtle, N-Quads or graphology JSON merged by union (loadGraph), and the result types. SPARQL over
// the same data lives in src/sparql/.

export { NewsQuery, checkStatementFilter } from './news-query.js';
export { loadStatementGraph } from './focus.js';
export type { FocusStats } from './focus.js';
export type {
  NewsQueryOptions,
  StatementFilter,
  RankOptions,
  NeighbourhoodOptions,
  CentralityOptions,
  CommunityOptions,
  TimelineFilter,
} from './news-query.js';
export { loadGraph, loadQuads, parseSource, graphFormatOf, GRAPH_FORMATS } from './load.js';
export type { GraphSource, GraphFormat } from './load.js';
export { ActorIndex, foldName, editDistance } from './actors.js';
export { actorGraph, statementGraph } from './projection.js';
export type { ActorGraph, ActorEdge, StatementGraph, ChainEdge } from './projection.js';
export { dateInterval } from './dates.js';
export { ActorNotFoundError, GraphLoadError, QueryOptionError } from './errors.js';
export type { ActorSuggestion } from './errors.js';
export type * from './types.js';
