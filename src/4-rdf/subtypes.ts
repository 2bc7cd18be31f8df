// Stage 4 (RDF): the actor subtypes of the pipeline (Entity.subtype) as concepts of the SKOS scheme
// ng:ActorSubtypes in ontology/newsgraph.ttl (a test keeps the two and data/lexicon in step).

import { NG_NS } from './namespaces.js';

/** Every subtype the pipeline gives, by its notation. */
export const ACTOR_SUBTYPES = [
  'country',
  'city',
  'region',
  'continent',
  'bloc',
  'historical-state',
  'government-body',
  'company',
  'media',
  'party',
  'international-organization',
  'ngo',
  'association',
] as const;

export type ActorSubtype = (typeof ACTOR_SUBTYPES)[number];

const KNOWN = new Set<string>(ACTOR_SUBTYPES);

/** The concept IRI of a subtype notation ("country" → ng:subtype-country), or null for one the scheme lacks. */
export function subtypeIri(subtype: string): string | null {
  return KNOWN.has(subtype) ? `${NG_NS}subtype-${subtype}` : null;
}

/** The notation of a subtype concept IRI, or null when it is not one of the scheme. */
export function subtypeOfIri(iri: string): string | null {
  if (!iri.startsWith(`${NG_NS}subtype-`)) return null;
  const notation = iri.slice(NG_NS.length + 'subtype-'.length);
  return KNOWN.has(notation) ? notation : null;
}
