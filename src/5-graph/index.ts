// Stage 5 of the flow: quads (stage 4) → graphology MultiDirectedGraph of actors, statements, events,
// articles and roles; back to quads; to/from graphology JSON for the sigma.js viewer; typed queries.

export { graphData, graphDataBySubject, graphFromData, toGraph, termKey } from './from-quads.js';
export type { GraphEdgeData, GraphNodeData } from './from-quads.js';
export { graphToQuads } from './to-quads.js';
export { serializeEntry, serializeGraph, stringifyGraph, parseGraph, isNodeKey } from './json.js';
export type { SerializedNewsGraph } from './json.js';
export {
  findActors,
  statementsBy,
  statementsAbout,
  statementView,
  neighbours,
  NEIGHBOUR_RELATIONS,
  GraphQueryError,
} from './traverse.js';
export type { StatementView, NeighbourView, NeighbourRelation } from './traverse.js';
export type {
  NewsGraph,
  NodeAttributes,
  EdgeAttributes,
  GraphAttributes,
  NodeKind,
  ActorType,
  ActorNode,
  StatementNode,
  EventNode,
  ArticleNode,
  RoleNode,
  OtherNode,
  ExtraLiteral,
} from './model.js';
export { localName } from './fields.js';
