import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { toTurtle, turtlePrefixHeader } from '../../src/4-rdf/index.js';
import { graphData } from '../../src/5-graph/index.js';
import { SharedSection } from '../../src/corpus/shared-section.js';
import { ownString } from '../../src/corpus/own-string.js';

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

describe('ownString', () => {
  it.each([[''], ['short'], ['a line of thirteen or more characters'], ['Zelénskyy’s “quoted” words, two-byte']])('returns a string equal to %j', (s) => {
    const line = `prefix\n${s}\nsuffix`.split('\n')[1]!;
    expect(ownString(line)).toBe(s);
  });
});
