// `newsgraph build --into <dir>` in-process: the incremental corpus adds, changes and removes
// articles, rebuilds only what changed, and ends byte-identical to `build --merge` of the same set.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { sampleLines, TODAY } from '../corpus/_fixture.js';

type Run = { code: number; out: string; err: string };

async function run(argv: string[], cwd: string): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from(['']), cwd, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

const OUTPUTS = ['ttl', 'nq', 'json', 'gexf'];
const read = (dir: string, name: string): string[] => OUTPUTS.map((ext) => readFileSync(join(dir, `${name}.${ext}`), 'utf8'));

let work: string;
let lines: string[];
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-into-test-'));
  lines = sampleLines(5);
  const jsonl = (xs: string[]) => `${xs.join('\n')}\n`;
  writeFileSync(join(work, 'first.jsonl'), jsonl(lines.slice(0, 3)));
  writeFileSync(join(work, 'second.jsonl'), jsonl(lines.slice(3)));
  const changed = JSON.parse(lines[1]!) as { text: string };
  changed.text += '\n\n"The plan stays," said Mara Velden, a spokeswoman for the council.';
  writeFileSync(join(work, 'changed.jsonl'), `${JSON.stringify(changed)}\n`);
  writeFileSync(join(work, 'final.jsonl'), jsonl([lines[0]!, JSON.stringify(changed), ...lines.slice(3)]));
}, 60_000);

describe('newsgraph build --into', () => {
  it('should add, change and remove articles and end byte-identical to build --merge of the final set', async () => {
    const steps = [
      ['second.jsonl'],
      ['first.jsonl', 'second.jsonl'],
      ['changed.jsonl'],
    ];
    for (const inputs of steps) {
      const r = await run(['build', ...inputs, '--into', 'corpus', '--today', TODAY, '-j', '1', '-q'], work);
      expect(r.code, r.err).toBe(0);
    }
    const removed = JSON.parse(lines[2]!) as { id: string };
    const r = await run(['build', '--into', 'corpus', '--remove', removed.id], work);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/generation 4: 0 added, 0 changed, 1 removed, 4 kept/);
    const scratch = await run(['build', 'final.jsonl', '-m', 'final', '-o', 'scratch', '--today', TODAY, '-j', '1', '-q'], work);
    expect(scratch.code, scratch.err).toBe(0);
    expect(read(join(work, 'corpus', 'current'), 'corpus')).toEqual(read(join(work, 'scratch'), 'final'));
  }, 120_000);

  it('should rebuild only the new articles and say how many it skipped', async () => {
    await run(['build', 'first.jsonl', '--into', 'skip', '--today', TODAY, '-j', '1', '-q'], work);
    const r = await run(['build', 'first.jsonl', 'second.jsonl', '--into', 'skip', '-j', '1'], work);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/2 added, 0 changed, 0 removed, 3 kept \(3 inputs unchanged, not rebuilt\)/);
  }, 60_000);

  it('should refuse another --today on an existing corpus and accept it with --replace', async () => {
    await run(['build', 'second.jsonl', '--into', 'dated', '--today', TODAY, '-j', '1', '-q'], work);
    const refused = await run(['build', 'first.jsonl', '--into', 'dated', '--today', '2020-01-01', '-j', '1'], work);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/built with --today 2024-01-01/);
    const replaced = await run(['build', 'first.jsonl', '--into', 'dated', '--today', '2020-01-01', '--replace', '-j', '1'], work);
    expect(replaced.code, replaced.err).toBe(0);
    expect(replaced.out).toMatch(/3 added, 0 changed, 2 removed, 0 kept/);
  }, 60_000);

  it('should refuse to overwrite a merged graph of other articles unless --replace is given', async () => {
    const build = (input: string, ...extra: string[]) => run(['build', input, '-m', 'g', '-o', 'guarded', '--today', TODAY, '-j', '1', '-q', ...extra], work);
    expect((await build('first.jsonl')).code).toBe(0);
    const before = read(join(work, 'guarded'), 'g');
    expect((await build('first.jsonl')).code).toBe(0);
    const refused = await build('second.jsonl');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/guarded\/g\.nq is a merged graph of 3 articles; this run has 2 \(3 of the old ones missing, 2 new\)\. Nothing written\. Give --replace/);
    expect(read(join(work, 'guarded'), 'g')).toEqual(before);
    expect((await build('second.jsonl', '--replace')).code).toBe(0);
    expect(read(join(work, 'guarded'), 'g')).not.toEqual(before);
  }, 60_000);

  it('should refuse --remove without --into', async () => {
    const r = await run(['build', 'first.jsonl', '--remove', 'x'], work);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--into/);
  });
});
