// Stage 3, speakers: a title's noun for the person named with the title. "Dr. Kiran Bhatia-Lowe said …
// “…,” the doctor said": news take up a person named with an abbreviated title ("Dr.", "Prof.", "Sgt.")
// by the noun the title abbreviates, as "the senator" takes up "Sen. X" (entity-words.json
// titleRoleNouns). Stage 2 records "Dr." as a form of address, no role, so role nouns never reach it.

import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import { indexHolding, lowerBound } from '../spans.js';
import { roleHolders } from '../2-mentions/coreference.js';
import type { Ctx } from './pronouns.js';

/** Titles as written before a name (lower case, no full stop) and the noun each abbreviates ("dr" → doctor). */
const TITLE_NOUNS: Readonly<Record<string, string>> = entityWords.titleRoleNouns;

/** How many sentences back the titled name may stand. */
const REACH_SENTENCES = 6;

/** The noun a title before a name abbreviates ("Dr." → doctor), or undefined. */
export function titleNoun(title: string): string | undefined {
  const key = title.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(TITLE_NOUNS, key) ? TITLE_NOUNS[key] : undefined;
}

/**
 * "the doctor" (`headText` at `at`): the last person before it, within six sentences, named right
 * after a title that abbreviates the noun ("Dr. Kiran Bhatia-Lowe"); null when the phrase is not
 * "the" and one such noun, or no one fits.
 */
export function titledAntecedent(ctx: Ctx, headText: string, at: number, notSpeaker: string | null): string | null {
  const w = headText.trim().split(/\s+/);
  if (w.length !== 2 || !/^the$/i.test(w[0]!) || !Object.values(TITLE_NOUNS).includes(w[1]!)) return null;
  // (A holder of the office stage 2 recorded goes first, by the role rules: "the senator" for the
  // "Sen. Elizabeth Warren" named last by her surname, not a "Sen. Bernie Sanders" named with the title since.)
  if (roleHolders(headText, ctx.mentions.entities, ctx.names, at).length) return null;
  const { tokens, sentences } = ctx.layer;
  const first = Math.max(0, indexHolding(sentences, at) - REACH_SENTENCES);
  for (let k = lowerBound(ctx.names, at) - 1; k >= 0 && ctx.names[k]!.start >= sentences[first]!.start; k--) {
    const m = ctx.names[k]!;
    const e = m.kind === 'name' ? ctx.byKey.get(m.entity) : undefined;
    if (!e || e.type !== 'Person' || e.anonymous || e.key === notSpeaker) continue;
    const before = tokens[lowerBound(tokens, m.start) - 1];
    // ("Dr." may be one token or "Dr" and ".".)
    const title = before?.text === '.' ? tokens[lowerBound(tokens, m.start) - 2] : before;
    if (title && titleNoun(title.text) === w[1]) return e.key;
  }
  return null;
}
