// Trains the named-entity tagger of stage 2 (src/2-mentions/entities/tagger.ts): a greedy averaged
// perceptron over stage-1 tokens, on the CoNLL-2003 TRAIN split only, written to data/ner/model.packed.json
// (weights ×1000 as integers, small ones pruned). Reproducible: fixed seed and epoch count.
// Ten runs in shuffled document orders, their averaged weights averaged again (parameter mixing).
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
// One model per shuffle seed, and the averaged weights of the RUNS averaged again (parameter mixing,
// McDonald et al. 2010): one run's model depends on its document order enough to move CoNLL dev
// by ±0.3 and to flip marginal names (a name opening a text); averaging RUNS models evens that out
// (how much across other seed sets is not measured).
const RUNS = 10;
const SEEDS = Array.from({ length: RUNS }, (_, k) => 20240131 + k);

/** Trains one averaged perceptron over `docs` in an order shuffled by `seed`; its averaged weights. */
function trainRun(docs: Doc[], seed: number): Map<number, Float64Array> {
  const run = seed;
  const weights: Weights = new Map();
  const totals = new Map<number, Float64Array>();
  const stamps = new Map<number, Float64Array>();
  let clock = 0;
  const update = (feats: number[], label: number, delta: number): void => {
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
  };
  const train = (doc: Doc): [number, number] => {
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
  };
  // Deterministic shuffle (mulberry32), so a re-run gives the same model.
  const rand = () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = docs.slice();
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let right = 0;
    let seen = 0;
    for (const d of order) {
      const [r, s] = train(d);
      right += r;
      seen += s;
    }
    if (epoch === EPOCHS - 1) console.error(`run ${run}: last epoch candidate-token accuracy ${(right / seen).toFixed(4)}`);
  }
  const averaged = new Map<number, Float64Array>();
  for (const [f, w] of weights) {
    const tot = totals.get(f)!;
    const ts = stamps.get(f)!;
    averaged.set(f, Float64Array.from(w, (x, k) => (tot[k]! + (clock - ts[k]!) * x) / clock));
  }
  return averaged;
}

const docs = load(input);
console.error(`train-ner: ${docs.length} documents, ${RUNS} runs`);
const mixed = new Map<number, Float64Array>();
for (const seed of SEEDS) {
  for (const [f, w] of trainRun(docs, seed)) {
    let m = mixed.get(f);
    if (!m) mixed.set(f, (m = new Float64Array(NLABELS)));
    for (let k = 0; k < NLABELS; k++) m[k]! += w[k]! / RUNS;
  }
}

// Prune, quantise.
const features: Record<string, number[]> = {};
let kept = 0;
for (const [f, avg] of mixed) {
  if (avg.every((x) => Math.abs(x) < PRUNE)) continue;
  features[f] = Array.from(avg, (x) => Math.round(x * 1000));
  kept++;
}
writeFileSync(output, JSON.stringify(packWeights(LABELS, 1000, features)));
console.error(`train-ner: ${kept} of ${mixed.size} features kept → ${output}`);
