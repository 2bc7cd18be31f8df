// Stage 3, step 3 (speakers): an unnamed source that "its" or "their" ties to an organisation named
// before — "its auditors", "their lawyers" — named for its owner ("Harbourline's auditors") and
// affiliated with it, so that the graph shows whose people spoke. resolveSpeakers (speakers.ts)
// tries it before keeping the phrase as written.

import type { Entity } from '../types.js';
import { headWordOf } from './grammar/noun-phrases.js';
import { type Ctx, pronoun } from './pronouns.js';
import { PERSON_NOUNS } from './speaker-names.js';
import { anonymous } from './speaker-phrases.js';
import { isWord } from './grammar/lexicon.js';

/** The pronoun each organisation's possessive stands for. */
const OWNERS: Readonly<Record<string, string>> = { its: 'it', their: 'they' };

/**
 * "its auditors", "their lawyers" after an organisation: the unnamed people named "<owner>'s <noun>"
 * and affiliated with it; null when the phrase is no such phrase or the owner is no organisation.
 * ("his supporters" stays as written: a wrong "he" would name a person's people for someone else,
 * and the unnamed group is what the text gives.)
 */
export function ownedSource(ctx: Ctx, phrase: string, at: number, inQuote: boolean, parentSpeaker: string | null, articleId: string, extra: Map<string, Entity>): string | null {
  const m = /^(\p{L}+)\s+([^,]+)$/u.exec(phrase.trim());
  const word = m ? OWNERS[m[1]!.toLowerCase()] : undefined;
  if (!m || !word) return null;
  // (People only: "its statement" is a document, read elsewhere.)
  const head = headWordOf(m[2]!).toLowerCase();
  if (!isWord(PERSON_NOUNS, head) && !isWord(PERSON_NOUNS, head.replace(/s$/, ''))) return null;
  const key = pronoun(ctx, word, at, inQuote, parentSpeaker);
  const e = key ? ctx.byKey.get(key) : undefined;
  if (!e || e.anonymous || e.type !== 'Organization') return null;
  const source = anonymous(`${e.name}${/s$/i.test(e.name) ? "'" : "'s"} ${m[2]!}`, articleId, extra, true);
  const made = source ? extra.get(source) : undefined;
  if (made && !made.affiliations.includes(e.key)) made.affiliations.push(e.key);
  return source;
}
