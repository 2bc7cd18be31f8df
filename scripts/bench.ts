// `npm run bench`: speed and memory of newsgraph on a real corpus, with the load average beside
// every figure (the machine may be shared; per-CPU-second figures follow it less than wall ones).
//  1. Speed on one thread, in this process (bench-speed.ts): the full per-article path a build worker
//     runs (text in → quads serialised into merge chunks) — `annotateWordsPerSec` — stages 1–3 alone,
//     and wink-nlp's own tokens + POS on the same articles in the same rounds, for the ratio.
//  2. The corpus build through the CLI (bin/newsgraph.js's launch, a child process) with all threads and
//     with one; then `newsgraph annotate` over the same articles with all threads and with one.
//  3. Peak RSS of one-thread builds of the corpus repeated 1×, 4×, 16× with new ids (--rss-articles N
//     repeats only the first N articles, so 16× of a large corpus fits a short run).
// Corpus: ../shared/eval/polnear-train.jsonl.gz when present, else the bundled MEANTIME sample.
// Usage: npm run bench [-- --json] [--corpus <file.jsonl[.gz]>] [--rounds 3] [--articles N]
//        [--jobs N] [--repeat N] [--no-build] [--no-annotate] [--no-rss] [--rss-scales 1,4,16] [--rss-articles N]

import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import type { Doc } from './bench-speed.js';
import { tuneV8ForNlp } from '../src/cli/launch.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_CORPUS = resolve(ROOT, '../shared/eval/polnear-train.jsonl.gz');
const BUNDLED_CORPUS = join(ROOT, 'examples/corpus/meantime-sample.jsonl.gz');
const TODAY = '2024-01-01';

/** Targets of issues 7 and 24, and annotate's of issues 18 and 19. */
const TARGETS = { annotateCpuWordsPerSec: 100_000, winkRatio: 0.3, buildSeconds: 15, speedup: 1.7, peakRssMB: 1024, annotateCliWordsPerSec: 100_000 };

const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    corpus: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    articles: { type: 'string' },
    jobs: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    'no-build': { type: 'boolean' },
    'no-annotate': { type: 'boolean' },
    'no-rss': { type: 'boolean' },
    'rss-scales': { type: 'string', default: '1,4,16' },
    'rss-articles': { type: 'string' },
  },
});
const log = (msg: string): void => void process.stderr.write(`bench: ${msg}\n`);
const load = (): number => round(loadavg()[0]!, 2);

async function main(): Promise<void> {
  const corpus = values.corpus ? resolve(values.corpus) : existsSync(SHARED_CORPUS) ? SHARED_CORPUS : BUNDLED_CORPUS;
  const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
  ensureDist();
  const all = await readCorpus(corpus);
  const docs = values.articles ? all.slice(0, Number(values.articles)) : all;
  const words = countWords(docs);
  log(`${docs.length} articles, ${words} words from ${corpus}; ${jobs} threads on ${availableParallelism()} cores, load average ${load()}`);

  // 1. Speed, one thread, alternating rounds, with the V8 flags the CLI's NLP commands run with (set
  // before the stages' modules load, as the CLI does).
  tuneV8ForNlp();
  const { measureSpeed, median } = await import('./bench-speed.js');
  const passes = measureSpeed(docs, words, Math.max(1, Number(values.rounds) || 1), log);
  const full = median(passes.fullPath);
  const stages = median(passes.stages1to3);
  const wink = median(passes.winkTokensPos);

  const work = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    // 2. Full builds through the CLI: all threads, then one, fastest of --repeat each.
    type Build = Awaited<ReturnType<typeof runBuild>>;
    let allThreads: Build | null = null;
    let oneThread: Build | null = null;
    if (!values['no-build']) {
      const fastest = (a: Build | null, b: Build): Build => (a && a.seconds <= b.seconds ? a : b);
      for (let k = 0; k < Math.max(1, Math.floor(Number(values.repeat)) || 1); k++) {
        const a = await runBuild(corpus, work, jobs);
        log(`build: ${a.seconds.toFixed(2)} s with ${jobs} threads (${a.failed} failed; ${a.cpuSeconds.toFixed(2)} s CPU; load ${a.load})`);
        allThreads = fastest(allThreads, a);
        if (jobs > 1) {
          const o = await runBuild(corpus, work, 1);
          log(`build: ${o.seconds.toFixed(2)} s with 1 thread (${o.cpuSeconds.toFixed(2)} s CPU; load ${o.load})`);
          oneThread = fastest(oneThread, o);
        }
      }
      oneThread ??= allThreads;
    }

    // 2b. `newsgraph annotate` (the evaluation contract's command) with all threads, then one.
    const annotateCli: Array<Awaited<ReturnType<typeof runAnnotate>>> = [];
    if (!values['no-annotate']) {
      for (const j of jobs > 1 ? [jobs, 1] : [1]) {
        const a = await runAnnotate(docs, words, work, j);
        log(`annotate: ${a.seconds} s with ${j} thread(s), ${a.wordsPerSec} words/s wall, ${a.wordsPerCpuSec} words/CPU-s (${a.cpuSeconds} s CPU; load ${a.load})`);
        annotateCli.push(a);
      }
    }

    // 3. Peak RSS of one-thread builds at each scale.
    const rss: Array<{ scale: number; articles: number; peakRssMB: number; seconds: number; load: number }> = [];
    if (!values['no-rss']) {
      const base = values['rss-articles'] ? all.slice(0, Number(values['rss-articles'])) : all;
      for (const scale of values['rss-scales']!.split(',').map(Number).filter((x) => x > 0)) {
        const big = join(work, `corpus-x${scale}.jsonl`);
        await writeRepeated(base, big, scale);
        const r = await runBuild(big, work, 1);
        rmSync(big, { force: true });
        rss.push({ scale, articles: r.articles, peakRssMB: Math.round(r.peakRssMB), seconds: round(r.seconds, 1), load: r.load });
        log(`build ${scale}x (${r.articles} articles, one thread): ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMB.toFixed(0)} MB (load ${r.load})`);
      }
    }

    const result = {
      corpus: corpus.startsWith(ROOT) ? corpus.slice(ROOT.length + 1) : corpus,
      articles: docs.length,
      words,
      rounds: passes.fullPath.length,
      // The full per-article path (median round by CPU): text in → merge chunks serialised.
      annotateWordsPerSec: full.wordsPerSec,
      annotateCpuWordsPerSec: full.wordsPerCpuSec,
      annotateLoad: full.load,
      annotateFailures: full.failures,
      // Stages 1–3 only (what this figure measured before issue 24), and wink's tokens + POS.
      stagesWordsPerSec: stages.wordsPerSec,
      stagesCpuWordsPerSec: stages.wordsPerCpuSec,
      stagesLoad: stages.load,
      winkWordsPerSec: wink.wordsPerSec,
      winkCpuWordsPerSec: wink.wordsPerCpuSec,
      winkLoad: wink.load,
      winkRatio: round(full.wordsPerCpuSec / wink.wordsPerCpuSec, 3),
      passes,
      jobs,
      build: allThreads && oneThread ? {
        seconds: round(allThreads.seconds, 2),
        secondsOneThread: round(oneThread.seconds, 2),
        speedup: round(oneThread.seconds / allThreads.seconds, 2),
        cpuSeconds: round(allThreads.cpuSeconds, 2),
        cpuSecondsOneThread: round(oneThread.cpuSeconds, 2),
        // cpu1 / (cpuN / jobs): the speedup the build would reach with `jobs` idle cores.
        speedupIfIdle: round(oneThread.cpuSeconds / (allThreads.cpuSeconds / jobs), 2),
        failedArticles: allThreads.failed,
        load: allThreads.load,
        loadOneThread: oneThread.load,
      } : null,
      // `newsgraph annotate` as a child process: all threads first, then one.
      annotateCli,
      peakRss: rss,
      cores: availableParallelism(),
      loadAverage1m: load(),
      node: process.version,
      targets: TARGETS,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else printTable(result);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function countWords(docs: readonly Doc[]): number {
  return docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// dist/ is what the CLI runs; rebuild it when a source file is newer (a type error elsewhere in the
// tree does not stop tsc from emitting, so an existing dist/ is used with a warning).
function ensureDist(): void {
  const entry = join(ROOT, 'dist/cli/main.js');
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  if (built && newestSource(join(ROOT, 'src')) <= built) return;
  log('dist/ is older than src/: running tsc -p tsconfig.build.json and the CLI bundle (as npm run build)');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) log('tsc reported errors; using what it emitted');
  if (!existsSync(entry)) throw new Error('bench: dist/cli/main.js is missing after tsc; run "npm run build" and look at its errors.');
  // The CLI runs from dist/bundle only while it matches dist/ (src/cli/launch.ts): rebuild it too.
  const b = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bundle-cli.ts')], { cwd: ROOT, stdio: 'ignore' });
  if (b.status !== 0) log('the CLI bundle failed to build; the CLI runs from dist/cli (slower start)');
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

async function readCorpus(path: string): Promise<Doc[]> {
  const docs: Doc[] = [];
  let input: NodeJS.ReadableStream = createReadStream(path);
  if (path.endsWith('.gz')) input = input.pipe(createGunzip());
  let carry = '';
  const take = (line: string): void => {
    if (!line.trim()) return;
    const r = JSON.parse(line) as { id: string; text: string; published?: string | null };
    docs.push({ id: r.id, text: r.text, published: r.published && /^\d{4}-\d{2}-\d{2}$/.test(r.published) ? r.published : null, line });
  };
  for await (const chunk of input) {
    carry += chunk.toString();
    const lines = carry.split('\n');
    carry = lines.pop()!;
    lines.forEach(take);
  }
  take(carry);
  return docs;
}

async function writeRepeated(docs: Doc[], path: string, times: number): Promise<void> {
  const out = createWriteStream(path);
  for (let k = 0; k < times; k++) {
    for (const d of docs) {
      const line = `${JSON.stringify({ id: `${d.id}~${k}`, text: d.text, published: d.published })}\n`;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
}

let builds = 0;

// The CLI's build in a child process; it prints its own peak RSS (worker threads included) at exit.
/** One CLI run as users run it (bin/newsgraph.js's launch: the bundle and its V8 flags), in a child process. */
type CliRun = { seconds: number; cpuSeconds: number; peakRssMB: number; status: number | null; out: string; err: string; load: number };

function runCli(work: string, args: string[], io: { stdinFile?: string; keepOutput: boolean }): Promise<CliRun> {
  const launchUrl = pathToFileURL(join(ROOT, 'dist/cli/launch.js')).href;
  const wrapper = join(work, 'run-cli.mjs');
  const code = [
    `const { launch } = await import(${JSON.stringify(launchUrl)});`,
    'const code = await launch(process.argv.slice(2));',
    "const cpu = process.cpuUsage();",
    "process.stderr.write('\\nBENCH_RSS_KB ' + process.resourceUsage().maxRSS + '\\nBENCH_CPU_US ' + (cpu.user + cpu.system) + '\\n');",
    'process.exitCode = code;',
  ].join('\n');
  writeFileSync(wrapper, code);
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const load0 = loadavg()[0]!;
    const child = spawn(process.execPath, [wrapper, ...args], { cwd: ROOT, stdio: [io.stdinFile ? 'pipe' : 'ignore', io.keepOutput ? 'pipe' : 'ignore', 'pipe'] });
    if (io.stdinFile) createReadStream(io.stdinFile).pipe(child.stdin!);
    let out = '';
    let err = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const rss = /BENCH_RSS_KB (\d+)/.exec(err);
      const cpu = /BENCH_CPU_US (\d+)/.exec(err);
      resolvePromise({ seconds: (performance.now() - t0) / 1000, cpuSeconds: Number(cpu?.[1] ?? 0) / 1e6, peakRssMB: Number(rss?.[1] ?? 0) / 1024, status, out, err, load: round((load0 + loadavg()[0]!) / 2, 2) });
    });
  });
}

async function runBuild(corpus: string, work: string, jobs: number): Promise<{ seconds: number; cpuSeconds: number; peakRssMB: number; failed: number; articles: number; load: number }> {
  // A fresh output folder each time: a merged corpus refuses to be overwritten by different articles.
  const outDir = join(work, `out-${++builds}`);
  const r = await runCli(work, ['build', corpus, '-m', 'bench', '-o', outDir, '-j', String(jobs), '--today', TODAY], { keepOutput: true });
  rmSync(outDir, { recursive: true, force: true });
  const summary = /bench: (\d+) articles(?: \((\d+) failed\))?/.exec(r.out);
  if (!/BENCH_RSS_KB/.test(r.err) || !summary || (r.status !== 0 && r.status !== 1)) throw new Error(`bench: the build with --jobs ${jobs} failed (exit ${r.status}):\n${r.err.slice(-2000)}`);
  return { seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakRssMB: r.peakRssMB, failed: Number(summary[2] ?? 0), articles: Number(summary[1]), load: r.load };
}

/** `newsgraph annotate` over the articles (the evaluation contract's command) with `jobs` threads: wall and CPU. */
async function runAnnotate(docs: readonly Doc[], words: number, work: string, jobs: number): Promise<{ jobs: number; seconds: number; cpuSeconds: number; wordsPerSec: number; wordsPerCpuSec: number; load: number }> {
  const input = join(work, 'annotate-in.jsonl');
  writeFileSync(input, docs.map((d) => `${JSON.stringify({ id: d.id, text: d.text, published: d.published })}\n`).join(''));
  // (Its output, the JSON of the whole corpus, is not kept.)
  const r = await runCli(work, ['annotate', '--today', TODAY, '--jobs', String(jobs)], { stdinFile: input, keepOutput: false });
  if (r.status !== 0 || !/BENCH_CPU_US/.test(r.err)) throw new Error(`bench: annotate with --jobs ${jobs} failed (exit ${r.status}):\n${r.err.slice(-2000)}`);
  return { jobs, seconds: round(r.seconds, 2), cpuSeconds: round(r.cpuSeconds, 2), wordsPerSec: Math.round(words / r.seconds), wordsPerCpuSec: Math.round(words / r.cpuSeconds), load: r.load };
}

type Result = Record<string, unknown> & {
  build: { seconds: number; secondsOneThread: number; speedup: number; speedupIfIdle: number; cpuSeconds: number; cpuSecondsOneThread: number; failedArticles: number; load: number; loadOneThread: number } | null;
  peakRss: Array<{ scale: number; articles: number; peakRssMB: number; seconds: number; load: number }>;
  annotateCli: Array<{ jobs: number; seconds: number; cpuSeconds: number; wordsPerSec: number; wordsPerCpuSec: number; load: number }>;
};

function printTable(r: Result): void {
  const b = r.build;
  const rows: Array<[string, string, string]> = [
    ['corpus', `${r.corpus} (${r.articles} articles, ${r.words} words; median of ${r.rounds} alternating rounds)`, ''],
    ['full per-article path', `${r.annotateCpuWordsPerSec} words/CPU-s, ${r.annotateWordsPerSec} words/s wall (load ${r.annotateLoad})`, check(Number(r.annotateCpuWordsPerSec) >= TARGETS.annotateCpuWordsPerSec, `>= ${TARGETS.annotateCpuWordsPerSec}/CPU-s`)],
    ['stages 1-3 only', `${r.stagesCpuWordsPerSec} words/CPU-s, ${r.stagesWordsPerSec} words/s wall (load ${r.stagesLoad})`, ''],
    ['wink tokens+POS', `${r.winkCpuWordsPerSec} words/CPU-s, ${r.winkWordsPerSec} words/s wall (load ${r.winkLoad})`, ''],
    ['ratio to wink', `${r.winkRatio}x (per CPU-s, same run)`, check(Number(r.winkRatio) >= TARGETS.winkRatio, `>= ${TARGETS.winkRatio}x`)],
  ];
  if (b) {
    rows.push(
      [`build, ${r.jobs} threads`, `${b.seconds} s (${b.cpuSeconds} s CPU; load ${b.load})`, check(b.seconds <= TARGETS.buildSeconds, `<= ${TARGETS.buildSeconds} s`)],
      ['build, 1 thread', `${b.secondsOneThread} s (${b.cpuSecondsOneThread} s CPU; load ${b.loadOneThread})`, ''],
      ['speedup', `${b.speedup}x (${b.speedupIfIdle}x from CPU time)`, check(b.speedup >= TARGETS.speedup, `>= ${TARGETS.speedup}`)],
      ['failed articles', String(b.failedArticles), ''],
    );
  }
  for (const a of r.annotateCli) rows.push([`annotate CLI, ${a.jobs} thread${a.jobs > 1 ? 's' : ''}`, `${a.wordsPerSec} words/s wall, ${a.wordsPerCpuSec} words/CPU-s (${a.seconds} s; load ${a.load})`, a.jobs === r.annotateCli[0]!.jobs ? check(a.wordsPerSec >= TARGETS.annotateCliWordsPerSec, `>= ${TARGETS.annotateCliWordsPerSec}/s`) : '']);
  for (const x of r.peakRss) rows.push([`peak RSS ${x.scale}x, 1 thread`, `${x.peakRssMB} MB (${x.articles} articles, ${x.seconds} s; load ${x.load})`, check(x.peakRssMB <= TARGETS.peakRssMB, `<= ${TARGETS.peakRssMB} MB`)]);
  rows.push(['machine', `${r.cores} cores, load average ${r.loadAverage1m} at the end, node ${r.node}`, '']);
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  for (const [a, b2, c] of rows) process.stdout.write(`${a.padEnd(w0)}  ${b2.padEnd(w1)}  ${c}\n`);
}

function check(ok: boolean, target: string): string {
  return `${ok ? 'ok' : 'MISSED'} (target ${target})`;
}

await main();
