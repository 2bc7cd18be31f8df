// Stage 4 (RDF): every IRI the project writes, and the prefix map given to N3.Writer.
// The one place where vocabularies are named; iri.ts, to-quads.ts, turtle.ts and stage 5 import from here.
// Terms of the newsgraph ontology (NG) must exist in ontology/newsgraph.ttl (a test checks this).

/** Base of the newsgraph ontology (classes, properties, individuals). */
export const NG_NS = 'https://w3id.org/newsgraph/ns#';
/** Base of minted instance IRIs (actors, articles, statements, events, roles). */
export const ID_NS = 'https://w3id.org/newsgraph/id/';

export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS_NS = 'http://www.w3.org/2000/01/rdf-schema#';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema#';
export const OWL_NS = 'http://www.w3.org/2002/07/owl#';
export const SKOS_NS = 'http://www.w3.org/2004/02/skos/core#';
export const SCHEMA_NS = 'http://schema.org/';
export const SEM_NS = 'http://semanticweb.cs.vu.nl/2009/11/sem/';
export const PROV_NS = 'http://www.w3.org/ns/prov#';
export const OA_NS = 'http://www.w3.org/ns/oa#';
export const NIF_NS = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
export const DCTERMS_NS = 'http://purl.org/dc/terms/';
export const SH_NS = 'http://www.w3.org/ns/shacl#';
/** Wikidata items: owl:sameAs targets for Entity.wikidata ("Q159"). */
export const WD_NS = 'http://www.wikidata.org/entity/';

/** Terms of the newsgraph ontology that the writer uses. Keep in step with ontology/newsgraph.ttl. */
export const NG = {
  // classes
  Article: `${NG_NS}Article`,
  Statement: `${NG_NS}Statement`,
  UnattributedQuotation: `${NG_NS}UnattributedQuotation`,
  Event: `${NG_NS}Event`,
  Actor: `${NG_NS}Actor`,
  Person: `${NG_NS}Person`,
  Organization: `${NG_NS}Organization`,
  Place: `${NG_NS}Place`,
  Role: `${NG_NS}Role`,
  StatementForm: `${NG_NS}StatementForm`,
  // individuals of ng:StatementForm
  Direct: `${NG_NS}Direct`,
  Indirect: `${NG_NS}Indirect`,
  Mixed: `${NG_NS}Mixed`,
  // the SKOS scheme of statement kinds and its concepts
  StatementKinds: `${NG_NS}StatementKinds`,
  Speech: `${NG_NS}Speech`,
  Thought: `${NG_NS}Thought`,
  Stance: `${NG_NS}Stance`,
  Intention: `${NG_NS}Intention`,
  Finding: `${NG_NS}Finding`,
  Topic: `${NG_NS}Topic`,
  // statement
  speaker: `${NG_NS}speaker`,
  speakerText: `${NG_NS}speakerText`,
  content: `${NG_NS}content`,
  cue: `${NG_NS}cue`,
  cueLemma: `${NG_NS}cueLemma`,
  confidence: `${NG_NS}confidence`,
  form: `${NG_NS}form`,
  kind: `${NG_NS}kind`,
  about: `${NG_NS}about`,
  nestedIn: `${NG_NS}nestedIn`,
  // shared by statements and events
  date: `${NG_NS}date`,
  dateText: `${NG_NS}dateText`,
  place: `${NG_NS}place`,
  reportedIn: `${NG_NS}reportedIn`,
  evidence: `${NG_NS}evidence`,
  sentenceEvidence: `${NG_NS}sentenceEvidence`,
  // event
  actor: `${NG_NS}actor`,
  participant: `${NG_NS}participant`,
  text: `${NG_NS}text`,
  verb: `${NG_NS}verb`,
  lemma: `${NG_NS}lemma`,
  // actor and role
  role: `${NG_NS}role`,
  roleOf: `${NG_NS}roleOf`,
  affiliation: `${NG_NS}affiliation`,
  speaksFor: `${NG_NS}speaksFor`,
  subtype: `${NG_NS}subtype`,
  anonymous: `${NG_NS}anonymous`,
  negated: `${NG_NS}negated`,
  // article
  articleId: `${NG_NS}articleId`,
  title: `${NG_NS}title`,
  url: `${NG_NS}url`,
  published: `${NG_NS}published`,
  textLength: `${NG_NS}textLength`,
  sha256: `${NG_NS}sha256`,
  // provenance of a graph
  options: `${NG_NS}options`,
  runDate: `${NG_NS}runDate`,
} as const;

/** Terms of other vocabularies that the writer uses directly (not only through alignments). */
export const RDF = { type: `${RDF_NS}type` } as const;
export const RDFS = {
  label: `${RDFS_NS}label`,
  comment: `${RDFS_NS}comment`,
  subClassOf: `${RDFS_NS}subClassOf`,
  subPropertyOf: `${RDFS_NS}subPropertyOf`,
} as const;
export const SKOS = { altLabel: `${SKOS_NS}altLabel` } as const;
export const OWL = { sameAs: `${OWL_NS}sameAs` } as const;
export const OA = {
  SpecificResource: `${OA_NS}SpecificResource`,
  hasSource: `${OA_NS}hasSource`,
  hasSelector: `${OA_NS}hasSelector`,
  TextPositionSelector: `${OA_NS}TextPositionSelector`,
  start: `${OA_NS}start`,
  end: `${OA_NS}end`,
  TextQuoteSelector: `${OA_NS}TextQuoteSelector`,
  exact: `${OA_NS}exact`,
  prefix: `${OA_NS}prefix`,
  suffix: `${OA_NS}suffix`,
} as const;
export const PROV = {
  Entity: `${PROV_NS}Entity`,
  Activity: `${PROV_NS}Activity`,
  SoftwareAgent: `${PROV_NS}SoftwareAgent`,
  wasDerivedFrom: `${PROV_NS}wasDerivedFrom`,
  wasGeneratedBy: `${PROV_NS}wasGeneratedBy`,
  wasAttributedTo: `${PROV_NS}wasAttributedTo`,
  used: `${PROV_NS}used`,
  wasAssociatedWith: `${PROV_NS}wasAssociatedWith`,
} as const;
export const SCHEMA = { softwareVersion: `${SCHEMA_NS}softwareVersion` } as const;
export const XSD = {
  string: `${XSD_NS}string`,
  boolean: `${XSD_NS}boolean`,
  integer: `${XSD_NS}integer`,
  decimal: `${XSD_NS}decimal`,
  nonNegativeInteger: `${XSD_NS}nonNegativeInteger`,
  date: `${XSD_NS}date`,
  gYearMonth: `${XSD_NS}gYearMonth`,
  gYear: `${XSD_NS}gYear`,
  anyURI: `${XSD_NS}anyURI`,
} as const;

/**
 * Prefix map for N3.Writer and for documentation. The id/… prefixes make minted IRIs readable
 * (`person:sergei-lavrov`); N3.Writer falls back to `<…>` when a local part is not a valid prefixed name.
 */
export const PREFIXES: Readonly<Record<string, string>> = {
  ng: NG_NS,
  person: `${ID_NS}person/`,
  organization: `${ID_NS}organization/`,
  place: `${ID_NS}place/`,
  actor: `${ID_NS}actor/`,
  article: `${ID_NS}article/`,
  rdf: RDF_NS,
  rdfs: RDFS_NS,
  xsd: XSD_NS,
  owl: OWL_NS,
  skos: SKOS_NS,
  schema: SCHEMA_NS,
  sem: SEM_NS,
  prov: PROV_NS,
  oa: OA_NS,
  wd: WD_NS,
};
