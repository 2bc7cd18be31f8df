// Issue 24 item 6, in headless Chromium: an exported page led by its opening view (#newsgraph-view)
// draws that view before it decodes the statements, the fully loaded viewer then draws the same
// actors at the same places, and search and statement panels work; a URL asking for another view
// skips the opening view. On examples/corpus (120 articles), built and exported through the CLI.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { singlePageHtml, VIEWER_DIST } from '../../src/cli/serve.js';
import { DEFAULT_TOP, openingView, packNetwork, type ActorNetwork } from '../../src/viewer-data/index.js';
import { inPage, launch } from './_browser.js';
import { buildNetwork } from './_corpus.js';

const SAMPLE = join(process.cwd(), 'examples/corpus/meantime-sample.jsonl.gz');

type Timing = { opening: boolean; firstRenderMs: number; decodeStartMs: number; decodedMs: number; interactiveMs: number };
type Drawn = { nodes: Record<string, { x: number; y: number; size: number; color: string; label: string }>; edges: Record<string, { size: number; type: string }> };

/** What the fully loaded viewer draws, in the form of the opening view's record. */
const FULL_VIEW = `() => {
  const v = window.__newsgraph; const nodes = {}; const edges = {};
  v.graph.forEachNode((id, a) => { const d = v.sigma.getNodeDisplayData(id); if (!d.hidden) nodes[id] = { x: a.x, y: a.y, size: d.size, color: d.color, label: d.label ?? '' }; });
  v.graph.forEachEdge((id) => { const d = v.sigma.getEdgeDisplayData(id); if (!d.hidden) edges[id] = { size: d.size, type: d.type ?? '' }; });
  return { nodes, edges };
}`;

describe('an exported page led by its opening view (examples/corpus)', () => {
  let browser: Browser;
  let net: ActorNetwork;
  let file: string;

  beforeAll(async () => {
    net = buildNetwork(SAMPLE, 'sample');
    const opening = openingView(net);
    if (!opening) throw new Error('the sample corpus network has no stored positions: build --merge should have placed it');
    file = join(mkdtempSync(join(tmpdir(), 'newsgraph-e2e-opening-')), 'page.html');
    writeFileSync(file, singlePageHtml(JSON.stringify(packNetwork(net)), VIEWER_DIST, { compress: true, opening: JSON.stringify(opening) }));
    browser = await launch();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(hash = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(pathToFileURL(file).href + hash);
    await page.waitForSelector('html[data-state="ready"]', { timeout: 30_000 });
    return { page, errors };
  }

  it('draws its first frame before it starts decoding the statements', async () => {
    const { page, errors } = await open();
    const t = await inPage<Timing>(page, '() => window.__newsgraph.timing');
    expect(t.opening).toBe(true);
    expect(await page.getAttribute('html', 'data-opening')).toBe('drawn');
    expect(t.firstRenderMs).toBeLessThan(t.decodeStartMs);
    expect(t.decodeStartMs).toBeLessThanOrEqual(t.decodedMs);
    expect(t.decodedMs).toBeLessThan(t.interactiveMs);
    expect(await inPage<number>(page, '() => window.__newsgraph.firstRenderMs')).toBe(t.firstRenderMs);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws first exactly what the fully loaded viewer draws: the same actors, places, sizes, colours, labels and links', async () => {
    const { page } = await open();
    const first = await inPage<Drawn>(page, '() => window.__newsgraph.opening');
    const full = await inPage<Drawn>(page, FULL_VIEW);
    expect(Object.keys(first.nodes)).toHaveLength(Math.min(DEFAULT_TOP, net.actors.length));
    expect(Object.keys(first.edges).length).toBeGreaterThan(10);
    expect(first).toEqual(full);
    expect(Object.keys(first.nodes).sort()).toEqual((await inPage<string[]>(page, '() => window.__newsgraph.shown()')).sort());
    await page.close();
  });

  it('once the statements are read, search selects an actor and the panels list and open its statements', async () => {
    const { page } = await open();
    const said = new Map<string, number>();
    for (const s of net.statements) if (s.speaker) said.set(s.speaker, (said.get(s.speaker) ?? 0) + 1);
    const [speaker] = [...said.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const label = net.actors.find((a) => a.id === speaker)!.label;
    await page.fill('#search', label);
    await expect.poll(() => page.locator('#suggestions li').first().textContent()).toContain(label);
    await page.press('#search', 'Enter');
    expect(await page.textContent('#panel-title')).toBe(label);
    expect(await page.locator('#panel section.said li.statement').count()).toBeGreaterThan(0);
    const statement = net.statements.find((s) => s.speaker === speaker && s.sentence)!;
    await page.click(`#table-body tr[data-statement="${statement.id}"]`);
    expect(await page.textContent('#panel-title')).toBe('Statement');
    expect(await page.textContent('#panel .sentence-text')).toBe(statement.sentence);
    await page.close();
  });

  it('skips the opening view when the URL asks for another view, and draws that one', async () => {
    const { page, errors } = await open('#top=20');
    const t = await inPage<Timing>(page, '() => window.__newsgraph.timing');
    expect(t.opening).toBe(false);
    expect(await inPage(page, '() => window.__newsgraph.opening')).toBeNull();
    expect(await inPage<string[]>(page, '() => window.__newsgraph.shown()')).toHaveLength(20);
    expect(t.firstRenderMs).toBe(t.interactiveMs);
    expect(errors).toEqual([]);
    await page.close();
  });
});
