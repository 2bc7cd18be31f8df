// The timeline under the graph: one bar per statement date on a day scale, highlighted when in the
// date filter; clicking a bar filters the graph to that date. The axis spans the fitted range (where
// the statements are) unless widened; dates outside it are counted, not drawn. SVG via createElementNS.

import { dateBounds, timelineBuckets, type ViewerStatement } from '../../src/viewer-data/index.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * Draws the timeline of `statements` (all of them, so the scale does not jump when filtering).
 * @param inRange - whether a date is inside the current date filter
 * @param onPick - called with the first and last day of a clicked bar
 */
export function renderTimeline(
  el: SVGSVGElement,
  statements: readonly ViewerStatement[],
  inRange: (date: string) => boolean,
  onPick: (from: string, to: string) => void,
  range: { start: string; end: string } | null = null,
): void {
  const all = timelineBuckets(statements);
  const buckets = range ? all.filter((b) => b.day >= range.start && b.day <= range.end) : all;
  const outside = all.reduce((n, b) => n + (buckets.includes(b) ? 0 : b.statements.length), 0);
  const width = Math.max(200, el.clientWidth || 800);
  const height = 56;
  el.setAttribute('viewBox', `0 0 ${width} ${height}`);
  el.replaceChildren();
  const undated = statements.filter((s) => !dateBounds(s.date)).length;
  if (!buckets.length) {
    el.append(text(8, 30, `No dated statements${undated ? ` (${undated} undated)` : ''}.`));
    return;
  }
  const t = (day: string): number => Date.parse(`${day}T00:00:00Z`);
  const first = t(buckets[0]!.day);
  const last = t(buckets[buckets.length - 1]!.day);
  const span = Math.max(DAY, last - first);
  const left = 12;
  const right = width - 12;
  const x = (day: string): number => (buckets.length === 1 ? width / 2 : left + ((t(day) - first) / span) * (right - left));
  const max = Math.max(...buckets.map((b) => b.statements.length));
  el.append(svg('line', { x1: left, x2: right, y1: 40, y2: 40, class: 'axis' }));
  for (const b of buckets) {
    const barH = 4 + (26 * b.statements.length) / max;
    const bar = svg('rect', {
      x: x(b.day) - 3,
      y: 40 - barH,
      width: 6,
      height: barH,
      class: inRange(b.date) ? 'bar in' : 'bar',
      'data-date': b.date,
    });
    const title = svg('title', {});
    title.textContent = `${b.date}: ${b.statements.length} statement${b.statements.length === 1 ? '' : 's'}`;
    bar.append(title);
    bar.addEventListener('click', () => {
      const bounds = dateBounds(b.date)!;
      onPick(bounds.start, bounds.end);
    });
    el.append(bar);
  }
  el.append(text(left, 53, buckets[0]!.day), text(right, 53, buckets[buckets.length - 1]!.day, 'end'));
  const notes = [undated ? `${undated} undated` : '', outside ? `${outside} outside this range` : ''].filter(Boolean).join(' · ');
  if (notes) el.append(text(width / 2, 53, notes, 'middle'));
}

function text(x: number, y: number, s: string, anchor: 'start' | 'middle' | 'end' = 'start'): SVGTextElement {
  const el = svg('text', { x, y, 'text-anchor': anchor, class: 'tick' });
  el.textContent = s;
  return el;
}
