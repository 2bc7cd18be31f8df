// `newsgraph build`: articles → <name>.ttl (Turtle) and <name>.json (graphology export, for the
// viewer) in the output directory, with a one-line summary per article. With no inputs it builds
// the bundled sample article into graphs/.

import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArticle } from '../../build.js';
import { helpText, parseCommandArgs, type CommandSpec } from '../args.js';
import { articleName, expandInputs, readArticle, readStream, writeAtomic } from '../files.js';
import { CliError, type Io } from '../io.js';
import type { Command } from '../main.js';

/** The bundled sample article, relative to this module in src/ or dist/. */
export const SAMPLE_ARTICLE = fileURLToPath(new URL('../../../examples/lavrov-blinken-message.txt', import.meta.url));

const spec: CommandSpec = {
  name: 'build',
  usage: 'newsgraph build [<file|dir|->…] [-o <dir>]',
  summary: 'Builds the knowledge graph of each article: <name>.ttl (Turtle) and <name>.json (graphology export).',
  details: 'Inputs are .txt or .md files, directories of them, or "-" for standard input. Front matter\n(---, title:, date: YYYY-MM-DD, url:, ---) gives the title, publication date and URL.\nWith no input, the bundled sample article is built.',
  options: {
    out: { type: 'string', short: 'o', value: 'dir', description: 'Output directory', default: 'graphs' },
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Reference date for inferring article dates (default: the current date)' },
    quiet: { type: 'boolean', short: 'q', description: 'Print nothing but errors' },
  },
};

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(spec, argv);
    if (values.help) {
      io.out(helpText(spec));
      return 0;
    }
    const today = typeof values.today === 'string' ? values.today : undefined;
    if (today && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError(`newsgraph build: --today "${today}" must be YYYY-MM-DD.`, 2);
    const outDir = resolve(io.cwd, String(values.out));
    const inputs = positionals.length ? expandInputs(positionals, io.cwd, 'build') : [SAMPLE_ARTICLE];
    const stdinText = inputs.includes('-') ? await readStream(io.stdin) : null;
    let failed = 0;
    for (const path of inputs) {
      try {
        const article = readArticle(path, stdinText, 'build');
        const built = buildArticle(article, today ? { today } : {});
        const name = articleName(path);
        const ttl = join(outDir, `${name}.ttl`);
        const json = join(outDir, `${name}.json`);
        writeAtomic(ttl, built.turtle);
        writeAtomic(json, built.json);
        const s = built.summary;
        if (!values.quiet) {
          io.out(`${name}: ${s.statements} statements (${s.nested} nested), ${s.events} events, ${s.actors} actors, ${s.triples} triples -> ${rel(io.cwd, ttl)}, ${rel(io.cwd, json)}\n`);
          for (const w of s.warnings) io.err(`newsgraph build: warning: ${w}\n`);
        }
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        failed++;
        io.err(`${e.message}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};

function rel(cwd: string, path: string): string {
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}
