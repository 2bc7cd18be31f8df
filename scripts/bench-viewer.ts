// Viewer benchmark (npm run bench:viewer): a synthetic actor network (default 10,000 actors and
// 50,000 edges) served by the `newsgraph view` server and drawn in headless Chromium; reports the
// time to the first frame, the layout time, and frame times while panning (mouse drag and camera).
// Usage: tsx scripts/bench-viewer.ts [--actors N] [--edges M] [--runs K] [--frames F] [--variants] [--screenshot file.png] [--json]
// --variants also pans with edge picking forced off, then with line as the default edge type (a
// dense graph already draws unfocused edges as lines and picks edges only when zoomed in).

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { startViewerServer } from '../src/cli/serve.js';
import { ACTOR_NETWORK_FORMAT, edgeId, type ActorNetwork, type ViewerActor, type ViewerEdge, type ViewerStatement } from '../src/viewer-data/index.js';

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '10000' },
    edges: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    frames: { type: 'string', default: '60' },
    variants: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const ACTORS = Number(values.actors);
const EDGES = Number(values.edges);
const RUNS = Number(values.runs);
const FRAMES = Number(values.frames);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Deterministic PRNG (mulberry32), so every run draws the same graph. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A news-like network: a fifth of the actors speak, speakers and targets follow a power law (a few
 * actors are in every story), one statement per edge, dates over one year.
 */
export function syntheticNetwork(actors: number, edges: number, seed = 1): ActorNetwork {
  const r = rng(seed);
  const types = ['Person', 'Organization', 'Place'] as const;
  const list: ViewerActor[] = Array.from({ length: actors }, (_, i) => ({
    id: `https://w3id.org/newsgraph/id/actor/a${i}`,
    label: `Actor ${i}`,
    type: types[i % 3]!,
    aliases: [],
    subtypes: [],
    roles: [],
    affiliations: [],
    speaksFor: [],
    sameAs: [],
    anonymous: false,
    said: 0,
    mentioned: 0,
  }));
  const speakers = Math.max(1, Math.floor(actors / 5));
  const pick = (n: number): number => Math.min(n - 1, Math.floor(n * r() ** 2.5));
  const seen = new Map<string, ViewerEdge>();
  const statements: ViewerStatement[] = [];
  const start = Date.UTC(2023, 0, 1);
  let guard = 0;
  while (seen.size < edges && guard++ < edges * 20) {
    const s = list[pick(speakers)]!;
    const t = list[pick(actors)]!;
    if (s === t) continue;
    const id = edgeId(s.id, t.id);
    if (seen.has(id)) continue;
    const st: ViewerStatement = {
      id: `https://w3id.org/newsgraph/id/article/synthetic/statement/s${statements.length + 1}`,
      speaker: s.id,
      speakerText: s.label,
      about: [t.id],
      content: `Statement ${statements.length + 1} by ${s.label} about ${t.label}`,
      cue: 'said',
      form: 'indirect',
      date: new Date(start + Math.floor(r() * 365) * 86_400_000).toISOString().slice(0, 10),
      place: null,
      sentence: null,
      article: null,
      nestedIn: null,
    };
    statements.push(st);
    s.said++;
    t.mentioned++;
    seen.set(id, { id, source: s.id, target: t.id, count: 1, statements: [st.id] });
  }
  return { format: ACTOR_NETWORK_FORMAT, version: 1, actors: list, edges: [...seen.values()], statements, articles: [] };
}

type Frames = { frames: number; meanMs: number; p50Ms: number; p95Ms: number; maxMs: number; renderMeanMs: number; renderP95Ms: number };

function stats(intervals: number[], renders: number[]): Frames {
  const q = (xs: number[], p: number): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  };
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const r1 = (x: number): number => Math.round(x * 10) / 10;
  return {
    frames: intervals.length,
    meanMs: r1(mean(intervals)),
    p50Ms: r1(q(intervals, 0.5)),
    p95Ms: r1(q(intervals, 0.95)),
    maxMs: r1(Math.max(...intervals)),
    renderMeanMs: r1(mean(renders)),
    renderP95Ms: r1(q(renders, 0.95)),
  };
}

// Browser-side: record rAF intervals and sigma's own render durations until stop() is called.
const RECORDER = `() => {
  const v = window.__newsgraph;
  const rec = { intervals: [], renders: [], last: 0, t0: 0, on: true };
  const before = () => { rec.t0 = performance.now(); };
  const after = () => { rec.renders.push(performance.now() - rec.t0); };
  v.sigma.on('beforeRender', before);
  v.sigma.on('afterRender', after);
  const tick = (t) => { if (rec.last) rec.intervals.push(t - rec.last); rec.last = t; if (rec.on) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  window.__bench = { stop: () => { rec.on = false; v.sigma.off('beforeRender', before); v.sigma.off('afterRender', after); return { intervals: rec.intervals, renders: rec.renders }; } };
}`;

async function record(page: Page, action: () => Promise<void>): Promise<Frames> {
  await page.evaluate(`(${RECORDER})()`);
  await action();
  const r = (await page.evaluate('window.__bench.stop()')) as { intervals: number[]; renders: number[] };
  return stats(r.intervals.slice(1), r.renders);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}; apt-get install -y chromium, or set CHROMIUM_PATH.`);
  const net = syntheticNetwork(ACTORS, EDGES);
  const data = JSON.stringify(net);
  const server = await startViewerServer({ data, port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
  });
  const results = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(server.url);
      await page.waitForSelector('html[data-state="ready"]', { timeout: 120_000 });
      await page.waitForFunction('Number.isFinite(window.__newsgraph.firstRenderMs)', null, { timeout: 120_000 });
      const firstRenderMs = Math.round((await page.evaluate('window.__newsgraph.firstRenderMs')) as number);
      const duringLayout = await record(page, () => page.waitForTimeout(2000));
      await page.evaluate('window.__newsgraph.layoutDone');
      const layoutMs = Math.round((await page.evaluate('performance.now()')) as number);
      if (values.screenshot && run === 0) await page.screenshot({ path: values.screenshot });
      const box = (await page.locator('#graph').boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      // A real drag: sigma hides edges while the mouse moves a large graph (hideEdgesOnMove).
      const drag = await record(page, async () => {
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        for (let i = 0; i < FRAMES; i++) await page.mouse.move(cx + 150 * Math.sin(i / 10), cy + 100 * Math.cos(i / 13));
        await page.mouse.up();
      });
      // Camera pans by program: edges stay drawn, so this is the full-frame cost.
      const cameraPan = (): Promise<Frames> =>
        record(page, () =>
          page.evaluate(`new Promise((done) => {
            const cam = window.__newsgraph.sigma.getCamera();
            let i = 0;
            const step = () => { const s = cam.getState(); cam.setState({ x: s.x + 0.004 * Math.sin(i / 15), y: s.y + 0.004 * Math.cos(i / 15) }); if (++i < ${FRAMES}) requestAnimationFrame(step); else done(); };
            requestAnimationFrame(step);
          })`) as Promise<void>,
        );
      const pan = await cameraPan();
      const variants: Record<string, Frames> = {};
      if (values.variants) {
        await page.evaluate(`window.__newsgraph.sigma.setSetting('enableEdgeEvents', false)`);
        variants['camera pan, enableEdgeEvents forced off'] = await cameraPan();
        await page.evaluate(`window.__newsgraph.sigma.setSetting('defaultEdgeType', 'line')`);
        variants['camera pan, enableEdgeEvents off, defaultEdgeType line'] = await cameraPan();
        await page.evaluate(`window.__newsgraph.sigma.setSetting('hideEdgesOnMove', true); window.__newsgraph.sigma.getCamera().animate({ x: 0.3 }, { duration: 2000 })`);
        variants['camera animation, edges hidden while moving'] = await record(page, () => page.waitForTimeout(2000));
      }
      results.push({ run: run + 1, firstRenderMs, layoutDoneMs: layoutMs, duringLayout, drag, pan, variants });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = {
    actors: net.actors.length,
    edges: net.edges.length,
    statements: net.statements.length,
    dataBytes: Buffer.byteLength(data),
    chromium: CHROMIUM,
    viewport: '1280x800',
    runs: results,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  console.log(`viewer bench: ${summary.actors} actors, ${summary.edges} edges, ${summary.statements} statements, data.json ${(summary.dataBytes / 1e6).toFixed(1)} MB, headless Chromium (SwiftShader WebGL), ${summary.viewport}`);
  for (const r of results) {
    const f = (x: Frames): string => `frame mean ${x.meanMs} ms, p50 ${x.p50Ms}, p95 ${x.p95Ms}, max ${x.maxMs} (${x.frames} frames); sigma render mean ${x.renderMeanMs} ms, p95 ${x.renderP95Ms}`;
    console.log(`run ${r.run}: first frame ${r.firstRenderMs} ms after navigation; layout settled at ${r.layoutDoneMs} ms`);
    console.log(`  while FA2 runs: ${f(r.duringLayout)}`);
    console.log(`  mouse-drag pan: ${f(r.drag)}`);
    console.log(`  camera pan (edges drawn): ${f(r.pan)}`);
    for (const [name, v] of Object.entries(r.variants)) console.log(`  ${name}: ${f(v)}`);
  }
}

await main();
