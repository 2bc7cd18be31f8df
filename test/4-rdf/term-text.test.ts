// src/4-rdf/term-text.ts writes terms and Turtle as N3.Writer does, from remembered term texts:
// every term kind and every escape must come out byte for byte as N3.Writer's own output.

import type { Quad, Term } from 'n3';
import { describe, expect, it } from 'vitest';
import { DataFactory, Writer } from '../../src/4-rdf/n3.js';
import { PREFIXES, RDF, XSD } from '../../src/4-rdf/namespaces.js';
import { TermText, turtleBody } from '../../src/4-rdf/term-text.js';
import { turtlePrefixHeader } from '../../src/4-rdf/turtle.js';

const { namedNode, literal, blankNode, quad } = DataFactory;
const ID = 'https://w3id.org/newsgraph/id/';

const TERMS: Term[] = [
  namedNode(`${ID}person/john-smith`),
  namedNode(`${ID}article/a1/statement/s1`),
  namedNode(`${ID}person/o.k.`),
  namedNode(`${ID}place/caf\u00e9`),
  namedNode('http://example.org/a b"c\\d'),
  namedNode('http://example.org/\u0001\ud83d\ude00'),
  namedNode(RDF.type),
  namedNode('ng:already-prefixed'),
  literal('plain'),
  literal('He said "no".\nThen\ttabs\\ and \u0007 bell'),
  literal('curly \u201cquotes\u201d and \ud83d\ude00 and lone \ud800 end'),
  literal('bonjour', 'fr'),
  literal('12', namedNode(XSD.nonNegativeInteger)),
  literal('12', namedNode(XSD.integer)),
  literal('-1.5', namedNode(XSD.decimal)),
  literal('1.5e3', namedNode('http://www.w3.org/2001/XMLSchema#double')),
  literal('true', namedNode(XSD.boolean)),
  literal('maybe', namedNode(XSD.boolean)),
  literal('2024-03', namedNode('http://www.w3.org/2001/XMLSchema#gYearMonth')),
  blankNode('b1'),
];

function n3Text(quads: readonly Quad[], options: ConstructorParameters<typeof Writer>[0]): string {
  const writer = new Writer(options);
  for (const q of quads) writer.addQuad(q);
  let out = '';
  writer.end((_e, text) => (out = text));
  return out;
}

describe('TermText', () => {
  it.each(TERMS.map((t) => [t.termType, t.value, t] as const))('writes %s %j as N3.Writer writes an N-Quads object', (_k, _v, t) => {
    const s = namedNode('http://example.org/s');
    const p = namedNode('http://example.org/p');
    const line = new Writer({ format: 'N-Quads' }).quadToString(s, p, t as Quad['object']);
    expect(new TermText('N-Quads').term(t)).toBe(line.slice('<http://example.org/s> <http://example.org/p> '.length, -3));
  });

  it('writes each term twice the same (the remembered IRI text included)', () => {
    const terms = new TermText('Turtle');
    expect(TERMS.map((t) => terms.term(t))).toEqual(TERMS.map((t) => terms.term(t)));
  });
});

describe('turtleBody', () => {
  const s1 = namedNode(`${ID}article/a1`);
  const s2 = namedNode(`${ID}person/john-smith`);
  const p = namedNode('http://schema.org/name');
  const quads = [
    quad(s1, namedNode(RDF.type), namedNode('https://w3id.org/newsgraph/ns#Article')),
    quad(s1, namedNode(RDF.type), namedNode('http://schema.org/NewsArticle')),
    ...TERMS.filter((t) => t.termType !== 'BlankNode').map((t) => quad(s1, p, t as Quad['object'])),
    quad(s1, namedNode('http://example.org/q'), blankNode('b1')),
    quad(s2, p, literal('John Smith')),
    quad(blankNode('b1'), p, literal('x')),
  ];

  it('is the Turtle N3.Writer writes with the project prefixes, without the header', () => {
    const full = n3Text(quads, { prefixes: { ...PREFIXES } });
    expect(full.startsWith(turtlePrefixHeader())).toBe(true);
    expect(turtleBody(quads)).toBe(full.slice(turtlePrefixHeader().length));
  });

  it('is empty for no quads', () => {
    expect(turtleBody([])).toBe('');
  });

  it('leaves quads in named graphs to N3.Writer', () => {
    const named = quads.map((q) => quad(q.subject, q.predicate, q.object, namedNode('http://example.org/g')));
    expect(turtleBody(named)).toBe(n3Text(named, { prefixes: { ...PREFIXES } }).slice(turtlePrefixHeader().length));
  });
});
