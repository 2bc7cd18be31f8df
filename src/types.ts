// The stage contracts of newsgraph: plain, serialisable data passed from one stage to the next.
// text → (1-text) TextLayer → (2-mentions) MentionLayer → (3-statements) Statement[] / NewsEvent[]
// → (4-rdf) quads → (5-graph) graphology. Every offset is a JavaScript string index into the
// article text, end exclusive, so any stage's output can be dumped as JSON and checked by hand.

/** A stretch of the article text: [start, end) and the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One article as given to the pipeline. `published` is an ISO date (YYYY-MM-DD) when the metadata has one. */
export interface ArticleInput {
  id: string;
  text: string;
  published?: string | null;
  title?: string | null;
  url?: string | null;
}

// ------------------------------------------------------------------ 1-text

/** Universal POS tags as given by wink-nlp. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** The text in lower case, made once here: later stages test words against lower-case lists. */
  lower: string;
  /** Lower-cased lemma ("said" → "say"). */
  lemma: string;
  pos: Pos;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** Index of the innermost quotation that holds the token, or -1 outside quotations. */
  quote: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** Tokens [tokenStart, tokenEnd) of TextLayer.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** Set when the paragraph is not the article's text: the id of the boilerplate rule that marked it ("credit-line", "byline", …). */
  boilerplate?: string;
  /**
   * With `boilerplate`: where the marked part ends, when only the paragraph's first sentence is page
   * furniture (an editor's note before the article's text, "This story has been updated. The mayor
   * said …"); absent, the whole paragraph is.
   */
  boilerplateEnd?: number;
}

/** A stretch of text between quotation marks, found over the whole text (not per sentence). */
export interface Quotation {
  index: number;
  /** From the opening mark to the closing mark, both included. */
  start: number;
  end: number;
  /** Inside the marks. */
  contentStart: number;
  contentEnd: number;
  /** False when the paragraph ended before a closing mark (a quotation continued in the next paragraph). */
  closed: boolean;
  /** Paragraph index of the opening mark. */
  paragraph: number;
  /** The quotation continues an earlier one across a paragraph break (index of the first part), else -1. */
  continues: number;
}

export interface TextLayer {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  quotations: Quotation[];
}

// ------------------------------------------------------------------ 2-mentions

export type EntityType = 'Person' | 'Organization' | 'Place';

/** How a mention names its entity. */
export type MentionKind = 'name' | 'acronym' | 'demonym' | 'title' | 'nominal' | 'pronoun';

/** One entity of the article: every mention of it resolves here. `key` is stable across articles. */
export interface Entity {
  /** Canonical key, derived from the canonical name and type only: "Person/Sergei Lavrov". */
  key: string;
  name: string;
  type: EntityType;
  /** Finer type where known: country, city, region, government-body, company, media, party, international-organization, … */
  subtype?: string;
  /** Other names used for it in the article ("Lavrov", "the Foreign Minister"). */
  aliases: string[];
  /** Roles and titles held, as written ("Russian Foreign Minister", "US Secretary of State"). */
  roles: string[];
  /** Keys of entities it belongs to or works for (Blinken → Place/United States). */
  affiliations: string[];
  /** Key of the entity this one speaks for: a capital city used for its government ("Washington said"). */
  speaksFor?: string;
  /** Wikidata item id ("Q159") where a bundled table provides it. */
  wikidata?: string;
  /** True when the entity is an anonymous or generic source ("officials", "a spokeswoman"). */
  anonymous?: boolean;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Key of the entity referred to. */
  entity: string;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO 8601 at the precision the text gives: 2023-01-31, 2022-09, 2022, 2022-W05. */
  value: string;
}

export interface MentionLayer {
  entities: Entity[];
  mentions: Mention[];
  dates: DateMention[];
  /** The article's own date (YYYY-MM-DD), from metadata or inferred from the text; null when unknown. */
  articleDate: string | null;
  articleDateSource: 'metadata' | 'inferred' | 'none';
  /** A dateline place at the head of the article ("MOSCOW —"), as an entity key. */
  dateline: string | null;
  /** The day a wire dateline gives ("Port Dunmore, Apr 5 (PTI)") when it is a few days before the article's date: the writer's "today"; else absent. */
  datelineDay?: string | null;
}

// ------------------------------------------------------------------ 3-statements

export type StatementForm = 'direct' | 'indirect' | 'mixed';

/**
 * What a statement reports: `speech` when the source communicated it (said, wrote, told, announced,
 * "according to"); otherwise an attribution that reports no act of communication — `thought`
 * (believes, fears, knows), `stance` (supports, opposes), `intention` (plans, wants, vows to),
 * `finding` (a poll, study or filing shows); `topic` when the text reports only what was talked
 * about ("discussed the budget", "referred to the report"), not what was said.
 */
export type StatementKind = 'speech' | 'thought' | 'stance' | 'intention' | 'finding' | 'topic';

/** A speech act: who said what (content), with which cue, when, where and about whom. */
export interface Statement {
  /** "s1", "s2", … in order of content start; unique within the article. */
  id: string;
  content: Span;
  /** The speaker mention nearest the cue (may be a pronoun or title); null when none is found. */
  speaker: Span | null;
  /** Key of the entity the speaker mention refers to; null when unresolved. */
  speakerEntity: string | null;
  cue: Span | null;
  /** Normalised cue ("say", "according to", "in a statement"). */
  cueLemma: string | null;
  form: StatementForm;
  /** ISO date at the known precision, or null. */
  date: string | null;
  /** Entity key of the place where it was said, or null. */
  place: string | null;
  /** Entity keys of what the content talks about. */
  about: string[];
  /** The sentence(s) holding the statement. */
  sentence: { start: number; end: number };
  /** Id of the statement that reports this one (Lavrov reporting what Stoltenberg said), or null. */
  parent: string | null;
  /**
   * Probability that this is a real attribution as news annotators mark them (0–1, three decimals),
   * from the statement-confidence model; null for unattributed quotations, which are not scored.
   */
  confidence: number | null;
  /** A quotation no speaker could be found for: kept as a statement so that nothing said is lost. */
  unattributed?: true;
  /** What the statement reports (speech, thought, stance, intention, finding, topic); absent = not yet classified. */
  kind?: StatementKind;
  /** Id of the stage-3 rule that read it ("inverted-quote", "according-to", …); absent for older data. */
  rule?: string;
  /**
   * The cue is negated ("did not say", "does not believe", "has never denied"): the source is reported
   * as NOT saying, believing or planning the content. Absent when the cue is affirmative.
   */
  negated?: true;
  /**
   * The words said, in pieces, when the cue clause interrupts a quotation ("“C1,” she said. “C2.”"):
   * `content` spans them all, cue included (the span annotators mark); the pieces leave the cue out.
   * Absent when the content is one piece.
   */
  parts?: Span[];
}

// ------------------------------------------------------------------ explanations (3-statements/explain.ts)

/**
 * The part of the cue lexicon a cue lemma comes from, as the confidence model reads it (its `k=`
 * feature): a speech verb, a verb of thought, an object or infinitive cue, a noun, an adjective of
 * attitude, any other phrase ("according to", "point out"), or `none` for a cue with no lemma.
 */
export type CueLexiconClass = 'speech' | 'cognition' | 'object' | 'infinitive' | 'noun' | 'adjective' | 'phrase' | 'none';

/** One model feature of a statement and its weight; null when the model has no weight for it (it adds nothing). */
export interface FeatureWeight {
  feature: string;
  weight: number | null;
}

/** Why a statement is there and how sure the model is of it. */
export interface StatementExplanation {
  /** The statement's id in the analysis ("s3", "q1"). */
  statement: string;
  /** The rule that read it (rules.ts), its family and one-line reason; null for an id rules.ts does not know (older data). */
  rule: string | null;
  family: string | null;
  reason: string | null;
  /** The cue as written, its lemma and its cue-lexicon class; null when the statement has no cue. */
  cue: { text: string; lemma: string | null; lexicon: CueLexiconClass } | null;
  /** What the statement reports; null while stage 3 does not classify it. */
  kind: StatementKind | null;
  /** The statement's confidence as the analysis gives it. */
  confidence: number | null;
  /** Where the confidence comes from: the model, a fixed share (quoted words), or none (unattributed quotations). */
  scoredBy: 'model' | 'fixed' | 'none';
  /** The model's threshold (the default minConfidence); statements below it are dropped unless a rule keeps them (nested reports of a named person). */
  threshold: number;
  /**
   * The confidence floor (confidence.ts CONFIDENCE_FLOORS, e.g. "welcomed-act") that kept the
   * statement at the threshold although the model scored it below; null when none did.
   */
  floor: string | null;
  /**
   * The model's reading of the statement as it stands: the bias, every feature with its weight
   * (largest |weight| first) and the probability they give. It equals `confidence` unless the statement
   * was scored inside a report the threshold dropped (its features then said "nested"); null when the
   * model does not score the statement.
   */
  model: { bias: number; confidence: number; features: FeatureWeight[] } | null;
}

/** Something that happened, stated plainly and not speech: "Russia launched a special operation". */
export interface NewsEvent {
  id: string;
  /** The clause that states it. */
  span: Span;
  verb: Span;
  /** Lemma of the verb ("launch"). */
  verbLemma: string;
  actor: string | null;
  participants: string[];
  date: string | null;
  place: string | null;
}

/** Everything the pipeline found in one article. */
export interface Analysis {
  article: { id: string; title: string | null; url: string | null; published: string | null };
  text: TextLayer;
  mentions: MentionLayer;
  statements: Statement[];
  events: NewsEvent[];
  /** Odd text never throws: it yields fewer results and a warning here. */
  warnings: string[];
}
