// Stage 5 (graph): a small read-only query API over the newsgraph graph, returning typed views:
// who said what (statementsBy), what was said about someone (statementsAbout), and who is linked
// to whom (neighbours). Actors are named by IRI, or by label/alias case-insensitively.

import { NG } from '../4-rdf/namespaces.js';
import { InvalidArgumentError } from '../errors.js';
import type { StatementForm, StatementKind } from '../types.js';
import type { NewsGraph, NodeAttributes, StatementNode } from './model.js';

/** A statement as the query API returns it. IRIs for linked nodes; null when absent. */
export type StatementView = {
  iri: string;
  content: string;
  cue: string | null;
  cueLemma: string | null;
  /** ng:confidence (0–1), or null when the graph has none. */
  confidence: number | null;
  form: StatementForm | null;
  /** ng:kind: speech, thought, stance, intention or finding; null when the graph has none. */
  kind: StatementKind | null;
  /** ng:negated: the cue is negated ("did not say", "does not believe"); false when affirmative. */
  negated: boolean;
  /** ng:date (lexical form) or, failing that, ng:dateText. */
  date: string | null;
  place: string | null;
  speaker: string | null;
  /** The speaker mention as written ("he"). */
  speakerText: string | null;
  about: string[];
  article: string | null;
  nestedIn: string | null;
  start: number | null;
  end: number | null;
  sentenceStart: number | null;
  sentenceEnd: number | null;
};

/** How a neighbour is linked to the actor asked about. */
export type NeighbourRelation = 'affiliation' | 'speaksFor' | 'role' | 'about' | 'place' | 'participant';

export const NEIGHBOUR_RELATIONS: readonly NeighbourRelation[] = ['affiliation', 'speaksFor', 'role', 'about', 'place', 'participant'];

/**
 * A node linked to an actor. `direction` 'out': the actor → the neighbour (the actor is affiliated
 * with it, spoke about it, said something in it, acted on it); 'in': the other way round.
 * `via` is the statement or event that makes the link, null for direct links.
 */
export type NeighbourView = {
  iri: string;
  label: string;
  kind: NodeAttributes['kind'];
  relation: NeighbourRelation;
  direction: 'out' | 'in';
  via: string | null;
};

/** Thrown for a call the API cannot answer by design (an unknown relation name). */
export class GraphQueryError extends InvalidArgumentError {
  override name = 'GraphQueryError';
}

/**
 * The IRIs of the actor nodes an actor reference names: the node itself when `actor` is an actor
 * IRI in the graph, else every actor whose label or alias equals it ignoring case. Sorted.
 */
export function findActors(graph: NewsGraph, actor: string): string[] {
  if (graph.hasNode(actor) && graph.getNodeAttribute(actor, 'kind') === 'actor') return [actor];
  const wanted = actor.trim().toLowerCase();
  const found: string[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== 'actor') return;
    if ([...a.labels, ...a.aliases].some((n) => n.toLowerCase() === wanted)) found.push(key);
  });
  return found.sort();
}

/** Statements whose speaker is the actor (by IRI, label or alias), in article and text order. */
export function statementsBy(graph: NewsGraph, actor: string): StatementView[] {
  return statementsLinked(graph, actor, NG.speaker);
}

/** Statements that are about the actor (by IRI, label or alias), in article and text order. */
export function statementsAbout(graph: NewsGraph, actor: string): StatementView[] {
  return statementsLinked(graph, actor, NG.about);
}

/**
 * Nodes linked to the actor directly (affiliation, speaksFor, role) or through a statement (about,
 * place) or an event (participant, place). Sorted by relation, direction, IRI and via.
 * @param relation - only this kind of link
 * @throws GraphQueryError when `relation` is not one of NEIGHBOUR_RELATIONS
 */
export function neighbours(graph: NewsGraph, actor: string, relation?: NeighbourRelation): NeighbourView[] {
  if (relation !== undefined && !NEIGHBOUR_RELATIONS.includes(relation)) {
    throw new GraphQueryError(`neighbours: unknown relation "${String(relation)}"; use one of ${NEIGHBOUR_RELATIONS.join(', ')}.`);
  }
  const found = new Map<string, NeighbourView>();
  const put = (self: string, iri: string, rel: NeighbourRelation, direction: 'out' | 'in', via: string | null): void => {
    if (iri === self || (relation !== undefined && rel !== relation)) return;
    const a = graph.getNodeAttributes(iri);
    const view: NeighbourView = { iri, label: a.label, kind: a.kind, relation: rel, direction, via };
    found.set(JSON.stringify([rel, direction, iri, via]), view);
  };
  for (const self of findActors(graph, actor)) {
    graph.forEachOutEdge(self, (_e, attr, _s, target) => {
      if (attr.predicate === NG.affiliation) put(self, target, 'affiliation', 'out', null);
      else if (attr.predicate === NG.speaksFor) put(self, target, 'speaksFor', 'out', null);
      else if (attr.predicate === NG.role) put(self, target, 'role', 'out', null);
    });
    graph.forEachInEdge(self, (_e, attr, source) => {
      const p = attr.predicate;
      if (p === NG.affiliation) put(self, source, 'affiliation', 'in', null);
      else if (p === NG.speaksFor) put(self, source, 'speaksFor', 'in', null);
      else if (p === NG.speaker) {
        // The actor said something: what it was about, and where.
        for (const t of targets(graph, source, NG.about)) put(self, t, 'about', 'out', source);
        for (const t of targets(graph, source, NG.place)) put(self, t, 'place', 'out', source);
      } else if (p === NG.about) {
        for (const t of targets(graph, source, NG.speaker)) put(self, t, 'about', 'in', source);
      } else if (p === NG.actor) {
        for (const t of targets(graph, source, NG.participant)) put(self, t, 'participant', 'out', source);
        for (const t of targets(graph, source, NG.place)) put(self, t, 'place', 'out', source);
      } else if (p === NG.participant) {
        for (const t of targets(graph, source, NG.actor)) put(self, t, 'participant', 'in', source);
      }
    });
  }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

function targets(graph: NewsGraph, node: string, predicate: string): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(node, (_e, attr, _s, target) => {
    if (attr.predicate === predicate) out.push(target);
  });
  return out.sort();
}

function statementsLinked(graph: NewsGraph, actor: string, predicate: string): StatementView[] {
  const seen = new Set<string>();
  for (const self of findActors(graph, actor)) {
    graph.forEachInEdge(self, (_e, attr, source) => {
      if (attr.predicate === predicate && graph.getNodeAttribute(source, 'kind') === 'statement') seen.add(source);
    });
  }
  const views = [...seen].map((iri) => statementView(graph, iri));
  return views.sort(
    (a, b) =>
      cmp(a.article ?? '', b.article ?? '') || (a.start ?? -1) - (b.start ?? -1) || cmp(a.iri, b.iri),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The typed view of one statement node.
 * @throws GraphQueryError when `iri` is not a statement node of the graph
 */
export function statementView(graph: NewsGraph, iri: string): StatementView {
  if (!graph.hasNode(iri) || graph.getNodeAttribute(iri, 'kind') !== 'statement') {
    throw new GraphQueryError(`statementView: "${iri}" is not a statement node of this graph.`);
  }
  const a = graph.getNodeAttributes(iri) as StatementNode;
  const one = (p: string): string | null => targets(graph, iri, p)[0] ?? null;
  return {
    iri,
    content: a.content ?? '',
    cue: a.cue ?? null,
    cueLemma: a.cueLemma ?? null,
    confidence: a.confidence ?? null,
    form: a.form ?? null,
    kind: a.statementKind ?? null,
    negated: a.negated === true,
    date: a.date ?? a.dateText ?? null,
    place: one(NG.place),
    speaker: one(NG.speaker),
    speakerText: a.speakerText ?? null,
    about: targets(graph, iri, NG.about),
    article: one(NG.reportedIn),
    nestedIn: one(NG.nestedIn),
    start: a.start ?? null,
    end: a.end ?? null,
    sentenceStart: a.sentenceStart ?? null,
    sentenceEnd: a.sentenceEnd ?? null,
  };
}
