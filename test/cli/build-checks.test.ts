// Issue 22 items 12 and 13 (build inputs and options): --jobs above the cores is capped with a
// warning; --today must be a real date; impossible metadata dates are warned about, not dropped
// silently; a truncated .jsonl.gz says so in words and keeps the lines before the cut.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../src/corpus/index.js';
import { TODAY } from '../corpus/_fixture.js';
import { runCli } from '../robustness/_run.js';

const ARTICLE = 'Minister Anna Berg said on Tuesday that the talks in Oslo would resume.\n';
const fresh = (): string => mkdtempSync(join(tmpdir(), 'newsgraph-checks-'));

describe('newsgraph build options', () => {
  it('caps --jobs at the number of cores, with a warning', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ id: 'a', text: ARTICLE })}\n`);
    const cores = availableParallelism();
    const r = await runCli(['build', 'c.jsonl', '-o', 'out', '-j', String(cores + 10), '--today', TODAY], dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`newsgraph build: warning: --jobs ${cores + 10} is more than the ${cores} cores here; using ${cores}.\n`);
    expect(r.out).toMatch(new RegExp(`${cores} threads?\\)`));
  });

  it.each(['2025-13-45', '2023-02-31', '2024-1-1'])('refuses --today %s with exit code 2', async (today) => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    for (const cmd of ['build', 'annotate']) {
      const r = await runCli(cmd === 'build' ? ['build', 'a.txt', '--today', today] : ['annotate', '--today', today], dir, '{"id":"a","text":"Berg said so."}\n');
      expect(r.code, cmd).toBe(2);
      expect(r.err, cmd).toBe(`newsgraph ${cmd}: --today "${today}" must be YYYY-MM-DD, a date that exists.\n`);
    }
  });
});

describe('--max-size where the size is not known in advance (issue 22 item 9)', () => {
  it.skipIf(process.platform !== 'linux')('never reads /dev/zero (stat says 0 bytes) past its first bytes: a binary file is refused', async () => {
    const dir = fresh();
    const started = performance.now();
    const r = await runCli(['build', '/dev/zero', '-o', 'out', '-j', '1', '--max-size', '0.05', '--today', TODAY], dir);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    expect(r.err).toBe('newsgraph build: "/dev/zero" is a binary file, not text. newsgraph reads .txt, .md, .html and .jsonl articles.\n');
  });

  it('counts the bytes of standard input', async () => {
    const r = await runCli(['build', '-', '-o', 'out', '-j', '1', '--max-size', '0.01', '--today', TODAY], fresh(), ARTICLE.repeat(300));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^newsgraph build: stdin: the article is more than --max-size 0\.01 MB \(stopped reading there\)/);
  });
});

describe('metadata dates', () => {
  it.each([
    ['2023-01-31T10:00Z', '2023-01-31'],
    ['2023-01-31 23:59:60+02:00', '2023-01-31'],
    ['2023-01-31T25:99Z', null],
    ['2023-02-31', null],
    ['31 February 2023', null],
  ])('normaliseDate(%s) is %s', (value, date) => {
    expect(normaliseDate(value)).toBe(date);
  });

  it('warns, naming the article, about a date that is not one, and builds the article', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.txt'), `Date: 2023-02-31\n\n${ARTICLE}`);
    writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ id: 'x', text: ARTICLE, published: '31 February 2023' })}\n`);
    const one = await runCli(['build', 'a.txt', '-o', 'out', '-j', '1', '--today', TODAY], dir);
    expect(one.code).toBe(0);
    expect(one.err).toContain('newsgraph build: warning: a.txt: the date "2023-02-31" in its metadata is not a valid date; it was ignored (write it as YYYY-MM-DD)\n');
    const corpus = await runCli(['build', 'c.jsonl', '-o', 'cout', '-j', '1', '--verbose', '--today', TODAY], dir);
    expect(corpus.code).toBe(0);
    expect(corpus.err).toContain('c.jsonl:1: the date "31 February 2023" in its metadata is not a valid date; it was ignored');
  });
});

describe('a truncated .jsonl.gz', () => {
  it('is reported in words, and the records before the cut are built', async () => {
    const dir = fresh();
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `${ARTICLE} Item ${i} of a long enough corpus to span gzip blocks ${'x'.repeat(i % 50)}.` })).join('\n');
    const gz = gzipSync(lines);
    writeFileSync(join(dir, 'c.jsonl.gz'), gz.subarray(0, Math.floor(gz.length * 0.7)));
    const r = await runCli(['build', 'c.jsonl.gz', '-o', 'out', '-j', '1', '-q', '--today', TODAY], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe('newsgraph build: c.jsonl.gz: cannot read: the gzip data ends early, the file is truncated (Z_BUF_ERROR); the lines before the cut were read\n');
    expect(readFileSync(join(dir, 'out/c.nq'), 'utf8')).toContain('/article/a0>');
  });
});
