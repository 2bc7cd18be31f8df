// Issue 22 items 2, 3 and 13 (outputs): a build's files are committed as one unit under a lock on
// their name; a second run on the same name is refused; what killed runs left (temp files, spools,
// a half-done switch) is finished or removed by the next run; an article whose .json cannot be
// written leaves no .ttl either; output-side failures are one line naming the file.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OutputUnit, recoverOutputs } from '../../src/cli/output-unit.js';
import { TODAY } from '../corpus/_fixture.js';
import { writeBigCorpus } from '../robustness/_hostile.js';
import { listFiles, runCli } from '../robustness/_run.js';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const CLI = fileURLToPath(new URL('../e2e/_cli.ts', import.meta.url));
const DEAD_PID = 2 ** 22 + 12345; // above Linux's pid_max default: no such process
const ARTICLE = 'Minister Anna Berg said on Tuesday that the talks in Oslo would resume.\n';

const fresh = (prefix: string): string => mkdtempSync(join(tmpdir(), `newsgraph-${prefix}-`));

describe('OutputUnit', () => {
  it('switches every file into place at commit, and nothing before', () => {
    const dir = fresh('unit');
    const unit = OutputUnit.open(dir, 'g', ['g.ttl', 'g.json']);
    unit.write('g.ttl', 'T');
    unit.writer('g.json').write('J');
    expect(listFiles(dir).filter((f) => !f.startsWith('.'))).toEqual([]);
    unit.commit();
    expect(listFiles(dir)).toEqual(['g.json', 'g.ttl']);
    expect(readFileSync(join(dir, 'g.ttl'), 'utf8')).toBe('T');
  });

  it('leaves nothing when aborted, and releases the lock', () => {
    const dir = fresh('unit');
    const unit = OutputUnit.open(dir, 'g', ['g.ttl', 'g.json']);
    unit.write('g.ttl', 'T');
    unit.abort();
    expect(listFiles(dir)).toEqual([]);
    OutputUnit.open(dir, 'g', ['g.ttl']).abort();
  });

  it('refuses a second unit of the same name while the first is open', () => {
    const dir = fresh('unit');
    const first = OutputUnit.open(dir, 'g', ['g.ttl']);
    expect(() => OutputUnit.open(dir, 'g', ['g.ttl'])).toThrow(/"g" is written twice at once by this process/);
    first.abort();
  });

  it('finishes the switch of a run killed between its renames (its journal lists them)', () => {
    const dir = fresh('unit');
    writeFileSync(join(dir, 'g.ttl'), 'NEW ttl'); // renamed before the kill
    writeFileSync(join(dir, 'g.json'), 'OLD json');
    writeFileSync(join(dir, `.g.json.${DEAD_PID}.tmp`), 'NEW json');
    writeFileSync(join(dir, `.g.${DEAD_PID}.commit`), JSON.stringify({ pid: DEAD_PID, moves: [[`.g.ttl.${DEAD_PID}.tmp`, 'g.ttl'], [`.g.json.${DEAD_PID}.tmp`, 'g.json']] }));
    expect(recoverOutputs(dir, 'g')).toEqual(['g.json', `.g.${DEAD_PID}.commit`]);
    expect(listFiles(dir)).toEqual(['g.json', 'g.ttl']);
    expect(readFileSync(join(dir, 'g.json'), 'utf8')).toBe('NEW json');
  });

  it("removes a dead run's temp files, spool and lock, and keeps another unit's and a live run's", () => {
    const dir = fresh('unit');
    const left = [`.g.ttl.${DEAD_PID}.tmp`, `.g.${DEAD_PID}.spool`, '.g.lock', `.h.ttl.${DEAD_PID}.tmp`, `.g.nq.${process.pid}.tmp`];
    for (const f of left) writeFileSync(join(dir, f), f === '.g.lock' ? `${DEAD_PID}\n` : 'x');
    const unit = OutputUnit.open(dir, 'g', ['g.ttl']);
    expect(listFiles(dir)).toEqual(['.g.lock', `.g.nq.${process.pid}.tmp`, `.h.ttl.${DEAD_PID}.tmp`]);
    unit.abort();
  });
});

describe('newsgraph build --merge', () => {
  it('refuses a second build of the same name in the same folder while the first runs; the first commits all four files', async () => {
    const dir = fresh('lock');
    writeBigCorpus(join(dir, 'c.jsonl'), 1_500, 1_000);
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    const child = spawn(process.execPath, ['--import', TSX, CLI, 'build', 'c.jsonl', '-m', 'corpus', '-o', 'out', '-j', '1', '-q', '--today', TODAY], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const started = Date.now();
    while (!existsSync(join(dir, 'out/.corpus.lock'))) {
      if (child.exitCode !== null || Date.now() - started > 30_000) throw new Error(`the first build did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const second = await runCli(['build', 'b.txt', '-m', 'corpus', '-o', 'out', '-j', '1', '--today', TODAY], dir);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/^newsgraph build: another run \(process \d+\) is writing "corpus" in .*out; wait for it, or use another --merge name or -o folder\.\n$/);
    expect(await exited, stderr).toBe(1); // 1: the corpus has bad lines by design
    expect(listFiles(join(dir, 'out'))).toEqual(['corpus.gexf', 'corpus.json', 'corpus.nq', 'corpus.ttl']);
    const graphs = new Set(readFileSync(join(dir, 'out/corpus.nq'), 'utf8').match(/<[^>]+> \.$/gm));
    expect(graphs.size).toBe(1_499); // every article of the first run, and nothing of the second
  }, 120_000);

  it('cleans what a killed run left before writing', async () => {
    const dir = fresh('leftover');
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    mkdirSync(join(dir, 'out'));
    for (const f of [`.corpus.${DEAD_PID}.spool`, `.corpus.ttl.${DEAD_PID}.tmp`, '.corpus.lock']) writeFileSync(join(dir, 'out', f), `${DEAD_PID}\n`);
    const r = await runCli(['build', 'b.txt', '-m', 'corpus', '-o', 'out', '-j', '1', '-q', '--today', TODAY], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(listFiles(join(dir, 'out'))).toEqual(['corpus.gexf', 'corpus.json', 'corpus.nq', 'corpus.ttl']);
  });
});

describe('newsgraph build, per article', () => {
  it('writes neither file of an article whose .json cannot be written (file name too long), and builds the others', async () => {
    const dir = fresh('longname');
    // The longest name whose .ttl temp file fits in 255 bytes: the .json temp file is one byte over.
    const name = 'a'.repeat(255 - `..ttl.${process.pid}.tmp`.length);
    writeFileSync(join(dir, `${name}.txt`), ARTICLE);
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    const r = await runCli(['build', `${name}.txt`, 'b.txt', '-o', 'out', '-j', '1', '--today', TODAY], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^newsgraph build: ${name}: cannot write .*: the file name is too long for the file system \\(ENAMETOOLONG\\)\\.\\n$`));
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['b.json', 'b.ttl']);
  });

  it('says in one line that a file is in the way of the output folder (EEXIST)', async () => {
    const dir = fresh('eexist');
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    writeFileSync(join(dir, 'out'), 'a file, not a folder');
    for (const merge of [[], ['-m', 'corpus']]) {
      const r = await runCli(['build', 'b.txt', ...merge, '-o', 'out', '-j', '1', '--today', TODAY], dir);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^newsgraph build: (?:b: )?cannot write .*out: something else already has that name \(EEXIST\)\.\n$/);
    }
  });

  it('says in one line that a folder is in the way of an output (EISDIR)', async () => {
    const dir = fresh('eisdir');
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    mkdirSync(join(dir, 'out/b.json'), { recursive: true });
    const r = await runCli(['build', 'b.txt', '-o', 'out', '-j', '1', '--today', TODAY], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^newsgraph build: b: cannot write .*out\/b\.json: a folder has that name \(EISDIR\)\.\n$/);
    expect(listFiles(join(dir, 'out'))).toEqual([]);
  });
});

// A tiny tmpfs (root only): a full disk and a read-only file system, for real.
const CAN_MOUNT = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
if (!CAN_MOUNT) console.info('newsgraph tests: not root on Linux; skipping the full-disk and read-only output tests (they mount a tmpfs).');

describe.skipIf(!CAN_MOUNT)('outputs on a full or read-only file system', () => {
  const mounted = (options: string): string | null => {
    const dir = fresh('mnt');
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
    if (r.status !== 0) {
      console.info(`newsgraph tests: cannot mount a tmpfs here (${r.stderr.toString().trim()}); skipping.`);
      return null;
    }
    return dir;
  };
  const unmount = (dir: string): void => void spawnSync('umount', [dir]);

  it.each([
    ['a full disk', 'size=8k', /cannot write .*: no space left on the device \(ENOSPC\)\.$/],
    ['a read-only file system', 'ro,size=64k', /cannot write .*: the file system is read-only \(EROFS\)\.$/],
  ])('%s: one line naming the file, exit 1, no partial output', async (_what, options, message) => {
    const mnt = mounted(options);
    if (!mnt) return;
    try {
      const src = fresh('src');
      writeFileSync(join(src, 'b.txt'), ARTICLE.repeat(40));
      for (const argv of [['build', join(src, 'b.txt'), '-o', join(mnt, 'out')], ['build', join(src, 'b.txt'), '-m', 'corpus', '-o', join(mnt, 'out')]]) {
        const r = await runCli([...argv, '-j', '1', '-q', '--today', TODAY], src);
        expect(r.code, r.err).toBe(1);
        expect(r.err.trimEnd().split('\n')).toHaveLength(1);
        expect(r.err.trimEnd()).toMatch(message);
        if (existsSync(join(mnt, 'out'))) expect(listFiles(join(mnt, 'out'))).toEqual([]);
      }
    } finally {
      unmount(mnt);
    }
  }, 60_000);
});
