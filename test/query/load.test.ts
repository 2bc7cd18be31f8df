// Tests for graph loading (src/query/load.ts), actor name matching (src/query/actors.ts) and date
// intervals (src/query/dates.ts): formats, merge by union, typed load errors, near matches.

import { describe, expect, it } from 'vitest';
import { sortQuads, toNQuads, toQuads, toTurtle } from '../../src/4-rdf/index.js';
import { serializeGraph, stringifyGraph, toGraph } from '../../src/5-graph/index.js';
import { ActorIndex, dateInterval, editDistance, foldName, GraphLoadError, graphFormatOf, loadGraph, loadQuads } from '../../src/query/index.js';
import { article1, article2 } from '../4-rdf/_fixture.js';

const q1 = toQuads(article1());
const q2 = toQuads(article2());

describe('graphFormatOf', () => {
  it.each([
    ['a.ttl', '', 'turtle'],
    ['a.TTL', '', 'turtle'],
    ['a.nq', '', 'nquads'],
    ['a.nt', '', 'ntriples'],
    ['a.json', '', 'json'],
    ['stdin', '  {"nodes": []}', 'json'],
    ['stdin', '@prefix ng: <x#> .', 'turtle'],
  ])('should read %j (%j) as %s', (name, text, format) => {
    expect(graphFormatOf(name, text)).toBe(format);
  });
});

describe('loadGraph', () => {
  // The union: shared triples (Ingrid Dahl's label, Norway) once.
  const expected = serializeGraph(toGraph(sortQuads([...q1, ...q2])));

  it.each([
    ['Turtle + Turtle', [{ name: 'a.ttl', text: toTurtle(q1) }, { name: 'b.ttl', text: toTurtle(q2) }]],
    ['N-Quads in named graphs + graphology JSON', [{ name: 'a.nq', text: toNQuads(q1, 'urn:a') }, { name: 'b.json', text: stringifyGraph(toGraph(q2)) }]],
    ['the same article twice, and the other', [{ name: 'a.ttl', text: toTurtle(q1) }, { name: 'a.json', text: stringifyGraph(toGraph(q1)) }, { name: 'b.nt', text: toNQuads(q2) }]],
  ])('should merge %s by union into the graph of all the quads', (_name, sources) => {
    expect(serializeGraph(loadGraph(sources))).toEqual(expected);
  });

  it('should keep each triple once', () => {
    expect(loadQuads([{ name: 'a.ttl', text: toTurtle(q1) }, { name: 'again.ttl', text: toTurtle(q1) }])).toHaveLength(new Set(q1.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.id}`)).size);
  });

  it.each([
    ['bad.ttl', '@prefix ng: <https://w3id.org/newsgraph/ns#> .\n\nng:a ng:b ', 3],
    ['bad.nq', '<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n', 2],
  ])('should throw GraphLoadError naming %s and the line', (name, text, line) => {
    try {
      loadGraph([{ name, text }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GraphLoadError);
      expect((e as GraphLoadError).line).toBe(line);
      expect((e as Error).message).toContain(`${name}:${line}:`);
    }
  });

  it('should throw GraphLoadError for JSON that is not a graph', () => {
    expect(() => loadGraph([{ name: 'x.json', text: '{"nodes": 3' }])).toThrow(GraphLoadError);
  });
});

describe('ActorIndex', () => {
  const index = new ActorIndex(toGraph([...q1, ...q2]));

  it.each([['Dahl'], ['  ingrid   DAHL '], ['the minister'], ['she']])('should find Ingrid Dahl by %j', (name) => {
    expect(index.find(name).map((iri) => index.ref(iri).label)).toEqual(['Ingrid Dahl']);
  });

  it.each([
    ['Ingrid Dhal', 'Ingrid Dahl'],
    ['Inrid', 'Ingrid Dahl'],
    ['Commission', 'European Commission'],
    ['Tromso', 'Tromsø'],
  ])('should offer near matches for %j', (name, label) => {
    expect(index.find(name)).toEqual([]);
    expect(index.nearMatches(name).map((s) => s.label)).toContain(label);
  });

  it('should offer nothing for a name far from every actor', () => {
    expect(index.nearMatches('Zbigniew Brzezinski')).toEqual([]);
  });

  it.each([
    ['kitten', 'sitting', 3],
    ['lavrov', 'lavrow', 1],
    ['', 'abc', 3],
  ])('should measure edit distance %s → %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('should fold case, space and Unicode form', () => {
    expect(foldName('  Tromso\u0308  X ')).toBe(foldName('tromsö x'));
  });
});

describe('dateInterval', () => {
  it.each([
    ['2023', ['2023-01-01', '2023-12-31']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2023-02', ['2023-02-01', '2023-02-28']],
    ['2023-01-31', ['2023-01-31', '2023-01-31']],
    ['2024-W09', ['2024-02-26', '2024-03-03']],
    ['2021-W01', ['2021-01-04', '2021-01-10']],
    ['2023-02-30', null],
    ['2023-13', null],
    ['199X', null],
  ])('should read %j as %j', (value, interval) => {
    expect(dateInterval(value)).toEqual(interval);
  });
});
