// `newsgraph export [input] --format <f> [-o file]`: writes a graph in a format meant for sharing.
// Formats live in the FORMATS table (one entry each, dispatched by name), so adding one is adding
// an entry; `html` is the viewer as one self-contained page with the data inlined.

import { join, resolve } from 'node:path';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { writeAtomic } from '../files.js';
import { CliError } from '../io.js';
import { singlePageHtml } from '../serve.js';
import { openingView, packNetwork, type ActorNetwork } from '../../viewer-data/index.js';
import { loadViewerInput, type ViewerInput } from './view.js';

/** One export format: how to turn the input into the text written out. */
export type ExportFormat = {
  description: string;
  /** File extension of the default output name. */
  extension: string;
  write(input: ViewerInput): string;
};

/** Data size (characters of JSON) from which the HTML export inlines it gzipped (base64). */
export const COMPRESS_FROM = 4_000_000;

/**
 * How the page holds its data: gzipped from COMPRESS_FROM characters of data on, so a large corpus
 * is a page the browser reads fast, and then led by its opening view (viewer-data/opening.ts, when
 * the network has stored positions), which the page draws before it decodes the data.
 */
export function htmlPageOptions(network: ActorNetwork, data: string): { compress: boolean; opening?: string } {
  const compress = data.length >= COMPRESS_FROM;
  const opening = compress ? openingView(network) : null;
  return { compress, ...(opening ? { opening: JSON.stringify(opening) } : {}) };
}

/** Export formats by name. Add a format with one entry here. */
export const FORMATS: Readonly<Record<string, ExportFormat>> = {
  html: {
    description: 'the actor-network viewer as one self-contained page (data inlined; opens from a file)',
    extension: 'html',
    // Packed (viewer-data/pack.ts): statements as rows, no edges, sentences from the article texts.
    write: (input) => {
      const data = JSON.stringify(packNetwork(input.network));
      return singlePageHtml(data, undefined, htmlPageOptions(input.network, data));
    },
  },
  network: {
    description: 'the actor network the viewer loads (communities, and a precomputed layout for large graphs)',
    extension: 'network.json',
    write: (input) => `${JSON.stringify(input.network)}\n`,
  },
};

const spec: CommandSpec = {
  name: 'export',
  usage: 'newsgraph export [graph.json | graph.ttl | article.txt] --format html|network [-o <file>]',
  summary: 'Exports a graph for sharing.',
  details: `Formats:\n${Object.entries(FORMATS)
    .map(([n, f]) => `  ${n.padEnd(8)}${f.description}`)
    .join('\n')}\nThe input is read as by "newsgraph view"; with no input, the bundled sample article.`,
  options: {
    format: { type: 'string', short: 'f', value: 'name', description: `Output format: ${Object.keys(FORMATS).join(', ')}`, default: 'html' },
    out: { type: 'string', short: 'o', value: 'file', description: 'Output file (default: graphs/<name>.<ext>)' },
    article: { type: 'string', value: 'file', description: 'The article text of a .json/.ttl graph, to show source sentences' },
    corpus: { type: 'string', value: 'file', description: 'The JSON Lines corpus (.jsonl/.jsonl.gz) a merged graph was built from, for source sentences' },
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Reference date when building an article (default: the current date)' },
    quiet: { type: 'boolean', short: 'q', description: 'Print nothing but errors' },
  },
};

export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  const formatName = String(values.format);
  const format = FORMATS[formatName];
  if (!format) throw new CliError(`newsgraph export: unknown --format "${formatName}"; use one of ${Object.keys(FORMATS).join(', ')}.`, 2);
  if (positionals.length > 1) throw new CliError(`newsgraph export: give one graph or article, not ${positionals.length}.`, 2);
  const today = typeof values.today === 'string' ? values.today : undefined;
  if (today && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError(`newsgraph export: --today "${today}" must be YYYY-MM-DD.`, 2);
  const input = await loadViewerInput(positionals[0], io.cwd, 'export', {
    ...(typeof values.article === 'string' ? { article: values.article } : {}),
    ...(typeof values.corpus === 'string' ? { corpus: values.corpus } : {}),
    ...(today ? { today } : {}),
  });
  const out = typeof values.out === 'string' ? resolve(io.cwd, values.out) : join(io.cwd, 'graphs', `${input.name}.${format.extension}`);
  const text = format.write(input);
  writeAtomic(out, text);
  if (!values.quiet) io.out(`${input.name}: ${formatName}, ${input.network.actors.length} actors, ${input.network.statements.length} statements -> ${out}\n`);
  return 0;
});
