// `newsgraph serve`: a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1. The corpus is loaded
// once into an Oxigraph store on a query thread (sparql-serve-worker.ts); queries come by GET or
// POST (application/sparql-query, or form-encoded), results go out as SPARQL JSON, XML, CSV or TSV
// (N-Triples or Turtle for graphs) by Accept. A query past its timeout stops the thread, which is
// started again and reloads the corpus. Host checks as the viewer's server (serve.ts) does.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from 'node:worker_threads';
import { queryForm } from '../sparql/store.js';
import { CORPUS_GRAPH } from '../store/gsp.js';
import type { PortableSource } from './graph-files.js';
import { NewsgraphError } from '../errors.js';
import { CliError } from './io.js';
import type { ServeReply, ServeRequest } from './sparql-serve-worker.js';
import { startWorker } from './sparql-run.js';

/** Options of startSparqlServer. */
export interface SparqlServerOptions {
  sources: PortableSource[];
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** A query running longer is stopped (ms). */
  timeoutMs: number;
  /** Called when the corpus is loaded (again, after a timeout). */
  onLoaded?: (info: { quads: number; ms: number }) => void;
}

export interface SparqlServer {
  /** The endpoint, http://127.0.0.1:<port>/sparql. */
  url: string;
  port: number;
  /** Resolves when the corpus is loaded; rejects when it cannot be. */
  ready: Promise<{ quads: number; ms: number }>;
  close(): Promise<void>;
}

/** Path of the endpoint. */
export const SPARQL_PATH = '/sparql';
const MAX_BODY = 1 << 20;

const SELECT_TYPES = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'];
const GRAPH_TYPES = ['application/n-triples', 'text/turtle'];

/** A request the endpoint answers with an HTTP error status. */
class SparqlHttpError extends NewsgraphError {
  override name = 'SparqlHttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The media type to answer with: the first of `offered` that the Accept header allows, by q then
 * order; the first offered when the header is absent or allows anything.
 * @returns null when nothing offered is acceptable
 */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | null {
  if (!accept || !accept.trim()) return offered[0]!;
  const ranges = accept.split(',').map((part, i) => {
    const [type = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
    return { type: type.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), i };
  });
  let best: { type: string; q: number; rank: number } | null = null;
  offered.forEach((type, rank) => {
    const [major] = type.split('/');
    const match = ranges.filter((r) => r.type === type || r.type === `${major}/*` || r.type === '*/*').sort((a, b) => b.type.length - a.type.length)[0];
    if (!match || match.q <= 0) return;
    if (!best || match.q > best.q) best = { type, q: match.q, rank };
  });
  return (best as { type: string } | null)?.type ?? null;
}

// One query thread at a time holds the store; queries wait their turn.
class QueryThread {
  private worker: Worker | null = null;
  private loaded: Promise<{ quads: number; ms: number }> = Promise.resolve({ quads: 0, ms: 0 });
  private chain: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: SparqlServerOptions) {}

  start(): Promise<{ quads: number; ms: number }> {
    const worker = startWorker('sparql-serve-worker');
    this.worker = worker;
    this.loaded = new Promise((resolve, reject) => {
      const onMessage = (m: ServeReply): void => {
        if (m.type === 'loaded') {
          worker.off('message', onMessage);
          this.options.onLoaded?.(m);
          resolve(m);
        } else if (m.type === 'load-failed') reject(new CliError(`newsgraph serve: ${m.message}`));
      };
      worker.on('message', onMessage);
      worker.once('error', (e) => reject(new CliError(`newsgraph serve: the query thread failed while loading: ${e.message}`)));
      worker.postMessage({ type: 'load', sources: this.options.sources } satisfies ServeRequest);
    });
    return this.loaded;
  }

  /** Runs one query after those before it; rejects with SparqlHttpError 400 / 503 / 500. */
  run(request: Omit<Extract<ServeRequest, { type: 'query' }>, 'type' | 'id'>): Promise<string> {
    const next = this.chain.then(() => this.runNow(request));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async runNow(request: Omit<Extract<ServeRequest, { type: 'query' }>, 'type' | 'id'>): Promise<string> {
    await this.loaded;
    const worker = this.worker!;
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        reject(new SparqlHttpError(503, `the query ran longer than ${this.options.timeoutMs / 1000} s and was stopped; narrow it (a LIMIT, fewer variables joined freely). The corpus is being loaded again.`));
        // Oxigraph cannot cancel a query: the thread is stopped and a fresh one loads the corpus.
        void worker.terminate();
        if (!this.closed) this.start().catch(() => undefined);
      }, this.options.timeoutMs);
      const onMessage = (m: ServeReply): void => {
        if (!('id' in m) || m.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (m.type === 'result') resolve(m.body);
        else if (/unreachable|panicked|RuntimeError/i.test(`${m.name} ${m.message}`)) reject(new SparqlHttpError(500, `the SPARQL engine could not finish the query (${m.message.split('\n')[0]}).`));
        else reject(new SparqlHttpError(400, m.message));
      };
      worker.on('message', onMessage);
      worker.postMessage({ type: 'query', id, ...request } satisfies ServeRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
  }
}

/** The query and dataset of a SPARQL Protocol request. */
type ProtocolQuery = { query: string; defaultGraphs: string[]; namedGraphs: string[] };

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new SparqlHttpError(413, `the request body is larger than ${MAX_BODY} bytes.`);
    parts.push(c as Buffer);
  }
  return Buffer.concat(parts).toString('utf8');
}

// GET ?query=…, POST application/sparql-query, POST form-encoded query=…; updates are refused.
async function protocolQuery(req: IncomingMessage, url: URL): Promise<ProtocolQuery> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  let params = url.searchParams;
  let query: string | null = null;
  if (req.method === 'POST') {
    if (type === 'application/sparql-update') throw new SparqlHttpError(403, 'this endpoint is read-only: SPARQL Update is refused. Change the graph files and restart "newsgraph serve".');
    const body = await readBody(req);
    if (type === 'application/sparql-query') query = body;
    else if (type === 'application/x-www-form-urlencoded') params = new URLSearchParams(body);
    else throw new SparqlHttpError(415, `POST a query as application/sparql-query or application/x-www-form-urlencoded (query=…), not "${type || 'no content type'}".`);
  }
  if (params.has('update')) throw new SparqlHttpError(403, 'this endpoint is read-only: SPARQL Update is refused. Change the graph files and restart "newsgraph serve".');
  query ??= params.get('query');
  if (!query || !query.trim()) throw new SparqlHttpError(400, 'no query: send ?query=… (GET), or POST it (application/sparql-query, or form-encoded query=…).');
  // The newsgraph corpus graph (what `query --endpoint` asks of a store) is this store's default graph.
  const defaultGraphs = url.searchParams.getAll('default-graph-uri').concat(params === url.searchParams ? [] : params.getAll('default-graph-uri'));
  const namedGraphs = url.searchParams.getAll('named-graph-uri').concat(params === url.searchParams ? [] : params.getAll('named-graph-uri'));
  return { query, defaultGraphs: defaultGraphs.filter((g) => g !== CORPUS_GRAPH), namedGraphs };
}

/**
 * Starts the endpoint and begins loading the corpus; queries wait for the load.
 * @throws CliError when the port is taken or not a port
 */
export async function startSparqlServer(options: SparqlServerOptions): Promise<SparqlServer> {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new CliError(`newsgraph serve: --port ${options.port} is not a TCP port; give 0–65535 (0 picks a free one).`, 2);
  const thread = new QueryThread(options);
  let port = options.port;
  const server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8'): void => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      // A page on another site can reach 127.0.0.1 through DNS rebinding; it then sends its own Host.
      const host = (req.headers.host ?? '').toLowerCase();
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new SparqlHttpError(403, 'Unknown Host header.');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname !== SPARQL_PATH) throw new SparqlHttpError(404, `Not found. The SPARQL endpoint is ${SPARQL_PATH}.`);
      if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, POST, HEAD');
        throw new SparqlHttpError(405, 'Only GET and POST (SPARQL 1.1 Protocol queries).');
      }
      const request = await protocolQuery(req, url);
      let form: ReturnType<typeof queryForm>;
      try {
        form = queryForm(request.query);
      } catch (e) {
        throw new SparqlHttpError(403, `${(e as Error).message.replace(/ Change the graph files instead, or load them into a triple store\.$/, '')} This endpoint is read-only.`);
      }
      const offered = form === 'CONSTRUCT' || form === 'DESCRIBE' ? GRAPH_TYPES : SELECT_TYPES;
      const mediaType = negotiate(req.headers.accept, offered);
      if (!mediaType) throw new SparqlHttpError(406, `cannot answer in "${req.headers.accept}"; this query's results come as ${offered.join(', ')}.`);
      const body = await thread.run({ query: request.query, mediaType, defaultGraphs: request.defaultGraphs, namedGraphs: request.namedGraphs });
      send(200, body, `${mediaType}; charset=utf-8`);
    } catch (e) {
      if (e instanceof SparqlHttpError) send(e.status, `${e.message}\n`);
      else send(500, `newsgraph serve: ${(e as Error).message}\n`);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new CliError(`newsgraph serve: port ${options.port} on 127.0.0.1 is in use; pick another with --port, or --port 0 for any free one.`) : e),
    );
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const ready = thread.start();
  ready.catch(() => undefined);
  return {
    url: `http://127.0.0.1:${port}${SPARQL_PATH}`,
    port,
    ready,
    close: async () => {
      await thread.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
