// Shared helpers of the browser tests: launching Debian's Chromium headless, counting pixels of a
// colour in a screenshot (decoded by the browser itself), and finding a node on screen.

import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium; WebGL runs on SwiftShader. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run "apt-get install -y chromium" (or .ci/e2e.sh), or set CHROMIUM_PATH.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
  });
}

/** Opens a page and waits until the viewer has drawn its data (or failed). Collects console errors. */
export async function openViewer(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector('html[data-state]', { timeout: 30_000 });
  return { page, errors };
}

/**
 * Runs `fn` (source text of a browser-side function) in the page with one JSON argument. The test
 * tsconfig has no DOM types, so browser code is kept as text rather than typed callbacks.
 */
export async function inPage<T>(page: Page, fn: string, arg: unknown = null): Promise<T> {
  return page.evaluate(`(${fn})(${JSON.stringify(arg)})`) as Promise<T>;
}

const COUNT_COLOURS = `async ({ b64, colours, tolerance }) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d');
  g.drawImage(bitmap, 0, 0);
  const { data } = g.getImageData(0, 0, bitmap.width, bitmap.height);
  const wanted = Object.entries(colours).map(([name, hex]) => [name, parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)]);
  const out = Object.fromEntries(wanted.map(([n]) => [n, 0]));
  for (let i = 0; i < data.length; i += 4) {
    for (const [name, r, gr, b] of wanted) {
      if (Math.abs(data[i] - r) <= tolerance && Math.abs(data[i + 1] - gr) <= tolerance && Math.abs(data[i + 2] - b) <= tolerance) out[name]++;
    }
  }
  return out;
}`;

/** Waits two animation frames, so sigma has drawn what the last refresh scheduled. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}

/** Pixels of #graph (a real screenshot, so WebGL output) within `tolerance` of each colour. */
export async function countColours(page: Page, colours: Record<string, string>, tolerance = 12): Promise<Record<string, number>> {
  await settle(page);
  const png = await page.locator('#graph').screenshot();
  return inPage(page, COUNT_COLOURS, { b64: png.toString('base64'), colours, tolerance });
}

/** Where a node is on the page (CSS pixels), from sigma's graphToViewport exposed on window.__newsgraph. */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = await inPage<{ x: number; y: number }>(
    page,
    `(id) => { const v = window.__newsgraph; const a = v.graph.getNodeAttributes(id); return v.sigma.graphToViewport({ x: a.x, y: a.y }); }`,
    id,
  );
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}
