// Stage 4 of the flow: Analysis → RDF quads → Turtle / N-Quads, in the newsgraph ontology
// (ontology/newsgraph.ttl, shapes in ontology/shapes.ttl). Stage 5 reads these quads into graphology.

export { toQuads, toQuadsReport, writableStatements, rdfReady, NO_RUN_INFO, FORM_IRIS, KIND_IRIS, ACTOR_CLASSES } from './to-quads.js';
export type { QuadsReport } from './to-quads.js';
export { NEWSGRAPH_VERSION, canonicalOptions, provenanceTriples, softwareIri } from './provenance.js';
export type { RunInfo, ProvTriple } from './provenance.js';
export { toTurtle, toNQuads, parseTurtle, sortQuads, subjectRank, turtlePrefixHeader } from './turtle.js';
export { mintIri, parseEntityKey, IriError } from './iri.js';
export type { IriRef } from './iri.js';
export { xsdDateType } from './dates.js';
export { evidenceTriples, quoteOf, QUOTE_CONTEXT } from './evidence.js';
export type { EvidenceTriple, Quote } from './evidence.js';
export type { DateDatatype } from './dates.js';
export * from './namespaces.js';
export { ACTOR_SUBTYPES, subtypeIri, subtypeOfIri } from './subtypes.js';
export type { ActorSubtype } from './subtypes.js';
