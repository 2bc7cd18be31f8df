// Stage 3, step 3 (speakers.ts): "they" after a group of people the narrator made the subject of the
// sentence before without a report of theirs ("The judges disagreed. “…,” they wrote."): that group,
// kept as an unnamed source, rather than the last organisation or group that spoke before it.

import type { Entity } from '../types.js';
import { indexHolding } from '../spans.js';
import type { Ctx } from './pronouns.js';
import { lastBefore } from './pronouns.js';
import { pluralNoun } from './speaker-names.js';
import { anonymous } from './speaker-phrases.js';

/** Parts of speech that may stand before the head of a group subject ("The three senior judges"). */
const MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN']);

/**
 * The unnamed group "they" (`word` at `at`) means when the sentence before opens with a plain noun
 * phrase headed by a plural noun for people followed by its verb ("The judges disagreed.",
 * "Three paramedics were hurt.") and no source has spoken since that sentence began; else null.
 */
export function narratedGroup(ctx: Ctx, word: string, at: number, articleId: string, extra: Map<string, Entity>): string | null {
  if (word.trim().toLowerCase() !== 'they') return null;
  const { sentences, text } = ctx.layer;
  const si = indexHolding(sentences, at);
  const before = sentences[si - 1];
  if (si < 1 || !before) return null;
  if ((lastBefore(ctx.history, at, () => true)?.offset ?? -1) >= before.start || nounBefore(ctx, sentences[si]!.start, at)) return null;
  const phrase = groupSubject(ctx, before.start, before.end);
  return phrase ? anonymous(text.slice(phrase[0], phrase[1]), articleId, extra, true) : null;
}

/** The span of a subject that opens the stretch: lower-case modifiers, a plural noun for people, then a verb; null otherwise. */
function groupSubject(ctx: Ctx, start: number, end: number): [number, number] | null {
  const { tokens } = ctx.layer;
  let k = indexHolding(tokens, start);
  if (tokens[k]?.start !== start) return null;
  const first = k;
  while (k < tokens.length && tokens[k]!.end <= end && MODIFIER_POS.has(tokens[k]!.pos) && (k === first || /^\p{Ll}/u.test(tokens[k]!.text))) {
    const next = tokens[k + 1];
    const w = tokens[k]!.text.toLowerCase();
    if (tokens[k]!.pos === 'NOUN' && pluralNoun(w) && next && /^(VERB|AUX)$/.test(next.pos)) return [start, tokens[k]!.end];
    k++;
  }
  return null;
}

/**
 * Does another antecedent stand between `from` and the pronoun at `at`, outside quotation marks: a
 * name or a plural noun for people ("So many critics … that they"; not "Within marriages, they")?
 */
function nounBefore(ctx: Ctx, from: number, at: number): boolean {
  const { tokens, quotations } = ctx.layer;
  const quoted = (x: number) => quotations.some((q) => q.start <= x && x < q.end);
  for (let k = indexHolding(tokens, from); k >= 0 && k < tokens.length && tokens[k]!.start < at; k++) {
    const t = tokens[k]!;
    if (t.start >= from && (t.pos === 'PROPN' || (t.pos === 'NOUN' && pluralNoun(t.text.toLowerCase()))) && !quoted(t.start)) return true;
  }
  return false;
}
