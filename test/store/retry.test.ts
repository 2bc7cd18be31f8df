// The Graph Store writer (src/store/gsp.ts) retries what a store refuses only for the moment — a
// deadlock reported as 500 (Virtuoso's SR172 when several writers PUT at once), or 503 — and
// throws at once on any other refusal. A small HTTP server on 127.0.0.1 plays the store.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphStoreWriter, StoreError } from '../../src/store/index.js';

const IRI = 'https://w3id.org/newsgraph/id/article/a1';
const ARTICLE = { iri: IRI, nquads: `<https://e.org/s> <https://e.org/p> "o" <${IRI}> .\n` };
let server: Server | null = null;

/** A store that answers the given (status, body) pairs in turn, then 201; returns its URL and the requests seen. */
async function store(answers: [number, string][]): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  server = createServer((req, res) => {
    seen.push(req.method ?? '');
    req.resume();
    const [status, body] = answers.shift() ?? [201, ''];
    res.writeHead(status, { 'content-type': 'text/plain' }).end(body);
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql-graph-crud`, seen };
}

afterEach(() => {
  server?.close();
  server = null;
});

describe('GraphStoreWriter retries', () => {
  it('a deadlock and a 503, then writes', async () => {
    const s = await store([[500, 'Error 40001 SR172: Transaction deadlocked'], [503, 'busy']]);
    await new GraphStoreWriter({ graphStore: s.url, update: s.url }).putArticle(ARTICLE);
    expect(s.seen).toEqual(['PUT', 'PUT', 'PUT']);
  });

  it('not a plain 500: it throws after one try, naming the graph and the answer', async () => {
    const s = await store([[500, 'Error 42000 syntax error']]);
    await expect(new GraphStoreWriter({ graphStore: s.url, update: s.url }).putArticle(ARTICLE)).rejects.toThrow(StoreError);
    expect(s.seen).toEqual(['PUT']);
  });
});
