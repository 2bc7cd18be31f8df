// `newsgraph query`: SPARQL 1.1 over one or many graph files (Turtle, N-Quads, graphology JSON), or
// the sample article's bundled graph; results as an aligned table, SPARQL JSON, CSV or TSV.
// Also home of the graph-input helpers the shortcut commands (said-by, who-said, path, top) share.

import { closeSync, openSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { GraphLoadError, loadGraph, NewsQuery, type GraphSource } from '../../query/index.js';
import { ActorNotFoundError, QueryOptionError } from '../../query/errors.js';
import { loadStatementGraph } from '../../query/focus.js';
import type { StatementFilter } from '../../query/news-query.js';
// Not sparql/index.js: its store loads oxigraph's WebAssembly, which said-by, who-said, path and top never use.
import { SparqlQueryError, SparqlSyntaxError } from '../../sparql/errors.js';
import { RESULT_FORMATS, resultRows, toSparqlCsv, toSparqlJson, toSparqlTsv, type ResultFormat } from '../../sparql/results.js';
import type { SparqlStore } from '../../sparql/store.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { readStream } from '../decode.js';
import { sampleGraph, type SampleGraph } from '../sample-graph.js';
import { CliError, type Io } from '../io.js';
import { runSparqlBounded } from '../sparql-run.js';
import { fsReason } from '../fs-errors.js';
import { fileSource, toPortable } from '../graph-files.js';
import { toNQuads } from '../../4-rdf/turtle.js';
import { chooseFormat, formatTable } from '../table.js';
import type { StatementKind } from '../../types.js';

const GRAPH_EXTENSIONS = new Set(['.ttl', '.nt', '.nq', '.json']);

/** The graphs a query command reads: file sources, or the sample article's bundled graph. */
export type GraphInputs = {
  sources: GraphSource[];
  /** Set when no files were given: the sample article's graph and text (for sentence evidence). */
  sample: SampleGraph | null;
};

/** Help text shared by the commands that read graphs. */
export const GRAPH_INPUT_HELP =
  'FILES are graph files written by "newsgraph build" or any RDF tool: Turtle (.ttl), N-Triples (.nt),\n' +
  'N-Quads (.nq) or graphology JSON (.json), directories of them, or "-" for standard input; several\n' +
  'are merged. With no FILES, the graph of the sample article (examples/lavrov-blinken-message.txt) is read.';

let sampleRead: SampleGraph | null = null;

// The sample article's graph, read once per process from its bundled files (no NLP model loads).
async function sample(): Promise<SampleGraph> {
  sampleRead ??= sampleGraph();
  return sampleRead;
}

/**
 * Reads the graph files named on the command line (files, directories of graph files, "-" for stdin),
 * or builds the sample article when there are none.
 * @throws CliError for a missing or unreadable path, or a directory without graph files
 */
export async function readGraphInputs(paths: readonly string[], io: Io, command: string): Promise<GraphInputs> {
  if (paths.length === 0) {
    // Said on stderr, so that JSON/CSV on stdout stay clean: answers from the sample must never pass
    // for answers from the graph the user just built.
    io.err(`newsgraph ${command}: no graph given, so this reads the bundled sample (examples/lavrov-blinken-message.txt); name your graph to query it, e.g. newsgraph ${command} … graphs/<name>.ttl\n`);
    return { sources: [], sample: await sample() };
  }
  const sources: GraphSource[] = [];
  for (const p of paths) {
    if (p === '-') {
      sources.push({ name: 'stdin', text: await readStream(io.stdin) });
      continue;
    }
    const path = resolve(io.cwd, p);
    let files: string[];
    try {
      files = statSync(path).isDirectory()
        ? readdirSync(path).filter((f) => GRAPH_EXTENSIONS.has(extname(f).toLowerCase())).sort().map((f) => join(path, f))
        : [path];
    } catch {
      throw new CliError(`newsgraph ${command}: cannot read "${p}": no such file or directory.`);
    }
    if (files.length === 0) throw new CliError(`newsgraph ${command}: directory "${p}" holds no .ttl, .nt, .nq or .json graph files.`);
    for (const f of files) {
      try {
        // Read in pieces when loaded (graph-files.ts): a file may be larger than the longest string.
        closeSync(openSync(f, 'r'));
      } catch (e) {
        throw new CliError(`newsgraph ${command}: cannot read "${f}": ${fsReason(e)}.`);
      }
      sources.push(fileSource(f, f === path ? p : join(p, f.slice(path.length + 1))));
    }
  }
  return { sources, sample: null };
}

/**
 * The query API over the inputs, merged by union.
 * @throws CliError when a file cannot be parsed
 */
export function openQuery(inputs: GraphInputs, command: string): NewsQuery {
  try {
    if (inputs.sample) return new NewsQuery(inputs.sample.graph(), { texts: inputs.sample.texts });
    return new NewsQuery(loadGraph(inputs.sources));
  } catch (e) {
    throw asCliError(e, command);
  }
}

/**
 * The query API over only what a statements question needs (query/focus.ts: every actor, and the
 * statements the focus's first actor names with their articles and evidence), read from the files
 * in a few streaming passes, so a corpus larger than the heap answers; the sample as openQuery.
 * @throws CliError when a file cannot be parsed, or the filter is malformed or names no actor
 */
export function openStatementQuery(inputs: GraphInputs, command: string, focus: StatementFilter): NewsQuery {
  try {
    if (inputs.sample) return new NewsQuery(inputs.sample.graph(), { texts: inputs.sample.texts });
    return new NewsQuery(loadStatementGraph(inputs.sources, focus));
  } catch (e) {
    throw asCliError(e, command);
  }
}

/**
 * A SPARQL store holding the inputs.
 * @throws CliError when a file cannot be loaded
 */
export async function openStore(inputs: GraphInputs, command: string): Promise<SparqlStore> {
  const { SparqlStore } = await import('../../sparql/store.js');
  const store = new SparqlStore();
  try {
    if (inputs.sample) store.addQuads(inputs.sample.quads());
    for (const s of inputs.sources) store.load(s);
  } catch (e) {
    throw asCliError(e, command);
  }
  return store;
}

/** Turns the query layer's typed errors into one-line CLI errors (exit 1; 2 for bad options); others pass through. */
export function asCliError(e: unknown, command: string): unknown {
  if (e instanceof ActorNotFoundError || e instanceof GraphLoadError || e instanceof SparqlSyntaxError || e instanceof SparqlQueryError) {
    return new CliError(`newsgraph ${command}: ${e.message}`, 1);
  }
  if (e instanceof QueryOptionError) return new CliError(`newsgraph ${command}: ${e.message}`, 2);
  return e;
}

const spec: CommandSpec = {
  name: 'query',
  usage: "newsgraph query (--sparql 'SELECT …' | --sparql-file q.rq) [FILES… | --endpoint URL] [--format table|json|csv|tsv]",
  summary: 'Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over one or many graphs.',
  details:
    `${GRAPH_INPUT_HELP}\n\n` +
    'The project prefixes (ng:, person:, organization:, place:, article:, rdfs:, skos:, schema:, …) are\n' +
    'declared for you unless the query declares them. Formats: table (aligned, IRIs shortened; the\n' +
    'default on a terminal), json (SPARQL 1.1 Results JSON; the default when piped), csv, tsv (W3C).\n' +
    'CONSTRUCT and DESCRIBE results are shown as ?subject ?predicate ?object.',
  options: {
    sparql: { type: 'string', short: 'q', value: 'query', description: 'The SPARQL query text' },
    'sparql-file': { type: 'string', value: 'file.rq', description: 'Read the query from a file' },
    format: { type: 'string', short: 'f', value: 'table|json|csv|tsv', description: 'Output format' },
    'no-prefixes': { type: 'boolean', description: 'Do not declare the project prefixes' },
    timeout: { type: 'string', value: 's', description: 'Stop a query running longer than this, loading not counted (0: no limit)', default: '60' },
    'max-rows': { type: 'string', value: 'n', description: 'Return at most this many results (the rest is counted)', default: '100000' },
    endpoint: { type: 'string', value: 'URL', description: 'Query a SPARQL endpoint (its corpus graph, see docs/corpus.md) instead of files' },
  },
};

export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  const format = chooseFormat<ResultFormat>(values.format, io, RESULT_FORMATS, 'query');
  const text = queryText(values.sparql, values['sparql-file'], io);
  const timeout = Number(values.timeout);
  if (!(timeout >= 0) || !Number.isFinite(timeout)) throw new CliError(`newsgraph query: --timeout "${String(values.timeout)}" must be a number of seconds (0: no limit).`, 2);
  const maxRows = Number(values['max-rows']);
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new CliError(`newsgraph query: --max-rows "${String(values['max-rows'])}" must be a whole number, 1 or more.`, 2);
  let result;
  let total: number;
  if (typeof values.endpoint === 'string') {
    if (positionals.length) throw new CliError('newsgraph query: give either --endpoint or graph FILES, not both.', 2);
    const { remoteQuery, StoreError } = await import('../../store/index.js');
    try {
      result = await remoteQuery(text, { endpoint: values.endpoint, prefixes: !values['no-prefixes'], password: process.env.NEWSGRAPH_STORE_PASSWORD ?? null });
    } catch (e) {
      if (e instanceof StoreError) throw new CliError(`newsgraph query: ${e.message}`);
      throw e;
    }
    // (The endpoint applies its own limits; every row it returns is shown.)
    total = 0;
  } else {
    const inputs = await readGraphInputs(positionals, io, 'query');
    try {
      ({ result, total } = await runSparqlBounded(
        { sources: inputs.sources.map(toPortable), nquads: inputs.sample ? toNQuads(inputs.sample.quads()) : null, query: text, prefixes: !values['no-prefixes'] },
        { timeoutMs: timeout * 1000, maxRows },
      ));
    } catch (e) {
      throw asCliError(e, 'query');
    }
  }
  if (result.type !== 'boolean' && total > maxRows) io.err(`newsgraph query: warning: ${total} results, the first ${maxRows} shown; add a LIMIT, or raise --max-rows.\n`);
  if (format === 'json') io.out(toSparqlJson(result));
  else if (format === 'csv') io.out(toSparqlCsv(result));
  else if (format === 'tsv') io.out(toSparqlTsv(result));
  else {
    const { header, rows } = resultRows(result);
    io.out(formatTable(header, rows));
    if (result.type !== 'boolean') io.err(`${rows.length} result${rows.length === 1 ? '' : 's'}\n`);
  }
  return 0;
});

function queryText(inline: unknown, file: unknown, io: Io): string {
  if (typeof inline === 'string' && typeof file === 'string') throw new CliError('newsgraph query: give either --sparql or --sparql-file, not both.', 2);
  if (typeof inline === 'string') return inline;
  if (typeof file === 'string') {
    try {
      return readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (e) {
      throw new CliError(`newsgraph query: cannot read --sparql-file "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
    }
  }
  throw new CliError('newsgraph query: no query; give --sparql \'SELECT …\' or --sparql-file q.rq. Run "newsgraph query --help".', 2);
}

/** The --kind option: comma-separated statement kinds ("speech,thought"); undefined when not given. */
export function kindOption(value: unknown, command: string): StatementKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = String(value).split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.find((k) => !STATEMENT_KINDS.includes(k as StatementKind));
  if (bad !== undefined || kinds.length === 0) throw new CliError(`newsgraph ${command}: --kind "${String(value)}" is not a list of statement kinds; use ${STATEMENT_KINDS.join(', ')} (comma-separated), e.g. --kind speech.`, 2);
  return kinds as StatementKind[];
}

const STATEMENT_KINDS: readonly StatementKind[] = ['speech', 'thought', 'stance', 'intention', 'finding', 'topic'];
