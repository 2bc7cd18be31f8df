// Viewer benchmark (npm run bench:viewer): real and synthetic actor networks served by the `newsgraph
// view` server and drawn in headless Chromium, each by one or two builds of the page (A/B in one run):
// time to the first frame and to the first settled frame (layout done), then frame times while
// panning (mouse drag) and zooming (mouse wheel), p50/p95.
// Usage: tsx scripts/bench-viewer.ts [--input graph.json]… [--actors 10000,50000] [--edges-per-actor 5]
//   [--before dir] [--after dir] [--runs K] [--frames F] [--json] [--help]
// --before/--after are viewer builds (a copy of viewer/dist); --after defaults to viewer/dist. The
// network given to the "after" page goes through prepareNetwork (communities + layout), as
// `newsgraph export --format network` does; its time is reported as the export cost.

import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { parseGraph } from '../src/5-graph/json.js';
import { startViewerServer, VIEWER_DIST } from '../src/cli/serve.js';
import { ACTOR_NETWORK_FORMAT, edgeId, prepareNetwork, toActorNetwork, type ActorNetwork, type ViewerActor, type ViewerEdge, type ViewerStatement } from '../src/viewer-data/index.js';

const USAGE = `Usage: npm run bench:viewer -- [options]
  --input <graph.json>       a real graph (merged corpus or article JSON); repeatable
  --actors <n,n,…>           synthetic networks of these sizes (default: 10000,50000; "" for none)
  --edges-per-actor <k>      links per synthetic actor (default: 5)
  --before <dir>             a viewer build to compare against (a copy of viewer/dist)
  --after <dir>              the viewer build measured as "after" (default: viewer/dist)
  --runs <k>                 runs per network and viewer (default: 1)
  --frames <f>               frames timed per interaction (default: 60)
  --json                     print the rows as JSON
  -h, --help                 show this help
`;

// Unknown options are reported with the usage (parseArgs' own error is a stack trace).
function readArgs(): ReturnType<typeof parse> {
  try {
    return parse();
  } catch (err) {
    process.stderr.write(`bench:viewer: ${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

function parse() {
  return parseArgs({
    options: {
      input: { type: 'string', multiple: true, default: [] },
      actors: { type: 'string', default: '10000,50000' },
      'edges-per-actor': { type: 'string', default: '5' },
      before: { type: 'string' },
      after: { type: 'string' },
      runs: { type: 'string', default: '1' },
      frames: { type: 'string', default: '60' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

const { values } = readArgs();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
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

type Measure = { firstFrameMs: number; settledMs: number; visibleNodes: number; drag: Frames; zoom: Frames; pan: Frames };

async function measure(browser: Browser, root: string, data: string): Promise<Measure> {
  const server = await startViewerServer({ data, port: 0, root });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(server.url);
    await page.waitForSelector('html[data-state="ready"]', { timeout: 300_000 });
    await page.waitForFunction('Number.isFinite(window.__newsgraph.firstRenderMs)', null, { timeout: 300_000 });
    const firstFrameMs = Math.round((await page.evaluate('window.__newsgraph.firstRenderMs')) as number);
    // The first settled frame: the layout is done and sigma has drawn it (two animation frames later).
    const settledMs = Math.round(
      (await page.evaluate(
        'window.__newsgraph.layoutDone.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))))',
      )) as number,
    );
    const visibleNodes = (await page.evaluate(
      '(() => { const v = window.__newsgraph; let n = 0; v.graph.forEachNode((k) => { if (!v.sigma.getNodeDisplayData(k)?.hidden) n++; }); return n; })()',
    )) as number;
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
    // Wheel zoom in then out: sigma animates each step.
    const zoom = await record(page, async () => {
      await page.mouse.move(cx, cy);
      for (let i = 0; i < FRAMES; i++) {
        await page.mouse.wheel(0, i % 20 < 10 ? -100 : 100);
        await page.waitForTimeout(25);
      }
      await page.waitForTimeout(400);
    });
    // Camera pans by program: edges stay drawn, so this is the full-frame cost (at most 30 s of it).
    const pan = await record(page, () =>
      page.evaluate(`new Promise((done) => {
        const cam = window.__newsgraph.sigma.getCamera();
        let i = 0;
        const t0 = performance.now();
        const step = () => { const s = cam.getState(); cam.setState({ x: s.x + 0.004 * Math.sin(i / 15), y: s.y + 0.004 * Math.cos(i / 15) }); if (++i < ${FRAMES} && performance.now() - t0 < 30000) requestAnimationFrame(step); else done(); };
        requestAnimationFrame(step);
      })`) as Promise<void>,
    );
    return { firstFrameMs, settledMs, visibleNodes, drag, zoom, pan };
  } finally {
    await page.close();
    await server.close();
  }
}

type Dataset = { name: string; net: ActorNetwork };

function datasets(): Dataset[] {
  const out: Dataset[] = [];
  // A graph export as `newsgraph build` writes it, converted without the export-time preparation.
  for (const input of values.input ?? []) out.push({ name: input.split('/').pop()!, net: toActorNetwork(parseGraph(readFileSync(input, 'utf8'))) });
  const perActor = Number(values['edges-per-actor']);
  for (const n of String(values.actors).split(',').filter(Boolean).map(Number)) {
    out.push({ name: `synthetic ${n}`, net: syntheticNetwork(n, n * perActor) });
  }
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}; apt-get install -y chromium, or set CHROMIUM_PATH.`);
  const viewers: Array<{ name: string; root: string; prepare: boolean }> = [];
  if (values.before) viewers.push({ name: 'before', root: values.before, prepare: false });
  viewers.push({ name: values.before ? 'after' : 'current', root: values.after ?? VIEWER_DIST, prepare: true });
  const prepare = (net: ActorNetwork): ActorNetwork => prepareNetwork(net);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
  });
  const rows: Array<Record<string, unknown>> = [];
  const f = (x: Frames): string => `p50 ${x.p50Ms} / p95 ${x.p95Ms} ms (${x.frames} frames)`;
  try {
    for (const d of datasets()) {
      let prepared: ActorNetwork | null = null;
      let prepareMs = 0;
      for (const v of viewers) {
        let net = d.net;
        if (v.prepare) {
          if (!prepared) {
            const t = performance.now();
            prepared = prepare(structuredClone(d.net));
            prepareMs = Math.round(performance.now() - t);
          }
          net = prepared;
        }
        const data = JSON.stringify(net);
        for (let run = 1; run <= RUNS; run++) {
          const load0 = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
          let m: Measure;
          try {
            m = await measure(browser, v.root, data);
          } catch (e) {
            // A page that does not open in 5 minutes is a result too: report it and go on.
            const reason = (e as Error).message.split('\n')[0]!;
            rows.push({ dataset: d.name, viewer: v.name, run, load: load0, error: reason });
            if (!values.json) console.log(`${d.name} · ${v.name} run ${run} · load ${load0}\n  FAILED: ${reason}`);
            continue;
          }
          const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
          const row = { dataset: d.name, actors: d.net.actors.length, edges: d.net.edges.length, viewer: v.name, run, exportMs: v.prepare ? prepareMs : null, dataMB: Math.round(Buffer.byteLength(data) / 1e5) / 10, load, ...m };
          rows.push(row);
          if (!values.json) {
            console.log(`${d.name} (${row.actors} actors, ${row.edges} edges, ${row.dataMB} MB) · ${v.name} run ${run} · load ${load}${row.exportMs !== null ? ` · export prep ${row.exportMs} ms` : ''}`);
            console.log(`  first frame ${m.firstFrameMs} ms, first settled frame ${m.settledMs} ms (from navigation), ${m.visibleNodes} nodes drawn`);
            console.log(`  drag pan: ${f(m.drag)}; wheel zoom: ${f(m.zoom)}; camera pan (edges drawn): ${f(m.pan)}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ chromium: CHROMIUM, viewport: '1280x800', rows }, null, 2)}\n`);
}

if (!values.help) await main();
