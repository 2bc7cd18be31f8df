// The viewer server of `newsgraph view` (src/cli/serve.ts): loopback only, its own assets and the
// graph data and nothing else, whatever the request path looks like; plus the single-page export.

import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/io.js';
import { jsonForScript, singlePageHtml, startViewerServer, type ViewerServer } from '../../src/cli/serve.js';

const DATA = '{"format":"newsgraph-actor-network","version":1,"actors":[],"edges":[],"statements":[],"articles":[]}';
let server: ViewerServer;
let root: string;

// A stand-in viewer build, with a secret beside it that no request may reach.
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
  writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET');
  root = join(dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<html><head><script type="module" crossorigin src="./assets/viewer.js"></script>\n<link rel="stylesheet" crossorigin href="./assets/viewer.css"></head><body><script type="application/json" id="newsgraph-data"></script></body></html>',
  );
  writeFileSync(join(root, 'assets', 'viewer.js'), 'const s = "</script><!-- $& $1";');
  writeFileSync(join(root, 'assets', 'viewer.css'), 'body{}');
  server = await startViewerServer({ data: DATA, port: 0, root });
});

afterAll(() => server?.close());

/** A raw request: the path goes out byte for byte, not normalised the way fetch() would. */
function get(path: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${server.port}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the viewer server', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/viewer.js', 'text/javascript; charset=utf-8'],
    ['/assets/viewer.css', 'text/css; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/data.json?t=1', 'application/json; charset=utf-8'],
  ])('serves %s as %s with a CSP', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the graph it was given as /data.json', async () => {
    expect((await get('/data.json')).body).toBe(DATA);
  });

  it.each([
    '/../secret.txt',
    '/../../../../etc/passwd',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
    '/..\\secret.txt',
    '//etc/passwd',
    '/index.html/../../secret.txt',
    '/assets/viewer.js%00.png',
    '/secret.txt',
    '/assets',
    '/assets/',
  ])('refuses %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('TOP SECRET');
    expect(res.body).not.toContain('root:');
  });

  it.each(['POST', 'PUT', 'DELETE'])('answers %s with 405', async (method) => {
    expect((await get('/data.json', { method })).status).toBe(405);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await get('/data.json', { host: 'attacker.example:80' })).status).toBe(403);
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no other interface on this machine to try
    const refused = await new Promise<boolean>((resolve) => {
      const req = request({ host: external.address, port: server.port, path: '/', timeout: 2000 }, () => resolve(false));
      req.on('error', () => resolve(true));
      req.on('timeout', () => {
        req.destroy();
        resolve(true);
      });
      req.end();
    });
    expect(refused).toBe(true);
  });

  it('reports a port in use as a CliError', async () => {
    await expect(startViewerServer({ data: DATA, port: server.port, root })).rejects.toThrow(CliError);
  });

  it('reports a missing viewer build as a CliError saying how to build it', async () => {
    await expect(startViewerServer({ data: DATA, port: 0, root: join(root, 'nowhere') })).rejects.toThrow(/npm run build:viewer/);
  });
});

describe('the single-page export', () => {
  it('inlines script, stylesheet and data, with nothing that could close a script early', () => {
    const html = singlePageHtml('{"q":"</script><script>alert(1)</script>"}', root);
    expect(html).not.toContain('src="./assets');
    expect(html).not.toContain('href="./assets');
    expect(html).toContain('<style>body{}</style>');
    expect(html).toContain('$& $1'); // replacement patterns in the bundle are left alone
    expect(html.match(/<\/script/g)).toHaveLength(2); // the module script's and the data's own
    expect(html).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
  });

  it.each([
    ['<', '\\u003c'],
    ['>', '\\u003e'],
    ['&', '\\u0026'],
    ['\u2028', '\\u2028'],
  ])('escapes %j in inlined JSON, which still parses to the same value', (ch, escaped) => {
    const json = JSON.stringify({ s: `a${ch}b` });
    expect(jsonForScript(json)).toContain(escaped);
    expect(JSON.parse(jsonForScript(json))).toEqual({ s: `a${ch}b` });
  });
});
