// The viewer in headless Chromium against the built page (viewer/dist), served by the real
// `newsgraph view` server: the sample graph is drawn (canvas pixels), clicks, search, filters,
// hash, timeline, the exported single page, and article HTML shown as text.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewerInput } from '../../src/cli/commands/view.js';
import { singlePageHtml, startViewerServer, VIEWER_DIST, type ViewerServer } from '../../src/cli/serve.js';
import { packNetwork } from '../../src/viewer-data/index.js';
import { countColours, inPage, launch, nodePosition, openViewer, settle } from './_browser.js';

const ID = 'https://w3id.org/newsgraph/id/';
const LAVROV = `${ID}person/sergei-lavrov`;
const BLINKEN = `${ID}person/anthony-blinken`;
// The node colours of viewer/src/colours.ts (TYPE_COLORS).
const COLOURS = { person: '#e15759', organisation: '#4e79a7', place: '#59a14f' };

// An article of our own whose quotes and metadata carry HTML that must show as text.
const HOSTILE_ARTICLE = `---
title: Mayor <b>warns</b> about <script>window.__pwned = 3</script>
date: 2024-03-05
url: javascript:window.__pwned = 4
---
SPRINGFIELD — Mayor John Smith said on Monday that "the budget <script>window.__pwned = 1</script> is safe and nobody should worry."

"We will fix the roads <img src=x onerror='window.__pwned = 2'> before winter," Smith told reporters in Springfield.

Council member Jane Doe said that Smith was wrong about the roads.
`;

let browser: Browser;
let server: ViewerServer;
const sample = await loadViewerInput(undefined, process.cwd(), 'test');

beforeAll(async () => {
  server = await startViewerServer({ data: JSON.stringify(sample.network), port: 0 });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const panelTitle = (page: Page): Promise<string | null> => page.locator('#panel-title').textContent();

describe('the sample graph', () => {
  it('draws actor nodes of every type on the WebGL canvas, without page errors', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    expect(await page.getAttribute('html', 'data-state')).toBe('ready');
    const px = await countColours(page, COLOURS);
    expect(px.person).toBeGreaterThan(300);
    expect(px.place).toBeGreaterThan(300);
    expect(px.organisation).toBeGreaterThan(50);
    expect(await page.textContent('#status')).toMatch(new RegExp(`^${sample.network.actors.length} of ${sample.network.actors.length} actors`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("clicking Sergei Lavrov's node opens his statements and puts him in the URL hash", async () => {
    const { page } = await openViewer(browser, server.url);
    const at = await nodePosition(page, LAVROV);
    await page.mouse.click(at.x, at.y);
    expect(await panelTitle(page)).toBe('Sergei Lavrov');
    const said = page.locator('#panel section.said li.statement');
    expect(await said.count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#panel section.said').textContent()).toContain('I confirm this');
    expect(await page.locator('#panel .facts').textContent()).toContain('Russian Foreign Minister');
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#actor=${LAVROV}`);
    await page.close();
  });

  it('searching "Blinken" completes to Anthony Blinken and selects him', async () => {
    const { page } = await openViewer(browser, server.url);
    await page.fill('#search', 'Blinken');
    await expect.poll(() => page.locator('#suggestions li').first().textContent()).toContain('Anthony Blinken');
    await page.press('#search', 'Enter');
    expect(await panelTitle(page)).toBe('Anthony Blinken');
    expect(await page.locator('#panel section.said-about li.statement').count()).toBeGreaterThan(0);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#actor=${BLINKEN}`);
    await page.close();
  });

  it('the type filter hides places from the canvas and keeps people', async () => {
    const { page } = await openViewer(browser, server.url);
    expect((await countColours(page, COLOURS)).place).toBeGreaterThan(300);
    await page.uncheck('input[data-type="Place"]');
    const px = await countColours(page, COLOURS);
    expect(px.place).toBe(0);
    expect(px.person).toBeGreaterThan(300);
    const places = sample.network.actors.filter((a) => a.type === 'Place').length;
    expect(await page.textContent('#status')).toMatch(new RegExp(`^${sample.network.actors.length - places} of `));
    await page.close();
  });

  it('"speakers only" keeps just the actors who say something', async () => {
    const { page } = await openViewer(browser, server.url);
    await page.check('#speakers-only');
    const speakers = new Set(sample.network.statements.map((s) => s.speaker).filter(Boolean)).size;
    expect(await page.textContent('#status')).toMatch(new RegExp(`^${speakers} of `));
    await page.close();
  });

  it('the URL hash restores a selection on load', async () => {
    const { page } = await openViewer(browser, `${server.url}#actor=${encodeURIComponent(LAVROV)}`);
    expect(await panelTitle(page)).toBe('Sergei Lavrov');
    await page.close();
  });

  it('clicking an edge lists the statements behind it', async () => {
    const { page } = await openViewer(browser, server.url);
    const edge = sample.network.edges.find((e) => e.source === LAVROV && e.target === BLINKEN)!;
    // Zoom on the edge so its middle is clear of other nodes, then click the middle.
    await inPage(page, `(ids) => { const v = window.__newsgraph; const a = v.sigma.getNodeDisplayData(ids[0]); const b = v.sigma.getNodeDisplayData(ids[1]);
      v.sigma.getCamera().setState({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio: 0.35 }); }`, [LAVROV, BLINKEN]);
    await settle(page);
    const a = await nodePosition(page, LAVROV);
    const b = await nodePosition(page, BLINKEN);
    await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
    expect(await page.locator('#panel .edge-head').textContent()).toBe('Sergei Lavrov → Anthony Blinken');
    expect(await page.locator('#panel li.statement').count()).toBe(edge.count);
    await page.close();
  });

  it('a timeline bar filters the graph to its date, and "all dates" brings everything back', async () => {
    const { page } = await openViewer(browser, server.url);
    await page.locator('#timeline rect[data-date="2023-01-31"]').click();
    expect(await page.inputValue('#date-from')).toBe('2023-01-31');
    const total = sample.network.statements.length;
    const onDay = sample.network.statements.filter((s) => s.date === '2023-01-31').length;
    expect(await page.textContent('#status')).toContain(`${onDay} of ${total} statements`);
    await page.click('#date-clear');
    expect(await page.textContent('#status')).toContain(`${total} of ${total} statements`);
    await page.close();
  });

  it('zoom to fit resets the camera', async () => {
    const { page } = await openViewer(browser, server.url);
    await inPage(page, `() => window.__newsgraph.sigma.getCamera().setState({ ratio: 0.2, x: 0.9 })`);
    await page.click('#zoom-fit');
    await expect.poll(() => inPage<number>(page, `() => window.__newsgraph.sigma.getCamera().getState().ratio`)).toBeCloseTo(1, 2);
    await page.close();
  });
});

describe('the exported single page', () => {
  it.each([
    ['its data inlined as JSON', false],
    ['its data packed and gzipped (a large corpus export)', true],
  ])('draws the graph from a file:// URL with nothing fetched from a server, %s', async (_how, compress) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
    const file = join(dir, 'page.html');
    const data = compress ? JSON.stringify(packNetwork(sample.network)) : JSON.stringify(sample.network);
    writeFileSync(file, singlePageHtml(data, VIEWER_DIST, { compress }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-state="ready"]', { timeout: 30_000 });
    const px = await countColours(page, COLOURS);
    expect(px.person).toBeGreaterThan(300);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });
});

describe('article text with HTML in it', () => {
  it('shows <script> and <img onerror> from quotes, title and URL as text, and runs none of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
    writeFileSync(join(dir, 'hostile.txt'), HOSTILE_ARTICLE);
    const { network } = await loadViewerInput('hostile.txt', dir, 'test');
    const smith = network.actors.find((a) => a.label === 'John Smith')!;
    // The pipeline must have kept the markup in the contents, or this test proves nothing.
    expect(network.statements.filter((s) => s.speaker === smith.id).map((s) => s.content).join(' ')).toMatch(/<script>.*<img src=x onerror=/s);
    const hostile = await startViewerServer({ data: JSON.stringify(network), port: 0 });
    for (const url of [hostile.url, pathToFileURL(writeExport(dir, network)).href]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${url}#actor=${encodeURIComponent(smith.id)}`);
      await page.waitForSelector('html[data-state="ready"]', { timeout: 30_000 });
      expect(await panelTitle(page)).toBe('John Smith');
      await page.locator('#panel details.sentence').first().evaluate('(d) => { d.open = true; }');
      const text = (await page.locator('#panel').textContent()) ?? '';
      expect(text).toContain('<script>window.__pwned = 1</script>');
      expect(text).toContain("<img src=x onerror='window.__pwned = 2'>");
      expect(text).toContain('Mayor <b>warns</b> about <script>window.__pwned = 3</script>');
      expect(await page.locator('#panel script, #panel img, #panel b').count()).toBe(0);
      expect(await page.locator('#panel a[href^="javascript:"]').count()).toBe(0);
      await page.locator('#panel section.said li').first().click();
      await settle(page);
      expect(await inPage(page, `() => window.__pwned ?? null`)).toBeNull();
      await page.close();
    }
    await hostile.close();
  });
});

function writeExport(dir: string, network: unknown): string {
  const file = join(dir, 'hostile.html');
  writeFileSync(file, singlePageHtml(JSON.stringify(network)));
  return file;
}
