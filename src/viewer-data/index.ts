// The viewer's data layer, between stage 5 (graph) and viewer/: a NewsGraph becomes an actor
// network (actors, speaker → talked-about edges with counts, statements), and the filters, sizes,
// search and timeline the page applies to it. Pure; imports nothing that needs Node or a DOM.

export { toActorNetwork, edgeId, articleSource, ACTOR_NETWORK_FORMAT, STATEMENT_KINDS } from './network.js';
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
  kindOf,
  KIND_FILTERS,
  fittedDateRange,
} from './view.js';
export type { ViewFilters, FilteredView, KindOrUnknown } from './view.js';
export { DEFAULT_TOP, centrality, rankActors, adjacency, egoNetwork, shownActors, communityLegend } from './focus.js';
export type { FocusOptions, CommunitySummary } from './focus.js';
export { defaultViewState, stateToHash, hashToState } from './url.js';
export type { ViewState } from './url.js';
export { prepareNetwork, addCommunities, addLayout, placeActors, PRECOMPUTE_LAYOUT_MIN } from './prepare.js';
export { PLACEMENT_CORE_MAX } from './core.js';
export type { PrepareOptions, LinkData, ActorPlacement } from './prepare.js';
export { packNetwork, unpackNetwork, PACKED_COLUMNS } from './pack.js';
export type { PackedNetwork } from './pack.js';
export { openingView, openingEdges, readOpeningView, OPENING_VIEW_FORMAT } from './opening.js';
export type { OpeningView, OpeningActor, OpeningEdge } from './opening.js';
