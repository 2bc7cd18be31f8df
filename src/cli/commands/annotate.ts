// `newsgraph annotate`: the evaluation contract (../shared/eval/README.md). Reads JSON Lines
// {id, text, published} on stdin, writes one JSON object per document on stdout, in input order.
// A malformed line is reported on stderr with its line number and skipped.

import { createInterface } from 'node:readline';
import { toContract } from '../../annotate/contract.js';
import { analyze } from '../../pipeline.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';

const spec: CommandSpec = {
  name: 'annotate',
  usage: 'newsgraph annotate [--today YYYY-MM-DD] < docs.jsonl > annotations.jsonl',
  summary: 'Reads JSON Lines documents {"id","text","published"} on stdin and writes statements, entities and dates as JSON Lines.',
  options: {
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Reference date for inferring article dates (default: the current date)' },
  },
};

export const command: Command = defineCommand(spec, async ({ values }, io) => {
  const today = typeof values.today === 'string' ? values.today : undefined;
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let line = 0;
  let bad = 0;
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
    const analysis = analyze({ id, text, published }, today ? { today } : {});
    io.out(JSON.stringify(toContract(analysis)) + '\n');
  }
  return bad && bad === line ? 1 : 0;
});
