// src/viewer-data/core.ts through placeActors: a network with more linked actors than the bound lays
// out only its most linked actors; every other actor joins its most linked core neighbour's community
// beside it, or, with no link to the core, a community of its own outside. Order-free, like the whole.

import { describe, expect, it } from 'vitest';
import { networkCore } from '../../src/viewer-data/core.js';
import { placeActors } from '../../src/viewer-data/index.js';

// Five hubs linked to each other (5 statements a pair), twenty leaves on each hub (1 statement),
// two leaves linked only to each other, and three actors with no link.
function network(): { actors: string[]; links: { source: string; target: string; count: number }[] } {
  const hubs = ['h0', 'h1', 'h2', 'h3', 'h4'];
  const actors = [...hubs, 'pair-a', 'pair-b', 'lone-1', 'lone-2', 'lone-3'];
  const links: { source: string; target: string; count: number }[] = [];
  hubs.forEach((h, i) => hubs.slice(i + 1).forEach((o) => links.push({ source: h, target: o, count: 5 })));
  for (const h of hubs) {
    for (let k = 0; k < 20; k++) {
      actors.push(`${h}-leaf-${String(k).padStart(2, '0')}`);
      links.push({ source: `${h}-leaf-${String(k).padStart(2, '0')}`, target: h, count: 1 });
    }
  }
  links.push({ source: 'pair-a', target: 'pair-b', count: 1 });
  return { actors, links };
}

describe('placement of a network larger than the bound', () => {
  it('keeps a network within the bound whole (no core)', () => {
    const net = network();
    expect(networkCore(net, 107)).toBeNull();
    expect(networkCore(net, 106)?.actors).toHaveLength(106);
  });

  it('lays out the most linked actors as placeActors would lay out them alone', () => {
    const net = network();
    const bounded = placeActors(net, { layout: true, coreMax: 10 });
    const core = networkCore(net, 10)!;
    expect(core.actors).toEqual(expect.arrayContaining(['h0', 'h1', 'h2', 'h3', 'h4']));
    const alone = placeActors(core, { layout: true });
    for (const id of core.actors) expect(bounded.get(id)).toEqual(alone.get(id));
  });

  it('puts every other linked actor beside its hub, in the hub\'s community', () => {
    const placed = placeActors(network(), { layout: true, coreMax: 10 });
    expect(placed.size).toBe(110);
    for (let k = 10; k < 20; k++) {
      const leaf = placed.get(`h3-leaf-${k}`)!;
      const hub = placed.get('h3')!;
      expect(leaf.community).toBe(hub.community);
      expect(Math.hypot(leaf.x! - hub.x!, leaf.y! - hub.y!)).toBeLessThanOrEqual(6.01);
    }
  });

  it('gives actors with no link to the core a community of their own, outside the laid-out disc', () => {
    const placed = placeActors(network(), { layout: true, coreMax: 10 });
    const inner = ['h0', 'h1', 'h2', 'h3', 'h4'].map((h) => placed.get(h)!);
    const extent = Math.max(...inner.map((p) => Math.hypot(p.x!, p.y!)));
    const communities = new Set([...placed.values()].map((p) => p.community));
    for (const id of ['pair-a', 'pair-b', 'lone-1']) {
      const p = placed.get(id)!;
      expect(Math.hypot(p.x!, p.y!)).toBeGreaterThan(extent);
      expect([...placed.values()].filter((q) => q.community === p.community)).toHaveLength(1);
    }
    expect(communities.size).toBeGreaterThan(5);
  });

  it('does not depend on the order of actors and links', () => {
    const net = network();
    const a = placeActors(net, { layout: true, coreMax: 10 });
    const b = placeActors({ actors: [...net.actors].reverse(), links: [...net.links].reverse() }, { layout: true, coreMax: 10 });
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });

  it('places communities alone, without positions, when no layout is asked for', () => {
    const placed = placeActors(network(), { layout: false, coreMax: 10 });
    expect(placed.size).toBe(110);
    expect([...placed.values()].every((p) => p.x === undefined && Number.isInteger(p.community))).toBe(true);
  });
});
