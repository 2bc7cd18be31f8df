// `newsgraph path <actor> <actor> [FILES…]`: the shortest chain of statements linking two actors
// (A said something about B, who said something about C, …), with every statement's evidence.

import type { StatementChain } from '../../query/index.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { CliError } from '../io.js';
import { chooseFormat, printResult } from '../table.js';
import { asCliError, GRAPH_INPUT_HELP, openQuery, readGraphInputs } from './query.js';

const spec: CommandSpec = {
  name: 'path',
  usage: 'newsgraph path <actor> <actor> [FILES…] [--format table|json|csv]',
  summary: 'Finds the shortest chain of statements linking two actors (through speakers, what statements are about, and nesting).',
  details: `${GRAPH_INPUT_HELP}\n\nJSON output is { from, to, length, steps }; when nothing links them it prints null and exits 1.`,
  options: {
    format: { type: 'string', short: 'f', value: 'table|json|csv', description: 'Output format (default: table on a terminal, json when piped)' },
  },
};

const FORMATS = ['table', 'json', 'csv'] as const;

export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  const format = chooseFormat(values.format, io, FORMATS, spec.name);
  const [from, to, ...files] = positionals;
  if (!from || !to) throw new CliError('newsgraph path: name two actors, e.g. "newsgraph path Lavrov Stoltenberg".', 2);
  const q = openQuery(await readGraphInputs(files, io, spec.name), spec.name);
  let chain: StatementChain | null;
  try {
    chain = q.chain(from, to);
  } catch (e) {
    throw asCliError(e, spec.name);
  }
  if (!chain) {
    if (format === 'json') io.out('null\n');
    io.err(`newsgraph path: no chain of statements links "${from}" and "${to}".\n`);
    return 1;
  }
  printResult(io, format, {
    json: chain,
    header: ['step', 'kind', 'node', 'link', 'evidence'],
    numeric: [0],
    rows: chain.steps.map((s, i) =>
      s.kind === 'actor'
        ? [String(i + 1), 'actor', s.actor.label, '', '']
        : [
            String(i + 1),
            'statement',
            s.statement.content,
            `${s.enter} / ${s.leave}`,
            `${s.statement.evidence.articleId ?? ''}:${s.statement.evidence.start ?? ''}-${s.statement.evidence.end ?? ''}`,
          ],
    ),
  });
  return 0;
});
