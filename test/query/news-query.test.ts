// Tests for the query API (src/query/news-query.ts) on the two hand-made fisheries articles of the
// stage 4 fixture: statement filters, evidence, ranking, hops, chains, centrality, communities,
// timeline, and the typed errors for unknown actors and bad options.

import { describe, expect, it } from 'vitest';
import { mintIri, toQuads } from '../../src/4-rdf/index.js';
import { toGraph } from '../../src/5-graph/index.js';
import { ActorNotFoundError, NewsQuery, QueryOptionError, type StatementFilter } from '../../src/query/index.js';
import { ARTICLE_1_TEXT, article1, article2 } from '../4-rdf/_fixture.js';

const A1 = mintIri({ kind: 'article', id: 'fish-2024-001' });
const A2 = mintIri({ kind: 'article', id: 'fish-2024-002' });
const actor = (key: string): string => mintIri({ kind: 'actor', key });
const s = (id: string, article = A1): string => mintIri({ kind: 'statement', article, id });
const DAHL = actor('Person/Ingrid Dahl');
const COMMISSION = actor('Organization/European Commission');

const graph = toGraph([...toQuads(article1()), ...toQuads(article2())]);
const q = new NewsQuery(graph);

describe('NewsQuery.statements', () => {
  it.each<[string, StatementFilter, string[]]>([
    ['by a speaker, across articles', { by: 'Dahl' }, [s('s1'), s('s2'), s('s4'), s('s1', A2)]],
    ['about an actor', { about: 'Ingrid Dahl' }, [s('s3')]],
    ['by a speaker at a place', { by: 'dahl', at: 'Halden' }, [s('s2')]],
    ['at a place only', { at: 'Tromsø' }, [s('s1', A2)]],
    ['what X said about Y', { by: 'Ingrid Dahl', about: 'European Union' }, [s('s1')]],
    ['in a date range, overlapping month and ISO-week dates, undated left out', { by: 'Dahl', from: '2024-02-15', to: '2024-02-28' }, [s('s1'), s('s2'), s('s4')]],
    ['from a month on (2024-W09 runs to March 3)', { by: 'Dahl', from: '2024-03' }, [s('s4')]],
    ['in a year', { from: '2024', to: '2024' }, [s('s1'), s('s2'), s('s3'), s('s4')]],
    ['before a day', { to: '2024-01-31' }, [s('s3')]],
    ['no filter: every statement', {}, [s('s1'), s('s2'), s('s3'), s('s4'), s('s1', A2)]],
  ])('should select statements %s', (_name, filter, expected) => {
    expect(q.statements(filter).map((r) => r.iri)).toEqual(expected);
  });

  it('should carry evidence: article, offsets of the content, and the sentence', () => {
    const [first] = q.saidBy('Dahl');
    const content = 'the quota talks with the European Union would resume in March';
    expect(first!.evidence).toEqual({
      article: A1,
      articleId: 'fish-2024-001',
      title: 'Quota talks to resume, minister says',
      published: '2024-02-28',
      start: ARTICLE_1_TEXT.indexOf(content),
      end: ARTICLE_1_TEXT.indexOf(content) + content.length,
      text: content,
      sentence: { start: 0, end: ARTICLE_1_TEXT.indexOf('resume in March.') + 'resume in March.'.length, text: null },
    });
    expect(first!.speaker).toEqual({ iri: DAHL, label: 'Ingrid Dahl', type: 'Person' });
    expect(first!.about.map((a) => a.label)).toEqual(['European Union']);
  });

  it('should mark a statement whose cue is negated, and no other', () => {
    const a = article1();
    a.statements[1]!.negated = true;
    const nq = new NewsQuery(toGraph(toQuads(a)));
    expect(nq.saidBy('Dahl').map((r) => [r.iri, r.negated])).toEqual([[s('s1'), false], [s('s2'), true], [s('s4'), false]]);
  });

  it('should quote the sentence when the article text is given', () => {
    const withText = new NewsQuery(graph, { texts: { 'fish-2024-001': ARTICLE_1_TEXT } });
    const r = withText.saidBy('Dahl', { at: 'Halden' })[0]!;
    expect(r.evidence.sentence?.text).toBe('"We are not leaving the table," Dahl told reporters in Halden.');
    expect(ARTICLE_1_TEXT.slice(r.evidence.start!, r.evidence.end!)).toBe(r.content);
  });

  it('should give nesting and the place as typed references', () => {
    const nested = q.statement(s('s4'));
    expect(nested.nestedIn).toBe(s('s3'));
    expect(q.statement(s('s2')).place).toEqual({ iri: actor('Place/Halden'), label: 'Halden', type: 'Place' });
  });
});

describe('NewsQuery.whoTalksAbout', () => {
  it('should rank speakers by statements about the actor, each with the statements', () => {
    const merged = new NewsQuery(
      toGraph([...toQuads(article1()), ...toQuads({ ...article1(), article: { ...article1().article, id: 'fish-2024-003' } })]),
    );
    const ranked = merged.whoTalksAbout('European Union');
    expect(ranked.map((r) => [r.rank, r.speaker.label, r.count])).toEqual([[1, 'Ingrid Dahl', 2]]);
    expect(ranked[0]!.statements.map((x) => x.evidence.articleId)).toEqual(['fish-2024-001', 'fish-2024-003']);
    expect(merged.whoTalksAbout('Ingrid Dahl').map((r) => r.speaker.iri)).toEqual([COMMISSION]);
  });

  it('should honour the limit', () => {
    expect(q.whoTalksAbout('Ingrid Dahl', { limit: 1 })).toHaveLength(1);
  });
});

describe('NewsQuery.neighbourhood', () => {
  it('should list actors one hop away with the links that join them', () => {
    const one = q.neighbourhood('Dahl');
    expect(one.map((e) => e.actor.label)).toEqual(['European Commission', 'European Union', 'Halden', 'Harbour Workers', 'Norway', 'Tromsø']);
    expect(one.every((e) => e.distance === 1 && e.parent === DAHL)).toBe(true);
    const commission = one.find((e) => e.actor.iri === COMMISSION)!;
    expect(commission.links).toEqual([{ from: COMMISSION, to: DAHL, relation: 'about', via: s('s3') }]);
  });

  it('should reach further with more hops, nearest first', () => {
    const two = q.neighbourhood('Dahl', { hops: 2 });
    expect(two.filter((e) => e.distance === 2).map((e) => e.actor.label)).toEqual(['Brussels', 'Coastal Fleet Association']);
    expect(two.map((e) => e.distance)).toEqual([...two.map((e) => e.distance)].sort());
  });

  it.each([0, 7, 1.5])('should reject hops %j', (hops) => {
    expect(() => q.neighbourhood('Dahl', { hops })).toThrow(QueryOptionError);
  });
});

describe('NewsQuery.chain', () => {
  it('should find a one-statement chain: the Commission spoke about Dahl', () => {
    const chain = q.chain('European Commission', 'Dahl')!;
    expect(chain.length).toBe(1);
    expect(chain.steps.map((x) => (x.kind === 'actor' ? x.actor.label : `${x.enter}:${x.statement.iri}:${x.leave}`))).toEqual([
      'European Commission',
      `speaker:${s('s3')}:about`,
      'Ingrid Dahl',
    ]);
  });

  it('should chain through an intermediate speaker (statements only, not affiliations)', () => {
    const chain = q.chain('European Union', 'the Commission')!;
    expect(chain.length).toBe(2);
    expect(chain.steps.filter((x) => x.kind === 'actor').map((x) => (x.kind === 'actor' ? x.actor.label : ''))).toEqual([
      'European Union',
      'Ingrid Dahl',
      'European Commission',
    ]);
  });

  it('should return null when no statement links the actors', () => {
    expect(q.chain('Coastal Fleet Association', 'Dahl')).toBeNull();
  });

  it('should reject two names of one actor', () => {
    expect(() => q.chain('Dahl', 'the minister')).toThrow(QueryOptionError);
  });
});

describe('NewsQuery.central and communities', () => {
  it('should rank Dahl first by degree, with statement counts', () => {
    const [first] = q.central({ limit: 3 });
    expect(first).toMatchObject({ rank: 1, actor: { iri: DAHL }, degree: 6, said: 4, spokenAbout: 1 });
  });

  it('should give PageRanks that sum to 1 and rank by them on request', () => {
    const all = q.central({ by: 'pagerank', limit: 1000 });
    expect(all.reduce((sum, c) => sum + c.pagerank, 0)).toBeCloseTo(1, 6);
    expect(all.map((c) => c.pagerank)).toEqual([...all.map((c) => c.pagerank)].sort((a, b) => b - a));
  });

  it('should find the same communities on every run, each linked actor in exactly one', () => {
    const a = q.communities();
    expect(new NewsQuery(graph).communities()).toEqual(a);
    const members = a.communities.flatMap((c) => c.members.map((m) => m.iri));
    expect(new Set(members).size).toBe(members.length);
    expect(members).toContain(DAHL);
    expect(a.modularity).toBeGreaterThan(0);
  });
});

describe('NewsQuery.timeline', () => {
  it('should order dated statements and events by the first day of their date', () => {
    const t = q.timeline();
    expect(t.map((e) => [e.date, e.kind])).toEqual([
      ['2024', 'statement'],
      ['2024-02', 'statement'],
      ['2024-W09', 'statement'],
      ['2024-02-26', 'event'],
      ['2024-02-27', 'statement'],
    ]);
    expect(t.every((e) => e.dateSource === 'statement' && e.evidence.articleId === 'fish-2024-001')).toBe(true);
  });

  it('should keep what involves an actor, in a range (a year-precise date overlaps any of its months)', () => {
    expect(q.timeline({ actor: 'Dahl', from: '2024-02' }).map((e) => e.iri)).toEqual([s('s3'), s('s2'), s('s4'), s('s1')]);
    expect(q.timeline({ actor: 'Dahl', from: '2024-03-01' }).map((e) => e.iri)).toEqual([s('s3'), s('s4')]);
    expect(q.timeline({ kinds: ['event'] }).map((e) => e.actor?.label)).toEqual(['Coastal Fleet Association']);
  });

  it("should fall back to the article's publication date", () => {
    const undated = article1();
    undated.statements = undated.statements.map((x) => ({ ...x, date: null }));
    undated.events = [];
    const t = new NewsQuery(toGraph(toQuads(undated))).timeline();
    expect(t.map((e) => [e.date, e.dateSource])).toEqual(Array(4).fill(['2024-02-28', 'article']));
  });
});

describe('errors', () => {
  it('should throw ActorNotFoundError with near matches for a misspelt name', () => {
    try {
      q.saidBy('Ingrid Dhal');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ActorNotFoundError);
      expect((e as ActorNotFoundError).name).toBe('ActorNotFoundError');
      expect((e as ActorNotFoundError).suggestions[0]).toMatchObject({ iri: DAHL, label: 'Ingrid Dahl' });
      expect((e as Error).message).toContain('Near matches: "Ingrid Dahl"');
    }
  });

  it.each<[string, StatementFilter]>([
    ['a malformed date', { from: '28/02/2024' }],
    ['an impossible month', { to: '2024-13' }],
    ['from after to', { from: '2024-03', to: '2024-02' }],
  ])('should throw QueryOptionError for %s', (_name, filter) => {
    expect(() => q.statements(filter)).toThrow(QueryOptionError);
  });

  it('should reject a bad centrality option', () => {
    expect(() => q.central({ by: 'betweenness' as 'degree' })).toThrow(QueryOptionError);
    expect(() => q.central({ limit: 0 })).toThrow(QueryOptionError);
  });
});
