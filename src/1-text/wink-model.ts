// Stage 1's wink-nlp model, loaded with only what tokens, sentences and parts of speech need.
// wink-eng-lite-web-model's own entry loads all of its parts (sentiment, NER, negation: ≈0.6 MB of
// JSON parsed and compiled on every start) and reads its core model by a JSON round trip and a
// per-byte base64 loop; this builds the same core model from one parsed copy of its compact form
// (wink-core.ts) that is never changed, so a fresh instance (see tokens.ts, which resets wink to
// bound its lexicon) costs a few ms.

import compact from '../../data/models/wink-core.json' with { type: 'json' };
import type winkNLP from 'wink-nlp';
import { requirePackage } from '../require.js';
import { sortedWordIndex } from '../spans.js';
import { lexemeTable, type CompactCore } from './wink-core.js';

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

const COMPACT = compact as unknown as CompactCore;
const PRISTINE = COMPACT.core as unknown as Core;
/** The core model's lexemes, in index order, and their indices in sorted order. */
const LEXEMES = COMPACT.lexemes.split(COMPACT.separator);
const LEXEME_ORDER = words(COMPACT.order);

// An automaton with no states: wink's load() reads the NER, negation and sentiment machines even
// when its pipe has none of them; they never run here, so they are not parsed.
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

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

/**
 * The core model as wink-eng-lite-web-model's loadCoreModel returns it (read-core-model.js), built
 * without changing PRISTINE: every table wink extends (feature lists and hashes) is a new copy.
 */
function core(): Core {
  const features: Record<string, Feature> = {};
  for (const [name, f] of Object.entries(PRISTINE.features)) features[name] = { list: name === 'lexeme' ? LEXEMES.slice() : f.list.slice() };
  const model: Core = { ...PRISTINE, packing: { ...PRISTINE.packing, efList: [] }, features, lexicon: words(PRISTINE.lexicon as string), xpansions: words(PRISTINE.xpansions as string) };
  const hashOf = (list: unknown[]): Record<string, number> => {
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
    return hash;
  };
  const layout = model.packing.layout;
  for (const f in layout) if (layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  features.lexeme!.hash = lexemeTable(LEXEMES, LEXEME_ORDER);
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
 * there is likely a name. A binary search over the lexemes' sorted order: no table is built.
 */
export function isLexicalWord(word: string): boolean {
  return sortedWordIndex(LEXEME_ORDER.length, (i) => LEXEMES[LEXEME_ORDER[i]!]!, word) >= 0;
}
