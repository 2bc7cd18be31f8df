// The viewer's actor network, derived from a stage-5 NewsGraph: actors as nodes, one edge per
// speaker → actor talked about (parallel statements merged, with their count), and the statements
// behind every edge as plain data. Pure and browser-safe: used by the CLI and bundled into viewer/.

import { InvalidArgumentError } from '../errors.js';
import type { ActorType, NewsGraph, NodeAttributes, StatementNode } from '../5-graph/model.js';
import type { StatementForm, StatementKind } from '../types.js';

/** Every statement kind, in filter order; a statement without one shows as "unknown". */
export const STATEMENT_KINDS: readonly StatementKind[] = ['speech', 'thought', 'stance', 'intention', 'finding', 'topic'];

/** Tag that marks a serialised actor network (the viewer accepts it or a raw graph export). */
export const ACTOR_NETWORK_FORMAT = 'newsgraph-actor-network';

/** An actor as the viewer shows it. Ids are the actor IRIs of the graph. */
export type ViewerActor = {
  id: string;
  label: string;
  type: ActorType;
  aliases: string[];
  subtypes: string[];
  /** Role labels ("Russian Foreign Minister"), sorted. */
  roles: string[];
  /** Actor ids it is affiliated with (ng:affiliation), sorted. */
  affiliations: string[];
  /** Actor ids it speaks for (a capital for its government), sorted. */
  speaksFor: string[];
  /** owl:sameAs IRIs (Wikidata). */
  sameAs: string[];
  anonymous: boolean;
  /** Statements it is the speaker of. */
  said: number;
  /** Statements about it. */
  mentioned: number;
  /** Louvain community (prepareNetwork); absent until computed. */
  community?: number;
  /** Precomputed layout position (prepareNetwork at export); absent when the page lays out itself. */
  x?: number;
  y?: number;
};

/** A statement with everything the side panel shows. `sentence` is null when the article text is not known. */
export type ViewerStatement = {
  id: string;
  speaker: string | null;
  /** The speaker mention as written ("he", "the minister"). */
  speakerText: string | null;
  about: string[];
  content: string;
  cue: string | null;
  form: StatementForm | null;
  /** ISO date at its precision (YYYY-MM-DD, YYYY-MM, YYYY), or an untyped date text ("2022-W05"). */
  date: string | null;
  place: string | null;
  sentence: string | null;
  /** The content's [start, end) inside `sentence`, to highlight it; null when unknown. */
  contentSpan?: [number, number] | null;
  /** The sentence's [start, end) in its article's `text`, to show it in the full article; absent when unknown. */
  sentenceSpan?: [number, number];
  /** Statement kind (stage 3); absent = unknown. */
  kind?: StatementKind;
  /** ng:confidence (0–1), or null when the graph has none. */
  confidence?: number | null;
  /** ng:negated: the cue is negated ("did not say"); absent when affirmative. */
  negated?: true;
  article: string | null;
  /** The statement that reports this one, if any. */
  nestedIn: string | null;
};

/** Speaker → actor talked about, with the statements that make the link (in text order). */
export type ViewerEdge = {
  id: string;
  source: string;
  target: string;
  count: number;
  statements: string[];
};

export type ViewerArticle = {
  id: string;
  articleId: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  /** Where it comes from: the URL's host, else the id's prefix ("polnear:breitbart_…" → "breitbart"). */
  source?: string | null;
  /** The full article text, when the texts were given (`--article`, `--corpus`). */
  text?: string;
};

/** The whole network as the viewer loads it; JSON-serialisable. */
export type ActorNetwork = {
  format: typeof ACTOR_NETWORK_FORMAT;
  version: 1;
  actors: ViewerActor[];
  edges: ViewerEdge[];
  statements: ViewerStatement[];
  articles: ViewerArticle[];
  /** True when every actor has a precomputed position (x, y). */
  laidOut?: boolean;
};

/** Options of toActorNetwork. */
export type ActorNetworkOptions = {
  /**
   * Article texts by article IRI or article id (ng:articleId), used to show the source sentence of
   * each statement; a graph alone holds only the sentence offsets.
   */
  texts?: Readonly<Record<string, string>>;
};

/**
 * Turns a newsgraph graph into the viewer's actor network. Messy graphs never throw: statements
 * without a speaker stay in the list (and in "said about" panels) but make no edge; a speaker
 * talking about itself makes no edge either (a self-loop would hide under the node).
 * @param graph - a graph from toGraph or parseGraph
 * @param options - `texts` to resolve source sentences
 * @throws InvalidArgumentError when `graph` is not a graph or `texts` is not a record of strings
 */
export function toActorNetwork(graph: NewsGraph, options: ActorNetworkOptions = {}): ActorNetwork {
  const texts = validateOptions(graph, options);
  const actors = new Map<string, ViewerActor>();
  const articles: ViewerArticle[] = [];
  const statementKeys: string[] = [];

  graph.forEachNode((key, a) => {
    if (a.kind === 'actor') {
      actors.set(key, {
        id: key,
        label: a.label,
        type: a.type,
        aliases: [...a.aliases],
        subtypes: [...a.subtypes],
        roles: [],
        affiliations: [],
        speaksFor: [],
        sameAs: [...a.sameAs],
        anonymous: a.anonymous === true,
        said: 0,
        mentioned: 0,
        ...placement(a),
      });
    } else if (a.kind === 'article') {
      const text = texts.get(key) ?? (a.articleId !== undefined ? texts.get(a.articleId) : undefined);
      articles.push({
        id: key,
        articleId: a.articleId ?? null,
        title: a.title ?? null,
        url: a.url ?? null,
        published: a.published ?? null,
        source: articleSource(a.url ?? null, a.articleId ?? null),
        ...(text !== undefined ? { text } : {}),
      });
    } else if (a.kind === 'statement') statementKeys.push(key);
  });

  // Direct actor facts: roles, affiliations, speaksFor.
  graph.forEachEdge((_e, attr, source, target, _sa, ta) => {
    const actor = actors.get(source);
    if (!actor) return;
    if (attr.relation === 'role' && ta.kind === 'role') actor.roles.push(ta.label);
    else if (attr.relation === 'affiliation' && actors.has(target)) actor.affiliations.push(target);
    else if (attr.relation === 'speaksFor' && actors.has(target)) actor.speaksFor.push(target);
  });
  for (const a of actors.values()) {
    a.roles = unique(a.roles);
    a.affiliations = unique(a.affiliations);
    a.speaksFor = unique(a.speaksFor);
  }

  const statements = statementKeys.map((key) => readStatement(graph, key, actors, texts));
  statements.sort(byArticleAndOffset(graph));

  for (const s of statements) {
    if (s.speaker) actors.get(s.speaker)!.said++;
    for (const about of s.about) actors.get(about)!.mentioned++;
  }

  const laidOut = actors.size > 0 && [...actors.values()].every((a) => a.x !== undefined && a.community !== undefined);
  return {
    format: ACTOR_NETWORK_FORMAT,
    version: 1,
    ...(laidOut ? { laidOut } : {}),
    actors: [...actors.values()].sort((a, b) => cmp(a.id, b.id)),
    edges: edgesOf(statements),
    statements,
    articles: articles.sort((a, b) => cmp(a.id, b.id)),
  };
}

/** Speaker → about edges with their statements in statement order, sorted by id (also how unpackNetwork rebuilds them). */
export function edgesOf(statements: readonly ViewerStatement[]): ViewerEdge[] {
  const edges = new Map<string, ViewerEdge>();
  for (const s of statements) {
    if (!s.speaker) continue;
    for (const about of s.about) {
      if (about === s.speaker) continue;
      const id = edgeId(s.speaker, about);
      const e = edges.get(id);
      if (e) {
        e.statements.push(s.id);
        e.count++;
      } else edges.set(id, { id, source: s.speaker, target: about, count: 1, statements: [s.id] });
    }
  }
  return [...edges.values()].sort((a, b) => cmp(a.id, b.id));
}

// The placement `build --merge` stores on a merged corpus's actors (community, x, y), when whole.
function placement(a: { community?: unknown; x?: unknown; y?: unknown }): Pick<ViewerActor, 'community' | 'x' | 'y'> {
  const { community, x, y } = a;
  if (typeof community !== 'number') return {};
  return typeof x === 'number' && typeof y === 'number' ? { community, x, y } : { community };
}

/** The id of the merged edge from one actor to another. IRIs hold no spaces, so the pair is unambiguous. */
export function edgeId(source: string, target: string): string {
  return `${source} ${target}`;
}

function validateOptions(graph: NewsGraph, options: ActorNetworkOptions): Map<string, string> {
  if (!graph || typeof (graph as { forEachNode?: unknown }).forEachNode !== 'function') {
    throw new InvalidArgumentError('toActorNetwork: `graph` is not a graphology graph; load one with parseGraph or toGraph.');
  }
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError('toActorNetwork: `options` must be an object such as { texts: { [articleIri]: text } }.');
  }
  const texts = new Map<string, string>();
  if (options.texts === undefined) return texts;
  if (options.texts === null || typeof options.texts !== 'object') {
    throw new InvalidArgumentError('toActorNetwork: `options.texts` must map article IRIs or ids to article texts.');
  }
  for (const [k, v] of Object.entries(options.texts)) {
    if (typeof v !== 'string') throw new InvalidArgumentError(`toActorNetwork: options.texts["${k}"] is ${typeof v}; give the article text as a string.`);
    texts.set(k, v);
  }
  return texts;
}

function readStatement(graph: NewsGraph, key: string, actors: Map<string, ViewerActor>, texts: Map<string, string>): ViewerStatement {
  const a = graph.getNodeAttributes(key) as StatementNode;
  let speaker: string | null = null;
  let place: string | null = null;
  let article: string | null = null;
  let nestedIn: string | null = null;
  const about: string[] = [];
  // Targets in key order, so "the first speaker" is stable should a merged graph hold two.
  const out = graph.outEdges(key).map((e) => [graph.getEdgeAttribute(e, 'relation'), graph.target(e)] as const);
  out.sort((x, y) => cmp(x[1], y[1]));
  for (const [relation, target] of out) {
    if (relation === 'speaker' && speaker === null && actors.has(target)) speaker = target;
    else if (relation === 'about' && actors.has(target)) about.push(target);
    else if (relation === 'place' && place === null && actors.has(target)) place = target;
    else if (relation === 'reportedIn' && article === null) article = target;
    else if (relation === 'nestedIn' && nestedIn === null) nestedIn = target;
  }
  const sentence = sentenceText(graph, a, article, texts);
  const kind = (a as { statementKind?: unknown }).statementKind;
  return {
    id: key,
    speaker,
    speakerText: a.speakerText ?? null,
    about: unique(about),
    content: a.content ?? '',
    cue: a.cue ?? null,
    form: a.form ?? null,
    date: a.date ?? a.dateText ?? null,
    place,
    sentence: sentence?.text ?? null,
    contentSpan: sentence && a.start !== undefined && a.end !== undefined ? spanIn(sentence, a.start, a.end) : null,
    ...(sentence ? { sentenceSpan: [sentence.start, sentence.start + sentence.text.length] as [number, number] } : {}),
    ...(typeof kind === 'string' && (STATEMENT_KINDS as readonly string[]).includes(kind) ? { kind: kind as StatementKind } : {}),
    confidence: typeof a.confidence === 'number' ? a.confidence : null,
    ...(a.negated === true ? { negated: true as const } : {}),
    article,
    nestedIn,
  };
}

type SentenceText = { text: string; start: number };

function sentenceText(graph: NewsGraph, a: StatementNode, article: string | null, texts: Map<string, string>): SentenceText | null {
  if (article === null || a.sentenceStart === undefined || a.sentenceEnd === undefined) return null;
  const art = graph.getNodeAttributes(article) as NodeAttributes;
  const text = texts.get(article) ?? (art.kind === 'article' && art.articleId !== undefined ? texts.get(art.articleId) : undefined);
  if (text === undefined || a.sentenceEnd > text.length || a.sentenceStart >= a.sentenceEnd) return null;
  const raw = text.slice(a.sentenceStart, a.sentenceEnd);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), start: a.sentenceStart + lead };
}

/** The content offsets [start, end) of the article, made relative to the sentence and clipped to it. */
function spanIn(sentence: SentenceText, start: number, end: number): [number, number] | null {
  const s = Math.max(0, start - sentence.start);
  const e = Math.min(sentence.text.length, end - sentence.start);
  return e > s ? [s, e] : null;
}

/** The article's source: its URL's host without "www.", else the part of its id between ':' and '_'. */
export function articleSource(url: string | null, articleId: string | null): string | null {
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '') || null;
    } catch {
      // not a URL: fall through to the id
    }
  }
  const m = articleId ? /^(?:[^:]*:)?([^_/]+)_/.exec(articleId) : null;
  return m ? m[1]! : null;
}

function byArticleAndOffset(graph: NewsGraph): (x: ViewerStatement, y: ViewerStatement) => number {
  const start = (s: ViewerStatement): number => (graph.getNodeAttributes(s.id) as StatementNode).start ?? -1;
  return (x, y) => cmp(x.article ?? '', y.article ?? '') || start(x) - start(y) || cmp(x.id, y.id);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)].sort(cmp);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
