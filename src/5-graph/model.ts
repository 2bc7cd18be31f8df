// Stage 5 (graph): the node and edge attributes of the newsgraph graphology graph.
// One node per actor, statement, event, article and role (key = IRI); literal fields and text
// offsets are node attributes; object properties are edges. See docs/ontology.md.

import type { MultiDirectedGraph } from 'graphology';
import type { StatementExplanation, StatementForm, StatementKind } from '../types.js';

/** What a node stands for. `other` holds IRIs the ontology does not type (kept so nothing is lost). */
export type NodeKind = 'actor' | 'statement' | 'event' | 'article' | 'role' | 'other';

/** The short ng class name of an actor node. `Actor` is an actor whose key had no known type. */
export type ActorType = 'Person' | 'Organization' | 'Place' | 'Actor';

/**
 * A triple with a literal (or an extra rdf:type) that the graph has no attribute for; kept on the node
 * so graph → quads loses nothing. `datatype` '' marks an IRI object (only used for extra rdf:type).
 */
export type ExtraLiteral = { predicate: string; value: string; datatype: string; language: string };

type Common = {
  /** Display label (the viewer shows it). */
  label: string;
  extra?: ExtraLiteral[];
};

export type ActorNode = Common & {
  kind: 'actor';
  type: ActorType;
  /** Every rdfs:label (one per article spelling once graphs are merged); `label` is the first. */
  labels: string[];
  aliases: string[];
  subtypes: string[];
  /** owl:sameAs targets (Wikidata IRIs). */
  sameAs: string[];
  anonymous?: boolean;
  /** The viewer's placement, on the actors of a merged corpus JSON only (not RDF): Louvain community, ForceAtlas2 position. */
  community?: number;
  x?: number;
  y?: number;
};

export type StatementNode = Common & {
  kind: 'statement';
  type: 'Statement';
  // Literal fields are optional because a graph may be read from any Turtle; stage 4 always writes content and form.
  content?: string;
  form?: StatementForm;
  /** ng:kind: what the statement reports (speech, thought, stance, intention, finding); absent = not classified. */
  statementKind?: StatementKind;
  cue?: string;
  cueLemma?: string;
  /** ng:negated: the cue is negated ("did not say"); absent when affirmative. */
  negated?: boolean;
  /** ng:confidence: how likely an annotator would mark this statement (0–1). */
  confidence?: number;
  speakerText?: string;
  /** Lexical form of ng:date (its XSD type follows from the form: YYYY-MM-DD, YYYY-MM, YYYY). */
  date?: string;
  /** ng:dateText: a date with no XSD type ("2022-W05"). */
  dateText?: string;
  /** Content offsets [start, end) in the article text (ng:evidence). */
  start?: number;
  end?: number;
  /** Context of the content in the article (the oa:TextQuoteSelector's prefix and suffix); absent at the text's edges. */
  prefix?: string;
  suffix?: string;
  /** Sentence offsets (ng:sentenceEvidence). */
  sentenceStart?: number;
  sentenceEnd?: number;
  /** `build --explain` only: why the statement is there (rule, cue, model features); no RDF counterpart. */
  explain?: StatementExplanation;
};

export type EventNode = Common & {
  kind: 'event';
  type: 'Event';
  text?: string;
  verb?: string;
  lemma?: string;
  date?: string;
  dateText?: string;
  start?: number;
  end?: number;
  prefix?: string;
  suffix?: string;
};

export type ArticleNode = Common & {
  kind: 'article';
  type: 'Article';
  articleId?: string;
  title?: string;
  url?: string;
  published?: string;
  textLength?: number;
};

export type RoleNode = Common & {
  kind: 'role';
  type: 'Role';
  labels: string[];
};

export type OtherNode = Common & {
  kind: 'other';
  type: '';
  /** rdf:type IRIs, if any. */
  types: string[];
};

/** Attributes of a node; narrow on `kind`. */
export type NodeAttributes = ActorNode | StatementNode | EventNode | ArticleNode | RoleNode | OtherNode;

/** Attributes of an edge: one edge per object-property triple, key `${s}|${p}|${o}`. */
export type EdgeAttributes = {
  /** Short name of the property: 'speaker', 'about', 'place', 'reportedIn', 'nestedIn', 'actor', 'participant', 'role', 'roleOf', 'affiliation', 'speaksFor', … */
  relation: string;
  /** Full predicate IRI. */
  predicate: string;
};

export type GraphAttributes = Record<string, never>;

/** The newsgraph graph type. */
export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
