// Stage 4 of the flow: Analysis → RDF quads → Turtle / N-Quads, in the newsgraph ontology
// (ontology/newsgraph.ttl, shapes in ontology/shapes.ttl). Stage 5 reads these quads into graphology.

export { toQuads, FORM_IRIS, ACTOR_CLASSES } from './to-quads.js';
export { toTurtle, toNQuads, parseTurtle, sortQuads, turtlePrefixHeader } from './turtle.js';
export { mintIri, parseEntityKey, IriError } from './iri.js';
export type { IriRef } from './iri.js';
export { xsdDateType } from './dates.js';
export type { DateDatatype } from './dates.js';
export * from './namespaces.js';
