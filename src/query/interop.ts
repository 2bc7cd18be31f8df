// Query layer: the graphology algorithm packages this layer uses. They are CommonJS modules with
// `module.exports = fn` but typed as `export default fn`; under NodeNext the default import is the
// function at run time and the module at type level, so cjsDefault reconciles the two once, here.

import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

export { bidirectional } from 'graphology-shortest-path/unweighted.js';

function cjsDefault<T extends { default: unknown }>(m: T): T['default'] {
  return ((m as { default?: unknown }).default ?? m) as T['default'];
}

/** graphology-metrics PageRank. */
export const pagerank: typeof pagerankModule.default = cjsDefault(pagerankModule);
/** graphology-communities-louvain. */
export const louvain: typeof louvainModule.default = cjsDefault(louvainModule);
