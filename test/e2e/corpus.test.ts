// The viewer on merged corpora, in headless Chromium: the bundled examples/corpus always, and
// PolNeAR train (840 articles, /work/shared/eval) when present. Each corpus is built and exported
// through the real CLI (build --merge, export --format network --corpus), then the page is driven:
// initial top-N view with no overlapping labels, count control, expand, ego, communities, date and
// kind filters, a shared URL restored, table sort/search/CSV, row → highlighted sentence, exports.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewerServer, type ViewerServer } from '../../src/cli/serve.js';
import { DEFAULT_TOP, inDateRange, type ActorNetwork } from '../../src/viewer-data/index.js';
import { inPage, launch, openViewer, settle } from './_browser.js';
import { buildNetwork } from './_corpus.js';

const POLNEAR = '/work/shared/eval/polnear-train.jsonl.gz';
const SAMPLE = join(process.cwd(), 'examples/corpus/meantime-sample.jsonl.gz');

type Box = { key: string; x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
const shown = (page: Page): Promise<string[]> => inPage<string[]>(page, '() => window.__newsgraph.shown()');
const statusText = async (page: Page): Promise<string> => (await page.textContent('#status')) ?? '';

const corpora: Array<[string, string, string | null]> = [
  ['examples/corpus (MEANTIME sample, 120 articles)', SAMPLE, null],
  ['PolNeAR train (840 articles)', POLNEAR, existsSync(POLNEAR) ? null : `${POLNEAR} is absent (the evaluation data lives outside the repository)`],
];

describe.each(corpora)('the viewer on %s', (_title, corpus, skipReason) => {
  if (skipReason) console.log(`skipped: ${skipReason}`);
  let browser: Browser;
  let server: ViewerServer;
  let net: ActorNetwork;

  beforeAll(async () => {
    if (skipReason) return;
    net = buildNetwork(corpus, corpus === POLNEAR ? 'polnear-train' : 'sample');
    server = await startViewerServer({ data: JSON.stringify(net), port: 0 });
    browser = await launch();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.skipIf(!!skipReason)('opens on at most the chosen number of actors, the most central, with no two labels overlapping', async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await settle(page);
    const ids = await shown(page);
    expect(ids.length).toBeLessThanOrEqual(DEFAULT_TOP);
    expect(ids.length).toBe(Math.min(DEFAULT_TOP, net.actors.length));
    const labels = await inPage<Box[]>(page, '() => window.__newsgraph.labels()');
    expect(labels.length).toBeGreaterThan(8);
    for (const l of labels) expect(ids).toContain(l.key);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!), `${labels[i]!.key} / ${labels[j]!.key}`).toBe(false);
    // The most central actor (statements made and received) is drawn.
    const score = new Map<string, number>();
    for (const s of net.statements) for (const a of new Set([s.speaker, ...s.about].filter((x): x is string => !!x))) score.set(a, (score.get(a) ?? 0) + 1);
    const best = [...score.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    expect(ids).toContain(best);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.skipIf(!!skipReason)('the count control redraws that many actors and goes into the URL', async () => {
    const { page } = await openViewer(browser, server.url);
    await page.fill('#top', '30');
    await page.press('#top', 'Enter');
    await page.locator('#top').dispatchEvent('change');
    expect((await shown(page)).length).toBe(30);
    expect(new URL(page.url()).hash).toContain('top=30');
    await page.close();
  });

  it.skipIf(!!skipReason)("expanding an actor draws its statement partners; ego mode draws only its 1- and 2-hop network", async () => {
    const { page } = await openViewer(browser, server.url);
    // An actor on screen with a partner that is not drawn yet.
    const pick = await inPage<{ id: string; partner: string } | null>(page, `() => {
      const v = window.__newsgraph; const on = new Set(v.shown());
      for (const id of on) for (const n of v.neighbours(id)) if (!on.has(n)) return { id, partner: n };
      return null; }`);
    expect(pick).not.toBeNull();
    await inPage(page, '(id) => window.__newsgraph.select(id)', pick!.id);
    await page.click('#expand');
    const after = await shown(page);
    expect(after).toContain(pick!.partner);
    expect(after.length).toBeGreaterThan(Math.min(DEFAULT_TOP, net.actors.length));
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`expand=${pick!.id}`);
    await page.click('#ego');
    const one = new Set(await shown(page));
    const neighbours = await inPage<string[]>(page, '(id) => window.__newsgraph.neighbours(id)', pick!.id);
    expect(one.has(pick!.id)).toBe(true);
    for (const id of one) if (id !== pick!.id) expect(neighbours).toContain(id);
    expect(await page.isVisible('#ego-box')).toBe(true);
    await page.selectOption('#hops', '2');
    expect((await shown(page)).length).toBeGreaterThanOrEqual(one.size);
    // Leaving ego mode returns to the top actors with the expanded neighbourhood.
    await page.click('#ego-clear');
    expect((await shown(page)).sort()).toEqual([...after].sort());
    await page.click('#expand-reset');
    expect((await shown(page)).length).toBe(Math.min(DEFAULT_TOP, net.actors.length));
    await page.close();
  });

  it.skipIf(!!skipReason)('switching to communities colours nodes by group and lists the largest groups by their top actors', async () => {
    const { page } = await openViewer(browser, server.url);
    await page.selectOption('#colour', 'community');
    const items = page.locator('#communities li');
    expect(await items.count()).toBeGreaterThan(1);
    const colours = await inPage<string[]>(page, '() => { const v = window.__newsgraph; return [...new Set(v.shown().map((id) => v.sigma.getNodeDisplayData(id).color))]; }');
    expect(colours.length).toBeGreaterThan(2);
    // The first group's first actor is one of the drawn actors of that group.
    const first = await items.first().getAttribute('data-community');
    const label = ((await items.first().textContent()) ?? '').split(',')[0]!.trim();
    expect(net.actors.some((a) => a.label === label && String(a.community) === first)).toBe(true);
    expect(new URL(page.url()).hash).toContain('colour=community');
    await page.close();
  });

  it.skipIf(!!skipReason)('filters by date and by statement kind, and counts what is left', async () => {
    const { page } = await openViewer(browser, server.url);
    const dated = net.statements.map((s) => s.date).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    const day = dated[Math.floor(dated.length / 2)]!;
    await page.fill('#date-from', day);
    await page.fill('#date-to', day);
    await page.locator('#date-to').dispatchEvent('change');
    const inRange = net.statements.filter((s) => inDateRange(s, day, day)).length;
    expect(await statusText(page)).toContain(`· ${inRange} of ${net.statements.length} statements`);
    await page.click('#date-clear');
    // Kinds: statements without a kind are "unknown"; unticking it removes them.
    const unknown = net.statements.filter((s) => !s.kind).length;
    await page.uncheck('input[data-kind="unknown"]');
    expect(await statusText(page)).toContain(`· ${net.statements.length - unknown} of ${net.statements.length} statements`);
    expect(new URL(page.url()).hash).toContain('kinds=speech%2Cthought%2Cstance%2Cintention%2Cfinding');
    await page.check('input[data-kind="unknown"]');
    expect(await statusText(page)).toContain(`· ${net.statements.length} of ${net.statements.length} statements`);
    await page.close();
  });

  it.skipIf(!!skipReason)('a shared URL restores the same view: filters, count, colours, selection', async () => {
    const { page } = await openViewer(browser, server.url);
    const dated = net.statements.map((s) => s.date).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    await inPage(page, `(p) => window.__newsgraph.update({ top: 40, colour: 'community', filters: { from: p.from, to: p.to, minEdge: 1 } })`, { from: dated[0], to: dated[dated.length - 1] });
    const first = (await shown(page))[0]!;
    await inPage(page, '(id) => window.__newsgraph.select(id)', first);
    const url = page.url();
    const before = { shown: (await shown(page)).sort(), status: await statusText(page), title: await page.textContent('#panel-title') };
    await page.close();
    const { page: again } = await openViewer(browser, url);
    expect((await shown(again)).sort()).toEqual(before.shown);
    expect(await statusText(again)).toBe(before.status);
    expect(await again.textContent('#panel-title')).toBe(before.title);
    expect(await again.inputValue('#colour')).toBe('community');
    expect(await again.inputValue('#top')).toBe('40');
    expect(await again.inputValue('#date-from')).toBe(dated[0]);
    await again.close();
  });

  it.skipIf(!!skipReason)('the table sorts, searches, downloads its rows as CSV, and a row opens its sentence in the full article with the spans marked', async () => {
    const { page } = await openViewer(browser, server.url);
    await page.click('th button[data-sort="date"]');
    await page.click('th button[data-sort="date"]');
    const dates = await page.locator('#table-body td.col-date').allTextContents();
    expect(dates.length).toBeGreaterThan(5);
    expect([...dates].sort().reverse()).toEqual(dates);
    // Search for the speaker of the first row; every row left mentions it somewhere.
    const word = ((await page.locator('#table-body td.col-speaker').first().textContent()) ?? '').split(' ').pop()!;
    await page.fill('#table-search', word);
    const rows = await page.locator('#table-body tr').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.toLowerCase()).toContain(word.toLowerCase());
    const matched = Number(((await page.textContent('#table-count')) ?? '').split(' ')[0]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('"Speaker","Cue","Kind","Content","About","Date","Place","Article","Conf.","Statement"');
    // Records end with '"' CRLF and start with '"'; a newline inside a quoted cell is not followed by '"'.
    expect(csv.trimEnd().split(/"\r\n(?=")/).length - 1).toBe(matched);
    // Click a row whose statement has a sentence, by a speaker with few statements (all in the first page of rows).
    const said = new Map<string, number>();
    for (const s of net.statements) if (s.speaker) said.set(s.speaker, (said.get(s.speaker) ?? 0) + 1);
    // …and whose cue is written in the sentence outside the content (the panel marks it there, never inside another mark).
    const cueOutside = (s: ActorNetwork['statements'][number]): boolean => {
      const at = s.sentence!.toLowerCase().indexOf(s.cue!.toLowerCase());
      return at >= 0 && (at + s.cue!.length <= s.contentSpan![0] || at >= s.contentSpan![1]) && /^\w+$/.test(s.cue!);
    };
    const withSentence = net.statements.find((s) => s.sentence && s.contentSpan && s.cue && s.speaker && said.get(s.speaker)! < 20 && cueOutside(s));
    expect(withSentence).toBeDefined();
    await page.fill('#table-search', '');
    await inPage(page, '(id) => window.__newsgraph.select(id)', withSentence!.speaker ?? withSentence!.about[0]);
    await page.click(`#table-body tr[data-statement="${withSentence!.id}"]`);
    expect(await page.textContent('#panel-title')).toBe('Statement');
    const sentence = (await page.textContent('#panel .sentence-text')) ?? '';
    expect(sentence).toBe(withSentence!.sentence);
    const [a, b] = withSentence!.contentSpan!;
    expect(await page.textContent('#panel .sentence-text mark.content')).toBe(withSentence!.sentence!.slice(a, b));
    expect(await page.textContent('#panel .sentence-text mark.cue')).toBe(withSentence!.cue);
    // The sentence sits in its full article, every word of which is there, scrolled into view.
    const text = net.articles.find((x) => x.id === withSentence!.article)!.text!;
    // Paragraphs are <p> elements, so textContent joins them without the blank lines between.
    const words = (t: string): string => t.replace(/\s+/g, '');
    expect(words((await page.textContent('#panel .article-full')) ?? '')).toBe(words(text));
    await page.waitForFunction(`(() => {
      const box = document.querySelector('#panel .article-full').getBoundingClientRect();
      const mark = document.querySelector('#panel .article-full .sentence-text').getBoundingClientRect();
      return mark.top >= box.top - 1 && mark.top < box.bottom;
    })()`);
    await page.close();
  });

  it.skipIf(!!skipReason)('exports the view as PNG and SVG, and the drawn subgraph as GEXF', async () => {
    const { page } = await openViewer(browser, server.url);
    await settle(page);
    const ids = await shown(page);
    const get = async (button: string): Promise<Buffer> => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return readFileSync((await d.path())!);
    };
    const png = await get('#export-png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    const svg = (await get('#export-svg')).toString('utf8');
    expect(svg.match(/<circle /g)?.length).toBe(ids.length);
    expect(svg).toContain('<text ');
    const gexf = (await get('#export-gexf')).toString('utf8');
    expect(gexf).toContain(`<nodes count="${ids.length}">`);
    await page.close();
  });
});
