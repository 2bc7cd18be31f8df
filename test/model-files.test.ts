// The binary model files of the built CLI (src/model-files.ts, scripts/build-models.ts): what is
// written is read back array for array; a file stands for its JSON source only while it is no older
// than the source and records the source's size; otherwise the caller reads the JSON.

import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeModelFile, encodeModelFile, readJson, readModelFile, writeModelFile } from '../src/model-files.js';
import { ModelFileError } from '../src/errors.js';

const ARRAYS = {
  bytes: new Uint8Array([1, 2, 3]),
  ids: new Uint32Array([7, 4_294_967_295]),
  small: new Int16Array([-32768, 5, 32767]),
  weights: new Float32Array([0.125, -1.5, Math.fround(0.1)]),
  exact: new Float64Array([0.1, -2e-300]),
};

/** data/ with a JSON source and an empty models/ folder beside it. */
function dirs(): { models: URL; data: URL; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-models-'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data/source.json'), '{"a": [1, 2, 3]}\n');
  return { models: pathToFileURL(join(root, 'models/')), data: pathToFileURL(join(root, 'data/')), root };
}
const SPEC = { file: 'm.bin', source: 'source.json' };

describe('model files', () => {
  it('give back each array with its type and values, and the metadata', () => {
    const file = decodeModelFile<{ note: string }>(encodeModelFile({ note: 'ünïcode' }, ARRAYS, [17]));
    expect(file.meta).toEqual({ note: 'ünïcode' });
    expect(file.sourceSizes).toEqual([17]);
    for (const [name, a] of Object.entries(ARRAYS)) {
      expect(file.arrays[name]!.constructor).toBe(a.constructor);
      expect(Array.from(file.arrays[name]!)).toEqual(Array.from(a));
    }
  });

  it('read from bytes that start off alignment (a copy is made)', () => {
    const bytes = encodeModelFile(null, ARRAYS, [1]);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(Array.from(decodeModelFile(shifted).arrays.exact!)).toEqual([0.1, -2e-300]);
  });

  it('refuse bytes that are no model file', () => {
    expect(() => decodeModelFile(new TextEncoder().encode('{"a": 1}'))).toThrow(ModelFileError);
    expect(() => decodeModelFile(new TextEncoder().encode('{"a": 1}'))).toThrow(/npm run build/);
  });

  it('stand for their source while no older than it and of its size', () => {
    const d = dirs();
    expect(readModelFile(SPEC, d)).toBeNull(); // none written yet
    writeModelFile(SPEC, { meta: 1, arrays: ARRAYS }, d);
    expect(Array.from(readModelFile(SPEC, d)!.arrays.ids!)).toEqual([7, 4_294_967_295]);
    expect(readJson<{ a: number[] }>(SPEC.source, d.data)).toEqual({ a: [1, 2, 3] });
  });

  it('are passed over once the source is newer (retrained, checked out) or has another size', () => {
    const d = dirs();
    writeModelFile(SPEC, { meta: 1, arrays: ARRAYS }, d);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(d.root, 'data/source.json'), later, later);
    expect(readModelFile(SPEC, d)).toBeNull();
    writeModelFile(SPEC, { meta: 1, arrays: ARRAYS }, d);
    utimesSync(join(d.root, 'models/m.bin'), later, later);
    expect(readModelFile(SPEC, d)).not.toBeNull();
    writeFileSync(join(d.root, 'data/source.json'), '{"a": [1, 2, 3, 4]}\n');
    utimesSync(join(d.root, 'data/source.json'), new Date(0), new Date(0));
    expect(readModelFile(SPEC, d)).toBeNull();
  });

  it('made from several sources, are passed over when any one of them changed', () => {
    const d = dirs();
    writeFileSync(join(d.root, 'data/other.json'), '[1]\n');
    const spec = { ...SPEC, others: ['other.json'] };
    writeModelFile(spec, { meta: 1, arrays: {} }, d);
    expect(readModelFile(spec, d)?.meta).toBe(1);
    expect(readModelFile(SPEC, d)).toBeNull(); // one source recorded, two given
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(d.root, 'data/other.json'), later, later);
    expect(readModelFile(spec, d)).toBeNull();
  });
});
