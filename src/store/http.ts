// HTTP for SPARQL stores: fetch with HTTP Basic or Digest authentication (RFC 7616, MD5, qop=auth:
// what Virtuoso's /sparql-auth and /sparql-graph-crud-auth ask for), credentials taken from the URL's
// user-info. Used by the Graph Store Protocol writer (gsp.ts) and the remote query client (endpoint.ts).

import { createHash, randomBytes } from 'node:crypto';
import { NewsgraphError } from '../errors.js';

/** A store answered with an error, or could not be reached. */
export class StoreError extends NewsgraphError {
  override name = 'StoreError';
  constructor(
    message: string,
    /** HTTP status, or 0 when the store could not be reached. */
    readonly status: number,
  ) {
    super(message);
  }
}

/** An endpoint with its credentials split off the URL. */
export interface Endpoint {
  url: URL;
  user: string | null;
  password: string | null;
}

/**
 * Parses an endpoint URL; "http://user:password@host/path" carries credentials (the password may
 * instead come from `password`, e.g. an environment variable).
 * @throws StoreError for a URL that is not http(s)
 */
export function parseEndpoint(text: string, password: string | null = null): Endpoint {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new StoreError(`"${text}" is not a URL; give the store's endpoint, e.g. http://127.0.0.1:8890/sparql.`, 0);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new StoreError(`"${text}": only http and https stores are supported.`, 0);
  const user = url.username ? decodeURIComponent(url.username) : null;
  const pass = password ?? (url.password ? decodeURIComponent(url.password) : null);
  url.username = '';
  url.password = '';
  return { url, user, password: pass };
}

type Challenge = { realm: string; nonce: string; qop: string | null; opaque: string | null; algorithm: string };

/** fetch() that answers a 401 challenge (Basic or Digest) once, and reuses a Digest challenge afterwards. */
export class AuthFetch {
  private challenge: Challenge | null = null;
  private nc = 0;

  constructor(private readonly endpoint: Endpoint) {}

  async fetch(url: URL, init: { method: string; headers?: Record<string, string>; body?: string | Uint8Array }): Promise<Response> {
    const send = (auth: string | null): Promise<Response> =>
      fetch(url, { method: init.method, headers: { ...init.headers, ...(auth ? { authorization: auth } : {}) }, ...(init.body !== undefined ? { body: init.body } : {}) }).catch((e: Error) => {
        throw new StoreError(`${init.method} ${url.origin}${url.pathname}: cannot reach the store (${(e.cause as Error | undefined)?.message ?? e.message}).`, 0);
      });
    const { user, password } = this.endpoint;
    let res = await send(this.challenge && user !== null ? this.digest(init.method, url) : null);
    if (res.status !== 401 || user === null) return res;
    const header = res.headers.get('www-authenticate') ?? '';
    await res.arrayBuffer();
    if (/^\s*basic/i.test(header)) return send(`Basic ${Buffer.from(`${user}:${password ?? ''}`).toString('base64')}`);
    this.challenge = parseChallenge(header);
    this.nc = 0;
    if (!this.challenge) return res;
    res = await send(this.digest(init.method, url));
    return res;
  }

  private digest(method: string, url: URL): string {
    const c = this.challenge!;
    const md5 = (s: string): string => createHash('md5').update(s).digest('hex');
    const uri = `${url.pathname}${url.search}`;
    const ha1 = md5(`${this.endpoint.user}:${c.realm}:${this.endpoint.password ?? ''}`);
    const ha2 = md5(`${method}:${uri}`);
    const nc = (++this.nc).toString(16).padStart(8, '0');
    const cnonce = randomBytes(8).toString('hex');
    const response = c.qop ? md5(`${ha1}:${c.nonce}:${nc}:${cnonce}:auth:${ha2}`) : md5(`${ha1}:${c.nonce}:${ha2}`);
    const parts = [`username="${this.endpoint.user}"`, `realm="${c.realm}"`, `nonce="${c.nonce}"`, `uri="${uri}"`, `algorithm=${c.algorithm}`, `response="${response}"`];
    if (c.qop) parts.push('qop=auth', `nc=${nc}`, `cnonce="${cnonce}"`);
    if (c.opaque) parts.push(`opaque="${c.opaque}"`);
    return `Digest ${parts.join(', ')}`;
  }
}

function parseChallenge(header: string): Challenge | null {
  if (!/^\s*digest/i.test(header)) return null;
  const params = new Map<string, string>();
  for (const m of header.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) params.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? '');
  const nonce = params.get('nonce');
  if (!nonce) return null;
  const qop = params.get('qop');
  return { realm: params.get('realm') ?? '', nonce, qop: qop && qop.split(',').map((q) => q.trim()).includes('auth') ? 'auth' : null, opaque: params.get('opaque') ?? null, algorithm: params.get('algorithm') ?? 'MD5' };
}

/** Throws StoreError with the store's own words when a response is not 2xx. */
export async function expectOk(res: Response, what: string): Promise<void> {
  if (res.ok) return;
  throw storeErrorOf(res, await res.text(), what);
}

/** The error for a refused request, from its status and body (markup dropped, at most 300 characters). */
export function storeErrorOf(res: Response, text: string, what: string): StoreError {
  const body = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
  const hint = res.status === 401 || res.status === 403 ? ' Check the user and password (http://user:password@host/…, or NEWSGRAPH_STORE_PASSWORD) and that the user may write (Virtuoso: SPARQL_UPDATE role; see docs/corpus.md).' : '';
  return new StoreError(`${what}: the store answered ${res.status} ${res.statusText}${body ? ` (${body})` : ''}.${hint}`, res.status);
}
