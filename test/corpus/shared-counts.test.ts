// Tests for the merge's actor-network counts keyed by integers (src/corpus/shared-counts.ts): the
// same sums, links in first-seen order, and refs sorted, as maps keyed by the lines gave.

import { describe, expect, it } from 'vitest';
import { ActorCounts } from '../../src/corpus/shared-counts.js';

const ID = 'https://w3id.org/newsgraph/id/person/';

describe('ActorCounts', () => {
  it('sums articles, statements and links as maps keyed by the lines would, links in first-seen order', () => {
    const links = [`${ID}b\t${ID}a\tclaim`, `${ID}a\t${ID}b\tclaim`, `${ID}b\t${ID}a\tclaim`, `${ID}b\t${ID}a`, `${ID}b\t${ID}a\topinion`, `${ID}a\t${ID}b\tclaim`];
    const c = new ActorCounts();
    for (const l of links) c.addLink(l);
    for (const a of [`${ID}a`, `${ID}b`, `${ID}a`]) c.addArticle(a);
    c.addSpoken(`${ID}b`);
    for (const r of [`${ID}z`, `${ID}c`, `${ID}z`]) c.addRef(r);
    expect([...c.countedLinks()]).toEqual([
      { source: `${ID}b`, target: `${ID}a`, kind: 'claim', count: 2 },
      { source: `${ID}a`, target: `${ID}b`, kind: 'claim', count: 2 },
      { source: `${ID}b`, target: `${ID}a`, kind: undefined, count: 1 },
      { source: `${ID}b`, target: `${ID}a`, kind: 'opinion', count: 1 },
    ]);
    expect([c.articlesOf(`${ID}a`), c.articlesOf(`${ID}b`), c.articlesOf(`${ID}nobody`)]).toEqual([2, 1, 0]);
    expect([c.statementsOf(`${ID}b`), c.statementsOf(`${ID}a`)]).toEqual([1, 0]);
    expect(c.refs()).toEqual([`${ID}c`, `${ID}z`]);
    // The layout's links: summed over kinds, one per pair, first-seen order.
    expect(c.pairs()).toEqual([
      { source: `${ID}b`, target: `${ID}a`, count: 4 },
      { source: `${ID}a`, target: `${ID}b`, count: 2 },
    ]);
  });

  it('keys links by their text once a line does not fit an integer key, keeping the counts and their order', () => {
    const c = new ActorCounts();
    c.addLink(`${ID}a\t${ID}b\tclaim`);
    c.addLink(`${ID}a\t${ID}b\tclaim\textra`);
    c.addLink(`${ID}a\t${ID}b\tclaim`);
    expect([...c.countedLinks()]).toEqual([
      { source: `${ID}a`, target: `${ID}b`, kind: 'claim', count: 2 },
      { source: `${ID}a`, target: `${ID}b`, kind: 'claim', count: 1 },
    ]);
    expect(c.pairs()).toEqual([{ source: `${ID}a`, target: `${ID}b`, count: 3 }]);
  });
});
