// `newsgraph annotate --jobs N` (src/cli/commands/annotate.ts): an input larger than THREADS_FROM_CHARS
// is annotated on worker threads and must come out exactly as in one thread, in input order, with
// malformed lines still reported by number; a bad --jobs is refused before any input is read.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { THREADS_FROM_CHARS } from '../../src/cli/commands/annotate.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const SENTENCES = [
  'Harbour chief Lena Park said on Monday that the ferry would resume in July.',
  '“We are ready for the summer,” Park told reporters in Halden.',
  'The union disagreed, saying the crews had not been paid since March.',
  'According to the transport ministry, repairs will cost about $4 million.',
  'Residents of the island believe the service should never have stopped.',
];

/** Enough articles, each its own, to pass the threads' threshold; one line in the middle is not JSON. */
function input(): string[] {
  const lines: string[] = [];
  let chars = 0;
  for (let i = 0; chars < THREADS_FROM_CHARS * 1.2; i++) {
    const text = Array.from({ length: 40 }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(k40(i));
    chars += text.length;
    lines.push(i === 7 ? '{"id": "broken", ' : JSON.stringify({ id: `a${i}`, text, published: '2024-05-06' }));
  }
  return lines;
}
// Paragraph breaks at a different place in each article.
const k40 = (i: number) => (i % 3 === 0 ? '\n\n' : ' ');

async function annotate(argv: string[], lines: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from([lines.join('\n') + '\n']), cwd: process.cwd(), isTTY: false };
  const code = await main(['annotate', '--today', '2024-06-01', ...argv], io);
  return { code, out, err };
}

describe('newsgraph annotate on worker threads', () => {
  it('writes the same bytes with --jobs 2 as with --jobs 1, in input order, and reports the bad line by number', async () => {
    const lines = input();
    const one = await annotate(['--jobs', '1'], lines);
    const two = await annotate(['--jobs', '2'], lines);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    const ids = two.out.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(lines.map((_l, i) => (i === 7 ? null : `a${i}`)).filter((x) => x !== null));
    expect(two.err).toContain('stdin line 8 is not JSON');
    expect(JSON.parse(two.out.split('\n')[0]!).statements.length).toBeGreaterThan(2);
  }, 180_000);

  it.each([['0'], ['many']])('refuses --jobs %s with exit code 2 and says what it must be', async (jobs) => {
    const r = await annotate(['--jobs', jobs], ['{"id":"a","text":"Lena Park said the ferry would run."}']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--jobs "${jobs}" must be a whole number of threads, 1 or more.`);
    expect(r.out).toBe('');
  });
});
