// The viewer's data layer, between stage 5 (graph) and viewer/: a NewsGraph becomes an actor
// network (actors, speaker → talked-about edges with counts, statements), and the filters, sizes,
// search and timeline the page applies to it. Pure; imports nothing that needs Node or a DOM.

export { toActorNetwork, edgeId, ACTOR_NETWORK_FORMAT } from './network.js';
export type { ActorNetwork, ActorNetworkOptions, ViewerActor, ViewerStatement, ViewerEdge, ViewerArticle } from './network.js';
export {
  ACTOR_TYPES,
  defaultFilters,
  applyFilters,
  dateBounds,
  inDateRange,
  actorSize,
  MAX_ACTOR_SIZE,
  edgeSize,
  timelineBuckets,
  searchActors,
  loadNetwork,
} from './view.js';
export type { ViewFilters, FilteredView } from './view.js';
