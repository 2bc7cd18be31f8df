// Test helper: runs `newsgraph <argv>` in-process (as test/cli does) and returns exit code, stdout
// and stderr; and lists every file under a directory, to prove what a run wrote. Not a test file.

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export type Run = { code: number; out: string; err: string };

/** Runs the CLI in-process with `cwd` as working directory and `stdin` as standard input. */
export async function runCli(argv: string[], cwd: string, stdin: string | Uint8Array = ''): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from([Buffer.from(stdin)]), cwd, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

/** Every file below `dir`, as sorted paths relative to it ("/"-separated). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
