// The worker pool of `newsgraph build` and `annotate` (src/cli/workers.ts): several tasks are posted
// to each thread ahead of the one it builds, so results must still reach the promise of their own
// task, and a failing article must come back as a failure without taking the tasks behind it down.
import { describe, expect, it } from 'vitest';
import { runAnnotateTask } from '../../src/cli/annotate-task.js';
import { createRunner, readJobs, type AnnotateTask, type ArticleTask } from '../../src/cli/workers.js';

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

  it('annotates documents on two threads exactly as in this thread, each answer to its own document', async () => {
    const doc = (seq: number): AnnotateTask => ({
      seq,
      mode: 'annotate',
      doc: { id: `doc-${seq}`, text: `Port director Lena Park said on Monday that ferry ${seq} would resume in July. “We are ready,” she told reporters.`, published: '2024-05-06' },
      today: TODAY,
      explain: seq % 2 === 0,
    });
    const runner = createRunner(2);
    try {
      const tasks = Array.from({ length: 7 }, (_, i) => doc(i));
      const results = await Promise.all(tasks.map((t) => runner.run(t)));
      expect(results).toEqual(tasks.map((t) => runAnnotateTask(t)));
      expect(results.every((r) => r.ok && JSON.parse(r.json).statements.length > 0)).toBe(true);
    } finally {
      await runner.close();
    }
  }, 60_000);
});

describe('readJobs (--jobs of build and annotate)', () => {
  const cores = readJobs(undefined) as { jobs: number };
  it.each([
    ['1', { jobs: 1 }],
    ['0', { error: '--jobs "0" must be a whole number of threads, 1 or more.' }],
    ['two', { error: '--jobs "two" must be a whole number of threads, 1 or more.' }],
    ['1.5', { error: '--jobs "1.5" must be a whole number of threads, 1 or more.' }],
  ])('reads --jobs %s', (value, expected) => {
    expect(readJobs(value)).toEqual(expected);
  });

  it('defaults to every core and caps a larger count at the cores, with a warning', () => {
    expect(cores.jobs).toBeGreaterThanOrEqual(1);
    expect(readJobs(String(cores.jobs + 3))).toEqual({ jobs: cores.jobs, warning: `--jobs ${cores.jobs + 3} is more than the ${cores.jobs} cores here; using ${cores.jobs}.` });
  });
});
