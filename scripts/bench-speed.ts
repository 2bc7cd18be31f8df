// Speed part of `npm run bench` (scripts/bench.ts): words per second of three paths over the same
// articles, on one thread, in this process, in alternating rounds so that the machine's load falls
// on all of them alike: wink-nlp's own tokens + POS (the stack's limit, wink's own model), stages 1–3
// (analyze), and the full per-article path a build worker runs (raw JSON line in → merge chunks out,
// structured-cloned as postMessage does). Each figure per wall second and per CPU second, with the
// load average at the time.

import { loadavg } from 'node:os';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { runArticleTask } from '../src/cli/article-task.js';
import { analyze } from '../src/pipeline.js';

export type Doc = { id: string; text: string; published: string | null; line: string };

/** One measured pass of one path over the articles. */
export interface Pass {
  wordsPerSec: number;
  wordsPerCpuSec: number;
  /** 1-minute load average, mean of before and after. */
  load: number;
  failures: number;
}

export type PathName = 'winkTokensPos' | 'stages1to3' | 'fullPath';

const TODAY = '2024-01-01';

function winkPath(): (d: Doc) => boolean {
  const nlp = winkNLP(winkModel, ['sbd', 'pos']);
  return (d) => {
    const tokens = nlp.readDoc(d.text).tokens();
    return tokens.out(nlp.its.pos).length >= 0;
  };
}

function stagesPath(d: Doc): boolean {
  analyze({ id: d.id, text: d.text, published: d.published }, { today: TODAY });
  return true;
}

function fullPath(d: Doc, seq: number): boolean {
  const r = runArticleTask({ seq, mode: 'merge', src: { name: d.id, format: 'jsonl', raw: d.line, source: 'bench.jsonl', line: seq + 1 }, today: TODAY });
  structuredClone(r); // what postMessage does with a worker's result
  return r.ok;
}

function measure(docs: readonly Doc[], words: number, run: (d: Doc, seq: number) => boolean): Pass {
  const load0 = loadavg()[0]!;
  let failures = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  docs.forEach((d, i) => {
    try {
      if (!run(d, i)) failures++;
    } catch {
      failures++; // counted; a pipeline bug must not stop the measurement
    }
  });
  const cpu = process.cpuUsage(cpu0);
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { wordsPerSec: Math.round(words / seconds), wordsPerCpuSec: Math.round(words / cpuSeconds), load: Math.round(((load0 + loadavg()[0]!) / 2) * 100) / 100, failures };
}

/**
 * Runs `rounds` rounds; each round measures every path once, the order rotating from round to round.
 * A warm-up (20 articles through each path: JIT, model loading) comes first.
 * @returns every pass of every path, in round order
 */
export function measureSpeed(docs: readonly Doc[], words: number, rounds: number, log: (m: string) => void): Record<PathName, Pass[]> {
  const paths: Record<PathName, (d: Doc, seq: number) => boolean> = { winkTokensPos: winkPath(), stages1to3: stagesPath, fullPath };
  const names = Object.keys(paths) as PathName[];
  for (const name of names) docs.slice(0, 20).forEach((d, i) => paths[name](d, i));
  const passes: Record<PathName, Pass[]> = { winkTokensPos: [], stages1to3: [], fullPath: [] };
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length]!;
      const p = measure(docs, words, paths[name]);
      passes[name].push(p);
      log(`round ${r + 1} ${name}: ${p.wordsPerCpuSec} words/CPU-s, ${p.wordsPerSec} words/s wall (load ${p.load})`);
    }
  }
  return passes;
}

/** The median pass by words per CPU second. */
export function median(passes: readonly Pass[]): Pass {
  const sorted = [...passes].sort((a, b) => a.wordsPerCpuSec - b.wordsPerCpuSec);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
