// Tests for the stage 5 query API (src/5-graph/traverse.ts): statements by and about an actor,
// neighbours by relation, and actor lookup by IRI, label or alias.

import { describe, expect, it } from 'vitest';
import { mintIri, toQuads } from '../../src/4-rdf/index.js';
import {
  GraphQueryError,
  findActors,
  neighbours,
  statementView,
  statementsAbout,
  statementsBy,
  toGraph,
} from '../../src/5-graph/index.js';
import type { NeighbourRelation } from '../../src/5-graph/index.js';
import { article1, article2 } from '../4-rdf/_fixture.js';

const A1 = mintIri({ kind: 'article', id: 'fish-2024-001' });
const A2 = mintIri({ kind: 'article', id: 'fish-2024-002' });
const actor = (key: string): string => mintIri({ kind: 'actor', key });
const DAHL = actor('Person/Ingrid Dahl');
const COMMISSION = actor('Organization/European Commission');
const s = (id: string, article = A1): string => mintIri({ kind: 'statement', article, id });

const graph = toGraph([...toQuads(article1()), ...toQuads(article2())]);

describe('findActors', () => {
  it.each([[DAHL], ['Ingrid Dahl'], ['ingrid dahl'], ['DAHL'], ['the minister'], ['  Dahl ']])('should find Ingrid Dahl by %j', (ref) => {
    expect(findActors(graph, ref)).toEqual([DAHL]);
  });

  it('should find nothing for an unknown name or a non-actor IRI', () => {
    expect(findActors(graph, 'Olaf Nobody')).toEqual([]);
    expect(findActors(graph, s('s1'))).toEqual([]);
  });
});

describe('statementsBy', () => {
  it('should list what an actor said across articles, in article and text order', () => {
    const views = statementsBy(graph, 'Dahl');
    expect(views.map((v) => v.iri)).toEqual([s('s1'), s('s2'), s('s4'), s('s1', A2)]);
    expect(views.every((v) => v.speaker === DAHL)).toBe(true);
  });

  it('should return a typed view with content, cue, form, date, place, article, nesting and offsets', () => {
    const a = article1();
    const [, s2] = statementsBy(graph, DAHL);
    expect(s2).toEqual({
      iri: s('s2'),
      content: 'We are not leaving the table,',
      cue: 'told',
      cueLemma: 'tell',
      confidence: 0.9,
      form: 'direct',
      kind: 'speech',
      negated: false,
      date: '2024-02',
      place: actor('Place/Halden'),
      speaker: DAHL,
      speakerText: 'Dahl',
      about: [],
      article: A1,
      nestedIn: null,
      start: a.statements[1]!.content.start,
      end: a.statements[1]!.content.end,
      sentenceStart: a.statements[1]!.sentence.start,
      sentenceEnd: a.statements[1]!.sentence.end,
    });
  });

  it('should show a nested statement\'s parent and a week date as text', () => {
    const v = statementView(graph, s('s4'));
    expect(v.confidence).toBe(0.42);
    expect(v.nestedIn).toBe(s('s3'));
    expect(v.date).toBe('2024-W09');
  });

  it('should return nothing for an actor who said nothing', () => {
    expect(statementsBy(graph, 'Norway')).toEqual([]);
  });
});

describe('statementsAbout', () => {
  it('should list statements about an actor with their speakers', () => {
    const views = statementsAbout(graph, 'Ingrid Dahl');
    expect(views.map((v) => [v.iri, v.speaker])).toEqual([[s('s3'), COMMISSION]]);
    expect(statementsAbout(graph, 'European Union').map((v) => v.iri)).toEqual([s('s1')]);
  });
});

describe('neighbours', () => {
  it('should list who an actor talked about, and who talked about it, through which statement', () => {
    expect(neighbours(graph, DAHL, 'about')).toEqual([
      { iri: COMMISSION, label: 'European Commission', kind: 'actor', relation: 'about', direction: 'in', via: s('s3') },
      { iri: actor('Organization/European Union'), label: 'European Union', kind: 'actor', relation: 'about', direction: 'out', via: s('s1') },
    ]);
  });

  it('should list direct links: affiliation and role out, speaksFor in', () => {
    expect(neighbours(graph, 'Dahl', 'affiliation').map((n) => [n.iri, n.direction])).toEqual([[actor('Place/Norway'), 'out']]);
    expect(neighbours(graph, 'Dahl', 'role').map((n) => n.label).sort()).toEqual(['Fisheries Minister', 'Norwegian minister for fisheries']);
    expect(neighbours(graph, COMMISSION, 'speaksFor').map((n) => [n.iri, n.direction])).toEqual([[actor('Place/Brussels'), 'in']]);
  });

  it('should link event actors and participants both ways', () => {
    const workers = actor('Organization/Harbour Workers');
    expect(neighbours(graph, DAHL, 'participant').map((n) => [n.iri, n.direction])).toEqual([[workers, 'out']]);
    expect(neighbours(graph, workers, 'participant').map((n) => [n.iri, n.direction])).toEqual([[DAHL, 'in']]);
  });

  it('should list every relation when none is given, without the actor itself', () => {
    const all = neighbours(graph, DAHL);
    expect(new Set(all.map((n) => n.relation))).toEqual(new Set(['about', 'affiliation', 'place', 'participant', 'role']));
    expect(all.some((n) => n.iri === DAHL)).toBe(false);
  });

  it('should throw GraphQueryError for an unknown relation', () => {
    expect(() => neighbours(graph, DAHL, 'likes' as NeighbourRelation)).toThrow(GraphQueryError);
  });
});
