import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { toTurtle, turtlePrefixHeader } from '../../src/4-rdf/index.js';
import { graphData } from '../../src/5-graph/index.js';
import { SharedSection } from '../../src/corpus/shared-section.js';
import { ownString } from '../../src/corpus/own-string.js';
import { LineSet } from '../../src/corpus/line-runs.js';

const ID = 'https://w3id.org/newsgraph/id/';
const NG = 'https://w3id.org/newsgraph/ns#';
const TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
const LABEL = '<http://www.w3.org/2000/01/rdf-schema#label>';

// Actor and role triples as the corpus merge's shared section holds them. "abc" is a prefix of
// "abc-news" and of its own role, so the key order, the "<IRI>" order and the line order differ.
const LINES = [
  `<${ID}organization/abc> ${TYPE} <${NG}Organization> .`,
  `<${ID}organization/abc> ${LABEL} "ABC" .`,
  `<${ID}organization/abc> <${NG}affiliation> <${ID}place/new-york> .`,
  `<${ID}organization/abc-news> ${TYPE} <${NG}Organization> .`,
  `<${ID}organization/abc-news> ${LABEL} "ABC News" .`,
  `<${ID}organization/abc/role/anchor> ${TYPE} <${NG}Role> .`,
  `<${ID}organization/abc/role/anchor> ${LABEL} "anchor" .`,
  `<${ID}organization/abc/role/anchor> <${NG}roleOf> <${ID}organization/abc> .`,
  `<${ID}person/ann-lee> ${TYPE} <${NG}Person> .`,
  `<${ID}person/ann-lee> ${LABEL} "Ann Lee" .`,
  `<${ID}person/ann-lee> <${NG}role> <${ID}organization/abc/role/anchor> .`,
  `<${ID}person/ann-lee> <${NG}affiliation> <${ID}organization/abc-news> .`,
  `<${ID}person/an-official-of-article-7> ${TYPE} <${NG}Person> .`,
  `<${ID}person/an-official-of-article-7> ${LABEL} "an official" .`,
  `<${ID}person/an-official-of-article-7> <${NG}anonymous> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .`,
  `<${ID}untyped> ${LABEL} "no type" .`,
];

// What the merge wrote before: the whole union parsed, then toTurtle and graphData over all of it.
function whole(lines: readonly string[]): { turtle: string; data: ReturnType<typeof graphData> } {
  const quads = new Parser({ format: 'N-Triples' }).parse([...lines].sort().join('\n'));
  return { turtle: toTurtle(quads).slice(turtlePrefixHeader().length), data: graphData(quads) };
}

function turtleOf(section: SharedSection): string {
  let out = '';
  section.writeTurtle((t) => (out += t));
  return out;
}

describe('SharedSection', () => {
  it.each([
    ['in sorted order', [...LINES].sort()],
    ['in reverse order', [...LINES].sort().reverse()],
    ['as given', [...LINES]],
  ])('writes the Turtle, nodes and edges of the whole union, subject by subject, lines %s', (_, lines) => {
    const expected = whole(LINES);
    const section = new SharedSection([...lines]);
    expect(turtleOf(section)).toBe(expected.turtle);
    expect([...section.nodes()]).toEqual(expected.data.nodes);
    expect(section.edges).toEqual(expected.data.edges);
    expect(section.triples).toBe(LINES.length);
  });

  it('gives the same Turtle, nodes and edges when its lines stream from sorted runs through a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-section-'));
    try {
      const expected = new SharedSection([...LINES]);
      // A budget of 150 characters: a run every line or two, each line added twice.
      const set = new LineSet({ dir, budget: 150 });
      for (const l of [...LINES, ...[...LINES].reverse()]) set.add(l);
      expect(set.spilled).toBeGreaterThan(3);
      const section = new SharedSection(set.drain(), join(dir, 'shared.nt'));
      expect(turtleOf(section)).toBe(turtleOf(expected));
      expect([...section.nodes()]).toEqual([...expected.nodes()]);
      expect(section.edges).toEqual(expected.edges);
      expect(section.triples).toBe(LINES.length);
      expect(section.has(`${ID}place/new-york`)).toBe(true);
      section.dispose();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('knows edge targets without triples (a place) as nodes, and nothing else', () => {
    const section = new SharedSection([...LINES]);
    expect(section.has(`${ID}place/new-york`)).toBe(true);
    expect(section.has(`${ID}organization/abc/role/anchor`)).toBe(true);
    expect(section.has(`${ID}person/nobody`)).toBe(false);
  });

  it('reads a union with a blank node whole, with the same result', () => {
    const lines = [...LINES, `_:b1 ${LABEL} "a blank node" .`, `<${ID}person/ann-lee> <${NG}knows> _:b1 .`];
    // The parser names blank nodes by a counter of parses ("_:b81_b1"): compared without it.
    const unnamed = (x: unknown): string => JSON.stringify(x).replace(/_:b\d+_/g, '_:');
    const expected = whole(lines);
    const section = new SharedSection([...lines]);
    expect(unnamed(turtleOf(section))).toBe(unnamed(expected.turtle));
    expect(unnamed([...section.nodes()])).toBe(unnamed(expected.data.nodes));
    expect(unnamed(section.edges)).toBe(unnamed(expected.data.edges));
  });

  it('writes nothing for an empty union', () => {
    const section = new SharedSection([]);
    expect(turtleOf(section)).toBe('');
    expect([...section.nodes()]).toEqual([]);
    expect(section.triples).toBe(0);
  });
});

describe('LineSet', () => {
  it('gives back each distinct line once, in code-unit order, from memory or from runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-lines-'));
    try {
      const lines = Array.from({ length: 3000 }, (_, i) => `<x/${(i * 7919) % 1000}> "é ${'“Zelénskyy’s”'.repeat(i % 3)}" .`);
      const want = [...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const inMemory = new LineSet();
      const spilled = new LineSet({ dir, budget: 5000 });
      for (const l of lines) {
        inMemory.add(l);
        spilled.add(l);
      }
      expect(spilled.spilled).toBeGreaterThan(5);
      expect([...inMemory.drain()]).toEqual(want);
      expect([...spilled.drain()]).toEqual(want);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ownString', () => {
  it.each([[''], ['short'], ['a line of thirteen or more characters'], ['Zelénskyy’s “quoted” words, two-byte']])('returns a string equal to %j', (s) => {
    const line = `prefix\n${s}\nsuffix`.split('\n')[1]!;
    expect(ownString(line)).toBe(s);
  });
});
