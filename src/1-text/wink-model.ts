// Stage 1's wink-nlp model, loaded with only what tokens, sentences and parts of speech need.
// wink-eng-lite-web-model's own entry loads all of its parts (sentiment, NER, negation: ≈0.6 MB of
// JSON parsed and compiled on every start) and reads its core model by a JSON round trip and a
// per-byte base64 loop; this builds the same core model from one loaded copy of its compact form
// (wink-core.ts) that is never changed, so a fresh instance (see tokens.ts, which resets wink to
// bound its lexicon) costs a few ms. The built CLI reads that copy from a model file
// (dist/models/wink-core.bin, src/model-files.ts): its word arrays as typed-array views, no base64.

import type winkNLP from 'wink-nlp';
import { type ModelArray, type ModelSpec, readJson, readModelFile } from '../model-files.js';
import { requirePackage } from '../require.js';
import { boundedMemo } from '../memo.js';
import { sortedWordIndex } from '../spans.js';
import { LAZY_LOOKUPS, lexemeTable, type CompactCore } from './wink-core.js';

// The model's CommonJS parts, by require (src/require.ts: an ESM import lexes each file). Each id is
// written out whole so scripts/bundle-cli.ts can put them in the CLI bundle (and its code cache).

/** A feature table of the core model: values, and the value → index hash wink builds and extends. */
type Feature = { list: unknown[]; hash?: Record<string, number>; index?: number; intrinsicSize?: number; maxIndex?: number };
type Core = {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
};

/** The compact core (data/models/wink-core.json) and its model file. */
export const WINK_CORE_MODEL: ModelSpec = { file: 'wink-core.bin', source: 'models/wink-core.json' };

/** The compact core as loaded: the lexemes one string, the word arrays decoded. */
export interface LoadedCore {
  separator: string;
  lexemes: string;
  order: Uint32Array;
  /** The core without its two word arrays, which are `lexicon` and `xpansions` here. */
  core: Omit<Core, 'lexicon' | 'xpansions'>;
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

/** Base64 to 32-bit words (the platform's byte order, as wink's own reader gives). */
function words(base64: string): Uint32Array {
  if (typeof Buffer !== 'undefined') {
    const bytes = Buffer.from(base64, 'base64');
    return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  const s = atob(base64);
  const bytes = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) bytes[k] = s.charCodeAt(k);
  return new Uint32Array(bytes.buffer);
}

/** The compact core's JSON as loaded. */
export function coreFromJson(compact: CompactCore): LoadedCore {
  const { lexicon, xpansions, ...core } = compact.core as unknown as Core;
  return { separator: compact.separator, lexemes: compact.lexemes, order: words(compact.order), core, lexicon: words(lexicon as string), xpansions: words(xpansions as string) };
}

/**
 * What the model file holds of a loaded core: the word arrays, and the lexemes as UTF-8 bytes.
 * @throws RangeError when the lexemes do not come back the same from UTF-8 (a lone surrogate)
 */
export function coreFileContent(loaded: LoadedCore): { meta: { separator: string; core: LoadedCore['core'] }; arrays: Record<string, ModelArray> } {
  const lexemes = new Uint8Array(Buffer.from(loaded.lexemes, 'utf8'));
  if (Buffer.from(lexemes).toString('utf8') !== loaded.lexemes) throw new RangeError('coreFileContent: the lexemes do not survive UTF-8; keep reading the JSON.');
  return { meta: { separator: loaded.separator, core: loaded.core }, arrays: { lexemes, order: loaded.order, lexicon: loaded.lexicon, xpansions: loaded.xpansions } };
}

/**
 * The loaded core from the model file's content (coreFileContent).
 * @throws RangeError when an array is missing or of another type
 */
export function coreFromFile(meta: { separator: string; core: LoadedCore['core'] }, arrays: Record<string, ModelArray>): LoadedCore {
  const { lexemes, order, lexicon, xpansions } = arrays;
  if (!(lexemes instanceof Uint8Array) || !(order instanceof Uint32Array) || !(lexicon instanceof Uint32Array) || !(xpansions instanceof Uint32Array)) {
    throw new RangeError('coreFromFile: the model file does not hold the lexemes, their order, the lexicon and the expansions; rebuild it with "npm run build".');
  }
  const text = Buffer.from(lexemes.buffer, lexemes.byteOffset, lexemes.byteLength).toString('utf8');
  return { separator: meta.separator, lexemes: text, order, core: meta.core, lexicon, xpansions };
}

/** The compact core: from its model file when there is a fresh one, else from its JSON. */
function loadCore(): LoadedCore {
  const file = readModelFile<{ separator: string; core: LoadedCore['core'] }>(WINK_CORE_MODEL);
  return file ? coreFromFile(file.meta, file.arrays) : coreFromJson(readJson<CompactCore>(WINK_CORE_MODEL.source));
}

const LOADED = loadCore();
const PRISTINE = LOADED.core;
/** The core model's lexemes, in index order, and their indices in sorted order. */
const LEXEMES = LOADED.lexemes.split(LOADED.separator);
const LEXEME_ORDER = LOADED.order;

/** The loaded core stage 1 builds its instances from (tests check that it never changes). */
export const loadedCore = (): Readonly<LoadedCore> => LOADED;

// An automaton with no states: wink's load() reads the NER, negation and sentiment machines even
// when its pipe has none of them; they never run here, so they are not parsed.
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** Lookups the lexeme table answers from the sorted lexemes before it is copied whole (wink-core.ts). */
let lazyLookups = LAZY_LOOKUPS;

/**
 * Says that this thread will read many articles (a worker thread of the CLI): the lexeme table of
 * the wink instance made next is copied whole at its first lookup (≈50 ms), not after LAZY_LOOKUPS
 * lookups through the sorted lexemes (≈5 µs each, ≈0.1 CPU-s a thread). The tokens are the same.
 */
export function expectManyArticles(): void {
  lazyLookups = 0;
}

/**
 * The core model as wink-eng-lite-web-model's loadCoreModel returns it (read-core-model.js), built
 * without changing PRISTINE: every table wink extends (feature lists and hashes) is a new copy.
 */
function core(): Core {
  const features: Record<string, Feature> = {};
  for (const [name, f] of Object.entries(PRISTINE.features)) features[name] = { list: name === 'lexeme' ? LEXEMES.slice() : f.list.slice() };
  const model: Core = { ...PRISTINE, packing: { ...PRISTINE.packing, efList: [] }, features, lexicon: LOADED.lexicon.slice(), xpansions: LOADED.xpansions.slice() };
  const hashOf = (list: unknown[]): Record<string, number> => {
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
    return hash;
  };
  const layout = model.packing.layout;
  for (const f in layout) if (layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  features.lexeme!.hash = lexemeTable(LEXEMES, LEXEME_ORDER, lazyLookups);
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => PRISTINE.pos.hash[e] || 0));
  for (const f in layout) {
    const l = layout[f]!;
    if (l[3] === 0) Object.assign(features[f]!, { intrinsicSize: features[f]!.list.length, index: features[f]!.list.length, maxIndex: l[1]! >>> l[2]! });
    if (l[4] === 1) model.packing.efList!.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

const unused = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined, transformers: [] });

/** The model object winkNLP() takes, for a pipe of 'sbd' and 'pos'. */
export const WINK_MODEL = {
  core,
  sbd: requirePackage('wink-eng-lite-web-model/dist/load-sbd-model.js'),
  pos: requirePackage('wink-eng-lite-web-model/dist/load-pos-model.js'),
  ner: () => ({ machines: [], transformers: [] }),
  negation: unused,
  sa: unused,
  metaCER: () => ({ machines: '{}', transformers: [null] }),
  featureFn: requirePackage('wink-eng-lite-web-model/dist/feature.js'),
  addons: {
    stem: requirePackage('wink-eng-lite-web-model/dist/porter-stemmer.js'),
    lemmatize: requirePackage('wink-eng-lite-web-model/dist/lemmatize.js'),
    readabilityStats: requirePackage('wink-eng-lite-web-model/dist/readability-stats.js'),
    wordVectors: undefined,
  },
} as unknown as Parameters<typeof winkNLP>[0];

/** Intrinsic lexemes of the core model: wink gives indices at or above this to words it learns. */
export const INTRINSIC_LEXEMES = LEXEMES.length;

/**
 * Is `word` (lower case) one of the core model's own lexemes? wink's English lexicon lists common
 * words and leaves most names out ("results", "police" and "ford" are in it; "henry", "halden",
 * "london" are not), so a capitalised word at the start of a sentence whose lower-case form is not
 * there is likely a name. A binary search over the lexemes' sorted order (no table is built), its
 * answers remembered: stage 2 asks for the same words again and again.
 */
export const isLexicalWord: (word: string) => boolean = boundedMemo((word) => sortedWordIndex(LEXEME_ORDER.length, (i) => LEXEMES[LEXEME_ORDER[i]!]!, word) >= 0);
