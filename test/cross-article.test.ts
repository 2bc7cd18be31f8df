// Cross-article identity, end to end: two invented articles naming the same people, countries and
// government bodies in different surface forms go through buildArticle (stages 1–5) and the union
// of their quads must hold one actor node per real-world actor, with aliases and Wikidata links.

import { describe, expect, it } from 'vitest';
import type { Quad } from 'n3';
import { buildArticle } from '../src/build.js';
import { mintIri } from '../src/4-rdf/iri.js';
import { NG, OWL, RDF, RDFS, SKOS } from '../src/4-rdf/namespaces.js';

const ARTICLE_A = {
  id: 'cross-a',
  published: '2021-03-02',
  text: [
    'BERLIN — German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.',
    '"We agree on the vaccine plan," Merkel told reporters after the talks.',
    'Macron said France would send doctors. The Russian Foreign Ministry said it was ready to help.',
  ].join('\n\n'),
};

const ARTICLE_B = {
  id: 'cross-b',
  published: '2021-03-05',
  text: [
    'PARIS — Chancellor Angela Merkel arrived in Paris on Thursday for a second round of talks with Emmanuel Macron.',
    '"The plan is working," Chancellor Merkel said. Germany will pay half, Merkel added.',
    "President Macron thanked her. Russia's Foreign Ministry said Moscow had not been consulted.",
  ].join('\n\n'),
};

/** Builds both articles and returns the union of their quads, without duplicates. */
function union(): Quad[] {
  const seen = new Map<string, Quad>();
  for (const a of [ARTICLE_A, ARTICLE_B]) {
    for (const q of buildArticle(a, { today: '2021-12-31' }).quads) {
      seen.set(`${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`, q);
    }
  }
  return [...seen.values()];
}

const objects = (quads: Quad[], s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
const subjectsOfType = (quads: Quad[], type: string) => new Set(quads.filter((q) => q.predicate.value === RDF.type && q.object.value === type).map((q) => q.subject.value));

describe('cross-article identity', () => {
  const quads = union();
  const people = subjectsOfType(quads, NG.Person);

  it.each([
    ['Angela Merkel', 'Merkel'],
    ['Emmanuel Macron', 'Macron'],
  ])('merges %s into one person node across both articles, its short form as skos:altLabel', (name, alias) => {
    const iri = mintIri({ kind: 'actor', key: `Person/${name}` });
    expect(people.has(iri)).toBe(true);
    expect(objects(quads, iri, RDFS.label)).toEqual([name]);
    expect(objects(quads, iri, SKOS.altLabel)).toContain(alias);
    // No other person node carries the surname: "Chancellor Merkel" and "Merkel" did not become people of their own.
    const surname = name.split(' ').at(-1)!;
    const others = [...people].filter((p) => p !== iri && objects(quads, p, RDFS.label).some((l) => l.includes(surname)));
    expect(others).toEqual([]);
  });

  it('gives each article the same person node (both articles link to it)', () => {
    const merkel = mintIri({ kind: 'actor', key: 'Person/Angela Merkel' });
    const a = buildArticle(ARTICLE_A, { today: '2021-12-31' }).analysis.mentions;
    const b = buildArticle(ARTICLE_B, { today: '2021-12-31' }).analysis.mentions;
    for (const m of [a, b]) expect(m.entities.map((e) => mintIri({ kind: 'actor', key: e.key }))).toContain(merkel);
  });

  it.each([
    ['Germany', 'Q183'],
    ['France', 'Q142'],
    ['Russia', 'Q159'],
  ])('links the country %s to Wikidata with owl:sameAs', (country, qid) => {
    const iri = mintIri({ kind: 'actor', key: `Place/${country}` });
    expect(objects(quads, iri, OWL.sameAs)).toEqual([`http://www.wikidata.org/entity/${qid}`]);
  });

  it('makes "the Russian Foreign Ministry" and "Russia\'s Foreign Ministry" one organisation affiliated with Russia', () => {
    const iri = mintIri({ kind: 'actor', key: 'Organization/Russian Foreign Ministry' });
    expect(subjectsOfType(quads, NG.Organization).has(iri)).toBe(true);
    expect(objects(quads, iri, NG.affiliation)).toEqual([mintIri({ kind: 'actor', key: 'Place/Russia' })]);
    // No country-less "Foreign Ministry" that would merge every country's ministry.
    expect(subjectsOfType(quads, NG.Organization).has(mintIri({ kind: 'actor', key: 'Organization/Foreign Ministry' }))).toBe(false);
  });
});
