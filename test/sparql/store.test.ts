// Tests for SPARQL over newsgraph graphs (src/sparql/): loading sources, SELECT/ASK/CONSTRUCT,
// project prefixes, named graphs, the W3C result formats, and syntax errors with line and column.

import { describe, expect, it } from 'vitest';
import { mintIri, toNQuads, toQuads, toTurtle } from '../../src/4-rdf/index.js';
import { stringifyGraph, toGraph } from '../../src/5-graph/index.js';
import { GraphLoadError } from '../../src/query/index.js';
import {
  queryForm,
  resultRows,
  SparqlQueryError,
  SparqlStore,
  SparqlSyntaxError,
  toSparqlCsv,
  toSparqlJson,
  toSparqlTsv,
  withProjectPrefixes,
  type SparqlResult,
} from '../../src/sparql/index.js';
import { article1, article2 } from '../4-rdf/_fixture.js';

const DAHL = mintIri({ kind: 'actor', key: 'Person/Ingrid Dahl' });
const q1 = toQuads(article1());
const q2 = toQuads(article2());

function store(): SparqlStore {
  const s = new SparqlStore();
  s.load({ name: 'a.ttl', text: toTurtle(q1) });
  s.load({ name: 'b.json', text: stringifyGraph(toGraph(q2)) });
  return s;
}

const SPEAKERS = 'SELECT ?name (COUNT(?s) AS ?n) WHERE { ?s ng:speaker ?p . ?p rdfs:label ?name } GROUP BY ?name ORDER BY DESC(?n) ?name';

describe('SparqlStore', () => {
  it('should answer SELECT over the union of Turtle and JSON sources, with project prefixes declared', () => {
    const r = store().query(SPEAKERS);
    expect(r.type).toBe('bindings');
    expect(resultRows(r)).toEqual({ header: ['name', 'n'], rows: [['Ingrid Dahl', '4'], ['European Commission', '1']] });
  });

  it('should hold each triple once when a source is loaded twice', () => {
    const s = store();
    const size = s.size;
    s.load({ name: 'again.ttl', text: toTurtle(q1) });
    expect(s.size).toBe(size);
  });

  it('should answer ASK and CONSTRUCT', () => {
    const s = store();
    expect(s.query('ASK { ?s ng:speaker person:ingrid-dahl }')).toEqual({ type: 'boolean', boolean: true });
    expect(s.query('ASK { ?s ng:speaker person:nobody }')).toEqual({ type: 'boolean', boolean: false });
    const g = s.query('CONSTRUCT { ?p rdfs:label ?l } WHERE { ?s ng:speaker ?p . ?p rdfs:label ?l }');
    expect(g).toEqual({
      type: 'graph',
      triples: expect.arrayContaining([{ subject: { type: 'uri', value: DAHL }, predicate: { type: 'uri', value: 'http://www.w3.org/2000/01/rdf-schema#label' }, object: { type: 'literal', value: 'Ingrid Dahl' } }]),
    });
  });

  it('should keep N-Quads graph names for GRAPH queries and see them in the default graph', () => {
    const s = new SparqlStore();
    s.load({ name: 'a.nq', text: toNQuads(q1, 'urn:graph:a') });
    s.load({ name: 'b.nq', text: toNQuads(q2, 'urn:graph:b') });
    const r = s.query('SELECT ?g (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s ng:speaker person:ingrid-dahl } } GROUP BY ?g ORDER BY ?g');
    expect(resultRows(r).rows).toEqual([['<urn:graph:a>', '3'], ['<urn:graph:b>', '1']]);
    expect(resultRows(s.query('SELECT (COUNT(?s) AS ?n) WHERE { ?s ng:speaker person:ingrid-dahl }')).rows).toEqual([['4']]);
  });

  const SAME_ANSWERS = [
    ['labels counted', 'SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }'],
    ['a join of statements, speakers and labels', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ng:speaker ?p . ?p rdfs:label ?l . ?p a ?t }'],
    ['rows of a projection', 'SELECT ?p ?l WHERE { ?p rdfs:label ?l } ORDER BY ?p ?l'],
    ['a CONSTRUCT', 'CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p rdfs:label ?l }'],
  ];

  it.each(SAME_ANSWERS)('should answer %s over N-Quads of two articles as over their Turtle', (_, query) => {
    const nq = new SparqlStore();
    nq.load({ name: 'a.nq', text: toNQuads(q1, 'urn:graph:a') });
    nq.load({ name: 'b.nq', text: toNQuads(q2, 'urn:graph:b') });
    const ttl = new SparqlStore();
    ttl.load({ name: 'ab.ttl', text: toTurtle([...q1, ...q2]) });
    const sorted = (r: SparqlResult) => resultRows(r).rows.map((row) => row.join('\t')).sort();
    expect(sorted(nq.query(query))).toEqual(sorted(ttl.query(query)));
    expect(sorted(nq.query(query)).length).toBeGreaterThan(0);
  });

  it('should count a triple two articles state once in the default graph and once per graph under GRAPH', () => {
    const s = new SparqlStore();
    s.load({ name: 'a.nq', text: toNQuads(q1, 'urn:graph:a') });
    s.load({ name: 'b.nq', text: toNQuads(q2, 'urn:graph:b') });
    const label = `SELECT (COUNT(*) AS ?n) WHERE { <${DAHL}> rdfs:label ?l }`;
    expect(resultRows(s.query(label)).rows).toEqual([['1']]);
    expect(resultRows(s.query(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <${DAHL}> rdfs:label ?l } }`)).rows).toEqual([['2']]);
    s.load({ name: 'c.nq', text: toNQuads(q1, 'urn:graph:c') });
    expect(resultRows(s.query(label)).rows).toEqual([['1']]);
    expect(resultRows(s.query(`SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }`)).rows).toEqual([['3']]);
  });

  it('should not redeclare a prefix the query declares', () => {
    const r = store().query('PREFIX ng: <urn:other#>\nSELECT ?s WHERE { ?s ng:speaker ?p }');
    expect(r).toEqual({ type: 'bindings', vars: ['s'], bindings: [] });
  });

  it('should leave prefixes undeclared on request', () => {
    expect(() => store().query('SELECT ?s WHERE { ?s ng:speaker ?p }', { prefixes: false })).toThrow(SparqlSyntaxError);
  });

  it.each([
    ['SELECT ?s WHERE {\n  ?s <urn:p> ?p .\n  FILTER(}', 3],
    ['SELECT ?s\nWHERE { ?s ?p ?o } GROUP BY', 2],
    ['SELEKT ?s WHERE { ?s ?p ?o }', 1],
  ])('should report a syntax error with its line in the query as written: %j', (query, line) => {
    for (const prefixes of [true, false]) {
      try {
        store().query(query, { prefixes });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(SparqlSyntaxError);
        const err = e as SparqlSyntaxError;
        expect(err.name).toBe('SparqlSyntaxError');
        expect(err.line).toBe(line);
        expect(err.column).toBeGreaterThan(0);
        expect(err.message).toContain(`line ${line}, column ${err.column}`);
      }
    }
  });

  it('should hint at an undeclared prefix', () => {
    expect(() => store().query('SELECT * WHERE { ?s ex:p ?o }')).toThrow(/prefix "ex:" declared/);
  });

  it('should throw SparqlQueryError for what the store cannot evaluate', () => {
    expect(() => store().query('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')).toThrow(SparqlQueryError);
    expect(() => store().query('  ')).toThrow(SparqlQueryError);
  });

  it('should throw GraphLoadError with the line for bad Turtle', () => {
    try {
      new SparqlStore().load({ name: 'bad.ttl', text: '@prefix x: <http://x/> .\nx:a x:b ' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GraphLoadError);
      expect((e as GraphLoadError).line).toBe(2);
    }
  });
});

describe('result formats', () => {
  const result: SparqlResult = {
    type: 'bindings',
    vars: ['who', 'said', 'n'],
    bindings: [
      { who: { type: 'uri', value: DAHL }, said: { type: 'literal', value: 'We are "not", leaving\nsoon' }, n: { type: 'literal', value: '2', datatype: 'http://www.w3.org/2001/XMLSchema#integer' } },
      { who: { type: 'bnode', value: 'b0' }, said: { type: 'literal', value: 'hei', 'xml:lang': 'no' } },
    ],
  };

  it('should write W3C CSV: plain values, quoted fields, CRLF, empty for unbound', () => {
    expect(toSparqlCsv(result)).toBe(`who,said,n\r\n${DAHL},"We are ""not"", leaving\nsoon",2\r\n_:b0,hei,\r\n`);
  });

  it('should write W3C TSV: terms in N-Triples syntax', () => {
    expect(toSparqlTsv(result)).toBe(`?who\t?said\t?n\n<${DAHL}>\t"We are \\"not\\", leaving\\nsoon"\t"2"^^<http://www.w3.org/2001/XMLSchema#integer>\n_:b0\t"hei"@no\t\n`);
  });

  it('should write SPARQL Results JSON', () => {
    expect(JSON.parse(toSparqlJson(result))).toEqual({ head: { vars: result.vars }, results: { bindings: result.type === 'bindings' ? result.bindings : [] } });
    expect(JSON.parse(toSparqlJson({ type: 'boolean', boolean: false }))).toEqual({ head: {}, boolean: false });
  });

  it('should shorten IRIs with the project prefixes for tables', () => {
    expect(resultRows(result).rows).toEqual([
      ['person:ingrid-dahl', 'We are "not", leaving\nsoon', '2'],
      ['_:b0', 'hei@no', ''],
    ]);
  });
});

describe('queryForm and prefixes', () => {
  it.each([
    ['SELECT * WHERE { ?s ?p ?o }', 'SELECT'],
    ['PREFIX ex: <http://ex/select#>\n# ASK in a comment\nconstruct { ?s ?p ?o } WHERE { ?s ?p "SELECT" }', 'CONSTRUCT'],
    ['ASK { ?s ?p ?o }', 'ASK'],
    ['DESCRIBE <http://ex/a>', 'DESCRIBE'],
  ])('should read the form of %j as %s', (query, form) => {
    expect(queryForm(query)).toBe(form);
  });

  it.each([
    ['PREFIX describe: <http://ex/d#>\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 1', 'SELECT', 'bindings'],
    ['PREFIX select: <http://ex/s#> BASE <http://ex/>\nASK { ?s ?p ?o }', 'ASK', 'boolean'],
    ['PREFIX construct: <http://ex/c#>\nDESCRIBE <http://ex/a>', 'DESCRIBE', 'graph'],
  ])('should read the form after the prologue, whatever the prefix names (issue 22 item 13): %j', (query, form, type) => {
    expect(queryForm(query)).toBe(form);
    expect(store().query(query).type).toBe(type);
  });

  it.each(['INSERT DATA { <http://ex/a> <http://ex/b> <http://ex/c> }', 'PREFIX ex: <http://ex/>\nLOAD <http://ex/g>', 'DELETE WHERE { ?s ?p ?o }', 'CLEAR ALL'])(
    'should refuse the update %j as an update, not as a syntax error',
    (query) => {
      expect(() => store().query(query)).toThrow(SparqlQueryError);
      expect(() => store().query(query)).toThrow(/^SPARQL [A-Z]+ is an update; newsgraph runs read-only queries/);
    },
  );

  it('should add the undeclared project prefixes on one first line', () => {
    const { text, addedLines } = withProjectPrefixes('PREFIX ng: <urn:x#>\nSELECT * {}');
    expect(addedLines).toBe(1);
    expect(text.split('\n')).toHaveLength(3);
    expect(text.split('\n')[0]).toContain('PREFIX person: <https://w3id.org/newsgraph/id/person/>');
    expect(text.split('\n')[0]).not.toContain('PREFIX ng:');
  });
});
