// Stage 3, speakers: a nationality used as a noun for a person the story named ("Oscar Reyes won.
// … the Australian said", "the Briton", "the 24-year-old Spaniard", "the Frenchman"). It stands for
// the last person the story gave that nationality ("Australian Oscar Reyes", "Spain's Ana Ruiz",
// "Ana Ruiz (Spain)"), else the person a description points back to ("the 24-year-old"), unless
// the story gave that person another nationality. Demonyms from the gazetteer and
// entity-words.json demonymNouns.

import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import { bySurface, phraseTokens } from '../2-mentions/entities/gazetteer.js';
import type { Mention } from '../types.js';
import { lowerBound } from '../spans.js';
import { type Ctx, personAntecedent } from './pronouns.js';

/** Nouns for a person of a nation that differ from its adjective ("Briton", "Spaniard"), with the country's gazetteer name. */
const DEMONYM_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries(entityWords.demonymNouns));

/** The key of the country (or region) a capitalised word names or describes ("Australia", "Australian", "Briton"), or null. */
export function countryOfWord(word: string): string | null {
  const noun = DEMONYM_NOUNS.get(word);
  if (noun) return `Place/${noun}`;
  const e = bySurface.get(phraseTokens(word).join(' '));
  if (!e) return null;
  if (e.kind === 'country') return `Place/${e.name}`;
  return e.kind === 'demonym' ? (e.country ?? null) : null;
}

/**
 * The country a speaker phrase describes a person by: "the", an age or lower-case modifiers, and a
 * demonym that is a noun for one person ("the Australian", "the 24-year-old Spaniard"); null for a
 * nation's people ("the French", "the Chinese", "the Australians") and anything else.
 */
export function demonymDescription(text: string): string | null {
  const w = text.trim().split(/\s+/);
  if (w.length < 2 || w.length > 4 || !/^the$/i.test(w[0]!)) return null;
  if (!w.slice(1, -1).every((x) => /^\S+-years?-old$/i.test(x) || /^\p{Ll}[\p{Ll}-]*$/u.test(x))) return null;
  const noun = w.at(-1)!;
  if (DEMONYM_NOUNS.has(noun)) return countryOfWord(noun);
  // (An adjective that is no noun for one person names a nation's people: "the French", "the Dutch", "the Swiss".)
  if (!/^\p{Lu}\p{Ll}+$/u.test(noun) || /(?:s|sh|ch|ese)$/.test(noun)) return null;
  const e = bySurface.get(phraseTokens(noun).join(' '));
  return e?.kind === 'demonym' ? (e.country ?? null) : null;
}

/**
 * The country the text right around a name gives its person: a demonym or a country's name before
 * it, with a possessive or up to two lower-case words ("Australian Oscar Reyes", "Spain's Ana
 * Ruiz", "Australian driver Oscar Reyes"), or a country in brackets after it ("Ana Ruiz (Spain)").
 */
function affiliation(ctx: Ctx, m: Mention): string | null {
  const { text } = ctx.layer;
  const before = /(\p{Lu}[\p{L}-]*)(?:['’]s)?(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+$/u.exec(text.slice(Math.max(0, m.start - 60), m.start));
  const fromBefore = before ? countryOfWord(before[1]!) : null;
  if (fromBefore) return fromBefore;
  const after = /^\s*\((\p{Lu}[\p{L} ]*)\)/u.exec(text.slice(m.end, m.end + 40));
  return after ? countryOfWord(after[1]!) : null;
}

/** The country the article gives a person entity before `at` (its first mention that has one), or null. */
function personCountry(ctx: Ctx, key: string, at: number): string | null {
  for (const m of ctx.names) {
    if (m.start >= at) break;
    if (m.entity !== key) continue;
    const c = affiliation(ctx, m);
    if (c) return c;
  }
  return null;
}

/**
 * "the Australian said": the person named before `at` whom the article gives that nationality
 * (the last one), else the person an unsexed description points back to when the article gives
 * them no other nationality, else the last person named before with none; null when the phrase is
 * no nationality for a person or a name covers it ("The Australian", a newspaper, tagged so).
 */
export function nationalPerson(ctx: Ctx, text: string, span: { start: number; end: number }, inQuote: boolean, parentSpeaker: string | null): string | null {
  const country = demonymDescription(text);
  if (!country) return null;
  const k0 = lowerBound(ctx.names, span.start);
  if (ctx.names.slice(k0).some((m) => m.start < span.end && m.end > span.start)) return null;
  const persons = ctx.narrated.filter((m) => m.start < span.start && ctx.byKey.get(m.entity)?.type === 'Person' && m.entity !== parentSpeaker);
  for (let k = persons.length - 1; k >= 0; k--) if (personCountry(ctx, persons[k]!.entity, span.start) === country) return persons[k]!.entity;
  const fits = (key: string) => {
    const c = personCountry(ctx, key, span.start);
    return c === null || c === country;
  };
  const antecedent = personAntecedent(ctx, '', span.start, inQuote, parentSpeaker);
  if (antecedent && fits(antecedent)) return antecedent;
  for (let k = persons.length - 1; k >= 0; k--) if (fits(persons[k]!.entity)) return persons[k]!.entity;
  return null;
}
