// `newsgraph said-by <actor> [FILES…]`: what an actor said (optionally about someone, where, or in a
// date range), with evidence, from the query API (src/query). Actor names match by label or alias in
// any case; a miss lists near matches and exits 1.

import type { StatementFilter, StatementResult } from '../../query/index.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { CliError } from '../io.js';
import { chooseFormat, printResult, type Printable } from '../table.js';
import { asCliError, GRAPH_INPUT_HELP, openStatementQuery, readGraphInputs, kindOption } from './query.js';

const spec: CommandSpec = {
  name: 'said-by',
  usage: 'newsgraph said-by <actor> [FILES…] [--about <actor>] [--at <place>] [--from DATE] [--to DATE] [--kind KINDS] [--format table|json|csv]',
  summary: 'Lists the statements an actor made, with date, form, what they are about and where in the article.',
  details: `${GRAPH_INPUT_HELP}\n\nJSON output is an array of statements, each with its evidence (article, offsets, sentence).`,
  options: {
    about: { type: 'string', value: 'actor', description: 'Only statements about this actor' },
    at: { type: 'string', value: 'place', description: 'Only statements made at this place' },
    from: { type: 'string', value: 'YYYY[-MM[-DD]]', description: 'Only statements dated on or after' },
    to: { type: 'string', value: 'YYYY[-MM[-DD]]', description: 'Only statements dated on or before' },
    kind: { type: 'string', short: 'k', value: 'KINDS', description: 'Only statements of these kinds: speech, thought, stance, intention, finding (comma-separated)' },
    format: { type: 'string', short: 'f', value: 'table|json|csv', description: 'Output format (default: table on a terminal, json when piped)' },
  },
};

const FORMATS = ['table', 'json', 'csv'] as const;

/** Table and CSV rows of statements: one line each, content last. */
export function statementRows(statements: readonly StatementResult[]): Pick<Printable, 'header' | 'rows' | 'numeric'> {
  return {
    header: ['#', 'speaker', 'date', 'form', 'about', 'evidence', 'content'],
    numeric: [0],
    rows: statements.map((s, i) => [
      String(i + 1),
      s.speaker?.label ?? s.speakerText ?? '',
      s.date ?? '',
      s.form ?? '',
      s.about.map((a) => a.label).join('; '),
      `${s.evidence.articleId ?? s.evidence.article ?? ''}:${s.evidence.start ?? ''}-${s.evidence.end ?? ''}`,
      // (A negated cue, "did not say", is marked so that the row never reads as if it were said.)
      s.negated ? `[not] ${s.content}` : s.content,
    ]),
  };
}

/** Reads a string option, or undefined. */
export function stringOption(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  const format = chooseFormat(values.format, io, FORMATS, spec.name);
  const [actor, ...files] = positionals;
  if (!actor) throw new CliError('newsgraph said-by: name an actor, e.g. "newsgraph said-by Lavrov".', 2);
  const inputs = await readGraphInputs(files, io, spec.name);
  const kind = kindOption(values.kind, spec.name);
  const given = { about: stringOption(values.about), at: stringOption(values.at), from: stringOption(values.from), to: stringOption(values.to) };
  const filter: StatementFilter = { by: actor, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)), ...(kind === undefined ? {} : { kind }) };
  // Reads only the actor's statements and what they name (query/focus.ts), not the whole graph.
  const q = openStatementQuery(inputs, spec.name, filter);
  let statements: StatementResult[];
  try {
    statements = q.statements(filter);
  } catch (e) {
    throw asCliError(e, spec.name);
  }
  printResult(io, format, { json: statements, ...statementRows(statements) });
  return 0;
});
