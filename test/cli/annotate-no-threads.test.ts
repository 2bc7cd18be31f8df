// `newsgraph annotate` when worker threads cannot start at all (a broken installation or flags; the
// pool's WorkerStartError, simulated here by a runner that rejects every task with it): the command
// says so and how to go on, as build does, instead of dying on an unhandled rejection.
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/cli/io.js';

vi.mock('../../src/cli/workers.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/cli/workers.js')>();
  const broken = new real.WorkerStartError('newsgraph: worker threads cannot start (worker exited with code 1); try --jobs 1.');
  return { ...real, createRunner: () => ({ jobs: 2, run: () => Promise.reject(broken), close: async () => {} }) };
});

const { main } = await import('../../src/cli/main.js');

describe('newsgraph annotate when worker threads cannot start', () => {
  it('fails with the reason and the advice, without an unhandled rejection', async () => {
    let out = '';
    let err = '';
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `a${i}`, text: 'Harbour chief Lena Park said the ferry would resume in July.' }));
    const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from([`${lines.join('\n')}\n`]), cwd: process.cwd(), isTTY: false };
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => void unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const code = await main(['annotate', '--jobs', '1'], io);
      await new Promise((r) => setTimeout(r, 50));
      expect(code).not.toBe(0);
      expect(err).toContain('newsgraph annotate: worker threads cannot start (worker exited with code 1); try --jobs 1.');
      expect(out).toBe('');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
