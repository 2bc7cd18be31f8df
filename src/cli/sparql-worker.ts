// The worker thread of `newsgraph query` (see sparql-run.ts): loads the graphs into a SPARQL store,
// says when they are loaded, runs the query and posts the result back, so the main thread can stop a query that runs too long.

import { parentPort } from 'node:worker_threads';
import { SparqlStore } from '../sparql/store.js';
import type { SparqlJob, SparqlLoaded, SparqlReply } from './sparql-run.js';
import { fromPortable } from './graph-files.js';

if (!parentPort) throw new Error('src/cli/sparql-worker.ts is a worker_threads entry; start it with new Worker(), not directly.');
const port = parentPort;
port.once('message', (job: SparqlJob) => {
  let reply: SparqlReply;
  try {
    const store = new SparqlStore();
    if (job.nquads) store.load({ name: 'sample', text: job.nquads, format: 'nquads' });
    for (const s of job.sources) store.load(fromPortable(s));
    // The main thread's --timeout counts from here: loading a corpus is not the query running long.
    port.postMessage({ loaded: true } satisfies SparqlLoaded);
    const result = store.query(job.query, { prefixes: job.prefixes });
    let total = 0;
    if (result.type === 'bindings') {
      total = result.bindings.length;
      if (total > job.maxRows) result.bindings.length = job.maxRows;
    } else if (result.type === 'graph') {
      total = result.triples.length;
      if (total > job.maxRows) result.triples.length = job.maxRows;
    }
    reply = { ok: true, result, total };
  } catch (e) {
    const err = e as Error;
    reply = { ok: false, name: err.name, message: err.message, line: (e as { line?: number }).line, column: (e as { column?: number }).column, detail: (e as { detail?: string }).detail, source: (e as { source?: string }).source };
  }
  port.postMessage(reply);
});
