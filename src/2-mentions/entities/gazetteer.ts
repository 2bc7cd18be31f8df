// Stage 2, named entities: the gazetteers (countries, capitals, demonyms, cities, regions, historical
// states, international organisations, government bodies, titles), loaded from data/gazetteers/ once
// and indexed for lookup by the tagger's features (gazetteer membership) and by canonicalisation
// (aliases → canonical names). The built CLI reads the index from a model file instead
// (dist/models/gazetteer.bin, gazetteer-index.ts): looked up by binary search, nothing built at start.

import titlesData from '../../../data/gazetteers/titles.json' with { type: 'json' };
import bodiesData from '../../../data/gazetteers/bodies.json' with { type: 'json' };
import { type ModelSpec, readJson, readModelFile } from '../../model-files.js';
import { type BuiltIndex, type GazEntry, type GazetteerIndex, type IndexMeta, type Lookup, type Phrase, lazyIndex } from './gazetteer-index.js';

export type { GazEntry, GazKind } from './gazetteer-index.js';

interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
  capital: string[];
  wikidata?: string;
}
interface Org {
  name: string;
  acronym?: string;
  expansion?: string;
  aliases: string[];
  subtype: string;
  acronymNeedsContext?: boolean;
  /** Canonical name of the country a national body belongs to. */
  country?: string;
}
interface HistoricalState {
  name: string;
  aliases: string[];
  demonyms: string[];
  subtype: string;
  wikidata?: string;
}

/** Splits a phrase the way stage 1 tokenises names: at spaces and around hyphens. */
export function phraseTokens(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  // Most phrases have only spaces: a plain split gives the same tokens, without the regular
  // expression's lookarounds (thousands of phrases are split at every start).
  if (!HYPHEN_OR_OTHER_SPACE.test(lower)) return lower.split(' ').filter(Boolean);
  return lower.split(/\s+|(?=-)|(?<=-)/).filter(Boolean);
}
const HYPHEN_OR_OTHER_SPACE = /-|[^\S ]/;


// Every entry has the same properties in the same order (absent ones undefined): entries are read
// in the hottest loops of stage 2, and four object shapes made those reads polymorphic (V8
// de-optimised findEntities on "wrong map" at gaz.type).
/** A gazetteer entry in the one shape every entry has. */
export function gazEntry(e: GazEntry): GazEntry {
  return { kind: e.kind, type: e.type, name: e.name, subtype: e.subtype, wikidata: e.wikidata, country: e.country };
}

function add(index: BuiltIndex, surface: string, entry: GazEntry, overwrite = false): void {
  const { bySurface, phrases } = index;
  const toks = phraseTokens(surface);
  if (!toks.length) return;
  const key = toks.join(' ');
  const known = bySurface.has(key);
  if (!overwrite && known) return;
  bySurface.set(key, entry);
  let list = phrases.get(toks[0]!);
  if (!list) phrases.set(toks[0]!, (list = []));
  // A list holds exactly the phrases bySurface keys, so only a known phrase can be in it.
  const at = known ? list.findIndex((p) => p.tokens.join(' ') === key) : -1;
  if (at >= 0) list[at] = { tokens: toks, entry };
  else list.push({ tokens: toks, entry });
}

/** What a US state's name takes where a country or capital holds the name ("Georgia (U.S. state)"). */
export const US_STATE_SUFFIX = ' (U.S. state)';
/** The state's own name of a place name that may carry US_STATE_SUFFIX ("Georgia (U.S. state)" → "Georgia"). */
export const stateName = (name: string): string => (name.endsWith(US_STATE_SUFFIX) ? name.slice(0, -US_STATE_SUFFIX.length) : name);

/** The gazetteer lists the index is built from (its model file is made from the same). */
export const GAZETTEER_INDEX: ModelSpec = {
  file: 'gazetteer.bin',
  source: 'gazetteers/countries.json',
  others: ['gazetteers/cities.json', 'gazetteers/regions.json', 'gazetteers/organizations.json', 'gazetteers/historical-states.json', 'gazetteers/bodies.json'],
};

type Adjectives = Record<string, string>;
type Historical = { states: HistoricalState[]; regionalDemonyms: Record<string, string> };

/** Builds the index from the lists in data/gazetteers/ (scripts/build-models.ts writes it to the model file). */
export function buildIndex(): BuiltIndex {
  const index: BuiltIndex = {
    phrases: new Map(), bySurface: new Map(), capitalsOf: new Map(), adjectiveOf: new Map(), orgByAcronym: new Map(),
    ambiguousAcronyms: new Set(), usStateHomonyms: new Map(), usCities: new Set(),
  };
  const countriesData = readJson<Country[]>('gazetteers/countries.json');
  const citiesData = readJson<[string, string][]>('gazetteers/cities.json');
  const regionsData = readJson<Record<string, string[]>>('gazetteers/regions.json');
  const orgsData = readJson<{ organizations: Org[] }>('gazetteers/organizations.json');
  const historicalData = readJson<Historical>('gazetteers/historical-states.json');
  const adjectives = (bodiesData as { adjectives: Adjectives }).adjectives;
  // Order matters: earlier sources win a shared surface form (a country beats a city or a US state
  // of the same name, e.g. "Georgia"; an organisation's acronym beats nothing else).
  addCountries(index, countriesData, adjectives);
  // Historical states and blocs count as countries for tagging (the tagger's gazetteer feature) and typing.
  addHistoricalStates(index, historicalData.states, adjectives);
  addOrganisations(index, orgsData.organizations);
  addDemonymsAndCapitals(index, countriesData, historicalData.states);
  addRegions(index, regionsData, historicalData.regionalDemonyms);
  addCities(index, citiesData);
  for (const list of index.phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

/** Countries by name and alias, their capitals' names, then their adjectives ("Russian"). */
function addCountries(index: BuiltIndex, countries: Country[], adjectives: Adjectives): void {
  for (const c of countries) {
    const entry: GazEntry = gazEntry({ kind: 'country', type: 'Place', name: c.name, subtype: 'country', ...(c.wikidata ? { wikidata: c.wikidata } : {}) });
    add(index, c.name, entry);
    for (const a of c.aliases) add(index, a.replace(/^the /i, ''), entry);
    index.capitalsOf.set(`Place/${c.name}`, c.capital);
  }
  for (const c of countries) {
    const adj = adjectives[c.name] ?? c.demonyms.find((d) => /^\p{Lu}\p{Ll}/u.test(d));
    if (adj) index.adjectiveOf.set(`Place/${c.name}`, adj);
  }
}

/** Historical states and blocs, as countries, with their adjectives. */
function addHistoricalStates(index: BuiltIndex, states: HistoricalState[], adjectives: Adjectives): void {
  for (const h of states) {
    const entry: GazEntry = gazEntry({ kind: 'country', type: 'Place', name: h.name, subtype: h.subtype, ...(h.wikidata ? { wikidata: h.wikidata } : {}) });
    add(index, h.name, entry);
    for (const a of h.aliases) add(index, a.replace(/^the /i, ''), entry);
    const adj = adjectives[h.name] ?? h.demonyms[0];
    if (adj) index.adjectiveOf.set(`Place/${h.name}`, adj);
  }
}

/** International organisations and national bodies: name, expansion, aliases, acronym. */
function addOrganisations(index: BuiltIndex, orgs: Org[]): void {
  for (const o of orgs) {
    const entry: GazEntry = gazEntry({ kind: 'org', type: 'Organization', name: o.name, subtype: o.subtype, ...(o.country ? { country: `Place/${o.country}` } : {}) });
    add(index, o.name, entry);
    if (o.expansion) add(index, o.expansion, entry);
    for (const a of o.aliases) add(index, a, entry);
    // Acronyms that are also common words ("WHO", "AU") only count when written in capitals; see isAmbiguousAcronym.
    if (o.acronym) add(index, o.acronym, entry);
    const acro = o.acronym ?? (/^[A-Z0-9]{2,}$/.test(o.name) ? o.name : undefined);
    if (acro) index.orgByAcronym.set(acro, entry);
    if (o.acronymNeedsContext && acro) index.ambiguousAcronyms.add(acro.toLowerCase());
  }
}

/** Demonyms of countries (and their plurals as nouns of people), capitals, then historical demonyms. */
function addDemonymsAndCapitals(index: BuiltIndex, countries: Country[], states: HistoricalState[]): void {
  for (const c of countries) {
    const countryKey = `Place/${c.name}`;
    for (const d of c.demonyms) {
      const entry: GazEntry = gazEntry({ kind: 'demonym', type: 'Place', name: c.name, subtype: 'country', country: countryKey, ...(c.wikidata ? { wikidata: c.wikidata } : {}) });
      add(index, d, entry);
      // Plural nouns of people ("Russians", "Americans"); not for forms in -ese/-sh/-ch ("Chinese", "British").
      if (/[^s]$/.test(d) && !/(ese|sh|ch|i)$/.test(d) && !/^[A-Z.]+$/.test(d)) add(index, d + 's', entry);
    }
    for (const cap of c.capital) {
      add(index, cap, gazEntry({ kind: 'capital', type: 'Place', name: cap.replace(/,? D\.C\.$/, ''), subtype: 'city', country: countryKey }));
    }
  }
  for (const h of states) {
    for (const d of h.demonyms) add(index, d, gazEntry({ kind: 'demonym', type: 'Place', name: h.name, subtype: h.subtype, country: `Place/${h.name}`, ...(h.wikidata ? { wikidata: h.wikidata } : {}) }));
  }
}

/** Continents, US states (noting those a country or capital holds), regions, and their adjectives. */
function addRegions(index: BuiltIndex, regions: Record<string, string[]>, regionalDemonyms: Record<string, string>): void {
  const { bySurface, usStateHomonyms } = index;
  for (const r of regions['continent'] ?? []) add(index, r, gazEntry({ kind: 'continent', type: 'Place', name: r, subtype: 'continent' }));
  for (const r of regions['us-state'] ?? []) {
    const held = bySurface.get(phraseTokens(r).join(' '));
    // A state whose name a country or a capital holds ("Georgia", "Washington") is read by context (homonyms.ts).
    if (held && (held.kind === 'country' || held.kind === 'capital')) usStateHomonyms.set(phraseTokens(r).join(' '), gazEntry({ kind: 'us-state', type: 'Place', name: r + US_STATE_SUFFIX, subtype: 'region' }));
    add(index, r, gazEntry({ kind: 'us-state', type: 'Place', name: r, subtype: 'region' }));
  }
  for (const r of regions['region'] ?? []) add(index, r, gazEntry({ kind: 'region', type: 'Place', name: r, subtype: 'region' }));
  // Adjectives of continents and regions: "European" → Europe, "Latin American" → Latin America.
  for (const [d, place] of Object.entries(regionalDemonyms)) {
    const target = bySurface.get(phraseTokens(place).join(' '));
    const entry: GazEntry = gazEntry({ kind: 'demonym', type: 'Place', name: place, subtype: target?.subtype ?? 'region', country: `Place/${place}` });
    add(index, d, entry);
    if (/n$/.test(d)) add(index, d + 's', entry);
  }
}

/** Cities, last: every other source wins a shared name; US cities are noted by phrase key. */
function addCities(index: BuiltIndex, cities: [string, string][]): void {
  for (const [name, cc] of cities) {
    add(index, name, gazEntry({ kind: 'city', type: 'Place', name, subtype: 'city' }));
    if (cc === 'US') index.usCities.add(phraseTokens(name).join(' '));
  }
}

const file = readModelFile<IndexMeta>(GAZETTEER_INDEX);
const INDEX: GazetteerIndex = file ? lazyIndex(file.meta, file.arrays, gazEntry) : buildIndex();

/** Gazetteer phrases by their first lower-cased token; each list is longest first. */
export const phrases: Lookup<Phrase[]> = INDEX.phrases;
/** Canonical lookup by exact lower-cased surface form (a phrase joined with single spaces). */
export const bySurface: Lookup<GazEntry> = INDEX.bySurface;
/** Country key → its capitals' names. */
export const capitalsOf: ReadonlyMap<string, string[]> = INDEX.capitalsOf;
/** Demonyms of nations inside a state whose bodies are their own (bodies.json nationsWithinStates: "Welsh", "Scottish"). */
export const nationsWithinStates: ReadonlySet<string> = new Set(bodiesData.nationsWithinStates);
/** Country key → the adjective used in the canonical names of its bodies ("Place/Russia" → "Russian"). */
export const adjectiveOf: ReadonlyMap<string, string> = INDEX.adjectiveOf;
/** Acronym (upper case) → organisation entry, for tying an acronym to its expansion. */
export const orgByAcronym: ReadonlyMap<string, GazEntry> = INDEX.orgByAcronym;
/** Lower-cased acronyms that are also ordinary words: only an all-capitals token names the organisation. */
export const ambiguousAcronyms: ReadonlySet<string> = INDEX.ambiguousAcronyms;
/**
 * US states whose name a country or a capital also holds ("Georgia", "Washington"), by phrase key
 * (lower-case tokens joined by spaces): the entry a mention takes when its context reads a state.
 */
export const usStateHomonyms: ReadonlyMap<string, GazEntry> = INDEX.usStateHomonyms;
/** Cities of the United States in the gazetteer, by phrase key ("atlanta", "new york"). */
export const usCities: ReadonlySet<string> = INDEX.usCities;


const titles = titlesData as { heads: string[]; modifiers: string[]; honorifics: string[]; honorificModifiers: string[]; rankModifiers: string[]; rankUnits: string[]; givenNameTitles: string[]; givenNameRanks: string[]; militaryRanks: string[]; surnameTitles: string[]; postNominals: string[] };
/** Letters written after a person's name ("KC", "MP", "OBE"), exact case. */
export const postNominals: ReadonlySet<string> = new Set(titles.postNominals);
/** Title nouns that head a role ("minister", "spokesman"), lower case. */
export const titleHeads = new Set(titles.heads);
/** Lower-case words that may stand inside a role ("former", "deputy", "of"). */
export const titleModifiers = new Set(titles.modifiers);
/** Title heads that open a two-word person's name as a given name ("Dean Jones"), not as a title. */
export const givenNameTitles: ReadonlySet<string> = new Set(titles.givenNameTitles);
/** Abbreviated ranks that are also short given names ("Col"): after a title that is no rank, before one more word, the given name ("Mayor Col Haines"). */
export const givenNameRanks: ReadonlySet<string> = new Set(titles.givenNameRanks);
/** Military and police ranks among the title heads ("colonel", "lt", "sgt"), lower case. */
export const militaryRanks: ReadonlySet<string> = new Set(titles.militaryRanks);
/** Occupations that are also surnames ("Farmer", "Baker"): a title only before a given name and more of the name ("Farmer Tom Keogh"). */
export const surnameTitles: ReadonlySet<string> = new Set(titles.surnameTitles);
/** Forms of address ("Mr.", "Dr.") that are neither names nor roles. */
export const honorifics = new Set(titles.honorifics);
/** Words that open a form of address only before an honorific ("the Rt Hon", "the Most Rev"). */
export const honorificModifiers: ReadonlySet<string> = new Set(titles.honorificModifiers);
/** Words of an academic rank written out before a title's head: "Associate" in "Associate Professor". */
export const rankModifiers: ReadonlySet<string> = new Set(titles.rankModifiers);
/** Words for a unit that open a rank's title before its head: "Battalion" in "Battalion Chief", "Wing" in "Wing Commander". */
export const rankUnits: ReadonlySet<string> = new Set(titles.rankUnits);

const bodies = bodiesData as { heads: string[]; lowerCase: string[]; modifiers: string[] };
/** Last words of a government body's name ("ministry", "air force"), lower case, as token lists. */
export const bodyHeads: string[][] = bodies.heads.map(phraseTokens).sort((a, b) => b.length - a.length);
/** Body heads written in lower case in canonical names ("Ukrainian military"). */
export const lowerCaseBodies = new Set(bodies.lowerCase);
/** Lower-case words that may open a body's name written in lower case ("foreign ministry"). */
export const bodyModifiers = new Set(bodies.modifiers);
