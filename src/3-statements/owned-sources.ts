// Stage 3, step 3 (speakers): an unnamed source that "its", "their" or "the bank's" ties to an
// organisation named before — "its auditors", "the firm's lawyers" — named for its owner
// ("Harbourline's auditors") and affiliated with it, so that the graph shows whose people spoke; and a
// named person in such a role ("its state secretary, Mick Tannous") affiliated with the owner.

import type { Entity } from '../types.js';
import { headWordOf } from './grammar/noun-phrases.js';
import { lowerBound, indexHolding } from '../spans.js';
import { type Ctx, pronoun } from './pronouns.js';
import { PERSON_NOUNS } from './speaker-names.js';
import { anonymous } from './speaker-phrases.js';
import { WORDS, isWord, tokenIs } from './grammar/lexicon.js';
import { definiteOrganisation } from './organisation-descriptions.js';

/** The pronoun each organisation's possessive stands for. */
const OWNERS: Readonly<Record<string, string>> = { its: 'it', their: 'they' };

/**
 * "its auditors", "their lawyers", "the bank's economists" after an organisation: the unnamed people
 * named "<owner>'s <noun>" and affiliated with it; null when the phrase is no such phrase or the owner
 * is no organisation.
 * ("his supporters" stays as written: a wrong "he" would name a person's people for someone else,
 * and the unnamed group is what the text gives.)
 */
export function ownedSource(ctx: Ctx, phrase: string, at: number, inQuote: boolean, parentSpeaker: string | null, articleId: string, extra: Map<string, Entity>): string | null {
  // ("The bank's economists", "the firm's lawyers": the organisation the description stands for owns them, as "its" does.)
  const described = /^the\s+(\p{Ll}+)['’]s\s+([^,]+)$/iu.exec(phrase.trim());
  const m = described ?? /^(\p{L}+)\s+([^,]+)$/u.exec(phrase.trim());
  const word = m && !described ? OWNERS[m[1]!.toLowerCase()] : undefined;
  if (!m || !(word || described)) return null;
  // (People only: "its statement" is a document, read elsewhere.)
  const head = headWordOf(m[2]!).toLowerCase();
  if (!isWord(PERSON_NOUNS, head) && !isWord(PERSON_NOUNS, head.replace(/s$/, ''))) return null;
  // ("Establishment Republicans and their big-money allies": after "X and", "their" is X's, an organisation only when X names one.)
  const conjunct = word ? coordinatedOwner(ctx, at) : undefined;
  const key = conjunct !== undefined ? conjunct : word ? pronoun(ctx, word, at, inQuote, parentSpeaker) : definiteOrganisation(ctx, `the ${m[1]!}`, at, inQuote ? parentSpeaker : null);
  const e = key ? ctx.byKey.get(key) : undefined;
  if (!e || e.anonymous || e.type !== 'Organization') return null;
  const source = anonymous(`${e.name}${/s$/i.test(e.name) ? "'" : "'s"} ${m[2]!}`, articleId, extra, true);
  const made = source ? extra.get(source) : undefined;
  if (made && !made.affiliations.includes(e.key)) made.affiliations.push(e.key);
  return source;
}

/**
 * "Establishment Republicans and their allies", "Harbor Foods and its suppliers": a possessive that
 * opens a phrase joined to the one before it (grammar.json speakerJoiners) stands for that phrase —
 * the entity named right before the conjunction, or the organisation a description there stands for
 * ("The company and its co-founder"), else null (a group the text does not name); undefined when no
 * conjunction stands before the phrase.
 */
function coordinatedOwner(ctx: Ctx, at: number): string | null | undefined {
  const t = ctx.layer.tokens;
  const k = lowerBound(t, at) - 1;
  if (k < 1 || !tokenIs(WORDS.speakerJoiners, t[k]!)) return undefined;
  const named = ctx.names[lowerBound(ctx.names, t[k - 1]!.end) - 1];
  if (named && named.end === t[k - 1]!.end) return named.entity;
  // ("The company and its co-founder": the organisation the description stands for.)
  const described = k >= 2 && t[k - 2]!.lower === 'the' ? definiteOrganisation(ctx, `the ${t[k - 1]!.lower}`, t[k - 2]!.start, null) : null;
  return described;
}

/**
 * "according to its state secretary, Mick Tannous", "the company's chief executive, Jane Roe": the
 * person a possessed role names (`person`, read by namedAfterRole) is affiliated with the role's
 * owner — the organisation "its"/"their" means, or the one "the <noun>'s" describes — so the graph
 * shows whose person spoke. Returns `person` unchanged.
 */
export function affiliateRoleOwner(ctx: Ctx, role: string, at: number, person: string, inQuote: boolean, parentSpeaker: string | null): string {
  const words = role.trim().split(/\s+/);
  const word = OWNERS[words[0]!.toLowerCase()];
  const possessor = /^the\s+(\p{Ll}+)['’]s$/u.exec(words.slice(0, 2).join(' '))?.[1];
  // ("The Harbour Workers Union will seek talks, according to its state secretary, X": the words
  // before are no narration, so "its" is first the organisation its sentence names before it.)
  const key = word ? (sentenceOrganisation(ctx, at) ?? pronoun(ctx, word, at, inQuote, parentSpeaker)) : possessor ? definiteOrganisation(ctx, `the ${possessor}`, at, parentSpeaker) : null;
  const owner = key ? ctx.byKey.get(key) : undefined;
  const e = ctx.byKey.get(person);
  if (owner && !owner.anonymous && owner.type === 'Organization' && e && !e.affiliations.includes(owner.key)) e.affiliations.push(owner.key);
  return person;
}

/** The first organisation named in the sentence of `at`, before it, or null. */
function sentenceOrganisation(ctx: Ctx, at: number): string | null {
  const { sentences } = ctx.layer;
  const from = sentences[indexHolding(sentences, at)]?.start ?? at;
  for (let k = lowerBound(ctx.names, from); k < ctx.names.length && ctx.names[k]!.start < at; k++) {
    const e = ctx.byKey.get(ctx.names[k]!.entity);
    if (e?.type === 'Organization' && !e.anonymous) return e.key;
  }
  return null;
}
