// The worker pool of `newsgraph build` (src/cli/workers.ts): several tasks are posted to each thread
// ahead of the one it builds, so results must still reach the promise of their own task, and a
// failing article must come back as a failure without taking the tasks behind it down.
import { describe, expect, it } from 'vitest';
import { createRunner, type ArticleTask } from '../../src/cli/workers.js';

const TODAY = '2024-06-01';
const task = (seq: number, raw: string): ArticleTask => ({ seq, mode: 'single', today: TODAY, src: { name: `a${seq}`, format: 'jsonl', raw, source: 'tiny.jsonl', line: seq + 1 } });
const article = (seq: number) => JSON.stringify({ id: `doc-${seq}`, text: `Mayor Ana Ruiz said on Monday that the ferry ${seq} would run again.`, published: '2024-05-06' });

describe('worker pool', () => {
  it('answers every task with its own result when tasks queue ahead on two threads', async () => {
    const runner = createRunner(2);
    try {
      const tasks = Array.from({ length: 9 }, (_, i) => task(i, i === 4 ? '{"id": "broken", "text": ' : article(i)));
      const results = await Promise.all(tasks.map((t) => runner.run(t)));
      expect(results.map((r) => r.seq)).toEqual(tasks.map((t) => t.seq));
      for (const r of results) {
        if (r.seq === 4) expect(r).toMatchObject({ ok: false, name: 'tiny.jsonl:5' });
        else expect(r).toMatchObject({ ok: true, mode: 'single', id: `doc-${r.seq}` });
      }
    } finally {
      await runner.close();
    }
  }, 60_000);

  it('rejects the tasks still outstanding when the pool is closed, instead of leaving them pending', async () => {
    const runner = createRunner(2);
    const outstanding = Array.from({ length: 6 }, (_, i) => runner.run(task(i, article(i))).then(() => 'settled', () => 'rejected'));
    await runner.close();
    const states = await Promise.race([Promise.all(outstanding), new Promise((r) => setTimeout(() => r('pending'), 5000))]);
    expect(states).not.toBe('pending');
    expect(states as string[]).toContain('rejected');
  }, 30_000);
});
