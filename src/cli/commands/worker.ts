// `newsgraph worker --redis URL --into <folder|store URL>`: takes article jobs from the BullMQ queue,
// builds each on a worker thread (--concurrency at once) and puts it in an incremental corpus folder
// or a SPARQL store; retries, stalled-job recovery, graceful stop on SIGTERM/SIGINT, --exit-when-idle.

import { resolve } from 'node:path';
import { CorpusFolderError } from '../../corpus/folder.js';
import { foldInThread } from '../commit-thread.js';
import { DEFAULT_QUEUE, QueueError, checkQueueName, redisConnection } from '../../queue/jobs.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { CliError } from '../io.js';

const spec: CommandSpec = {
  name: 'worker',
  usage: 'newsgraph worker --redis redis://host:6379 --into <corpus dir | Graph Store URL> [--concurrency N] [--exit-when-idle]',
  summary: 'Builds queued articles (newsgraph enqueue) into a corpus folder or a SPARQL store.',
  details:
    'Run as many workers as you like, on any machine that reaches Redis and the target (a shared\n' +
    'folder, or the store). A job whose worker dies is taken again by another after --lock-ms; a\n' +
    'failing job is retried with backoff (3 attempts); an article that cannot be built fails at once.\n' +
    'When the queue is drained, the worker regenerates the corpus\'s merged graph (or refreshes the\n' +
    'store\'s corpus graph). SIGTERM or Ctrl-C: the active jobs finish, then the worker exits.',
  options: {
    redis: { type: 'string', value: 'URL', description: 'The Redis server, redis://[user:pass@]host:port[/db]' },
    into: { type: 'string', value: 'dir|URL', description: 'Incremental corpus folder, or a Graph Store endpoint (http://user:pw@host/…)' },
    queue: { type: 'string', value: 'name', description: 'Queue name', default: DEFAULT_QUEUE },
    concurrency: { type: 'string', short: 'c', value: 'n', description: 'Articles built at once, one thread each', default: '1' },
    'exit-when-idle': { type: 'boolean', description: 'Exit once nothing is waiting, delayed or active' },
    today: { type: 'string', value: 'YYYY-MM-DD', description: 'Reference date of a new corpus folder (default: today)' },
    'lock-ms': { type: 'string', value: 'ms', description: 'Job lock; a dead worker\'s job is retaken after about this long', default: '30000' },
    quiet: { type: 'boolean', short: 'q', description: 'Print nothing but errors' },
  },
};

export const command: Command = defineCommand(spec, async ({ values }, io) => {
  const fail = (msg: string): never => {
    throw new CliError(`newsgraph worker: ${msg}`, 2);
  };
  if (typeof values.redis !== 'string') fail('give the Redis server with --redis redis://host:6379.');
  if (typeof values.into !== 'string') fail('give where the articles go with --into <corpus folder> or --into http://…/sparql-graph-crud-auth.');
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) fail(`--concurrency "${String(values.concurrency)}" must be a whole number, 1 or more.`);
  const lockMs = Number(values['lock-ms']);
  if (!Number.isInteger(lockMs) || lockMs < 1000) fail(`--lock-ms "${String(values['lock-ms'])}" must be a whole number of milliseconds, 1000 or more.`);
  const today = typeof values.today === 'string' ? values.today : undefined;
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today "${today}" must be YYYY-MM-DD.`);
  const [{ openQueue, startQueueWorker }, { openTarget }] = await Promise.all([import('../../queue/bull.js'), import('../../queue/target.js')]);
  let target;
  try {
    const name = checkQueueName(String(values.queue));
    redisConnection(values.redis as string);
    await (await openQueue(values.redis as string, name)).close();
    const into = values.into as string;
    target = openTarget(/^https?:\/\//i.test(into) ? into : resolve(io.cwd, into), { ...(today ? { today } : {}), password: process.env.NEWSGRAPH_STORE_PASSWORD ?? null, fold: foldInThread((w) => io.err(`newsgraph worker: warning: ${w}\n`)) });
  } catch (e) {
    if (e instanceof QueueError || e instanceof CorpusFolderError) throw new CliError(`newsgraph worker: ${e.message}`, 2);
    throw e;
  }
  const log = (line: string): void => io.err(`newsgraph worker: ${line}\n`);
  const worker = startQueueWorker({
    redis: values.redis as string,
    queue: String(values.queue),
    target,
    concurrency,
    lockDurationMs: lockMs,
    exitWhenIdle: !!values['exit-when-idle'],
    log: values.quiet ? (l) => (/failed|error|cannot/.test(l) ? log(l) : undefined) : log,
  });
  if (!values.quiet) log(`${process.pid} taking jobs from ${String(values.queue)} into ${target.name} (${concurrency} at once)`);
  const onSignal = (signal: NodeJS.Signals): void => {
    log(`${signal}: finishing the active jobs, then exiting`);
    void worker.stop();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    const stats = await worker.finished;
    if (!values.quiet) io.out(`worker ${process.pid}: ${stats.completed} articles done, ${stats.failed} failed\n`);
    return stats.failed ? 1 : 0;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
});
