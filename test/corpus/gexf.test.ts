// Tests for the GEXF writer (src/corpus/gexf.ts): parallel edges between one actor pair keep apart
// through GEXF's `kind` (Gephi merges edges of one kind), statement links carry their statement kind,
// and the bytes do not depend on input order.

import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { writeGexf, writeGexfPieces, type ActorNetwork } from '../../src/corpus/index.js';

const net = (): ActorNetwork => ({
  actors: [
    { id: 'a', label: 'Ana Roe', type: 'Person', articles: 2, statements: 3 },
    { id: 'b', label: 'Bel & Co', type: 'Organization', articles: 1, statements: 0 },
  ],
  links: [
    { source: 'a', target: 'b', relation: 'spokeAbout', statementKind: 'speech', weight: 2 },
    { source: 'a', target: 'b', relation: 'spokeAbout', statementKind: 'thought', weight: 1 },
    { source: 'a', target: 'b', relation: 'affiliation', weight: 1 },
  ],
});

type El = { name?: string; attribs?: Record<string, string>; children?: El[] };
function all(root: El, name: string): El[] {
  const out: El[] = [];
  const walk = (n: El): void => {
    if (n.name === name) out.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk(root);
  return out;
}

describe('writeGexf', () => {
  it('writes one edge per relation and statement kind between a pair, each with a distinct kind', () => {
    const doc = parseDocument(writeGexf(net()), { xmlMode: true }) as unknown as El;
    const edges = all(doc, 'edge');
    expect(edges.map((e) => e.attribs!.kind)).toEqual(['affiliation', 'spokeAbout/speech', 'spokeAbout/thought']);
    expect(new Set(edges.map((e) => e.attribs!.id)).size).toBe(3);
  });

  it('carries the statement kind as an edge attribute on statement links only', () => {
    const doc = parseDocument(writeGexf(net()), { xmlMode: true }) as unknown as El;
    const kinds = all(doc, 'edge').map((e) => all(e, 'attvalue').find((v) => v.attribs!.for === 'statementKind')?.attribs!.value ?? null);
    expect(kinds).toEqual([null, 'speech', 'thought']);
  });

  it('gives the same bytes whatever order the actors and links come in', () => {
    const n = net();
    expect(writeGexf({ actors: [...n.actors].reverse(), links: [...n.links].reverse() })).toBe(writeGexf(n));
  });

  it('is written in bounded pieces for a large network, the same bytes once joined', () => {
    const actors = Array.from({ length: 10_000 }, (_, i) => ({ id: `p${i}`, label: `Person ${i}`, type: 'Person', articles: 1, statements: 1 }));
    const links = actors.slice(1).map((a, i) => ({ source: `p${i}`, target: a.id, relation: 'spokeAbout', statementKind: 'speech', weight: 1 }));
    const pieces: string[] = [];
    writeGexfPieces({ actors, links }, 'big', (t) => pieces.push(t));
    expect(pieces.length).toBeGreaterThan(4);
    expect(Math.max(...pieces.map((p) => p.split('\n').length))).toBeLessThanOrEqual(4097);
    expect(pieces.join('')).toBe(writeGexf({ actors, links }, 'big'));
  });
});
