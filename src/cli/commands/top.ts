// `newsgraph top [FILES…]`: the most central actors of the graphs — by degree (distinct actors linked
// through statements, events, affiliations) or PageRank — with how often they speak and are spoken about.

import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { CliError } from '../io.js';
import { chooseFormat, printResult } from '../table.js';
import { asCliError, GRAPH_INPUT_HELP, openQuery, readGraphInputs } from './query.js';
import { limitOption } from './who-said.js';

const spec: CommandSpec = {
  name: 'top',
  usage: 'newsgraph top [FILES…] [--by degree|pagerank] [--limit N] [--format table|json|csv]',
  summary: 'Lists the most central actors, by degree or PageRank.',
  details: `${GRAPH_INPUT_HELP}\n\nJSON output is an array of { rank, actor, degree, pagerank, said, spokenAbout }.`,
  options: {
    by: { type: 'string', value: 'degree|pagerank', description: 'Ranking', default: 'degree' },
    limit: { type: 'string', short: 'n', value: 'N', description: 'How many actors', default: '10' },
    format: { type: 'string', short: 'f', value: 'table|json|csv', description: 'Output format (default: table on a terminal, json when piped)' },
  },
};

const FORMATS = ['table', 'json', 'csv'] as const;

export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  const format = chooseFormat(values.format, io, FORMATS, spec.name);
  if (values.by !== 'degree' && values.by !== 'pagerank') throw new CliError(`newsgraph top: --by "${String(values.by)}" must be degree or pagerank.`, 2);
  const limit = limitOption(values.limit, spec.name);
  const q = openQuery(await readGraphInputs(positionals, io, spec.name), spec.name);
  let top;
  try {
    top = q.central({ by: values.by, ...(limit === undefined ? {} : { limit }) });
  } catch (e) {
    throw asCliError(e, spec.name);
  }
  printResult(io, format, {
    json: top,
    header: ['rank', 'actor', 'type', 'degree', 'pagerank', 'said', 'about'],
    numeric: [0, 3, 4, 5, 6],
    rows: top.map((t) => [String(t.rank), t.actor.label, t.actor.type, String(t.degree), t.pagerank.toFixed(4), String(t.said), String(t.spokenAbout)]),
  });
  return 0;
});
