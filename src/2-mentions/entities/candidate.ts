// Stage 2, named entities: the name candidate the entities steps pass along (a token range with its
// type, mention kind and gazetteer entry, later its canonical name) and the small text helpers they
// share (covered text, case tidying, initials of acronyms, name prefixes).

import type { EntityType, MentionKind, TextLayer, Token } from '../../types.js';
import type { GazEntry } from './gazetteer.js';

/** A name span being resolved: token range, type, and the gazetteer entry it matches, if any. */
export interface Cand {
  from: number;
  to: number;
  type: EntityType;
  kind: MentionKind;
  gaz: GazEntry | undefined;
  /** Canonical name once resolved. */
  name: string;
  /** Canonical name forced by an acronym–expansion pair or a merge. */
  key?: string;
  /** Key of an entity the named one belongs to (a government body's country). */
  affiliation?: string;
}

// Every candidate has the same properties in the same order, `key` and `affiliation` included (set
// later for some): one object shape, so the functions that read candidates stay monomorphic.
export function cand(from: number, to: number, type: EntityType, kind: MentionKind, gaz: GazEntry | undefined): Cand {
  return { from, to, type, kind, gaz, name: '', key: undefined, affiliation: undefined };
}

// A few rare repairs move a candidate's `from` or `to` in place (names.ts, entities.ts). V8 takes a
// field no object has changed yet for a constant, and the optimised code of every function that reads
// it depends on that: the first move, well into a run, deoptimised ≈15 functions at once (entitiesOf,
// typeHeadlineNames, …), each then compiled again. One candidate moved here, at load, makes both
// fields mutable before anything is optimised. (Candidates share one shape, made by cand().)
const primer = cand(0, 0, 'Person', 'name', undefined);
primer.from = primer.to = 1;

/** An acronym written with full stops, as some house styles do ("F.B.I.", "c.i.a." in lower case too). */
export const isDottedAcronym = (s: string) => /^(?:\p{L}\.){2,}$/u.test(s);
export const isAcronym = (s: string) => (isDottedAcronym(s) && /^[A-Z.]+$/.test(s)) || /^[A-Z][A-Z0-9&]{1,7}$/.test(s);
/**
 * The tokens [from, to) in lower case, joined by spaces. (A loop, not map() and join(): an empty
 * range's mapped array has other elements than a full one's, and typeHeadlineNames, where this is
 * inlined, was deoptimised at the join when it met one: 'wrong map'.)
 */
export function lowerJoin(toks: Token[], from: number, to: number): string {
  const part = toks.slice(from, to);
  let out = part.length ? part[0]!.text.toLowerCase() : '';
  for (let k = 1; k < part.length; k++) out += ` ${part[k]!.text.toLowerCase()}`;
  return out;
}

/** The covered text of tokens [from, to), as written. */
export function textOf(layer: TextLayer, from: number, to: number): string {
  return layer.text.slice(layer.tokens[from]!.start, layer.tokens[to - 1]!.end);
}

/** "NEW YORK" → "New York"; acronyms ("UK", "NATO") and mixed-case names stay as written. */
export function tidyCase(s: string): string {
  // (An acronym with its bracketed letters, "CPI(M)" (span rule bracketed-acronym-letter), stays in capitals.)
  if (s !== s.toUpperCase() || !/[A-Z]{4,}/.test(s.replace(/[^A-Z]/g, '')) || isAcronym(s) || /^[A-Z]{2,6}\([A-Z]{1,3}\)$/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()).replace(/\bMc(\p{L})/gu, (_m, c: string) => 'Mc' + c.toUpperCase());
}

/** Normalises a name written across lines or with extra spaces. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim();

/** Each proper word-prefix of each name → the names it opens ("Aer Lingus" → {"Aer Lingus Group"}). */
export function prefixIndex(names: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const n of new Set(names)) {
    const words = n.split(' ');
    for (let k = 1; k < words.length; k++) {
      const p = words.slice(0, k).join(' ');
      const set = out.get(p) ?? new Set<string>();
      set.add(n);
      out.set(p, set);
    }
  }
  return out;
}
