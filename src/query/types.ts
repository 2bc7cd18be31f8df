// Query layer: the typed results of the query API (src/query/news-query.ts). Every result that stems
// from text carries its Evidence: the article, the offsets of what was said, and the sentence, so a
// journalist can go back to the source. Plain data: results serialise as JSON unchanged.

import type { ActorType, NodeKind } from '../5-graph/index.js';
import type { StatementForm, StatementKind } from '../types.js';

/** An actor as results name it. */
export type ActorRef = { iri: string; label: string; type: ActorType };

/** Where a statement or event is in its article. Offsets are JavaScript string indices, end exclusive. */
export type Evidence = {
  /** Article IRI (ng:reportedIn); null when the graph does not say. */
  article: string | null;
  articleId: string | null;
  title: string | null;
  published: string | null;
  /** Offsets of the content (statement) or clause (event). */
  start: number | null;
  end: number | null;
  /** The words themselves: statement content or event clause. */
  text: string;
  /** The sentence(s) holding it; `text` only when the article text was given to the query (NewsQueryOptions.texts). */
  sentence: { start: number; end: number; text: string | null } | null;
};

/** Where a date comes from: the statement or event itself, or (failing that) the article's publication date. */
export type DateSource = 'statement' | 'article';

/** A statement as the query API returns it. */
export type StatementResult = {
  iri: string;
  content: string;
  form: StatementForm | null;
  /** What the statement reports: speech, thought, stance, intention or finding; null when the graph has no kind. */
  kind: StatementKind | null;
  cue: string | null;
  cueLemma: string | null;
  /** The cue is negated ("did not say", "does not believe"): the source is reported as NOT saying the content (ng:negated). */
  negated: boolean;
  /** How likely an annotator would mark this statement (ng:confidence, 0–1), or null. */
  confidence: number | null;
  /** ng:date or ng:dateText as written (2023-01-31, 2023-01, 2023, 2023-W05), or null. */
  date: string | null;
  speaker: ActorRef | null;
  /** The speaker mention as written ("he", "the minister"). */
  speakerText: string | null;
  about: ActorRef[];
  place: ActorRef | null;
  /** The statement that reports this one ("Lavrov said that Stoltenberg said …"), or null. */
  nestedIn: string | null;
  evidence: Evidence;
};

/** An event ("Russia launched a special operation") as the timeline returns it. */
export type EventResult = {
  iri: string;
  text: string;
  lemma: string | null;
  date: string | null;
  actor: ActorRef | null;
  participants: ActorRef[];
  place: ActorRef | null;
  evidence: Evidence;
};

/** A speaker ranked by how often it talks about an actor (whoTalksAbout). */
export type SpeakerRank = {
  rank: number;
  speaker: ActorRef;
  count: number;
  statements: StatementResult[];
};

/** How two actors are linked in the actor graph (the projection used for hops, centrality, communities). */
export type LinkRelation = 'about' | 'place' | 'participant' | 'affiliation' | 'speaksFor';

/** One link between two actors: `via` is the statement or event that makes it, null for direct links. */
export type ActorLink = {
  from: string;
  to: string;
  relation: LinkRelation;
  via: string | null;
};

/** An actor reached from another within k hops (neighbourhood). */
export type NeighbourhoodEntry = {
  actor: ActorRef;
  distance: number;
  /** The actor one hop closer to the start, and the links that join them (at most 5, first in IRI order). */
  parent: string;
  links: ActorLink[];
};

/** How a statement in a chain touches its neighbours: its speaker, what it is about, or the statement it is nested in / reports. */
export type ChainRelation = 'speaker' | 'about' | 'nestedIn';

/**
 * One node of a chain of statements: an actor, or a statement with the relation that joins it to
 * the step before (`enter`) and the step after (`leave`): Lavrov -speaker- s1 -about- Blinken.
 */
export type ChainStep =
  | { kind: 'actor'; actor: ActorRef }
  | { kind: 'statement'; statement: StatementResult; enter: ChainRelation; leave: ChainRelation };

/** The shortest chain of statements linking two actors: actor, statement, …, actor. */
export type StatementChain = {
  from: ActorRef;
  to: ActorRef;
  /** Number of statements in the chain. */
  length: number;
  steps: ChainStep[];
};

/** An actor ranked by centrality (central). */
export type CentralActor = {
  rank: number;
  actor: ActorRef;
  /** Number of distinct actors linked to it. */
  degree: number;
  /** PageRank over the weighted, directed actor graph (sums to 1 over all actors). */
  pagerank: number;
  /** Statements it made, and statements about it. */
  said: number;
  spokenAbout: number;
};

/** A community of actors found by Louvain modularity on the actor graph. */
export type Community = {
  id: number;
  size: number;
  /** Members, most linked first. */
  members: ActorRef[];
};

export type CommunityResult = { modularity: number; communities: Community[] };

/** One dated entry of a timeline. */
export type TimelineEntry = {
  date: string;
  dateSource: DateSource;
  kind: Extract<NodeKind, 'statement' | 'event'>;
  iri: string;
  /** Speaker (statement) or actor (event). */
  actor: ActorRef | null;
  text: string;
  evidence: Evidence;
};
