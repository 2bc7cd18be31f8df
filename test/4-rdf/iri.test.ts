// Tests for stage 4 IRI minting (src/4-rdf/iri.ts): deterministic, readable, Unicode-safe and
// collision-free IRIs from entity keys, article ids and statement ids.

import { describe, expect, it } from 'vitest';
import { IriError, mintIri } from '../../src/4-rdf/index.js';

const ID = 'https://w3id.org/newsgraph/id/';

describe('mintIri', () => {
  it('should mint a readable lower-case slug under the entity type for a plain ASCII name', () => {
    expect(mintIri({ kind: 'actor', key: 'Person/Sergei Lavrov' })).toBe(`${ID}person/sergei-lavrov`);
    expect(mintIri({ kind: 'actor', key: 'Organization/NATO' })).toBe(`${ID}organization/nato`);
  });

  it('should give the same IRI for keys that differ only in letter case (a dateline "MOSCOW" is Moscow)', () => {
    expect(mintIri({ kind: 'actor', key: 'Place/MOSCOW' })).toBe(mintIri({ kind: 'actor', key: 'Place/Moscow' }));
  });

  it.each([
    ['Person/Jean-Claude Juncker', 'Person/Jean Claude Juncker'],
    ['Person/Zelénskyy', 'Person/Zelenskyy'],
    ['Organization/AT&T', 'Organization/AT T'],
    ['Place/Tromsø', 'Place/Tromso'],
    ['Person/Anna  Berg', 'Person/Anna Berg'],
  ])('should keep %s and %s apart by hashing the lossy one', (a, b) => {
    expect(mintIri({ kind: 'actor', key: a })).not.toBe(mintIri({ kind: 'actor', key: b }));
  });

  it('should keep a readable prefix and add a hash after "_" when the slug loses information', () => {
    expect(mintIri({ kind: 'actor', key: 'Place/Tromsø' })).toMatch(/^https:\/\/w3id\.org\/newsgraph\/id\/place\/troms_[0-9a-f]{32}$/);
  });

  it('should mint a valid ASCII IRI for a name in another script', () => {
    const iri = mintIri({ kind: 'actor', key: 'Person/Сергей Лавров' });
    expect(iri).toMatch(/^https:\/\/w3id\.org\/newsgraph\/id\/person\/_[0-9a-f]{32}$/);
    expect(iri).not.toBe(mintIri({ kind: 'actor', key: 'Person/Сергей Шойгу' }));
  });

  it('should normalise Unicode so composed and decomposed spellings are one actor', () => {
    expect(mintIri({ kind: 'actor', key: 'Person/Zel\u00e9nskyy' })).toBe(mintIri({ kind: 'actor', key: 'Person/Zele\u0301nskyy' }));
  });

  it('should mint keys without a known type under id/actor/', () => {
    expect(mintIri({ kind: 'actor', key: 'officials' })).toBe(`${ID}actor/officials`);
  });

  it('should mint statement and event IRIs under the article IRI, apart from each other', () => {
    const article = mintIri({ kind: 'article', id: 'fish-2024-001' });
    expect(article).toBe(`${ID}article/fish-2024-001`);
    expect(mintIri({ kind: 'statement', article, id: 's1' })).toBe(`${article}/statement/s1`);
    expect(mintIri({ kind: 'event', article, id: 's1' })).toBe(`${article}/event/s1`);
  });

  it('should keep article ids case-sensitive and hash ids with other characters', () => {
    expect(mintIri({ kind: 'article', id: 'ABC' })).not.toBe(mintIri({ kind: 'article', id: 'abc' }));
    expect(mintIri({ kind: 'article', id: 'a b' })).toMatch(/article\/a-b_[0-9a-f]{32}$/);
    expect(mintIri({ kind: 'article', id: 'a b' })).not.toBe(mintIri({ kind: 'article', id: 'a-b' }));
  });

  it('should name a selector by article and offsets', () => {
    const article = mintIri({ kind: 'article', id: 'x' });
    expect(mintIri({ kind: 'selector', article, start: 3, end: 9 })).toBe(`${article}#char=3,9`);
  });

  it('should map a Wikidata id to its entity IRI', () => {
    expect(mintIri({ kind: 'wikidata', id: 'Q159' })).toBe('http://www.wikidata.org/entity/Q159');
  });

  it.each([
    [{ kind: 'actor', key: 'Person/' }],
    [{ kind: 'article', id: '' }],
    [{ kind: 'selector', article: `${ID}article/x`, start: 5, end: 2 }],
    [{ kind: 'selector', article: `${ID}article/x`, start: -1, end: 2 }],
    [{ kind: 'statement', article: 'http://elsewhere.org/a', id: 's1' }],
    [{ kind: 'wikidata', id: '159' }],
  ] as const)('should throw IriError on misuse: %j', (ref) => {
    expect(() => mintIri(ref)).toThrow(IriError);
  });
});

describe('the hash part of lossy slugs (issue 22 item 4)', () => {
  it('is 128 bits, and distinct ids that 48 bits could confuse stay apart', () => {
    const iris = new Set(Array.from({ length: 20_000 }, (_, i) => mintIri({ kind: 'article', id: `story ${i}` })));
    expect(iris.size).toBe(20_000);
    for (const iri of [...iris].slice(0, 3)) expect(iri).toMatch(/_[0-9a-f]{32}$/);
  });

  it('treats a lone surrogate as the U+FFFD it is written as, without reporting a collision', () => {
    expect(mintIri({ kind: 'actor', key: 'Person/\ud800' })).toBe(mintIri({ kind: 'actor', key: 'Person/\ufffd' }));
  });
});

