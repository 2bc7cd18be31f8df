// `newsgraph serve [FILES…]`: loads graphs once into a SPARQL store and answers SPARQL 1.1 Protocol
// queries on http://127.0.0.1:<port>/sparql until interrupted (sparql-server.ts). `view` keeps the
// viewer's own server; see docs/design.md ("newsgraph serve").

import { toNQuads } from '../../4-rdf/turtle.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { toPortable } from '../graph-files.js';
import { CliError } from '../io.js';
import { startSparqlServer } from '../sparql-server.js';
import { GRAPH_INPUT_HELP, readGraphInputs } from './query.js';
import { parsePort } from './view.js';

/** The port `newsgraph serve` listens on unless told otherwise (`view` uses 4178). */
export const DEFAULT_SPARQL_PORT = 7878;

const spec: CommandSpec = {
  name: 'serve',
  usage: 'newsgraph serve [FILES…] [--port <n>] [--timeout <s>]',
  summary: 'Serves graphs as a read-only SPARQL 1.1 endpoint on http://127.0.0.1:<port>/sparql.',
  details:
    `${GRAPH_INPUT_HELP}\n\n` +
    'The graphs are loaded once (Oxigraph, in memory); any SPARQL client can then ask questions:\n' +
    '  GET  /sparql?query=…                        POST /sparql (application/sparql-query)\n' +
    '  POST /sparql (form-encoded query=…)          newsgraph query --endpoint http://127.0.0.1:<port>/sparql\n' +
    'Results as SPARQL JSON (default), XML, CSV or TSV by the Accept header; CONSTRUCT and DESCRIBE as\n' +
    'N-Triples or Turtle. The project prefixes (ng:, person:, …) are declared for you. Updates are\n' +
    'refused. A query past --timeout is stopped, and the graphs are loaded again before the next one.\n' +
    'Only requests whose Host is 127.0.0.1:<port> or localhost:<port> are answered. Stop with Ctrl-C.',
  options: {
    port: { type: 'string', short: 'p', value: 'n', description: 'Port on 127.0.0.1 (0 picks a free one)', default: String(DEFAULT_SPARQL_PORT) },
    timeout: { type: 'string', value: 's', description: 'Stop a query running longer than this', default: '30' },
  },
};

export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  const port = parsePort(values.port, 'serve');
  const timeout = Number(values.timeout);
  if (!(timeout > 0) || !Number.isFinite(timeout)) throw new CliError(`newsgraph serve: --timeout "${String(values.timeout)}" must be a number of seconds above 0.`, 2);
  const inputs = await readGraphInputs(positionals, io, 'serve');
  const sources = inputs.sources.map(toPortable);
  if (inputs.sample) sources.push({ name: 'sample', text: toNQuads(inputs.sample.quads()), format: 'nquads' });
  const server = await startSparqlServer({
    sources,
    port,
    timeoutMs: timeout * 1000,
    onLoaded: ({ quads, ms }) => io.err(`newsgraph serve: ${quads.toLocaleString('en')} quads loaded in ${(ms / 1000).toFixed(1)} s (RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB)\n`),
  });
  io.out(`SPARQL endpoint: ${server.url} (127.0.0.1 only; loading ${positionals.length ? positionals.join(', ') : 'the sample'}; Ctrl-C to stop)\n`);
  const stopped = new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  try {
    await Promise.race([server.ready, stopped]);
  } catch (e) {
    await server.close();
    throw e;
  }
  await stopped;
  await server.close();
  return 0;
});
