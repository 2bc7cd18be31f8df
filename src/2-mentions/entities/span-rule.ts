// Stage 2, named entities: the shape of a span rule, shared by the rule tables that reshape the
// tagger's spans (span-types.ts's SPAN_TYPE_RULES and span-joins.ts's SPAN_JOIN_RULES), and the
// capital-letter, one-space and title-before-"of" tests they use.

import type { Token } from '../../types.js';
import { titleHeads } from './gazetteer.js';
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
  readonly apply: (v: SpanView) => TagSpan | null | undefined;
}

const UPPER_FIRST = /^\p{Lu}/u;

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

/** "Chairman of the | …", "Leader of | …": a capitalised title head, "of" and an optional "the" right before span s, in its sentence — the index of "of", else -1. */
export function titleOfBefore(toks: readonly Token[], prep: Prepared, s: TagSpan): number {
  const of = prep.lower[s.from - 1] === 'the' ? s.from - 2 : s.from - 1;
  const title = toks[of - 1];
  return prep.lower[of] === 'of' && cap(title) && titleHeads.has(title!.lower) && title!.sentence === toks[s.from]!.sentence ? of : -1;
}
