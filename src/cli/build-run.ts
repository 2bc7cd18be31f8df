// What every build shares — the per-article build, the merged corpus (`--merge`) and the
// incremental corpus (`--into`): the validated run options, the article sources of a run (files,
// standard input, JSON Lines read a line at a time, with size limits), the loop that feeds them to
// the worker threads, and the corpus summary line.

import { createReadStream, statSync, type Stats } from 'node:fs';
import type { RawSource } from '../corpus/article.js';
import type { MergeSummary } from '../corpus/merge.js';
import { countRecords, openCorpus, rawSourceOf, readRecords, readStreamBytes, type InputItem } from './files.js';
import { CliError, type Io } from './io.js';
import { formatSeconds } from './progress.js';
import type { TaskResult, TaskRunner } from './workers.js';

/** The options of a build run, validated once from the command line. */
export interface BuildRun {
  items: InputItem[];
  outDir: string;
  merge: string | null;
  jobs: number;
  today: string | undefined;
  anyLanguage: boolean;
  verbose: boolean;
  quiet: boolean;
  /** Largest article accepted: bytes of a file or of stdin, UTF-16 units of a JSON Lines line. */
  maxBytes: number;
  /** Per-article JSON: statement nodes carry `explain`. */
  explain: boolean;
  /** Overwrite a merged graph of other articles (--replace). */
  replace: boolean;
  /** Corpus mode: write the plain union of the articles, without corpus identity (--plain-union). */
  plainUnion?: boolean;
}

export type Failure = { failure: true; name: string; reason: string };

// Every article source of the run, in input order; JSON Lines are read a line at a time. What the
// decoder had to repair (UTF-16, Windows-1252, bad UTF-8 bytes) goes to `warn`, naming file and line.
export async function* sourcesOf(run: BuildRun, io: Io, warn: (message: string) => void): AsyncGenerator<RawSource | Failure> {
  for (const item of run.items) {
    if (item.format === 'jsonl') {
      const stream = item.path === '-' ? io.stdin : openCorpus(item.path);
      try {
        for await (const rec of readRecords(stream, item.display, 'build', { maxLineBytes: run.maxBytes })) {
          if (rec.note) warn(`${item.display}:${rec.line}: ${rec.note}`);
          if (rec.problem) yield { failure: true, name: `${item.display}:${rec.line}`, reason: rec.problem };
          else if (rec.text.length > run.maxBytes) yield { failure: true, name: `${item.display}:${rec.line}`, reason: tooBig(rec.text.length, run.maxBytes, 'record') };
          else if (rec.text.trim()) yield { name: '', format: 'jsonl', raw: rec.text, source: item.display, line: rec.line };
        }
      } catch (e) {
        yield { failure: true, name: item.display, reason: reasonOf(e, item.display) };
      } finally {
        if (stream !== io.stdin) stream.destroy();
      }
      continue;
    }
    try {
      // Bytes are counted while reading where the size is not known in advance (stdin, a pipe, a
      // device, a file that says size 0): nothing past --max-size is read.
      const st = item.path === '-' ? null : statOf(item.path);
      const counted = !st || !st.isFile() || st.size === 0;
      const bytes = counted && (st || item.path === '-') ? await readStreamBytes(item.path === '-' ? io.stdin : createReadStream(item.path), run.maxBytes) : undefined;
      const size = bytes === null ? run.maxBytes + 1 : bytes ? bytes.length : (st?.size ?? 0);
      if (size > run.maxBytes) {
        yield { failure: true, name: item.display, reason: bytes === null ? tooBigStream(run.maxBytes) : tooBig(size, run.maxBytes, 'article') };
        continue;
      }
      const { src, notes } = rawSourceOf(item, null, 'build', bytes ?? null);
      for (const n of notes) warn(`${item.display}: ${n}`);
      yield src;
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      yield { failure: true, name: item.display, reason: reasonOf(e, item.display) };
    }
  }
}

export const MB = 1024 * 1024;

export function tooBig(size: number, max: number, what: 'article' | 'record'): string {
  return `the ${what} is ${(size / MB).toFixed(1)} MB, more than --max-size ${+(max / MB).toFixed(2)} MB; split it into articles, or raise --max-size (≈300 MB of memory per MB of text).`;
}

export function tooBigStream(max: number): string {
  return `the article is more than --max-size ${+(max / MB).toFixed(2)} MB (stopped reading there); split it into articles, or raise --max-size (≈300 MB of memory per MB of text).`;
}

export function statOf(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null; // unreadable: reading it reports why
  }
}

export const GZIP_REASONS: Readonly<Record<string, string>> = {
  Z_DATA_ERROR: 'not gzip data (Z_DATA_ERROR)',
  Z_BUF_ERROR: 'the gzip data ends early, the file is truncated (Z_BUF_ERROR); the lines before the cut were read',
};

// The reason of a failed input without the "newsgraph build: <file>:" the message may start with.
export function reasonOf(e: unknown, display: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const msg = e instanceof CliError ? e.message : `cannot read: ${GZIP_REASONS[code ?? ''] ?? (code ?? (e as Error).message)}`;
  return msg.replace(/^newsgraph build: /, '').replace(new RegExp(`^${display.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `), '');
}

// Feeds every source to the runner, at most 4 per thread in flight so memory stays bounded.
export async function drive(
  run: BuildRun,
  io: Io,
  runner: TaskRunner,
  mode: 'merge' | 'single',
  onResult: (r: TaskResult) => void,
  warn: (message: string) => void,
  /** Sources not to build (the incremental corpus skips articles it holds unchanged). */
  skip?: (src: RawSource) => boolean,
): Promise<void> {
  const inflight = new Set<Promise<void>>();
  let seq = 0;
  for await (const src of sourcesOf(run, io, warn)) {
    const n = seq++;
    if ('failure' in src) {
      onResult({ seq: n, ok: false, name: src.name, reason: src.reason });
      continue;
    }
    if (skip?.(src)) continue;
    const p: Promise<void> = runner.run({ seq: n, mode, src, today: run.today, language: mode === 'merge' && !run.anyLanguage ? 'skip' : 'warn', ...(run.explain ? { explain: true } : {}) }).then(onResult);
    inflight.add(p);
    // The rejection, if any, is seen through race/all below; this branch only tidies up.
    p.finally(() => inflight.delete(p)).catch(() => {});
    if (inflight.size >= runner.jobs * 4) await Promise.race(inflight);
  }
  await Promise.all(inflight);
}

export async function progressTotal(run: BuildRun): Promise<number | null> {
  let total = 0;
  for (const item of run.items) {
    if (item.format !== 'jsonl') total++;
    else if (item.path === '-') return null;
    else total += await countRecords(item.path, { maxLineBytes: run.maxBytes });
  }
  return total;
}

/** The final summary line of a corpus build. */
export function formatCorpusSummary(name: string, s: MergeSummary, failed: number, seconds: number, jobs: number): string {
  return (
    `${name}: ${s.articles} articles${failed ? ` (${failed} failed)` : ''}, ${s.statements} statements (${s.nested} nested), ` +
    `${s.events} events, ${s.actors} actors, ${s.triples} triples; quotations: ${s.quotations} found, ${s.attributed} attributed, ` +
    `${s.unattributed} unattributed; ${s.warnings.length} warnings; ${formatSeconds(seconds)} (${seconds.toFixed(1)} s, ` +
    `${(s.articles / Math.max(seconds, 1e-3)).toFixed(1)} articles/s, ${jobs} ${jobs === 1 ? 'thread' : 'threads'})\n`
  );
}
