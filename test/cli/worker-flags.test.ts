// `newsgraph build -j 2` as a real process started with a V8 flag (node --single-threaded-gc …):
// worker threads inherit the parent's flags. Passing them as an explicit execArgv list made every
// worker fail with ERR_WORKER_INVALID_EXEC_ARGV (src/cli/workers.ts, startWorker). Runs the built CLI
// (bin/newsgraph.js → dist/), as users do; `npm run build` first after changing src/.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleLines, TODAY } from '../corpus/_fixture.js';

const BIN = fileURLToPath(new URL('../../bin/newsgraph.js', import.meta.url));

describe('newsgraph build on worker threads, node started with V8 flags', () => {
  it('builds a corpus with -j 2 under node --single-threaded-gc', () => {
    const work = mkdtempSync(join(tmpdir(), 'newsgraph-worker-flags-'));
    const corpus = join(work, 'tiny.jsonl');
    writeFileSync(corpus, `${sampleLines(3).join('\n')}\n`);
    const r = spawnSync(process.execPath, ['--single-threaded-gc', BIN, 'build', corpus, '-o', join(work, 'out'), '-j', '2', '--today', TODAY, '-q'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).not.toMatch(/ERR_WORKER_INVALID_EXEC_ARGV|cannot start/);
    expect(r.status).toBe(0);
    for (const ext of ['ttl', 'nq', 'json', 'gexf']) expect(existsSync(join(work, 'out', `tiny.${ext}`))).toBe(true);
  }, 60_000);
});
