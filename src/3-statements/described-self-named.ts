// Stage 3, step 3 (speakers.ts): a speaker phrase that describes a group and gives the name it goes by —
// "The group, which calls itself the Northern Front, said", "a militia calling itself …" — is the
// organisation of that name, not the group noun nor the body named before it. Stage 2 (companies.ts
// addNamedOrganisations) has already made the name an organisation.

import type { Token } from '../types.js';
import { lowerBound } from '../spans.js';
import { WORDS, tokenIs } from './grammar/lexicon.js';
import type { Ctx } from './pronouns.js';
import { GROUP_REFLEXIVES, NAMED_GROUP_NOUNS, SELF_NAMING_VERBS } from '../2-mentions/entities/words.js';

/** How many words the description before the naming verb may have ("a little-known armed group"). */
const MAX_DESCRIPTION_WORDS = 5;

/**
 * The organisation named in the speaker phrase `span` after a group noun and a self-naming verb with
 * "itself" or "themselves" (entity-words.json namedGroupNouns, selfNamingVerbs, groupReflexives),
 * a comma and "which" or "that" between them or not: "The group, which calls itself the Northern
 * Front", "A militia calling itself Red Dawn". Null when the phrase holds no such naming, or the
 * words after the reflexive are not an organisation's name.
 */
export function selfNamedBody(ctx: Ctx, span: { start: number; end: number }): string | null {
  const t = ctx.layer.tokens;
  const first = lowerBound(t, span.start);
  // (The cheap trigger first: a reflexive of a group inside the phrase.)
  let r = first;
  while (r < t.length && t[r]!.start < span.end && !tokenIs(GROUP_REFLEXIVES, t[r]!)) r++;
  if (r >= t.length || t[r]!.start >= span.end || r - first < 2 || !SELF_NAMING_VERBS.has(t[r - 1]!.lower)) return null;
  // (Before the verb: the group noun, then at most a comma and a relative pronoun.)
  let n = r - 2;
  if (n > first && tokenIs(WORDS.relativePronouns, t[n]!)) n--;
  if (n > first && t[n]!.text === ',') n--;
  if (!NAMED_GROUP_NOUNS.has(t[n]!.lower) || n - first >= MAX_DESCRIPTION_WORDS || !describesOnly(t, first, n)) return null;
  // (After the reflexive: the name, "the" before it or not, as the organisation stage 2 made of it.)
  const nameAt = t[r + 1] && tokenIs(WORDS.articles, t[r + 1]!) ? r + 2 : r + 1;
  const m = t[nameAt] ? ctx.names[lowerBound(ctx.names, t[nameAt]!.start)] : undefined;
  if (!m || m.start !== t[nameAt]!.start || m.end > span.end) return null;
  const e = ctx.byKey.get(m.entity);
  return e?.type === 'Organization' ? e.key : null;
}

/** Are the tokens [from, to) a determiner or possessive and lower-case modifiers ("The", "a new", "Their armed")? */
function describesOnly(t: readonly Token[], from: number, to: number): boolean {
  if (from >= to || !(tokenIs(WORDS.articles, t[from]!) || tokenIs(WORDS.possessiveDeterminers3, t[from]!))) return false;
  for (let k = from + 1; k < to; k++) if (!/^[\p{Ll}-]+$/u.test(t[k]!.text)) return false;
  return true;
}
