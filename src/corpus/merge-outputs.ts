// Corpus build, the merge's outputs (merge.ts writes through these): the Turtle, N-Quads, graphology
// JSON and GEXF of a merged corpus, from its articles in order and the shared section, and the
// merge's totals. Each writer takes what it reads as plain values and callbacks, so it knows
// nothing of where the articles' chunks are stored or whether corpus identity rewrote them.

import { turtlePrefixHeader } from '../4-rdf/index.js';
import { localName, serializeEntry, type GraphNodeData } from '../5-graph/index.js';
import { placeActors, type ActorPlacement, type LinkData } from '../viewer-data/prepare.js';
import { writeGexfPieces, type GexfActor, type GexfLink } from './gexf.js';
import type { ArticleCounts } from './quad-chunks.js';
import type { ActorCounts } from './shared-counts.js';
import type { SharedSection } from './shared-section.js';

/** Where each output goes, as text pieces in order; an absent sink skips that output. */
export interface MergeSinks {
  turtle?: (text: string) => void;
  nquads?: (text: string) => void;
  json?: (text: string) => void;
  gexf?: (text: string) => void;
  /**
   * Optional, for sinks that write files: takes the articles' Turtle and N-Quads pieces as the
   * store holds them (UTF-8), in their place in that output's sequence, instead of text, when the
   * store has getBytes. Decoding ≈135 MB of spool to strings only to encode them again was ≈20% of
   * the end of a PolNeAR build.
   */
  bytes?: (output: 'turtle' | 'nquads', bytes: Uint8Array) => void;
}

/** Totals of a merged corpus. */
export interface MergeSummary {
  articles: number;
  statements: number;
  nested: number;
  events: number;
  /** Distinct actors of the merged graph. */
  actors: number;
  /** Distinct triples of the merged graph (the Turtle output). */
  triples: number;
  /** Quads of the N-Quads output (a shared triple counts once per article that states it). */
  quads: number;
  quotations: number;
  attributed: number;
  unattributed: number;
  /** Warnings of the pipeline, "<id>: …". */
  warnings: string[];
}

/** An article as the totals read it: its counts and its triples as written (after any rewrite). */
export interface WrittenArticle {
  counts: ArticleCounts;
  triples: number;
  localTriples: number;
}

/**
 * The shared graph's nodes in key order (as toGraph would add them), with the edge targets outside
 * any article and absent from the shared triples as bare nodes; `inArticle` says whether a key
 * belongs to an article of the merge.
 */
export function sharedNodesOf(section: SharedSection, counts: ActorCounts, inArticle: (key: string) => boolean): () => Generator<GraphNodeData> {
  const bare: GraphNodeData[] = [];
  for (const r of counts.refs()) {
    if (!section.has(r) && !inArticle(r)) {
      bare.push({ key: r, attributes: { kind: 'other', type: '', label: localName(r), types: [] } });
    }
  }
  return () => mergeByKey(section.nodes(), bare);
}

/** The actors of the network, with the articles and statements each is in. */
export function networkActors(nodes: Iterable<GraphNodeData>, counts: ActorCounts): GexfActor[] {
  const actors: GexfActor[] = [];
  for (const { key, attributes: a } of nodes) {
    if (a.kind !== 'actor') continue;
    actors.push({ id: key, label: a.label, type: a.type, articles: counts.articlesOf(key), statements: counts.statementsOf(key) });
  }
  return actors;
}

/**
 * Turtle: the @prefix header, each article's piece (`put` writes it after `before` and says whether
 * it was not empty) in article order, then the shared actors and roles.
 */
export function writeTurtle<E>(out: (text: string) => void, entries: readonly E[], put: (e: E, before: string) => boolean, section: SharedSection): void {
  out(turtlePrefixHeader());
  let first = true;
  for (const e of entries) if (put(e, first ? '' : '\n')) first = false;
  if (section.triples) {
    if (!first) out('\n');
    section.writeTurtle(out);
  }
}

/**
 * graphology JSON (the export format: attributes, edges, nodes, options, keys sorted): the articles'
 * edges and nodes (`lines` gives an article's field), the shared ones, and the actor network's
 * placement on the actor nodes.
 */
export function writeGraphJson<E>(
  out: (text: string) => void,
  entries: readonly E[],
  lines: (e: E, field: 'edges' | 'nodes') => string,
  section: SharedSection,
  sharedNodes: () => Iterable<GraphNodeData>,
  placement: () => Map<string, ActorPlacement>,
  options: string,
): void {
  out('{"attributes":{},"edges":[');
  let first = true;
  // Entries one a line, separated by commas; an article's lines (see ArticleChunks: one entry
  // a line, each ended by "\n") go in one piece.
  const putLines = (text: string): void => {
    if (!text) return;
    out(`${first ? '\n' : ',\n'}${(text.endsWith('\n') ? text.slice(0, -1) : text).replaceAll('\n', ',\n')}`);
    first = false;
  };
  for (const e of entries) putLines(lines(e, 'edges'));
  for (const edge of section.edges) putLines(JSON.stringify(serializeEntry(edge)));
  out('\n],"nodes":[');
  first = true;
  for (const e of entries) putLines(lines(e, 'nodes'));
  const placed = placement();
  for (const node of sharedNodes()) {
    const p = placed.get(node.key);
    putLines(JSON.stringify(serializeEntry(p ? { ...node, attributes: { ...node.attributes, ...p } } : node)));
  }
  out(`\n],"options":${options}}\n`);
}

/** GEXF: the actor network, its speaker → about links counted, and the affiliation and speaksFor edges. */
export function writeNetworkGexf(out: (text: string) => void, actors: GexfActor[], counts: ActorCounts, section: SharedSection, articles: number): void {
  const links: GexfLink[] = [];
  for (const { source, target, kind = 'unknown', count } of counts.countedLinks()) {
    links.push({ source, target, relation: 'spokeAbout', statementKind: kind, weight: count });
  }
  for (const { source, target, attributes: a } of section.edges) {
    if (a.relation === 'affiliation' || a.relation === 'speaksFor') links.push({ source, target, relation: a.relation, weight: 1 });
  }
  writeGexfPieces({ actors, links }, `newsgraph actor network of ${articles} articles`, out);
}

/** The merge's totals from its articles as written, its actors and the shared section's triples. */
export function mergeSummary(articles: readonly WrittenArticle[], actors: number, sharedTriples: number): MergeSummary {
  const sum = (f: (c: ArticleCounts) => number): number => articles.reduce((n, a) => n + f(a.counts), 0);
  const quotations = sum((c) => c.quotations);
  const attributed = sum((c) => c.attributed);
  return {
    articles: articles.length,
    statements: sum((c) => c.statements),
    nested: sum((c) => c.nested),
    events: sum((c) => c.events),
    actors,
    triples: articles.reduce((n, a) => n + a.localTriples, 0) + sharedTriples,
    quads: articles.reduce((n, a) => n + a.triples, 0),
    quotations,
    attributed,
    unattributed: quotations - attributed,
    warnings: articles.flatMap((a) => a.counts.warnings),
  };
}

/**
 * The viewer's placement of the actor network (Louvain community, ForceAtlas2 x and y), stored on
 * the merged JSON's actor nodes so `view`/`export` of a corpus open settled without a layout run.
 * Order-free: the links are the summed speaker → about counts, whatever order articles came in.
 */
export function placeNetwork(actorNodes: readonly GexfActor[], counts: ActorCounts): Map<string, ActorPlacement> {
  return placeLinks(networkLinks(actorNodes, counts));
}

/** What placeNetwork lays out, as plain data (for a layout thread, MergeOptions.layoutHelper). */
export function networkLinks(actorNodes: readonly GexfActor[], counts: ActorCounts): LinkData {
  return { actors: actorNodes.map((n) => n.id), links: counts.pairs() };
}

/** placeNetwork's placement of its plain data (networkLinks), wherever it runs. */
export function placeLinks(data: LinkData): Map<string, ActorPlacement> {
  return placeActors(data, { layout: true });
}

// Two streams of nodes, each in key order (keys distinct), as one.
function* mergeByKey(a: Iterator<GraphNodeData>, b: readonly GraphNodeData[]): Generator<GraphNodeData> {
  let i = 0;
  for (let n = a.next(); !n.done; n = a.next()) {
    while (i < b.length && b[i]!.key < n.value.key) yield b[i++]!;
    yield n.value;
  }
  while (i < b.length) yield b[i++]!;
}

/** The article IRI a node key belongs to, if any article of the merge holds it ('' otherwise). */
export function articleOf(key: string, entries: ReadonlyMap<string, unknown>): string {
  for (let i = key.length; i > 0; i--) {
    const c = key.charAt(i);
    if ((c === '/' || c === '#' || i === key.length) && entries.has(key.slice(0, i))) return key.slice(0, i);
  }
  return '';
}
