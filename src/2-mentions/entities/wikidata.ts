// Stage 2, Wikidata links (issue 19): gives a person or organisation of the article its Wikidata
// item (Entity.wikidata, written by stage 4 as owl:sameAs) from the bundled tables — people in
// data/gazetteers/wikidata-people.json and wikidata-offices.json (holders of US and British public
// offices, read at the first link), organisations in organizations.json and wikidata-known.json — by canonical
// name and the article's own context (roles, party, state, country). Runs per article after
// coreference, so a corpus merge stays a plain union; weak or ambiguous evidence gives no link.

import peopleData from '../../../data/gazetteers/wikidata-people.json' with { type: 'json' };
import knownData from '../../../data/gazetteers/wikidata-known.json' with { type: 'json' };
import orgsData from '../../../data/gazetteers/organizations.json' with { type: 'json' };
import regionsData from '../../../data/gazetteers/regions.json' with { type: 'json' };
import entityWords from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import actorNames from '../../../data/lexicon/actor-names.json' with { type: 'json' };
import type { Entity, Mention } from '../../types.js';
import { readJson } from '../../model-files.js';
import { stateName } from './gazetteer.js';

/** One person of the table. */
interface PersonRow {
  wikidata: string;
  country: string;
  parties: string[];
  roles: string[];
  states: string[];
  /** Well known (presidents, heads of government, the hand-written table): a unique full name suffices. */
  wellKnown: boolean;
  /**
   * Holds or held a prominent office of the offices table (a cabinet member, a governor, a supreme
   * court justice: `wikidataProminentOffices`): a full name suffices when it names no one else in the tables.
   */
  prominent: boolean;
  /**
   * Offices of wikidata-offices.json: alternatives joined by "/", each a run of key words that must
   * all be in one role of the entity ("white house press secretary"), and "@State" after a state's
   * office, whose state the article must name too ("governor@New Jersey").
   */
  offices: string[];
}

/** One organisation: its item, and the country its name needs when the name alone is ambiguous ("Senate"). */
interface OrgRow {
  wikidata: string;
  needsCountry: string | null;
}

/** Why a name was refused, for tests and the report (null when it links). */
export type LinkRefusal = 'no-entry' | 'one-word' | 'no-context' | 'ambiguous' | 'country-conflict';

/** A row of wikidata-people.json: [qid, names, weak names, country, parties, roles, states, well known]. */
type RawRow = [string, string, string, string, string, string, string, number];
const PEOPLE = (peopleData as unknown as { people: RawRow[] }).people;

let surnames: Set<string> | null = null;
/** Is `lower` the last word of a person's name in the table ("bush", "trump", "laden")? A word that names someone there may name a person alone. */
export function isTableSurname(lower: string): boolean {
  if (!surnames) {
    surnames = new Set();
    for (const row of PEOPLE) for (const name of row[1].split('|')) surnames.add(name.slice(name.lastIndexOf(' ') + 1));
  }
  return surnames.has(lower);
}

/** A row of wikidata-offices.json: [qid, offices (indices into the file's `offices`), country (index into its `countries`; none: the first)]. */
type OfficeRow = [string, string, number?];
/**
 * wikidata-offices.json: the people, the lists of their offices and countries, and the names, one
 * sorted line each ("name<TAB>rows", a row with "w" for a weak name), searched by bisection so
 * that the first link builds no index of 11,000 names.
 */
interface OfficesFile {
  countries: string[];
  offices: string[];
  people: OfficeRow[];
  index: string;
}

/** A name's entry in the index: row `row` of the people table, or of the offices table (`office`). */
interface NameEntry {
  row: number;
  weak: boolean;
  office?: true;
}

interface Tables {
  people: Map<string, NameEntry[]>;
  offices: OfficesFile;
  /** The lines of `offices.index`. */
  officeNames: string[];
  orgs: Map<string, OrgRow[]>;
}

let tables: Tables | null = null;

/** Words of a role that confirm a table role ("Sen." for a senator), whole words, lower case. */
const ROLE_WORDS: Readonly<Record<string, readonly string[]>> = entityWords.wikidataRoleWords;
/** The word a role uses for a party ("Republican senator"). */
const PARTY_WORDS: Readonly<Record<string, string>> = entityWords.wikidataPartyWords;
const US_STATES: ReadonlySet<string> = new Set((regionsData as unknown as Record<string, string[]>)['us-state'] ?? []);

/** A name folded for lookup: no accents, periods or generational suffix, one space, lower case. */
export function foldName(name: string): string {
  // Most names are ASCII: the Unicode decomposition only runs where it can change something.
  const plain = NON_ASCII.test(name) ? name.normalize('NFD').replace(MARKS, '').replace(CURLY, "'") : name;
  let out = '';
  for (const w of plain.toLowerCase().split(SEPARATORS)) {
    if (w && !GENERATIONAL.has(w)) out = out ? `${out} ${w}` : w;
  }
  return out;
}
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const CURLY = /[’‘]/g;
const SEPARATORS = /[\s.,]+/;
const GENERATIONAL: ReadonlySet<string> = new Set(actorNames.generationalSuffixes);

function push<T>(map: Map<string, T[]>, key: string, v: T): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** The tables, indexed on first use (module import only parses the JSON). */
function load(): Tables {
  if (tables) return tables;
  // Only the names are read up front; a row becomes a PersonRow when a name of the article finds it.
  const people = new Map<string, NameEntry[]>();
  PEOPLE.forEach(([, names, weak], i) => {
    // The build stores names folded already (and weak names apart from the strong ones).
    for (const k of names.split('|')) push(people, k, { row: i, weak: false });
    if (weak) for (const k of weak.split('|')) push(people, k, { row: i, weak: true });
  });
  // The offices table is read here, at the first link, not at import.
  const offices = readJson<OfficesFile>('gazetteers/wikidata-offices.json');
  const orgs = new Map<string, OrgRow[]>();
  const addOrg = (names: (string | undefined)[], row: OrgRow): void => {
    const seen = new Set<string>();
    for (const n of names) {
      if (!n || seen.has(n)) continue;
      seen.add(n);
      push(orgs, n, row);
    }
  };
  type OrgSource = { name: string; acronym?: string; expansion?: string; aliases?: string[]; wikidata?: string; wikidataCountry?: string };
  // Not the aliases of organizations.json: it lists related names there too ("Alphabet" for Google).
  for (const o of (orgsData as { organizations: OrgSource[] }).organizations) {
    if (o.wikidata) addOrg([o.name, o.acronym, o.expansion], { wikidata: o.wikidata, needsCountry: o.wikidataCountry ?? null });
  }
  for (const o of (knownData as { organizations: OrgSource[] }).organizations) {
    if (o.wikidata) addOrg([o.name, ...(o.aliases ?? [])], { wikidata: o.wikidata, needsCountry: o.wikidataCountry ?? null });
  }
  tables = { people, offices, officeNames: offices.index.split('\n'), orgs };
  return tables;
}

/** The entries of the offices table for a folded name, by bisection of its sorted name lines. */
function officeEntries(key: string): NameEntry[] {
  const lines = load().officeNames;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const line = lines[mid]!;
    const name = line.slice(0, line.indexOf('\t'));
    if (name === key) return line.slice(name.length + 1).split(',').map((e) => (e.endsWith('w') ? { row: Number(e.slice(0, -1)), weak: true, office: true } : { row: Number(e), weak: false, office: true }));
    if (name < key) lo = mid + 1;
    else hi = mid;
  }
  return [];
}

/** The entries of both people tables for a folded name, or undefined when neither has it. */
function nameEntries(key: string): NameEntry[] | undefined {
  const found = [...(load().people.get(key) ?? []), ...officeEntries(key)];
  return found.length ? found : undefined;
}

const split = (s: string): string[] => (s ? s.split('|') : []);
const personRows = new Map<number, PersonRow>();
const officeRows = new Map<number, PersonRow>();

/** The row a name entry points at, decoded once. */
function personRow(entry: NameEntry): PersonRow {
  const i = entry.row;
  if (entry.office) {
    let row = officeRows.get(i);
    if (!row) {
      const { countries, offices, people } = load().offices;
      const [wikidata, held, country] = people[i]!;
      const heldOffices = split(held).map((k) => offices[Number(k)]!);
      row = { wikidata, country: countries[country ?? 0]!, parties: [], roles: [], states: [], wellKnown: false, prominent: heldOffices.some((o) => PROMINENT_OFFICES.has(o)), offices: heldOffices };
      officeRows.set(i, row);
    }
    return row;
  }
  let row = personRows.get(i);
  if (!row) {
    const [wikidata, , , country, parties, roles, states, known] = PEOPLE[i]!;
    row = { wikidata, country, parties: split(parties), roles: split(roles), states: split(states), wellKnown: known === 1, prominent: false, offices: [] };
    personRows.set(i, row);
  }
  return row;
}

/** What the article says around its entities: the country it is about, the places it names. */
export interface ArticleContext {
  /** The country named most often (a US state counts for the United States), or null on a tie or none. */
  country: string | null;
  /** Canonical names of the places the article names, cities left out. */
  places: ReadonlySet<string>;
  /** The Wikidata ids the article's other people and organisations link to (the second pass of linkWikidata). */
  linked?: ReadonlySet<string>;
}

/** The article's context from its entities and mentions. */
export function articleContext(entities: readonly Entity[], mentions: readonly Mention[]): ArticleContext {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const counts = new Map<string, number>();
  const places = new Set<string>();
  for (const m of mentions) {
    const e = byKey.get(m.entity);
    if (!e || e.type !== 'Place') continue;
    // A city is no state ("Washington" the capital confirms no senator from Washington state).
    // ("Georgia (U.S. state)", read apart from the country by homonyms.ts, is the state Georgia.)
    const name = stateName(e.name);
    if (e.subtype !== 'city') places.add(name);
    const country = e.subtype === 'country' ? e.name : US_STATES.has(name) ? 'United States' : null;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const country = ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
  return { country, places };
}

/** True when the entity's roles or affiliations confirm a table person (role, office, party or state). */
function confirms(e: Entity, row: PersonRow, ctx: ArticleContext): boolean {
  const roles = e.roles.map((r) => ` ${r.toLowerCase().replace(/[^\p{L}.-]+/gu, ' ')} `);
  const hasWord = (w: string): boolean => roles.some((r) => r.includes(` ${w} `));
  if (row.roles.some((role) => (ROLE_WORDS[role] ?? [role]).some(hasWord))) return true;
  if (row.offices.some((o) => holdsOffice(e, o, ctx))) return true;
  if (row.parties.some((p) => e.affiliations.includes(`Organization/${p}`) || (PARTY_WORDS[p] !== undefined && roles.some((r) => r.includes(PARTY_WORDS[p]!))))) return true;
  return row.states.some((s) => ctx.places.has(s) || e.affiliations.some((a) => stateName(a) === `Place/${s}`));
}

/** How news abbreviates and spells the words of offices ("Gov.", "Lt.", "advisor"), as the offices table writes them. */
const OFFICE_WORDS: Readonly<Record<string, string>> = entityWords.wikidataOfficeWords;
/** The offices whose holders news names by full name alone (whole office strings of the offices table). */
const PROMINENT_OFFICES: ReadonlySet<string> = new Set(entityWords.wikidataProminentOffices);

/** An entity's roles as sets of office words: lower case, abbreviations written out. */
function officeWords(e: Entity): Set<string>[] {
  return e.roles.map((r) => new Set(r.toLowerCase().split(/[^\p{L}.-]+/u).filter(Boolean).map((w) => OFFICE_WORDS[w] ?? w.replace(/\.$/, ''))));
}

/**
 * True when one of the entity's roles names the office `office` of the offices table: all the key
 * words of one of its alternatives in one role ("Secretary of State" for "secretary state",
 * "New Jersey Gov." for "governor@New Jersey"), and for a state's office the state named in the
 * article, in the role or as the entity's affiliation.
 */
function holdsOffice(e: Entity, office: string, ctx: ArticleContext): boolean {
  // "~Q22686": a relative of that office holder, confirmed by an article that links the holder.
  if (office.startsWith('~')) return ctx.linked?.has(office.slice(1)) === true;
  const at = office.indexOf('@');
  const state = at < 0 ? null : office.slice(at + 1);
  const roles = officeWords(e);
  const alternatives = (at < 0 ? office : office.slice(0, at)).split('/').map((a) => a.split(' '));
  const named = alternatives.some((words) => roles.some((r) => words.every((w) => r.has(w))));
  if (!named || state === null) return named;
  const stateWords = state.toLowerCase().split(' ');
  return ctx.places.has(state) || e.affiliations.some((a) => stateName(a) === `Place/${state}`) || roles.some((r) => stateWords.every((w) => r.has(w)));
}

/** True when the entity is tied to a country other than the row's. */
function conflicts(e: Entity, row: PersonRow, countries: ReadonlySet<string>): boolean {
  if (!row.country) return false;
  return e.affiliations.some((a) => a.startsWith('Place/') && countries.has(a.slice(6)) && a.slice(6) !== row.country);
}

/** The Wikidata id for a person, or why none. */
export function linkPerson(e: Entity, ctx: ArticleContext, countries: ReadonlySet<string>): string | LinkRefusal {
  const key = foldName(e.name);
  const words = key.split(' ');
  // A lone surname or given name never links; nor a name ending in an initial ("Robert C.").
  if (words.length < 2 || words[words.length - 1]!.length < 2) return 'one-word';
  let entries = nameEntries(key);
  // "Loretta E. Lynch" for a table's "Loretta Lynch": the name without its middle initials is a weak
  // name (someone else's too), which links only with a role, party or state the table confirms.
  if (!entries && words.length > 2 && words.slice(1, -1).some((w) => w.length === 1)) {
    entries = nameEntries(words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1).join(' '))?.map((c) => ({ ...c, weak: true }));
  }
  const cands = (entries ?? []).map((c) => ({ row: personRow(c), weak: c.weak, office: c.office === true })).filter((c) => !conflicts(e, c.row, countries));
  if (!cands.length) return entries ? 'country-conflict' : 'no-entry';
  // One person may be in both tables (a senator who became Secretary of State): what counts is
  // how many items the name can mean, and which of them the context confirms.
  const ids = new Set(cands.map((c) => c.row.wikidata));
  const confirmed = new Set(cands.filter((c) => confirms(e, c.row, ctx)).map((c) => c.row.wikidata));
  // Namesakes in the tables: only context that singles one out links — or, with no context for any
  // of them, a well-known person beside namesakes who hold an office only: news naming "John F.
  // Kennedy" in full means the president, and a state senator of that name is named with his office.
  if (ids.size > 1) {
    if (confirmed.size) return confirmed.size === 1 ? [...confirmed][0]! : 'ambiguous';
    const known = new Set(cands.filter((c) => c.row.wellKnown && !c.weak).map((c) => c.row.wikidata));
    const minor = cands.every((c) => known.has(c.row.wikidata) || c.office);
    return known.size === 1 && minor ? [...known][0]! : 'ambiguous';
  }
  // One item only: a well-known person, or the holder of a prominent office, by a full name of theirs.
  if (confirmed.size === 1 || cands.some((c) => (c.row.wellKnown || c.row.prominent) && !c.weak)) return cands[0]!.row.wikidata;
  return 'no-context';
}

/** The Wikidata id for an organisation, or why none. */
export function linkOrganization(e: Entity, ctx: ArticleContext): string | LinkRefusal {
  const rows = load().orgs.get(e.name);
  if (!rows?.length) return 'no-entry';
  if (new Set(rows.map((r) => r.wikidata)).size > 1) return 'ambiguous';
  const row = rows[0]!;
  // "Senate", "Supreme Court", "Democratic Party": the item of one country, only where the article is about it.
  if (row.needsCountry && ctx.country !== row.needsCountry && !e.affiliations.includes(`Place/${row.needsCountry}`)) return 'no-context';
  return row.wikidata;
}

/**
 * Sets Entity.wikidata on the article's people and organisations whose link the tables and the
 * article's context support; entities that already carry one (countries) are left alone.
 */
export function linkWikidata(entities: readonly Entity[], mentions: readonly Mention[]): void {
  const ctx = articleContext(entities, mentions);
  const countries = new Set(entities.filter((e) => e.subtype === 'country').map((e) => e.name));
  const refused: Entity[] = [];
  for (const e of entities) {
    if (e.wikidata || e.anonymous) continue;
    const id = e.type === 'Person' ? linkPerson(e, ctx, countries) : e.type === 'Organization' ? linkOrganization(e, ctx) : null;
    if (id && /^Q[1-9][0-9]*$/.test(id)) e.wikidata = id;
    else if (e.type === 'Person' && (id === 'no-context' || id === 'ambiguous')) refused.push(e);
  }
  // A second pass, with what the first linked, for the relatives of office holders ("Ivanka Trump"
  // in an article that links Donald Trump).
  if (!refused.length) return;
  const linked = new Set(entities.flatMap((e) => (e.wikidata ? [e.wikidata] : [])));
  for (const e of refused) {
    const id = linkPerson(e, { ...ctx, linked }, countries);
    if (/^Q[1-9][0-9]*$/.test(id)) e.wikidata = id;
  }
}
