// Stage 3, last step: how likely each found statement is a real attribution, as a news annotator
// would mark it. A small logistic model over the statement's shape (cue, form, speaker, content
// length and opening, nesting) trained on PolNeAR's train split by scripts/train-confidence.ts;
// the weights are data/models/statement-confidence.json (in the built CLI read from its model file,
// dist/models/statement-confidence.bin: src/model-files.ts). index.ts drops statements below a threshold.

import { type ModelArray, type ModelSpec, readJson, readModelFile } from '../model-files.js';
import { lowerBound, sortedWordIndex, indexHolding } from '../spans.js';
import { ADJECTIVE_CUES, COGNITION_VERBS, CUE_NOUNS, INFINITIVE_CUES, OBJECT_CUES, SOURCE_NOUNS, SPEECH_VERBS } from './cues.js';
import type { Entity, Statement, TextLayer, Token } from '../types.js';
import { WORDS, tokenIs } from './grammar/lexicon.js';
import kinds from '../../data/lexicon/kinds.json' with { type: 'json' };

/** The trained model: a bias, one weight per feature string, and the threshold chosen at training. */
export interface ConfidenceModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

/** The bundled model (scripts/train-confidence.ts writes the source) and its model file. */
export const CONFIDENCE_MODEL: ModelSpec = { file: 'statement-confidence.bin', source: 'models/statement-confidence.json' };

// A Map looks feature strings up faster than an object with thousands of keys. One Map per model,
// made on first use.
const WEIGHT_MAPS = new WeakMap<ConfidenceModel, Map<string, number>>();
function weightMap(m: ConfidenceModel): Map<string, number> {
  let weights = WEIGHT_MAPS.get(m);
  if (!weights) WEIGHT_MAPS.set(m, (weights = new Map(Object.entries(m.weights))));
  return weights;
}

/** What the model file holds: bias and threshold, and the weights' feature strings in code-unit order with their weights. */
type FileMeta = { bias: number; threshold: number };

/**
 * The model file's content: the feature strings sorted, joined by "\n" (UTF-8 bytes), where each
 * starts, and their weights as 64-bit floats (the JSON's numbers exactly).
 * @throws RangeError when a feature string holds a line break or a lone surrogate
 */
export function confidenceFileContent(m: ConfidenceModel): { meta: FileMeta; arrays: Record<string, ModelArray> } {
  const names = Object.keys(m.weights).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.some((n) => n.includes('\n'))) throw new RangeError('confidenceFileContent: a feature string holds a line break; keep reading the JSON.');
  const joined = names.join('\n');
  const keys = new Uint8Array(Buffer.from(joined, 'utf8'));
  if (Buffer.from(keys).toString('utf8') !== joined) throw new RangeError('confidenceFileContent: a feature string does not survive UTF-8 (a lone surrogate); keep reading the JSON.');
  const starts = new Uint32Array(names.length + 1);
  names.forEach((n, k) => void (starts[k + 1] = starts[k]! + n.length + 1));
  return {
    meta: { bias: m.bias, threshold: m.threshold },
    arrays: { keys, starts, values: Float64Array.from(names, (n) => m.weights[n]!) },
  };
}

/** Feature string → weight over the model file's arrays: a binary search, nothing built at start. */
const FILE_LOOKUPS = new WeakMap<ConfidenceModel, (feature: string) => number | undefined>();

/**
 * Lookups a model file answers by bisecting its sorted feature strings before it puts them all in a
 * Map: one article never pays for the Map (≈3 ms), a corpus soon looks each feature up in one step
 * instead of ≈14 string slices and comparisons (≈30,000 such lookups in an annotate of PolNeAR train).
 */
const FILE_BISECTIONS = 3_000;

/**
 * A model from its file's content: bias, threshold, a lookup of the sorted weights, and `weights`
 * (for explain and training) parsed from `json` when first read; after `bisections` lookups the
 * weights are put in a Map (FILE_BISECTIONS; tests give a small number).
 * @throws RangeError when the arrays are missing or do not fit together
 */
export function confidenceFromFile(meta: FileMeta, arrays: Record<string, ModelArray>, json: () => ConfidenceModel, bisections = FILE_BISECTIONS): ConfidenceModel {
  const { keys, starts, values } = arrays;
  if (!(keys instanceof Uint8Array) || !(starts instanceof Uint32Array) || !(values instanceof Float64Array) || starts.length !== values.length + 1) {
    throw new RangeError('confidenceFromFile: the model file does not hold sorted feature strings and their weights; rebuild it with "npm run build".');
  }
  const text = Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength).toString('utf8');
  let weights: Record<string, number> | null = null;
  const m: ConfidenceModel = {
    bias: meta.bias,
    threshold: meta.threshold,
    get weights(): Record<string, number> {
      return (weights ??= json().weights);
    },
  };
  const at = (i: number): string => text.slice(starts[i], starts[i + 1]! - 1);
  let lookups = 0;
  let all: Map<string, number> | null = null;
  FILE_LOOKUPS.set(m, (feature) => {
    if (all) return all.get(feature);
    if (++lookups > bisections) {
      all = new Map();
      for (let i = 0; i < values.length; i++) all.set(at(i), values[i]!);
      return all.get(feature);
    }
    const i = sortedWordIndex(values.length, at, feature);
    return i < 0 ? undefined : values[i];
  });
  return m;
}

/** The bundled model: from its model file when there is a fresh one, else from its JSON. */
function bundledModel(): ConfidenceModel {
  const json = (): ConfidenceModel => readJson<ConfidenceModel>(CONFIDENCE_MODEL.source);
  const file = readModelFile<FileMeta>(CONFIDENCE_MODEL);
  return file ? confidenceFromFile(file.meta, file.arrays, json) : json();
}

/** The bundled model (explain.ts shows its weights). */
export const MODEL: ConfidenceModel = bundledModel();

/** The threshold chosen by cross-validation on the train split (see the model file's `about`). */
export const DEFAULT_MIN_CONFIDENCE: number = MODEL.threshold;

const PRONOUN: ReadonlySet<string> = WORDS.subjectPronounsForConfidence;

/**
 * Where the features of a statement go: `prefix`, then `a`, then "|" and `b` make the feature's
 * string ("lf=" "say" "indirect" → "lf=say|indirect"). Training and explain collect the strings;
 * scoring looks the pieces up without building them (statementConfidence, pieceWeights).
 */
type FeatureSink = (prefix: string, a?: string, b?: string) => void;

/**
 * The feature strings of a statement. Pure; the same code serves training and scoring.
 * @param layer - the article's text layer
 * @param entities - entities by key (speaker types)
 * @param s - the statement, before any filtering
 * @param parent - the statement that holds it (s.parent), when nested
 */
export function statementFeatures(layer: TextLayer, entities: ReadonlyMap<string, Entity>, s: Statement, parent: Statement | null = null): string[] {
  const f: string[] = [];
  emitFeatures(layer, entities, s, parent, (prefix, a, b) => f.push(a === undefined ? prefix : b === undefined ? prefix + a : `${prefix}${a}|${b}`));
  return f;
}

/**
 * The probability that a statement is a real attribution: confidenceOf(statementFeatures(…)),
 * the same number, without building the feature strings.
 */
export function statementConfidence(layer: TextLayer, entities: ReadonlyMap<string, Entity>, s: Statement, parent: Statement | null, m: ConfidenceModel = MODEL): number {
  const lookup = pieceWeights(m);
  let z = m.bias;
  emitFeatures(layer, entities, s, parent, (prefix, a, b) => { z += lookup(prefix, a, b); });
  const p = 1 / (1 + Math.exp(-z));
  return p < m.threshold && floorOf(layer, s) !== null ? m.threshold : p;
}

/** The id of the confidence floor (CONFIDENCE_FLOORS) whose reading the statement is, or null. */
export function floorOf(layer: TextLayer, s: Statement): string | null {
  return CONFIDENCE_FLOORS.find((f) => f.test(layer, s))?.id ?? null;
}

/** A reading kept at the threshold whatever the model says: an id, a one-line reason, an example and its test. */
export interface ConfidenceFloor {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly test: (layer: TextLayer, s: Statement) => boolean;
}

const WELCOMING: ReadonlySet<string> = new Set(kinds.welcomingVerbs);
const WELCOMED_ACTS: ReadonlySet<string> = new Set(kinds.welcomedActs);

/** The head noun of the noun phrase that opens the content ("the EU's financial | contribution", "the | pledge"), lower-case, or null. */
function objectHead(layer: TextLayer, s: Statement): string | null {
  const { tokens } = layer;
  const end = lowerBound(tokens, s.content.end);
  let head: string | null = null;
  for (let k = lowerBound(tokens, s.content.start); k < end && k < lowerBound(tokens, s.content.start) + 7; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') head = t.lower;
    else if (head !== null && t.pos !== 'PART') return head;
    else if (!/^(DET|ADJ|PROPN|PART|NUM|PRON)$/.test(t.pos)) return head;
  }
  return head;
}

/** Readings the model scores low on its training set's accidents, kept at the threshold (kinds.json lists). */
export const CONFIDENCE_FLOORS: readonly ConfidenceFloor[] = [
  { id: 'welcomed-act', reason: '"welcomed the pledge", "welcomes the ruling": welcoming an announced act (kinds.json welcomedActs) takes a position on it; the model\'s low weights for "welcome the" come from welcoming guests and attention', example: 'The fishermen\'s union welcomed the ruling.', test: (layer, s) => s.kind === 'stance' && s.parent === null && s.negated !== true && s.speaker !== null && WELCOMING.has(s.cueLemma ?? '') && !!s.cue && s.cue.end <= s.content.start && WELCOMED_ACTS.has(objectHead(layer, s) ?? '') },
];

function emitFeatures(layer: TextLayer, entities: ReadonlyMap<string, Entity>, s: Statement, parent: Statement | null, emit: FeatureSink): void {
  const { tokens } = layer;
  const lemma = s.cueLemma ?? (s.cue ? `punct:${s.cue.text.trim()}` : 'none');
  const form = s.form;
  emit('l=', lemma);
  emit('f=', form);
  emit('lf=', lemma, form);
  // Which part of the cue lexicon the cue comes from: speech verbs are surer than verbs of thought.
  const kind = cueKind(s.cueLemma);
  emit('k=', kind);
  emit('kf=', kind, form);
  // Where the cue sits: before the content, after it, inside it (an interrupted quotation), or absent.
  const cuePos = !s.cue ? 'none' : s.cue.end <= s.content.start ? 'before' : s.cue.start >= s.content.end ? 'after' : 'inside';
  emit('cp=', cuePos);
  emit('cpf=', cuePos, form);
  if (s.cue) {
    const ci = lowerBound(tokens, s.cue.start);
    const cueTok = tokens[ci];
    if (cueTok) emit('cw=', cueTok.lower);
    const prev = tokens[ci - 1];
    const next = tokens[lowerBound(tokens, s.cue.end)];
    emit('cb=', word(prev));
    emit('ca=', word(next));
    emit('cal=', lemma, word(next));
    if (prev && tokenIs(WORDS.negationsWithClitic, prev)) emit('neg');
  }
  // The speaker: how it is written and what it resolved to.
  if (!s.speaker) emit('sp=none');
  else {
    const st = tokens.slice(lowerBound(tokens, s.speaker.start), lowerBound(tokens, s.speaker.end));
    const shape = st.length === 1 && tokenIs(PRONOUN, st[0]!) ? `pron:${st[0]!.lower}` : st.some((t) => t.pos === 'PROPN') ? 'name' : 'common';
    emit('sp=', shape);
    emit('spl=', shape, lemma);
    emit('sn=', String(Math.min(st.length, 6)));
    const sb = tokens[lowerBound(tokens, s.speaker.start) - 1];
    emit('sb=', word(sb));
    const head = st.at(-1);
    // (Not the head of a noun for people or organisations: "the union", "protesters", "witnesses"
    // speak in any news; the weights the training set gave them are its own beats' accidents.)
    if (head && shape === 'common' && !actorHead(head)) emit('sh=', head.lemma);
  }
  const e = s.speakerEntity ? entities.get(s.speakerEntity) : undefined;
  const se = !s.speakerEntity ? 'unresolved' : !e ? 'unknown' : e.anonymous ? 'anonymous' : e.type;
  emit('se=', se);
  emit('sek=', se, kind);
  // The content: length, first words, verbs, sentence coverage.
  const a = lowerBound(tokens, s.content.start);
  const b = lowerBound(tokens, s.content.end);
  const n = b - a;
  emit('n=', bucket(n));
  emit('nf=', bucket(n), form);
  const first = tokens[a];
  if (first) {
    emit('c0=', word(first));
    emit('c0p=', first.pos);
    emit('c0l=', word(first), lemma);
  }
  const second = tokens[a + 1];
  if (second && a + 1 < b) emit('c1p=', String(first?.pos), second.pos);
  let verbs = 0;
  for (let k = a; k < b && k < a + 60; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') verbs++;
  emit('v=', String(Math.min(verbs, 3)));
  if (s.parent) {
    emit('nested');
    if (parent) {
      emit('pk=', cueKind(parent.cueLemma));
      emit('pkf=', cueKind(parent.cueLemma), parent.form);
    }
  }
  const sentences = layer.sentences;
  const si = Math.max(0, indexHolding(sentences, s.content.start));
  const sent = sentences[si];
  if (sent && s.content.start <= sent.start + 1 && s.content.end >= sent.end - 2) emit('whole|', form);
  if (sent && sentences[si - 1]?.paragraph !== sent.paragraph && sentences[si + 1]?.paragraph !== sent.paragraph) emit('oneSentencePara');
  // The headline: the first paragraph, often Title Case, where reports are compressed.
  if (sent && sent.paragraph === 0) emit('firstParagraph');
  if (/[?]\W*$/.test(s.content.text)) emit('question');
}

/** Is the token a noun for people or an organisation (grammar.json personNouns, organizationNouns), not a document's? */
function actorHead(t: Token): boolean {
  if (SOURCE_NOUNS.has(t.lemma) || CUE_NOUNS.has(t.lemma)) return false;
  return tokenIs(WORDS.personNouns, t) || tokenIs(WORDS.organizationNouns, t);
}

/** Weights by feature pieces, filled from the feature strings on first use of each combination; cleared past this many entries. */
const PIECE_LIMIT = 200_000;
const PIECE_WEIGHTS = new WeakMap<ConfidenceModel, (prefix: string, a?: string, b?: string) => number>();

/**
 * The weight of a feature given as pieces. The pieces are strings the statement already holds
 * (lemmas, forms, lower-case words), so looking them up is cheaper than building and hashing the
 * feature's string; a combination not seen before is built once and looked up in the model.
 */
function pieceWeights(m: ConfidenceModel): (prefix: string, a?: string, b?: string) => number {
  let lookup = PIECE_WEIGHTS.get(m);
  if (lookup) return lookup;
  const fromFile = FILE_LOOKUPS.get(m);
  const flat = fromFile ? { get: fromFile } : weightMap(m);
  let tree = new Map<string, Map<string, number | Map<string, number>>>();
  let size = 0;
  lookup = (prefix, a = '', b) => {
    let byA = tree.get(prefix);
    if (!byA) tree.set(prefix, (byA = new Map()));
    const hit = byA.get(a);
    if (b === undefined) {
      if (typeof hit === 'number') return hit;
    } else if (hit !== undefined) {
      const w = (hit as Map<string, number>).get(b);
      if (w !== undefined) return w;
    }
    if (++size > PIECE_LIMIT) {
      tree = new Map();
      size = 0;
      return lookup!(prefix, a, b);
    }
    const w = flat.get(b === undefined ? prefix + a : `${prefix}${a}|${b}`) ?? 0;
    if (b === undefined) byA.set(a, w);
    else if (hit === undefined) byA.set(a, new Map([[b, w]]));
    else (hit as Map<string, number>).set(b, w);
    return w;
  };
  PIECE_WEIGHTS.set(m, lookup);
  return lookup;
}

/**
 * The probability that a statement is a real attribution, from its features.
 * @param feats - statementFeatures of the statement
 * @param m - the model (default: the bundled one)
 */
export function confidenceOf(feats: readonly string[], m: ConfidenceModel = MODEL): number {
  const weights = weightMap(m);
  let z = m.bias;
  for (const x of feats) z += weights.get(x) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Which part of the cue lexicon a cue lemma comes from. */
function cueKind(lemma: string | null): string {
  if (!lemma) return 'none';
  return SPEECH_VERBS.has(lemma) ? 'speech' : COGNITION_VERBS.has(lemma) ? 'cognition' : OBJECT_CUES.has(lemma) ? 'object' : INFINITIVE_CUES.has(lemma) ? 'infinitive' : CUE_NOUNS.has(lemma) ? 'noun' : ADJECTIVE_CUES.has(lemma.split(' ')[0]!) || lemma === 'be against' ? 'adjective' : 'phrase';
}

function word(t: Token | undefined): string {
  if (!t) return '<none>';
  return /^[\p{L}'’-]+$/u.test(t.text) ? t.lower : t.pos === 'PUNCT' ? t.text : t.pos;
}

function bucket(n: number): string {
  return n <= 2 ? String(n) : n <= 5 ? '3-5' : n <= 10 ? '6-10' : n <= 20 ? '11-20' : n <= 40 ? '21-40' : '41+';
}
