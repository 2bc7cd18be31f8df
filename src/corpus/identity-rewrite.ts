// Corpus identity, applied (merge, main thread): rewrites one article's chunks so that every actor
// IRI the identity map moves becomes its canonical IRI (roles follow their actor), the canonical
// label is the one rdfs:label, other names become skos:altLabel (case and possessive variants are
// dropped), and a node moved to another type takes that type. The article's quads are re-serialised
// by the same quadChunks as a fresh build, so the merge stays a plain union of the rewritten pieces.

import type { Quad, Quad_Object } from 'n3';
import { DataFactory, Parser } from '../4-rdf/n3.js';
import { ACTOR_CLASSES, mintIri, NG, OWL_NS, RDF, RDFS_NS, SKOS_NS, sortQuads, XSD } from '../4-rdf/index.js';
import { lines, quadChunks, type StoredField } from './quad-chunks.js';
import { foldLabel, isActorIri, TYPE_BY_CLASS, type IdentityMap, type IdentityTarget } from './identity.js';

const { namedNode, literal, quad } = DataFactory;
const ROLE_MARK = '/role/';
const LABEL = `${RDFS_NS}label`;
const ALT_LABEL = `${SKOS_NS}altLabel`;
const SAME_AS = `${OWL_NS}sameAs`;

/** The IRI of a target in one article: its own, or for a per-article target the article-scoped one. */
export function targetIri(t: IdentityTarget, articleId: string): string {
  return t.perArticle ? mintIri({ kind: 'actor', key: `${t.type}/${t.label} (${articleId})` }) : t.iri;
}

/** The IRI an actor or role IRI has in one article after the identity map (itself when the map leaves it). */
export function mapActorIri(iri: string, map: IdentityMap, articleId: string): string {
  const direct = map.get(iri);
  if (direct) return targetIri(direct, articleId);
  const at = iri.indexOf(ROLE_MARK);
  if (at < 0) return iri;
  const owner = map.get(iri.slice(0, at));
  return owner ? targetIri(owner, articleId) + iri.slice(at) : iri;
}

/** True when an article's actor list (the `actors` chunk) names an actor the map changes. */
export function touches(actorLines: string, map: IdentityMap): boolean {
  if (!map.size || !actorLines) return false;
  for (const line of actorLines.split('\n')) if (line && map.has(line)) return true;
  return false;
}

/** An article's rewritten chunks (the STORED_FIELDS) and its new triple counts. */
export interface RewrittenChunks {
  fields: Record<StoredField, string>;
  triples: number;
  localTriples: number;
}

/**
 * Rewrites one article's chunks through the identity map (see the file header).
 * @param field - the article's stored chunk text, by field
 * @param article - the article's IRI (its named graph) and id (for per-article targets)
 */
export function rewriteChunks(field: (f: StoredField) => string, article: { iri: string; id: string }, map: IdentityMap): RewrittenChunks {
  const articleIri = article.iri;
  const mapIri = (iri: string): string => mapActorIri(iri, map, article.id);
  const source = new Parser({ format: 'N-Quads' }).parse(field('nquads'));
  const out: Quad[] = [];
  for (const q of source) {
    const t = isActorIri(q.subject.value) ? map.get(q.subject.value) : undefined;
    const rewritten = t ? actorQuad(q, t, mapIri) : plainQuad(q, mapIri);
    if (rewritten) out.push(rewritten);
    if (!t) continue;
    const subject = namedNode(mapIri(q.subject.value));
    out.push(quad(subject, namedNode(LABEL), literal(t.label)));
    if (t.perArticle) out.push(quad(subject, namedNode(NG.anonymous), literal('true', namedNode(XSD.boolean))));
  }
  const sorted = sortQuads(out);
  const q = quadChunks(sorted, articleIri);
  const mapLine = mapIri;
  const links = field('links')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .map(([a = '', b = '', k = 'unknown']) => [mapLine(a), mapLine(b), k] as const)
    .filter(([a, b]) => a !== b)
    .map((l) => l.join('\t'));
  return {
    fields: {
      ...q.chunks,
      links: lines(links),
      spoken: lines(field('spoken').split('\n').filter(Boolean).map(mapLine)),
    },
    triples: sorted.length,
    localTriples: q.localTriples,
  };
}

// A quad whose subject is not a moved actor: only its object may be an actor or role that moved.
function plainQuad(q: Quad, mapIri: (iri: string) => string): Quad {
  const s = mapIri(q.subject.value);
  const o = q.object.termType === 'NamedNode' ? mapIri(q.object.value) : null;
  if (s === q.subject.value && (o === null || o === q.object.value)) return quad(q.subject, q.predicate, q.object);
  return quad(namedNode(s), q.predicate, o === null ? q.object : (namedNode(o) as Quad_Object));
}

// A quad about a moved actor: its labels, type, subtype and sameAs as the target has them.
function actorQuad(q: Quad, t: IdentityTarget, mapIri: (iri: string) => string): Quad | null {
  const p = q.predicate.value;
  const o = q.object;
  const subject = namedNode(mapIri(q.subject.value));
  const sourceType = p === RDF.type ? TYPE_BY_CLASS.get(o.value) : undefined;
  if (sourceType) return quad(subject, q.predicate, namedNode(ACTOR_CLASSES[t.type]));
  if (p === LABEL || p === ALT_LABEL) {
    if ((o.value === t.label && p === LABEL) || foldLabel(o.value) === foldLabel(t.label)) return null; // the caller adds the label
    if (t.perArticle) return null; // a description keeps only its own words
    return quad(subject, namedNode(ALT_LABEL), literal(o.value));
  }
  // A subtype or Wikidata link belongs to the type it was read with ("a country" is no person).
  if ((p === NG.subtype || p === SAME_AS) && t.reason === 'type-majority') return null;
  const object = o.termType === 'NamedNode' ? (namedNode(mapIri(o.value)) as Quad_Object) : o;
  return quad(subject, q.predicate, object);
}
