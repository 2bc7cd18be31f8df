// Stage 4 (RDF): evidence in the W3C Web Annotation Data Model. A span of an article is an
// oa:SpecificResource (<article#char=s,e>) whose oa:hasSource is the article, selected by an
// oa:TextPositionSelector (offsets) and, for content, an oa:TextQuoteSelector (exact + prefix + suffix,
// which still finds the words when the text is re-published). Used by stage 4 and by stage 5's writer.

import { mintIri } from './iri.js';
import { OA, RDF, XSD } from './namespaces.js';

/** Characters of context on each side in a TextQuoteSelector (WADM leaves the length to the writer). */
export const QUOTE_CONTEXT = 32;

/** What a TextQuoteSelector holds; prefix/suffix are '' at the edges of the text. */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** One triple of the evidence: object is an IRI, or a literal with a datatype. */
export type EvidenceTriple = { s: string; p: string; o: string; datatype?: string };

/**
 * The quote of text[start, end) with up to QUOTE_CONTEXT code units of context on each side, never
 * cutting a surrogate pair (the context shrinks by one instead).
 */
export function quoteOf(text: string, start: number, end: number): Quote {
  let from = Math.max(0, start - QUOTE_CONTEXT);
  if (from > 0 && isLow(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + QUOTE_CONTEXT);
  if (to < text.length && isLow(text.charCodeAt(to))) to--;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The triples of one evidence span: the SpecificResource, its source, its position selector and,
 * when `quote` is given and its exact text is not empty, its quote selector (empty prefix/suffix are
 * not written). The caller links the statement or event to `iri`.
 */
export function evidenceTriples(article: string, start: number, end: number, quote: Quote | null): { iri: string; triples: EvidenceTriple[] } {
  const iri = mintIri({ kind: 'selector', article, start, end });
  const position = mintIri({ kind: 'positionSelector', article, start, end });
  const count = (n: number): { o: string; datatype: string } => ({ o: String(n), datatype: XSD.nonNegativeInteger });
  const str = (v: string): { o: string; datatype: string } => ({ o: v, datatype: XSD.string });
  const triples: EvidenceTriple[] = [
    { s: iri, p: RDF.type, o: OA.SpecificResource },
    { s: iri, p: OA.hasSource, o: article },
    { s: iri, p: OA.hasSelector, o: position },
    { s: position, p: RDF.type, o: OA.TextPositionSelector },
    { s: position, p: OA.start, ...count(start) },
    { s: position, p: OA.end, ...count(end) },
  ];
  if (quote && quote.exact !== '') {
    const q = mintIri({ kind: 'quoteSelector', article, start, end });
    triples.push({ s: iri, p: OA.hasSelector, o: q }, { s: q, p: RDF.type, o: OA.TextQuoteSelector }, { s: q, p: OA.exact, ...str(quote.exact) });
    if (quote.prefix !== '') triples.push({ s: q, p: OA.prefix, ...str(quote.prefix) });
    if (quote.suffix !== '') triples.push({ s: q, p: OA.suffix, ...str(quote.suffix) });
  }
  return { iri, triples };
}
