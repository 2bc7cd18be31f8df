// The `newsgraph` command line: the only part of newsgraph that touches files, streams and the
// process. main() picks a command from the registry, runs it with an Io, and returns the exit code;
// each command lives in commands/<name>.ts and is imported lazily so --help stays fast.

import type { Command } from './args.js';
import { CliError, processIo, type Io } from './io.js';
import { OutputError, fsReason, isFsError, showPath } from './fs-errors.js';

export type { Command } from './args.js';

/** Command name → lazy loader. Add a command by adding a file in commands/ and a line here. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  build: { summary: 'Build the knowledge graph of articles (Turtle + graphology JSON)', load: async () => (await import('./commands/build.js')).command },
  annotate: { summary: 'JSON Lines in, statements/entities/dates out (the evaluation contract)', load: async () => (await import('./commands/annotate.js')).command },
  query: { summary: 'Run a SPARQL 1.1 query over graphs (table, JSON, CSV, TSV)', load: async () => (await import('./commands/query.js')).command },
  'said-by': { summary: 'What an actor said, with evidence', load: async () => (await import('./commands/said-by.js')).command },
  'who-said': { summary: 'Who talks about an actor, ranked', load: async () => (await import('./commands/who-said.js')).command },
  path: { summary: 'The shortest chain of statements linking two actors', load: async () => (await import('./commands/path.js')).command },
  top: { summary: 'The most central actors (degree, PageRank)', load: async () => (await import('./commands/top.js')).command },
  serve: { summary: 'Serve graphs as a read-only SPARQL 1.1 endpoint on 127.0.0.1 (loaded once)', load: async () => (await import('./commands/serve.js')).command },
  view: { summary: 'Serve the actor-network viewer for a graph or article on 127.0.0.1', load: async () => (await import('./commands/view.js')).command },
  export: { summary: 'Export a graph for sharing (--format html: one self-contained viewer page)', load: async () => (await import('./commands/export.js')).command },
  enqueue: { summary: 'Queue articles on Redis (BullMQ) for workers on any machine', load: async () => (await import('./commands/enqueue.js')).command },
  worker: { summary: 'Build queued articles into a corpus folder or a SPARQL store', load: async () => (await import('./commands/worker.js')).command },
  queue: { summary: 'Show the article queue: waiting, active, done, failed (with reasons)', load: async () => (await import('./commands/queue.js')).command },
};

/**
 * Worker-thread entries by name, for a run from the bundle (launch.ts, runThreadFromBundle): its
 * threads start them from the bundle; each module starts on first call, so no command pays for them.
 */
export const THREAD_ENTRIES: Record<string, () => Promise<unknown>> = { worker: () => import('./worker.js') };

const VERSION = '0.1.0';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  const rows = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}${c.summary}`);
  return [
    'newsgraph: who said what, about whom, where and when, as an RDF knowledge graph.',
    '',
    'Usage: newsgraph <command> [options]',
    '',
    'Commands:',
    ...rows,
    '',
    'Run "newsgraph <command> --help" for the options of a command.',
    'With no arguments, "newsgraph build" builds the bundled sample article into graphs/.',
    '',
  ].join('\n');
}

/**
 * Runs the CLI with the given arguments (without node and script) and returns the exit code.
 * @param argv - e.g. ['build', 'article.txt', '-o', 'out/']
 * @param io - streams and working directory; the real process by default
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`newsgraph: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run "newsgraph --help".\n`);
    return 2;
  }
  try {
    const command = await entry.load();
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof OutputError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    // A file system error no command turned into a message (an output folder on a read-only mount,
    // a full disk): one line naming the file, not a stack.
    if (isFsError(e)) {
      io.err(`newsgraph ${name}: cannot ${e.syscall ?? 'use'} ${e.path ? showPath(e.path) : 'a file'}: ${fsReason(e)}.\n`);
      return 1;
    }
    io.err(`newsgraph ${name}: unexpected error: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}
