// `newsgraph who-said --about <actor> [FILES…]`: who talks about an actor, ranked by how many
// statements they made about it, each with those statements as evidence (query API, src/query).

import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { CliError } from '../io.js';
import { chooseFormat, printResult } from '../table.js';
import { asCliError, GRAPH_INPUT_HELP, openStatementQuery, readGraphInputs, kindOption } from './query.js';

const spec: CommandSpec = {
  name: 'who-said',
  usage: 'newsgraph who-said --about <actor> [FILES…] [--kind KINDS] [--limit N] [--format table|json|csv]',
  summary: 'Ranks the speakers who talk about an actor, most statements first.',
  details: `${GRAPH_INPUT_HELP}\n\nJSON output is an array of { rank, speaker, count, statements }.`,
  options: {
    about: { type: 'string', short: 'a', value: 'actor', description: 'The actor talked about (required)' },
    kind: { type: 'string', short: 'k', value: 'KINDS', description: 'Only statements of these kinds: speech, thought, stance, intention, finding (comma-separated)' },
    limit: { type: 'string', short: 'n', value: 'N', description: 'At most N speakers' },
    format: { type: 'string', short: 'f', value: 'table|json|csv', description: 'Output format (default: table on a terminal, json when piped)' },
  },
};

const FORMATS = ['table', 'json', 'csv'] as const;

export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  const format = chooseFormat(values.format, io, FORMATS, spec.name);
  if (typeof values.about !== 'string') throw new CliError('newsgraph who-said: say who is talked about with --about <actor>, e.g. "newsgraph who-said --about Ukraine".', 2);
  const limit = limitOption(values.limit, spec.name);
  const kind = kindOption(values.kind, spec.name);
  // Reads only the statements about the actor and what they name (query/focus.ts), not the whole graph.
  const q = openStatementQuery(await readGraphInputs(positionals, io, spec.name), spec.name, { about: values.about, ...(kind === undefined ? {} : { kind }) });
  let ranked;
  try {
    ranked = q.whoTalksAbout(values.about, { ...(limit === undefined ? {} : { limit }), ...(kind === undefined ? {} : { kind }) });
  } catch (e) {
    throw asCliError(e, spec.name);
  }
  printResult(io, format, {
    json: ranked,
    header: ['rank', 'speaker', 'type', 'statements', 'first statement'],
    numeric: [0, 3],
    rows: ranked.map((r) => [String(r.rank), r.speaker.label, r.speaker.type, String(r.count), r.statements[0]?.content ?? '']),
  });
  return 0;
});

/** Parses --limit: a positive integer, or undefined when absent. */
export function limitOption(v: unknown, command: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || !/^\d+$/.test(v) || n < 1) throw new CliError(`newsgraph ${command}: --limit "${String(v)}" must be a positive integer.`, 2);
  return n;
}
