// The viewer's local web server for `newsgraph view`, and the single-page build for
// `newsgraph export --format html`. The server binds 127.0.0.1 only, answers GET/HEAD for the files
// of viewer/dist (listed once at start) and the graph data, and nothing else: no path is ever joined
// from the request, so "../" and encoded variants cannot leave the viewer's own files.

import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './io.js';

/** Where `npm run build:viewer` writes the viewer, relative to this module in src/ or dist/. */
export const VIEWER_DIST = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The page's CSP: scripts only from the server itself; blob: workers for the ForceAtlas2 layout;
 * no inline script or style attribute can run from data.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Options of startViewerServer. */
export type ViewerServerOptions = {
  /** The JSON served as /data.json: an actor network or a graph export. */
  data: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** The built viewer (default VIEWER_DIST). */
  root?: string;
};

export type ViewerServer = { url: string; port: number; close(): Promise<void> };

/** Throws CliError unless the viewer has been built. */
export function requireViewerBuild(root: string = VIEWER_DIST): void {
  if (!existsSync(join(root, 'index.html'))) {
    throw new CliError(`newsgraph: the viewer is not built (no ${join(root, 'index.html')}). Run "npm run build:viewer" in the newsgraph repository first.`);
  }
}

/** Every file under `root`, as URL path ("/assets/viewer.js") → absolute file path. */
function listFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (st.isFile()) files.set(`/${relative(root, path).split(sep).join('/')}`, path);
    }
  };
  walk(root);
  return files;
}

/**
 * Serves the viewer and one graph on 127.0.0.1.
 * @throws CliError when the viewer is not built or the port is taken
 */
export async function startViewerServer(options: ViewerServerOptions): Promise<ViewerServer> {
  const root = options.root ?? VIEWER_DIST;
  requireViewerBuild(root);
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new CliError(`newsgraph view: --port ${options.port} is not a TCP port; give 0–65535 (0 picks a free one).`, 2);
  }
  const files = listFiles(root);
  const data = Buffer.from(options.data, 'utf8');
  let port = options.port;

  const server = createServer((req, res) => handle(req, res));
  function handle(req: IncomingMessage, res: ServerResponse): void {
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void => {
      res.writeHead(status, {
        'content-type': type,
        'content-length': Buffer.byteLength(body),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Only GET and HEAD.\n');
    // A page on another site can reach 127.0.0.1 through DNS rebinding; it then sends its own Host.
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(403, 'Unknown Host header.\n');
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/data.json') return send(200, data, TYPES['.json']);
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) return send(404, 'Not found.\n');
    send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new CliError(`newsgraph view: port ${options.port} on 127.0.0.1 is in use; pick another with --port, or --port 0 for any free one.`)
          : e,
      ),
    );
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** JSON for a <script type="application/json"> block: nothing in it can close the element or open a comment. */
export function jsonForScript(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The viewer as one HTML page: its script and stylesheet inlined, and the data inlined in
 * #newsgraph-data, so the page works from a file or an e-mail attachment with no server.
 * @param data - the JSON to show (an actor network or a graph export)
 * @param options.compress - inline the data gzipped and base64-encoded (a large corpus: ≈4× fewer
 *   bytes for the browser to read and parse; the page inflates it with DecompressionStream)
 * @param options.opening - the opening view (viewer-data/opening.ts) as JSON, inlined before the
 *   data in #newsgraph-view: the page draws it at once and decodes the data after the first frame
 */
export function singlePageHtml(data: string, root: string = VIEWER_DIST, options: { compress?: boolean; opening?: string } = {}): string {
  requireViewerBuild(root);
  const files = listFiles(root);
  const asset = (ref: string): string => {
    const file = files.get(`/${ref.replace(/^\.?\//, '')}`);
    if (!file) throw new CliError(`newsgraph export: the viewer page refers to "${ref}", which viewer/dist lacks; rebuild it with "npm run build:viewer".`);
    return readFileSync(file, 'utf8');
  };
  let html = readFileSync(join(root, 'index.html'), 'utf8');
  // Functions as replacements: a "$&" inside the bundle must not be read as a pattern.
  html = html.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_m, src: string) => {
    const js = asset(src).replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
    return `<script type="module">${js}</script>`;
  });
  html = html.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_m, href: string) => `<style>${asset(href).replace(/<\/style/gi, '<\\/style')}</style>`);
  const slot = '<script type="application/json" id="newsgraph-data"></script>';
  if (!html.includes(slot)) throw new CliError('newsgraph export: viewer/dist/index.html has no #newsgraph-data slot; rebuild it with "npm run build:viewer".');
  html = html.replace(/<meta charset="utf-8" ?\/?>/i, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${fileCsp(html)}" />`);
  const opening = options.opening === undefined ? '' : `<script type="application/json" id="newsgraph-view">${jsonForScript(options.opening)}</script>\n    `;
  if (options.compress) {
    const b64 = gzipSync(Buffer.from(data, 'utf8'), { level: 6 }).toString('base64');
    return html.replace(slot, () => `${opening}<script type="application/json" id="newsgraph-data" data-encoding="gzip-base64">${b64}</script>`);
  }
  return html.replace(slot, () => `${opening}<script type="application/json" id="newsgraph-data">${jsonForScript(data)}</script>`);
}

/**
 * The CSP of the exported page, which opens from file:// where 'self' means nothing: the inlined
 * script and stylesheet are allowed by their SHA-256 (so no other inline script, e.g. one smuggled
 * into the data, can run), blob: workers for the layout, data: images; no network at all.
 */
export function fileCsp(html: string): string {
  const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ') || "'none'"}`,
    `style-src ${styles.join(' ') || "'none'"}`,
    'img-src data:',
    'worker-src blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
