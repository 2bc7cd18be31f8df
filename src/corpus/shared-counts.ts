// Corpus merge (merge.ts), the actor network's counts summed over the articles: articles and
// statements per actor, speaker → about links per statement kind, and the edge targets outside the
// articles. Keyed by small integers: each IRI is held once, in one table, instead of once per map
// and twice in every link's key — each article's unnamed sources add IRIs of their own, so these
// grow with the corpus (design.md, "The shared section spills").

import { ownString } from './own-string.js';

// A link's key: (source id × 2^22 + target id) × 64 + kind id; exact below 2^53 for < 4 M ids, 64 kinds.
const TARGETS = 2 ** 22;
const KINDS = 64;

/** A speaker → about link with its count of statements (`kind` undefined when the line had none). */
export interface CountedLink {
  source: string;
  target: string;
  kind: string | undefined;
  count: number;
}

/** The counts of the actor network (see the header). Lines as the chunks give them. */
export class ActorCounts {
  private readonly ids = new Map<string, number>();
  private readonly iris: string[] = [];
  private readonly kindIds = new Map<string | undefined, number>();
  private readonly kinds: Array<string | undefined> = [];
  private readonly articles: number[] = [];
  private readonly spoken: number[] = [];
  private readonly links = new Map<number, number>();
  private readonly refSet = new Set<number>();
  /** Set when the ids or kinds outgrow a link key: links are then keyed by their text. */
  private wide: Map<string, number> | null = null;

  /** An article's "actors" line: one more article for that actor. */
  addArticle(iri: string): void {
    const id = this.id(iri);
    this.articles[id] = (this.articles[id] ?? 0) + 1;
  }

  /** A "spoken" line: one more statement by that speaker. */
  addSpoken(iri: string): void {
    const id = this.id(iri);
    this.spoken[id] = (this.spoken[id] ?? 0) + 1;
  }

  /** A "refs" line: a node outside the article that one of its edges points to. */
  addRef(key: string): void {
    this.refSet.add(this.id(key));
  }

  /** A "links" line, "speaker\tabout\tkind". */
  addLink(line: string): void {
    const parts = line.split('\t');
    const [source, target, kind] = parts as [string, string, string?];
    if (parts.length > 3 && !this.wide) this.widen();
    const s = this.id(source);
    const t = this.id(target);
    let k = this.kindIds.get(kind);
    if (k === undefined) {
      k = this.kinds.length;
      this.kindIds.set(kind === undefined ? kind : ownString(kind), k);
      this.kinds.push(kind === undefined ? kind : ownString(kind));
    }
    if (!this.wide && (s >= TARGETS || t >= TARGETS || k >= KINDS)) this.widen();
    if (this.wide) {
      const n = this.wide.get(line);
      this.wide.set(n === undefined ? ownString(line) : line, (n ?? 0) + 1);
      return;
    }
    const key = (s * TARGETS + t) * KINDS + k;
    this.links.set(key, (this.links.get(key) ?? 0) + 1);
  }

  /** Articles that give triples for this actor. */
  articlesOf(iri: string): number {
    const id = this.ids.get(iri);
    return id === undefined ? 0 : (this.articles[id] ?? 0);
  }

  /** Statements this actor is the resolved speaker of. */
  statementsOf(iri: string): number {
    const id = this.ids.get(iri);
    return id === undefined ? 0 : (this.spoken[id] ?? 0);
  }

  /** The edge targets outside the articles, distinct, in code-unit order. */
  refs(): string[] {
    return [...this.refSet].map((id) => this.iris[id]!).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Every distinct link with its count, in the order each was first seen. */
  *countedLinks(): Generator<CountedLink> {
    for (const [key, count] of this.links) {
      const k = key % KINDS;
      const st = (key - k) / KINDS;
      const t = st % TARGETS;
      yield { source: this.iris[(st - t) / TARGETS]!, target: this.iris[t]!, kind: this.kinds[k], count };
    }
    if (!this.wide) return;
    for (const [line, count] of this.wide) {
      const [source, target, kind] = line.split('\t') as [string, string, string?];
      yield { source, target, kind, count };
    }
  }

  /**
   * The links summed over statement kinds, one per speaker → about pair, in first-seen order (what
   * the layout reads); keyed by the pair's integers, not by a string per pair.
   */
  pairs(): Array<{ source: string; target: string; count: number }> {
    const byPair = new Map<number | string, { source: string; target: string; count: number }>();
    const add = (key: number | string, source: string, target: string, count: number): void => {
      const link = byPair.get(key);
      if (link) link.count += count;
      else byPair.set(key, { source, target, count });
    };
    for (const [key, count] of this.links) {
      const pair = (key - (key % KINDS)) / KINDS;
      const t = pair % TARGETS;
      add(pair, this.iris[(pair - t) / TARGETS]!, this.iris[t]!, count);
    }
    if (this.wide) {
      for (const [line, count] of this.wide) {
        const [source, target] = line.split('\t') as [string, string];
        add(`${source} ${target}`, source, target, count);
      }
    }
    return [...byPair.values()];
  }

  private id(iri: string): number {
    let id = this.ids.get(iri);
    if (id === undefined) {
      id = this.iris.length;
      const own = ownString(iri);
      this.ids.set(own, id);
      this.iris.push(own);
    }
    return id;
  }

  // From now on links are keyed by their text, those counted so far first (first-seen order kept).
  private widen(): void {
    const wide = new Map<string, number>();
    for (const { source, target, kind, count } of this.countedLinks()) wide.set(kind === undefined ? `${source}\t${target}` : `${source}\t${target}\t${kind}`, count);
    this.links.clear();
    this.wide = wide;
  }
}
