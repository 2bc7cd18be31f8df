// `newsgraph build` in-process: per-article outputs, corpus mode (--merge, .jsonl), worker threads,
// failures that do not stop the run, and outputs byte-identical across --jobs and input order.

import { mkdtempSync, readFileSync, existsSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { sampleLines, TODAY } from '../corpus/_fixture.js';

type Run = { code: number; out: string; err: string };

async function run(argv: string[], cwd: string, stdin = '', isTTY = false): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from([stdin]), cwd, isTTY };
  const code = await main(argv, io);
  return { code, out, err };
}

const OUTPUTS = ['ttl', 'nq', 'json', 'gexf'];
const read = (dir: string, name: string): string[] => OUTPUTS.map((ext) => readFileSync(join(dir, `${name}.${ext}`), 'utf8'));

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-build-test-'));
  const lines = sampleLines(6);
  writeFileSync(join(work, 'corpus.jsonl'), `${lines.slice(0, 3).join('\n')}\n{"id": "broken"\n\n${lines.slice(3).join('\n')}\n`);
  writeFileSync(join(work, 'reversed.jsonl'), `${[...lines].reverse().join('\n')}\n`);
  const dir = join(work, 'articles');
  mkdirSync(join(dir, 'html'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), 'Title: Talks end\nDate: 2023-01-31\nBy Jane Doe\n\nRussian Foreign Minister Sergei Lavrov said on Tuesday that the talks were over.\n');
  writeFileSync(join(dir, 'b.md'), '---\ntitle: Blinken replies\ndate: 2023-02-01\n---\n# Ignored heading\n\n"We will keep talking," US Secretary of State Antony Blinken told **reporters** in Washington.\n');
  writeFileSync(join(dir, 'html', 'c.html'), '<html><head><title>NATO</title></head><body><nav>Home</nav><article><h1>NATO</h1><p>NATO chief Jens Stoltenberg said the alliance would stay united, according to a statement.</p></article></body></html>');
  writeFileSync(join(dir, 'empty.txt'), 'Title: nothing here\n');
  writeFileSync(join(dir, 'notes.csv'), 'ignored,file\n');
}, 60_000);

describe('newsgraph build, per article', () => {
  it('builds the sample article with no input and prints a one-line summary', async () => {
    const r = await run(['build', '--today', TODAY, '-j', '1'], work);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^lavrov-blinken-message: \d+ statements \(\d+ nested\), \d+ events, \d+ actors, \d+ triples -> graphs\/lavrov-blinken-message\.ttl, graphs\/lavrov-blinken-message\.json\n$/);
    expect(existsSync(join(work, 'graphs/lavrov-blinken-message.ttl'))).toBe(true);
  });

  it('reads a directory of .txt, .md and .html files; a failing article is reported by name and the others are built', async () => {
    const r = await run(['build', 'articles', '-o', 'each', '--today', TODAY, '-j', '2'], work);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/newsgraph build: articles\/empty\.txt: the article has no text/);
    // Lines come in input order (sorted paths), whatever thread finished first.
    expect(r.out.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['a', 'b', 'html/c']);
    expect(readdirSync(join(work, 'each')).sort()).toEqual(['a.json', 'a.ttl', 'b.json', 'b.ttl', 'html']);
    expect(readFileSync(join(work, 'each/a.ttl'), 'utf8')).toContain('"Talks end"');
  }, 60_000);
});

describe('newsgraph build, corpus mode', () => {
  it('merges a JSON Lines corpus into one .ttl, .nq, .json and .gexf, reporting the bad line and going on', async () => {
    const r = await run(['build', 'corpus.jsonl', '-o', 'j1', '-j', '1', '--today', TODAY], work);
    expect(r.code).toBe(1);
    expect(r.err).toContain('newsgraph build: corpus.jsonl:4: not JSON');
    expect(r.out).toMatch(/^corpus: 6 articles \(1 failed\), \d+ statements \(\d+ nested\), \d+ events, \d+ actors, \d+ triples; quotations: \d+ found, \d+ attributed, \d+ unattributed; \d+ warnings; /);
    expect(r.out).toContain('-> j1/corpus.ttl, j1/corpus.nq, j1/corpus.json, j1/corpus.gexf');
    expect(readdirSync(join(work, 'j1')).sort()).toEqual(['corpus.gexf', 'corpus.json', 'corpus.nq', 'corpus.ttl']);
  }, 60_000);

  it('writes byte-identical outputs with 1 or 2 worker threads and with the articles in reverse order', async () => {
    const two = await run(['build', 'corpus.jsonl', '-o', 'j2', '-j', '2', '--today', TODAY, '-q'], work);
    const rev = await run(['build', 'reversed.jsonl', '-m', 'corpus', '-o', 'rev', '-j', '2', '--today', TODAY, '-q'], work);
    expect(two.code).toBe(1);
    expect(rev.code).toBe(0);
    expect(two.out + rev.out).toBe('');
    const one = read(join(work, 'j1'), 'corpus');
    expect(read(join(work, 'j2'), 'corpus')).toEqual(one);
    expect(read(join(work, 'rev'), 'corpus')).toEqual(one);
  }, 120_000);

  it('merges a directory with --merge, and reads a corpus from standard input', async () => {
    const dir = await run(['build', 'articles', '--merge', 'news', '-o', 'merged', '-j', '1', '--today', TODAY], work);
    expect(dir.code).toBe(1);
    expect(dir.out).toMatch(/^news: 3 articles \(1 failed\)/);
    const ttl = readFileSync(join(work, 'merged/news.ttl'), 'utf8');
    expect(ttl).toContain('article:html');
    const stdin = await run(['build', '-', '--stdin', 'jsonl', '-o', 'piped', '-j', '1', '--today', TODAY, '-q'], work, readFileSync(join(work, 'reversed.jsonl'), 'utf8'));
    expect(stdin.code).toBe(0);
    expect(read(join(work, 'piped'), 'stdin')[0]).toBe(read(join(work, 'j1'), 'corpus')[0]);
  }, 60_000);

  it('draws a progress line on a terminal and nothing otherwise', async () => {
    const tty = await run(['build', 'reversed.jsonl', '-o', 'tty', '-j', '1', '--today', TODAY], work, '', true);
    expect(tty.err).toMatch(/\r\x1b\[2K\[=+\]  6\/6 articles  [\d.]+\/s/);
    const piped = await run(['build', 'reversed.jsonl', '-o', 'tty', '-j', '1', '--today', TODAY], work);
    expect(piped.err).toBe('');
  }, 60_000);

  it('leaves no spool or temporary file behind', () => {
    for (const d of ['j1', 'j2', 'rev', 'merged', 'piped', 'tty']) expect(readdirSync(join(work, d)).filter((f) => f.startsWith('.') || f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('newsgraph build, usage', () => {
  it.each([
    [['--jobs', '0'], /--jobs "0" must be a whole number/],
    [['--stdin', 'pdf', '-'], /--stdin "pdf" must be one of text, markdown, html, jsonl/],
    [['corpus.jsonl', 'articles'], /JSON Lines corpus among several inputs: name the merged graph with --merge <name>/],
    [['articles', '--merge', '../x'], /--merge "\.\.\/x" must be a plain file name/],
    [['--today', 'tomorrow'], /--today "tomorrow" must be YYYY-MM-DD, a date that exists/],
  ])('rejects %j with exit code 2 and a message saying how to fix it', async (args, message) => {
    const r = await run(['build', ...args], work);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('documents corpus mode in --help', async () => {
    const r = await run(['build', '--help'], work);
    for (const flag of ['--merge <name>', '--jobs <n>', '--stdin <format>', '--verbose', '.nq', '.gexf']) expect(r.out).toContain(flag);
  });
});
