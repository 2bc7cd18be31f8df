// Issue 24 item 3: the NER model is stored packed (16-bit weights, base64 typed arrays) and unpacked
// into the tagger's weight table with the same 32-bit float weights the JSON model gave.

import { describe, expect, it } from 'vitest';
import bundled from '../../../data/ner/model.packed.json' with { type: 'json' };
import { existsSync } from 'node:fs';
import { NER_MODEL, packWeights, unpackWeights, weightTableArrays, weightTableFromArrays } from '../../../src/2-mentions/entities/packed-model.js';
import { decodeModelFile, encodeModelFile, readModelFile } from '../../../src/model-files.js';
import { LABELS, NLABELS } from '../../../src/2-mentions/entities/tagger.js';

const BUILT = new URL('../../../dist/models/ner-weights.bin', import.meta.url);
const DATA = new URL('../../../data/', import.meta.url);

const bytesOf = (a: Float32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

const FEATURES: Record<string, number[]> = {
  7: [0, 120, -45, 0, 0, 0, 0, 0, 3],
  4_294_939_976: [-32768, 32767, 0, 1, -1, 0, 0, 0, 0],
  123_456: [5, 0, 0, 0, 0, 0, 0, 0], // a short row: the missing label weighs 0
};

describe('the packed NER model', () => {
  it('gives back every weight divided by the scale, as 32-bit floats, and nothing for unknown features', () => {
    const table = unpackWeights(packWeights(LABELS, 1000, FEATURES));
    for (const [id, row] of Object.entries(FEATURES)) {
      const at = table.offset(Number(id));
      const got = Array.from(table.data.subarray(at, at + NLABELS));
      expect(got).toEqual(Array.from({ length: NLABELS }, (_, k) => Math.fround((row[k] ?? 0) / 1000)));
    }
    expect(table.offset(8)).toBe(-1);
  });

  it.each([[40_000], [-32_769], [0.5]])('refuses a weight that does not fit 16 bits: %d', (w) => {
    expect(() => packWeights(LABELS, 1000, { 1: [w] })).toThrow(RangeError);
  });

  it('refuses a file whose arrays do not match its row count', () => {
    const packed = packWeights(LABELS, 1000, FEATURES);
    expect(() => unpackWeights({ ...packed, count: packed.count + 1 })).toThrow(/retrain/);
  });

  it('unpacks the bundled model to the weights a per-element little-endian read gives, row for row', () => {
    const keys = Buffer.from(bundled.keys, 'base64');
    const weights = Buffer.from(bundled.weights, 'base64');
    const table = unpackWeights(bundled);
    const wrong: number[] = [];
    for (let r = 0; r < bundled.count; r++) {
      const o = table.offset(keys.readUInt32LE(r * 4));
      for (let k = 0; k < LABELS.length; k++) {
        if (table.data[o + k] !== Math.fround(weights.readInt16LE((r * LABELS.length + k) * 2) / bundled.scale)) wrong.push(r);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('holds the bundled model: tens of thousands of features over the tagger labels', () => {
    expect(bundled.labels).toEqual([...LABELS]);
    expect(bundled.count).toBeGreaterThan(10_000);
    expect(unpackWeights(bundled).offset(0xffffffff)).toBe(-1);
  });
});

describe('the NER model file (dist/models/ner-weights.bin)', () => {
  it('gives the table unpacked from the JSON: every feature at the same weights, unknown ones absent', () => {
    const json = unpackWeights(bundled);
    const arrays = decodeModelFile(encodeModelFile(null, weightTableArrays(json), [1])).arrays;
    const file = weightTableFromArrays(arrays);
    const keys = Buffer.from(bundled.keys, 'base64');
    const wrong: number[] = [];
    for (let r = 0; r < bundled.count; r++) {
      const id = keys.readUInt32LE(r * 4);
      const a = json.offset(id);
      const b = file.offset(id);
      for (let k = 0; k < NLABELS; k++) if (file.data[b + k] !== json.data[a + k]) wrong.push(r);
    }
    expect(wrong).toEqual([]);
    expect(file.offset(0xffffffff)).toBe(-1);
    expect(Buffer.compare(bytesOf(file.data), bytesOf(json.data))).toBe(0);
  });

  it('refuses arrays that are not a weight table', () => {
    expect(() => weightTableFromArrays({ keys: new Uint32Array(4), rows: new Int32Array(4), data: new Float32Array(10) })).toThrow(/npm run build/);
    expect(() => weightTableFromArrays({ keys: new Uint32Array(3), rows: new Int32Array(3), data: new Float32Array(9) })).toThrow(RangeError);
  });

  it.skipIf(!existsSync(BUILT))('as built by npm run build, holds the JSON model (skipped without dist/models)', () => {
    const file = readModelFile(NER_MODEL, { models: new URL('./', BUILT), data: DATA });
    expect(file).not.toBeNull();
    expect(Buffer.compare(bytesOf(weightTableFromArrays(file!.arrays).data), bytesOf(unpackWeights(bundled).data))).toBe(0);
  });
});
