// Issue 22 item 5 (article files): UTF-32 with a byte-order mark is decoded, not read as UTF-16LE
// garbage; a UTF-32 file of the wrong length is refused with one line naming it.

import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/cli/decode.js';

function utf32(text: string, be: boolean): Buffer {
  const cps = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((c, i) => (be ? b.writeUInt32BE(c, i * 4) : b.writeUInt32LE(c, i * 4)));
  return b;
}

describe('decodeBytes', () => {
  it.each([
    ['UTF-32LE', false],
    ['UTF-32BE', true],
  ])('decodes %s with a byte-order mark and says so', (label, be) => {
    const text = 'Minister Anna Berg said “we will talk” on Tuesday. 😀\n';
    expect(decodeBytes(utf32(text, be), 'a.txt')).toEqual({ text, notes: [`decoded as ${label} (byte-order mark)`] });
  });

  it('still reads UTF-16LE with a byte-order mark', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Berg said so.', 'utf16le')]), 'a.txt').text).toBe('Berg said so.');
  });

  it('refuses UTF-32 whose length is not a multiple of 4, naming the file', () => {
    const b = utf32('Berg said so.', false);
    expect(() => decodeBytes(b.subarray(0, b.length - 1), 'dir/a.txt')).toThrow(/^newsgraph build: dir\/a\.txt: starts with a UTF-32LE byte-order mark but its length is not a multiple of 4 bytes; save it as UTF-8\.$/);
  });

  it('turns code points past U+10FFFF into U+FFFD and counts them', () => {
    const b = utf32('ab', false);
    b.writeUInt32LE(0x110000, 4);
    expect(decodeBytes(b, 'a.txt')).toEqual({ text: '\ufffdb', notes: ['decoded as UTF-32LE (byte-order mark); 1 invalid code points became U+FFFD'] });
  });
});
