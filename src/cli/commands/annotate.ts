// `newsgraph annotate`: the evaluation contract (../shared/eval/README.md). Reads JSON Lines
// {id, text, published} on stdin, writes one JSON object per document on stdout, in input order.
// A malformed line is reported on stderr with its line number and skipped; a document the pipeline
// fails on is reported and written with no results, so one article cannot stop a batch. A large
// input is annotated on worker threads (workers.ts, annotate-task.ts), written back in input order.

import { createInterface } from 'node:readline';
import type { AnnotateResult, AnnotateTask } from '../annotate-task.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { CliError, type Io } from '../io.js';
import { WorkerStartError, createRunner, readJobs, type TaskRunner } from '../workers.js';
import { isCalendarDate } from '../../options.js';

const spec: CommandSpec = {
  name: 'annotate',
  usage: 'newsgraph annotate [--today YYYY-MM-DD] [--explain] [--jobs N] < docs.jsonl > annotations.jsonl',
  summary: 'Reads JSON Lines documents {"id","text","published"} on stdin and writes statements, entities and dates as JSON Lines.',
  details: [
    'With --explain each statement also carries "explain": {statement, rule, family, reason, cue: {text, lemma,',
    'lexicon}, kind, confidence, scoredBy, threshold, floor, model: {bias, confidence, features: [{feature, weight}]}};',
    'the rules are listed in docs/rules.md. Without it the output is the evaluation contract exactly.',
    'A large input is annotated on --jobs worker threads; the output is the same, in input order, whatever --jobs.',
  ].join('\n'),
  options: {
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Reference date for inferring article dates (default: the current date)' },
    explain: { type: 'boolean', description: 'Add to each statement an "explain" object: rule id and reason, cue and its lexicon class, confidence, model features and weights' },
    jobs: { type: 'string', short: 'j', value: 'n', description: 'Worker threads for a large input (default: all cores; 1 annotates in this thread)' },
  },
};

// Text read before worker threads start: each thread's start (its modules and models) costs about
// what annotating this much costs in this thread, so a small input (one article) never pays it.
export const THREADS_FROM_CHARS = 300_000;
// Documents handed to the runner per thread and not yet written: enough to keep every thread busy,
// few enough that a large input is never held in memory.
const AHEAD_PER_THREAD = 4;

/** A document read, in input order, with its annotation once handed to the runner. */
type Queued = { task: AnnotateTask; line: number; result: Promise<AnnotateResult> | null };

export const command: Command = defineCommand(spec, async ({ values }, io) => {
  const today = typeof values.today === 'string' ? values.today : undefined;
  if (today !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(today) && isCalendarDate(today))) {
    throw new CliError(`newsgraph annotate: --today "${today}" must be YYYY-MM-DD, a date that exists.`, 2);
  }
  const asked = readJobs(typeof values.jobs === 'string' ? values.jobs : undefined);
  if ('error' in asked) throw new CliError(`newsgraph annotate: ${asked.error}`, 2);
  if (asked.warning) io.err(`newsgraph annotate: warning: ${asked.warning}\n`);
  const explain = values.explain === true;
  const counts = { bad: 0, failed: 0, done: 0 };
  const queue: Queued[] = [];
  let runner: TaskRunner | null = asked.jobs === 1 ? createRunner(1) : null;
  let read = 0;
  let line = 0;
  try {
    for await (const raw of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
      const task = readDocument(raw, ++line, { today, explain }, io, counts);
      if (!task) continue;
      queue.push({ task, line, result: null });
      read += task.doc.text.length;
      if (!runner && read >= THREADS_FROM_CHARS) runner = createRunner(asked.jobs);
      if (!runner) continue;
      dispatch(queue, runner);
      while (queue.length > runner.jobs * AHEAD_PER_THREAD) await writeNext(queue, io, counts);
    }
    runner ??= createRunner(1);
    dispatch(queue, runner);
    while (queue.length) await writeNext(queue, io, counts);
  } catch (e) {
    // Threads that cannot start at all (a broken installation, flags): say so, as build does.
    if (e instanceof WorkerStartError) throw new CliError(`newsgraph annotate: ${e.message.replace(/^newsgraph: /, '')}`);
    throw e;
  } finally {
    await runner?.close();
  }
  return (counts.bad || counts.failed) && !counts.done ? 1 : 0;
});

// Hands the documents not yet handed to the runner. A pool that cannot start rejects every task at
// once; each rejection is marked handled here and surfaces when writeNext awaits it.
function dispatch(queue: readonly Queued[], runner: TaskRunner): void {
  for (const q of queue) {
    if (q.result) continue;
    q.result = runner.run(q.task);
    q.result.catch(() => {});
  }
}

// One stdin line as a document, or null (blank; malformed, reported on stderr).
function readDocument(raw: string, line: number, o: { today: string | undefined; explain: boolean }, io: Io, counts: { bad: number }): AnnotateTask | null {
  if (!raw.trim()) return null;
  let doc: { id?: unknown; text?: unknown; published?: unknown };
  try {
    doc = JSON.parse(raw);
  } catch (e) {
    counts.bad++;
    io.err(`newsgraph annotate: stdin line ${line} is not JSON (${(e as Error).message}); skipped.\n`);
    return null;
  }
  const id = typeof doc.id === 'string' && doc.id ? doc.id : `line-${line}`;
  const text = typeof doc.text === 'string' ? doc.text : '';
  const published = typeof doc.published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(doc.published) ? doc.published.slice(0, 10) : null;
  // (Its line number is its sequence number: results come back by promise, in order.)
  return { seq: line, mode: 'annotate', doc: { id, text, published }, today: o.today, explain: o.explain };
}

// Writes the first document of the queue once annotated. A fault of ours on one article must not
// cost the other articles of a batch (nor a scorer's run): it is written with no results.
async function writeNext(queue: Queued[], io: Io, counts: { failed: number; done: number }): Promise<void> {
  const { task, line, result } = queue.shift()!;
  const r = await result!;
  if (r.ok) {
    counts.done++;
    io.out(`${r.json}\n`);
    return;
  }
  counts.failed++;
  const { id } = task.doc;
  io.err(`newsgraph annotate: document "${id}" (stdin line ${line}) failed inside newsgraph (${r.reason}); written with no statements, entities or dates. Please report it with the document.\n`);
  io.out(`${JSON.stringify({ id, statements: [], entities: [], dates: [] })}\n`);
}
