// Issue 8, corpus mode: a JSON Lines corpus with malformed lines, hostile ids (../.., absolute
// paths), lone surrogates and NUL escapes, bad bytes and CRLF; 100,000 lines streamed; outputs
// that parse with N3.js and rapper and validate; byte-identical whatever --jobs and line order; no
// partial output when a run is killed.

import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputPathIn, readRecords } from '../../src/cli/files.js';
import { parseCorpusLine } from '../../src/corpus/index.js';
import { TODAY } from '../corpus/_fixture.js';
import { hostileJsonl, hostileJsonlBytes, writeBigCorpus } from './_hostile.js';
import { itWithRapper, parseNQuads, rapperCount, turtleProblems } from './_rdf.js';
import { listFiles, runCli, type Run } from './_run.js';

const OUTPUTS = ['corpus.gexf', 'corpus.json', 'corpus.nq', 'corpus.ttl'];

let work: string;
let one: Run;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-corpus-'));
  const bytes = hostileJsonlBytes();
  writeFileSync(join(work, 'corpus.jsonl'), bytes);
  const lines = bytes.toString('latin1').split('\n').filter(Boolean);
  writeFileSync(join(work, 'reversed.jsonl'), Buffer.from(`${[...lines].reverse().join('\n')}\n`, 'latin1'));
  one = await runCli(['build', 'corpus.jsonl', '-o', 'j1', '-j', '1', '--today', TODAY], work);
}, 120_000);

describe('a hostile JSON Lines corpus', () => {
  it('reports every malformed line by file and line number, and builds the rest (exit 1)', () => {
    expect(one.code).toBe(1);
    const bad = hostileJsonl()
      .map((r, i) => ({ ...r, n: i + 1 }))
      .filter((r) => r.bad);
    for (const r of bad) expect(one.err, r.what).toMatch(new RegExp(`^newsgraph build: corpus\\.jsonl:${r.n}: `, 'm'));
    expect(one.err).toMatch(/^newsgraph build: corpus\.jsonl:17: expected a JSON object \{"id","text",…\}, got null\.$/m);
    expect(one.err).toMatch(/^newsgraph build: warning: corpus\.jsonl:18: invalid UTF-8 at byte 42 of the line; each bad byte sequence became U\+FFFD$/m);
    expect(one.err).toMatch(/warning: article id "dup" is in both corpus\.jsonl:14 and corpus\.jsonl:15/);
    expect(one.out).toMatch(/^corpus: 10 articles \(6 failed\), /);
  });

  it('writes the four outputs inside the output directory only, whatever the ids say ("../../escape", "/etc/passwd")', () => {
    expect(listFiles(work)).toEqual(['corpus.jsonl', ...OUTPUTS.map((f) => `j1/${f}`), 'reversed.jsonl']);
  });

  it('writes Turtle that N3.js and rapper parse, SHACL validates and the graph round-trips', async () => {
    const ttl = readFileSync(join(work, 'j1/corpus.ttl'), 'utf8');
    expect(await turtleProblems(ttl, { exact: false })).toEqual([]);
    // The hostile ids became safe IRIs, their text stayed in ng:articleId.
    expect(ttl).toContain('ng:articleId "../../escape"');
    expect(ttl).toContain('ng:articleId "/etc/passwd"');
    expect(ttl).not.toMatch(/[\ud800-\udfff]/u);
  });

  itWithRapper('writes N-Quads that N3.js and rapper read to the same number of quads', () => {
    const nq = readFileSync(join(work, 'j1/corpus.nq'), 'utf8');
    expect(rapperCount(join(work, 'j1/corpus.nq'), 'nquads')).toBe(parseNQuads(nq).length);
  });

  it('writes well-formed JSON', () => {
    expect(() => JSON.parse(readFileSync(join(work, 'j1/corpus.json'), 'utf8'))).not.toThrow();
  });

  it('replaces lone surrogates, NUL and U+FFFE/U+FFFF from JSON escapes by U+FFFD, keeping text offsets', () => {
    const ttl = readFileSync(join(work, 'j1/corpus.ttl'), 'utf8');
    expect(ttl).toContain('lone \ufffd high and \ufffd low');
  });

  it('writes byte-identical outputs with 2 threads and with the lines in reverse order', async () => {
    const two = await runCli(['build', 'corpus.jsonl', '-o', 'j2', '-j', '2', '--today', TODAY, '-q'], work);
    const rev = await runCli(['build', 'reversed.jsonl', '-m', 'corpus', '-o', 'rev', '-j', '2', '--today', TODAY, '-q'], work);
    expect([two.code, rev.code]).toEqual([1, 1]);
    for (const f of OUTPUTS) {
      const a = readFileSync(join(work, 'j1', f));
      expect(readFileSync(join(work, 'j2', f)).equals(a), `j2/${f}`).toBe(true);
      // "dup": the kept record is chosen by content, not by order, so reversing changes nothing.
      expect(readFileSync(join(work, 'rev', f)).equals(a), `rev/${f}`).toBe(true);
    }
  }, 120_000);
});

describe('outputPathIn', () => {
  it.each([
    ['a', '/out/a.ttl'],
    ['2023/01/talks', '/out/2023/01/talks.ttl'],
    ['..a', '/out/..a.ttl'],
    ['../../x', null],
    ['a/../../x', null],
    ['/etc/passwd', null],
    ['..', null],
    ['', null],
    ['a\u0000b', null],
    ['..\\x', null],
  ])('puts %j at %s', (name, path) => {
    expect(outputPathIn('/out', name, '.ttl')).toBe(path);
  });
});

describe('a JSON Lines corpus of 100,000 lines', () => {
  it('streams every line with its number and reports each malformed one by line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-100k-'));
    const path = join(dir, 'big.jsonl');
    const bad = writeBigCorpus(path, 100_000, 997);
    const failedLines: number[] = [];
    let good = 0;
    let last = 0;
    for await (const rec of readRecords(createReadStream(path, { highWaterMark: 4096 }), 'big.jsonl')) {
      last = rec.line;
      try {
        parseCorpusLine(rec.text, { source: 'big.jsonl', line: rec.line });
        good++;
      } catch (e) {
        expect((e as Error).message).toMatch(new RegExp(`^big\\.jsonl:${rec.line}: `));
        failedLines.push(rec.line);
      }
    }
    expect(last).toBe(100_000);
    expect(failedLines).toEqual(bad);
    expect(good).toBe(100_000 - bad.length);
  }, 60_000);

  it('reads a line split across many chunks, UTF-16 with a BOM and CRLF line ends', async () => {
    const { Readable } = await import('node:stream');
    const long = JSON.stringify({ id: 'long', text: 'é'.repeat(300_000) });
    const utf8 = Buffer.from(`${long}\r\n{"id":"b","text":"x"}`);
    const pieces = Array.from({ length: Math.ceil(utf8.length / 1000) }, (_, i) => utf8.subarray(i * 1000, (i + 1) * 1000));
    const got: string[] = [];
    for await (const r of readRecords(Readable.from(pieces))) got.push(r.text);
    expect(got).toEqual([long, '{"id":"b","text":"x"}']);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"a","text":"ü"}\r\n{"id":"b","text":"😀"}\n', 'utf16le')]);
    const wide: string[] = [];
    for await (const r of readRecords(Readable.from([utf16.subarray(0, 7), utf16.subarray(7)]))) wide.push(r.text);
    expect(wide).toEqual(['{"id":"a","text":"ü"}', '{"id":"b","text":"😀"}']);
  });

  it('refuses a binary file given as a corpus with one message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-binjsonl-'));
    writeFileSync(join(dir, 'x.jsonl'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0x41]));
    const r = await runCli(['build', 'x.jsonl', '-o', 'out', '-j', '1'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe('newsgraph build: x.jsonl: not a text file (a zero byte at offset 4); a JSON Lines corpus is UTF-8 text, one JSON object a line.\nnewsgraph build: no article could be built (1 failed); nothing written.\n');
    expect(listFiles(dir)).toEqual(['x.jsonl']);
  });

  it('reports a .jsonl.gz that is not gzip data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-badgz-'));
    writeFileSync(join(dir, 'x.jsonl.gz'), '{"id":"a","text":"plain text, not gzip"}\n');
    const r = await runCli(['build', 'x.jsonl.gz', '-o', 'out', '-j', '1'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^newsgraph build: x\.jsonl\.gz: cannot read: not gzip data \(Z_DATA_ERROR\)$/m);
    expect(listFiles(dir)).toEqual(['x.jsonl.gz']);
  });
});

describe('a corpus build killed midway', () => {
  const cli = fileURLToPath(new URL('../e2e/_cli.ts', import.meta.url));
  it.each([['SIGTERM' as const], ['SIGKILL' as const]])('leaves no output file after %s (and, for SIGTERM, no spool or temp file)', async (signal) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-kill-'));
    writeBigCorpus(join(dir, 'corpus.jsonl'), 20_000, 1_000);
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), cli, 'build', 'corpus.jsonl', '-o', 'out', '-j', '1', '--today', TODAY], { cwd: dir, stdio: 'ignore' });
    // Wait until the run has started writing (the spool exists), then kill it.
    const started = Date.now();
    while (!(existsSync(join(dir, 'out')) && listFiles(join(dir, 'out')).some((f) => f.endsWith('.spool')))) {
      if (Date.now() - started > 30_000) throw new Error('the build did not start within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 500));
    const exited = new Promise<number | null>((r) => child.on('exit', (code, sig) => r(sig ? -1 : code)));
    child.kill(signal);
    expect(await exited).toBe(-1);
    const left = listFiles(join(dir, 'out'));
    expect(left.filter((f) => OUTPUTS.includes(f))).toEqual([]);
    if (signal === 'SIGTERM') expect(left).toEqual([]);
    else expect(left.every((f) => f.startsWith('.'))).toBe(true);
  }, 60_000);
});
