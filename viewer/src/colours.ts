// Node colours: by actor type, or by Louvain community (the largest twelve get their own colour,
// the rest share a grey), and the community legend drawn over the graph.

import type { CommunitySummary, ViewerActor } from '../../src/viewer-data/index.js';
import { h } from './dom.js';

/** Node colours by actor type (Tableau 10: distinct, and readable on white). */
export const TYPE_COLORS: Record<ViewerActor['type'], string> = { Person: '#e15759', Organization: '#4e79a7', Place: '#59a14f', Actor: '#9c755f' };
/** Community colours, largest community first (communities are numbered by size). */
const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf', '#bcbd22', '#8c564b'];
const OTHER_COMMUNITY = '#b5b9c0';

/** The colour of community `c` (-1 or a small community: grey). */
export function communityColour(c: number): string {
  return c >= 0 && c < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[c]! : OTHER_COMMUNITY;
}

/** Lists the groups (each named by its most central actors, with its size); hidden when null. */
export function drawCommunityLegend(box: HTMLElement, groups: CommunitySummary[] | null): void {
  box.hidden = groups === null;
  if (!groups) return;
  box.replaceChildren(
    ...groups.map((g) => {
      const sw = h('span', { class: 'swatch' });
      sw.style.background = communityColour(g.community);
      return h('li', { 'data-community': String(g.community) }, sw, `${g.top.map((a) => a.label).join(', ')} (${g.size})`);
    }),
  );
}
