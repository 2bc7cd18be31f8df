// `newsgraph query` with bounds (issue 22 item 11): the SPARQL query runs on a worker thread that
// is stopped after --timeout seconds, and at most --max-rows results come back, with a note. A
// query the engine itself cannot finish (a panic on a huge cartesian product) is one clear line.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GraphLoadError } from '../query/errors.js';
import type { PortableSource } from './graph-files.js';
import { SparqlQueryError, SparqlSyntaxError } from '../sparql/errors.js';
import type { SparqlResult } from '../sparql/results.js';

/** What the worker is given. */
export type SparqlJob = { sources: PortableSource[]; nquads: string | null; query: string; prefixes: boolean; maxRows: number };
/** What it answers: the (possibly cut) result and the number of rows before the cut, or the error. */
export type SparqlReply =
  | { ok: true; result: SparqlResult; total: number }
  | { ok: false; name: string; message: string; line?: number; column?: number; detail?: string; source?: string };

/** Posted by the worker once the graphs are loaded, before the query runs. */
export type SparqlLoaded = { loaded: true };

/** Limits of one query run. */
export interface SparqlBounds {
  /** Stop the query after it has run this many milliseconds, loading the graphs not counted (0: no limit). */
  timeoutMs: number;
  /** Return at most this many rows (bindings or triples). */
  maxRows: number;
}

/** Starts a worker thread on a module of src/cli (its .js in dist/, its .ts through tsx in tests). */
export function startWorker(module = 'sparql-worker'): Worker {
  const js = new URL(`./${module}.js`, import.meta.url);
  const execArgv = process.execArgv.some((a) => a.startsWith('--input-type')) ? process.execArgv.filter((a) => !a.startsWith('--input-type')) : undefined;
  if (existsSync(fileURLToPath(js))) return new Worker(js, { execArgv, stderr: true });
  const ts = new URL(`./${module}.ts`, import.meta.url).href;
  const boot = `(async () => { (await import('tsx/esm/api')).register(); await import(${JSON.stringify(ts)}); })();`;
  return new Worker(boot, { eval: true, execArgv, stderr: true });
}

/**
 * Runs a SPARQL query over the sources within the bounds.
 * @returns the result and the number of rows it had before the cut to maxRows
 * @throws SparqlSyntaxError / SparqlQueryError as SparqlStore.query does; SparqlQueryError when the
 *   query runs past the timeout or the engine fails on it
 */
export async function runSparqlBounded(job: Omit<SparqlJob, 'maxRows'>, bounds: SparqlBounds): Promise<{ result: SparqlResult; total: number }> {
  const worker = startWorker();
  let engineSaid = '';
  worker.stderr.on('data', (d: Buffer) => void (engineSaid += d.toString()));
  try {
    const reply = await new Promise<SparqlReply>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const done = (): void => void (timer && clearTimeout(timer));
      worker.on('message', (r: SparqlReply | SparqlLoaded) => {
        if (!('loaded' in r)) return void (done(), resolve(r));
        // Timed from the end of loading: a 16× corpus takes minutes to load, its queries seconds.
        if (bounds.timeoutMs > 0) timer = setTimeout(() => reject(new SparqlQueryError(`the query ran longer than --timeout ${bounds.timeoutMs / 1000} s and was stopped; narrow it (fewer variables joined freely, a LIMIT), or raise --timeout.`)), bounds.timeoutMs);
      });
      worker.once('error', (e) => (done(), reject(engineFailure(e.message, engineSaid))));
      worker.once('exit', (code) => (done(), reject(engineFailure(`the query thread ended (code ${code})`, engineSaid))));
      worker.postMessage({ ...job, maxRows: bounds.maxRows } satisfies SparqlJob);
    });
    if (reply.ok) return { result: reply.result, total: reply.total };
    if (reply.name === 'SparqlSyntaxError') throw new SparqlSyntaxError(reply.message, reply.line ?? 1, reply.column ?? 1, reply.detail ?? '');
    if (/unreachable|panicked|RuntimeError/i.test(`${reply.name} ${reply.message}`)) throw engineFailure(reply.message, engineSaid);
    if (reply.name === 'SparqlQueryError') throw new SparqlQueryError(reply.message);
    if (reply.name === 'GraphLoadError') throw new GraphLoadError(reply.message, reply.source ?? '', reply.line ?? null);
    throw Object.assign(new Error(reply.message), { name: reply.name });
  } finally {
    await worker.terminate();
  }
}

function engineFailure(message: string, engineSaid: string): SparqlQueryError {
  const panic = /panicked at[^\n]*\n?([^\n]*)/.exec(engineSaid);
  const why = panic ? `${panic[1]?.trim() || 'a panic'}` : message.split('\n')[0];
  return new SparqlQueryError(`the SPARQL engine could not finish the query (${why}); its result is probably too large: add a LIMIT or join fewer unconstrained variables.`);
}
