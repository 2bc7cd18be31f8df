// Stage 3, about whom (about.ts): which organisation named before a definite description in the
// content ("the company", "the ministry", "the agency", "the club") that description can stand for,
// by the kind of body its noun names, as stage 3's speakers read the same words
// (organisation-descriptions.ts). Words in context.json namedHeadDescriptions and entity-words.json.

import entityWords from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import type { Entity, Mention, TextLayer } from '../../types.js';
import { NOT_COMPANIES } from '../organisation-descriptions.js';
import { CONTEXT_WORDS } from './words.js';

const GOVERNMENT_CLASS_NOUNS: ReadonlySet<string> = new Set(entityWords.governmentClassNouns);
const INTERNATIONAL_BODY_NOUNS: ReadonlySet<string> = new Set(entityWords.internationalBodyNouns);
const BODY_CLASS_NOUNS: ReadonlySet<string> = new Set(entityWords.bodyClassNouns);
const COMPANY_NOUNS: ReadonlySet<string> = new Set(entityWords.companyNouns);
const PUBLIC_BANK_MODIFIERS: ReadonlySet<string> = new Set(entityWords.publicBankModifiers);
const BROAD_COMPANY_NOUNS: ReadonlySet<string> = new Set(entityWords.broadCompanyNouns);
/** Nouns in a body's name that say it is no company: a ministry's, a public body's, a sitting body's, a kind of body's ("Foundation", "Committee"); not a school's ("Trump University" was one). */
const NON_COMPANY_WORDS: ReadonlySet<string> = new Set([...CONTEXT_WORDS.namedHeadDescriptions, ...GOVERNMENT_CLASS_NOUNS, ...CONTEXT_WORDS.sittingBodies, ...BODY_CLASS_NOUNS, ...CONTEXT_WORDS.anyBodyDescriptions]);
/** The last words of a building's or site's name that no body's name ends in ("Sea Terminal", "Harbour Stadium"; not "Centre", "Church": entity-words.json organisationOfHeads). */
const BUILDING_HEADS: readonly string[] = entityWords.facilityHeads.filter((w) => !entityWords.organisationOfHeads.includes(w));
/** Nouns in a body's name that say it is no ministry, department or union: a public body's, a company's, a school's or hospital's, a sitting body's, a building's ("told reporters at the Sea Terminal that she would meet the union"); not a kind of body's (unions are named "Association", "Federation"). */
const KIND_WORDS: ReadonlySet<string> = new Set([...CONTEXT_WORDS.namedHeadDescriptions, ...GOVERNMENT_CLASS_NOUNS, ...COMPANY_NOUNS, ...entityWords.schoolRunHeads, ...CONTEXT_WORDS.sittingBodies, ...CONTEXT_WORDS.anyBodyDescriptions, ...BUILDING_HEADS]);

/** Lower-case words right after a name that say what kind of body it is ("the Pro trade union", "Harlow Foods, the retailer"), two at most. */
const KIND_AFTER = /^\s+(?:\p{Ll}+\s+)?(\p{Ll}+)/u;

/** The kind noun right after a mention ("Pro | trade union" → "union"), when it names a kind of body; else null. */
function kindAfter(layer: TextLayer, m: Mention): string | null {
  const noun = KIND_AFTER.exec(layer.text.slice(m.end, m.end + 40))?.[1] ?? '';
  return CONTEXT_WORDS.organisationDescriptions.has(noun) || BODY_CLASS_NOUNS.has(noun) || GOVERNMENT_CLASS_NOUNS.has(noun) || COMPANY_NOUNS.has(noun) ? noun : null;
}

/** Is a noun a company's ("the company", "the carmaker", "the bank"): none of the other kinds? */
function companyNoun(noun: string): boolean {
  return !CONTEXT_WORDS.namedHeadDescriptions.has(noun) && !GOVERNMENT_CLASS_NOUNS.has(noun) && !BODY_CLASS_NOUNS.has(noun) && !CONTEXT_WORDS.anyBodyDescriptions.has(noun);
}

/** Does the organisation's name hold the noun ("Ministry of Health": ministry)? */
function nameHolds(name: string, noun: string): boolean {
  return name.toLowerCase().split(/\s+/).includes(noun);
}

/**
 * May "the <noun>" in content stand for the organisation `e`, named at mention `m`? Never an outlet.
 * "the organization", and a company's noun that as often means another body ("the group", "the
 * network"; entity-words.json broadCompanyNouns): any body but a party; "the party": any body. "the ministry", "the union": a body whose name holds
 * the noun or that the words after its name call so; else (not `named`: when no such body was named
 * before) a public body or one of no known kind whose name holds no noun of another kind (not the
 * Environmental Protection Agency, the World Health Organization). "the agency": a public body or one of no known kind. "the club", "the team": one of
 * no known kind. A company's noun: a body whose name holds it ("the World Bank … the bank"), or no
 * public body, party, international organisation, nor one the words after its name call another
 * kind ("The Pro trade union … the company") or whose name says it is no company ("Foundation",
 * "Committee"); never a central bank by its name.
 */
export function descriptionFits(layer: TextLayer, noun: string, e: Entity, m: Mention, named: boolean): boolean {
  if (e.type !== 'Organization' || e.subtype === 'media') return false;
  // (Only "the party" means a party: "Rep. Ann Lee, D-Calif., asked whether the company would pay.")
  if (CONTEXT_WORDS.anyBodyDescriptions.has(noun) || BROAD_COMPANY_NOUNS.has(noun)) return noun === 'party' || e.subtype !== 'party';
  const kind = kindAfter(layer, m);
  if (CONTEXT_WORDS.namedHeadDescriptions.has(noun)) return nameHolds(e.name, noun) || kind === noun || (!named && (e.subtype === undefined || e.subtype === 'government-body') && !otherKind(e.name, noun));
  if (GOVERNMENT_CLASS_NOUNS.has(noun)) return e.subtype === undefined || e.subtype === 'government-body' || (INTERNATIONAL_BODY_NOUNS.has(noun) && e.subtype === 'international-organization');
  if (BODY_CLASS_NOUNS.has(noun)) return e.subtype === undefined && (kind === null || kind === noun || !companyNoun(kind));
  if (publicBank(e.name)) return false;
  return nameHolds(e.name, noun) || (!NOT_COMPANIES.has(e.subtype ?? '') && (kind === null || companyNoun(kind)) && !otherKind(e.name, noun, NON_COMPANY_WORDS));
}

/** Does the name hold a noun of another kind of body than `noun` ("Environmental Protection Agency" for "the ministry", "Senate Judiciary Committee" for "the bank")? */
function otherKind(name: string, noun: string, kinds: ReadonlySet<string> = KIND_WORDS): boolean {
  return name.toLowerCase().split(/\s+/).some((w) => w !== noun && kinds.has(w));
}

/** "Central Bank of Cyprus", "Reserve Bank of India": a public institution by its name (entity-words.json publicBankModifiers), no company "the bank" stands for. */
function publicBank(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.some((w, i) => PUBLIC_BANK_MODIFIERS.has(w) && words[i + 1] === 'bank');
}

/** Is the noun one that first looks for a body whose name holds it ("the ministry", "the union")? */
export const namedHead = (noun: string): boolean => CONTEXT_WORDS.namedHeadDescriptions.has(noun);
