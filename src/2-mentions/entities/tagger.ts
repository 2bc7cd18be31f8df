// Stage 2, named entities: a greedy averaged-perceptron tagger over stage-1 tokens (BIO over
// PER / ORG / LOC / MISC). The same feature code serves training (scripts/train-ner.ts, CoNLL-2003
// train split only) and tagging; the model is data/ner/model.packed.json (packed-model.ts). findEntities (../entities.ts)
// turns the tagged spans into canonical entities.

import type { TextLayer, Token } from '../../types.js';
import { ambiguousAcronyms, phrases } from './gazetteer.js';
import { NAME_CONNECTORS } from './words.js';
import { indexHolding } from '../../spans.js';

/** The tag set, BIO over the four CoNLL classes; index 0 is O. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NLABELS = LABELS.length;
const TYPE_OF = ['', 'PER', 'PER', 'ORG', 'ORG', 'LOC', 'LOC', 'MISC', 'MISC'];

/** A tagged span over tokens [from, to) with its CoNLL class. */
export interface TagSpan {
  from: number;
  to: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/**
 * A span with its fields always in this order, so every TagSpan has one hidden class: a copy made by
 * spreading (`{ ...s, type: 'ORG' }`) has another (two per spreading site), and the span rules read
 * every span, with 'wrong map' deoptimisations where a new one first came by.
 */
export function tagSpan(from: number, to: number, type: TagSpan['type']): TagSpan {
  return { from, to, type };
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Collapsed word shape: "McDonald" → "XxXx", "U.S." → "X.X.", "1996-08-30" → "d-d-d". */
export function shapeOf(w: string): string {
  // (An ASCII word, most of them, by character codes; any other through the code points below.)
  let ascii = '';
  let code = -1;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return unicodeShapeOf(w);
    const k = c >= 97 && c <= 122 ? 120 : c >= 65 && c <= 90 ? 88 : c >= 48 && c <= 57 ? 100 : c;
    if (k !== code) ascii += String.fromCharCode(k);
    code = k;
  }
  return ascii;
}

function unicodeShapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (UPPER.test(ch)) c = 'X';
    else if (LETTER.test(ch)) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** FNV-1a hash of a string, 32 bits: features are numbers, not strings, so tagging stays fast. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** hashString(s.slice(from, to)) without making the slice (0 ≤ from ≤ to ≤ s.length). */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A feature id: a feature template number mixed with one or two hashed values. */
function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');

/** Per-document token facts that the features read; computed once per article. */
export interface Prepared {
  lower: string[];
  /** Hashes of the lower-cased word, its shape, its POS, and its gazetteer tag (0 when none). */
  hw: Uint32Array;
  hs: Uint32Array;
  hpos: Uint32Array;
  hgaz: Uint32Array;
  /** Gazetteer tag of each token ("B-country", "I-city") or "". */
  gaz: string[];
  /** Does the token carry a capital letter (a candidate for a name)? */
  cap: boolean[];
  /** Is the token first in its sentence, or first after an opening quotation mark or a colon? */
  first: boolean[];
  /** Is the token in a headline-like sentence (mostly ALL-CAPS words)? */
  headline: boolean[];
  /** Capitalised token whose lower-case form occurs lower-case elsewhere in the article. */
  lowerElsewhere: boolean[];
  /** The first apostrophe of each "''" read as one '"' (1), which the features of the words around it skip; null when none. */
  ghost: Uint8Array | null;
}

/** `w !== w.toUpperCase()` without making the upper-case copy when an ASCII small letter answers first. */
function changesInUpperCase(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return w !== w.toUpperCase();
  }
  return false;
}

/** A distinct token text's hashes (its lower case, its shape), and whether a token is written so in lower case. */
type TextHashes = { word: number; shape: number; lowerSeen: boolean };

const QUOTE_WORD = hashString('"');
const QUOTE_SHAPE = hashString(shapeOf('"'));

/**
 * Two apostrophes written as a closing double quotation mark ("''It is late,'' said Ann Roe", an old
 * typewriter habit some papers keep) are two "'" tokens to stage 1; the tagger was trained on '"',
 * and read after "'" a name's first word as an elision's or a possessive's tail ("…,'' Douglas
 * Roe-Hale, a lawyer" cut or lost). The pair reads as one '"': the second apostrophe takes the word
 * and shape hashes of '"' and the first is skipped by the features of the words around it (`ghost`);
 * tokens and offsets stay as written. Only a closing pair: read so, opening pairs before quoted
 * titles (''Morning Show'') turned titles into people and carried that to later mentions.
 * Returns the ghosts, or null when the article has no such pair.
 */
function readDoubledApostrophes(toks: readonly Token[], hw: Uint32Array, hs: Uint32Array): Uint8Array | null {
  let ghost: Uint8Array | null = null;
  for (let i = 1; i < toks.length; i++) {
    // (A closing mark, written against the word or stop before it: an opening "''" before a title — ''Morning Show'' — is left as it is.)
    if (toks[i]!.text !== "'" || toks[i - 1]!.text !== "'" || toks[i - 1]!.end !== toks[i]!.start || ghost?.[i - 1]) continue;
    if (i < 2 || toks[i - 2]!.end !== toks[i - 1]!.start) continue;
    ghost ??= new Uint8Array(toks.length);
    ghost[i - 1] = 1;
    hw[i] = QUOTE_WORD;
    hs[i] = QUOTE_SHAPE;
  }
  return ghost;
}

/** The index of the token before j that is no ghost (floor - 1 when none is left in the sentence). */
function before(ghost: Uint8Array | null, j: number, floor: number): number {
  j--;
  while (ghost && j >= floor && ghost[j]) j--;
  return j;
}

/** The index of the token after j that is no ghost (end when none is left in the sentence). */
function after(ghost: Uint8Array | null, j: number, end: number): number {
  j++;
  while (ghost && j < end && ghost[j]) j++;
  return j;
}

/** Computes the per-token facts of an article's tokens. */
export function prepare(layer: TextLayer): Prepared {
  const toks = layer.tokens;
  const n = toks.length;
  const lower = new Array<string>(n);
  const hw = new Uint32Array(n);
  const hs = new Uint32Array(n);
  const hpos = new Uint32Array(n);
  const hgaz = new Uint32Array(n);
  const gaz = new Array<string>(n).fill('');
  const cap = new Array<boolean>(n);
  const first = new Array<boolean>(n).fill(false);
  const headline = new Array<boolean>(n).fill(false);
  const lowerElsewhere = new Array<boolean>(n).fill(false);
  // Words repeat within an article: hash each distinct word (as written: its lower case and its
  // shape), and each tag, once. One lookup a token: a word's lower case is the token's `lower`.
  const byText = new Map<string, TextHashes>();
  const posHash = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const w = t.text;
    const lw = t.lower;
    lower[i] = lw;
    let e = byText.get(w);
    if (e === undefined) byText.set(w, (e = { word: hashString(lw), shape: hashString(shapeOf(w)), lowerSeen: false }));
    hw[i] = e.word;
    hs[i] = e.shape;
    let h = posHash.get(t.pos);
    if (h === undefined) posHash.set(t.pos, (h = hashString(t.pos)));
    hpos[i] = h;
    const c = lw !== w;
    cap[i] = c;
    if (!c) e.lowerSeen = true;
  }
  const ghost = readDoubledApostrophes(toks, hw, hs);
  for (let i = 0; i < n; i++) if (cap[i] && byText.get(lower[i]!)?.lowerSeen) lowerElsewhere[i] = true;
  for (const s of layer.sentences) {
    let upperWords = 0;
    let words = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!cap[k]) continue;
      const w = toks[k]!.text;
      if (w.length < 2) continue;
      if (!changesInUpperCase(w)) upperWords++;
    }
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (toks[k]!.text.length >= 2 && (cap[k] || changesInUpperCase(lower[k]!))) words++;
    const hl = words >= 2 && upperWords / words >= 0.6;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (hl) headline[k] = true;
      const prev = k > s.tokenStart ? toks[k - 1]!.text : '';
      if (k === s.tokenStart || prev === '"' || (prev === "'" && ghost?.[k - 2]) || prev === '“' || prev === ':' || prev === '(' || prev === '-' || prev === '—') first[k] = true;
    }
  }
  // Gazetteer matches, longest first, starting only at capitalised tokens.
  for (let i = 0; i < n; i++) {
    if (!cap[i]) continue;
    const list = phrases.get(lower[i]!);
    if (!list) continue;
    for (const p of list) {
      const len = p.tokens.length;
      if (i + len > n) continue;
      let ok = true;
      for (let k = 1; k < len; k++) if (lower[i + k] !== p.tokens[k]) { ok = false; break; }
      if (!ok) continue;
      // "WHO" the organisation, not "who" at the start of a sentence.
      if (len === 1 && ambiguousAcronyms.has(lower[i]!) && toks[i]!.text !== toks[i]!.text.toUpperCase()) continue;
      const kind = p.entry.kind;
      gaz[i] = 'B-' + kind;
      for (let k = 1; k < len; k++) gaz[i + k] = 'I-' + kind;
      i += len - 1;
      break;
    }
  }
  for (let i = 0; i < n; i++) if (gaz[i]) hgaz[i] = hashString(gaz[i]!);
  return { lower, hw, hs, hpos, hgaz, gaz, cap, first, headline, lowerElsewhere, ghost };
}

/** The static features of token i (those that do not depend on earlier tags), as feature ids. */
export function staticFeatures(layer: TextLayer, p: Prepared, i: number, out: number[]): void {
  const toks = layer.tokens;
  const s = layer.sentences[toks[i]!.sentence]!;
  const lw = p.lower[i]!;
  const w = p.hw[i]!;
  const hl = p.headline[i] ? 1 : 0;
  const sh = p.hs[i]!;
  // (The neighbours, past the first apostrophe of a "''": tagger.ts readDoubledApostrophes.)
  const g = p.ghost;
  const p1 = before(g, i, s.tokenStart);
  const p2 = p1 >= s.tokenStart ? before(g, p1, s.tokenStart) : p1 - 1;
  const n1 = after(g, i, s.tokenEnd);
  const n2 = n1 < s.tokenEnd ? after(g, n1, s.tokenEnd) : n1 + 1;
  const pw = p1 >= s.tokenStart ? p.hw[p1]! : BOS;
  const nw = n1 < s.tokenEnd ? p.hw[n1]! : EOS;
  const ps = p1 >= s.tokenStart ? p.hs[p1]! : BOS;
  const ns = n1 < s.tokenEnd ? p.hs[n1]! : EOS;
  const pw2 = p2 >= s.tokenStart ? p.hw[p2]! : BOS;
  const nw2 = n2 < s.tokenEnd ? p.hw[n2]! : EOS;
  out.push(mix(1, 0), mix(2, w), mix(3, sh, hl), mix(4, p.hpos[i]!), mix(5, pw), mix(6, nw), mix(7, pw2), mix(8, nw2),
    mix(9, ps), mix(10, ns), mix(11, pw, w), mix(12, w, nw), mix(13, sh ^ hl, ns), mix(14, ps, sh));
  // (The prefix and suffixes hashed in place: slices made three strings for every scored token.)
  const n = lw.length;
  if (n > 3) out.push(mix(15, hashRange(lw, 0, 3)), mix(16, hashRange(lw, n - 3, n)), mix(17, hashRange(lw, n - 4, n)));
  else out.push(mix(18, hashRange(lw, Math.max(0, n - 2), n)));
  if (p.hgaz[i]) out.push(mix(19, p.hgaz[i]!));
  if (i > s.tokenStart && p.hgaz[i - 1]) out.push(mix(20, p.hgaz[i - 1]!));
  if (i + 1 < s.tokenEnd && p.hgaz[i + 1]) out.push(mix(21, p.hgaz[i + 1]!));
  if (p.first[i]) out.push(mix(22, 0), mix(23, w));
  if (p.lowerElsewhere[i]) out.push(mix(24, 0), mix(25, p.first[i] ? 1 : 0));
  if (hl) out.push(mix(26, 0), mix(27, w));
  if (i === s.tokenStart && s.tokenEnd - s.tokenStart <= 4) out.push(mix(28, 0));
}

/** Model weights: feature id → one weight per label. */
export type Weights = Map<number, Float32Array | Float64Array>;

/** Is token i scored at all? Capitalised tokens always; connectors only inside a name. */
export function isCandidate(p: Prepared, i: number, prevTag: number): boolean {
  if (p.cap[i]) return true;
  return prevTag !== 0 && NAME_CONNECTORS.has(p.lower[i]!);
}

/** Adds the tag-history features: previous tags and what this word was tagged earlier in the article. */
export function dynamicFeatures(p: Prepared, i: number, t1: number, t2: number, memory: Map<string, number>, out: number[]): void {
  out.push(mix(29, t1), mix(30, t2, t1), mix(31, t1, p.hs[i]!));
  const m = memory.get(p.lower[i]!);
  if (m !== undefined) out.push(mix(32, m));
}

/**
 * The weights of a trained model in an open-addressing hash table over typed arrays: feature ids
 * are 32-bit hashes, which a Map keys as heap numbers, so lookups there cost more than the scoring.
 */
export class WeightTable {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  /**
   * Slot k's key (as a signed 32-bit integer) at 2k and its row at 2k + 1: a probe reads one cache
   * line, where the two arrays of a model file took two (the table is megabytes, probed at random).
   */
  private readonly slotPairs: Int32Array;
  readonly data: Float32Array;
  private readonly mask: number;

  /**
   * @param ids - feature ids, one per row
   * @param data - NLABELS weights per row, in the order of `ids`
   * @param slots - the table's own keys and rows as slots() gave them (a model file): not rebuilt
   */
  constructor(ids: ArrayLike<number>, data: Float32Array, slots?: { keys: Uint32Array; rows: Int32Array }) {
    this.data = data;
    if (slots) {
      if (slots.keys.length !== slots.rows.length || (slots.keys.length & (slots.keys.length - 1)) !== 0 || slots.keys.length < ids.length) {
        throw new RangeError('WeightTable: the slots are not a hash table of a power-of-two size for these rows; rebuild the model file with "npm run build".');
      }
      this.mask = slots.keys.length - 1;
      this.keys = slots.keys;
      this.rows = slots.rows;
      this.slotPairs = pairSlots(this.keys, this.rows);
      return;
    }
    let size = 2;
    while (size < ids.length * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    for (let r = 0; r < ids.length; r++) {
      const k = ids[r]!;
      let slot = k & this.mask;
      while (this.rows[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.rows[slot] = r;
    }
    this.slotPairs = pairSlots(this.keys, this.rows);
  }

  /** The hash table's keys and rows, for a model file (the constructor takes them back). */
  slots(): { keys: Uint32Array; rows: Int32Array } {
    return { keys: this.keys, rows: this.rows };
  }

  /** Offset of feature f's weights in `data`, or -1 when the model has none. */
  offset(f: number): number {
    const pairs = this.slotPairs;
    const mask = this.mask;
    const key = f | 0;
    let slot = f & mask;
    for (;;) {
      const r = pairs[2 * slot + 1]!;
      if (r === -1) return -1;
      if (pairs[2 * slot] === key) return r * NLABELS;
      slot = (slot + 1) & mask;
    }
  }
}

/** The keys and rows of a table side by side (WeightTable.slotPairs). */
function pairSlots(keys: Uint32Array, rows: Int32Array): Int32Array {
  const pairs = new Int32Array(keys.length * 2);
  for (let k = 0; k < keys.length; k++) {
    pairs[2 * k] = keys[k]! | 0;
    pairs[2 * k + 1] = rows[k]!;
  }
  return pairs;
}

/** Scores a feature list into `scores` (length NLABELS). */
export function score(weights: Weights | WeightTable, feats: number[], scores: Float64Array): void {
  scores.fill(0);
  if (weights instanceof WeightTable) {
    const data = weights.data;
    for (const f of feats) {
      const o = weights.offset(f);
      if (o < 0) continue;
      for (let k = 0; k < NLABELS; k++) scores[k]! += data[o + k]!;
    }
    return;
  }
  for (const f of feats) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < NLABELS; k++) scores[k]! += w[k]!;
  }
}

/** The best label that respects BIO (an I- tag only continues its own class). */
export function bestLabel(scores: Float64Array, prevTag: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k < NLABELS; k++) {
    if (k > 0 && k % 2 === 0 && prevTag !== k && prevTag !== k - 1) continue;
    if (scores[k]! > bestScore) {
      bestScore = scores[k]!;
      best = k;
    }
  }
  return best;
}

/** Remembers the classes of a finished span's words, for the memory feature of later tokens. */
export function remember(p: Prepared, from: number, to: number, tag: number, memory: Map<string, number>): void {
  const cls = tag % 2 === 0 ? tag - 1 : tag; // the B- index of the class
  for (let k = from; k < to; k++) if (p.cap[k]) memory.set(p.lower[k]!, cls);
}

/**
 * Tags an article greedily, left to right.
 * @returns the tag index of every token
 */
export function tagTokens(
  layer: TextLayer,
  p: Prepared,
  weights: Weights | WeightTable,
  /** Training hook: sees each scored token (index, predicted tag, previous tag, its features). */
  observe?: (i: number, tag: number, t1: number, feats: number[]) => void,
): Uint8Array {
  const n = layer.tokens.length;
  const tags = new Uint8Array(n);
  const memory = new Map<string, number>();
  const feats: number[] = [];
  const scores = new Float64Array(NLABELS);
  let spanStart = -1;
  // The tag of the open span (tags[spanStart]), kept in a variable.
  let spanTag = 0;
  // The last round, i === n, closes a span still open at the end of the article through the same
  // code as within the text: a separate close after the loop ran only for articles ending inside a
  // name, and V8's on-stack-replaced loop code, compiled without type feedback for it, bailed out
  // there again and again (19 times per thread on PolNeAR, --trace-deopt).
  for (let i = 0; i <= n; i++) {
    let tag = 0;
    if (i < n) {
      const sameSentence = i > 0 && layer.tokens[i - 1]!.sentence === layer.tokens[i]!.sentence;
      const t1 = sameSentence ? tags[i - 1]! : 0;
      const t2 = sameSentence && i > 1 && layer.tokens[i - 2]!.sentence === layer.tokens[i]!.sentence ? tags[i - 2]! : 0;
      if (isCandidate(p, i, t1)) {
        feats.length = 0;
        staticFeatures(layer, p, i, feats);
        dynamicFeatures(p, i, t1, t2, memory, feats);
        score(weights, feats, scores);
        tag = bestLabel(scores, t1);
        observe?.(i, tag, t1, feats);
      }
      tags[i] = tag;
    }
    // Close a span when this token does not continue it.
    if (spanStart >= 0 && (tag === 0 || tag % 2 === 1)) {
      remember(p, spanStart, i, spanTag, memory);
      spanStart = -1;
    }
    if (tag !== 0 && tag % 2 === 1) {
      spanStart = i;
      spanTag = tag;
    }
  }
  return tags;
}

/** Does a paragraph end between token j and the token before it (stage 1's paragraphs: a single line break, where the text has no blank lines)? */
function lineBreakBefore(layer: TextLayer, j: number): boolean {
  const gap = layer.text.slice(layer.tokens[j - 1]!.end, layer.tokens[j]!.start);
  if (!gap.includes('\n')) return false;
  const p = indexHolding(layer.paragraphs, layer.tokens[j]!.start);
  return p >= 0 && layer.paragraphs[p]!.start > layer.tokens[j - 1]!.start;
}

/** Reads BIO tags into spans; a span never crosses a sentence or a paragraph and never ends on a connector. */
export function spansOf(layer: TextLayer, p: Prepared, tags: Uint8Array): TagSpan[] {
  const out: TagSpan[] = [];
  const n = tags.length;
  let i = 0;
  while (i < n) {
    const t = tags[i]!;
    if (t === 0) {
      i++;
      continue;
    }
    const cls = t % 2 === 0 ? t - 1 : t;
    let j = i + 1;
    // (Nor a paragraph: "… against Apple Computer\nMay 8, 2006" is a headline, then a date line.)
    while (j < n && tags[j] === cls + 1 && layer.tokens[j]!.sentence === layer.tokens[i]!.sentence && !lineBreakBefore(layer, j)) j++;
    let end = j;
    while (end > i + 1 && !p.cap[end - 1]) end--;
    if (p.cap[i]) out.push({ from: i, to: end, type: TYPE_OF[cls] as TagSpan['type'] });
    i = j;
  }
  return out;
}
