// Issue 22 items 1 and 5 (JSON Lines input): every record of a corpus is read, counted and reported by
// line, even one too long to decode or over the size limit; UTF-32 corpora with a BOM are decoded.

import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FATAL_UTF8, LENIENT_UTF8 } from '../../src/cli/decode.js';
import { readRecords, type LineRecord } from '../../src/cli/jsonl-stream.js';

const rec = (id: string, text: string): string => JSON.stringify({ id, text });

async function all(chunks: Array<string | Buffer>, maxLineBytes?: number): Promise<LineRecord[]> {
  const out: LineRecord[] = [];
  for await (const r of readRecords(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), 'c.jsonl', 'build', { maxLineBytes })) out.push(r);
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('readRecords', () => {
  it('reports a line over the byte limit by number and still reads the lines after it', async () => {
    const big = rec('big', 'word '.repeat(400));
    const got = await all([`${rec('a', 'one')}\n${big.slice(0, 700)}`, `${big.slice(700)}\n${rec('c', 'three')}\n`], 1000);
    expect(got.map((r) => [r.line, r.text ? JSON.parse(r.text).id : null, r.problem ?? null])).toEqual([
      [1, 'a', null],
      [2, null, expect.stringMatching(/^the record is 0\.0 MB, more than --max-size 0 MB/)],
      [3, 'c', null],
    ]);
  });

  it('reports a line too long for a JavaScript string (ERR_STRING_TOO_LONG) and reads on', async () => {
    const tooLong = (decoder: typeof FATAL_UTF8) => {
      const decode = decoder.decode.bind(decoder);
      return (b?: Parameters<typeof decoder.decode>[0]): string => {
        if (b && b.byteLength > 1000) throw Object.assign(new RangeError('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
        return decode(b);
      };
    };
    const [fatal, lenient] = [tooLong(FATAL_UTF8), tooLong(LENIENT_UTF8)];
    vi.spyOn(FATAL_UTF8, 'decode').mockImplementation(fatal);
    vi.spyOn(LENIENT_UTF8, 'decode').mockImplementation(lenient);
    const got = await all([`${rec('a', 'one')}\n${rec('big', 'x'.repeat(2000))}\n${rec('c', 'three')}\n`]);
    expect(got.map((r) => [r.line, r.problem ? 'problem' : JSON.parse(r.text).id])).toEqual([
      [1, 'a'],
      [2, 'problem'],
      [3, 'c'],
    ]);
    expect(got[1]!.problem).toMatch(/too long to read as one string; split it into articles/);
  });

  it.each([
    ['UTF-32LE', false],
    ['UTF-32BE', true],
  ])('reads a %s corpus with a byte-order mark, split anywhere across chunks', async (_label, be) => {
    const text = `${rec('a', 'Anna Berg said “yes” 😀')}\r\n${rec('b', 'Ödön')}\n`;
    const cps = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
    const bytes = Buffer.alloc(cps.length * 4);
    cps.forEach((c, i) => (be ? bytes.writeUInt32BE(c, i * 4) : bytes.writeUInt32LE(c, i * 4)));
    const got = await all([bytes.subarray(0, 7), bytes.subarray(7, 50), bytes.subarray(50)]);
    expect(got.map((r) => JSON.parse(r.text).text)).toEqual(['Anna Berg said “yes” 😀', 'Ödön']);
  });
});
