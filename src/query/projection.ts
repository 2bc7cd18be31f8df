// Query layer: two projections of the NewsGraph, each built once per query object.
// The actor graph (actors only; an edge per linked pair, weighted, with the statements and events
// that link them) answers hops, centrality and communities. The statement graph (actors and
// statements, undirected, speaker/about/nestedIn edges) answers "the shortest chain of statements".

import { DirectedGraph, UndirectedGraph } from 'graphology';
import { NG } from '../4-rdf/namespaces.js';
import type { NewsGraph } from '../5-graph/index.js';
import type { ActorLink, LinkRelation } from './types.js';

/** Attributes of an actor-graph edge: how many links join the pair, and the links themselves. */
export type ActorEdge = { weight: number; links: ActorLink[] };
export type ActorGraph = DirectedGraph<Record<string, never>, ActorEdge>;

/** Attributes of a statement-graph edge: the ng property it stands for. */
export type ChainEdge = { relation: 'speaker' | 'about' | 'nestedIn' };
export type StatementGraph = UndirectedGraph<{ kind: 'actor' | 'statement' }, ChainEdge>;

const STATEMENT_LINKS: ReadonlyArray<[string, LinkRelation]> = [
  [NG.about, 'about'],
  [NG.place, 'place'],
];
const EVENT_LINKS: ReadonlyArray<[string, LinkRelation]> = [
  [NG.participant, 'participant'],
  [NG.place, 'place'],
];

/**
 * The actor graph: every actor is a node; speaker → what it spoke about or where (via the
 * statement), event actor → participant or place (via the event), and direct affiliation and
 * speaksFor links are edges. Self-links are left out.
 */
export function actorGraph(graph: NewsGraph): ActorGraph {
  const out: ActorGraph = new DirectedGraph();
  graph.forEachNode((key, a) => {
    if (a.kind === 'actor') out.addNode(key);
  });
  const isActor = (key: string): boolean => out.hasNode(key);
  const link = (from: string, to: string, relation: LinkRelation, via: string | null): void => {
    if (from === to || !isActor(from) || !isActor(to)) return;
    const edge = out.edge(from, to);
    if (edge === undefined) out.addEdge(from, to, { weight: 1, links: [{ from, to, relation, via }] });
    else {
      const e = out.getEdgeAttributes(edge);
      e.weight++;
      e.links.push({ from, to, relation, via });
    }
  };
  graph.forEachNode((key, a) => {
    if (a.kind === 'statement' || a.kind === 'event') {
      const by = byPredicate(graph, key);
      const sources = by.get(a.kind === 'statement' ? NG.speaker : NG.actor) ?? [];
      for (const [predicate, relation] of a.kind === 'statement' ? STATEMENT_LINKS : EVENT_LINKS) {
        for (const target of by.get(predicate) ?? []) for (const source of sources) link(source, target, relation, key);
      }
    } else if (a.kind === 'actor') {
      graph.forEachOutEdge(key, (_e, attr, _s, target) => {
        if (attr.predicate === NG.affiliation) link(key, target, 'affiliation', null);
        else if (attr.predicate === NG.speaksFor) link(key, target, 'speaksFor', null);
      });
    }
  });
  return out;
}

/** The statement graph: actors and statements, joined by ng:speaker, ng:about and ng:nestedIn. */
export function statementGraph(graph: NewsGraph): StatementGraph {
  const out: StatementGraph = new UndirectedGraph();
  graph.forEachNode((key, a) => {
    if (a.kind !== 'statement') return;
    out.mergeNode(key, { kind: 'statement' });
    graph.forEachOutEdge(key, (_e, attr, _s, target) => {
      const relation =
        attr.predicate === NG.speaker ? 'speaker' : attr.predicate === NG.about ? 'about' : attr.predicate === NG.nestedIn ? 'nestedIn' : null;
      if (relation === null) return;
      const kind = graph.getNodeAttribute(target, 'kind');
      if ((relation === 'nestedIn') !== (kind === 'statement') || (kind !== 'actor' && kind !== 'statement')) return;
      out.mergeNode(target, { kind });
      if (!out.hasEdge(key, target)) out.addEdge(key, target, { relation });
    });
  });
  return out;
}

/** Out-neighbours of a node grouped by predicate, each list sorted. */
export function byPredicate(graph: NewsGraph, node: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  graph.forEachOutEdge(node, (_e, attr, _s, target) => {
    const list = m.get(attr.predicate);
    if (list) list.push(target);
    else m.set(attr.predicate, [target]);
  });
  for (const list of m.values()) list.sort();
  return m;
}
