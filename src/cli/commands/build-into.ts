// `newsgraph build --into <dir>`: the incremental corpus (src/corpus/folder.ts). Builds only the
// inputs that are new or changed (by content hash), stages removals (--remove ID), and commits a new
// generation whose merged outputs equal a from-scratch `build --merge` of the same articles.

import { resolve } from 'node:path';
import { readSource, type RawSource } from '../../corpus/article.js';
import { CorpusFolder, CorpusFolderError, type CommitResult } from '../../corpus/folder.js';
import { unpackField } from '../../corpus/merge.js';
import { articleHash, readPart } from '../../corpus/parts.js';
import { VERSION } from '../../version.js';
import { CliError, type Io } from '../io.js';
import { Progress } from '../progress.js';
import { createRunner } from '../workers.js';
import { foldInThread } from '../commit-thread.js';
import { drive, formatCorpusSummary, progressTotal, type BuildRun } from '../build-run.js';

/** What `build --into` was asked besides the inputs. */
export interface IntoOptions {
  dir: string;
  remove: string[];
  replace: boolean;
  /** --today was given (else the corpus's own date is used). */
  today: boolean;
}

/** Opens the folder, turning its typed errors into CLI errors. */
export function openFolder(options: Parameters<typeof CorpusFolder.open>[0], command: string): CorpusFolder {
  try {
    return CorpusFolder.open(options);
  } catch (e) {
    if (e instanceof CorpusFolderError) throw new CliError(`newsgraph ${command}: ${e.message}`, 2);
    throw e;
  }
}

export async function buildInto(run: BuildRun, into: IntoOptions, io: Io): Promise<number> {
  if (/^https?:\/\//i.test(into.dir)) return buildIntoStore(run, into, io);
  const started = performance.now();
  const folder = openFolder({ dir: resolve(io.cwd, into.dir), version: VERSION, replace: into.replace, ...(run.merge ? { name: run.merge } : {}), ...(into.today ? { today: run.today } : {}) }, 'build');
  const current = folder.manifest?.articles ?? {};
  let failed = 0;
  for (const id of into.remove) {
    if (!current[id] && !into.replace) io.err(`newsgraph build: warning: --remove ${id}: the corpus holds no article with that id.\n`);
    folder.stageRemoval(id);
  }
  let unchanged = 0;
  if (run.items.length) {
    const showProgress = io.isTTY && !run.quiet;
    const progress = new Progress({ write: io.err, enabled: showProgress, total: showProgress ? await progressTotal(run) : null });
    const runner = createRunner(run.jobs);
    // Articles of this run by id: a second one with the same id is kept or dropped by the rule of
    // `build --merge` (the smaller N-Quads, then the smaller source name), whatever the order.
    const batch = new Map<string, { part: string; source: string }>();
    const skip = (src: RawSource): boolean => {
      try {
        const a = readSource(src);
        const same = folder.has(a.id, articleHash(a));
        if (same) unchanged++;
        return same;
      } catch {
        return false; // the build reports why it cannot be read
      }
    };
    try {
      await drive({ ...run, today: folder.today }, io, runner, 'merge', (r) => {
        if (!r.ok) {
          failed++;
          progress.log(`newsgraph build: ${r.name}: ${r.reason}`);
        } else if (r.mode === 'merge') {
          const old = batch.get(r.chunks.id);
          if (old && !keepsNew(folder, old, r.chunks.source, unpackField(r.chunks.packed, r.chunks.lengths, 'nquads'))) {
            progress.log(`newsgraph build: warning: article id "${r.chunks.id}" is in both ${old.source} and ${r.chunks.source}; kept ${old.source}. Give each article its own id.`);
          } else {
            if (old) progress.log(`newsgraph build: warning: article id "${r.chunks.id}" is in both ${old.source} and ${r.chunks.source}; kept ${r.chunks.source}. Give each article its own id.`);
            batch.set(r.chunks.id, { part: folder.stageArticle(r.chunks, r.hash), source: r.chunks.source });
          }
        }
        progress.tick(!r.ok);
      }, (w) => {
        if (!run.quiet) progress.log(`newsgraph build: warning: ${w}`);
      }, skip);
      progress.end();
    } finally {
      await runner.close();
    }
  }
  let result: CommitResult;
  try {
    result = await folder.commit({ fold: foldInThread((w) => io.err(`newsgraph build: warning: ${w}\n`)) });
  } catch (e) {
    if (e instanceof CorpusFolderError) throw new CliError(`newsgraph build: ${e.message}`);
    throw e;
  }
  if (!run.quiet) io.out(formatCommit(folder, result, failed, unchanged, (performance.now() - started) / 1000, run.jobs, io.cwd));
  return failed ? 1 : 0;
}

function keepsNew(folder: CorpusFolder, old: { part: string; source: string }, source: string, nquads: string): boolean {
  const prev = readPart(`${folder.dir}/parts/${old.part}`).chunks;
  const oldText = unpackField(prev.packed, prev.lengths, 'nquads');
  return nquads < oldText || (nquads === oldText && source < old.source);
}

/** The summary of a commit: what changed, then the corpus line of `build --merge`. */
export function formatCommit(folder: CorpusFolder, r: CommitResult, failed: number, skipped: number, seconds: number, jobs: number, cwd: string): string {
  const change = `${folder.dir === cwd ? '.' : folder.dir}: generation ${r.generation}: ${r.added} added, ${r.changed} changed, ${r.removed} removed, ${r.unchanged} kept` +
    `${skipped ? ` (${skipped} inputs unchanged, not rebuilt)` : ''}${failed ? `, ${failed} failed` : ''}\n`;
  if (!r.summary) return `${change}  nothing to regenerate${r.added + r.changed + r.removed + r.unchanged ? '' : ' (the corpus is empty)'}\n`;
  const rel = (p: string): string => (p.startsWith(`${cwd}/`) ? p.slice(cwd.length + 1) : p);
  return `${change}${formatCorpusSummary(folder.name, r.summary, failed, seconds, jobs)}  -> ${r.outputs.map(rel).join(', ')}\n`;
}

// --into http://…: each article PUT as its own named graph, removals DELETEd, then the corpus graph
// (the union the store's queries use) refreshed once. No skipping by hash: the store keeps no manifest.
async function buildIntoStore(run: BuildRun, into: IntoOptions, io: Io): Promise<number> {
  if (into.replace) throw new CliError('newsgraph build: --replace works on a corpus folder; for a store, --remove the articles or clear its graphs.', 2);
  const { GraphStoreWriter, StoreError } = await import('../../store/index.js');
  const started = performance.now();
  const store = new GraphStoreWriter({ graphStore: into.dir, password: process.env.NEWSGRAPH_STORE_PASSWORD ?? null });
  let failed = 0;
  let written = 0;
  let removed = 0;
  const writes: Promise<void>[] = [];
  let writeError: unknown = null;
  try {
    for (const id of into.remove) if (await store.removeArticle(id)) removed++;
    else io.err(`newsgraph build: warning: --remove ${id}: the store holds no graph for that article.\n`);
    if (run.items.length) {
      const runner = createRunner(run.jobs);
      try {
        await drive(run, io, runner, 'merge', (r) => {
          if (!r.ok) {
            failed++;
            io.err(`newsgraph build: ${r.name}: ${r.reason}\n`);
            return;
          }
          if (r.mode !== 'merge') return;
          const nquads = unpackField(r.chunks.packed, r.chunks.lengths, 'nquads');
          // Caught here (and rethrown below) so a failed PUT is not an unhandled rejection meanwhile.
          writes.push(store.putArticle({ iri: r.chunks.iri, nquads }).then(() => void written++, (e: unknown) => void (writeError ??= e)));
        }, (w) => {
          if (!run.quiet) io.err(`newsgraph build: warning: ${w}\n`);
        });
      } finally {
        await runner.close();
      }
    }
    await Promise.all(writes);
    if (writeError) throw writeError;
    await store.refreshCorpusGraph();
  } catch (e) {
    if (e instanceof StoreError) throw new CliError(`newsgraph build: ${e.message}`);
    throw e;
  }
  const seconds = (performance.now() - started) / 1000;
  if (!run.quiet) io.out(`${store.url}: ${written} article graphs written, ${removed} removed${failed ? `, ${failed} failed` : ''}; corpus graph refreshed; ${seconds.toFixed(1)} s\n`);
  return failed ? 1 : 0;
}
