// Stage 5 (graph): the mapping between literal triples and node attributes, shared by
// from-quads.ts and to-quads.ts so that quads → graph → quads is the identity for what stage 4 writes.

import { NG, RDFS, SKOS, XSD } from '../4-rdf/namespaces.js';
import type { NodeKind } from './model.js';

/**
 * How a literal is held in an attribute: `string` (xsd:string), `uri` (xsd:anyURI), `xsdDate`
 * (xsd:date only), `date` (xsd:date / gYearMonth / gYear, re-typed from the lexical form), `count`
 * (xsd:nonNegativeInteger as number), `decimal` (xsd:decimal as number), `bool` (xsd:boolean).
 */
export type FieldCodec = 'string' | 'uri' | 'xsdDate' | 'date' | 'count' | 'decimal' | 'bool';

export type LiteralField = { predicate: string; attr: string; codec: FieldCodec; many: boolean };

const f = (predicate: string, attr: string, codec: FieldCodec = 'string', many = false): LiteralField => ({
  predicate,
  attr,
  codec,
  many,
});

/** Literal fields per node kind, in the attribute order the graph uses. */
export const LITERAL_FIELDS: Readonly<Record<NodeKind, readonly LiteralField[]>> = {
  actor: [
    f(RDFS.label, 'labels', 'string', true),
    f(SKOS.altLabel, 'aliases', 'string', true),
    f(NG.anonymous, 'anonymous', 'bool'),
  ],
  statement: [
    f(NG.content, 'content'),
    f(NG.cue, 'cue'),
    f(NG.cueLemma, 'cueLemma'),
    f(NG.negated, 'negated', 'bool'),
    f(NG.confidence, 'confidence', 'decimal'),
    f(NG.speakerText, 'speakerText'),
    f(NG.date, 'date', 'date'),
    f(NG.dateText, 'dateText'),
  ],
  event: [f(NG.text, 'text'), f(NG.verb, 'verb'), f(NG.lemma, 'lemma'), f(NG.date, 'date', 'date'), f(NG.dateText, 'dateText')],
  article: [
    f(NG.articleId, 'articleId'),
    f(NG.title, 'title'),
    f(NG.url, 'url', 'uri'),
    f(NG.published, 'published', 'xsdDate'),
    f(NG.textLength, 'textLength', 'count'),
  ],
  role: [f(RDFS.label, 'labels', 'string', true)],
  other: [],
};

/** The datatype IRI a codec writes (for `date`, the caller derives it from the value). */
export const CODEC_DATATYPE: Readonly<Record<Exclude<FieldCodec, 'date'>, string>> = {
  string: XSD.string,
  uri: XSD.anyURI,
  xsdDate: XSD.date,
  count: XSD.nonNegativeInteger,
  decimal: XSD.decimal,
  bool: XSD.boolean,
};

/** Short name of a property or class IRI: the part after the last '#' or '/'. */
export function localName(iri: string): string {
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  return cut >= 0 && cut < iri.length - 1 ? iri.slice(cut + 1) : iri;
}
