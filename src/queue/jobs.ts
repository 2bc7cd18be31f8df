// Distributed extraction, the job side: what one queued article is (its raw source, id and content
// hash), its job id (article id + hash, so enqueueing again is a no-op), the retry policy, and the
// Redis connection options BullMQ takes, read from a redis:// URL. No Redis I/O here.

import type { RawSource } from '../corpus/article.js';
import { NewsgraphError } from '../errors.js';

/** A queue option or Redis URL is wrong, or Redis cannot be reached. */
export class QueueError extends NewsgraphError {
  override name = 'QueueError';
}

/** The default queue name. */
export const DEFAULT_QUEUE = 'newsgraph';

/** One queued article. */
export interface ArticleJob {
  /** The article id as read (jsonl "id", or the file name). */
  id: string;
  /** articleHash of the article as read. */
  hash: string;
  /** The raw source, as `build` hands it to its worker threads. */
  src: RawSource;
  /** --today of the enqueue, or null to use the target corpus's date. */
  today: string | null;
  /** newsgraph version that enqueued it. */
  version: string;
}

/** What a worker returns for a done job (kept by BullMQ as the job's return value). */
export interface ArticleJobResult {
  iri: string;
  /** Where it went: the part file in a corpus folder, or the store URL. */
  target: string;
}

/** The job id of an article: its id (URI-encoded, since BullMQ ids may not hold ":") and content hash. */
export function jobIdOf(id: string, hash: string): string {
  return `${encodeURIComponent(id)}@${hash.slice(0, 24)}`;
}

/** Retries with exponential backoff; done jobs are kept a week (re-enqueueing them stays a no-op). */
export const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;

/** BullMQ's Redis connection options. */
export interface RedisConnection {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
  /** BullMQ workers need null (block until Redis answers). */
  maxRetriesPerRequest: null;
}

/**
 * Reads redis://[user:password@]host[:port][/db] (rediss:// for TLS).
 * @throws QueueError for anything else
 */
export function redisConnection(text: string): RedisConnection {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new QueueError(`--redis "${text}" is not a URL; give e.g. redis://127.0.0.1:6379.`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new QueueError(`--redis "${text}": use a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0.`);
  const db = url.pathname.replace(/^\//, '');
  if (db && !/^\d+$/.test(db)) throw new QueueError(`--redis "${text}": the path must be a database number, e.g. /0.`);
  return {
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    db: db ? Number(db) : 0,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/** A queue name BullMQ accepts (no ":", which it uses in its keys). */
export function checkQueueName(name: string): string {
  if (!/^[A-Za-z0-9][\w.-]{0,99}$/.test(name)) throw new QueueError(`--queue "${name}": use letters, digits, ".", "_" or "-" (no ":"), e.g. --queue news.`);
  return name;
}
