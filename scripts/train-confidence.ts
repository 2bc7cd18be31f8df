// Trains the statement-confidence model of stage 3 (src/3-statements/confidence.ts) on the PolNeAR
// TRAIN split only: every statement the rules find (minConfidence 0) is labelled by whether it
// matches a gold attribution the way ../shared/eval/score.mjs matches them (the gold content covered
// more than 30%, greedy in gold order), then an L2-regularised logistic regression is fitted by SGD,
// five times with different shuffling orders, and the five averaged.
// The threshold is chosen end to end: each fold's model runs the whole of stage 3 on the articles
// it never saw, at thresholds from 0.06 to 0.60, scored by the mean of quote F1 and attribution F1
// (averaged over ±0.04, the curve being flat near its top); the best wins. Scoring the candidates
// alone would miss what happens after the threshold (quoted words no kept statement holds get a
// statement of their own), which moved the best threshold by 0.1–0.2. Reproducible (fixed seed
// and epochs): npx tsx scripts/train-confidence.ts [../shared/eval/polnear-train.jsonl.gz]
// (SHOW_CURVE=1 prints the cross-validated curve, threshold by threshold.)

import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { statementFeatures, type ConfidenceModel } from '../src/3-statements/confidence.js';
import { analyze } from '../src/pipeline.js';
import { readText } from '../src/1-text/index.js';
import { findMentions } from '../src/2-mentions/index.js';
import { findStatements } from '../src/3-statements/index.js';
import { mulberry32 } from '../src/query/news-query.js';

const input = process.argv[2] ?? '../shared/eval/polnear-train.jsonl.gz';
const output = 'data/models/statement-confidence.json';
if (!/train/.test(input) || /dev|heldout|test/.test(input)) throw new Error(`train-confidence: ${input} is not a train split; train only on train data.`);

// (Measured by 5-fold CV: L2 1e-4 / 3e-4 / 1e-3, MIN_COUNT 2 / 4 and 12 / 25 epochs all land within 0.001 of one another.)
const EPOCHS = 12;
const L2 = 1e-4;
const MIN_COUNT = 2; // features seen fewer times are left out: they cannot be trusted
const FOLDS = 5;
const SEEDS = 5; // models averaged per fit (5-fold CV: 1 seed 0.767, 5 seeds 0.769, 10 seeds 0.769)

interface Example { doc: number; feats: string[]; label: 0 | 1 }
interface GoldQuote { content_start: number; content_end: number; speaker: string | null; speaker_start?: number | null; speaker_end?: number | null }
type Span = { start: number; end: number };

/**
 * Gold quotes matched the way ../shared/eval/score.mjs matches them (greedy in gold order, coverage
 * of the gold span > 0.3), and how many of those have the gold speaker: by span, as the scorer
 * checks first (its fallback by resolved name is left out here, the same at every threshold).
 */
function countMatches(gold: readonly GoldQuote[], preds: readonly { content: Span; speaker: Span | null }[]): { tp: number; attributed: number } {
  const left = new Set(preds.map((_, i) => i));
  let tp = 0;
  let attributed = 0;
  for (const q of gold) {
    let best = -1;
    let bestScore = 0.3;
    for (const i of left) {
      const p = preds[i]!.content;
      const cov = Math.max(0, Math.min(q.content_end, p.end) - Math.max(q.content_start, p.start)) / Math.max(1, q.content_end - q.content_start);
      if (cov > bestScore) [best, bestScore] = [i, cov];
    }
    if (best < 0) continue;
    left.delete(best);
    tp++;
    const sp = preds[best]!.speaker;
    if (!sp ? q.speaker == null : q.speaker_start != null && q.speaker_end != null && Math.min(q.speaker_end, sp.end) > Math.max(q.speaker_start, sp.start)) attributed++;
  }
  return { tp, attributed };
}

const docs = gunzipSync(readFileSync(input)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; published?: string | null; quotes: GoldQuote[] });
const examples: Example[] = [];
const goldPerDoc: number[] = [];
docs.forEach((d, di) => {
  const a = analyze({ id: d.id, text: d.text, published: d.published && /^\d{4}-\d{2}-\d{2}$/.test(d.published) ? d.published : null }, { today: '2024-01-01', minConfidence: 0 });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const preds = a.statements.filter((s) => !s.unattributed);
  const matched = new Set<number>();
  for (const q of d.quotes) {
    let best = -1;
    let bestScore = 0.3;
    preds.forEach((p, i) => {
      if (matched.has(i)) return;
      const cov = Math.max(0, Math.min(q.content_end, p.content.end) - Math.max(q.content_start, p.content.start)) / Math.max(1, q.content_end - q.content_start);
      if (cov > bestScore) [best, bestScore] = [i, cov];
    });
    if (best >= 0) matched.add(best);
  }
  goldPerDoc.push(d.quotes.length);
  const byId = new Map(a.statements.map((s) => [s.id, s]));
  preds.forEach((p, i) => examples.push({ doc: di, feats: statementFeatures(a.text, byKey, p, p.parent ? byId.get(p.parent) : null), label: matched.has(i) ? 1 : 0 }));
});
process.stderr.write(`train-confidence: ${docs.length} articles, ${examples.length} statements, ${examples.filter((e) => e.label).length} match gold\n`);

/** The mean of logistic models fitted with SEEDS shuffling orders: SGD's order noise averages out. */
function fit(train: Example[]): { bias: number; weights: Map<string, number> } {
  const models = Array.from({ length: SEEDS }, (_, i) => fitOnce(train, 7 + i));
  const weights = new Map<string, number>();
  for (const m of models) for (const [f, v] of m.weights) weights.set(f, (weights.get(f) ?? 0) + v / SEEDS);
  return { bias: models.reduce((b, m) => b + m.bias / SEEDS, 0), weights };
}

function fitOnce(train: Example[], seed: number): { bias: number; weights: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const e of train) for (const f of e.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const w = new Map<string, number>();
  let bias = 0;
  const order = train.map((_, i) => i);
  const rand = mulberry32(seed);
  let step = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const e = train[k]!;
      const lr = 0.5 / (1 + step++ / train.length);
      const feats = e.feats.filter((f) => counts.get(f)! >= MIN_COUNT);
      let z = bias;
      for (const f of feats) z += w.get(f) ?? 0;
      const g = e.label - 1 / (1 + Math.exp(-z));
      bias += lr * g;
      for (const f of feats) {
        const old = w.get(f) ?? 0;
        w.set(f, old + lr * (g - L2 * old));
      }
    }
  }
  return { bias, weights: w };
}

// Cross-validation by article: each fold's model scores, and runs stage 3 on, articles it never saw.
const foldModels: ConfidenceModel[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const m = fit(examples.filter((e) => e.doc % FOLDS !== fold));
  foldModels.push({ bias: m.bias, threshold: 0, weights: Object.fromEntries(m.weights) });
}
const totalGold = goldPerDoc.reduce((a, b) => a + b, 0);
const f1 = (tp: number, kept: number, gold: number): number => (kept + gold ? (2 * tp) / (kept + gold) : 0);
interface Point { f1: number; attribution: number; p: number; r: number }
// The rules' candidates alone, for the report: every statement kept.
const noneTp = examples.reduce((n, e) => n + e.label, 0);
const none = { f1: f1(noneTp, examples.length, totalGold), p: noneTp / examples.length, r: noneTp / totalGold };
// Stages 1–2 do not depend on the model: read once.
const prepared = docs.map((d) => {
  const article = { id: d.id, text: d.text, published: d.published && /^\d{4}-\d{2}-\d{2}$/.test(d.published) ? d.published : null };
  const layer = readText(d.text);
  return { article, layer, mentions: findMentions(article, layer, { today: '2024-01-01' }) };
});
function endToEnd(t: number): Point {
  let tp = 0;
  let attributed = 0;
  let kept = 0;
  prepared.forEach(({ article, layer, mentions }, di) => {
    const { statements } = findStatements(article, layer, structuredClone(mentions), { minConfidence: t, model: foldModels[di % FOLDS]! });
    const said = statements.filter((s) => !s.unattributed);
    kept += said.length;
    const m = countMatches(docs[di]!.quotes, said);
    tp += m.tp;
    attributed += m.attributed;
  });
  return { f1: f1(tp, kept, totalGold), attribution: f1(attributed, kept, totalGold), p: tp / kept, r: tp / totalGold };
}
// The two figures weigh alike: quote F1 and attribution F1 (the speaker right too).
const objective = (x: Point): number => (x.f1 + x.attribution) / 2;
const curve = new Map<number, Point>();
for (let c = 2; c <= 64; c += 2) curve.set(c, endToEnd(c / 100));
const smooth = new Map<number, number>();
for (let c = 6; c <= 60; c += 2) {
  let sum = 0;
  for (let d = -4; d <= 4; d += 2) sum += objective(curve.get(c + d)!);
  smooth.set(c, sum / 5);
}
// (Taking the highest threshold within 0.001 of the best, to favour precision where the curve is
// flat, was tried: it went to 0.44 and dropped most floating quotations and "Name: words" headlines,
// which the model scores 0.2–0.4 and a reader finds right; the best itself is kept.)
const top = Math.max(...smooth.values());
const chosen = [...smooth].find(([, v]) => v === top)![0];
const threshold = chosen / 100;
const best = curve.get(chosen)!;
if (process.env.SHOW_CURVE) for (const [c, x] of curve) process.stderr.write(`${c / 100}: F1 ${x.f1.toFixed(4)} attribution ${x.attribution.toFixed(4)} P ${x.p.toFixed(3)} R ${x.r.toFixed(3)}\n`);
process.stderr.write(`train-confidence: ${FOLDS}-fold CV quote F1 ${none.f1.toFixed(3)} (P ${none.p.toFixed(3)} R ${none.r.toFixed(3)}) with every statement → ${best.f1.toFixed(3)} (P ${best.p.toFixed(3)} R ${best.r.toFixed(3)}, attribution ${best.attribution.toFixed(3)}) end to end at threshold ${threshold}\n`);

const final = fit(examples);
const weights: Record<string, number> = {};
for (const [f, v] of [...final.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= 0.01) weights[f] = Math.round(v * 1000) / 1000;
const out: ConfidenceModel & { about: string } = {
  about: `Statement confidence: logistic regression (the mean of ${SEEDS} SGD fits with different shuffling orders) trained by scripts/train-confidence.ts on the PolNeAR 1.0 train split (${docs.length} articles, ${examples.length} statements found by the rules, ${examples.filter((e) => e.label).length} matching a gold attribution). Threshold ${threshold} maximises the mean of quote F1 and attribution F1 end to end (stage 3 run with each fold's model; averaged over ±0.04) in ${FOLDS}-fold cross-validation by article (${none.f1.toFixed(3)} with every candidate statement → ${best.f1.toFixed(3)}). Feature weights only; no text is kept.`,
  bias: Math.round(final.bias * 1000) / 1000,
  threshold,
  weights,
};
writeFileSync(output, `${JSON.stringify(out, null, 1)}\n`);
process.stderr.write(`train-confidence: ${Object.keys(weights).length} weights → ${output}\n`);
