// Tests for ontology/newsgraph.ttl and ontology/shapes.ttl: the writer (stage 4) uses only declared
// terms, every term is labelled, commented and aligned as documented, and the shapes reject broken graphs.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Quad } from 'n3';
import { ACTOR_SUBTYPES, KIND_IRIS, NG, subtypeIri, NG_NS, OA, PROV, RDF, RDF_NS, RDFS, SCHEMA, XSD, mintIri, toQuads } from '../../src/4-rdf/index.js';
import { article1, article2 } from '../4-rdf/_fixture.js';
import { readOntology, validate } from './_shacl.js';

const { namedNode, literal, quad } = DataFactory;
const OWL = 'http://www.w3.org/2002/07/owl#';
const ontology = readOntology('newsgraph.ttl');
const has = (s: string, p: string, o?: string): boolean =>
  ontology.some((q) => q.subject.value === s && q.predicate.value === p && (o === undefined || q.object.value === o));
const declared = new Set(
  ontology.filter((q) => q.predicate.value === RDF.type && q.subject.value.startsWith(NG_NS)).map((q) => q.subject.value),
);

// Terms of other vocabularies the writer may use as predicates or classes (everything else must be ng:).
const FOREIGN_ALLOWED = new Set([
  RDF.type,
  RDFS.label,
  'http://www.w3.org/2004/02/skos/core#altLabel',
  `${OWL}sameAs`,
  ...Object.values(OA),
  ...Object.values(PROV),
  ...Object.values(SCHEMA),
]);

function termsUsed(quads: readonly Quad[]): Set<string> {
  const used = new Set<string>();
  for (const q of quads) {
    used.add(q.predicate.value);
    if (q.predicate.value === RDF.type || q.predicate.value === NG.form) used.add(q.object.value);
  }
  return used;
}

describe('ontology/newsgraph.ttl', () => {
  it('should declare every ng: term that toQuads writes, and nothing else foreign', () => {
    const used = termsUsed([...toQuads(article1()), ...toQuads(article2())]);
    for (const term of used) {
      if (term.startsWith(NG_NS)) expect(declared, term).toContain(term);
      else expect(FOREIGN_ALLOWED, term).toContain(term);
    }
  });

  it('should declare every term of the NG map in namespaces.ts', () => {
    for (const iri of Object.values(NG)) expect(declared, iri).toContain(iri);
  });

  it('should give every ng: term an rdfs:label and an rdfs:comment', () => {
    for (const term of declared) {
      expect(has(term, RDFS.label), `${term} label`).toBe(true);
      expect(has(term, RDFS.comment), `${term} comment`).toBe(true);
    }
  });

  it.each([
    [NG.Event, 'http://semanticweb.cs.vu.nl/2009/11/sem/Event'],
    [NG.Person, 'http://schema.org/Person'],
    [NG.Person, 'http://semanticweb.cs.vu.nl/2009/11/sem/Actor'],
    [NG.Place, 'http://schema.org/Place'],
    [NG.Place, 'http://semanticweb.cs.vu.nl/2009/11/sem/Place'],
    [NG.Statement, 'http://www.w3.org/ns/prov#Activity'],
    [NG.Article, 'http://schema.org/NewsArticle'],
  ])('should align %s under %s (directly or through ng:Actor)', (cls, parent) => {
    const supers = new Set<string>([cls]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const q of ontology) {
        if (q.predicate.value === RDFS.subClassOf && supers.has(q.subject.value) && !supers.has(q.object.value)) {
          supers.add(q.object.value);
          grew = true;
        }
      }
    }
    expect(supers).toContain(parent);
  });

  it.each([
    [NG.speaker, 'http://www.w3.org/ns/prov#wasAssociatedWith'],
    [NG.actor, 'http://semanticweb.cs.vu.nl/2009/11/sem/hasActor'],
    [NG.place, 'http://www.w3.org/ns/prov#atLocation'],
    [NG.about, 'http://schema.org/about'],
  ])('should align property %s under %s', (p, parent) => {
    expect(has(p, RDFS.subPropertyOf, parent)).toBe(true);
  });
});

describe('ontology fixes of issue 23', () => {
  it.each([
    ['ng:place is not under sem:hasPlace (whose domain is sem:Event)', NG.place, RDFS.subPropertyOf, 'http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace'],
    ['ng:title is not under rdfs:label (OWL Full)', NG.title, RDFS.subPropertyOf, RDFS.label],
    ['ng:Role is not under schema:Role (an n-ary relation node)', NG.Role, RDFS.subClassOf, 'http://schema.org/Role'],
  ])('%s', (_name, s, p, o) => {
    expect(has(s, p, o)).toBe(false);
  });

  it('should make ng:subtype an object property whose values are the concepts of ng:ActorSubtypes', () => {
    const SKOS_NS = 'http://www.w3.org/2004/02/skos/core#';
    expect(has(NG.subtype, RDF.type, `${OWL}ObjectProperty`)).toBe(true);
    const inScheme = ontology.filter((q) => q.predicate.value === `${SKOS_NS}inScheme` && q.object.value === `${NG_NS}ActorSubtypes`).map((q) => q.subject.value);
    expect(inScheme.sort()).toEqual(ACTOR_SUBTYPES.map((n) => subtypeIri(n)!).sort());
  });

  it('should have every subtype that the gazetteers in data/ give in the scheme', () => {
    const found = new Set<string>();
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir, { withFileTypes: true })) {
        if (f.isDirectory()) walk(join(dir, f.name));
        else if (f.name.endsWith('.json')) for (const m of readFileSync(join(dir, f.name), 'utf8').matchAll(/"subtype": *"([^"]+)"/g)) found.add(m[1]!);
      }
    };
    walk(fileURLToPath(new URL('../../data', import.meta.url)));
    expect(found.size).toBeGreaterThan(3);
    for (const sub of found) expect(subtypeIri(sub), sub).not.toBeNull();
  });

  it('should carry owl:versionInfo equal to the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ontology.find((q) => q.subject.value === 'https://w3id.org/newsgraph/ns' && q.predicate.value === `${OWL}versionInfo`)?.object.value).toBe(pkg.version);
  });
});

describe('the statement kinds scheme', () => {
  const SKOS_NS = 'http://www.w3.org/2004/02/skos/core#';
  it.each(Object.entries(KIND_IRIS))('should define kind %s as a concept of ng:StatementKinds with a definition, a test and its notation', (kind, iri) => {
    expect(has(iri, RDF.type, `${SKOS_NS}Concept`)).toBe(true);
    expect(has(iri, `${SKOS_NS}inScheme`, NG.StatementKinds)).toBe(true);
    expect(has(NG.StatementKinds, `${SKOS_NS}hasTopConcept`, iri)).toBe(true);
    expect(has(iri, `${SKOS_NS}definition`)).toBe(true);
    expect(ontology.find((q) => q.subject.value === iri && q.predicate.value === `${SKOS_NS}scopeNote`)?.object.value).toMatch(/^Test: /);
    expect(ontology.find((q) => q.subject.value === iri && q.predicate.value === `${SKOS_NS}notation`)?.object.value).toBe(kind);
  });

  it('should list in the shapes exactly the concepts of the scheme', () => {
    const shapes = readOntology('shapes.ttl');
    const inScheme = ontology.filter((q) => q.predicate.value === `${SKOS_NS}inScheme` && q.object.value === NG.StatementKinds).map((q) => q.subject.value);
    const listed = shapes.filter((q) => q.predicate.value === `${RDF_NS}first` && q.object.value.startsWith(NG_NS) && inScheme.includes(q.object.value)).map((q) => q.object.value);
    expect(listed.sort()).toEqual(Object.values(KIND_IRIS).sort());
    expect(inScheme.sort()).toEqual(Object.values(KIND_IRIS).sort());
  });
});

describe('ontology/shapes.ttl', () => {
  const base = (): Quad[] => toQuads(article1(), { options: { minConfidence: 0.3, today: '2024-03-01' }, runDate: '2024-03-01', sha256: 'a'.repeat(64) });
  const A1 = mintIri({ kind: 'article', id: 'fish-2024-001' });
  const s1 = mintIri({ kind: 'statement', article: A1, id: 's1' });
  // "start,end" of s1's content evidence.
  const spanOf = (quads: Quad[]): string =>
    quads.find((x) => x.subject.value === s1 && x.predicate.value === NG.evidence)!.object.value.replace(/^.*#char=/, '');
  const without = (quads: Quad[], s: string, p: string): Quad[] =>
    quads.filter((q) => !(q.subject.value === s && q.predicate.value === p));

  it.each<[string, (q: Quad[]) => Quad[]]>([
    ['a statement without content', (q) => without(q, s1, NG.content)],
    ['a statement with two contents', (q) => [...q, quad(namedNode(s1), namedNode(NG.content), literal('again'))]],
    ['a statement without form', (q) => without(q, s1, NG.form)],
    ['a statement with an unknown form', (q) => [...without(q, s1, NG.form), quad(namedNode(s1), namedNode(NG.form), namedNode(`${NG_NS}Shouted`))]],
    ['a statement without reportedIn', (q) => without(q, s1, NG.reportedIn)],
    [
      'a statement with two speakers',
      (q) => [...q, quad(namedNode(s1), namedNode(NG.speaker), namedNode(mintIri({ kind: 'actor', key: 'Place/Norway' })))],
    ],
    [
      'a date with a datatype other than date/gYearMonth/gYear',
      (q) => [...without(q, s1, NG.date), quad(namedNode(s1), namedNode(NG.date), literal('2024-02-27T10:00:00', namedNode(`${XSD.date}Time`)))],
    ],
    ['a date as a plain string', (q) => [...without(q, s1, NG.date), quad(namedNode(s1), namedNode(NG.date), literal('2024-02-27'))]],
    [
      'a speaker that is not an actor',
      (q) => [...without(q, s1, NG.speaker), quad(namedNode(s1), namedNode(NG.speaker), namedNode(A1))],
    ],
    ['a statement with a property the writer never uses', (q) => [...q, quad(namedNode(s1), namedNode(`${NG_NS}mood`), literal('angry'))]],
    [
      'a selector whose start is after its end',
      (q) => {
        const span = q.find((x) => x.subject.value === s1 && x.predicate.value === NG.evidence)!.object.value;
        const sel = q.find((x) => x.subject.value === span && x.predicate.value === OA.hasSelector && x.object.value.includes('#position='))!.object.value;
        return [...without(q, sel, OA.start), quad(namedNode(sel), namedNode(OA.start), literal('9999', namedNode(XSD.nonNegativeInteger)))];
      },
    ],
    ['an actor without a label', (q) => without(q, mintIri({ kind: 'actor', key: 'Person/Ingrid Dahl' }), RDFS.label)],
    [
      'a sameAs that is not a Wikidata item',
      (q) => [
        ...q,
        quad(namedNode(mintIri({ kind: 'actor', key: 'Place/Norway' })), namedNode(`${OWL}sameAs`), namedNode('http://dbpedia.org/resource/Norway')),
      ],
    ],
    ['an article without its id', (q) => without(q, A1, NG.articleId)],
    ['evidence without its source', (q) => without(q, `${A1}#char=${q.length > 0 ? spanOf(q) : ''}`, OA.hasSource)],
    ['evidence with two position selectors', (q) => [...q, quad(namedNode(`${A1}#char=${spanOf(q)}`), namedNode(OA.hasSelector), namedNode(`${A1}#position=0,1`)), quad(namedNode(`${A1}#position=0,1`), namedNode(RDF.type), namedNode(OA.TextPositionSelector)), quad(namedNode(`${A1}#position=0,1`), namedNode(OA.start), literal('0', namedNode(XSD.nonNegativeInteger))), quad(namedNode(`${A1}#position=0,1`), namedNode(OA.end), literal('1', namedNode(XSD.nonNegativeInteger)))]],
    ['a quote selector with an empty exact', (q) => [...without(q, `${A1}#quote=${spanOf(q)}`, OA.exact), quad(namedNode(`${A1}#quote=${spanOf(q)}`), namedNode(OA.exact), literal(''))]],
    ['a graph without its generating activity', (q) => without(q, `${A1}/graph`, PROV.wasGeneratedBy)],
    ['a reading without options', (q) => without(q, `${A1}/reading`, NG.options)],
    ['an article hash that is not SHA-256 hex', (q) => [...q, quad(namedNode(A1), namedNode(NG.sha256), literal('abc'))]],
    ['a statement with empty content', (q) => [...without(q, s1, NG.content), quad(namedNode(s1), namedNode(NG.content), literal(''))]],
    ['a statement with blank content', (q) => [...without(q, s1, NG.content), quad(namedNode(s1), namedNode(NG.content), literal(' \n\t'))]],
    ['a statement of a kind outside the scheme', (q) => [...without(q, s1, NG.kind), quad(namedNode(s1), namedNode(NG.kind), namedNode(`${NG_NS}Gossip`))]],
    ['a statement with two kinds', (q) => [...q, quad(namedNode(s1), namedNode(NG.kind), namedNode(NG.Thought))]],
  ])('should reject %s', async (_name, breakIt) => {
    expect((await validate(base())).conforms).toBe(true);
    const { conforms, problems } = await validate(breakIt(base()));
    expect(conforms).toBe(false);
    expect(problems.length).toBeGreaterThan(0);
  });
});
