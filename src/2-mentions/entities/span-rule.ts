// Stage 2, named entities: the shape of a span rule, shared by the rule tables that reshape the
// tagger's spans (span-types.ts's SPAN_TYPE_RULES and span-joins.ts's SPAN_JOIN_RULES), and the
// capital-letter, one-space and title-before-"of" tests they use, and the end of a body's "of" phrase.

import type { Token } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { titleHeads } from './gazetteer.js';
import { HEADLINE_VERBS, ORGANISATION_OF_HEADS, ORGANISATION_TAIL_CONNECTORS, ORGANISATION_TAIL_OPENERS } from './words.js';
import type { Prepared, TagSpan } from './tagger.js';

/** What a span rule sees: the tokens, the tagger's per-token facts, all spans, and the one at `k`. */
export interface SpanView {
  /** The article's text ('' when a test gives tokens alone): what stands between two tokens. */
  text: string;
  toks: readonly Token[];
  prep: Prepared;
  spans: readonly TagSpan[];
  k: number;
}

/** One span rule: an id, a one-line reason, an example, and `apply` — the span it makes (null: none), or undefined when it does not apply. */
export interface SpanTypeRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  /** The span types `apply` can answer for; absent: every type. retypeSpans calls it for spans of these only, so `apply` does not test the span's type against them again (it may tell these types apart). */
  readonly types?: readonly TagSpan['type'][];
  readonly apply: (v: SpanView) => TagSpan | null | undefined;
}

/** The types a tagger span may have. */
const SPAN_TYPES: readonly TagSpan['type'][] = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * The rules that may apply to a span of each type, in the table's order: a rule's `types`, or every
 * type when it names none. Most rules leave a span at their first test, of its type; calling only these
 * spares retypeSpans ≈40% of its rule calls, which run unoptimised (docs/corpus.md, session 29).
 */
export function rulesByType(rules: readonly SpanTypeRule[]): Readonly<Record<TagSpan['type'], readonly SpanTypeRule[]>> {
  const out: Record<TagSpan['type'], SpanTypeRule[]> = { PER: [], ORG: [], LOC: [], MISC: [] };
  for (const r of rules) for (const t of SPAN_TYPES) if (!r.types || r.types.includes(t)) out[t].push(r);
  return out;
}

const UPPER_FIRST = /^\p{Lu}/u;
/** Month and weekday names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/** Gazetteer tags that open a place's entry (gazetteer.ts kinds: a country, capital, city, US state, region or continent). */
export const PLACE_GAZ = /^B-(country|capital|city|us-state|region|continent)$/;

/** Are tokens from..to exactly one gazetteer entry whose opening tag `opens` matches ("B-country": "Sri Lanka")? */
export function wholeGazetteerEntry(prep: Prepared, from: number, to: number, opens: RegExp): boolean {
  if (!opens.test(prep.gaz[from] ?? '') || (prep.gaz[to] ?? '').startsWith('I-')) return false;
  for (let i = from + 1; i < to; i++) if (!(prep.gaz[i] ?? '').startsWith('I-')) return false;
  return true;
}

/** A word that is neither an English word nor the plural of one (wink's lexicon): "halvorsen", not "daily" or "rovers". */
export const surnameLike = (lower: string): boolean => !isLexicalWord(lower) && !(lower.endsWith('s') && isLexicalWord(lower.slice(0, -1)));

// The spans array spanAt answers from an index while retypeSpans runs its type rules (which leave the
// array as it is), and the index: for each token, 1 + the position of the first span that holds it, 0
// for none. Without it spanAt scanned every span of the article, up to four times a span and rule.
let indexed: readonly TagSpan[] | null = null;
let holder = new Int32Array(0);

/** Answers spanAt for `spans` from an index of its `tokenCount` tokens, until forgetSpanIndex: `spans` must not change meanwhile. */
export function indexSpans(spans: readonly TagSpan[], tokenCount: number): void {
  holder = new Int32Array(tokenCount);
  // (From the last span back, so that the first span holding a token is the one left, as find's.)
  for (let k = spans.length - 1; k >= 0; k--) {
    const s = spans[k]!;
    for (let i = Math.max(s.from, 0); i < s.to && i < tokenCount; i++) holder[i] = k + 1;
  }
  indexed = spans;
}

/** Drops the index indexSpans made. */
export function forgetSpanIndex(): void {
  indexed = null;
  holder = new Int32Array(0);
}

/** The span that holds token i, if any (the first in the array). */
export function spanAt(spans: readonly TagSpan[], i: number): TagSpan | undefined {
  if (spans === indexed && i >= 0 && i < holder.length) {
    const k = holder[i]!;
    return k === 0 ? undefined : spans[k - 1];
  }
  return spans.find((x) => x.from <= i && i < x.to);
}

/** Does the token start with a capital letter (/^\p{Lu}/u)? An ASCII first letter is answered without the expression. */
export function cap(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(t.text);
}

/**
 * Is exactly one space between tokens a and b? With no text (tests giving tokens alone), one
 * character between them. A line break between two names starts another name: two rows of a
 * results column, a heading over its lead.
 */
export function oneSpaceBetween(v: SpanView, a: Token, b: Token): boolean {
  return v.text ? v.text.slice(a.end, b.start) === ' ' : b.start === a.end + 1;
}

/** "Chairman of the | …", "Leader of | …": a capitalised title head, "of" (or, with `orFor`, "for") and an optional "the" right before span s, in its sentence — the index of "of", else -1. */
export function titleOfBefore(toks: readonly Token[], prep: Prepared, s: TagSpan, orFor = false): number {
  const of = prep.lower[s.from - 1] === 'the' ? s.from - 2 : s.from - 1;
  const title = toks[of - 1];
  return (prep.lower[of] === 'of' || (orFor && prep.lower[of] === 'for')) && cap(title) && titleHeads.has(title!.lower) && title!.sentence === toks[s.from]!.sentence ? of : -1;
}

/** The end of a capitalised "of/for/on" phrase after an organisation's head word ("Commission | on Presidential Debates"), or -1; a date, a person or a title ends it (a title's word inside a span the tagger read as an organisation, no name after it, does not: "… and Administrative Justice"). */
export function organisationTailEnd(v: SpanView, s: TagSpan): number {
  const { toks, prep, spans } = v;
  const sentence = toks[s.from]!.sentence;
  // (A word the tagger read as a person's counts when it is an English word: "Panel on Climate | Change".)
  // (A title's head word counts inside a name the tagger read as an organisation's, with no capitalised word after it, a
  // person's name: "Commission on Human Rights and | Administrative Justice", not "University of Chicago and Professor Knittel".)
  const fieldTitle = (j: number) => spanAt(spans, j)?.type === 'ORG' && !(cap(toks[j + 1]) && toks[j + 1]!.sentence === sentence);
  const nameWord = (j: number) => j < toks.length && toks[j]!.sentence === sentence && cap(toks[j]) && !CALENDAR_WORDS.has(prep.lower[j]!) && (!titleHeads.has(prep.lower[j]!) || fieldTitle(j)) && (spanAt(spans, j)?.type !== 'PER' || !surnameLike(prep.lower[j]!));
  let end = -1;
  for (let j = s.to + 1; j < toks.length; j++) {
    if (nameWord(j)) end = j + 1;
    else if (!(ORGANISATION_TAIL_CONNECTORS.has(prep.lower[j]!) && nameWord(j + 1))) break;
  }
  return end;
}

/**
 * A name from..to that holds an organisation's head word and its capitalised "of/for/on" phrase up to
 * its end ("Institute for Public Policy"), cut before more capitalised words of that phrase or before
 * "and" or "&" and capitalised words ("| Research and Analysis"): the end of the phrase over them
 * (organisationTailEnd), or -1. A phrase that closes with a head word of its own after an "and" names
 * another body ("… and Harlow Foundation"), and so does a name the gazetteer knows ("… and Google").
 */
export function organisationPhraseEnd(v: SpanView, from: number, to: number): number {
  const { toks, prep } = v;
  let head = -1;
  for (let i = from; i < to - 2 && head < 0; i++) if (cap(toks[i]) && ORGANISATION_OF_HEADS.has(prep.lower[i]!) && ORGANISATION_TAIL_OPENERS.has(prep.lower[i + 1]!)) head = i;
  if (head < 0 || !cap(toks[to - 1])) return -1;
  for (let i = head + 2; i < to; i++) if (!cap(toks[i]) && !ORGANISATION_TAIL_CONNECTORS.has(prep.lower[i]!)) return -1;
  // (From the name's last word on, as if it opened the phrase: the words right after it count.)
  const end = organisationTailEnd(v, { from, to: to - 1, type: 'ORG' });
  // (Nor a name the gazetteer knows: "the Ministry of Fisheries and Google"; nor a headline's verb: "… Board Of Election Finds".)
  for (let i = to; i < end; i++) if (prep.gaz[i] || HEADLINE_VERBS.has(prep.lower[i]!)) return -1;
  return end > to && !ORGANISATION_OF_HEADS.has(prep.lower[end - 1]!) ? end : -1;
}
