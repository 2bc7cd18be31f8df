// The Virtuoso round trip (issue 20 item 3): `build --into <Graph Store URL>` writes each article as
// its own named graph into Debian's Virtuoso started on loopback, and `query --endpoint` answers the
// documented example queries exactly as `query` over the local Turtle of the same articles.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { sampleLines, TODAY } from '../corpus/_fixture.js';
import { redisMissing, startRedis } from '../queue/_redis.js';
import { startVirtuoso, virtuosoMissing, type Virtuoso } from './_virtuoso.js';

const missing = virtuosoMissing();
if (missing) console.log(`test/store/virtuoso.test.ts skipped: ${missing}`);

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from(['']), cwd, isTTY: false };
  return { code: await main(argv, io), out, err };
}

const QUERIES = ['statements-per-speaker.rq', 'most-talked-about.rq', 'affiliations.rq'];
const queryFile = (name: string) => new URL(`../../examples/queries/${name}`, import.meta.url).pathname;
const LABELS = 'SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }';

describe.skipIf(missing !== null)('Virtuoso as the corpus store', () => {
  let server: Virtuoso;
  let work: string;
  let store: string;
  let ids: string[];

  beforeAll(async () => {
    server = await startVirtuoso();
    store = `${server.base.replace('http://', 'http://dba:dba@')}/sparql-graph-crud-auth`;
    work = mkdtempSync(join(tmpdir(), 'ng-virtuoso-test-'));
    const lines = sampleLines(6);
    ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
    writeFileSync(join(work, 'six.jsonl'), `${lines.join('\n')}\n`);
    writeFileSync(join(work, 'five.jsonl'), `${lines.slice(0, 5).join('\n')}\n`);
    for (const name of ['six', 'five']) {
      // A store holds the article graphs as written (no corpus identity yet), so the local graph to
      // compare with is the plain union.
      const r = await run(['build', `${name}.jsonl`, '-o', 'local', '--today', TODAY, '-j', '1', '-q', '--plain-union'], work);
      expect(r.code, r.err).toBe(0);
    }
    const r = await run(['build', 'six.jsonl', '--into', store, '--today', TODAY, '-j', '1'], work);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/6 article graphs written, 0 removed; corpus graph refreshed/);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  const local = (file: string, args: string[]) => run(['query', ...args, '-f', 'csv', join('local', file)], work);
  const remote = (args: string[]) => run(['query', ...args, '-f', 'csv', '--endpoint', `${server.base}/sparql`], work);

  it.each(QUERIES)('should answer examples/queries/%s at the endpoint as over the local Turtle', async (name) => {
    const [a, b] = [await remote(['--sparql-file', queryFile(name)]), await local('six.ttl', ['--sparql-file', queryFile(name)])];
    expect(a.code, a.err).toBe(0);
    expect(a.out).toBe(b.out);
    expect(b.out.split('\n').length).toBeGreaterThan(3);
  }, 60_000);

  it('should count a triple several articles state once, as the Turtle does', async () => {
    const [a, b] = [await remote(['--sparql', LABELS]), await local('six.ttl', ['--sparql', LABELS])];
    expect(a.out).toBe(b.out);
  }, 60_000);

  it('should replace, not duplicate, an article written again, and take one out with --remove', async () => {
    const again = await run(['build', 'five.jsonl', '--into', store, '--remove', ids[5]!, '--today', TODAY, '-j', '1', '-q'], work);
    expect(again.code, again.err).toBe(0);
    for (const q of [LABELS, readFileSync(queryFile('statements-per-speaker.rq'), 'utf8')]) {
      const [a, b] = [await remote(['--sparql', q]), await local('five.ttl', ['--sparql', q])];
      expect(a.out).toBe(b.out);
    }
  }, 120_000);

  it.skipIf(redisMissing() !== null)('should take queued articles into the store with a worker and answer like the local graph', async () => {
    const redis = await startRedis();
    try {
      const removed = await run(['build', '--into', store, '--remove', ids[0]!, '--remove', ids[1]!, '-q'], work);
      expect(removed.code, removed.err).toBe(0);
      expect((await run(['enqueue', '--redis', redis.url, 'five.jsonl', '--today', TODAY, '-q'], work)).code).toBe(0);
      const w = await run(['worker', '--redis', redis.url, '--into', store, '--exit-when-idle', '--lock-ms', '2000'], work);
      expect(w.code, w.err).toBe(0);
      expect(w.out).toMatch(/5 articles done, 0 failed/);
      expect(w.err).toMatch(/corpus graph refreshed/);
      const q = readFileSync(queryFile('most-talked-about.rq'), 'utf8');
      expect((await remote(['--sparql', q])).out).toBe((await local('five.ttl', ['--sparql', q])).out);
    } finally {
      await redis.stop();
    }
  }, 120_000);

  it('should say how to fix a refused write', async () => {
    const r = await run(['build', 'five.jsonl', '--into', store.replace('dba:dba', 'dba:wrong'), '--today', TODAY, '-j', '1', '-q'], work);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/answered 401.*user and password/);
  }, 60_000);
});
