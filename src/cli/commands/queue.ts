// `newsgraph queue status --redis URL`: the BullMQ queue's jobs by state (waiting, active, delayed,
// done, failed) and the reasons the failed ones gave, as a table or JSON.

import { DEFAULT_QUEUE, QueueError, checkQueueName } from '../../queue/jobs.js';
import { type Command, type CommandSpec, defineCommand } from '../args.js';
import { CliError } from '../io.js';

const spec: CommandSpec = {
  name: 'queue',
  usage: 'newsgraph queue status --redis redis://host:6379 [--queue name] [--format table|json]',
  summary: 'Shows the article queue: waiting, active, delayed, done and failed jobs, with failure reasons.',
  options: {
    redis: { type: 'string', value: 'URL', description: 'The Redis server, redis://[user:pass@]host:port[/db]' },
    queue: { type: 'string', value: 'name', description: 'Queue name', default: DEFAULT_QUEUE },
    format: { type: 'string', short: 'f', value: 'table|json', description: 'Output format', default: 'table' },
  },
};

export const command: Command = defineCommand(spec, async ({ values, positionals }, io) => {
  if (positionals[0] !== 'status' || positionals.length > 1) throw new CliError('newsgraph queue: the subcommand is "status": newsgraph queue status --redis redis://host:6379.', 2);
  if (typeof values.redis !== 'string') throw new CliError('newsgraph queue: give the Redis server with --redis redis://host:6379.', 2);
  if (values.format !== 'table' && values.format !== 'json') throw new CliError(`newsgraph queue: --format "${String(values.format)}" must be table or json.`, 2);
  const { openQueue, queueStatus } = await import('../../queue/bull.js');
  let queue;
  try {
    queue = await openQueue(values.redis, checkQueueName(String(values.queue)));
  } catch (e) {
    if (e instanceof QueueError) throw new CliError(`newsgraph queue: ${e.message}`);
    throw e;
  }
  try {
    const s = await queueStatus(queue);
    if (values.format === 'json') {
      io.out(`${JSON.stringify(s, null, 2)}\n`);
      return 0;
    }
    io.out(`${String(values.queue)}: ${s.waiting} waiting, ${s.active} active, ${s.delayed} delayed (retry backoff), ${s.completed} done, ${s.failed} failed\n`);
    for (const f of s.failures) io.out(`  failed ${f.article} (job ${f.job}, ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}): ${f.reason}\n`);
    if (s.failed > s.failures.length) io.out(`  … and ${s.failed - s.failures.length} more (--format json lists ${s.failures.length})\n`);
    return 0;
  } finally {
    await queue.close();
  }
});
