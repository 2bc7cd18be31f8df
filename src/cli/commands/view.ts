// `newsgraph view [graph.json | graph.ttl | article.txt]`: builds what the viewer needs (an actor
// network, src/viewer-data) from a graph export, a Turtle file or an article, and serves the sigma.js
// viewer on 127.0.0.1 until interrupted. With no input it shows the bundled sample article.

import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseCorpusLine } from '../../corpus/jsonl.js';
import { extname, resolve } from 'node:path';
import type { NewsGraph } from '../../5-graph/index.js';
import { loadGraph, readJsonGraph } from '../../query/load.js';
import { FileChunks, fileSource } from '../graph-files.js';
import { prepareNetwork, toActorNetwork, type ActorNetwork } from '../../viewer-data/index.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { articleName, readArticle } from '../files.js';
import { CliError } from '../io.js';
import { startViewerServer } from '../serve.js';
import { eachFileLine, isLineJson, readViewerGraph } from '../viewer-graph.js';
import { SAMPLE_TEXT } from '../sample-graph.js';

/** The port `newsgraph view` listens on unless told otherwise. */
export const DEFAULT_PORT = 4178;

const spec: CommandSpec = {
  name: 'view',
  usage: 'newsgraph view [graph.json | graph.ttl | article.txt] [--port <n>]',
  summary: 'Serves the actor-network viewer for a graph on http://127.0.0.1 (loopback only).',
  details:
    'The input is a graphology .json or a Turtle .ttl written by "newsgraph build", or an article\n(.txt/.md) to build first. With no input, the bundled sample article is shown. Source sentences\nare shown when the article text is known: always for an article, with --article for a graph.\nStop the server with Ctrl-C.',
  options: {
    port: { type: 'string', short: 'p', value: 'n', description: 'Port on 127.0.0.1 (0 picks a free one)', default: String(DEFAULT_PORT) },
    article: { type: 'string', value: 'file', description: 'The article text of a .json/.ttl graph, to show source sentences' },
    corpus: { type: 'string', value: 'file', description: 'The JSON Lines corpus (.jsonl/.jsonl.gz) a merged graph was built from, for source sentences' },
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Reference date when building an article (default: the current date)' },
  },
};

/** A graph ready for the viewer, and the name of what it came from. */
export type ViewerInput = { name: string; network: ActorNetwork };

/**
 * Reads a .json graph export, a .ttl graph or an article (.txt/.md/other) into an actor network.
 * @param input - path relative to `cwd`; undefined for the bundled sample article
 * @param options.article - article text file for the source sentences of a .json/.ttl graph
 * The NLP stages are imported only for an article, so viewing or exporting a graph loads no model.
 * @throws CliError naming the file when it cannot be read or parsed
 */
export async function loadViewerInput(
  input: string | undefined,
  cwd: string,
  command: string,
  options: { article?: string; corpus?: string; today?: string } = {},
): Promise<ViewerInput> {
  const path = input === undefined ? SAMPLE_TEXT : resolve(cwd, input);
  const ext = extname(path).toLowerCase();
  if (ext !== '.json' && ext !== '.ttl') {
    const article = readArticle(path, null, command);
    const { buildArticle } = await import('../../build.js');
    const built = buildArticle(article, options.today ? { today: options.today } : {});
    return { name: articleName(path), network: prepareNetwork(toActorNetwork(built.graph, { texts: { [article.id]: article.text } })) };
  }
  let graph: NewsGraph;
  try {
    graph = readGraph(path, ext);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).syscall) throw new CliError(`newsgraph ${command}: cannot read "${input}": ${(e as NodeJS.ErrnoException).code}.`);
    throw new CliError(`newsgraph ${command}: "${input}" is not a ${ext === '.json' ? 'graphology JSON export' : 'Turtle file'} from "newsgraph build": ${(e as Error).message}`);
  }
  const texts: Record<string, string> = {};
  if (options.article) {
    const article = readArticle(resolve(cwd, options.article), null, command);
    texts[article.id] = article.text;
    // A graph built from stdin or from a renamed file still matches when it holds a single article.
    const articles = graph.filterNodes((_key, a) => a.kind === 'article');
    if (articles.length === 1) texts[articles[0]!] ??= article.text;
  }
  if (options.corpus) Object.assign(texts, corpusTexts(resolve(cwd, options.corpus), command));
  // Communities always; a large network is also laid out here, once, so the page opens settled.
  try {
    return { name: articleName(path), network: prepareNetwork(toActorNetwork(graph, { texts })) };
  } catch (e) {
    throw new CliError(`newsgraph ${command}: "${input}" is not a graph as "newsgraph build" writes it (${(e as Error).message.split('\n')[0]}); rebuild it with "newsgraph build".`);
  }
}

// A .json or .ttl graph. A merged corpus JSON (one entry a line) is read line by line, keeping only
// what the viewer shows (viewer-graph.ts), so it may be larger than a string can hold.
function readGraph(path: string, ext: string): NewsGraph {
  if (ext === '.json') {
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, 64, 0);
    closeSync(fd);
    if (isLineJson(head.toString('utf8', 0, n))) return readViewerGraph(path);
  }
  // Read in pieces (graph-files.ts): a graph may be larger than the longest string.
  return ext === '.json' ? readJsonGraph(new FileChunks(path), path) : loadGraph([fileSource(path, path, 'turtle')]);
}

/** Article texts by id from a JSON Lines corpus (gzipped or not), read a line at a time. */
function corpusTexts(path: string, command: string): Record<string, string> {
  const texts: Record<string, string> = {};
  let i = 0;
  const add = (line: string): void => {
    i++;
    if (!line.trim()) return;
    try {
      const a = parseCorpusLine(line, { source: path, line: i });
      texts[a.id] = a.text;
    } catch {
      // A bad line was reported by `build` already; its statements just show no sentence.
    }
  };
  try {
    if (!path.endsWith('.gz')) eachFileLine(path, add);
    else {
      const bytes = gunzipSync(readFileSync(path));
      for (let at = 0, nl = bytes.indexOf(10); at < bytes.length; nl = bytes.indexOf(10, at)) {
        const end = nl < 0 ? bytes.length : nl;
        add(bytes.toString('utf8', at, end));
        at = end + 1;
      }
    }
  } catch (e) {
    throw new CliError(`newsgraph ${command}: cannot read the corpus "${path}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  return texts;
}

/** Parses --port: an integer 0–65535. */
export function parsePort(value: unknown, command: string): number {
  const s = String(value);
  const port = /^\d{1,5}$/.test(s) ? Number(s) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new CliError(`newsgraph ${command}: --port "${s}" is not a TCP port; give 0–65535 (0 picks a free one).`, 2);
  return port;
}

export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  if (positionals.length > 1) throw new CliError(`newsgraph view: give one graph or article, not ${positionals.length}.`, 2);
  const today = typeof values.today === 'string' ? values.today : undefined;
  if (today && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError(`newsgraph view: --today "${today}" must be YYYY-MM-DD.`, 2);
  const port = parsePort(values.port, 'view');
  const { name, network } = await loadViewerInput(positionals[0], io.cwd, 'view', {
    ...(typeof values.article === 'string' ? { article: values.article } : {}),
    ...(typeof values.corpus === 'string' ? { corpus: values.corpus } : {}),
    ...(today ? { today } : {}),
  });
  const server = await startViewerServer({ data: JSON.stringify(network), port });
  io.out(`newsgraph view: ${name}: ${network.actors.length} actors, ${network.edges.length} links, ${network.statements.length} statements\n`);
  io.out(`Open ${server.url} (serving on 127.0.0.1 only; Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
});
