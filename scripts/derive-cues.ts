// Derives reporting cues from the PolNeAR *train* split: verb lemmas that head an annotated cue
// often enough, relative to how often they occur as verbs at all. Writes data/lexicon/cues-polnear.json,
// which cues.ts merges into the hand-compiled lexicon. Reproducible:
//   npx tsx scripts/derive-cues.ts ../shared/eval/polnear-train.jsonl.gz
// Only the train split may be used (never dev or held-out data); the script refuses other files.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readText } from '../src/1-text/index.js';

const file = process.argv[2] ?? '../shared/eval/polnear-train.jsonl.gz';
if (!/train/.test(file)) throw new Error(`derive-cues: ${file} is not a train split; only train data may shape the lexicon.`);
const docs = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));

const asCue = new Map<string, number>();
const asVerb = new Map<string, number>();
// "focused on", "railed against", "voted for": a verb and the preposition whose object is the content.
const prepAsCue = new Map<string, number>();
const prepAsText = new Map<string, number>();
const PREP = /^(about|on|for|against|to|of|over|with|at|into)$/i;
const next = new Map<string, Map<string, number>>();
for (const d of docs) {
  const layer = readText(d.text);
  const cueTokens = new Set<number>();
  for (const q of d.quotes ?? []) {
    if (q.cue_start == null) continue;
    // The cue's head: the last verb token inside the cue span ("has called for" → call).
    const toks = layer.tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start >= q.cue_start && t.end <= q.cue_end && t.pos === 'VERB');
    const head = toks.find(([t]) => !/^(be|have|do)$/.test(t.lemma)) ?? toks[0];
    if (!head) continue;
    cueTokens.add(head[1]);
    const [t, i] = head;
    const last = layer.tokens.filter((x) => x.start >= q.cue_start && x.end <= q.cue_end).at(-1);
    const prep = layer.tokens[i + 1];
    if (prep && last === prep && PREP.test(prep.text)) {
      const key = `${t.lemma} ${prep.text.toLowerCase()}`;
      prepAsCue.set(key, (prepAsCue.get(key) ?? 0) + 1);
    }
    asCue.set(t.lemma, (asCue.get(t.lemma) ?? 0) + 1);
    // What follows the cue tells how it takes its content.
    const after = layer.tokens[i + 1];
    const kind = !after ? 'end' : /^(that|:)$/i.test(after.text) || /^[“"']/.test(after.text) ? 'clause' : after.text.toLowerCase() === 'to' ? 'to' : /^(DET|PROPN|NOUN|PRON|ADJ|NUM)$/.test(after.pos) ? 'object' : 'other';
    const m = next.get(t.lemma) ?? new Map<string, number>();
    m.set(kind, (m.get(kind) ?? 0) + 1);
    next.set(t.lemma, m);
  }
  layer.tokens.forEach((t, i) => {
    if (t.pos !== 'VERB') return;
    asVerb.set(t.lemma, (asVerb.get(t.lemma) ?? 0) + 1);
    const n = layer.tokens[i + 1];
    if (n && PREP.test(n.text)) {
      const key = `${t.lemma} ${n.text.toLowerCase()}`;
      prepAsText.set(key, (prepAsText.get(key) ?? 0) + 1);
    }
  });
}

// A cue in at least this share of a lemma's uses as a verb. Measured on train (5-fold CV of the
// confidence model, which learns a weight per lemma): 0.33 → CV F1 0.720, 0.15 → 0.729, 0.08 → 0.730
// with lower attribution F1; below a sixth the lexicon mostly adds narration verbs.
const MIN_SHARE = 0.15;
const speech: string[] = [];
const object: string[] = [];
const infinitive: string[] = [];
const rows: { lemma: string; cue: number; verb: number; ratio: number }[] = [];
for (const [lemma, cue] of asCue) {
  const verb = asVerb.get(lemma) ?? cue;
  const ratio = cue / Math.max(verb, cue);
  // Frequent enough to trust, and a cue in at least a third of its uses as a verb.
  if (cue < 3 || ratio < MIN_SHARE || !/^[a-z-]+$/.test(lemma) || /^(be|have|do|get|make|take|go|come|give|put)$/.test(lemma)) continue;
  rows.push({ lemma, cue, verb, ratio: Math.round(ratio * 100) / 100 });
  const kinds = [...(next.get(lemma) ?? new Map()).entries()].sort((a, b) => b[1] - a[1]);
  const top = kinds[0]?.[0];
  if (top === 'object') object.push(lemma);
  else if (top === 'to') infinitive.push(lemma);
  else speech.push(lemma);
}
rows.sort((a, b) => b.cue - a.cue);
const prepositional: string[] = [];
// ("according to" is a cue of its own; "said of Lee" takes a quotation as its content, not Lee.)
for (const [key, cue] of prepAsCue) {
  const seen = prepAsText.get(key) ?? cue;
  if (cue >= 3 && cue / Math.max(seen, cue) >= MIN_SHARE && /^[a-z-]+ [a-z]+$/.test(key) && !/^(be|have|do|get|go|come|accord|say) /.test(key)) prepositional.push(key);
}
const out = {
  about: `Reporting cues derived by scripts/derive-cues.ts from the PolNeAR 1.0 train split (${docs.length} articles): verb lemmas heading an annotated cue at least 3 times and in at least ${MIN_SHARE * 100}% of their uses as verbs, grouped by what most often follows them (a clause or quotation, an object, a to-infinitive); and verb + preposition pairs ("focus on", "vote for") that close an annotated cue at least 3 times and in ${MIN_SHARE * 100}% of their uses, the preposition's object being the content. Counts only; no text is kept.`,
  speech: speech.sort(),
  object: object.sort(),
  infinitive: infinitive.sort(),
  prepositional: prepositional.sort(),
  counts: rows,
};
writeFileSync(new URL('../data/lexicon/cues-polnear.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`${rows.length} cues: ${speech.length} speech, ${object.length} object, ${infinitive.length} infinitive; ${prepositional.length} with a preposition`);
