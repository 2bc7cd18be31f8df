// An article's quads as the corpus merge's chunks (N-Quads, Turtle, graphology JSON entries), the
// chunk types and the fields a ChunkStore holds. Pure, and without the pipeline: the merge, the
// corpus identity step and the spool store (read by the viewer and query commands as well) use it
// without loading the NLP stages that chunks.ts runs.

import type { Quad } from 'n3';
import { DataFactory } from '../4-rdf/n3.js';
import { ACTOR_CLASSES, NG, RDF } from '../4-rdf/index.js';
import { TermText, turtleBody } from '../4-rdf/term-text.js';
import { graphData, serializeEntry } from '../5-graph/index.js';

/** Counts of one article, summed over the corpus by the merge. */
export interface ArticleCounts {
  statements: number;
  /** Statements reported inside another statement. */
  nested: number;
  events: number;
  /** Quotations found in the text (stage 1). */
  quotations: number;
  /** Quotations that a statement with a resolved speaker covers. */
  attributed: number;
  /** Triples whose subject belongs to the article (shared actor triples are counted once, at the merge). */
  localTriples: number;
  /** All triples of the article, shared ones included (its named graph). */
  triples: number;
  warnings: string[];
}

/** Everything the merge needs from one article, as text (cheap to pass between threads and to spool). */
export interface ArticleChunks {
  id: string;
  /** The article IRI: the named graph of its quads and the sort key of the merged outputs. */
  iri: string;
  source: string;
  author: string | null;
  /** All its quads as N-Quads in the named graph <iri>, sorted. */
  nquads: string;
  /** Turtle of the article-local subjects, without the @prefix header ('' when none). */
  turtle: string;
  /** N-Triples lines of the shared subjects (actors, roles), sorted. */
  shared: string;
  /** graphology JSON node entries of the article-local nodes, one a line. */
  nodes: string;
  /** graphology JSON edge entries whose source is article-local, one a line. */
  edges: string;
  /** Keys of nodes outside the article that its edges point to, one a line. */
  refs: string;
  /** "speaker\tabout\tkind" (actor IRIs, statement kind or "unknown"), one per statement and entity talked about, one a line. */
  links: string;
  /** Actor IRIs the article has triples for, one a line. */
  actors: string;
  /** Actor IRIs of resolved speakers, one per statement, one a line. */
  spoken: string;
  counts: ArticleCounts;
}

/** The chunk fields a ChunkStore holds (the bulky ones). */
export const STORED_FIELDS = ['nquads', 'turtle', 'shared', 'nodes', 'edges', 'refs', 'links', 'actors', 'spoken'] as const;
export type StoredField = (typeof STORED_FIELDS)[number];

/** True when `key` is the article IRI or an IRI minted under it (statement, event, selector). */
export function isArticleLocal(key: string, articleIri: string): boolean {
  if (!key.startsWith(articleIri)) return false;
  const next = key.charAt(articleIri.length);
  return next === '' || next === '/' || next === '#';
}

const ACTOR_CLASS_SET = new Set<string>([...Object.values(ACTOR_CLASSES), NG.Actor]);

/** The chunks that depend on an article's quads alone (see ArticleChunks), and its count of local triples. */
export interface QuadChunks {
  chunks: Pick<ArticleChunks, 'nquads' | 'turtle' | 'shared' | 'nodes' | 'edges' | 'refs' | 'actors'>;
  localTriples: number;
}

/**
 * Serialises an article's quads (sorted and without duplicates, default graph) into the chunks the
 * merge reads. Used per article by buildArticleChunks, and by the corpus identity step when it
 * rewrites an article's actor IRIs.
 */
export function quadChunks(quads: readonly Quad[], iri: string): QuadChunks {
  // Each part below is its own function, so that V8 re-optimises one part, not the whole of
  // buildArticleChunks with everything inlined into it, when a part meets a new object shape
  // (it was compiled 5-6 times per thread, ≈75 ms each).
  const { local, actors } = splitBySubject(quads, iri);
  const graph = graphEntries(quads, iri);
  const { nquads, sharedNQuads } = nQuadLines(quads, iri);
  return {
    // toQuads returns quads sorted (sortQuads) and de-duplicated, and every subset below keeps that
    // order, so they are written as they are: the same bytes as toNQuads / toTurtle, without
    // sorting again (re-sorting was 10% of a worker's time on PolNeAR).
    chunks: {
      nquads,
      turtle: turtleBody(local),
      shared: sharedNQuads,
      nodes: lines(graph.nodes),
      edges: lines(graph.edges),
      refs: lines([...graph.refs].sort()),
      actors: lines([...actors].sort()),
    },
    localTriples: local.length,
  };
}

// The article-local quads, and the actors among the subjects of the shared ones.
function splitBySubject(quads: readonly Quad[], iri: string): { local: Quad[]; actors: Set<string> } {
  const local: Quad[] = [];
  const actors = new Set<string>();
  const isLocal = locality(iri);
  for (const q of quads) {
    if (isLocal(q.subject.value)) local.push(q);
    else if (q.predicate.value === RDF.type && ACTOR_CLASS_SET.has(q.object.value)) actors.add(q.subject.value);
  }
  return { local, actors };
}

// isArticleLocal for one key after another, the last answer kept: quads come a subject at a time
// (edges a source at a time), and testing every quad again was ≈20% of quadChunks.
function locality(iri: string): (key: string) => boolean {
  let last: string | null = null;
  let local = false;
  return (key) => {
    if (key !== last) {
      last = key;
      local = isArticleLocal(key, iri);
    }
    return local;
  };
}

// The graph's nodes and edges as graphology JSON entries, straight from the data toGraph would
// put in a graph (the same entries, in the same key order, as serializeGraph(toGraph(quads))):
// the article-local nodes, the edges from them, and the targets of those edges outside the article.
function graphEntries(quads: readonly Quad[], iri: string): { nodes: string[]; edges: string[]; refs: Set<string> } {
  const data = graphData(quads);
  const nodes: string[] = [];
  const edges: string[] = [];
  const refs = new Set<string>();
  const isLocalSource = locality(iri);
  for (const n of data.nodes) if (isArticleLocal(n.key, iri)) nodes.push(JSON.stringify(serializeEntry(n)));
  for (const e of data.edges) {
    if (!isLocalSource(e.source)) continue;
    edges.push(JSON.stringify(serializeEntry(e)));
    if (!isArticleLocal(e.target, iri)) refs.add(e.target);
  }
  return { nodes, edges, refs };
}

// The N-Quads of all quads in the named graph <iri>, and of the shared ones (subject not under
// <iri>) as they are: each quad's "S P O" written once, from the terms' remembered N-Quads text.
// Lines are joined once (a rope grown by += cost more to flatten when packed than the join).
function nQuadLines(quads: readonly Quad[], iri: string): { nquads: string; sharedNQuads: string } {
  const terms = (nQuadTerms ??= new TermText('N-Quads'));
  const graph = ` ${terms.term(DataFactory.namedNode(iri))} .\n`;
  const all: string[] = [];
  const shared: string[] = [];
  const isLocal = locality(iri);
  for (const q of quads) {
    const triple = `${terms.term(q.subject)} ${terms.term(q.predicate)} ${terms.term(q.object)}`;
    all.push(triple + graph);
    if (isLocal(q.subject.value)) continue;
    shared.push(q.graph.termType === 'DefaultGraph' ? `${triple} .\n` : `${triple} ${terms.term(q.graph)} .\n`);
  }
  return { nquads: all.join(''), sharedNQuads: shared.join('') };
}

let nQuadTerms: TermText | null = null;

/** Lines, each ended by a newline ("" for none). */
export function lines(xs: readonly string[]): string {
  return xs.length ? `${xs.join('\n')}\n` : '';
}
