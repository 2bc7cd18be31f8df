// Issue 23.9: the page `newsgraph export --format html` writes carries a Content-Security-Policy that
// fits a file:// page: its own inlined script and stylesheet run (allowed by hash), nothing else
// inline does, no network. Uses a small stand-in viewer build in a temp folder.

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { singlePageHtml } from '../../src/cli/serve.js';

function viewerBuild(js: string, css: string): string {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets/index.js'), js);
  writeFileSync(join(root, 'assets/index.css'), css);
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head>\n    <meta charset="utf-8" />\n    <script type="module" crossorigin src="./assets/index.js"></script>\n    <link rel="stylesheet" crossorigin href="./assets/index.css">\n  </head><body><script type="application/json" id="newsgraph-data"></script></body></html>',
  );
  return root;
}

const sha = (t: string): string => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
const cspOf = (html: string): string => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('the exported HTML page', () => {
  const js = 'console.log("viewer");';
  const css = 'body{margin:0}';
  const html = singlePageHtml('{"nodes":[],"note":"<script>alert(1)</script>"}', viewerBuild(js, css));

  it('should carry a CSP meta tag before any script', () => {
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(0);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('should allow exactly the inlined script and stylesheet, by their SHA-256', () => {
    const csp = cspOf(html);
    expect(csp).toContain(`script-src ${sha(js)};`);
    expect(csp).toContain(`style-src ${sha(css)};`);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('should deny the network and everything not named, and allow blob: workers for the layout', () => {
    const csp = cspOf(html);
    for (const d of ["default-src 'none'", "connect-src 'none'", "object-src 'none'", "base-uri 'none'", 'worker-src blob:', 'img-src data:']) expect(csp).toContain(d);
  });

  it('should keep the data inert (escaped in its JSON block)', () => {
    expect(html).not.toContain('<script>alert(1)');
  });

  it('should inline large data gzipped in base64 when asked, the same JSON once inflated, no markup in it', () => {
    const data = JSON.stringify({ nodes: [], note: '<script>alert(1)</script>'.repeat(50) });
    const packed = singlePageHtml(data, viewerBuild(js, css), { compress: true });
    const m = /<script type="application\/json" id="newsgraph-data" data-encoding="gzip-base64">([A-Za-z0-9+/=]+)<\/script>/.exec(packed);
    expect(m).not.toBeNull();
    expect(gunzipSync(Buffer.from(m![1]!, 'base64')).toString('utf8')).toBe(data);
    expect(packed.length).toBeLessThan(html.length + data.length / 2);
  });
});
