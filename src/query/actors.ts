// Query layer: actor names → actor IRIs, through an index built once per graph (findActors in
// src/5-graph/traverse.ts scans every node; one query on a million-triple graph must not). Names match
// by canonical label or alias ignoring case and surrounding space; misses come with near matches.

import type { ActorNode, NewsGraph } from '../5-graph/index.js';
import { ActorNotFoundError, type ActorSuggestion } from './errors.js';
import type { ActorRef } from './types.js';

/** Folds a name for matching: Unicode NFC, trimmed, inner space collapsed, lower case. */
export function foldName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Label and alias index over the actor nodes of one graph. Build it after the graph stops changing. */
export class ActorIndex {
  private readonly byName = new Map<string, string[]>();

  constructor(private readonly graph: NewsGraph) {
    graph.forEachNode((key, a) => {
      if (a.kind !== 'actor') return;
      for (const name of new Set([...a.labels, ...a.aliases].map(foldName))) {
        const list = this.byName.get(name);
        if (list) list.push(key);
        else this.byName.set(name, [key]);
      }
    });
    for (const list of this.byName.values()) list.sort();
  }

  /** The actor IRIs a reference names (an actor IRI, or a label or alias in any case); [] when none. Sorted. */
  find(ref: string): string[] {
    if (this.graph.hasNode(ref) && this.graph.getNodeAttribute(ref, 'kind') === 'actor') return [ref];
    return [...(this.byName.get(foldName(ref)) ?? [])];
  }

  /**
   * Like find, but a miss throws.
   * @throws ActorNotFoundError with up to five near matches
   */
  resolve(ref: string): string[] {
    const found = this.find(ref);
    if (found.length === 0) throw new ActorNotFoundError(ref, this.nearMatches(ref));
    return found;
  }

  /**
   * Actors whose label or alias comes close to `ref`: one contains the other as whole words, or
   * they are a few edits apart (at most a third of the length, at least 2). Best first.
   */
  nearMatches(ref: string, limit = 5): ActorSuggestion[] {
    const wanted = foldName(ref);
    if (!wanted) return [];
    const maxEdits = Math.max(2, Math.floor(wanted.length / 3));
    const best = new Map<string, { score: number; matched: string }>();
    for (const [name, iris] of this.byName) {
      let score: number;
      if (containsWords(name, wanted) || containsWords(wanted, name)) score = 0;
      else {
        // The whole name, or one of its words ("Sergey" for "Sergei Lavrov"), a few edits away.
        const whole = editDistance(name, wanted, maxEdits);
        const word = Math.min(...name.split(' ').map((w) => (w.length >= 3 ? editDistance(w, wanted, maxEdits) : maxEdits + 1))) + 0.5;
        score = Math.min(whole, word);
        if (score > maxEdits) continue;
      }
      for (const iri of iris) {
        const prior = best.get(iri);
        if (!prior || score < prior.score) best.set(iri, { score, matched: name });
      }
    }
    return [...best.entries()]
      .map(([iri, { score, matched }]) => ({ iri, score, label: this.ref(iri).label, matched }))
      .sort((a, b) => a.score - b.score || cmp(a.label, b.label) || cmp(a.iri, b.iri))
      .slice(0, limit)
      .map(({ iri, label, matched }) => ({ iri, label, matched: originalName(this.graph, iri, matched) }));
  }

  /** The ActorRef of an actor IRI. */
  ref(iri: string): ActorRef {
    const a = this.graph.getNodeAttributes(iri) as ActorNode;
    return { iri, label: a.label, type: a.type };
  }
}

// The label or alias as written whose folded form is `folded`.
function originalName(graph: NewsGraph, iri: string, folded: string): string {
  const a = graph.getNodeAttributes(iri) as ActorNode;
  return [...a.labels, ...a.aliases].find((n) => foldName(n) === folded) ?? folded;
}

function containsWords(haystack: string, needle: string): boolean {
  if (needle.length < 3) return false;
  const at = haystack.indexOf(needle);
  if (at < 0) return false;
  const before = at === 0 || !/[\p{L}\p{N}]/u.test(haystack[at - 1]!);
  const after = at + needle.length === haystack.length || !/[\p{L}\p{N}]/u.test(haystack[at + needle.length]!);
  return before && after;
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
