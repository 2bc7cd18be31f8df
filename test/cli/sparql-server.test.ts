// Issue 24 item 2: `newsgraph serve`, a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1 that
// loads its graphs once: GET and POST (sparql-query and form-encoded), JSON / CSV / TSV by Accept,
// a per-query timeout that reloads the store, refused updates and foreign Host headers, and
// `query --endpoint` against it.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSource, toPortable } from '../../src/cli/graph-files.js';
import { main } from '../../src/cli/main.js';
import { negotiate, startSparqlServer, type SparqlServer } from '../../src/cli/sparql-server.js';

// A small graph of people with labels and who spoke about whom.
function graphFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
  const ng = 'https://w3id.org/newsgraph/ns#';
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    lines.push(`<http://ex/p${i}> a <${ng}Person> ; <http://www.w3.org/2000/01/rdf-schema#label> "Person ${i}" .`);
    lines.push(`<http://ex/s${i}> <${ng}speaker> <http://ex/p${i}> ; <${ng}about> <http://ex/p${(i + 1) % 40}> .`);
  }
  writeFileSync(join(dir, 'g.ttl'), `${lines.join('\n')}\n`);
  return join(dir, 'g.ttl');
}

let server: SparqlServer;
beforeAll(async () => {
  server = await startSparqlServer({ sources: [toPortable(fileSource(graphFile()))], port: 0, timeoutMs: 1500 });
  await server.ready;
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const PEOPLE = 'SELECT ?name WHERE { ?p a ng:Person ; rdfs:label ?name } ORDER BY ?name LIMIT 2';

async function ask(init: { method?: string; query?: string; accept?: string; body?: string; type?: string } = {}): Promise<{ status: number; type: string; text: string }> {
  const url = new URL(server.url);
  if (init.query !== undefined) url.searchParams.set('query', init.query);
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { ...(init.accept ? { accept: init.accept } : {}), ...(init.type ? { 'content-type': init.type } : {}) },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

describe('newsgraph serve (SPARQL 1.1 Protocol)', () => {
  it('answers GET with SPARQL Results JSON by default', async () => {
    const r = await ask({ query: PEOPLE });
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^application\/sparql-results\+json/);
    const json = JSON.parse(r.text) as { head: { vars: string[] }; results: { bindings: Array<{ name: { value: string } }> } };
    expect(json.head.vars).toEqual(['name']);
    expect(json.results.bindings.map((b) => b.name.value)).toEqual(['Person 0', 'Person 1']);
  });

  it.each([
    ['text/csv', /^text\/csv/, 'name\r\nPerson 0\r\nPerson 1\r\n'],
    ['text/tab-separated-values', /^text\/tab-separated-values/, '?name\n"Person 0"\n"Person 1"\n'],
  ])('answers in %s when the Accept header asks for it', async (accept, type, body) => {
    const r = await ask({ query: PEOPLE, accept });
    expect(r.status).toBe(200);
    expect(r.type).toMatch(type);
    expect(r.text).toBe(body);
  });

  it('takes POSTed queries, as application/sparql-query and form-encoded', async () => {
    const direct = await ask({ method: 'POST', type: 'application/sparql-query', body: 'SELECT (COUNT(*) AS ?n) WHERE { ?s ng:speaker ?p }', accept: 'text/csv' });
    expect(direct.text).toBe('n\r\n40\r\n');
    const form = await ask({ method: 'POST', type: 'application/x-www-form-urlencoded', body: new URLSearchParams({ query: 'ASK { ?s ng:about ?o }' }).toString() });
    expect(JSON.parse(form.text)).toEqual({ head: {}, boolean: true });
  });

  it('refuses updates, in the query and as the update operation', async () => {
    expect((await ask({ query: 'INSERT DATA { <http://ex/a> <http://ex/b> <http://ex/c> }' })).status).toBe(403);
    expect((await ask({ method: 'POST', type: 'application/sparql-update', body: 'CLEAR ALL' })).status).toBe(403);
    const form = await ask({ method: 'POST', type: 'application/x-www-form-urlencoded', body: 'update=CLEAR%20ALL' });
    expect(form.status).toBe(403);
    expect((await ask({ query: 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', accept: 'text/csv' })).text).toBe('n\r\n160\r\n');
  });

  it('answers 400 with the position of a syntax error, 406 for a format it cannot write', async () => {
    const bad = await ask({ query: 'SELECT ?x WHERE { ?x ng:speaker }' });
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/SPARQL syntax error at line 1/);
    expect((await ask({ query: PEOPLE, accept: 'image/png' })).status).toBe(406);
  });

  it('refuses a request whose Host is not the loopback address it serves on (DNS rebinding)', async () => {
    const { port } = server;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `/sparql?query=${encodeURIComponent('ASK {}')}`, headers: { host: `attacker.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('stops a query past its timeout, answers 503, and answers the next query after reloading', async () => {
    const slow = await ask({ query: 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }' });
    expect(slow.status).toBe(503);
    expect(slow.text).toMatch(/longer than 1.5 s/);
    const next = await ask({ query: PEOPLE, accept: 'text/csv' });
    expect(next.text).toBe('name\r\nPerson 0\r\nPerson 1\r\n');
  }, 60_000);

  it('is what "newsgraph query --endpoint" talks to', async () => {
    let out = '';
    let err = '';
    const code = await main(['query', '--endpoint', server.url, '--format', 'csv', '--sparql', PEOPLE], {
      out: (t) => void (out += t),
      err: (t) => void (err += t),
      cwd: process.cwd(),
      stdin: process.stdin,
      isTTY: false,
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe('name\r\nPerson 0\r\nPerson 1\r\n');
  }, 30_000);
});

describe('newsgraph serve options', () => {
  it.each([['--timeout', '0'], ['--port', '70000']])('refuses %s %s with exit code 2 before loading anything', async (flag, value) => {
    let err = '';
    const code = await main(['serve', flag, value], { out: () => undefined, err: (t) => void (err += t), cwd: process.cwd(), stdin: process.stdin, isTTY: false });
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`^newsgraph serve: ${flag}`));
  });
});

describe('negotiate', () => {
  const offered = ['application/sparql-results+json', 'text/csv'];
  it.each([
    [undefined, 'application/sparql-results+json'],
    ['*/*', 'application/sparql-results+json'],
    ['text/csv', 'text/csv'],
    ['text/*;q=0.9, application/sparql-results+json;q=0.5', 'text/csv'],
    ['application/json', null],
    ['text/csv;q=0', null],
  ])('Accept %s gives %s', (accept, expected) => {
    expect(negotiate(accept, offered)).toBe(expected);
  });
});
