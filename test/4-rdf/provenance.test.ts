// Tests for the PROV-O provenance of a graph (src/4-rdf/provenance.ts, src/provenance.ts): what is
// recorded (version, options, run date, article hash), that the clock never is, and that identical
// input and options give identical bytes.

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NEWSGRAPH_VERSION, NG, PROV, RDF, mintIri, softwareIri, toQuads, toTurtle } from '../../src/4-rdf/index.js';
import { buildArticle } from '../../src/build.js';
import { runInfo } from '../../src/provenance.js';
import { validate } from '../ontology/_shacl.js';
import { ARTICLE_1_TEXT, article1, article2 } from './_fixture.js';

const A1 = mintIri({ kind: 'article', id: 'fish-2024-001' });
const objects = (q: ReturnType<typeof toQuads>, s: string, p: string): string[] =>
  q.filter((x) => x.subject.value === s && x.predicate.value === p).map((x) => x.object.value).sort();

describe('provenance', () => {
  const run = runInfo(ARTICLE_1_TEXT, { today: '2024-03-01', minConfidence: 0.4 });
  const q = toQuads(article1(), run);

  it('should say the graph was derived from the article by a reading of the newsgraph software agent', async () => {
    expect(objects(q, `${A1}/graph`, RDF.type)).toEqual([PROV.Entity]);
    expect(objects(q, `${A1}/graph`, PROV.wasDerivedFrom)).toEqual([A1]);
    expect(objects(q, `${A1}/graph`, PROV.wasGeneratedBy)).toEqual([`${A1}/reading`]);
    expect(objects(q, `${A1}/reading`, PROV.used)).toEqual([A1]);
    expect(objects(q, `${A1}/reading`, PROV.wasAssociatedWith)).toEqual([softwareIri()]);
    expect(objects(q, softwareIri(), RDF.type)).toEqual([PROV.SoftwareAgent]);
    expect((await validate(q)).problems).toEqual([]);
  });

  it('should record the options as sorted JSON, the given run date and the SHA-256 of the text', () => {
    expect(objects(q, `${A1}/reading`, NG.options)).toEqual(['{"minConfidence":0.4,"today":"2024-03-01"}']);
    expect(objects(q, `${A1}/reading`, NG.runDate)).toEqual(['2024-03-01']);
    expect(objects(q, A1, NG.sha256)).toEqual([createHash('sha256').update(ARTICLE_1_TEXT).digest('hex')]);
  });

  it('should record no run date and no today when none was given (the clock never reaches the graph)', () => {
    const r = runInfo('x', {});
    expect(r.runDate).toBeNull();
    expect(Object.keys(r.options)).toEqual(['minConfidence']);
    expect(objects(toQuads(article1(), r), `${A1}/reading`, NG.runDate)).toEqual([]);
  });

  it('should give byte-identical Turtle for identical input and options, and differ when the options do', () => {
    const input = { id: 'p1', text: 'The mayor said on Monday that the bridge would open in May.', published: '2024-05-06' };
    const a = buildArticle(input, { today: '2024-06-01' }).turtle;
    expect(buildArticle(input, { today: '2024-06-01' }).turtle).toBe(a);
    expect(buildArticle(input, { today: '2024-06-02' }).turtle).not.toBe(a);
    expect(buildArticle(input).turtle).toBe(buildArticle(input).turtle);
  });

  it('should share one software agent node between the graphs of two articles', () => {
    const both = [...toQuads(article1(), run), ...toQuads(article2(), runInfo('y', {}))];
    const agents = new Set(both.filter((x) => x.predicate.value === PROV.wasAssociatedWith).map((x) => x.object.value));
    expect([...agents]).toEqual([softwareIri()]);
    expect(toTurtle(both).match(/a prov:SoftwareAgent/g)).toHaveLength(1);
  });

  it('should write the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(NEWSGRAPH_VERSION).toBe(pkg.version);
  });
});
