// Query layer (after stage 5): the typed questions users ask of a NewsGraph — who said what, about
// whom, where and when; who talks about X; what X said about Y; who is near X; the chain of statements
// linking two actors; who is central; which actors cluster; what happened when. Built on traverse.ts.

import { NG } from '../4-rdf/namespaces.js';
import {
  statementView,
  statementsAbout,
  statementsBy,
  type ArticleNode,
  type EventNode,
  type NewsGraph,
  type StatementView,
} from '../5-graph/index.js';
import { ActorIndex } from './actors.js';
import { dateInterval, overlaps } from './dates.js';
import { QueryOptionError } from './errors.js';
import type { StatementKind } from '../types.js';
import { bidirectional, louvain, pagerank } from './interop.js';
import { actorGraph, byPredicate, statementGraph, type ActorGraph, type StatementGraph } from './projection.js';
import type {
  ActorLink,
  ActorRef,
  CentralActor,
  ChainRelation,
  ChainStep,
  CommunityResult,
  DateSource,
  Evidence,
  EventResult,
  NeighbourhoodEntry,
  SpeakerRank,
  StatementChain,
  StatementResult,
  TimelineEntry,
} from './types.js';

/** Options of a query object. */
export type NewsQueryOptions = {
  /** Article texts by article id (ng:articleId), so evidence can quote the sentence, not only its offsets. */
  texts?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
};

/**
 * Which statements to return; every given field must hold. Actors are IRIs, labels or aliases
 * (any case). Dates are YYYY, YYYY-MM or YYYY-MM-DD, both ends inclusive; a statement without a date
 * of its own is placed at its article's publication date, and left out of a date range when it has neither.
 */
export type StatementFilter = {
  by?: string;
  about?: string;
  /** The place the statement was made (ng:place). */
  at?: string;
  from?: string;
  to?: string;
  /** Only statements of these kinds (speech, thought, stance, intention, finding, topic); a statement with no kind never matches. */
  kind?: StatementKind | readonly StatementKind[];
};

export type RankOptions = { limit?: number; kind?: StatementKind | readonly StatementKind[] };
export type NeighbourhoodOptions = { hops?: number; limit?: number };
export type CentralityOptions = { by?: 'degree' | 'pagerank'; limit?: number };
export type CommunityOptions = { resolution?: number; seed?: number };
export type TimelineFilter = { actor?: string; from?: string; to?: string; kinds?: ReadonlyArray<'statement' | 'event'> };

const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const KINDS: ReadonlySet<string> = new Set<StatementKind>(['speech', 'thought', 'stance', 'intention', 'finding', 'topic']);

/** The kinds a filter asks for, checked; null when it asks for none. */
function kindSet(method: string, kind: StatementKind | readonly StatementKind[] | undefined): ReadonlySet<StatementKind> | null {
  if (kind === undefined) return null;
  const list: readonly string[] = typeof kind === 'string' ? [kind] : kind;
  const bad = list.find((k) => !KINDS.has(k));
  if (bad !== undefined || list.length === 0) {
    throw new QueryOptionError(`${method}: kind "${bad ?? ''}" is not a statement kind; use speech, thought, stance, intention, finding or topic.`);
  }
  return new Set(list as readonly StatementKind[]);
}
const MAX_HOPS = 6;

/**
 * Checks a statements filter's dates and kinds as NewsQuery.statements does, before any graph is read.
 * @throws QueryOptionError for a malformed date bound or an unknown kind
 */
export function checkStatementFilter(filter: StatementFilter): void {
  dateBounds('statements', filter.from, filter.to);
  kindSet('statements', filter.kind);
}

/**
 * The query API over one graph. Indexes (actor names, the actor graph, the statement graph, ranks)
 * are built on first use and kept, so build the object once and ask many questions; do not change the
 * graph afterwards.
 * @example
 * const q = new NewsQuery(loadGraph([{ name: 'a.ttl', text }]));
 * q.statements({ by: 'Lavrov', about: 'Ukraine' });
 */
export class NewsQuery {
  private readonly texts: ReadonlyMap<string, string>;
  private index: ActorIndex | null = null;
  private actors_: ActorGraph | null = null;
  private chains: StatementGraph | null = null;
  private ranks: Record<string, number> | null = null;
  private allStatements: string[] | null = null;

  constructor(
    readonly graph: NewsGraph,
    options: NewsQueryOptions = {},
  ) {
    const texts = options.texts ?? {};
    if (typeof texts !== 'object' || texts === null) throw new QueryOptionError('NewsQuery: option `texts` must be an object or a Map of article id → text.');
    this.texts = texts instanceof Map ? texts : new Map(Object.entries(texts));
  }

  /** The actor name index (built on first use). */
  get actorIndex(): ActorIndex {
    return (this.index ??= new ActorIndex(this.graph));
  }

  /** The actor graph projection (built on first use). */
  get actorGraph(): ActorGraph {
    return (this.actors_ ??= actorGraph(this.graph));
  }

  /** Actors an IRI, label or alias names ([] when none). */
  findActors(ref: string): ActorRef[] {
    return this.actorIndex.find(ref).map((iri) => this.actorIndex.ref(iri));
  }

  /**
   * Statements matching every field of the filter, in article and text order.
   * @throws ActorNotFoundError when an actor reference names no actor (with near matches)
   * @throws QueryOptionError for a malformed date bound
   */
  statements(filter: StatementFilter = {}): StatementResult[] {
    const [from, to] = dateBounds('statements', filter.from, filter.to);
    const by = filter.by === undefined ? null : new Set(this.actorIndex.resolve(filter.by));
    const about = filter.about === undefined ? null : new Set(this.actorIndex.resolve(filter.about));
    const at = filter.at === undefined ? null : new Set(this.actorIndex.resolve(filter.at));
    const kinds = kindSet('statements', filter.kind);
    // Start from the smallest set the graph gives directly, then check the other fields.
    let views: StatementView[];
    if (by) views = [...by].flatMap((iri) => statementsBy(this.graph, iri));
    else if (about) views = [...about].flatMap((iri) => statementsAbout(this.graph, iri));
    else if (at) views = this.statementIris().filter((iri) => this.linksTo(iri, NG.place, at)).map((iri) => statementView(this.graph, iri));
    else views = this.statementIris().map((iri) => statementView(this.graph, iri));
    const seen = new Set<string>();
    const kept = views.filter((v) => {
      if (seen.has(v.iri)) return false;
      seen.add(v.iri);
      if (by && !this.linksTo(v.iri, NG.speaker, by)) return false;
      if (about && !this.linksTo(v.iri, NG.about, about)) return false;
      if (at && !this.linksTo(v.iri, NG.place, at)) return false;
      if (kinds && (v.kind === null || !kinds.has(v.kind))) return false;
      if (from !== null || to !== null) {
        const when = this.when(v.date, v.article);
        const span = when && dateInterval(when.date);
        if (!span || !overlaps(span, from, to)) return false;
      }
      return true;
    });
    return sortByText(kept).map((v) => this.statementResult(v));
  }

  /** What an actor said, optionally narrowed by the other filter fields. */
  saidBy(actor: string, filter: Omit<StatementFilter, 'by'> = {}): StatementResult[] {
    return this.statements({ ...filter, by: actor });
  }

  /** What `speaker` said about `about`. */
  whatSaid(speaker: string, about: string): StatementResult[] {
    return this.statements({ by: speaker, about });
  }

  /**
   * Who talks about an actor: speakers of statements about it, most statements first (ties by label).
   * Statements with no resolved speaker are not counted.
   */
  whoTalksAbout(actor: string, options: RankOptions = {}): SpeakerRank[] {
    const limit = positiveInt('whoTalksAbout', 'limit', options.limit);
    const bySpeaker = new Map<string, StatementResult[]>();
    for (const s of this.statements({ about: actor, ...(options.kind === undefined ? {} : { kind: options.kind }) })) {
      if (!s.speaker) continue;
      const list = bySpeaker.get(s.speaker.iri);
      if (list) list.push(s);
      else bySpeaker.set(s.speaker.iri, [s]);
    }
    return [...bySpeaker.values()]
      .map((statements) => ({ speaker: statements[0]!.speaker!, count: statements.length, statements }))
      .sort((a, b) => b.count - a.count || cmp(a.speaker.label, b.speaker.label) || cmp(a.speaker.iri, b.speaker.iri))
      .slice(0, limit)
      .map((r, i) => ({ rank: i + 1, ...r }));
  }

  /**
   * Actors within `hops` links of an actor in the actor graph (either direction), nearest first.
   * @throws QueryOptionError when hops is not an integer from 1 to 6
   */
  neighbourhood(actor: string, options: NeighbourhoodOptions = {}): NeighbourhoodEntry[] {
    const hops = options.hops ?? 1;
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) throw new QueryOptionError(`neighbourhood: hops must be an integer from 1 to ${MAX_HOPS}; got ${String(hops)}.`);
    const limit = positiveInt('neighbourhood', 'limit', options.limit);
    const g = this.actorGraph;
    const starts = this.actorIndex.resolve(actor);
    const distance = new Map<string, number>(starts.map((s) => [s, 0]));
    const out: NeighbourhoodEntry[] = [];
    let frontier = starts;
    for (let d = 1; d <= hops && frontier.length; d++) {
      const next: Array<{ iri: string; parent: string }> = [];
      for (const node of frontier) {
        for (const n of [...g.neighbors(node)].sort()) {
          if (distance.has(n)) continue;
          distance.set(n, d);
          next.push({ iri: n, parent: node });
        }
      }
      for (const { iri, parent } of next.sort((a, b) => cmp(this.actorIndex.ref(a.iri).label, this.actorIndex.ref(b.iri).label) || cmp(a.iri, b.iri))) {
        out.push({ actor: this.actorIndex.ref(iri), distance: d, parent, links: this.linksBetween(parent, iri).slice(0, 5) });
      }
      frontier = next.map((n) => n.iri);
    }
    return out.slice(0, limit);
  }

  /**
   * The shortest chain of statements linking two actors (through speakers, what statements are
   * about, and statements nested in others), or null when none links them.
   * @throws QueryOptionError when both references name the same actor
   */
  chain(from: string, to: string): StatementChain | null {
    const sources = this.actorIndex.resolve(from);
    const targets = this.actorIndex.resolve(to);
    if (sources.some((s) => targets.includes(s))) throw new QueryOptionError(`chain: "${from}" and "${to}" name the same actor; give two different actors.`);
    const g = (this.chains ??= statementGraph(this.graph));
    let best: string[] | null = null;
    for (const s of sources) {
      for (const t of targets) {
        if (!g.hasNode(s) || !g.hasNode(t)) continue;
        const path = bidirectional(g, s, t);
        if (path && (best === null || path.length < best.length)) best = path;
      }
    }
    if (!best) return null;
    const relation = (a: string, b: string): ChainRelation => g.getEdgeAttribute(g.edge(a, b)!, 'relation');
    const steps: ChainStep[] = best.map((node, i) =>
      g.getNodeAttribute(node, 'kind') === 'actor'
        ? { kind: 'actor', actor: this.actorIndex.ref(node) }
        : { kind: 'statement', statement: this.statementResult(statementView(this.graph, node)), enter: relation(best![i - 1]!, node), leave: relation(node, best![i + 1]!) },
    );
    return {
      from: this.actorIndex.ref(best[0]!),
      to: this.actorIndex.ref(best[best.length - 1]!),
      length: steps.filter((s) => s.kind === 'statement').length,
      steps,
    };
  }

  /**
   * The most central actors: by degree (distinct linked actors; ties by PageRank, then label) or by
   * PageRank over the weighted actor graph.
   */
  central(options: CentralityOptions = {}): CentralActor[] {
    const by = options.by ?? 'degree';
    if (by !== 'degree' && by !== 'pagerank') throw new QueryOptionError(`central: option by must be "degree" or "pagerank"; got ${JSON.stringify(by)}.`);
    const limit = positiveInt('central', 'limit', options.limit) ?? 10;
    const g = this.actorGraph;
    const ranks = (this.ranks ??= g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight' }) : uniform(g.nodes()));
    const rows = g.nodes().map((iri) => ({ iri, degree: g.neighbors(iri).length, pagerank: ranks[iri] ?? 0 }));
    rows.sort((a, b) =>
      by === 'degree'
        ? b.degree - a.degree || b.pagerank - a.pagerank || cmp(a.iri, b.iri)
        : b.pagerank - a.pagerank || b.degree - a.degree || cmp(a.iri, b.iri),
    );
    return rows.slice(0, limit).map((r, i) => ({
      rank: i + 1,
      actor: this.actorIndex.ref(r.iri),
      degree: r.degree,
      pagerank: r.pagerank,
      said: this.countIn(r.iri, NG.speaker),
      spokenAbout: this.countIn(r.iri, NG.about),
    }));
  }

  /**
   * Communities of actors by Louvain modularity on the weighted actor graph. Deterministic for a
   * given seed. Isolated actors are left out; communities are sorted by size.
   */
  communities(options: CommunityOptions = {}): CommunityResult {
    const resolution = options.resolution ?? 1;
    if (typeof resolution !== 'number' || !(resolution > 0)) throw new QueryOptionError(`communities: resolution must be a positive number; got ${String(resolution)}.`);
    const seed = options.seed ?? 1;
    if (!Number.isInteger(seed)) throw new QueryOptionError(`communities: seed must be an integer; got ${String(seed)}.`);
    const g = this.actorGraph;
    if (g.size === 0) return { modularity: 0, communities: [] };
    const found = louvain.detailed(g, { getEdgeWeight: 'weight', resolution, rng: mulberry32(seed) });
    const groups = new Map<number, string[]>();
    for (const [node, c] of Object.entries(found.communities)) {
      if (g.degree(node) === 0) continue;
      const list = groups.get(c);
      if (list) list.push(node);
      else groups.set(c, [node]);
    }
    const communities = [...groups.values()]
      .map((members) => members.sort((a, b) => g.neighbors(b).length - g.neighbors(a).length || cmp(a, b)))
      .sort((a, b) => b.length - a.length || cmp(a[0]!, b[0]!))
      .map((members, id) => ({ id, size: members.length, members: members.map((m) => this.actorIndex.ref(m)) }));
    return { modularity: found.modularity, communities };
  }

  /**
   * Dated statements and events in time order (earliest first; same day by article and offset).
   * An entry without a date of its own takes its article's publication date (dateSource 'article');
   * one with neither is left out.
   */
  timeline(filter: TimelineFilter = {}): TimelineEntry[] {
    const [from, to] = dateBounds('timeline', filter.from, filter.to);
    const kinds = new Set(filter.kinds ?? ['statement', 'event']);
    const actors = filter.actor === undefined ? null : new Set(this.actorIndex.resolve(filter.actor));
    const rows: Array<TimelineEntry & { sortKey: string }> = [];
    this.graph.forEachNode((iri, a) => {
      if ((a.kind !== 'statement' && a.kind !== 'event') || !kinds.has(a.kind)) return;
      const by = byPredicate(this.graph, iri);
      const involved = a.kind === 'statement' ? [NG.speaker, NG.about] : [NG.actor, NG.participant];
      if (actors && !involved.some((p) => (by.get(p) ?? []).some((t) => actors.has(t)))) return;
      const article = by.get(NG.reportedIn)?.[0] ?? null;
      const when = this.when(a.date ?? a.dateText ?? null, article);
      const span = when && dateInterval(when.date);
      if (!when || !span || !overlaps(span, from, to)) return;
      const actorIri = by.get(a.kind === 'statement' ? NG.speaker : NG.actor)?.[0];
      rows.push({
        date: when.date,
        dateSource: when.source,
        kind: a.kind,
        iri,
        actor: actorIri !== undefined && this.isActor(actorIri) ? this.actorIndex.ref(actorIri) : null,
        text: a.kind === 'statement' ? (a.content ?? '') : ((a as EventNode).text ?? ''),
        evidence: this.evidence(article, a.kind === 'statement' ? a.content ?? '' : (a as EventNode).text ?? '', a.start, a.end, a.kind === 'statement' ? a.sentenceStart : undefined, a.kind === 'statement' ? a.sentenceEnd : undefined),
        sortKey: `${span[0]}\u0000${article ?? ''}\u0000${String(a.start ?? 0).padStart(12, '0')}\u0000${iri}`,
      });
    });
    return rows.sort((a, b) => cmp(a.sortKey, b.sortKey)).map(({ sortKey: _drop, ...entry }) => entry);
  }

  /** The typed view of an event node, with evidence. */
  event(iri: string): EventResult {
    if (!this.graph.hasNode(iri) || this.graph.getNodeAttribute(iri, 'kind') !== 'event') throw new QueryOptionError(`event: "${iri}" is not an event node of this graph.`);
    const a = this.graph.getNodeAttributes(iri) as EventNode;
    const by = byPredicate(this.graph, iri);
    const ref = (p: string): ActorRef | null => {
      const t = by.get(p)?.[0];
      return t !== undefined && this.isActor(t) ? this.actorIndex.ref(t) : null;
    };
    return {
      iri,
      text: a.text ?? '',
      lemma: a.lemma ?? null,
      date: a.date ?? a.dateText ?? null,
      actor: ref(NG.actor),
      participants: (by.get(NG.participant) ?? []).filter((t) => this.isActor(t)).map((t) => this.actorIndex.ref(t)),
      place: ref(NG.place),
      evidence: this.evidence(by.get(NG.reportedIn)?.[0] ?? null, a.text ?? '', a.start, a.end, undefined, undefined),
    };
  }

  /** The typed result of one statement node, with evidence. */
  statement(iri: string): StatementResult {
    return this.statementResult(statementView(this.graph, iri));
  }

  // ---------------------------------------------------------------- helpers

  private statementResult(v: StatementView): StatementResult {
    const ref = (iri: string | null): ActorRef | null => (iri !== null && this.isActor(iri) ? this.actorIndex.ref(iri) : null);
    return {
      iri: v.iri,
      content: v.content,
      form: v.form,
      kind: v.kind,
      cue: v.cue,
      cueLemma: v.cueLemma,
      negated: v.negated,
      confidence: v.confidence,
      date: v.date,
      speaker: ref(v.speaker),
      speakerText: v.speakerText,
      about: v.about.filter((a) => this.isActor(a)).map((a) => this.actorIndex.ref(a)),
      place: ref(v.place),
      nestedIn: v.nestedIn,
      evidence: this.evidence(v.article, v.content, v.start ?? undefined, v.end ?? undefined, v.sentenceStart ?? undefined, v.sentenceEnd ?? undefined),
    };
  }

  private evidence(article: string | null, text: string, start?: number, end?: number, sentenceStart?: number, sentenceEnd?: number): Evidence {
    const a = article !== null && this.graph.hasNode(article) && this.graph.getNodeAttribute(article, 'kind') === 'article' ? (this.graph.getNodeAttributes(article) as ArticleNode) : null;
    const articleId = a?.articleId ?? null;
    const full = articleId !== null ? this.texts.get(articleId) : undefined;
    const sentence =
      sentenceStart !== undefined && sentenceEnd !== undefined
        ? { start: sentenceStart, end: sentenceEnd, text: full !== undefined && sentenceEnd <= full.length ? full.slice(sentenceStart, sentenceEnd) : null }
        : null;
    return {
      article,
      articleId,
      title: a?.title ?? null,
      published: a?.published ?? null,
      start: start ?? null,
      end: end ?? null,
      text,
      sentence,
    };
  }

  // The date of a statement or event, or its article's publication date.
  private when(date: string | null, article: string | null): { date: string; source: DateSource } | null {
    if (date !== null && dateInterval(date)) return { date, source: 'statement' };
    const published = article !== null && this.graph.hasNode(article) ? (this.graph.getNodeAttributes(article) as ArticleNode).published : undefined;
    if (published !== undefined) return { date: published, source: 'article' };
    return date !== null ? { date, source: 'statement' } : null;
  }

  private statementIris(): string[] {
    return (this.allStatements ??= this.graph.filterNodes((_k, a) => a.kind === 'statement'));
  }

  private linksTo(node: string, predicate: string, targets: ReadonlySet<string>): boolean {
    return this.graph.someOutEdge(node, (_e, attr, _s, target) => attr.predicate === predicate && targets.has(target));
  }

  private linksBetween(a: string, b: string): ActorLink[] {
    const g = this.actorGraph;
    const links = [...(g.hasEdge(a, b) ? g.getEdgeAttribute(g.edge(a, b)!, 'links') : []), ...(g.hasEdge(b, a) ? g.getEdgeAttribute(g.edge(b, a)!, 'links') : [])];
    return links.sort((x, y) => cmp(x.via ?? '', y.via ?? '') || cmp(x.relation, y.relation));
  }

  private countIn(actor: string, predicate: string): number {
    let n = 0;
    this.graph.forEachInEdge(actor, (_e, attr) => {
      if (attr.predicate === predicate) n++;
    });
    return n;
  }

  private isActor(iri: string): boolean {
    return this.graph.hasNode(iri) && this.graph.getNodeAttribute(iri, 'kind') === 'actor';
  }
}

function sortByText(views: StatementView[]): StatementView[] {
  return views.sort((a, b) => cmp(a.article ?? '', b.article ?? '') || (a.start ?? -1) - (b.start ?? -1) || cmp(a.iri, b.iri));
}

// Validates from/to once: each a date at some precision; returns the first day of `from` and the last of `to`.
function dateBounds(where: string, from: string | undefined, to: string | undefined): [string | null, string | null] {
  const check = (name: string, v: string | undefined): [string, string] | null => {
    if (v === undefined) return null;
    const span = typeof v === 'string' && DATE_BOUND.test(v) ? dateInterval(v) : null;
    if (!span) throw new QueryOptionError(`${where}: ${name} ${JSON.stringify(v)} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD.`);
    return span;
  };
  const f = check('from', from);
  const t = check('to', to);
  if (f && t && f[0] > t[1]) throw new QueryOptionError(`${where}: from ${from} is after to ${to}; swap them.`);
  return [f ? f[0] : null, t ? t[1] : null];
}

function positiveInt(where: string, name: string, v: number | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isInteger(v) || v < 1) throw new QueryOptionError(`${where}: ${name} must be a positive integer; got ${String(v)}.`);
  return v;
}

function uniform(nodes: string[]): Record<string, number> {
  return Object.fromEntries(nodes.map((n) => [n, 1 / nodes.length]));
}

/** mulberry32: a small seeded PRNG, so Louvain gives the same communities on every run (and tests repeat). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
