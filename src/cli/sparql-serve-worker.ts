// The query thread of `newsgraph serve` (see sparql-server.ts): loads the corpus into one SPARQL
// store once, then answers queries one at a time with the store's own serialisation of the result.
// The main thread stops it (and starts a fresh one) when a query runs past its timeout.

import { parentPort } from 'node:worker_threads';
import { SparqlStore } from '../sparql/store.js';
import { fromPortable, type PortableSource } from './graph-files.js';

/** Messages to the query thread. */
export type ServeRequest =
  | { type: 'load'; sources: PortableSource[] }
  | { type: 'query'; id: number; query: string; mediaType: string; defaultGraphs: string[]; namedGraphs: string[] };

/** Messages from it. */
export type ServeReply =
  | { type: 'loaded'; quads: number; ms: number }
  | { type: 'load-failed'; message: string }
  | { type: 'result'; id: number; body: string }
  | { type: 'query-failed'; id: number; name: string; message: string };

if (!parentPort) throw new Error('src/cli/sparql-serve-worker.ts is a worker_threads entry; start it with new Worker(), not directly.');
const port = parentPort;
let store: SparqlStore | null = null;

port.on('message', (m: ServeRequest) => {
  if (m.type === 'load') {
    const t0 = performance.now();
    try {
      const s = new SparqlStore();
      for (const source of m.sources) s.load(fromPortable(source));
      // Copies named graphs into the default graph now, not on the first query.
      s.queryText('ASK {}', 'application/sparql-results+json');
      store = s;
      port.postMessage({ type: 'loaded', quads: s.size, ms: performance.now() - t0 } satisfies ServeReply);
    } catch (e) {
      port.postMessage({ type: 'load-failed', message: (e as Error).message } satisfies ServeReply);
    }
    return;
  }
  try {
    if (!store) throw new Error('the corpus is not loaded');
    const body = store.queryText(m.query, m.mediaType, { defaultGraphs: m.defaultGraphs, namedGraphs: m.namedGraphs });
    port.postMessage({ type: 'result', id: m.id, body } satisfies ServeReply);
  } catch (e) {
    port.postMessage({ type: 'query-failed', id: m.id, name: (e as Error).name, message: (e as Error).message } satisfies ServeReply);
  }
});
