// The NER tagger's model in a compact form (data/ner/model.packed.json): feature ids as 32-bit and
// weights ×scale as 16-bit little-endian integers, each array one base64 string. Parsing it is one
// string copy and a typed-array fill, where the old JSON object of 54k arrays took ≈0.15 CPU-s to
// parse and turn into a Map at every start. scripts/train-ner.ts writes it with packWeights. The
// built CLI reads the unpacked table itself from a model file (weightTableArrays, src/model-files.ts).

import type { ModelArray, ModelSpec } from '../../model-files.js';
import { NLABELS, WeightTable } from './tagger.js';

/** The file's shape. `keys` ascending; `weights` holds NLABELS values per key, in key order. */
export interface PackedModel {
  labels: readonly string[];
  scale: number;
  count: number;
  keys: string;
  weights: string;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function fromBase64(text: string): Uint8Array {
  if (typeof Buffer !== 'undefined') return Buffer.from(text, 'base64');
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) out[k] = s.charCodeAt(k);
  return out;
}

/** True where typed arrays are little-endian, as the packed arrays are. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The bytes as an aligned view of `T` (a copy when they start off alignment). */
function view<T>(bytes: Uint8Array, make: (buffer: ArrayBufferLike, offset: number, length: number) => T, size: number): T {
  const aligned = bytes.byteOffset % size === 0 ? bytes : bytes.slice();
  return make(aligned.buffer, aligned.byteOffset, aligned.byteLength / size);
}

/**
 * Packs quantised weights (feature id → one integer per label, |w| < 32768).
 * @throws RangeError for a weight outside 16 bits or a row of the wrong length
 */
export function packWeights(labels: readonly string[], scale: number, features: Readonly<Record<string, readonly number[]>>): PackedModel {
  const ids = Object.keys(features).map(Number).sort((a, b) => a - b);
  const keys = new DataView(new ArrayBuffer(ids.length * 4));
  const weights = new DataView(new ArrayBuffer(ids.length * labels.length * 2));
  ids.forEach((id, r) => {
    const row = features[String(id)]!;
    if (row.length > labels.length) throw new RangeError(`packWeights: feature ${id} has ${row.length} weights for ${labels.length} labels.`);
    keys.setUint32(r * 4, id, true);
    for (let k = 0; k < labels.length; k++) {
      const w = row[k] ?? 0;
      if (!Number.isInteger(w) || w < -32768 || w > 32767) throw new RangeError(`packWeights: weight ${w} of feature ${id} does not fit 16 bits; lower the scale.`);
      weights.setInt16((r * labels.length + k) * 2, w, true);
    }
  });
  const bytes = (v: DataView) => new Uint8Array(v.buffer);
  return { labels, scale, count: ids.length, keys: toBase64(bytes(keys)), weights: toBase64(bytes(weights)) };
}

/**
 * The tagger's weight table from a packed model: weight / scale as 32-bit floats, as the JSON model
 * gave them.
 * @throws RangeError when the arrays do not hold `count` rows of the tagger's labels
 */
export function unpackWeights(model: PackedModel): WeightTable {
  const keyBytes = fromBase64(model.keys);
  const weightBytes = fromBase64(model.weights);
  if (model.labels.length !== NLABELS || keyBytes.byteLength !== model.count * 4 || weightBytes.byteLength !== model.count * NLABELS * 2) {
    throw new RangeError(`unpackWeights: the model does not hold ${model.count} rows of ${NLABELS} labels; retrain with scripts/train-ner.ts.`);
  }
  const rows = new Float32Array(model.count * NLABELS);
  if (LITTLE_ENDIAN) {
    // Views over the decoded bytes: no per-element getter, no copy of the keys.
    const ids = view(keyBytes, (b, o, n) => new Uint32Array(b, o, n), 4);
    const weights = view(weightBytes, (b, o, n) => new Int16Array(b, o, n), 2);
    for (let k = 0; k < rows.length; k++) rows[k] = weights[k]! / model.scale;
    return new WeightTable(ids, rows);
  }
  const keys = new DataView(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
  const weights = new DataView(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
  const ids = new Uint32Array(model.count);
  for (let r = 0; r < model.count; r++) ids[r] = keys.getUint32(r * 4, true);
  for (let k = 0; k < rows.length; k++) rows[k] = weights.getInt16(k * 2, true) / model.scale;
  return new WeightTable(ids, rows);
}

/** The tagger's model (scripts/train-ner.ts writes the source) and its unpacked table's model file. */
export const NER_MODEL: ModelSpec = { file: 'ner-weights.bin', source: 'ner/model.packed.json' };

/** What a model file (src/model-files.ts) holds of a weight table: its arrays as the table uses them. */
export function weightTableArrays(table: WeightTable): { keys: Uint32Array; rows: Int32Array; data: Float32Array } {
  return { ...table.slots(), data: table.data };
}

/**
 * The weight table from a model file's arrays (weightTableArrays): views of the file, nothing to
 * decode, convert or hash.
 * @throws RangeError when the arrays are missing or do not fit together
 */
export function weightTableFromArrays(arrays: Record<string, ModelArray>): WeightTable {
  const { keys, rows, data } = arrays;
  if (!(keys instanceof Uint32Array) || !(rows instanceof Int32Array) || !(data instanceof Float32Array) || data.length % NLABELS !== 0) {
    throw new RangeError(`weightTableFromArrays: the model file does not hold the tagger's keys, rows and ${NLABELS}-label weights; rebuild it with "npm run build".`);
  }
  return new WeightTable({ length: data.length / NLABELS }, data, { keys, rows });
}
