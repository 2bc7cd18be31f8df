// `newsgraph annotate`: the evaluation contract (../shared/eval/README.md). Reads JSON Lines
// {id, text, published} on stdin, writes one JSON object per document on stdout, in input order.
// A malformed line is reported on stderr with its line number and skipped; a document the pipeline
// fails on is reported and written with no results, so one article cannot stop a batch.

import { createInterface } from 'node:readline';
import { type ContractDocument, toContract } from '../../annotate/contract.js';
import { analyze } from '../../pipeline.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { CliError } from '../io.js';
import { isCalendarDate } from '../../options.js';

const spec: CommandSpec = {
  name: 'annotate',
  usage: 'newsgraph annotate [--today YYYY-MM-DD] [--explain] < docs.jsonl > annotations.jsonl',
  summary: 'Reads JSON Lines documents {"id","text","published"} on stdin and writes statements, entities and dates as JSON Lines.',
  details: [
    'With --explain each statement also carries "explain": {statement, rule, family, reason, cue: {text, lemma,',
    'lexicon}, kind, confidence, scoredBy, threshold, model: {bias, confidence, features: [{feature, weight}]}};',
    'the rules are listed in docs/rules.md. Without it the output is the evaluation contract exactly.',
  ].join('\n'),
  options: {
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Reference date for inferring article dates (default: the current date)' },
    explain: { type: 'boolean', description: 'Add to each statement an "explain" object: rule id and reason, cue and its lexicon class, confidence, model features and weights' },
  },
};

export const command: Command = defineCommand(spec, async ({ values }, io) => {
  const today = typeof values.today === 'string' ? values.today : undefined;
  const explain = values.explain === true;
  if (today !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(today) && isCalendarDate(today))) {
    throw new CliError(`newsgraph annotate: --today "${today}" must be YYYY-MM-DD, a date that exists.`, 2);
  }
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let line = 0;
  let bad = 0;
  let failed = 0;
  let done = 0;
  for await (const raw of rl) {
    line++;
    if (!raw.trim()) continue;
    let doc: { id?: unknown; text?: unknown; published?: unknown };
    try {
      doc = JSON.parse(raw);
    } catch (e) {
      bad++;
      io.err(`newsgraph annotate: stdin line ${line} is not JSON (${(e as Error).message}); skipped.\n`);
      continue;
    }
    const id = typeof doc.id === 'string' && doc.id ? doc.id : `line-${line}`;
    const text = typeof doc.text === 'string' ? doc.text : '';
    const published = typeof doc.published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(doc.published) ? doc.published.slice(0, 10) : null;
    let record: ContractDocument;
    try {
      record = toContract(analyze({ id, text, published }, today ? { today } : {}), { explain });
      done++;
    } catch (e) {
      // A fault of ours on one article must not cost the other articles of a batch (nor a scorer's run).
      failed++;
      const err = e as Error | undefined;
      io.err(`newsgraph annotate: document "${id}" (stdin line ${line}) failed inside newsgraph (${err?.name ?? 'Error'}: ${err?.message ?? String(e)}); written with no statements, entities or dates. Please report it with the document.\n`);
      record = { id, statements: [], entities: [], dates: [] };
    }
    io.out(JSON.stringify(record) + '\n');
  }
  return (bad || failed) && !done ? 1 : 0;
});
