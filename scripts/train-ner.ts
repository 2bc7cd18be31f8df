// Trains the named-entity tagger of stage 2 (src/2-mentions/entities/tagger.ts): a greedy averaged
// perceptron over stage-1 tokens, on the CoNLL-2003 TRAIN split only, written to data/ner/model.packed.json
// (weights ×1000 as integers, small ones pruned). Reproducible: fixed seed and epoch count.
//   npx tsx scripts/train-ner.ts [../shared/eval/conll2003-train.jsonl.gz] [data/ner/model.packed.json]

import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readText } from '../src/1-text/index.js';
import { LABELS, NLABELS, prepare, tagTokens, type Weights } from '../src/2-mentions/entities/tagger.js';
import { packWeights } from '../src/2-mentions/entities/packed-model.js';
import type { TextLayer } from '../src/types.js';

const input = process.argv[2] ?? '../shared/eval/conll2003-train.jsonl.gz';
const output = process.argv[3] ?? 'data/ner/model.packed.json';
const EPOCHS = 10;
const PRUNE = 0.05; // averaged weights below this (in every label) are dropped: they barely move a decision

interface GoldEntity { start: number; end: number; label: string }
interface Doc { layer: TextLayer; gold: Uint8Array }

const CLASS: Record<string, number> = { PER: 1, ORG: 3, LOC: 5, MISC: 7 };
if (/dev|heldout|test/.test(input)) throw new Error('train-ner: train only on a TRAIN split');

function load(path: string): Doc[] {
  const docs: Doc[] = [];
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text: string; entities: GoldEntity[] };
    const layer = readText(row.text);
    const gold = new Uint8Array(layer.tokens.length);
    for (const e of row.entities) {
      const cls = CLASS[e.label];
      if (!cls) continue;
      let first = true;
      layer.tokens.forEach((t, k) => {
        if (t.start >= e.start && t.end <= e.end) {
          gold[k] = first ? cls : cls + 1;
          first = false;
        }
      });
    }
    docs.push({ layer, gold });
  }
  return docs;
}

// Averaged perceptron with lazy averaging (Collins 2002; the bookkeeping as in Honnibal's tagger).
const weights: Weights = new Map();
const totals = new Map<number, Float64Array>();
const stamps = new Map<number, Float64Array>();
let clock = 0;

function update(feats: number[], label: number, delta: number): void {
  for (const f of feats) {
    let w = weights.get(f);
    if (!w) {
      w = new Float64Array(NLABELS);
      weights.set(f, w);
      totals.set(f, new Float64Array(NLABELS));
      stamps.set(f, new Float64Array(NLABELS));
    }
    const tot = totals.get(f)!;
    const ts = stamps.get(f)!;
    tot[label]! += (clock - ts[label]!) * w[label]!;
    ts[label] = clock;
    w[label]! += delta;
  }
}

function train(doc: Doc): [number, number] {
  const { layer, gold } = doc;
  let right = 0;
  let seen = 0;
  // Tag greedily with the current weights, learning at each scored token from the gold tag.
  tagTokens(layer, prepare(layer), weights, (i, tag, t1, feats) => {
    let g = gold[i]!;
    // An inside tag that cannot continue the predicted history is learnt as a beginning.
    if (g !== 0 && g % 2 === 0 && t1 !== g && t1 !== g - 1) g = g - 1;
    clock++;
    seen++;
    if (tag !== g) {
      update(feats, g, 1);
      update(feats, tag, -1);
    } else right++;
  });
  return [right, seen];
}

// Deterministic shuffle (mulberry32), so a re-run gives the same model.
let seed = 20240131;
const rand = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const docs = load(input);
console.error(`train-ner: ${docs.length} documents`);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let k = docs.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [docs[k], docs[j]] = [docs[j]!, docs[k]!];
  }
  let right = 0;
  let seen = 0;
  for (const d of docs) {
    const [r, s] = train(d);
    right += r;
    seen += s;
  }
  console.error(`epoch ${epoch + 1}: candidate-token accuracy ${(right / seen).toFixed(4)}`);
}

// Average, prune, quantise.
const features: Record<string, number[]> = {};
let kept = 0;
for (const [f, w] of weights) {
  const tot = totals.get(f)!;
  const ts = stamps.get(f)!;
  const avg = Array.from(w, (x, k) => (tot[k]! + (clock - ts[k]!) * x) / clock);
  if (avg.every((x) => Math.abs(x) < PRUNE)) continue;
  features[f] = avg.map((x) => Math.round(x * 1000));
  kept++;
}
writeFileSync(output, JSON.stringify(packWeights(LABELS, 1000, features)));
console.error(`train-ner: ${kept} of ${weights.size} features kept → ${output}`);
