// Stage 2, named entities: names with two readings, read by their context before canonical names
// (names.ts). Place names two gazetteer entries share — a US state and a country ("Georgia"), a US
// state and a capital ("Washington"): "a Democrat from Georgia" is the state, "Tbilisi, Georgia" the
// country. A city's name that is also a person's surname: "Lincoln, Nebraska" is the city, "Florence
// argued" the lawyer Tom Florence named before. Words in data/lexicon/homonyms.json.

import words from '../../../data/lexicon/homonyms.json' with { type: 'json' };
import type { TextLayer, Token } from '../../types.js';
import type { Cand } from './candidate.js';
import { bySurface, capitalsOf, phraseTokens, usCities, usStateHomonyms, type GazEntry } from './gazetteer.js';
import { LOCATIVES } from './words.js';

const STATE_FOLLOWERS: ReadonlySet<string> = new Set(words.stateFollowers.words);
const POLITICS_FOLLOWERS: ReadonlySet<string> = new Set(words.politicsFollowers.words);
const STATE_ROLES: ReadonlySet<string> = new Set(words.stateRoles.words);
const COUNTRY_FOLLOWERS: ReadonlySet<string> = new Set(words.countryFollowers.words);
const US = 'Place/United States';

/** What the words around one mention say: 'state', 'country' or nothing. */
type Clue = 'state' | 'country' | null;

/** One rule of the mention-level reading: an id, a one-line reason, an example and its test. */
interface HomonymRule {
  readonly id: string;
  readonly reading: 'state' | 'country';
  readonly reason: string;
  readonly example: string;
  readonly test: (toks: readonly Token[], c: Cand, cands: readonly Cand[]) => boolean;
}

/** The token after a mention, past a possessive ("Georgia's prime minister"). */
function after(toks: readonly Token[], c: Cand): Token | undefined {
  const next = toks[c.to];
  return next && /^['’]s$/.test(next.text) ? toks[c.to + 1] : next;
}

/** The mention-level rules, in order; the first that holds gives the mention's reading. */
export const HOMONYM_RULES: readonly HomonymRule[] = [
  { id: 'state-follower', reading: 'state', reason: 'a word only a US state takes right after the name: "Georgia Gov. Ruiz", "Washington state" (lower case: "Washington State" is a university), "the Washington legislature"', example: 'Georgia Gov. Ann Ruiz signed the bill.', test: (toks, c) => { const t = after(toks, c); return !!t && (t.text === 'state' || (t.lower !== 'state' && STATE_FOLLOWERS.has(t.lower))); } },
  { id: 'politics-follower', reading: 'state', reason: 'a word of American politics right after a name a foreign country shares: "Georgia voters", "Georgia Republicans" (not for a capital: "Washington lawmakers" are federal ones)', example: 'Georgia voters went to the polls.', test: (toks, c) => c.gaz?.kind === 'country' && POLITICS_FOLLOWERS.has(after(toks, c)?.lower ?? '') },
  { id: 'state-of', reading: 'state', reason: '"the state of Washington"', example: 'Fires spread across the state of Washington.', test: (toks, c) => toks[c.from - 1]?.lower === 'of' && toks[c.from - 2]?.lower === 'state' },
  { id: 'us-city-comma', reading: 'state', reason: 'a US city, a comma, then the name: "Atlanta, Georgia", "Seattle, Washington"', example: 'She grew up in Macon, Georgia.', test: (toks, c, cands) => toks[c.from - 1]?.text === ',' && cands.some((o) => o.to === c.from - 1 && (usCities.has(phraseKey(toks, o)) || o.gaz?.kind === 'us-state')) },
  { id: 'state-list', reading: 'state', reason: 'in a list with a US state: "Alabama, Georgia and Virginia", "Alaska, Hawaii, and Washington"', example: 'The senator campaigned in Ohio, Georgia and Iowa.', test: (toks, c, cands) => listedWithState(toks, c, cands) },
  { id: 'state-role-from', reading: 'state', reason: 'a word of American politics, then "of" or "from" and the name, only a person\'s name between: "a Democrat from Georgia", "Senator Lena Ruiz of Georgia"', example: 'Lena Ruiz, a Democrat from Georgia, voted no.', test: (toks, c) => roleFrom(toks, c) },
  { id: 'country-follower', reading: 'country', reason: 'a word only a country takes right after the name: "Georgia\'s prime minister", "the Georgia embassy"', example: 'Georgia\'s prime minister met the envoy.', test: (toks, c) => COUNTRY_FOLLOWERS.has(after(toks, c)?.lower ?? '') },
  { id: 'republic-of', reading: 'country', reason: '"the Republic of Georgia"', example: 'Troops entered the Republic of Georgia.', test: (toks, c) => toks[c.from - 1]?.lower === 'of' && toks[c.from - 2]?.lower === 'republic' },
];

/** "Democrat from", "Sen. Lena Ruiz of": a word of stateRoles, capitalised words at most, then "of" or "from" right before the name. */
function roleFrom(toks: readonly Token[], c: Cand): boolean {
  const prep = toks[c.from - 1]?.lower;
  if (prep !== 'of' && prep !== 'from') return false;
  for (let k = c.from - 2; k >= 0 && k >= c.from - 5; k--) {
    const t = toks[k]!;
    if (STATE_ROLES.has(t.lower)) return true;
    if (!/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

const LIST_WORDS: ReadonlySet<string> = new Set([',', 'and', 'or']);

/** Is the candidate next to a US state (not itself a shared name) across a comma, "and" or "or"? */
function listedWithState(toks: readonly Token[], c: Cand, cands: readonly Cand[]): boolean {
  const isState = (o: Cand) => o.gaz?.kind === 'us-state' && !usStateHomonyms.has(phraseKey(toks, o));
  let k = c.from - 1;
  while (k >= 0 && k >= c.from - 2 && LIST_WORDS.has(toks[k]!.lower)) k--;
  if (k < c.from - 1 && cands.some((o) => o.to === k + 1 && isState(o))) return true;
  k = c.to;
  while (k < toks.length && k <= c.to + 1 && LIST_WORDS.has(toks[k]!.lower)) k++;
  return k > c.to && cands.some((o) => o.from === k && isState(o));
}

function phraseKey(toks: readonly Token[], c: Cand): string {
  return phraseTokens(toks.slice(c.from, c.to).map((t) => t.text).join(' ').replace(/['’]s$/, '')).join(' ');
}

function clueOf(toks: readonly Token[], c: Cand, cands: readonly Cand[]): Clue {
  return HOMONYM_RULES.find((r) => r.test(toks, c, cands))?.reading ?? null;
}

/**
 * Places of the article outside the homonym itself: how many name the United States' own places
 * (a US state, a US city) and how many a foreign country or city; whether the country's capital is among them.
 */
function placeEvidence(layer: TextLayer, cands: readonly Cand[], homonymKey: string, country: GazEntry): { us: number; foreign: number; capital: boolean } {
  const us = new Set<string>();
  const foreign = new Set<string>();
  const capitals = new Set(capitalsOf.get(`Place/${country.name}`) ?? []);
  let capital = false;
  for (const o of cands) {
    if (o.type !== 'Place' || !o.gaz) continue;
    const key = phraseKey(layer.tokens, o);
    if (key === homonymKey) continue;
    const g = o.gaz;
    if (g.kind === 'capital' && capitals.has(g.name)) capital = true;
    if ((g.kind === 'us-state' && !usStateHomonyms.has(key)) || (g.kind === 'city' && usCities.has(key))) us.add(key);
    else if ((g.kind === 'country' && `Place/${g.name}` !== US) || (g.kind === 'capital' && g.country !== US) || (g.kind === 'city' && !usCities.has(key))) foreign.add(key);
  }
  return { us: us.size, foreign: foreign.size, capital };
}

/**
 * Gives each mention of a shared place name the entry its context reads. A name a country holds
 * ("Georgia") is read once per article: the US state when more mentions' own words say so
 * (HOMONYM_RULES) than say country, or, when none says either, when the country's capital is not
 * named and the article names more places of the United States than foreign ones; demonyms of the
 * country ("Georgians") follow a state reading. A name a capital holds ("Washington") is read per
 * mention: the state only where the mention's own words say so. Otherwise the entry stays.
 */
export function readHomonyms(layer: TextLayer, cands: Cand[]): void {
  const toks = layer.tokens;
  const groups = new Map<string, Cand[]>();
  for (const c of cands) {
    if (c.type !== 'Place' || !c.gaz || (c.gaz.kind !== 'country' && c.gaz.kind !== 'capital')) continue;
    const key = phraseKey(toks, c);
    if (!usStateHomonyms.has(key)) continue;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  for (const [key, group] of groups) {
    const state = usStateHomonyms.get(key)!;
    const held = group[0]!.gaz!;
    const clues = group.map((c) => clueOf(toks, c, cands));
    if (held.kind === 'capital') {
      // A capital's name ("Washington") stands for the capital unless the mention's own words read a state.
      group.forEach((c, i) => { if (clues[i] === 'state') c.gaz = state; });
      continue;
    }
    const forState = clues.filter((x) => x === 'state').length;
    const forCountry = clues.filter((x) => x === 'country').length;
    let isState = forState > forCountry;
    if (!forState && !forCountry && held.kind === 'country') {
      const ev = placeEvidence(layer, cands, key, held);
      isState = !ev.capital && ev.us > ev.foreign;
    }
    if (!isState) continue;
    for (const c of group) c.gaz = state;
    for (const c of cands) if (c.kind === 'demonym' && c.gaz?.country === `Place/${held.name}` && c.gaz.kind === 'demonym') c.gaz = state;
  }
}

/** One rule of the city-or-surname reading: an id, a one-line reason, an example and its test (which retypes the candidate). */
interface CityRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly apply: (toks: readonly Token[], c: Cand, cands: readonly Cand[], surnames: ReadonlySet<string>) => boolean;
}

/** A one-word name the gazetteer knows as a city (not a capital: "Washington said" is the government). */
function cityEntry(toks: readonly Token[], c: Cand): GazEntry | undefined {
  if (c.to - c.from !== 1 || c.kind !== 'name') return undefined;
  const g = bySurface.get(phraseKey(toks, c));
  return g?.kind === 'city' ? g : undefined;
}

/** The gazetteer's city, capital or country of a one-word name ("Florence", "Washington", "Jordan"). */
function placeEntry(toks: readonly Token[], c: Cand): GazEntry | undefined {
  if (c.to - c.from !== 1 || c.kind !== 'name') return undefined;
  const g = bySurface.get(phraseKey(toks, c));
  return g?.kind === 'city' || g?.kind === 'capital' || g?.kind === 'country' ? g : undefined;
}

export const CITY_SURNAME_RULES: readonly CityRule[] = [
  {
    id: 'city-comma-region',
    reason: 'a city\'s name, a comma and its state or country is the city, even when a person of that surname is in the article',
    example: 'Senator Maria Lincoln visited Lincoln, Nebraska, on Friday.',
    apply: (toks, c, cands) => {
      if (c.type !== 'Person' || toks[c.to]?.text !== ',') return false;
      const city = cityEntry(toks, c);
      if (!city || !cands.some((o) => o.from === c.to + 1 && o.type === 'Place' && (o.gaz?.kind === 'us-state' || o.gaz?.kind === 'country'))) return false;
      c.type = 'Place';
      c.gaz = city;
      return true;
    },
  },
  {
    id: 'surname-subject',
    reason: 'a city\'s, capital\'s or country\'s name that is the surname of a person named in the article, as the subject of a verb and after no locative word, is that person',
    example: 'Tom Florence, a lawyer, said the case was weak. Florence argued that the judge had erred.',
    apply: (toks, c, _cands, surnames) => {
      if (c.type !== 'Place' || !surnames.has(toks[c.from]!.text) || !placeEntry(toks, c)) return false;
      const next = toks[c.to];
      if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX') || LOCATIVES.has(toks[c.from - 1]?.lower ?? '')) return false;
      c.type = 'Person';
      c.gaz = undefined;
      return true;
    },
  },
];

/** Applies CITY_SURNAME_RULES to each one-word candidate (the first rule that applies retypes it). */
export function readCityOrSurname(layer: TextLayer, cands: Cand[]): void {
  const toks = layer.tokens;
  const surnames = new Set<string>();
  for (const c of cands) if (c.type === 'Person' && c.to - c.from > 1) surnames.add(toks[c.to - 1]!.text);
  for (const c of cands) if (c.to - c.from === 1 && (c.type === 'Person' || c.type === 'Place')) CITY_SURNAME_RULES.some((r) => r.apply(toks, c, cands, surnames));
}
