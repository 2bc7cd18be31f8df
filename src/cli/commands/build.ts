// `newsgraph build`: articles → knowledge graphs. Per article (the default): <name>.ttl (Turtle) and
// <name>.json (graphology export, for the viewer) with a one-line summary each. Corpus mode
// (--merge <name>, or a .jsonl corpus): ONE merged graph <name>.ttl, .nq (a named graph per
// article), .json and .gexf, built on worker threads with a progress bar and a final summary.
// With no inputs it builds the bundled sample article into graphs/.

import { createReadStream, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { SourceFormat } from '../../corpus/article.js';
import { CorpusMerger, fileSinks, type MergeSummary } from '../../corpus/merge.js';
import { normaliseDate } from '../../corpus/values.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { MB, drive, formatCorpusSummary, progressTotal, type BuildRun } from '../build-run.js';
import { FileChunkStore, outputPathIn, expandInputs } from '../files.js';
import { CliError, type Io } from '../io.js';
import { OutputError, OutputUnit, recoverOutputs, showPath, type UnitWriter } from '../output-unit.js';
import { Progress } from '../progress.js';
import { WorkerStartError, createRunner, readJobs } from '../workers.js';

/** The bundled sample article, relative to this module in src/ or dist/. */
export const SAMPLE_ARTICLE = fileURLToPath(new URL('../../../examples/lavrov-blinken-message.txt', import.meta.url));

const STDIN_FORMATS: readonly SourceFormat[] = ['text', 'markdown', 'html', 'jsonl'];

// Measured with `newsgraph build -j 1` on generated news (test/robustness/_hostile.ts writeBigArticle):
// 0.25 MB took 3.3 s and 377 MB RSS, 1 MB 7.2 s and 608 MB. A 50 MB article would need ≈15 GB,
// so it is refused with a message instead of crashing the run. Real articles are under 0.1 MB.
const DEFAULT_MAX_MB = 5;

const spec: CommandSpec = {
  name: 'build',
  usage: 'newsgraph build [<file|dir|->…] [-o <dir>] [-m <name>] [-j <n>]',
  summary: 'Builds the knowledge graph of each article (<name>.ttl + <name>.json), or of a whole corpus merged into one graph.',
  details: [
    'Inputs: .txt, .md and .html files, directories of them (walked recursively), JSON Lines corpora',
    '(.jsonl or .jsonl.gz, one {"id","text","published","url","title"} a line) and "-" for standard input.',
    'Text and Markdown take metadata from front matter (---, title:, date:, url:, author:, ---) or from',
    'header lines at the top ("Title: …", "Date: …", "URL: …", "By …"); HTML from its meta tags, and its',
    'main article text is kept without scripts, navigation or boilerplate.',
    '',
    'Per article (default): <out>/<name>.ttl and <out>/<name>.json, one summary line each.',
    'Corpus mode (--merge <name>, implied by a single .jsonl input): one merged graph',
    '  <out>/<name>.ttl   Turtle, every triple once',
    '  <out>/<name>.nq    N-Quads, each article in its own named graph (its article IRI)',
    '  <out>/<name>.json  graphology JSON for the viewer',
    '  <out>/<name>.gexf  the actor network for Gephi (who spoke about whom, affiliations)',
    'Output is byte-identical whatever --jobs and the order of the inputs. Articles that fail are',
    'reported with their name and reason and the run goes on (exit code 1 at the end).',
    'A progress bar is drawn when the output is a terminal. With no input, the sample article is built.',
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o', value: 'dir', description: 'Output directory', default: 'graphs' },
    merge: { type: 'string', short: 'm', value: 'name', description: 'Merge all inputs into one graph <name>.{ttl,nq,json,gexf}' },
    jobs: { type: 'string', short: 'j', value: 'n', description: 'Worker threads (default: all cores)' },
    stdin: { type: 'string', value: 'format', description: 'Format of "-": text, markdown, html or jsonl', default: 'text' },
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Reference date for inferring article dates (default: the current date)' },
    verbose: { type: 'boolean', description: 'Corpus mode: print every pipeline warning, not just their number' },
    'max-size': { type: 'string', value: 'MB', description: 'Refuse articles larger than this (stages 1–3 need ≈300 MB of memory per MB of text)', default: String(DEFAULT_MAX_MB) },
    quiet: { type: 'boolean', short: 'q', description: 'Print nothing but errors' },
    explain: { type: 'boolean', description: 'Per article: statement nodes of <name>.json carry "explain" (rule, cue, confidence, model features), as annotate --explain' },
    'any-language': { type: 'boolean', description: 'Corpus mode: also build articles that do not look English (skipped by default; one article is built with a warning)' },
    into: { type: 'string', value: 'dir', description: 'Incremental corpus folder: add or update the inputs, regenerate <dir>/current/<name>.*' },
    remove: { type: 'string', multiple: true, value: 'id', description: 'With --into: take the article with this id out (repeatable)' },
    replace: { type: 'boolean', description: 'Overwrite a merged graph of other articles; with --into: the corpus becomes exactly the inputs' },
    'plain-union': { type: 'boolean', description: 'Corpus mode: merge without corpus identity (one node per actor across articles, docs/entities.md): the plain union of the article graphs' },
  },
};



export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  if (typeof values.into !== 'string' && values.remove !== undefined) {
    throw new CliError('newsgraph build: --remove works on an incremental corpus; give it with --into <dir>.', 2);
  }
  const run = resolveRun(values, positionals, io);
  try {
    if (typeof values.into === 'string') {
      const { buildInto } = await import('./build-into.js');
      return await buildInto(run, { dir: values.into, remove: (values.remove as string[] | undefined) ?? [], replace: !!values.replace, today: typeof values.today === 'string' }, io);
    }
    return await (run.merge ? buildCorpus(run, run.merge, io) : buildEach(run, io));
  } catch (e) {
    if (e instanceof WorkerStartError) throw new CliError(e.message);
    throw e;
  }
});

function resolveRun(values: Record<string, unknown>, positionals: string[], io: Io): BuildRun {
  const fail = (msg: string): never => {
    throw new CliError(`newsgraph build: ${msg}`, 2);
  };
  // Without --today the pipeline takes the current date; only a given --today is recorded as the
  // run date in the graph's provenance, so a build without it is the same every day.
  const today = typeof values.today === 'string' ? values.today : undefined;
  if (today !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(today) || normaliseDate(today) !== today)) fail(`--today "${today}" must be YYYY-MM-DD, a date that exists.`);
  const asked = readJobs(typeof values.jobs === 'string' ? values.jobs : undefined);
  if ('error' in asked) return fail(asked.error);
  const { jobs, warning } = asked;
  if (warning && !values.quiet) io.err(`newsgraph build: warning: ${warning}\n`);
  const stdinFormat = String(values.stdin) as SourceFormat;
  if (!STDIN_FORMATS.includes(stdinFormat)) fail(`--stdin "${stdinFormat}" must be one of ${STDIN_FORMATS.join(', ')}.`);
  const maxMb = Number(values['max-size']);
  if (!(maxMb > 0) || !Number.isFinite(maxMb)) fail(`--max-size "${String(values['max-size'])}" must be a positive number of megabytes, e.g. --max-size 20.`);
  const items = positionals.length
    ? expandInputs(positionals, io.cwd, 'build', stdinFormat)
    : typeof values.into === 'string'
      ? []
      : [{ path: SAMPLE_ARTICLE, name: 'lavrov-blinken-message', format: 'text' as const, display: 'lavrov-blinken-message.txt' }];
  if (items.filter((i) => i.path === '-').length > 1) fail('"-" (standard input) can be given once.');
  let merge = typeof values.merge === 'string' ? values.merge : null;
  if (merge === null && typeof values.into !== 'string' && items.some((i) => i.format === 'jsonl')) {
    if (items.length > 1) fail('a JSON Lines corpus among several inputs: name the merged graph with --merge <name>.');
    merge = items[0]!.name;
  }
  if (merge !== null && (!merge || /[/\\]/.test(merge) || merge.startsWith('.'))) {
    fail(`--merge "${merge}" must be a plain file name (no "/", not starting with "."), e.g. --merge corpus.`);
  }
  const explain = values.explain === true;
  if (explain && merge !== null) fail('--explain applies to per-article builds; a merged corpus graph has no explanations. Drop --merge (and build .txt/.md/.html files), or use `newsgraph annotate --explain` for a JSON Lines corpus.');
  return { items, outDir: resolve(io.cwd, String(values.out)), merge, jobs, today, anyLanguage: !!values['any-language'], verbose: !!values.verbose, quiet: !!values.quiet, maxBytes: Math.floor(maxMb * MB), explain, replace: !!values.replace, plainUnion: !!values['plain-union'] };
}











// ------------------------------------------------------------------ per article

// Writes an article's .ttl and .json as one unit (both or neither); the reason when it could not.
function writeArticle(ttl: string, json: string, turtle: string, graphJson: string): string | null {
  let unit: OutputUnit | null = null;
  try {
    unit = OutputUnit.open(dirname(ttl), basename(ttl).slice(0, -4), [basename(ttl), basename(json)], { recover: false });
    unit.write(basename(ttl), turtle);
    unit.write(basename(json), graphJson);
    unit.commit();
    return null;
  } catch (e) {
    unit?.abort();
    if (e instanceof OutputError) return e.message.replace(/^newsgraph build: /, '');
    throw e;
  }
}

async function buildEach(run: BuildRun, io: Io): Promise<number> {
  recoverOutputs(run.outDir);
  const runner = createRunner(Math.min(run.jobs, run.items.length));
  // Lines are printed in input order whatever order the threads finish in.
  const pending = new Map<number, { out: string; err: string }>();
  let next = 0;
  let failed = 0;
  const flush = (): void => {
    while (pending.has(next)) {
      const { out, err } = pending.get(next)!;
      pending.delete(next++);
      if (out) io.out(out);
      if (err) io.err(err);
    }
  };
  try {
    await drive(run, io, runner, 'single', (r) => {
      let out = '';
      let err = '';
      if (!r.ok) {
        failed++;
        err = `newsgraph build: ${showPath(r.name)}: ${oneLine(r.reason)}\n`;
      } else if (r.mode === 'single') {
        const ttl = outputPathIn(run.outDir, r.id, '.ttl');
        const json = outputPathIn(run.outDir, r.id, '.json');
        if (!ttl || !json) {
          failed++;
          pending.set(r.seq, { out: '', err: `newsgraph build: article id "${r.id}" would be written outside ${rel(io.cwd, run.outDir)}/; nothing written for it. Rename the file.\n` });
          flush();
          return;
        }
        const problem = writeArticle(ttl, json, r.turtle, r.json);
        if (problem) {
          failed++;
          pending.set(r.seq, { out: '', err: `newsgraph build: ${r.id}: ${problem}\n` });
          flush();
          return;
        }
        const s = r.summary;
        if (!run.quiet) {
          out = `${showPath(r.id)}: ${s.statements} statements (${s.nested} nested), ${s.events} events, ${s.actors} actors, ${s.triples} triples -> ${rel(io.cwd, ttl)}, ${rel(io.cwd, json)}\n`;
          err = s.warnings.map((w) => `newsgraph build: warning: ${oneLine(w)}\n`).join('');
        }
      }
      pending.set(r.seq, { out, err });
      flush();
    }, (w) => {
      if (!run.quiet) io.err(`newsgraph build: warning: ${oneLine(w)}\n`);
    });
  } finally {
    await runner.close();
  }
  return failed ? 1 : 0;
}

// ------------------------------------------------------------------ corpus

async function buildCorpus(run: BuildRun, name: string, io: Io): Promise<number> {
  const started = performance.now();
  const showProgress = io.isTTY && !run.quiet;
  const progress = new Progress({ write: io.err, enabled: showProgress, total: showProgress ? await progressTotal(run) : null });
  const files = ['ttl', 'nq', 'json', 'gexf'].map((ext) => `${name}.${ext}`);
  // One unit: locked on the name, switched into place together at the end (see output-unit.ts).
  const unit = OutputUnit.open(run.outDir, name, files);
  const store = new FileChunkStore(unit.spoolPath());
  const rewrites = new FileChunkStore(unit.spoolPath('rewrites'));
  // Interrupted (Ctrl-C, kill): the spool and temp files go, the lock is released, and no output of
  // this run exists yet. Then the signal does what it would.
  const onSignal = (signal: NodeJS.Signals): void => {
    store.dispose();
    rewrites.dispose();
    unit.abort();
    process.kill(process.pid, signal);
  };
  for (const sig of SIGNALS) process.once(sig, onSignal);
  const merger = new CorpusMerger(store, { identity: !run.plainUnion, rewriteStore: rewrites });
  const iris = new Set<string>();
  const runner = createRunner(run.jobs);
  let failed = 0;
  let summary: MergeSummary;
  let builtAt = started;
  const paths = files.map((f) => unit.pathOf(f));
  try {
    await drive(run, io, runner, 'merge', (r) => {
      if (!r.ok) {
        failed++;
        progress.log(`newsgraph build: ${showPath(r.name)}: ${oneLine(r.reason)}`);
      } else if (r.mode === 'merge') {
        iris.add(r.chunks.iri);
        const dup = merger.add(r.chunks);
        if (dup?.collision) {
          const c = dup.collision;
          progress.log(`newsgraph build: warning: article ids "${c.keptId}" (${dup.kept}) and "${c.droppedId}" (${dup.dropped}) mint the same IRI <${c.iri}>; kept ${dup.kept}. Rename one of them.`);
        } else if (dup) progress.log(`newsgraph build: warning: article id "${dup.id}" is in both ${dup.kept} and ${dup.dropped}; kept ${dup.kept}. Give each article its own id.`);
      }
      progress.tick(!r.ok);
    }, (w) => {
      if (!run.quiet) progress.log(`newsgraph build: warning: ${oneLine(w)}`);
    });
    progress.end();
    builtAt = performance.now();
    // The threads are done: free their heaps before the merge reads everything back.
    await runner.close();
    if (!merger.size) throw new CliError(`newsgraph build: no article could be built (${failed} failed); nothing written.`);
    if (!run.replace) await refuseOtherArticles(join(run.outDir, `${name}.nq`), iris, io.cwd);
    const [ttl, nq, json, gexf] = files.map((f) => unit.writer(f)) as [UnitWriter, UnitWriter, UnitWriter, UnitWriter];
    summary = merger.finish(fileSinks(ttl, nq, json, gexf));
    unit.commit();
  } finally {
    for (const sig of SIGNALS) process.off(sig, onSignal);
    unit.abort();
    store.dispose();
    rewrites.dispose();
    await runner.close();
  }
  const seconds = (performance.now() - started) / 1000;
  if (run.verbose) {
    for (const w of summary.warnings) io.err(`newsgraph build: warning: ${w}\n`);
    // Where the time went: the articles (parallel) and the merged outputs (one thread).
    io.err(`newsgraph build: articles built in ${((builtAt - started) / 1000).toFixed(2)} s, merged graph written in ${((performance.now() - builtAt) / 1000).toFixed(2)} s\n`);
  }
  if (!run.quiet) {
    io.out(formatCorpusSummary(name, summary, failed, seconds, runner.jobs));
    io.out(`  -> ${paths.map((p) => rel(io.cwd, p)).join(', ')}\n`);
  }
  return failed ? 1 : 0;
}

// A merged graph already under this name, of another set of articles: overwriting it silently lost
// corpora (a run with one new article replaced a 125-article graph). Its .nq names every article.
async function refuseOtherArticles(nq: string, iris: ReadonlySet<string>, cwd: string): Promise<void> {
  if (!existsSync(nq)) return;
  const old = new Set<string>();
  for await (const line of createInterface({ input: createReadStream(nq), crlfDelay: Infinity })) {
    const at = line.lastIndexOf(' <', line.length - 3);
    if (at > 0 && line.endsWith('> .')) old.add(line.slice(at + 2, -3));
  }
  const missing = [...old].filter((i) => !iris.has(i)).length;
  const added = [...iris].filter((i) => !old.has(i)).length;
  if (!missing && !added) return;
  throw new CliError(
    `newsgraph build: ${rel(cwd, nq)} is a merged graph of ${old.size} articles; this run has ${iris.size} (${missing} of the old ones missing, ${added} new). ` +
      'Nothing written. Give --replace to overwrite it with exactly these articles, or keep a growing corpus with --into <dir> (docs/corpus.md).',
  );
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];


function rel(cwd: string, path: string): string {
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}

// A message on one line: line breaks and other control characters (from file names) escaped.
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

