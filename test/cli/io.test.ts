// Issue 22 item 13: `newsgraph … | head -1` ends quietly: when the reader of standard output goes
// away (EPIPE), the CLI exits 0 without a stack trace.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const IO = pathToFileURL(fileURLToPath(new URL('../../src/cli/io.ts', import.meta.url))).href;

describe('processIo', () => {
  it('ends with exit code 0 and nothing on stderr when stdout is closed early (EPIPE)', async () => {
    const script = `const { processIo } = await import(${JSON.stringify(IO)}); const io = processIo();
for (let i = 0; i < 200000; i++) { io.out('line ' + i + ' of a long result table\\n'); if (i % 1000 === 0) await new Promise((r) => setImmediate(r)); }`;
    const child = spawn(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(err.slice(0, 600)).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});
