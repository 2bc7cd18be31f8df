import { describe, expect, it } from 'vitest';
import { formatProgress, formatSeconds, Progress } from '../../src/cli/progress.js';

describe('formatProgress', () => {
  it.each([
    [{ done: 0, failed: 0, total: 10, elapsedMs: 0 }, '[          ]  0/10 articles  0.0/s'],
    [{ done: 5, failed: 0, total: 10, elapsedMs: 1000 }, '[====>     ]  5/10 articles  5.0/s  ETA 1s'],
    [{ done: 10, failed: 2, total: 10, elapsedMs: 2000 }, '[==========]  10/10 articles  5.0/s  (2 failed)'],
    [{ done: 7, failed: 0, total: null, elapsedMs: 2000 }, '7 articles  3.5/s'],
  ])('%o → %s', (state, line) => {
    expect(formatProgress(state, 10)).toBe(line);
  });

  it.each([
    [4.4, '4s'],
    [125, '2m05s'],
    [3720, '1h02m'],
  ])('formatSeconds(%d) = %s', (s, text) => {
    expect(formatSeconds(s)).toBe(text);
  });
});

describe('Progress', () => {
  it('writes nothing but logged lines when disabled (not a terminal)', () => {
    const out: string[] = [];
    const p = new Progress({ write: (t) => out.push(t), enabled: false, total: 3 });
    p.tick();
    p.log('newsgraph build: a.txt: empty');
    p.tick(true);
    p.end();
    expect(out).toEqual(['newsgraph build: a.txt: empty\n']);
  });

  it('redraws one line in place, at most once per interval, and ends it', () => {
    let now = 0;
    const out: string[] = [];
    const p = new Progress({ write: (t) => out.push(t), enabled: true, total: 4, now: () => now, interval: 100 });
    now = 50;
    p.tick();
    now = 60;
    p.tick(); // within the interval of the last draw: no redraw
    now = 500;
    p.tick();
    p.log('oops');
    p.end();
    const draws = out.filter((t) => t.startsWith('\r\x1b[2K['));
    expect(draws[0]).toContain('1/4 articles');
    expect(out.some((t) => t.includes('2/4'))).toBe(false);
    expect(draws.at(-1)).toContain('3/4 articles');
    expect(out).toContain('oops\n');
    expect(out.at(-1)).toBe('\n');
  });
});
