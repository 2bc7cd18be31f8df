// CLI smoke test: the commands of issue 2 run in-process with captured streams (and the real
// binary once), with clear one-line errors and exit codes for unusable input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

function run(argv: string[], opts: { cwd?: string; stdin?: string } = {}) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    stdin: Readable.from([opts.stdin ?? '']),
    cwd: opts.cwd ?? process.cwd(),
    isTTY: false,
  };
  return main(argv, io).then((code) => ({ code, out, err }));
}

const tmp = () => mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));

describe('newsgraph CLI', () => {
  it('prints the commands with --help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/build/);
    expect(r.out).toMatch(/annotate/);
  });

  it('prints the options of a command with --help', async () => {
    for (const cmd of ['build', 'annotate']) {
      const r = await run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Usage: newsgraph/);
    }
  });

  it('rejects an unknown command with exit code 2', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command "frobnicate"/);
  });

  it('rejects an unknown option naming it, with exit code 2', async () => {
    const r = await run(['build', '--colour']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/colour/);
  });

  it('builds an article into <name>.ttl and <name>.json with a one-line summary', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'harbour.txt'), 'Port director Ana Ruiz said on Monday that the harbour would reopen in June.\n');
    const r = await run(['build', 'harbour.txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^harbour: 1 statements .*\d+ actors, \d+ triples/);
    expect(readFileSync(join(dir, 'out/harbour.ttl'), 'utf8')).toMatch(/ng:Statement/);
    expect(JSON.parse(readFileSync(join(dir, 'out/harbour.json'), 'utf8')).nodes.length).toBeGreaterThan(0);
  });

  it('reports a missing file on one line and exits 1', async () => {
    const r = await run(['build', 'nope.txt'], { cwd: tmp() });
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/nope\.txt/);
  });

  it('reports an empty file and writes nothing for it', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    const r = await run(['build', 'empty.txt', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty/);
    expect(existsSync(join(dir, 'out/empty.ttl'))).toBe(false);
  });

  it('annotates JSON Lines from stdin, reporting malformed lines by number', async () => {
    const stdin = '{"id":"a","text":"The mayor said the bridge was safe.","published":"2024-05-06"}\nnot json\n';
    const r = await run(['annotate'], { stdin });
    expect(r.code).toBe(0);
    const docs = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs).toHaveLength(1);
    expect(docs[0].statements[0].content.text).toBe('the bridge was safe');
    expect(r.err).toMatch(/line 2/);
  });

  it('runs as a real process through bin/newsgraph.js', () => {
    const bin = fileURLToPath(new URL('../../bin/newsgraph.js', import.meta.url));
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
