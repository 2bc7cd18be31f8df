// Exports of the current view: PNG (sigma's own layers, drawn again and copied at once, while the
// WebGL buffers still hold the frame), SVG (the drawn nodes, edges and labels, from sigma's display
// data), and the visible subgraph as GEXF 1.3 for Gephi (src/corpus/gexf.ts writes it).

import type Graph from 'graphology';
import type Sigma from 'sigma';
import { writeGexf } from '../../src/corpus/gexf.js';
import type { ActorNetwork } from '../../src/viewer-data/index.js';
import type { LabelBox } from './labels.js';

/** Offers `data` as a file download. */
export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The view as a PNG: every layer of sigma's container, in order, on a white background. */
export async function toPng(sigma: Sigma): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  // Render now and copy in the same task: WebGL canvases keep their buffer only until the next composite.
  sigma.refresh();
  for (const canvas of sigma.getContainer().querySelectorAll('canvas')) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('newsgraph viewer: the browser could not encode the PNG.'))), 'image/png'));
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The view as SVG: the edges and nodes sigma draws now (hidden ones left out) and the labels drawn. */
export function toSvg(sigma: Sigma, graph: Graph, labels: LabelBox[], font: string): string {
  const { width, height } = sigma.getDimensions();
  const pos = (n: string): { x: number; y: number; size: number; color: string } | null => {
    const d = sigma.getNodeDisplayData(n);
    if (!d || d.hidden) return null;
    const p = sigma.framedGraphToViewport(d);
    return { x: p.x, y: p.y, size: sigma.scaleSize(d.size), color: d.color };
  };
  const r = (x: number): string => x.toFixed(1);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`, `<rect width="100%" height="100%" fill="#fff"/>`, '<g class="edges">'];
  graph.forEachEdge((e, _a, s, t) => {
    const d = sigma.getEdgeDisplayData(e);
    if (!d || d.hidden) return;
    const a = pos(s);
    const b = pos(t);
    if (!a || !b) return;
    out.push(`<line x1="${r(a.x)}" y1="${r(a.y)}" x2="${r(b.x)}" y2="${r(b.y)}" stroke="${esc(d.color)}" stroke-width="${r(Math.max(0.5, d.size))}"/>`);
  });
  out.push('</g>', '<g class="nodes">');
  graph.forEachNode((n) => {
    const p = pos(n);
    if (p) out.push(`<circle cx="${r(p.x)}" cy="${r(p.y)}" r="${r(p.size)}" fill="${esc(p.color)}"/>`);
  });
  out.push('</g>', `<g class="labels" style="font: ${esc(font)}" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke">`);
  for (const l of labels) out.push(`<text x="${r(l.x)}" y="${r(l.y + l.height * 0.68)}">${esc(l.label)}</text>`);
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}

/** The drawn actors and the statement links between them as GEXF (weights = kept statements). */
export function toGexf(net: ActorNetwork, shown: ReadonlySet<string>, edges: ReadonlyMap<string, number>): string {
  const actors = net.actors.filter((a) => shown.has(a.id)).map((a) => ({ id: a.id, label: a.label, type: a.type, articles: 0, statements: a.said }));
  const links = net.edges
    .filter((e) => edges.has(e.id) && shown.has(e.source) && shown.has(e.target))
    .map((e) => ({ source: e.source, target: e.target, relation: 'spokeAbout', weight: edges.get(e.id)! }));
  return writeGexf({ actors, links }, 'newsgraph viewer: the visible subgraph');
}
