// Stage 3, step 3 (speakers.ts): a definite description that mentions again a person the story
// named — "the archbishop" after "The Archbishop of Kenya, the Most Rev. Joseph Mwangangi", "the
// Jordanian-born surgeon, 52" after "Dr. Amal Haddad" — when exactly one named person fits it.

import type { Entity } from '../types.js';
import { titleHeads } from '../2-mentions/entities/gazetteer.js';
import { lowerBound, lowerBoundBy, paragraphOf } from '../spans.js';
import { WORDS, isWord, tokenIs } from './grammar/lexicon.js';
import { insideQuotation } from './grammar/quotes.js';
import type { Ctx } from './pronouns.js';
import { pluralNoun } from './speaker-names.js';

/**
 * The person a definite description of one person (`head`: "the" and up to three modifiers before a
 * noun for a person or a title, grammar.json personNouns, titles.json heads) at `at` mentions again,
 * or null. Outside quotations only, two readings, each when exactly one person fits:
 * - `noun-in-description`: the noun stood before, outside quotation marks, in a sentence that named
 *   one person ("The Anglican Archbishop of Kenya, the Most Rev. Joseph Mwangangi, urged …" → "the
 *   archbishop");
 * - `sole-named-person`: an epithet — a hyphenated modifier, or an age after the head (`span`: "The
 *   Jordanian-born surgeon, 52") — for the one person the story has named so far (two named doctors
 *   leave "the surgeon" unresolved).
 */
export function describedNamedPerson(ctx: Ctx, head: string, span: string, at: number, inQuote: boolean): string | null {
  if (inQuote) return null;
  const words = head.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || !/^the$/i.test(words[0]!)) return null;
  const noun = words.at(-1)!;
  if (!/^\p{L}+$/u.test(noun) || pluralNoun(noun.toLowerCase()) || !(isWord(WORDS.personNouns, noun) || titleHeads.has(noun.toLowerCase()))) return null;
  const described = personsDescribedAs(ctx, noun.toLowerCase(), at);
  if (described.size === 1) return [...described][0]!;
  if (described.size > 1) return null;
  const epithet = words.slice(1, -1).some((w) => /^\p{L}+-\p{L}+$/u.test(w)) || /^[^,]*,\s*\d{2}\b/u.test(span);
  if (!epithet) return null;
  const named = personsIn(ctx, 0, at);
  return named.size === 1 ? [...named][0]! : null;
}

/**
 * The persons `noun` stood as a title or appositive of before `at`, outside quotation marks: a name
 * after it past title words only — capitalised words, "of", "the", commas, abbreviations ("Archbishop
 * of Kenya, the Most Rev. | Joseph Mwangangi") — or a name right before ", the … noun" ("Joseph
 * Mwangangi, the archbishop").
 */
function personsDescribedAs(ctx: Ctx, noun: string, at: number): Set<string> {
  const { tokens } = ctx.layer;
  const found = new Set<string>();
  for (let k = 0; k < tokens.length && tokens[k]!.start < at; k++) {
    if (tokens[k]!.lower !== noun || insideQuotation(ctx.layer, tokens[k]!.start)) continue;
    const after = personAfterTitle(ctx, k + 1, at);
    if (after) found.add(after);
    const before = personBeforeAppositive(ctx, k);
    if (before) found.add(before);
  }
  return found;
}

/** How many tokens of title words may stand between a title's noun and the name. */
const TITLE_SPAN = 10;

/** The person whose name starts within TITLE_SPAN tokens from token k, past title words only, or null. */
function personAfterTitle(ctx: Ctx, k: number, at: number): string | null {
  const { tokens } = ctx.layer;
  for (let n = k; n < tokens.length && n < k + TITLE_SPAN && tokens[n]!.start < at; n++) {
    const t = tokens[n]!;
    const m = ctx.names[lowerBound(ctx.names, t.start)];
    if (m && m.start === t.start) {
      const e = ctx.byKey.get(m.entity);
      if (m.kind === 'name' && e?.type === 'Person' && !e.anonymous) return e.key;
    }
    if (!(/^\p{Lu}/u.test(t.text) || t.text === ',' || t.text === '.' || tokenIs(WORDS.of, t) || tokenIs(WORDS.articles, t))) return null;
  }
  return null;
}

/** The person named right before ", the (words) noun" whose noun is token k, or null. */
function personBeforeAppositive(ctx: Ctx, k: number): string | null {
  const { tokens } = ctx.layer;
  let n = k - 1;
  while (n > 0 && k - n <= 3 && !tokenIs(WORDS.articles, tokens[n]!) && tokens[n]!.text !== ',') n--;
  if (n < 1 || !tokenIs(WORDS.articles, tokens[n]!) || tokens[n - 1]!.text !== ',') return null;
  const m = ctx.names[lowerBound(ctx.names, tokens[n - 1]!.start) - 1];
  const e = m ? ctx.byKey.get(m.entity) : undefined;
  return m && m.end === tokens[n - 2]?.end && m.kind === 'name' && e?.type === 'Person' && !e.anonymous ? e.key : null;
}

/** The keys of the persons named (by a name, not a pronoun or role) in [start, end). */
function personsIn(ctx: Ctx, start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (let k = lowerBound(ctx.names, start); k < ctx.names.length && ctx.names[k]!.start < end; k++) {
    const m = ctx.names[k]!;
    const e: Entity | undefined = ctx.byKey.get(m.entity);
    if (m.kind === 'name' && e?.type === 'Person' && !e.anonymous) out.add(e.key);
  }
  return out;
}

/** How many paragraphs back an unnamed source may have spoken for "the official" to be it again. */
const SAME_SOURCE_REACH = 2;

/**
 * "A senior official said … The official said …": "the" and a singular noun for a person (`head`, at
 * `at`) that no named person holds as a role is the unnamed source of that head noun who spoke last,
 * a paragraph or two before at most ("a senior official", "another official"); null otherwise.
 */
export function sameUnnamedSource(ctx: Ctx, head: string, at: number, inQuote: boolean): string | null {
  const words = head.trim().split(/\s+/);
  if (inQuote || words.length !== 2 || !/^the$/i.test(words[0]!)) return null;
  const noun = words[1]!;
  if (!/^\p{Ll}+$/u.test(noun) || pluralNoun(noun) || !isWord(WORDS.personNouns, noun)) return null;
  const here = paragraphOf(ctx.layer.sentences, at);
  for (let k = lowerBoundBy(ctx.history, at, (h) => h.offset) - 1; k >= 0; k--) {
    const h = ctx.history[k]!;
    if (here - paragraphOf(ctx.layer.sentences, h.offset) > SAME_SOURCE_REACH) return null;
    const e = ctx.extra?.get(h.entity);
    if (e?.anonymous && e.type === 'Person' && e.name.toLowerCase().split(/\s+/).at(-1) === noun) return e.key;
  }
  return null;
}
