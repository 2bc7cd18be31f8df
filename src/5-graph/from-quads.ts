// Stage 5 (graph): quads (from stage 4, or parsed from Turtle) → graphology MultiDirectedGraph.
// Nodes = actors, statements, events, articles, roles (key = IRI); literals become node attributes;
// selectors and form individuals fold into statement/event attributes; other object triples are edges.

import { MultiDirectedGraph } from 'graphology';
import type { Quad, Term } from '@rdfjs/types';
import { xsdDateType } from '../4-rdf/dates.js';
import { evidenceTriples, type EvidenceTriple, type Quote } from '../4-rdf/evidence.js';
import { mintIri } from '../4-rdf/iri.js';
import { subtypeOfIri } from '../4-rdf/subtypes.js';
import { NG, OA, OWL, RDF, XSD } from '../4-rdf/namespaces.js';
import { FORM_IRIS, KIND_IRIS } from '../4-rdf/to-quads.js';
import type { StatementForm, StatementKind } from '../types.js';
import { CODEC_DATATYPE, LITERAL_FIELDS, localName } from './fields.js';
import type { LiteralField } from './fields.js';
import type { EdgeAttributes, ExtraLiteral, NewsGraph, NodeAttributes, NodeKind } from './model.js';

const KIND_OF_CLASS: ReadonlyArray<[string, Exclude<NodeKind, 'other'>, string]> = [
  [NG.Article, 'article', 'Article'],
  [NG.Statement, 'statement', 'Statement'],
  [NG.Event, 'event', 'Event'],
  [NG.Person, 'actor', 'Person'],
  [NG.Organization, 'actor', 'Organization'],
  [NG.Place, 'actor', 'Place'],
  [NG.Actor, 'actor', 'Actor'],
  [NG.Role, 'role', 'Role'],
];

const FORM_OF_IRI = new Map<string, StatementForm>(
  (Object.entries(FORM_IRIS) as Array<[StatementForm, string]>).map(([form, iri]) => [iri, form]),
);

const KIND_OF_IRI = new Map<string, StatementKind>(
  (Object.entries(KIND_IRIS) as Array<[StatementKind, string]>).map(([kind, iri]) => [iri, kind]),
);

/** Node key of an RDF term: the IRI, or "_:" + label for a blank node. */
export function termKey(t: Term): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

/** A node or an edge of toGraph's graph before it goes into graphology: what graph.export() lists. */
export type GraphNodeData = { key: string; attributes: NodeAttributes };
export type GraphEdgeData = { key: string; source: string; target: string; attributes: EdgeAttributes };

/**
 * The nodes and edges toGraph makes of `quads`, each list sorted by key (graphology adds them in this
 * order). The corpus build serialises these directly instead of building a graphology graph per
 * article only to export it (toGraph + serializeGraph were ≈9% of a worker's time on PolNeAR).
 * @param quads - as for toGraph
 */
export function graphData(quads: readonly Quad[]): { nodes: GraphNodeData[]; edges: GraphEdgeData[] } {
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const s = termKey(q.subject);
    const list = bySubject.get(s);
    if (list) list.push(q);
    else bySubject.set(s, [q]);
  }
  return graphDataBySubject(bySubject);
}

/**
 * graphData over quads already grouped by subject key (termKey), each subject's quads in the order
 * read: what a streaming loader (query/graph-builder.ts) collects without one array of every quad.
 */
export function graphDataBySubject(bySubject: ReadonlyMap<string, readonly Quad[]>): { nodes: GraphNodeData[]; edges: GraphEdgeData[] } {
  const nodes = new Map<string, NodeAttributes>();
  const edges = new Map<string, GraphEdgeData>();
  const pending: string[] = [];

  const reader = new SubjectReader(bySubject);
  for (const s of bySubject.keys()) {
    // Selectors are read through the statements and events that point to them.
    if (!reader.isFoldableSelector(s)) pending.push(s);
  }
  while (pending.length > 0) {
    const s = pending.pop()!;
    if (nodes.has(s)) continue;
    const { attributes, links } = reader.read(s);
    nodes.set(s, attributes);
    for (const { predicate, target } of links) {
      const key = `${s}|${predicate}|${target}`;
      edges.set(key, { key, source: s, target, attributes: { relation: relationOf(predicate), predicate } });
      if (!nodes.has(target)) pending.push(target);
    }
  }
  return {
    nodes: sortedKeys(nodes).map((key) => ({ key, attributes: nodes.get(key)! })),
    edges: sortedKeys(edges).map((key) => edges.get(key)!),
  };
}

/**
 * Reads quads into a graph. Deterministic: nodes and edges are added in key order, attributes in a
 * fixed order, so the same quads in any order give the same `graph.export()`.
 * @param quads - quads in the newsgraph ontology; triples it does not know are kept (as `extra` literals or as edges)
 */
export function toGraph(quads: readonly Quad[]): NewsGraph {
  return graphFromData(graphData(quads));
}

/** The graphology graph of graphData's (or graphDataBySubject's) nodes and edges. */
export function graphFromData({ nodes, edges }: { nodes: readonly GraphNodeData[]; edges: readonly GraphEdgeData[] }): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, Record<string, never>>();
  for (const n of nodes) graph.addNode(n.key, n.attributes);
  for (const e of edges) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return graph;
}

// One relation string per predicate (localName slices a new string for every edge otherwise).
const RELATIONS = new Map<string, string>();
function relationOf(predicate: string): string {
  let r = RELATIONS.get(predicate);
  if (r === undefined) {
    r = localName(predicate);
    if (RELATIONS.size < 10_000) RELATIONS.set(predicate, r);
  }
  return r;
}

function sortedKeys(m: Map<string, unknown>): string[] {
  return [...m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

type Link = { predicate: string; target: string };

/** An evidence span as stage 4 writes it (see 4-rdf/evidence.ts), read back from its triples. */
type Evidence = { article: string; start: number; end: number; quote: Quote | null };

class SubjectReader {
  /** Specific resources that fold into attributes, by IRI; their selectors are in `foldable` too. */
  private readonly evidence = new Map<string, Evidence>();
  private readonly foldable = new Set<string>();

  constructor(private readonly bySubject: ReadonlyMap<string, readonly Quad[]>) {
    for (const [s, qs] of bySubject) {
      if (!qs.some((q) => q.predicate.value === RDF.type && q.object.value === OA.SpecificResource)) continue;
      const ev = this.readEvidence(s, qs);
      if (!ev) continue;
      this.evidence.set(s, ev);
      this.foldable.add(s);
      this.foldable.add(mintIri({ kind: 'positionSelector', article: ev.article, start: ev.start, end: ev.end }));
      if (ev.quote) this.foldable.add(mintIri({ kind: 'quoteSelector', article: ev.article, start: ev.start, end: ev.end }));
    }
  }

  /** A specific resource or selector that folds into the attributes of what points to it (no node of its own). */
  isFoldableSelector(s: string): boolean {
    return this.foldable.has(s);
  }

  // The span, when `s` and its selectors are exactly what evidenceTriples writes (re-minted and compared).
  private readEvidence(s: string, qs: readonly Quad[]): Evidence | null {
    const source = qs.find((q) => q.predicate.value === OA.hasSource);
    if (!source || source.object.termType !== 'NamedNode') return null;
    const article = source.object.value;
    const selectors = qs.filter((q) => q.predicate.value === OA.hasSelector).map((q) => q.object.value);
    const position = selectors.map((sel) => this.positionOf(sel)).find((p) => p !== null);
    if (!position) return null;
    const quoteIri = selectors.find((sel) => sel.includes('#quote='));
    const quote = quoteIri === undefined ? null : this.quoteOf(quoteIri);
    if (quoteIri !== undefined && quote === null) return null;
    let expected: ReturnType<typeof evidenceTriples>;
    try {
      expected = evidenceTriples(article, position.start, position.end, quote);
    } catch {
      return null; // a source that is not a minted article IRI
    }
    if (expected.iri !== s || !sameTriples(expected.triples, [s, ...selectors], this.bySubject)) return null;
    return { article, start: position.start, end: position.end, quote };
  }

  private positionOf(s: string): { start: number; end: number } | null {
    const qs = this.bySubject.get(s);
    if (!qs || !qs.some((q) => q.predicate.value === RDF.type && q.object.value === OA.TextPositionSelector)) return null;
    const start = qs.find((q) => q.predicate.value === OA.start);
    const end = qs.find((q) => q.predicate.value === OA.end);
    const a = start ? decodeCount(start.object) : null;
    const b = end ? decodeCount(end.object) : null;
    return a !== null && b !== null && a <= b ? { start: a, end: b } : null;
  }

  private quoteOf(s: string): Quote | null {
    const qs = this.bySubject.get(s);
    if (!qs) return null;
    const text = (p: string): string => qs.find((q) => q.predicate.value === p && q.object.termType === 'Literal')?.object.value ?? '';
    return { exact: text(OA.exact), prefix: text(OA.prefix), suffix: text(OA.suffix) };
  }

  // Folds the evidence links of a statement or event into `values` when each is exactly what stage 4
  // writes for it (a quote selector exactly when the content is not empty, holding the content);
  // returns the links it could not fold.
  foldEvidence(kind: NodeKind, article: string | undefined, links: readonly Link[], values: Record<string, unknown>): Link[] {
    const rest: Link[] = [];
    for (const link of links) {
      const ev = this.evidence.get(link.target);
      const content = (kind === 'statement' ? values['content'] : values['text']) as string | undefined;
      const main = link.predicate === NG.evidence;
      const [startAttr, endAttr] = main ? ['start', 'end'] : ['sentenceStart', 'sentenceEnd'];
      const quoteFits = main ? (content ? ev?.quote?.exact === content : ev?.quote === null) : ev?.quote === null;
      if (!ev || ev.article !== article || !quoteFits || values[startAttr] !== undefined) {
        rest.push(link);
        continue;
      }
      values[startAttr] = ev.start;
      values[endAttr] = ev.end;
      if (main && ev.quote?.prefix) values['prefix'] = ev.quote.prefix;
      if (main && ev.quote?.suffix) values['suffix'] = ev.quote.suffix;
    }
    return rest;
  }

  read(s: string): { attributes: NodeAttributes; links: Link[] } {
    const qs = this.bySubject.get(s);
    // A node with no triples of its own (an edge target): what the loops below make of no quads.
    // Kept apart because an empty [] is another kind of array than the lists of quads, and
    // iterating both made V8 de-optimise read ("wrong map").
    if (!qs) return { attributes: buildAttributes(s, 'other', '', [], {}, [], []), links: [] };
    const types = qs.filter((q) => q.predicate.value === RDF.type).map((q) => q.object.value);
    const known = KIND_OF_CLASS.find(([cls]) => types.includes(cls));
    const kind: NodeKind = known ? known[1] : 'other';
    const fields = LITERAL_FIELDS[kind];
    const values: Record<string, unknown> = {};
    const extra: ExtraLiteral[] = [];
    const links: Link[] = [];
    const evidence: Link[] = [];
    const sameAs: string[] = [];
    // The article selectors are minted from; the first in IRI order if a merged graph holds several.
    const article = qs
      .filter((q) => q.predicate.value === NG.reportedIn && q.object.termType === 'NamedNode')
      .map((q) => q.object.value)
      .sort()[0];

    for (const q of qs) {
      const p = q.predicate.value;
      const o = q.object;
      if (p === RDF.type) {
        // The class that gave the kind is implied by it; any other type is kept as an edge-less fact.
        if (known && o.value === known[0]) continue;
        if (kind === 'other') continue; // kept in `types` below
        extra.push({ predicate: p, value: o.value, datatype: '', language: '' });
        continue;
      }
      if (o.termType === 'Literal') {
        const field = fields.find((fl) => fl.predicate === p);
        if (field && putLiteral(values, field, o)) continue;
        extra.push({ predicate: p, value: o.value, datatype: o.datatype.value, language: o.language });
        continue;
      }
      const target = termKey(o);
      if (kind === 'statement' && p === NG.form && FORM_OF_IRI.has(target) && values['form'] === undefined) {
        values['form'] = FORM_OF_IRI.get(target);
        continue;
      }
      if (kind === 'statement' && p === NG.kind && KIND_OF_IRI.has(target) && values['statementKind'] === undefined) {
        values['statementKind'] = KIND_OF_IRI.get(target);
        continue;
      }
      if (kind === 'actor' && p === NG.subtype && o.termType === 'NamedNode' && subtypeOfIri(target) !== null) {
        const list = (values['subtypes'] as string[] | undefined) ?? [];
        list.push(subtypeOfIri(target)!);
        values['subtypes'] = list;
        continue;
      }
      if (kind === 'actor' && p === OWL.sameAs && o.termType === 'NamedNode') {
        sameAs.push(target);
        continue;
      }
      if ((kind === 'statement' || kind === 'event') && (p === NG.evidence || p === NG.sentenceEvidence)) {
        evidence.push({ predicate: p, target });
        continue;
      }
      links.push({ predicate: p, target });
    }
    // After the loop, so the content (or event text) the quote must hold has been read.
    links.push(...this.foldEvidence(kind, article, evidence, values));
    return { attributes: buildAttributes(s, kind, known?.[2] ?? '', types, values, sameAs, extra), links };
  }
}

// True when the subjects `subjects` hold exactly `triples` (their distinct ones), nothing more or
// less. Compared term by term: a set of N-Triples-like strings, each with the quote's text, was
// ≈3% of a build worker.
function sameTriples(triples: readonly EvidenceTriple[], subjects: readonly string[], bySubject: ReadonlyMap<string, readonly Quad[]>): boolean {
  const distinct = triples.filter((t, i) => triples.findIndex((u) => u.s === t.s && u.p === t.p && u.o === t.o && u.datatype === t.datatype) === i);
  let count = 0;
  for (const s of new Set(subjects)) {
    for (const q of bySubject.get(s) ?? []) {
      if (!distinct.some((t) => t.s === s && t.p === q.predicate.value && holds(q.object, t))) return false;
      count++;
    }
  }
  return count === distinct.length;
}

// The object of an evidence triple: the IRI, or a literal of that datatype without a language.
function holds(o: Term, t: EvidenceTriple): boolean {
  if (t.datatype) return o.termType === 'Literal' && o.value === t.o && !o.language && o.datatype.value === t.datatype;
  return o.termType === 'NamedNode' && o.value === t.o;
}

// Puts a literal into its attribute when its datatype matches the codec; false sends it to `extra`.
function putLiteral(values: Record<string, unknown>, field: LiteralField, o: Term): boolean {
  if (o.termType !== 'Literal' || o.language !== '') return false;
  let value: unknown;
  const dt = o.datatype.value;
  switch (field.codec) {
    case 'date':
      value = xsdDateType(o.value) === dt ? o.value : undefined;
      break;
    case 'xsdDate':
      value = dt === XSD.date && xsdDateType(o.value) === XSD.date ? o.value : undefined;
      break;
    case 'count':
      value = decodeCount(o) ?? undefined;
      break;
    case 'decimal':
      value = dt === XSD.decimal && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(o.value) ? Number(o.value) : undefined;
      break;
    case 'bool':
      value = dt === XSD.boolean && (o.value === 'true' || o.value === 'false') ? o.value === 'true' : undefined;
      break;
    default:
      value = dt === CODEC_DATATYPE[field.codec] ? o.value : undefined;
  }
  if (value === undefined) return false;
  if (field.many) {
    const list = (values[field.attr] as unknown[] | undefined) ?? [];
    list.push(value);
    values[field.attr] = list;
    return true;
  }
  if (values[field.attr] !== undefined) return false;
  values[field.attr] = value;
  return true;
}

function decodeCount(o: Term): number | null {
  if (o.termType !== 'Literal' || o.datatype.value !== XSD.nonNegativeInteger || !/^(0|[1-9][0-9]*)$/.test(o.value)) return null;
  const n = Number(o.value);
  return Number.isSafeInteger(n) ? n : null;
}

const sortStrings = (xs: unknown): string[] =>
  ((xs as string[] | undefined) ?? []).slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function shorten(text: string | undefined, max = 80): string {
  if (text === undefined) return '';
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// Builds the attribute object with a fixed key order (export() and JSON follow insertion order).
function buildAttributes(
  key: string,
  kind: NodeKind,
  type: string,
  types: string[],
  v: Record<string, unknown>,
  sameAs: string[],
  extra: ExtraLiteral[],
): NodeAttributes {
  const opt = <T>(name: string): Partial<Record<string, T>> => (v[name] === undefined ? {} : { [name]: v[name] as T });
  const tail = extra.length > 0 ? { extra: sortExtra(extra) } : {};
  switch (kind) {
    case 'actor': {
      const labels = sortStrings(v['labels']);
      return {
        kind,
        type: type as 'Person' | 'Organization' | 'Place' | 'Actor',
        label: labels[0] ?? localName(key),
        labels,
        aliases: sortStrings(v['aliases']),
        subtypes: sortStrings(v['subtypes']),
        sameAs: sortStrings(sameAs),
        ...opt<boolean>('anonymous'),
        ...tail,
      };
    }
    case 'role': {
      const labels = sortStrings(v['labels']);
      return { kind, type: 'Role', label: labels[0] ?? localName(key), labels, ...tail };
    }
    case 'statement':
      return { kind, type: 'Statement', label: shorten(v['content'] as string | undefined), ...present(v, STATEMENT_FIELDS), ...tail } as NodeAttributes;
    case 'event':
      return { kind, type: 'Event', label: shorten(v['text'] as string | undefined), ...present(v, EVENT_FIELDS), ...tail } as NodeAttributes;
    case 'article': {
      const label = (v['title'] as string | undefined) ?? (v['articleId'] as string | undefined) ?? localName(key);
      return { kind, type: 'Article', label, ...present(v, ARTICLE_FIELDS), ...tail } as NodeAttributes;
    }
    case 'other':
      return { kind, type: '', label: localName(key), types: sortStrings(types), ...tail };
  }
}

// The optional literal fields of statements, events and articles, in the order the JSON writes them.
const STATEMENT_FIELDS = ['content', 'form', 'statementKind', 'cue', 'cueLemma', 'negated', 'confidence', 'speakerText', 'date', 'dateText', 'start', 'end', 'prefix', 'suffix', 'sentenceStart', 'sentenceEnd'] as const;
const EVENT_FIELDS = ['text', 'verb', 'lemma', 'date', 'dateText', 'start', 'end', 'prefix', 'suffix'] as const;
const ARTICLE_FIELDS = ['articleId', 'title', 'url', 'published', 'textLength'] as const;

/** The fields of `v` that are set, in the order given. */
function present(v: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (v[f] !== undefined) out[f] = v[f];
  return out;
}

function sortExtra(extra: ExtraLiteral[]): ExtraLiteral[] {
  const k = (e: ExtraLiteral): string => JSON.stringify([e.predicate, e.value, e.datatype, e.language]);
  return extra.slice().sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}
