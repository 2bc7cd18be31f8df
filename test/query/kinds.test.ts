// The query API's kind filter (src/query/news-query.ts): statements and speaker ranks narrowed to
// speech, thought, stance, intention or finding, on the stage-4 fixture with kinds set by hand.

import { describe, expect, it } from 'vitest';
import { mintIri, toQuads } from '../../src/4-rdf/index.js';
import { toGraph } from '../../src/5-graph/index.js';
import { NewsQuery, QueryOptionError } from '../../src/query/index.js';
import type { StatementKind } from '../../src/types.js';
import { article1, article2 } from '../4-rdf/_fixture.js';

const A1 = mintIri({ kind: 'article', id: 'fish-2024-001' });
const s = (id: string): string => mintIri({ kind: 'statement', article: A1, id });

// Article 1's four statements get four kinds; article 2's statement has none.
const KINDS: Record<string, StatementKind> = { s1: 'speech', s2: 'intention', s3: 'stance', s4: 'thought' };
const a1 = article1();
const withKinds = { ...a1, statements: a1.statements.map((st) => ({ ...st, kind: KINDS[st.id] })) };
const a2 = article2();
const noKind = { ...a2, statements: a2.statements.map(({ kind: _kind, ...st }) => st) };
const q = new NewsQuery(toGraph([...toQuads(withKinds), ...toQuads(noKind)]));

describe('NewsQuery kind filter', () => {
  it.each<[string, StatementKind | StatementKind[], string[]]>([
    ['speech only', 'speech', [s('s1')]],
    ['two kinds', ['intention', 'thought'], [s('s2'), s('s4')]],
    ['a kind no statement has', 'finding', []],
  ])('selects %s', (_name, kind, expected) => {
    expect(q.statements({ kind }).map((r) => r.iri)).toEqual(expected);
  });

  it('reports each statement’s kind, null where the graph has none', () => {
    expect(q.statements().map((r) => r.kind)).toEqual(['speech', 'intention', 'stance', 'thought', null]);
  });

  it('narrows what an actor said and who talks about an actor', () => {
    expect(q.saidBy('Dahl', { kind: 'speech' }).map((r) => r.iri)).toEqual([s('s1')]);
    const all = q.whoTalksAbout('Ingrid Dahl');
    expect(all.length).toBeGreaterThan(0);
    expect(q.whoTalksAbout('Ingrid Dahl', { kind: 'speech' })).toEqual([]);
    expect(q.whoTalksAbout('Ingrid Dahl', { kind: 'stance' }).map((r) => r.count)).toEqual(all.map((r) => r.count));
  });

  it('refuses a word that is no statement kind', () => {
    expect(() => q.statements({ kind: 'rumour' as StatementKind })).toThrow(QueryOptionError);
    expect(() => q.statements({ kind: [] })).toThrow(/not a statement kind/);
  });
});
