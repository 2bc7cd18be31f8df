// Binary copies of the JSON models in data/ (dist/models/*.bin), for a fast start: written by
// scripts/build-models.ts at `npm run build`, read back here as typed-array views over one file
// read, with no JSON to parse and no base64 to decode (design.md, "Start-up"). The JSON in data/ stays
// the source: a copy is used only while it is newer than its source and records its size, and a
// model reads its JSON instead when there is none (running from src/, or after the source changed).

import { ModelFileError } from './errors.js';

// Node's fs by process.getBuiltinModule (as src/require.ts): the stages have no static Node import.
type Fs = typeof import('node:fs');
const fs = (): Fs => {
  const getBuiltin = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (!getBuiltin) throw new ModelFileError('newsgraph: model files are read with Node\'s fs (Node ≥ 20.16).');
  return getBuiltin('node:fs') as Fs;
};

/** The typed arrays a model file holds. */
export type ModelArray = Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;
const ARRAY_TYPES = { Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;

/** A decoded model file: its JSON metadata and its named arrays. */
export interface ModelFile<M = unknown> {
  meta: M;
  arrays: Record<string, ModelArray>;
}

/** The file's first bytes; the version changes with the layout. */
const MAGIC = 'NGMODEL1';
/** Array offsets are multiples of this, so each array is an aligned view of the file's bytes. */
const ALIGN = 8;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface Header {
  meta: unknown;
  /** The byte lengths of the JSON sources the file was made from (ModelSpec's source, then its others). */
  sourceSizes: number[];
  arrays: { name: string; type: ArrayType; offset: number; length: number }[];
}

/**
 * A model file's bytes: MAGIC, the header's length (32-bit little-endian), the header (JSON), then
 * each array's little-endian bytes at an aligned offset.
 * @param sourceSizes - the byte lengths of the JSON sources (readModelFile compares them)
 */
export function encodeModelFile(meta: unknown, arrays: Record<string, ModelArray>, sourceSizes: readonly number[]): Uint8Array {
  if (!LITTLE_ENDIAN) throw new ModelFileError('encodeModelFile: model files are little-endian; write them on a little-endian machine.');
  const entries = Object.entries(arrays);
  const layout = (start: number): Header['arrays'] => {
    let at = start;
    return entries.map(([name, a]) => {
      at = Math.ceil(at / ALIGN) * ALIGN;
      const entry = { name, type: a.constructor.name as ArrayType, offset: at, length: a.length };
      if (!(entry.type in ARRAY_TYPES)) throw new ModelFileError(`encodeModelFile: array "${name}" is a ${entry.type}; use one of ${Object.keys(ARRAY_TYPES).join(', ')}.`);
      at += a.byteLength;
      return entry;
    });
  };
  // The header's length moves the arrays and their offsets lengthen the header: settle it first.
  let start = 0;
  let header = '';
  for (let round = 0; round < 4; round++) {
    header = JSON.stringify({ meta, sourceSizes: [...sourceSizes], arrays: layout(start) } satisfies Header);
    const next = Math.ceil((MAGIC.length + 4 + Buffer.byteLength(header)) / ALIGN) * ALIGN;
    if (next === start) break;
    start = next;
  }
  const spec = JSON.parse(header) as Header;
  const last = spec.arrays.at(-1);
  const bytes = new Uint8Array(last ? last.offset + entries.at(-1)![1].byteLength : start);
  bytes.set(Buffer.from(MAGIC, 'latin1'), 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, Buffer.byteLength(header), true);
  bytes.set(Buffer.from(header, 'utf8'), MAGIC.length + 4);
  spec.arrays.forEach((s, k) => {
    const a = entries[k]![1];
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), s.offset);
  });
  return bytes;
}

/**
 * Reads a model file's bytes back: each array a view of `bytes` (copied once when `bytes` itself
 * starts off alignment).
 * @throws Error when the bytes are no model file of this version
 */
export function decodeModelFile<M>(input: Uint8Array): ModelFile<M> & { sourceSizes: number[] } {
  const bytes = input.byteOffset % ALIGN === 0 ? input : input.slice();
  const text = (from: number, to: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('utf8');
  if (bytes.length < MAGIC.length + 4 || text(0, MAGIC.length) !== MAGIC) throw new ModelFileError(`decodeModelFile: not a model file of version ${MAGIC}; rebuild it with "npm run build".`);
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length, true);
  const header = JSON.parse(text(MAGIC.length + 4, MAGIC.length + 4 + length)) as Header;
  const arrays: Record<string, ModelArray> = {};
  for (const a of header.arrays) {
    const Type = ARRAY_TYPES[a.type];
    if (!Type || a.offset + a.length * Type.BYTES_PER_ELEMENT > bytes.length) throw new ModelFileError(`decodeModelFile: array "${a.name}" lies outside the file; rebuild it with "npm run build".`);
    arrays[a.name] = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + a.offset, a.length);
  }
  return { meta: header.meta as M, arrays, sourceSizes: header.sourceSizes };
}

/** Where the JSON sources are (data/), and the model files (dist/models/; src/models/ never exists). */
export const DATA_DIR = new URL('../data/', import.meta.url);
export const MODEL_DIR = new URL('./models/', import.meta.url);

/** A model: its file's name in MODEL_DIR and its JSON source's path in DATA_DIR (and any other sources it is made from). */
export interface ModelSpec {
  file: string;
  source: string;
  others?: readonly string[];
}

const sourcesOf = (spec: ModelSpec): string[] => [spec.source, ...(spec.others ?? [])];

/**
 * The model file of `spec` when it may stand for its JSON sources: it exists, is no older than any
 * of them, and records their byte lengths; otherwise null (the caller reads the JSON). A
 * big-endian machine always reads the JSON.
 */
export function readModelFile<M>(spec: ModelSpec, dirs: { models: URL; data: URL } = { models: MODEL_DIR, data: DATA_DIR }): ModelFile<M> | null {
  if (!LITTLE_ENDIAN) return null;
  const { readFileSync, statSync } = fs();
  const file = new URL(spec.file, dirs.models);
  const own = statSync(file, { throwIfNoEntry: false });
  if (!own) return null;
  const sizes: number[] = [];
  for (const source of sourcesOf(spec)) {
    const src = statSync(new URL(source, dirs.data), { throwIfNoEntry: false });
    if (!src || src.mtimeMs > own.mtimeMs) return null;
    sizes.push(src.size);
  }
  let decoded: ModelFile<M> & { sourceSizes: number[] };
  try {
    decoded = decodeModelFile<M>(readFileSync(file));
  } catch {
    return null;
  }
  return decoded.sourceSizes?.length === sizes.length && sizes.every((n, k) => decoded.sourceSizes[k] === n) ? { meta: decoded.meta, arrays: decoded.arrays } : null;
}

/** A JSON source of data/ read and parsed when first needed (not imported: an import reads it at start). */
export function readJson<T>(source: string, data: URL = DATA_DIR): T {
  return JSON.parse(fs().readFileSync(new URL(source, data), 'utf8')) as T;
}

/** Writes the model file of `spec` into `models` (scripts/build-models.ts). */
export function writeModelFile(spec: ModelSpec, content: { meta: unknown; arrays: Record<string, ModelArray> }, dirs: { models: URL; data: URL }): void {
  const { mkdirSync, statSync, writeFileSync } = fs();
  mkdirSync(dirs.models, { recursive: true });
  writeFileSync(new URL(spec.file, dirs.models), encodeModelFile(content.meta, content.arrays, sourcesOf(spec).map((s) => statSync(new URL(s, dirs.data)).size)));
}
