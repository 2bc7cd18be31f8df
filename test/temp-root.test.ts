// Issue 22 item 14: the test run's temporary folder (test/_temp-root.ts, vitest globalSetup) holds
// every temp folder the tests make and is removed at the end, so a run leaves nothing behind.

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import setup from './_temp-root.js';

describe('the test run temporary folder', () => {
  it('is where os.tmpdir() points inside the test workers', () => {
    expect(tmpdir()).toMatch(/newsgraph-test-run-[^/\\]+$/);
  });

  it('is removed with everything in it at teardown, and TMPDIR is restored', () => {
    const before = process.env.TMPDIR;
    const teardown = setup();
    const root = tmpdir();
    expect(root).not.toBe(before);
    const made = mkdtempSync(join(tmpdir(), 'newsgraph-leftover-'));
    writeFileSync(join(made, 'x.ttl'), 'x');
    teardown();
    expect(existsSync(root)).toBe(false);
    expect(process.env.TMPDIR).toBe(before);
  });
});
