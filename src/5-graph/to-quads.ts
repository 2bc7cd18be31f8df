// Stage 5 (graph): graphology graph → quads, the inverse of from-quads.ts. Turtle → graph → quads →
// Turtle gives the same bytes, so edits made on the graph (or a graph loaded from JSON) can be
// written back as RDF.

import { DataFactory } from '../4-rdf/n3.js';
import type { BlankNode, NamedNode, Quad } from 'n3';
import { xsdDateType } from '../4-rdf/dates.js';
import { evidenceTriples, type Quote } from '../4-rdf/evidence.js';
import { NG, OWL, RDF, XSD } from '../4-rdf/namespaces.js';
import { FORM_IRIS, KIND_IRIS, ACTOR_CLASSES } from '../4-rdf/to-quads.js';
import { sortQuads } from '../4-rdf/turtle.js';
import { subtypeIri } from '../4-rdf/subtypes.js';
import { CODEC_DATATYPE, LITERAL_FIELDS } from './fields.js';
import type { NewsGraph, NodeAttributes } from './model.js';

const { namedNode, blankNode, literal, quad } = DataFactory;

const CLASS_OF_TYPE: Readonly<Record<string, string>> = {
  ...ACTOR_CLASSES,
  Actor: NG.Actor,
  Statement: NG.Statement,
  Event: NG.Event,
  Article: NG.Article,
  Role: NG.Role,
};

function node(key: string): NamedNode | BlankNode {
  return key.startsWith('_:') ? blankNode(key.slice(2)) : namedNode(key);
}

/**
 * Writes a graph back as quads (default graph), sorted and without duplicates.
 * Selector nodes and form individuals, folded into attributes by toGraph, are minted again.
 * @param graph - a graph from toGraph or loaded with fromJSON
 */
export function graphToQuads(graph: NewsGraph): Quad[] {
  const out: Quad[] = [];
  graph.forEachNode((key, a) => writeNode(out, graph, key, a));
  graph.forEachEdge((_edge, e, source, target) => {
    out.push(quad(node(source), namedNode(e.predicate), node(target)));
  });
  return sortQuads(out);
}

function writeNode(out: Quad[], graph: NewsGraph, key: string, a: NodeAttributes): void {
  const s = node(key);
  const add = (p: string, o: Quad['object']): void => {
    out.push(quad(s, namedNode(p), o));
  };
  if (a.kind === 'other') for (const t of a.types) add(RDF.type, namedNode(t));
  else add(RDF.type, namedNode(CLASS_OF_TYPE[a.type]!));

  const values = a as unknown as Record<string, unknown>;
  for (const field of LITERAL_FIELDS[a.kind]) {
    const v = values[field.attr];
    if (v === undefined) continue;
    for (const item of field.many ? (v as unknown[]) : [v]) {
      const datatype = field.codec === 'date' ? xsdDateType(String(item)) : CODEC_DATATYPE[field.codec];
      add(field.predicate, literal(String(item), namedNode(datatype ?? XSD.string)));
    }
  }
  for (const e of a.extra ?? []) {
    if (e.datatype === '') add(e.predicate, namedNode(e.value));
    else add(e.predicate, e.language ? literal(e.value, e.language) : literal(e.value, namedNode(e.datatype)));
  }

  if (a.kind === 'actor') for (const iri of a.sameAs) add(OWL.sameAs, namedNode(iri));
  if (a.kind === 'actor') {
    for (const sub of a.subtypes) {
      const iri = subtypeIri(sub);
      if (iri) add(NG.subtype, namedNode(iri));
    }
  }
  if (a.kind === 'statement' && a.form) add(NG.form, namedNode(FORM_IRIS[a.form]));
  if (a.kind === 'statement' && a.statementKind) add(NG.kind, namedNode(KIND_IRIS[a.statementKind]));
  if (a.kind === 'statement' || a.kind === 'event') {
    // Selectors are minted from the article the node is reported in, as stage 4 does (the first in
    // IRI order, as toGraph chose when folding, should a merged graph hold more than one).
    const articleIri = graph
      .outEdges(key)
      .filter((e) => graph.getEdgeAttribute(e, 'predicate') === NG.reportedIn)
      .map((e) => graph.target(e))
      .sort()[0];
    if (articleIri !== undefined) {
      const exact = a.kind === 'statement' ? a.content : a.text;
      const quote = exact ? { exact, prefix: a.prefix ?? '', suffix: a.suffix ?? '' } : null;
      addSelector(out, add, NG.evidence, articleIri, a.start, a.end, quote);
      if (a.kind === 'statement') addSelector(out, add, NG.sentenceEvidence, articleIri, a.sentenceStart, a.sentenceEnd);
    }
  }
}

// The evidence span as stage 4 writes it (4-rdf/evidence.ts); the quote holds the content (or event text).
function addSelector(
  out: Quad[],
  add: (p: string, o: Quad['object']) => void,
  predicate: string,
  article: string,
  start: number | undefined,
  end: number | undefined,
  quote: Quote | null = null,
): void {
  if (start === undefined || end === undefined) return;
  const { iri, triples } = evidenceTriples(article, start, end, quote);
  add(predicate, namedNode(iri));
  for (const t of triples) out.push(quad(namedNode(t.s), namedNode(t.p), t.datatype ? literal(t.o, namedNode(t.datatype)) : namedNode(t.o)));
}
