// Labels without collisions. Sigma's label grid picks the candidates (labelDensity,
// labelGridCellSize, labelRenderedSizeThreshold); instead of drawing them in grid-cell order, we
// collect them and, after sigma's frame, draw the forced and largest first, skipping any label whose
// box would overlap one already drawn. The drawn boxes are kept for the SVG export and the tests.

import type Sigma from 'sigma';

/** A label as drawn: text and its box in viewport (CSS) pixels. */
export type LabelBox = { key: string; label: string; x: number; y: number; width: number; height: number; size: number };

type Candidate = { key: string; label: string; x: number; y: number; size: number; forced: boolean };

/** Hooks the label layer into `sigma`; returns the labels drawn in the last frame. */
export function installLabelLayer(sigma: Sigma): { drawn(): LabelBox[]; font(): string } {
  let pending: Candidate[] = [];
  let drawn: LabelBox[] = [];
  const widths = new Map<string, number>();
  const font = (): string => {
    const s = sigma.getSettings();
    return `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
  };
  // Sigma passes the node key along with its display data (renderLabels spreads { key, ...data }).
  sigma.setSetting('defaultDrawNodeLabel', (_ctx, data) => {
    const d = data as typeof data & { key?: string };
    if (d.label) pending.push({ key: d.key ?? d.label, label: d.label, x: d.x, y: d.y, size: d.size, forced: d.forceLabel === true });
  });
  sigma.on('beforeRender', () => {
    pending = [];
  });
  sigma.on('afterRender', () => {
    const ctx = sigma.getCanvases().labels?.getContext('2d');
    if (!ctx) return;
    const settings = sigma.getSettings();
    const labelSize = settings.labelSize;
    ctx.font = font();
    const width = (label: string): number => {
      let w = widths.get(label);
      if (w === undefined) widths.set(label, (w = ctx.measureText(label).width));
      return w;
    };
    pending.sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.key < b.key ? -1 : 1));
    drawn = [];
    for (const c of pending) {
      const box: LabelBox = { key: c.key, label: c.label, x: c.x + c.size + 3, y: c.y - labelSize * 0.75, width: width(c.label), height: labelSize * 1.1, size: c.size };
      if (!c.forced && drawn.some((d) => overlaps(d, box))) continue;
      drawn.push(box);
    }
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.85)';
    ctx.fillStyle = settings.labelColor.color ?? '#000';
    for (const b of drawn) {
      ctx.strokeText(b.label, b.x, b.y + labelSize * 0.75);
      ctx.fillText(b.label, b.x, b.y + labelSize * 0.75);
    }
    pending = [];
  });
  return { drawn: () => drawn.map((b) => ({ ...b })), font };
}

/** True when two boxes share any area (1 px of slack each way, so touching boxes do not count). */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
}
