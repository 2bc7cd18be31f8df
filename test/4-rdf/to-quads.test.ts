// Tests for stage 4 (src/4-rdf/to-quads.ts, turtle.ts): Analysis → quads is valid against
// ontology/shapes.ttl, deterministic, merges across articles by plain union, types its dates and
// escapes any text.

import { describe, expect, it } from 'vitest';
import type { Quad } from 'n3';
import { NG, OA, RDF, RDFS, SKOS, XSD, mintIri, parseTurtle, rdfReady, toNQuads, toQuads, toQuadsReport, toTurtle, quoteOf } from '../../src/4-rdf/index.js';
import { validate } from '../ontology/_shacl.js';
import { analyze } from '../../src/pipeline.js';
import { article1, article2, trickyArticle } from './_fixture.js';

const A1 = mintIri({ kind: 'article', id: 'fish-2024-001' });
const DAHL = mintIri({ kind: 'actor', key: 'Person/Ingrid Dahl' });
const stmt = (id: string, article = A1): string => mintIri({ kind: 'statement', article, id });

function objects(quads: readonly Quad[], s: string, p: string): string[] {
  return quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value).sort();
}
function literalOf(quads: readonly Quad[], s: string, p: string): { value: string; datatype: string } | undefined {
  const q = quads.find((x) => x.subject.value === s && x.predicate.value === p);
  return q && q.object.termType === 'Literal' ? { value: q.object.value, datatype: q.object.datatype.value } : undefined;
}

describe('toQuads', () => {
  it('should produce a graph that conforms to ontology/shapes.ttl', async () => {
    const { conforms, problems } = await validate(toQuads(article1()));
    expect(problems).toEqual([]);
    expect(conforms).toBe(true);
  });

  it('should produce a conforming graph for statements with no cue (quoted words) and with no source (an appearance)', async () => {
    const a = analyze({ id: 'nocue', text: 'The mayor waved off the audit as “a fishing expedition by people who lost the vote.” The new bridge is expected to open in May.', published: '2024-05-06' }, { today: '2024-06-01' });
    const said = a.statements.filter((s) => !s.unattributed);
    expect(said.map((s) => [s.cue?.text ?? null, s.speaker?.text ?? null])).toEqual([[null, 'The mayor'], ['expected', null]]);
    const { problems } = await validate(toQuads(a));
    expect(problems).toEqual([]);
  });

  it('should produce a conforming graph for an article with missing metadata and unlisted entity keys', async () => {
    const { problems } = await validate(toQuads(article2()));
    expect(problems).toEqual([]);
  });

  it('should write each statement with its speaker, form, cue, article and about links', () => {
    const q = toQuads(article1());
    expect(objects(q, stmt('s1'), RDF.type)).toEqual([NG.Statement]);
    expect(objects(q, stmt('s1'), NG.speaker)).toEqual([DAHL]);
    expect(objects(q, stmt('s1'), NG.form)).toEqual([NG.Indirect]);
    expect(objects(q, stmt('s2'), NG.form)).toEqual([NG.Direct]);
    expect(objects(q, stmt('s3'), NG.form)).toEqual([NG.Mixed]);
    expect(objects(q, stmt('s1'), NG.cueLemma)).toEqual(['say']);
    expect(objects(q, stmt('s1'), NG.reportedIn)).toEqual([A1]);
    expect(objects(q, stmt('s3'), NG.about)).toEqual([DAHL]);
  });

  it('should write each statement\'s confidence as an xsd:decimal, and none for an unscored one', () => {
    const q = toQuads(article1());
    const conf = q.filter((x) => x.subject.value === stmt('s4') && x.predicate.value === NG.confidence);
    expect(conf.map((x) => [x.object.value, (x.object as { datatype?: { value: string } }).datatype?.value])).toEqual([['0.42', 'http://www.w3.org/2001/XMLSchema#decimal']]);
    const a = article1();
    a.statements[0]!.confidence = null;
    expect(objects(toQuads(a), stmt('s1'), NG.confidence)).toEqual([]);
  });

  it.each([
    ['speech', NG.Speech],
    ['thought', NG.Thought],
    ['stance', NG.Stance],
    ['intention', NG.Intention],
    ['finding', NG.Finding],
  ] as const)('should write kind %s as the concept %s of ng:StatementKinds, and the graph conforms', async (kind, concept) => {
    const a = article1();
    a.statements[0]!.kind = kind;
    const q = toQuads(a);
    expect(objects(q, stmt('s1'), NG.kind)).toEqual([concept]);
    expect((await validate(q)).problems).toEqual([]);
  });

  it('should write ng:negated true for a negated cue only, and the graph conforms', async () => {
    const a = article1();
    a.statements[0]!.negated = true;
    const q = toQuads(a);
    expect(literalOf(q, stmt('s1'), NG.negated)).toEqual({ value: 'true', datatype: XSD.boolean });
    expect(objects(q, stmt('s2'), NG.negated)).toEqual([]);
    expect((await validate(q)).problems).toEqual([]);
  });

  it('should write no ng:kind for a statement whose kind is unknown', () => {
    const q = toQuads(article1());
    expect(objects(q, stmt('s4'), NG.kind)).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['blank', ' \n '],
  ])('should drop a statement with %s content with a warning, keep the rest, and stay valid', async (_name, text) => {
    const a = article1();
    a.statements[2]!.content = { start: 10, end: 10 + text.length, text };
    const { quads, warnings } = toQuadsReport(a);
    expect(objects(quads, stmt('s3'), RDF.type)).toEqual([]);
    expect(objects(quads, stmt('s1'), RDF.type)).toEqual([NG.Statement]);
    // s4 was nested in s3: it is kept, without a link to a statement that is not there.
    expect(objects(quads, stmt('s4'), NG.nestedIn)).toEqual([]);
    expect(warnings).toEqual(['statement s3 (cue "said in a statement") not written to RDF: its content is empty.']);
    expect((await validate(quads)).problems).toEqual([]);
  });

  it('should drop a statement whose offsets are not a span, and rdfReady should count only what is written', () => {
    const a = article1();
    a.statements[0]!.sentence = { start: 50, end: 10 };
    const ready = rdfReady(a);
    expect(ready.statements.map((s) => s.id)).toEqual(['s2', 's3', 's4']);
    expect(ready.warnings).toEqual(['statement s1 (cue "said") not written to RDF: its content or sentence offsets are not a valid span.']);
    expect(rdfReady(article1())).toEqual(article1());
  });

  it('should link a nested statement to the statement that reports it', () => {
    const q = toQuads(article1());
    expect(objects(q, stmt('s4'), NG.nestedIn)).toEqual([stmt('s3')]);
    expect(objects(q, stmt('s3'), NG.nestedIn)).toEqual([]);
  });

  it('should not link a statement to a parent that is not in the article', () => {
    const a = article1();
    a.statements[3]!.parent = 's99';
    expect(objects(toQuads(a), stmt('s4'), NG.nestedIn)).toEqual([]);
  });

  it('should model content evidence as a Web Annotation specific resource of the article with position and quote selectors', () => {
    const a = article1();
    const q = toQuads(a);
    const s1 = a.statements[0]!;
    const [content] = objects(q, stmt('s1'), NG.evidence);
    expect(content).toBe(`${A1}#char=${s1.content.start},${s1.content.end}`);
    expect(objects(q, content!, RDF.type)).toEqual([OA.SpecificResource]);
    expect(objects(q, content!, OA.hasSource)).toEqual([A1]);
    const position = `${A1}#position=${s1.content.start},${s1.content.end}`;
    const quote = `${A1}#quote=${s1.content.start},${s1.content.end}`;
    expect(objects(q, content!, OA.hasSelector)).toEqual([position, quote].sort());
    expect(objects(q, position, RDF.type)).toEqual([OA.TextPositionSelector]);
    expect(literalOf(q, position, OA.start)).toEqual({ value: String(s1.content.start), datatype: XSD.nonNegativeInteger });
    expect(literalOf(q, position, OA.end)?.value).toBe(String(s1.content.end));
    expect(objects(q, quote, RDF.type)).toEqual([OA.TextQuoteSelector]);
    expect(literalOf(q, quote, OA.exact)?.value).toBe(s1.content.text);
    expect(literalOf(q, quote, OA.prefix)?.value).toBe(a.text.text.slice(s1.content.start - 32, s1.content.start));
    expect(literalOf(q, quote, OA.suffix)?.value).toBe(a.text.text.slice(s1.content.end, s1.content.end + 32));
  });

  it('should give sentence evidence a position selector only (the quote would repeat the sentence)', () => {
    const a = article1();
    const q = toQuads(a);
    const [sentence] = objects(q, stmt('s1'), NG.sentenceEvidence);
    const sel = objects(q, sentence!, OA.hasSelector);
    expect(sel).toEqual([`${A1}#position=${a.statements[0]!.sentence.start},${a.statements[0]!.sentence.end}`]);
  });

  it.each([
    ['at the start of the text: no prefix', 'Boats sail today, the skipper said.', 'Boats sail today', { prefix: undefined, suffix: ', the skipper said.' }],
    ['at the end: no suffix', 'The skipper said boats sail', 'boats sail', { prefix: 'The skipper said ', suffix: undefined }],
    ['an emoji pair at the edge of the context is not cut', `${'🐟'.repeat(20)}x said go`, 'go', { prefix: `${'🐟'.repeat(12)}x said `, suffix: undefined }],
  ])('should write a quote selector %s', (_name, text, exact, want) => {
    const q = quoteOf(text, text.indexOf(exact), text.indexOf(exact) + exact.length);
    expect(q.exact).toBe(exact);
    expect(q.prefix || undefined).toBe(want.prefix);
    expect(q.suffix || undefined).toBe(want.suffix);
  });

  it.each([
    ['s1', '2024-02-27', XSD.date],
    ['s2', '2024-02', XSD.gYearMonth],
    ['s3', '2024', XSD.gYear],
  ])('should type the date of %s (%s) as %s', (id, value, datatype) => {
    expect(literalOf(toQuads(article1()), stmt(id), NG.date)).toEqual({ value, datatype });
  });

  it('should keep an ISO week as a plain ng:dateText and write no ng:date', () => {
    const q = toQuads(article1());
    expect(literalOf(q, stmt('s4'), NG.dateText)).toEqual({ value: '2024-W09', datatype: XSD.string });
    expect(literalOf(q, stmt('s4'), NG.date)).toBeUndefined();
  });

  it('should not write an impossible publication date', () => {
    const q = toQuads(trickyArticle());
    const article = mintIri({ kind: 'article', id: 'tricky 1' });
    expect(literalOf(q, article, NG.published)).toBeUndefined();
  });

  it('should write actors with type, label, aliases, roles, affiliation, speaksFor and sameAs', () => {
    const q = toQuads(article1());
    expect(objects(q, DAHL, RDF.type)).toEqual([NG.Person]);
    expect(objects(q, DAHL, RDFS.label)).toEqual(['Ingrid Dahl']);
    // The name itself is not repeated as an alias.
    expect(objects(q, DAHL, SKOS.altLabel)).toEqual(['Dahl', 'the minister']);
    expect(objects(q, DAHL, NG.affiliation)).toEqual([mintIri({ kind: 'actor', key: 'Place/Norway' })]);
    const brussels = mintIri({ kind: 'actor', key: 'Place/Brussels' });
    expect(objects(q, brussels, NG.speaksFor)).toEqual([mintIri({ kind: 'actor', key: 'Organization/European Commission' })]);
    expect(objects(q, mintIri({ kind: 'actor', key: 'Place/Norway' }), 'http://www.w3.org/2002/07/owl#sameAs')).toEqual([
      'http://www.wikidata.org/entity/Q20',
    ]);
  });

  it('should make one role node per actor and role, with a label and its holder, folding case variants', () => {
    const q = toQuads(article1());
    const roles = objects(q, DAHL, NG.role);
    expect(roles).toHaveLength(1);
    expect(objects(q, roles[0]!, RDF.type)).toEqual([NG.Role]);
    expect(objects(q, roles[0]!, RDFS.label)).toEqual(['Fisheries Minister']);
    expect(objects(q, roles[0]!, NG.roleOf)).toEqual([DAHL]);
  });

  it('should give an actor referred to only by key a type and a label from the key', () => {
    const q = toQuads(article2());
    const norway = mintIri({ kind: 'actor', key: 'Place/Norway' });
    const workers = mintIri({ kind: 'actor', key: 'Organization/Harbour Workers' });
    expect(objects(q, norway, RDF.type)).toEqual([NG.Place]);
    expect(objects(q, norway, RDFS.label)).toEqual(['Norway']);
    expect(objects(q, workers, RDF.type)).toEqual([NG.Organization]);
  });

  it('should write the event with actor, verb, lemma, place, date and evidence', () => {
    const q = toQuads(article1());
    const e1 = mintIri({ kind: 'event', article: A1, id: 'e1' });
    expect(objects(q, e1, RDF.type)).toEqual([NG.Event]);
    expect(objects(q, e1, NG.actor)).toEqual([mintIri({ kind: 'actor', key: 'Organization/Coastal Fleet Association' })]);
    expect(objects(q, e1, NG.lemma)).toEqual(['block']);
    expect(objects(q, e1, NG.verb)).toEqual(['blocked']);
    expect(objects(q, e1, NG.place)).toEqual([mintIri({ kind: 'actor', key: 'Place/Halden' })]);
    expect(literalOf(q, e1, NG.date)).toEqual({ value: '2024-02-26', datatype: XSD.date });
    expect(objects(q, e1, NG.evidence)).toHaveLength(1);
  });

  it('should not throw on an analysis with nothing in it', () => {
    const a = article2();
    const empty = { ...a, mentions: { ...a.mentions, entities: [] }, statements: [], events: [] };
    const types = toQuads(empty).filter((q) => q.predicate.value === RDF.type).map((q) => q.object.value);
    expect(types.filter((t) => !t.startsWith('http://www.w3.org/ns/prov#'))).toEqual([NG.Article]);
  });
});

describe('merging articles', () => {
  it('should merge two articles that mention the same person into one actor node by plain union', async () => {
    const union = [...toQuads(article1()), ...toQuads(article2())];
    const dahlTypes = union.filter((q) => q.subject.value === DAHL && q.predicate.value === RDF.type);
    expect(new Set(dahlTypes.map((q) => q.object.value))).toEqual(new Set([NG.Person]));
    const speakers = new Set(union.filter((q) => q.predicate.value === NG.speaker).map((q) => q.object.value));
    expect(speakers).toEqual(new Set([DAHL, mintIri({ kind: 'actor', key: 'Organization/European Commission' })]));
    // Aliases and roles from both articles sit on the one node.
    expect(objects(union, DAHL, SKOS.altLabel)).toEqual(['Dahl', 'she', 'the minister']);
    expect(new Set(objects(union, DAHL, NG.role)).size).toBe(2);
    const { problems } = await validate(union);
    expect(problems).toEqual([]);
  });

  it('should keep statements of different articles apart even with the same statement id', () => {
    const union = [...toQuads(article1()), ...toQuads(article2())];
    const a2 = mintIri({ kind: 'article', id: 'fish-2024-002' });
    expect(objects(union, stmt('s1'), NG.reportedIn)).toEqual([A1]);
    expect(objects(union, stmt('s1', a2), NG.reportedIn)).toEqual([a2]);
  });
});

describe('toTurtle', () => {
  it('should give byte-identical Turtle for two runs and for shuffled quads', () => {
    const first = toTurtle(toQuads(article1()));
    const second = toTurtle(toQuads(article1()));
    const shuffled = toTurtle([...toQuads(article1())].reverse());
    expect(second).toBe(first);
    expect(shuffled).toBe(first);
  });

  it('should use readable prefixes for minted actor IRIs', () => {
    const ttl = toTurtle(toQuads(article1()));
    expect(ttl).toContain('@prefix ng: <https://w3id.org/newsgraph/ns#>.');
    expect(ttl).toContain('person:ingrid-dahl a ng:Person');
  });

  it('should escape quotes, backslashes, newlines and keep emoji so the text parses back unchanged', () => {
    const a = trickyArticle();
    const ttl = toTurtle(toQuads(a));
    const back = parseTurtle(ttl);
    const article = mintIri({ kind: 'article', id: 'tricky 1' });
    const content = objects(back, mintIri({ kind: 'statement', article, id: 's1' }), NG.content);
    expect(content).toEqual([a.statements[0]!.content.text]);
    expect(content[0]).toContain('🐟');
    expect(objects(back, article, NG.title)).toEqual(['Title with "quotes" and \\ backslash']);
  });

  it('should remove duplicate quads', () => {
    const q = toQuads(article1());
    expect(toTurtle([...q, ...q])).toBe(toTurtle(q));
  });
});

describe('toNQuads', () => {
  it('should put every quad into the given named graph, one per line, sorted', () => {
    const q = toQuads(article1());
    const nq = toNQuads(q, A1);
    const lines = nq.trimEnd().split('\n');
    expect(lines).toHaveLength(q.length);
    expect(lines.every((l) => l.endsWith(`<${A1}> .`))).toBe(true);
    expect(toNQuads([...q].reverse(), A1)).toBe(nq);
  });
});
