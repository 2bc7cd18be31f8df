// Query layer: the graphology algorithm packages this layer uses, each loaded by require on first use
// (src/require.ts): most queries need none of them, and an ESM import of a CommonJS package makes Node
// lex its files first. They are CommonJS modules with `module.exports = fn` typed as
// `export default fn`; cjsDefault reconciles the two once, here.

import type louvainModule from 'graphology-communities-louvain';
import type pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type * as shortestPath from 'graphology-shortest-path/unweighted.js';
import { requirePackage } from '../require.js';

function cjsDefault<T>(m: unknown): T {
  return ((m as { default?: unknown }).default ?? m) as T;
}

/** graphology-shortest-path's bidirectional search. */
export const bidirectional: typeof shortestPath.bidirectional = (...args) =>
  requirePackage<typeof shortestPath>('graphology-shortest-path/unweighted.js').bidirectional(...args);

/** graphology-metrics PageRank. */
export const pagerank: typeof pagerankModule.default = ((...args: Parameters<typeof pagerankModule.default>) =>
  cjsDefault<typeof pagerankModule.default>(requirePackage('graphology-metrics/centrality/pagerank.js'))(...args)) as typeof pagerankModule.default;

/** graphology-communities-louvain (louvain.detailed is what the layer calls). */
export const louvain = {
  detailed: ((...args: Parameters<typeof louvainModule.default.detailed>) =>
    cjsDefault<typeof louvainModule.default>(requirePackage('graphology-communities-louvain')).detailed(...args)) as typeof louvainModule.default.detailed,
};
