// Query layer: the part of a graph one statements question needs (every actor; the statements an
// actor made, is the subject of, or was at; their articles and evidence), read from the sources in
// five streaming passes instead of building the whole graph, so `said-by` on a file of millions of
// triples holds thousands of them. NewsQuery gives the same answers on it as on the whole graph.

import type { Quad } from 'n3';
import { NG, RDF, RDFS, SKOS } from '../4-rdf/namespaces.js';
import type { NewsGraph } from '../5-graph/index.js';
import { ActorIndex, foldName } from './actors.js';
import { checkStatementFilter, type StatementFilter } from './news-query.js';
import { flat, GraphBuilder } from './graph-builder.js';
import { eachSourceQuad, graphFormatOf, loadGraph, type GraphFormat, type GraphSource } from './load.js';


/** The classes that make a node an actor (5-graph/from-quads.ts). */
const ACTOR_CLASSES: ReadonlySet<string> = new Set([NG.Person, NG.Organization, NG.Place, NG.Actor]);

/** How far from a chosen statement its nodes are read: its article and evidence (1), the evidence's selectors (2). */
const DEPTH = 2;

/** What loadStatementGraph did, for measurements and tests. */
export type FocusStats = { passes: number; statements: number; triples: number; whole: boolean };

/**
 * A graph holding every actor node, and the statements the filter's first actor field names (those
 * the actor made for `by`, those about it for `about`, those made at it for `at`) with every node within
 * two links of them (articles, evidence spans and their selectors), each with all of its triples:
 * `new NewsQuery(graph).statements(filter)` then answers as on the whole graph, in memory for the
 * actors and the answer. Sources are read once per pass, so they must be re-iterable (a file's
 * chunks, or text). Falls back to loadGraph (the whole graph) when the filter names no actor, a
 * source is graphology JSON, or the graph has blank nodes (their labels do not survive a re-read).
 * @throws QueryOptionError for a malformed date or kind (before reading anything)
 * @throws ActorNotFoundError when an actor field names no actor (with near matches, as NewsQuery)
 * @throws GraphLoadError when a source cannot be parsed
 */
export function loadStatementGraph(sources: readonly GraphSource[], focus: StatementFilter, stats?: FocusStats): NewsGraph {
  checkStatementFilter(focus);
  const seed = focus.by !== undefined ? { ref: focus.by, predicate: NG.speaker } : focus.about !== undefined ? { ref: focus.about, predicate: NG.about } : focus.at !== undefined ? { ref: focus.at, predicate: NG.place } : null;
  const whole = (): NewsGraph => {
    if (stats) Object.assign(stats, { passes: 1, whole: true });
    return loadGraph(sources);
  };
  if (!seed || sources.some((s) => formatOf(s) === 'json')) return whole();
  let passes = 0;
  const pass = (onQuad: (q: Quad) => void): void => {
    passes++;
    for (const source of sources) eachSourceQuad(source, onQuad);
  };

  // Pass 1: the actor nodes, and those with a label or alias that folds to the name asked for.
  const actors = new Set<string>();
  const named = new Set<string>([seed.ref]);
  const wanted = foldName(seed.ref);
  let blank = false;
  pass((q) => {
    if (q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode') blank = true;
    const p = q.predicate.value;
    if (p === RDF.type && ACTOR_CLASSES.has(q.object.value)) actors.add(flat(q.subject.value));
    else if ((p === RDFS.label || p === SKOS.altLabel) && q.object.termType === 'Literal' && foldName(q.object.value) === wanted) named.add(flat(q.subject.value));
  });
  if (blank) return whole();

  // Pass 2: every actor's triples, and the statements linked to a named actor by the seed predicate.
  const builder = new GraphBuilder();
  const linked = new Map<string, string[]>();
  pass((q) => {
    const s = q.subject.value;
    if (actors.has(s)) builder.add(q);
    if (q.predicate.value !== seed.predicate || !named.has(q.object.value)) return;
    const list = linked.get(q.object.value);
    if (list) list.push(flat(s));
    else linked.set(q.object.value, [flat(s)]);
  });
  // The same resolution (and error) as NewsQuery's, over the same actor nodes.
  const index = new ActorIndex(builder.graph());
  const chosen = new Set(index.resolve(seed.ref).flatMap((iri) => linked.get(iri) ?? []));
  for (const ref of [focus.by, focus.about, focus.at]) if (ref !== undefined) index.resolve(ref);

  // Passes 3–5: the chosen statements' triples, then those of the nodes they name, twice.
  const taken = new Set<string>(actors);
  let frontier = chosen;
  for (let depth = 0; depth <= DEPTH && frontier.size > 0; depth++) {
    const next = new Set<string>();
    const current = frontier;
    pass((q) => {
      if (!current.has(q.subject.value)) return;
      builder.add(q);
      if (q.object.termType !== 'NamedNode') return;
      const o = q.object.value;
      if (!taken.has(o) && !current.has(o)) next.add(flat(o));
    });
    for (const k of current) taken.add(k);
    frontier = next;
  }
  if (stats) Object.assign(stats, { passes, statements: chosen.size, triples: builder.size, whole: false });
  return builder.finish();
}

// A source's format as eachSourceQuad reads it; a source in pieces is sniffed from its first
// non-blank piece (the loop's break closes the file).
function formatOf(s: GraphSource): GraphFormat {
  if (s.format) return s.format;
  if (s.text !== undefined) return graphFormatOf(s.name, s.text);
  for (const chunk of s.chunks) if (chunk.trim()) return graphFormatOf(s.name, chunk);
  return graphFormatOf(s.name);
}
