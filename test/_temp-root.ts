// Vitest global setup: every test run gets one fresh temporary folder, handed to the test workers as
// TMPDIR (os.tmpdir() reads it), and removed at the end, so no test leaves folders in the OS temp
// directory, even a test that fails or a child process that was killed. Not a test file.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SAVED = ['TMPDIR', 'TMP', 'TEMP'] as const;

/** Creates the run's temporary folder and points TMPDIR/TMP/TEMP at it; returns the teardown. */
export default function setup(): () => void {
  const before = SAVED.map((k) => process.env[k]);
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-test-run-'));
  for (const k of SAVED) process.env[k] = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    SAVED.forEach((k, i) => (before[i] === undefined ? delete process.env[k] : (process.env[k] = before[i])));
  };
}
