// `newsgraph enqueue --redis URL <inputs>`: one BullMQ job per article (job id = article id +
// content hash, so enqueueing the same articles again adds nothing), for `newsgraph worker`s on any
// machine that reaches the Redis server. Inputs are read as `build` reads them.

import type { SourceFormat } from '../../corpus/article.js';
import { readSource } from '../../corpus/article.js';
import { articleHash } from '../../corpus/parts.js';
import { DEFAULT_QUEUE, QueueError, checkQueueName, type ArticleJob } from '../../queue/jobs.js';
import { VERSION } from '../../version.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { MB, sourcesOf, type BuildRun } from '../build-run.js';
import { expandInputs } from '../files.js';
import { CliError } from '../io.js';

const spec: CommandSpec = {
  name: 'enqueue',
  usage: 'newsgraph enqueue --redis redis://host:6379 <file|dir|->… [--queue name] [--today YYYY-MM-DD]',
  summary: 'Adds one job per article to a Redis (BullMQ) queue for `newsgraph worker`s.',
  details:
    'Inputs are read as "newsgraph build" reads them (.txt, .md, .html, .jsonl[.gz], directories, "-").\n' +
    'A job id is the article id and its content hash: an unchanged article is not queued twice, a\n' +
    'changed one is. See docs/corpus.md ("Across machines").',
  options: {
    redis: { type: 'string', value: 'URL', description: 'The Redis server, redis://[user:pass@]host:port[/db]' },
    queue: { type: 'string', value: 'name', description: 'Queue name', default: DEFAULT_QUEUE },
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Reference date for the builds (default: the target corpus\'s)' },
    stdin: { type: 'string', value: 'format', description: 'Format of "-": text, markdown, html or jsonl', default: 'text' },
    'max-size': { type: 'string', value: 'MB', description: 'Refuse articles larger than this', default: '5' },
    quiet: { type: 'boolean', short: 'q', description: 'Print nothing but errors' },
  },
};

export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  const fail = (msg: string): never => {
    throw new CliError(`newsgraph enqueue: ${msg}`, 2);
  };
  if (typeof values.redis !== 'string') fail('give the Redis server with --redis redis://host:6379.');
  if (!positionals.length) fail('give the articles to enqueue (files, directories, .jsonl corpora or "-").');
  const today = typeof values.today === 'string' ? values.today : null;
  if (today !== null && !/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today "${today}" must be YYYY-MM-DD.`);
  const maxMb = Number(values['max-size']);
  if (!(maxMb > 0)) fail(`--max-size "${String(values['max-size'])}" must be a positive number of megabytes.`);
  const { openQueue, enqueueJobs } = await import('../../queue/bull.js');
  let queue;
  try {
    queue = await openQueue(values.redis as string, checkQueueName(String(values.queue)));
  } catch (e) {
    if (e instanceof QueueError) throw new CliError(`newsgraph enqueue: ${e.message}`);
    throw e;
  }
  const run: BuildRun = {
    items: expandInputs(positionals, io.cwd, 'enqueue', String(values.stdin) as SourceFormat),
    outDir: io.cwd,
    merge: null,
    jobs: 1,
    today: today ?? undefined,
    anyLanguage: true,
    verbose: false,
    quiet: !!values.quiet,
    maxBytes: Math.floor(maxMb * MB),
    explain: false,
    replace: false,
  };
  let failed = 0;
  async function* jobs(): AsyncGenerator<ArticleJob> {
    for await (const src of sourcesOf(run, io, (w) => io.err(`newsgraph enqueue: warning: ${w}\n`))) {
      if ('failure' in src) {
        failed++;
        io.err(`newsgraph enqueue: ${src.name}: ${src.reason}\n`);
        continue;
      }
      try {
        const a = readSource(src);
        yield { id: a.id, hash: articleHash(a), src, today, version: VERSION };
      } catch (e) {
        failed++;
        io.err(`newsgraph enqueue: ${(e as Error).message}\n`);
      }
    }
  }
  try {
    const { submitted, added } = await enqueueJobs(queue, jobs());
    if (!values.quiet) io.out(`${String(values.queue)}: ${submitted} articles submitted, ${added} new jobs, ${submitted - added} already queued or done${failed ? `; ${failed} could not be read` : ''}\n`);
  } finally {
    await queue.close();
  }
  return failed ? 1 : 0;
});
