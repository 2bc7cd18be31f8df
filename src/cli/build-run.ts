// One `newsgraph build` run's shared machinery: its validated options, its article sources in input
// order (files, directories, JSON Lines streamed a line at a time), feeding them to the worker
// threads with bounded memory, and the corpus summary line. Used by build.ts and build-into.ts.

import { statSync } from 'node:fs';
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
  today: string;
  verbose: boolean;
  quiet: boolean;
  /** Largest article accepted: bytes of a file or of stdin, UTF-16 units of a JSON Lines line. */
  maxBytes: number;
  /** --replace: overwrite a merged graph of other articles. */
  replace?: boolean;
}

export type Failure = { failure: true; name: string; reason: string };

// Every article source of the run, in input order; JSON Lines are read a line at a time. What the
// decoder had to repair (UTF-16, Windows-1252, bad UTF-8 bytes) goes to `warn`, naming file and line.
export async function* sourcesOf(run: BuildRun, io: Io, warn: (message: string) => void): AsyncGenerator<RawSource | Failure> {
  for (const item of run.items) {
    if (item.format === 'jsonl') {
      const stream = item.path === '-' ? io.stdin : openCorpus(item.path);
      try {
        for await (const rec of readRecords(stream, item.display)) {
          if (rec.note) warn(`${item.display}:${rec.line}: ${rec.note}`);
          if (rec.text.length > run.maxBytes) yield { failure: true, name: `${item.display}:${rec.line}`, reason: tooBig(rec.text.length, run.maxBytes, 'record') };
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
      const stdin = item.path === '-' ? await readStreamBytes(io.stdin) : null;
      const size = stdin ? stdin.length : item.path === '-' ? 0 : fileSize(item.path);
      if (size > run.maxBytes) {
        yield { failure: true, name: item.display, reason: tooBig(size, run.maxBytes, 'article') };
        continue;
      }
      const { src, notes } = rawSourceOf(item, stdin, 'build');
      for (const n of notes) warn(`${item.display}: ${n}`);
      yield src;
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      yield { failure: true, name: item.display, reason: reasonOf(e, item.display) };
    }
  }
}

export const MB = 1024 * 1024;

function tooBig(size: number, max: number, what: 'article' | 'record'): string {
  return `the ${what} is ${(size / MB).toFixed(1)} MB, more than --max-size ${+(max / MB).toFixed(2)} MB; split it into articles, or raise --max-size (≈300 MB of memory per MB of text).`;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // unreadable: reading it reports why
  }
}

// The reason of a failed input without the "newsgraph build: <file>:" the message may start with.
function reasonOf(e: unknown, display: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const msg = e instanceof CliError ? e.message : `cannot read: ${code === 'Z_DATA_ERROR' ? 'not gzip data (Z_DATA_ERROR)' : (code ?? (e as Error).message)}`;
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
    const p: Promise<void> = runner.run({ seq: n, mode, src, today: run.today }).then(onResult);
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
    else total += await countRecords(item.path);
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
