// `newsgraph annotate` when the pipeline itself fails on one document (a fault of ours, simulated
// here by a mocked analyze()): the document is reported on stderr and written with no results,
// and the documents around it are annotated as usual.
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/cli/io.js';

vi.mock('../../src/pipeline.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pipeline.js')>();
  return {
    ...real,
    analyze: (article: { text: string }, options: object) => {
      if (article.text.includes('TRIP')) throw new TypeError("Cannot read properties of undefined (reading 'text')");
      return real.analyze(article as Parameters<typeof real.analyze>[0], options);
    },
  };
});

const { main } = await import('../../src/cli/main.js');

async function annotate(lines: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from([lines.join('\n') + '\n']), cwd: process.cwd(), isTTY: false };
  const code = await main(['annotate', '--today', '2024-06-01'], io);
  return { code, docs: out.trim().split('\n').map((l) => JSON.parse(l)), err };
}

const ok = (id: string) => JSON.stringify({ id, text: 'Harbour chief Lena Park said that the ferry would resume in July.' });
const trips = (id: string) => JSON.stringify({ id, text: 'TRIP Omar Haddad said the tunnel was safe.' });

describe('newsgraph annotate when the pipeline fails on a document', () => {
  it('writes that document with no results, in its place, and annotates the others', async () => {
    const r = await annotate([ok('a'), trips('b'), ok('c')]);
    expect(r.code).toBe(0);
    expect(r.docs.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(r.docs[1]).toEqual({ id: 'b', statements: [], entities: [], dates: [] });
    expect(r.docs[0].statements.length).toBeGreaterThan(0);
    expect(r.docs[2].statements.length).toBeGreaterThan(0);
  });

  it('says on stderr which document failed, on which line, and why', async () => {
    const r = await annotate([ok('a'), trips('b')]);
    expect(r.err).toContain('document "b" (stdin line 2) failed inside newsgraph (TypeError: Cannot read properties of undefined');
  });

  it('exits 1 when no document could be annotated', async () => {
    const r = await annotate([trips('x'), trips('y')]);
    expect(r.code).toBe(1);
    expect(r.docs).toHaveLength(2);
  });
});
