// Issue 8, big inputs (the big files only in the long set, test/_long.ts): a 50 MB single article (generated into the OS temp directory, never
// committed) is read and decoded, then refused by --max-size with a message naming the file instead
// of exhausting memory in stages 1–3; a 0.25 MB article is built whole into valid RDF.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDecoded } from '../../src/cli/files.js';
import { readSource } from '../../src/corpus/index.js';
import { TODAY } from '../corpus/_fixture.js';
import { writeBigArticle } from './_hostile.js';
import { turtleProblems } from './_rdf.js';
import { listFiles, runCli } from './_run.js';
import { LONG, itLong } from '../_long.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-big-'));
  if (LONG) writeBigArticle(join(dir, 'huge.txt'), 50 * 1024 * 1024);
  if (LONG) writeBigArticle(join(dir, 'long.txt'), 256 * 1024);
  writeBigArticle(join(dir, 'mid.txt'), 24 * 1024);
  writeFileSync(join(dir, 'small.txt'), 'Minister Anna Berg said on Tuesday that the talks would resume.\n');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 50 MB article', () => {
  itLong('the 50 MB article')('is read, decoded and split from its metadata in seconds', () => {
    const started = performance.now();
    const { text, notes } = readDecoded(join(dir, 'huge.txt'), 'build');
    const article = readSource({ name: 'huge', format: 'text', raw: text, source: 'huge.txt' });
    expect(notes).toEqual([]);
    expect(article.text.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  itLong('the 50 MB article')('is refused by --max-size with a message naming it, and the other articles are still built (exit 1)', async () => {
    const r = await runCli(['build', 'huge.txt', 'small.txt', '-o', 'out', '-j', '1', '--today', TODAY], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'newsgraph build: huge.txt: the article is 50.0 MB, more than --max-size 5 MB; split it into articles, or raise --max-size (≈300 MB of memory per MB of text).\n',
    );
    expect(listFiles(join(dir, 'out'))).toEqual(['small.json', 'small.ttl']);
  }, 60_000);

  itLong('the 50 MB article')('as one JSON Lines record is refused with file and line, and the corpus goes on', async () => {
    const huge = readFileSync(join(dir, 'huge.txt'), 'utf8');
    writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ id: 'ok', text: 'Anna Berg said the talks would resume.' })}\n${JSON.stringify({ id: 'huge', text: huge })}\n`);
    const r = await runCli(['build', 'c.jsonl', '-o', 'cout', '-j', '1', '--today', TODAY, '-q'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^newsgraph build: c\.jsonl:2: the record is 5\d\.\d MB, more than --max-size 5 MB; split it into articles/);
    expect(listFiles(join(dir, 'cout'))).toEqual(['c.gexf', 'c.json', 'c.nq', 'c.ttl']);
  }, 60_000);

  it.each([['0'], ['-1'], ['lots']])('rejects --max-size %s with exit code 2', async (value) => {
    const r = await runCli(['build', 'small.txt', `--max-size=${value}`], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--max-size ".*" must be a positive number of megabytes/);
  });
});

describe('an article over a small --max-size', () => {
  it('is refused with a message naming it, and the other articles are still built (exit 1)', async () => {
    const r = await runCli(['build', 'mid.txt', 'small.txt', '-o', 'mout', '-j', '1', '--today', TODAY, '--max-size', '0.01'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^newsgraph build: mid\.txt: the article is 0\.0 MB, more than --max-size 0\.01 MB; split it into articles/);
    expect(listFiles(join(dir, 'mout'))).toEqual(['small.json', 'small.ttl']);
  }, 60_000);
});

describe('a 0.25 MB article', () => {
  itLong('the 0.25 MB article')('is built whole into sound Turtle', async () => {
    const r = await runCli(['build', 'long.txt', '-o', 'long', '-j', '1', '--today', TODAY], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^long: \d{4,} statements/);
    expect(await turtleProblems(readFileSync(join(dir, 'long/long.ttl'), 'utf8'))).toEqual([]);
  }, 120_000);
});
