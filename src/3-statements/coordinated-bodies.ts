// Stage 3, speakers: "the company and the union said" — two descriptions of bodies joined by "and"
// speak together. Each stands for the body it would stand for alone (organisation-descriptions.ts),
// or, in a lead that names its sources after the report, for the first body named in the next
// paragraphs whose name holds its noun; the speaker is the pair, affiliated with both.

import type { Entity } from '../types.js';
import { lowerBound, paragraphOf } from '../spans.js';
import { WORDS, isWord } from './grammar/lexicon.js';
import { insideQuotation } from './grammar/quotes.js';
import type { Ctx } from './pronouns.js';
import { definiteOrganisation } from './organisation-descriptions.js';

/** How many paragraphs after a lead's description its body may be named first. */
const NAMED_AFTER_REACH = 2;

/** The paragraphs that open an article (a headline and the lead), where a source may be named after its report. */
const LEAD_PARAGRAPHS = 2;

/**
 * The pair "the company and the union" (`text`, at `at`) stands for, as an organisation named for
 * both ("Kgosi Platinum and Mineworkers Union") and affiliated with each; null when a part is no
 * "the <noun>", or either finds no body, or both find the same one.
 */
export function coordinatedBodies(ctx: Ctx, text: string, at: number, notSpeaker: string | null, extra: Map<string, Entity>): string | null {
  const words = text.trim().split(/\s+/);
  if (words.length !== 5 || !isWord(WORDS.speakerJoiners, words[2]!)) return null;
  const parts = [words.slice(0, 2), words.slice(3)];
  if (!parts.every((p) => /^the$/i.test(p[0]!) && /^\p{Ll}+$/u.test(p[1]!))) return null;
  const second = at + text.indexOf(words[3]!, text.indexOf(` ${words[2]!} `));
  const a = definiteOrganisation(ctx, parts[0]!.join(' '), at, notSpeaker) ?? namedAfterHolding(ctx, parts[0]![1]!, at, null);
  const b = definiteOrganisation(ctx, parts[1]!.join(' '), second, notSpeaker) ?? namedAfterHolding(ctx, parts[1]![1]!, at, a);
  const ea = a ? ctx.byKey.get(a) : undefined;
  const eb = b ? ctx.byKey.get(b) : undefined;
  if (!ea || !eb || ea.key === eb.key || ea.anonymous || eb.anonymous) return null;
  const name = `${ea.name} and ${eb.name}`;
  const key = `Organization/${name}`;
  if (!extra.has(key)) extra.set(key, { key, name, type: 'Organization', aliases: [], roles: [], affiliations: [ea.key, eb.key] });
  return key;
}

/**
 * In the lead, the first organisation narrated after `at` (in its paragraph or the next two) whose name
 * holds `noun` ("the union" for the Association of Mineworkers and Construction Union), not `other`;
 * null elsewhere or when there is none.
 */
function namedAfterHolding(ctx: Ctx, noun: string, at: number, other: string | null): string | null {
  const here = paragraphOf(ctx.layer.sentences, at);
  if (here > LEAD_PARAGRAPHS) return null;
  for (let k = lowerBound(ctx.names, at); k < ctx.names.length; k++) {
    const m = ctx.names[k]!;
    if (paragraphOf(ctx.layer.sentences, m.start) > here + NAMED_AFTER_REACH) return null;
    if ((m.kind !== 'name' && m.kind !== 'acronym') || insideQuotation(ctx.layer, m.start) || m.entity === other) continue;
    const e = ctx.byKey.get(m.entity);
    if (e?.type === 'Organization' && e.name.toLowerCase().split(/\s+/).includes(noun)) return e.key;
  }
  return null;
}
