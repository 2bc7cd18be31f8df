// Stage 3, speakers: "The book recounts …", "the memoir says" — "the" and a noun for a written work
// (entity-words.json writtenWorkNouns) speak for its author when the article named the work as a
// person's a few sentences before: "In her memoir, published on Tuesday, Justice Amara Nwosu writes
// …", "Ruiz's new book". Read before the work becomes an unnamed source of its own.

import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import { lowerBound, indexHolding } from '../spans.js';
import { WORDS, tokenIs } from './grammar/lexicon.js';
import { type Ctx, agrees } from './pronouns.js';

const WRITTEN_WORK_NOUNS: ReadonlySet<string> = new Set(entityWords.writtenWorkNouns.words);

/** How many sentences back the work may have been named as someone's. */
const LOOK_BACK_SENTENCES = 6;

/** The pronoun a personal possessive stands for ("her" → "she"); "its" and "their" name no author. */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { her: 'she', his: 'he' };

/**
 * The author of "the book", "the memoir" (`text`, the speaker's head phrase at `at`): the person whose
 * possessive last owned a written work in the sentences before — "X's memoir", or "her memoir" for the
 * person named before the possessive in its sentence, else the first named after it there ("In her
 * memoir, …, X writes"), when the pronoun agrees; null otherwise.
 */
export function writtenWorkAuthor(ctx: Ctx, text: string, at: number): string | null {
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words.length !== 2 || words[0] !== 'the' || !WRITTEN_WORK_NOUNS.has(words[1]!)) return null;
  const { sentences, tokens } = ctx.layer;
  const here = indexHolding(sentences, at);
  const from = sentences[Math.max(0, here - LOOK_BACK_SENTENCES)]!.tokenStart;
  for (let k = lowerBound(tokens, at) - 1; k > from; k--) {
    if (!WRITTEN_WORK_NOUNS.has(tokens[k]!.lower)) continue;
    // (The owner before the noun, past at most two modifiers: "her new book", "Ruiz's long-awaited memoir".)
    let d = k - 1;
    while (d > k - 3 && d > from && /^(ADJ|NOUN|VERB)$/.test(tokens[d]!.pos) && !tokenIs(WORDS.possessiveDeterminers3, tokens[d]!)) d--;
    const owner = ownerOf(ctx, d);
    if (owner !== undefined) return owner;
  }
  return null;
}

/** The person the token at `d` makes owner ("her", or the name before "'s"); null when it names none that fits, undefined when it is no possessive. */
function ownerOf(ctx: Ctx, d: number): string | null | undefined {
  const { tokens, sentences } = ctx.layer;
  const t = tokens[d]!;
  if (/^['’]s$/.test(t.text)) {
    const m = ctx.names[lowerBound(ctx.names, t.start) - 1];
    const e = m && m.end === t.start ? ctx.byKey.get(m.entity) : undefined;
    return e?.type === 'Person' ? e.key : null;
  }
  const pronoun = POSSESSIVE_PRONOUNS[t.lower];
  if (!pronoun) return undefined;
  const s = sentences[indexHolding(sentences, t.start)]!;
  const people = ctx.narrated.filter((m) => m.start >= s.start && m.end <= s.end && ctx.byKey.get(m.entity)?.type === 'Person');
  const before = people.filter((m) => m.end <= t.start).at(-1);
  const m = before ?? people.find((x) => x.start > t.start);
  const e = m ? ctx.byKey.get(m.entity) : undefined;
  return e && !e.anonymous && agrees(e, pronoun, ctx.sexes?.get(e.key)) ? e.key : null;
}
