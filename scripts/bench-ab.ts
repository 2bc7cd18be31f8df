// `npm run bench:ab -- <checkout A> <checkout B>`: stages 1–3 (`analyze()`), or with `--path full`
// the full per-article path a build worker runs (raw JSON line → merge chunks, structured-cloned as
// postMessage does), of two checkouts on the same articles, words per CPU-second, each measurement a
// fresh process, in ABBA order so that the machine's drift and the order of runs fall on both alike;
// the load average beside each figure. Each checkout must have its dist/ built (`npm run build`).
// The corpus is ../shared/eval/polnear-train.jsonl.gz when present, else the bundled MEANTIME sample.
// With --cli-flags each measurement runs with the V8 flags the CLI's NLP commands set (launch.ts,
// NLP_V8_FLAGS: a higher tier-up budget), as users run annotate and build; without, V8's defaults.
// Usage: npm run bench:ab -- [--path stages|full] [--articles 400] [--warmup 20] [--rounds 3] [--cli-flags] [--json] <dirA> <dirB>

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { NLP_V8_FLAGS } from '../src/cli/launch.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_CORPUS = resolve(ROOT, '../shared/eval/polnear-train.jsonl.gz');
const BUNDLED_CORPUS = join(ROOT, 'examples/corpus/meantime-sample.jsonl.gz');

interface Run { dir: string; words: number; cpuSeconds: number; wallSeconds: number; wordsPerCpuSec: number; load: number }

type Doc = { id: string; text: string; line: string };

/** The measured work of one article: `analyze()`, or the build worker's whole task. */
async function reader(dir: string, path: string): Promise<(d: Doc, seq: number) => unknown> {
  if (path === 'full') {
    type Task = (t: object) => { ok: boolean; reason?: string };
    const { runArticleTask } = (await import(pathToFileURL(join(dir, 'dist/cli/article-task.js')).href)) as { runArticleTask: Task };
    return (d, seq) => {
      const r = runArticleTask({ seq, mode: 'merge', src: { name: d.id, format: 'jsonl', raw: d.line, source: 'bench.jsonl', line: seq + 1 }, today: '2024-01-01' });
      if (!r.ok) throw new Error(`bench-ab: article ${d.id} failed: ${r.reason}`);
      return structuredClone(r);
    };
  }
  const { analyze } = (await import(pathToFileURL(join(dir, 'dist/pipeline.js')).href)) as { analyze: (a: object, o: object) => unknown };
  return (d) => analyze({ id: d.id, text: d.text, published: null }, { today: '2024-01-01' });
}

/** One measurement, in this (child) process: warm-up articles, then the timed ones. */
async function child(dir: string, path: string, articles: number, warmup: number): Promise<void> {
  const read = await reader(dir, path);
  const corpus = existsSync(SHARED_CORPUS) ? SHARED_CORPUS : BUNDLED_CORPUS;
  const docs = gunzipSync(readFileSync(corpus)).toString('utf8').split('\n').filter(Boolean).slice(0, warmup + articles).map((l) => ({ ...(JSON.parse(l) as { id: string; text: string }), line: l }));
  docs.slice(0, warmup).forEach(read);
  const load0 = loadavg()[0]!;
  let words = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const [i, d] of docs.slice(warmup).entries()) {
    read(d, warmup + i);
    words += d.text.split(/\s+/).filter(Boolean).length;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const run: Run = { dir, words, cpuSeconds, wallSeconds: (performance.now() - t0) / 1000, wordsPerCpuSec: Math.round(words / cpuSeconds), load: (load0 + loadavg()[0]!) / 2 };
  process.stdout.write(JSON.stringify(run));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { path: { type: 'string', default: 'stages' }, articles: { type: 'string', default: '400' }, warmup: { type: 'string', default: '20' }, rounds: { type: 'string', default: '3' }, 'cli-flags': { type: 'boolean' }, json: { type: 'boolean' }, child: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || (!values.child && positionals.length !== 2) || !['stages', 'full'].includes(values.path!)) {
    console.log('Usage: npm run bench:ab -- [--path stages|full] [--articles 400] [--warmup 20] [--rounds 3] [--cli-flags] [--json] <checkout A> <checkout B>');
    process.exit(values.help ? 0 : 2);
  }
  const [articles, warmup, rounds] = [values.articles, values.warmup, values.rounds].map(Number) as [number, number, number];
  if (values.child) return void child(positionals[0]!, values.path!, articles, warmup);
  const dirs = positionals.map((p) => resolve(p));
  for (const d of dirs) if (!existsSync(join(d, 'dist/pipeline.js'))) throw new Error(`bench-ab: ${d}/dist/pipeline.js is missing; build it there with: npm run build`);
  const runs: Run[] = [];
  const v8Flags: string[] = values['cli-flags'] ? [...NLP_V8_FLAGS] : [];
  for (let r = 0; r < rounds; r++) {
    for (const d of [dirs[0]!, dirs[1]!, dirs[1]!, dirs[0]!]) {
      const out = spawnSync(process.execPath, [...v8Flags, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', '--path', values.path!, '--articles', String(articles), '--warmup', String(warmup), d], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (out.status !== 0) throw new Error(`bench-ab: the run of ${d} failed: ${out.stderr.slice(-400)}`);
      runs.push(JSON.parse(out.stdout) as Run);
      if (!values.json) console.log(`${d}: ${runs.at(-1)!.wordsPerCpuSec} words/CPU-s (load ${runs.at(-1)!.load.toFixed(1)})`);
    }
  }
  const summary = dirs.map((d) => ({ dir: d, medianWordsPerCpuSec: median(runs.filter((x) => x.dir === d).map((x) => x.wordsPerCpuSec)) }));
  const ratio = summary[1]!.medianWordsPerCpuSec / summary[0]!.medianWordsPerCpuSec;
  if (values.json) console.log(JSON.stringify({ runs, summary, ratioBtoA: ratio }, null, 2));
  else console.log(`medians: A ${summary[0]!.medianWordsPerCpuSec}, B ${summary[1]!.medianWordsPerCpuSec} words/CPU-s; B/A ${ratio.toFixed(3)}`);
}

main();
