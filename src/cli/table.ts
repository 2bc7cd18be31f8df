// CLI output of tabular results: the aligned text table people read on a terminal, CSV for
// spreadsheets, JSON for programs, and the choice between them (--format, else a table on a TTY and
// JSON when piped). Pure string building; commands write the text through their Io.

import { csvText } from '../sparql/results.js';
import { CliError, type Io } from './io.js';

/** Options of formatTable. */
export type TableOptions = {
  /** Cells longer than this are cut with "…" (default 60; 0 = never). */
  maxCellWidth?: number;
  /** Columns whose values are numbers: aligned right. */
  numeric?: readonly number[];
};

/**
 * An aligned text table: a header, a rule, one line per row; columns two spaces apart. Newlines and
 * tabs in cells become spaces. Widths count code points (wide CJK characters count as one).
 */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, options: TableOptions = {}): string {
  const max = options.maxCellWidth ?? 60;
  const numeric = new Set(options.numeric ?? []);
  const clean = (s: string): string => {
    const flat = s.replace(/[\t\r\n]+/g, ' ');
    const chars = [...flat];
    return max > 0 && chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
  };
  const cells = [header, ...rows].map((r) => header.map((_, i) => clean(r[i] ?? '')));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...r[i]!].length)));
  const line = (r: string[]): string =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - [...c].length);
        return numeric.has(i) ? pad + c : i === r.length - 1 ? c : c + pad;
      })
      .join('  ')
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head!), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') + '\n';
}

/** The output formats of the query shortcuts. */
export type OutputFormat = 'table' | 'json' | 'csv' | 'tsv';

/**
 * The format asked for with --format, validated; without it a table on a terminal and JSON when piped.
 * @throws CliError (exit 2) naming the allowed formats
 */
export function chooseFormat<F extends OutputFormat>(value: unknown, io: Io, allowed: readonly F[], command: string): F {
  if (value === undefined) return (io.isTTY ? 'table' : 'json') as F;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as F;
  throw new CliError(`newsgraph ${command}: --format "${String(value)}" is not one of ${allowed.join(', ')}.`, 2);
}

/** A result ready to print: `json` for --format json, `header` and `rows` for table and CSV. */
export type Printable = { json: unknown; header: string[]; rows: string[][]; numeric?: number[] };

/** Writes a result in the chosen format (table, json or csv). */
export function printResult(io: Io, format: Exclude<OutputFormat, 'tsv'>, result: Printable): void {
  if (format === 'json') io.out(`${JSON.stringify(result.json, null, 2)}\n`);
  else if (format === 'csv') io.out(csvText(result.header, result.rows));
  else io.out(formatTable(result.header, result.rows, { numeric: result.numeric ?? [] }));
}
