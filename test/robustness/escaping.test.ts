// Issue 8, property tests (fast-check): any string — quotes, <, >, \, emoji, RTL marks, control
// characters, lone surrogates, U+FFFE — used as a title, a name, a role, a quotation or an article
// id gives Turtle and N-Quads that N3.js and rapper parse back to the same values, and IRIs minted
// from names are always safe.

import fc from 'fast-check';
import type { Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { mintIri, parseTurtle, toNQuads, toQuads, toTurtle } from '../../src/4-rdf/index.js';
import { rdfSafeText } from '../../src/4-rdf/to-quads.js';
import type { Analysis } from '../../src/types.js';
import { article1 } from '../4-rdf/_fixture.js';
import { itWithRapper, parseNQuads, rapperCountText, roundTrip, shaclView } from './_rdf.js';
import { validate } from '../ontology/_shacl.js';
import { longOr } from '../_long.js';

const SPECIALS = ['"', "'", '<', '>', '\\', '\n', '\r', '\t', '\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u2028', '\u202e', '\u200f', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff', '😀', '👩‍👩‍👧', 'é', 'e\u0301', 'א', 'م', '中', '{', '}', '#', '@', '^^', '"""', "'''", '.', ';', ','];

/** Strings built from the characters that break serialisers, plus any UTF-16 code unit. */
const hostile = fc.string({
  unit: fc.oneof(fc.constantFrom(...SPECIALS), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 40,
});

const nonBlank = hostile.filter((s) => s.trim() !== '');

/** The fixture article with every text field replaced by hostile strings. */
function hostileAnalysis(title: string, name: string, role: string, quote: string, id: string): Analysis {
  const a = article1();
  a.article = { ...a.article, id, title };
  const e = a.mentions.entities[0]!;
  a.mentions.entities[0] = { ...e, name, aliases: [name + quote], roles: [role] };
  a.statements[0] = { ...a.statements[0]!, content: { ...a.statements[0]!.content, text: quote }, cue: { ...a.statements[0]!.cue!, text: role } };
  return a;
}

function literals(quads: readonly Quad[]): string[] {
  return quads
    .filter((q) => q.object.termType === 'Literal')
    .map((q) => q.object.value)
    .sort();
}

const RUNS = longOr(150, 40);

describe('literals with any characters', () => {
  it('round-trip through Turtle and N-Quads with N3.js, as the text made RDF-safe', () => {
    fc.assert(
      fc.property(hostile, nonBlank, nonBlank, hostile, nonBlank, (title, name, role, quote, id) => {
        const quads = toQuads(hostileAnalysis(title, name, role, quote, id));
        const ttl = toTurtle(quads);
        const back = parseTurtle(ttl);
        expect(literals(back)).toEqual(literals(quads));
        expect(toTurtle(back)).toBe(ttl);
        expect(roundTrip(ttl)).toBe(ttl);
        expect(literals(parseNQuads(toNQuads(quads)))).toEqual(literals(quads));
        for (const v of [title, name, quote].filter(Boolean)) expect(literals(back)).toContain(rdfSafeText(v));
        // A UTF-8 file holds exactly these characters: no lone surrogate is left to be mangled.
        expect(Buffer.from(ttl, 'utf8').toString('utf8')).toBe(ttl);
      }),
      { numRuns: RUNS, seed: 8 },
    );
  });

  it('validate against ontology/shapes.ttl', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, nonBlank, nonBlank, hostile, nonBlank, async (title, name, role, quote, id) => {
        const report = await validate(shaclView(toQuads(hostileAnalysis(title, name, role, quote, id))));
        expect(report.problems).toEqual([]);
      }),
      { numRuns: 40, seed: 8 },
    );
  });

  itWithRapper('parse with rapper to the same number of triples', () => {
    // One document per run would spawn 150 processes; a batch of articles in one file is the same test.
    const docs = fc.sample(fc.tuple(hostile, nonBlank, nonBlank, hostile, nonBlank), { numRuns: RUNS, seed: 8 });
    const quads = docs.flatMap(([title, name, role, quote, id], i) => toQuads(hostileAnalysis(title, name, role, quote, `${i}-${id}`)));
    const ttl = toTurtle(quads);
    expect(rapperCountText(ttl, 'turtle')).toBe(parseTurtle(ttl).length);
    const nq = toNQuads(quads, 'https://w3id.org/newsgraph/id/article/batch');
    expect(rapperCountText(nq, 'nquads')).toBe(parseNQuads(nq).length);
  });

  it.each([
    ['a lone high surrogate', 'a\ud800b', 'a\ufffdb'],
    ['a lone low surrogate', '\udc00', '\ufffd'],
    ['a reversed pair', '\ude00\ud83d', '\ufffd\ufffd'],
    ['a valid pair', '😀', '😀'],
    ['NUL, U+FFFE, U+FFFF', '\u0000\ufffe\uffff', '\ufffd\ufffd\ufffd'],
    ['other control characters', '\u0001\u001b\u007f', '\u0001\u001b\u007f'],
  ])('rdfSafeText keeps the length and replaces %s', (_what, input, output) => {
    expect(rdfSafeText(input)).toBe(output);
    expect(rdfSafeText(input)).toHaveLength(input.length);
  });
});

describe('IRIs minted from any name or id', () => {
  const SAFE = /^https:\/\/w3id\.org\/newsgraph\/id\/[a-z]+\/[A-Za-z0-9_-]+$/;
  it('are made of unreserved characters only, for actors, roles and articles', () => {
    fc.assert(
      fc.property(nonBlank, nonBlank, fc.constantFrom('Person', 'Organization', 'Place', 'Other'), (name, id, type) => {
        const actor = mintIri({ kind: 'actor', key: `${type}/${name}` });
        expect(actor).toMatch(SAFE);
        expect(mintIri({ kind: 'article', id })).toMatch(SAFE);
        expect(mintIri({ kind: 'role', actor, label: name })).toMatch(/^https:\/\/w3id\.org\/newsgraph\/id\/[a-z]+\/[A-Za-z0-9_/-]+$/);
      }),
      { numRuns: 500, seed: 8 },
    );
  });

  it('differ for names that differ after case folding', () => {
    fc.assert(
      fc.property(nonBlank, nonBlank, (a, b) => {
        fc.pre(a.normalize('NFC').toLowerCase() !== b.normalize('NFC').toLowerCase());
        expect(mintIri({ kind: 'actor', key: `Person/${a}` })).not.toBe(mintIri({ kind: 'actor', key: `Person/${b}` }));
      }),
      { numRuns: 500, seed: 8 },
    );
  });
});
