// Stage 3, step 3 (organisation-descriptions.ts): the public bodies "the agency", "the department",
// "the central bank" stand for — the organisations narrated before a description, nearest first, and
// the tests that make one a government body: a typed one, a government head and "of", or a field of
// government and the country's name ("Statistics Canada", "Transport Canada").

import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import type { Entity } from '../types.js';
import { lowerBound, paragraphOf, indexHolding } from '../spans.js';
import { WORDS, isWord, tokenIs } from './grammar/lexicon.js';
import { insideQuotation } from './grammar/quotes.js';
import type { Ctx } from './pronouns.js';
import { heardAsOutlet } from './heard-outlets.js';
import { bySurface, phraseTokens } from '../2-mentions/entities/gazetteer.js';
import { COMPANY_HEADS } from '../2-mentions/entities/words.js';

/** How many paragraphs back an organisation whose name ends in the noun of "the service" may have been named. */
export const NAMED_BY_HEAD_REACH = 3;

/**
 * "the central bank", "the reserve bank": the nearest organisation named before (a few paragraphs
 * back at most) whose name holds the noun and the modifier ("European Central Bank", "Reserve Bank
 * of Fiji") or is the noun "of" a place ("Bank of Korea", "Bank of Ghana"); else null.
 */
export function publicBank(ctx: Ctx, modifier: string, noun: string, at: number, notSpeaker: string | null): string | null {
  const here = paragraphOf(ctx.layer.sentences, at);
  for (const { m, e } of narratedOrganisationsBefore(ctx, at, notSpeaker)) {
    if (here - paragraphOf(ctx.layer.sentences, m.start) > NAMED_BY_HEAD_REACH) return null;
    const words = e.name.toLowerCase().split(/\s+/);
    if (words.includes(noun) && (words.includes(modifier) || (words[0] === noun && isWord(WORDS.of, words[1] ?? '') && words.length > 2))) return e.key;
  }
  return null;
}

/**
 * The government body the narration last named before `at` (not inside a quotation) for "the
 * agency", "the regulator" (`noun`): one typed so, or of no known kind with a government head and
 * "of", or with a last word `bodyKindNouns` gives the noun ("the agency" for the National Weather
 * Service), or named by a field and the country (countryNamed: "Statistics Canada"); for an international noun, an international organisation too ("the agency" for the
 * WHO); else null.
 */
export function lastGovernmentBody(ctx: Ctx, at: number, notSpeaker: string | null, noun: string): string | null {
  const international = INTERNATIONAL_BODY_NOUNS.has(noun);
  const heads = BODY_KIND_NOUNS.get(noun) ?? [];
  for (const { e } of narratedOrganisationsBefore(ctx, at, notSpeaker)) {
    if (e.subtype === 'government-body' || (international && e.subtype === 'international-organization')) return e.key;
    if (e.subtype === undefined && (governmentHeadFirst(e.name) || heads.includes(e.name.split(/\s+/).at(-1)!.toLowerCase()) || countryNamed(e.name))) return e.key;
  }
  return null;
}

/**
 * Does a body's name hold a government body's head and "of" ("Ministry of Transport", "Department of
 * Health", after a state's or country's name too: "Washington State Department of Health", "U.S.
 * Department of Agriculture"), which stage 2 may leave of no known kind?
 */
function governmentHeadFirst(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.some((w, i) => i + 2 < words.length && GOVERNMENT_HEADS.has(w) && isWord(WORDS.of, words[i + 1]!));
}

const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(entityWords.organisationSubtypeHeads['government-body']);

/** The organisations named (by name or acronym) before `at` in narration, not inside a quotation, nearest first; `notSpeaker` left out. */
export function* narratedOrganisationsBefore(ctx: Ctx, at: number, notSpeaker: string | null): Generator<{ m: Ctx['names'][number]; e: Entity }> {
  const sentenceStart = ctx.layer.sentences[indexHolding(ctx.layer.sentences, at)]?.start ?? 0;
  for (let k = lowerBound(ctx.names, at) - 1; k >= 0; k--) {
    const m = ctx.names[k]!;
    if ((m.kind !== 'name' && m.kind !== 'acronym') || insideQuotation(ctx.layer, m.start)) continue;
    // ("In a filing to the Amman Stock Exchange, the company said": the body addressed in the same
    // sentence is not the company, nor one the company owns there — "posted on its Facebook page";
    // nor, anywhere before, an outlet a person spoke to: "Speaking to the BBC's Today programme, she said".)
    if (m.start >= sentenceStart && (addressed(ctx, m.start) || ownedBySubject(ctx, m.start))) continue;
    if (heardAsOutlet(ctx.layer, ctx.names, ctx.byKey, m.start)) continue;
    const e = ctx.byKey.get(m.entity);
    if (e && e.type === 'Organization' && e.key !== notSpeaker) yield { m, e };
  }
}

/** Does the name at offset `start` follow an addressee's preposition ("to", "with", "before"), with or without "the"? */
function addressed(ctx: Ctx, start: number): boolean {
  const t = ctx.layer.tokens;
  let k = lowerBound(t, start) - 1;
  if (k >= 0 && tokenIs(WORDS.articles, t[k]!)) k--;
  return k >= 0 && tokenIs(WORDS.addresseePrepositions, t[k]!);
}

/** Does the name at offset `start` follow "its" or "their" ("on its Facebook page")? */
function ownedBySubject(ctx: Ctx, start: number): boolean {
  const t = ctx.layer.tokens;
  const k = lowerBound(t, start) - 1;
  return k >= 0 && tokenIs(WORDS.bodyPossessives, t[k]!);
}

/**
 * "Statistics Canada released … The agency said", "the weather agency" for Environment Canada: for
 * "the" and a noun of countryNamedBodyNouns (`words`, lower case), alone or after one lower-case word
 * that names no trade or medium ("the news agency" is an outlet), the nearest organisation narrated a
 * few paragraphs back that is a government body or of no known kind and named by a field and the
 * country (countryNamed); else null.
 */
export function countryNamedBody(ctx: Ctx, words: readonly string[], at: number, notSpeaker: string | null): string | null {
  const noun = words.at(-1)!;
  if (!COUNTRY_NAMED_BODY_NOUNS.has(noun) || words.length > 3 || (words.length === 3 && (COMPANY_HEADS.has(words[1]!) || NOT_PUBLIC_MODIFIERS.has(words[1]!)))) return null;
  const here = paragraphOf(ctx.layer.sentences, at);
  for (const { m, e } of narratedOrganisationsBefore(ctx, at, notSpeaker)) {
    if (here - paragraphOf(ctx.layer.sentences, m.start) > NAMED_BY_HEAD_REACH) return null;
    if ((e.subtype === undefined || e.subtype === 'government-body') && countryNamed(e.name)) return e.key;
  }
  return null;
}

/**
 * Is the name a field of government and a country's name, its last word ("Statistics Canada",
 * "Immigration, Refugees and Citizenship Canada"), with no company's head, carrier's word or sport
 * before it ("Husky Energy Canada", "Air Canada", "Hockey Canada" are a firm, an airline, a federation)?
 */
function countryNamed(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(words[0]!)) return false;
  if (bySurface.get(phraseTokens(words.at(-1)!).join(' '))?.kind !== 'country') return false;
  return !words.slice(0, -1).some((w) => COMPANY_HEADS.has(w.toLowerCase()) || NOT_GOVERNMENT_FIELDS.has(w.toLowerCase()));
}

const COUNTRY_NAMED_BODY_NOUNS: ReadonlySet<string> = new Set(entityWords.countryNamedBodyNouns.words);
/** Modifiers that make "the … agency" a trade or a medium: "the news agency", "the press agency", "the advertising firm". */
const NOT_PUBLIC_MODIFIERS: ReadonlySet<string> = new Set([...entityWords.organisationSubtypeHeads.media, ...entityWords.companyNouns, ...entityWords.firmKindNouns]);
/** Words that make "<word> <Country>" no government body: a mode of transport or an airline's word ("Air Canada"), a sport ("Cycling Canada"). */
const NOT_GOVERNMENT_FIELDS: ReadonlySet<string> = new Set([...entityWords.carrierModeWords.words, ...entityWords.carrierNameEnds.words, ...entityWords.sportBodyOpeners.words]);
const INTERNATIONAL_BODY_NOUNS: ReadonlySet<string> = new Set(entityWords.internationalBodyNouns);
export const BODY_KIND_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(entityWords.bodyKindNouns));
