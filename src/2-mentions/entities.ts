// Stage 2 of the flow, named entities: TextLayer → typed name mentions and canonical entities.
// A perceptron tagger (entities/tagger.ts) proposes name spans; gazetteers (entities/gazetteer.ts)
// give canonical names, demonyms and capitals; the rules below trim spans, type companies from their
// context, name government bodies with their country, merge mentions within the article (surnames,
// acronyms, country aliases), and read roles, affiliations, metonymy and the dateline.

import type { Entity, EntityType, Mention, MentionKind, TextLayer, Token } from '../types.js';
import modelData from '../../data/ner/model.json' with { type: 'json' };
import nonNamesData from '../../data/gazetteers/non-names.json' with { type: 'json' };
import { adjectiveOf, bodyHeads, bodyModifiers, bySurface, capitalsOf, gazEntry, honorifics, lowerCaseBodies, orgByAcronym, titleHeads, titleModifiers, type GazEntry } from './entities/gazetteer.js';
import { MONTH_WORDS_CAPITALISED } from './calendar-words.js';
import { NLABELS, WeightTable, prepare, spansOf, tagTokens, type Prepared, type TagSpan, type Weights } from './entities/tagger.js';

let weights: WeightTable | null = null;

/** The tagger's weights, unpacked from the JSON model on first use. */
function model(): WeightTable {
  if (weights) return weights;
  const data = modelData as unknown as { scale: number; features: Record<string, number[]> };
  const w: Weights = new Map();
  for (const [f, v] of Object.entries(data.features)) {
    const arr = new Float32Array(NLABELS);
    for (let k = 0; k < NLABELS; k++) arr[k] = (v[k] ?? 0) / data.scale;
    w.set(Number(f), arr);
  }
  weights = new WeightTable(w);
  return weights;
}

const MONTHS = new RegExp(`^(?:${MONTH_WORDS_CAPITALISED})\\.?$`);
const NON_NAMES = new Set((nonNamesData as { words: string[] }).words);

const TYPE: Record<TagSpan['type'], EntityType | null> = { PER: 'Person', ORG: 'Organization', LOC: 'Place', MISC: null };

/** A name span being resolved: token range, type, and the gazetteer entry it matches, if any. */
interface Cand {
  from: number;
  to: number;
  type: EntityType;
  kind: MentionKind;
  gaz: GazEntry | undefined;
  /** Canonical name once resolved. */
  name: string;
  /** Canonical name forced by an acronym–expansion pair or a merge. */
  key?: string;
  /** Key of an entity the named one belongs to (a government body's country). */
  affiliation?: string;
}

// Every candidate has the same properties in the same order, `key` and `affiliation` included (set
// later for some): one object shape, so the functions that read candidates stay monomorphic.
function cand(from: number, to: number, type: EntityType, kind: MentionKind, gaz: GazEntry | undefined): Cand {
  return { from, to, type, kind, gaz, name: '', key: undefined, affiliation: undefined };
}

const isAcronym = (s: string) => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,7}$/.test(s);
const lowerJoin = (toks: Token[], from: number, to: number) => toks.slice(from, to).map((t) => t.text.toLowerCase()).join(' ');

/** The covered text of tokens [from, to), as written. */
function textOf(layer: TextLayer, from: number, to: number): string {
  return layer.text.slice(layer.tokens[from]!.start, layer.tokens[to - 1]!.end);
}

/** "NEW YORK" → "New York"; acronyms ("UK", "NATO") and mixed-case names stay as written. */
function tidyCase(s: string): string {
  if (s !== s.toUpperCase() || !/[A-Z]{4,}/.test(s.replace(/[^A-Z]/g, '')) || isAcronym(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()).replace(/\bMc(\p{L})/gu, (_m, c: string) => 'Mc' + c.toUpperCase());
}

/** Normalises a name written across lines or with extra spaces. */
const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/\s*-\s*/g, '-').trim();

/** Finer type of an organisation not in the gazetteer, from its last word. */
function orgSubtype(name: string): string | undefined {
  const last = name.split(/\s+/).at(-1)?.toLowerCase().replace(/\.$/, '') ?? '';
  if (/^(inc|corp|corporation|ltd|plc|co|company|group|airlines|airways|motors|bank|holdings|llc|ag|sa|gmbh|technologies|industries|systems|nv)$/.test(last)) return 'company';
  if (/^(party|front|movement|alliance)$/.test(last)) return 'party';
  if (/^(ministry|department|agency|parliament|council|commission|senate|congress|government|office|court|police|army|navy|administration|assembly|cabinet)$/.test(last)) return 'government-body';
  if (/^(times|news|post|journal|radio|tv|television|herald|tribune|telegraph|agency|press|gazette)$/.test(last)) return 'media';
  return undefined;
}

// Title words that may stand between an organisation and a person's name inside one tagged span.
const SPLIT_TITLES = new Set(['ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'director', 'governor', 'ambassador', 'analyst', 'chief', 'executive', 'founder', 'co-founder', 'senator', 'leader', 'coach', 'manager', 'captain', 'striker', 'editor', 'correspondent', 'commander', 'general', 'colonel', 'chancellor', 'premier', 'mayor', 'envoy', 'adviser', 'advisor', 'spokesperson', 'judge', 'prosecutor', 'commissioner', 'official', 'officer', 'head', 'deputy', 'boss', 'owner', 'economist']);

// Words that close a company's name ("Chrysler LLC", "Aer Lingus Group PLC"); as written.
const COMPANY_SUFFIX = /^(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|PLC|plc|LLC|L\.L\.C\.|Co\.|AG|SE|S\.A\.|NV|N\.V\.|GmbH|Group|Holdings)$/;
// Common nouns that introduce a company's name ("carmaker Chrysler", "the airline Ryanair").
const COMPANY_NOUNS = new Set(['company', 'firm', 'carmaker', 'automaker', 'airline', 'carrier', 'manufacturer', 'maker', 'retailer', 'insurer', 'lender', 'airframer', 'conglomerate', 'subsidiary', 'brewer', 'chipmaker', 'drugmaker', 'supplier', 'operator', 'distributor', 'outlet', 'publisher', 'broadcaster', 'network', 'startup', 'start-up', 'corporation', 'bank', 'exchange', 'automobile', 'giant', 'group']);
// What follows a company's name and "'s" ("Chrysler's chief executive", "Ryanair's shares").
const COMPANY_OWNED = new Set(['ceo', 'cfo', 'shares', 'stock', 'shareholders', 'stockholders', 'board', 'subsidiary', 'subsidiaries', 'unit', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'sales', 'headquarters', 'plant', 'plants', 'factory', 'factories', 'dealers', 'dealerships', 'fleet', 'customers', 'brand', 'products', 'workforce', 'stake', 'bankruptcy', 'chairman', 'chief']);

const LEGAL_FORM = /(?:,?\s+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|PLC|plc|LLC|L\.L\.C\.|Co\.|AG|SE|S\.A\.|NV|N\.V\.|GmbH))+$/;

/** The West as a political bloc: "the West", "sanctions by the West". */
const WEST: GazEntry = gazEntry({ kind: 'region', type: 'Place', name: 'West', subtype: 'bloc' });

const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'into', 'near', 'outside', 'inside', 'across', 'around', 'via', 'through', 'toward', 'towards', 'across', 'visit', 'visited', 'visiting', 'of', 'over', 'on', 'within', 'throughout', 'downtown', 'central']);

/**
 * Finds named entities, types them, gives them canonical names and merges their mentions.
 * @param layer - the text layer from stage 1
 * @returns entities (one per canonical key), mentions in text order (kinds 'name', 'acronym',
 *   'demonym'), and the entity key of the dateline place, or null
 */
export function findEntities(layer: TextLayer): { entities: Entity[]; mentions: Mention[]; dateline: string | null } {
  const toks = layer.tokens;
  if (!toks.length) return { entities: [], mentions: [], dateline: null };
  const prep = prepare(layer);
  const tags = tagTokens(layer, prep, model());
  // The steps are separate functions so that V8 optimises (and, when a rare branch first runs,
  // re-optimises) each on its own: as one function, findEntities was compiled up to 9 times per
  // thread at ≈100 ms each (node --trace-opt, PolNeAR), work every worker thread repeats.
  const pieces = splitTitledSpans(toks, prep, spansOf(layer, prep, tags));
  joinQualifiedNames(prep, pieces);
  propagate(layer, prep, pieces);
  const covered = new Uint8Array(toks.length);
  const cands = candidatesOf(layer, prep, pieces, covered);
  addUntaggedDemonyms(toks, prep, covered, cands);
  addTheWest(toks, prep, cands);
  cands.sort((a, b) => a.from - b.from);

  companyEvidence(layer, prep, cands);
  resolveNames(layer, cands);
  governmentBodies(layer, prep, cands);

  const { entities, mentions, mentionCand } = entitiesOf(layer, cands);
  readRoles(layer, prep.lower, mentions, mentionCand, entities);
  markMetonymy(layer, prep.lower, mentions, mentionCand, entities);
  const dateline = findDateline(layer, mentions, entities);
  return { entities: [...entities.values()], mentions, dateline };
}

/** "Ford Motor Company CEO Alan Mulally" tagged as one name: the title splits an organisation
 * (or place) from the person named after it; the title itself belongs to neither. */
function splitTitledSpans(toks: Token[], prep: Prepared, spans: TagSpan[]): TagSpan[] {
  const pieces: TagSpan[] = [];
  for (const s of spans) {
    let cut = -1;
    if (s.type !== 'MISC') for (let k = s.to - 2; k > s.from; k--) if (/^\p{Lu}/u.test(toks[k]!.text) && SPLIT_TITLES.has(prep.lower[k]!)) { cut = k; break; }
    if (cut > 0) {
      let left = cut;
      while (left > s.from && (titleHeads.has(prep.lower[left - 1]!) || titleModifiers.has(prep.lower[left - 1]!))) left--;
      if (left > s.from) pieces.push({ from: s.from, to: left, type: s.type === 'PER' ? 'ORG' : s.type });
      pieces.push({ from: cut + 1, to: s.to, type: 'PER' });
    } else pieces.push(s);
  }
  return pieces;
}

/** Typed name candidates of the tagged spans, trimmed; marks the tokens of the spans kept in `covered`. */
function candidatesOf(layer: TextLayer, prep: Prepared, pieces: TagSpan[], covered: Uint8Array): Cand[] {
  const toks = layer.tokens;
  const cands: Cand[] = [];
  for (const s of pieces) {
    let { from, to } = s;
    // "Aer Lingus Group PLC", "Chrysler LLC": a company suffix the tagger left out ends the name.
    while (to < toks.length && toks[to]!.sentence === toks[from]!.sentence && toks[to]!.start - toks[to - 1]!.end <= 1 && COMPANY_SUFFIX.test(toks[to]!.text)) to++;
    if (s.type !== 'MISC' && to - from > 1 && COMPANY_SUFFIX.test(toks[to - 1]!.text)) s.type = 'ORG';
    s.to = to;
    // Forms of address, titles before a person's name and a sentence-initial "The" are not part of the name.
    const strip = (k: number) => honorifics.has(prep.lower[k]!) || prep.lower[k] === 'the' || (s.type === 'PER' && (titleHeads.has(prep.lower[k]!) || titleModifiers.has(prep.lower[k]!)));
    while (to - from > 1 && strip(from)) from++;
    if (strip(from)) continue;
    const surfaceLower = lowerJoin(toks, from, to);
    // Time zones, units, titles standing alone ("CEO"), and products written in camel case ("iPhone").
    if (to - from === 1 && (NON_NAMES.has(surfaceLower) || titleHeads.has(surfaceLower) || /^\p{Ll}+\p{Lu}/u.test(toks[from]!.text))) continue;
    // "Jan 31": a month, not a person.
    if (to - from === 1 && MONTHS.test(toks[from]!.text) && to < toks.length && /^\d{1,2}(st|nd|rd|th)?$/.test(toks[to]!.text)) continue;
    // "US$ 40 billion": a currency, not the country.
    if (to < toks.length && toks[to]!.start === toks[to - 1]!.end && /^\$/.test(toks[to]!.text)) continue;
    let type = TYPE[s.type];
    const gaz = bySurface.get(surfaceLower);
    let kind: MentionKind = 'name';
    if (gaz?.kind === 'demonym') {
      // "Russian" tagged as a name is the country's demonym (CoNLL calls it MISC).
      if (type === null || type === 'Place') {
        type = 'Place';
        kind = 'demonym';
      } else continue;
    } else if (type === null) {
      // A MISC span that the gazetteer knows as a country or organisation is one.
      if (gaz && (gaz.kind === 'country' || gaz.kind === 'org' || gaz.kind === 'continent')) type = gaz.type;
      else if (companyContext(layer, prep, from, to)) type = 'Organization';
      else continue;
    } else if (gaz && (gaz.kind === 'country' || gaz.kind === 'continent') && type === 'Organization' && !prep.headline[from]) {
      type = 'Place';
    } else if (gaz?.kind === 'org' && type === 'Place') {
      type = 'Organization';
    }
    // An acronym is short capitals that are not just the name shouted ("MOSCOW", a headline's "ESSEX").
    if (kind === 'name' && isAcronym(textOf(layer, from, to)) && !prep.headline[from] && gaz?.name.toLowerCase() !== surfaceLower) kind = 'acronym';
    cands.push(cand(from, to, type, kind, gaz));
    for (let k = s.from; k < s.to; k++) covered[k] = 1;
  }
  return cands;
}

/** Demonyms the tagger left out ("Egyptian counterpart", "Russian President"). */
function addUntaggedDemonyms(toks: Token[], prep: Prepared, covered: Uint8Array, cands: Cand[]): void {
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || !prep.gaz[i]!.startsWith('B-demonym')) continue;
    let j = i + 1;
    while (j < toks.length && prep.gaz[j] === 'I-demonym') j++;
    const gaz = bySurface.get(lowerJoin(toks, i, j));
    if (gaz) cands.push(cand(i, j, 'Place', 'demonym', gaz));
    i = j - 1;
  }
}

/** "the West" standing alone (not "West Bank", "West Ham", "the West Wing"). */
function addTheWest(toks: Token[], prep: Prepared, cands: Cand[]): void {
  for (let i = 1; i < toks.length; i++) {
    if (toks[i]!.text !== 'West' || prep.lower[i - 1] !== 'the' || prep.headline[i]) continue;
    if (i + 1 < toks.length && prep.cap[i + 1] && toks[i + 1]!.sentence === toks[i]!.sentence) continue;
    const at = cands.find((c) => c.from <= i && c.to > i);
    if (at && (at.from !== i || at.to !== i + 1)) continue;
    if (at) Object.assign(at, { type: 'Place', kind: 'name', gaz: WEST });
    else cands.push(cand(i, i + 1, 'Place', 'name', WEST));
  }
}

/** Entities by key, in order of first mention, with the mentions (and the candidate of each). */
function entitiesOf(layer: TextLayer, cands: Cand[]): { entities: Map<string, Entity>; mentions: Mention[]; mentionCand: Cand[] } {
  const toks = layer.tokens;
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const mentionCand: Cand[] = [];
  for (const c of cands) {
    const key = c.key ?? `${c.type}/${c.name}`;
    const type = key.slice(0, key.indexOf('/')) as EntityType;
    const name = key.slice(key.indexOf('/') + 1);
    const surface = textOf(layer, c.from, c.to);
    let e = entities.get(key);
    if (!e) {
      const gaz = c.gaz && c.gaz.type === type ? c.gaz : bySurface.get(name.toLowerCase());
      e = { key, name, type, aliases: [], roles: [], affiliations: [] };
      const sub = gaz && gaz.type === type ? gaz.subtype : type === 'Organization' ? (c.affiliation ? 'government-body' : orgSubtype(name)) : undefined;
      if (sub) e.subtype = sub;
      if (gaz?.wikidata && gaz.type === type && (gaz.name === name)) e.wikidata = gaz.wikidata;
      entities.set(key, e);
    }
    const alias = squash(surface);
    if (c.kind !== 'demonym' && alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
    const owner = c.affiliation ?? (c.gaz?.kind === 'org' && c.gaz.name === e.name ? c.gaz.country : undefined);
    if (owner && owner !== key && !e.affiliations.includes(owner)) e.affiliations.push(owner);
    mentions.push({ start: toks[c.from]!.start, end: toks[c.to - 1]!.end, text: surface, kind: c.kind, entity: key });
    mentionCand.push(c);
  }
  return { entities, mentions, mentionCand };
}

// Last words of a company's or facility's name that a place name before them belongs to
// ("China Eastern Airlines", "Qatar Airways", "Chiang Mai International Airport"), lower case.
const QUALIFIED_HEADS = new Set(['airlines', 'airways', 'airline', 'air', 'airport', 'railways', 'railway', 'telecom', 'telecommunications', 'broadcasting', 'daily', 'shipping', 'petroleum', 'steel', 'motors', 'electric', 'electronics', 'international', 'express', 'mining', 'energy', 'gas', 'oil', 'power', 'insurance', 'securities', 'stock exchange', 'exchange', 'university', 'airport']);

/**
 * A place name the tagger split from the company or airport it opens ("China | Eastern Airlines",
 * "Qatar | Airways", "Air | France"): one span, an organisation (a Place for an airport). A body of
 * government after a country stays apart ("U.S. | Senate"), as CoNLL-2003 writes it.
 */
function joinQualifiedNames(prep: Prepared, pieces: TagSpan[]): void {
  // A known multi-word name that the tagger cut in parts ("Ottoman | Empire") is one span.
  for (let k = 0; k < pieces.length; k++) {
    const a = pieces[k]!;
    const g = prep.gaz[a.from]!;
    if (!g.startsWith('B-') || g === 'B-demonym') continue;
    let end = a.from + 1;
    while (end < prep.gaz.length && prep.gaz[end]!.startsWith('I-')) end++;
    let last = k;
    while (last + 1 < pieces.length && pieces[last + 1]!.from < end) last++;
    if (last === k || pieces[last]!.to > end) continue;
    pieces.splice(k, last - k + 1, { from: a.from, to: end, type: g === 'B-org' ? 'ORG' : 'LOC' });
  }
  for (let k = 0; k + 1 < pieces.length; k++) {
    const a = pieces[k]!;
    const b = pieces[k + 1]!;
    if (b.from !== a.to) continue;
    const placeFirst = (a.type === 'LOC' || (a.type === 'MISC' && prep.gaz[a.from]!.endsWith('demonym'))) && (b.type === 'ORG' || b.type === 'MISC') && QUALIFIED_HEADS.has(prep.lower[b.to - 1]!);
    const airFirst = a.to - a.from === 1 && prep.lower[a.from] === 'air' && b.type === 'LOC';
    if (!placeFirst && !airFirst) continue;
    pieces.splice(k, 2, { from: a.from, to: b.to, type: prep.lower[b.to - 1] === 'airport' || prep.lower[b.to - 1] === 'university' ? 'LOC' : 'ORG' });
  }
}

/**
 * A word the tagger missed once but named elsewhere in the article ("Lindqvist scored twice ... Oskar
 * Lindqvist"): a lone capitalised token equal to a surname or a one-word name tagged elsewhere gets
 * that span's class, unless the article also writes it in lower case.
 */
function propagate(layer: TextLayer, prep: Prepared, pieces: TagSpan[]): void {
  const known = new Map<string, TagSpan['type']>();
  const taken = new Uint8Array(layer.tokens.length);
  for (const s of pieces) {
    for (let k = s.from; k < s.to; k++) taken[k] = 1;
    if (s.type === 'MISC') continue;
    if (s.type === 'PER' && s.to - s.from > 1) known.set(prep.lower[s.to - 1]!, 'PER');
    else if (s.to - s.from === 1 && !known.has(prep.lower[s.from]!)) known.set(prep.lower[s.from]!, s.type);
  }
  if (!known.size) return;
  const toks = layer.tokens;
  let added = false;
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !prep.cap[i] || prep.lowerElsewhere[i] || prep.headline[i] || prep.gaz[i]) continue;
    const type = known.get(prep.lower[i]!);
    if (!type || titleHeads.has(prep.lower[i]!) || honorifics.has(prep.lower[i]!)) continue;
    // Only a lone capitalised word: "Lindqvist scored", not the first word of some other name.
    if ((i + 1 < toks.length && prep.cap[i + 1] && toks[i + 1]!.sentence === toks[i]!.sentence) || (i > 0 && taken[i - 1] && toks[i - 1]!.sentence === toks[i]!.sentence)) continue;
    pieces.push({ from: i, to: i + 1, type });
    added = true;
  }
  if (added) pieces.sort((a, b) => a.from - b.from);
}

/**
 * Gives every candidate its canonical name and merges the article's mentions: gazetteer aliases,
 * acronyms with their expansions, surnames and first names with full names.
 */
function resolveNames(layer: TextLayer, cands: Cand[]): void {
  // One function per step, for V8: as one function it was re-optimised whole (≈200 ms a time, see findEntities).
  canonicalNames(layer, cands);
  voteTypes(cands);
  acronymExpansions(layer, cands);
  acronymInitials(layer, cands);
  natoAlliance(layer, cands);
  mergePeople(cands);
  mergeOrganisations(cands);
}

function canonicalNames(layer: TextLayer, cands: Cand[]): void {
  for (const c of cands) {
    const surface = squash(textOf(layer, c.from, c.to)).replace(/['’]s$/, '');
    if (c.gaz && c.gaz.type === c.type) c.name = c.gaz.name;
    else c.name = tidyCase(surface);
    // "Chrysler LLC", "Bank of America Corporation": the legal form is not part of the canonical name.
    if (c.type === 'Organization' && !(c.gaz && c.gaz.type === c.type)) c.name = c.name.replace(LEGAL_FORM, '') || c.name;
  }
}

function voteTypes(cands: Cand[]): void {
  // One name, one type within an article: a lone word that opens a longer organisation's name is
  // that organisation ("Chrysler" beside "Chrysler Group"), and repeated names take their majority type.
  const people = new Set(cands.filter((c) => c.type === 'Person' && c.to - c.from > 1).flatMap((c) => c.name.split(' ')));
  const orgFirst = new Set(cands.filter((c) => c.type === 'Organization' && c.kind === 'name' && c.to - c.from > 1).map((c) => c.name.split(' ')[0]!));
  const votes = new Map<string, Map<EntityType, number>>();
  for (const c of cands) {
    if (c.kind !== 'name' || c.gaz) continue;
    if (c.type === 'Person' && c.to - c.from === 1 && orgFirst.has(c.name) && !people.has(c.name)) c.type = 'Organization';
    let v = votes.get(c.name);
    if (!v) votes.set(c.name, (v = new Map()));
    v.set(c.type, (v.get(c.type) ?? 0) + 1);
  }
  for (const c of cands) {
    const v = votes.get(c.name);
    if (!v || v.size < 2 || c.kind !== 'name' || c.gaz) continue;
    const [best, n] = [...v.entries()].sort((x, y) => y[1] - x[1])[0]!;
    if (n > (v.get(c.type) ?? 0)) c.type = best;
  }
}

function acronymExpansions(layer: TextLayer, cands: Cand[]): void {
  const toks = layer.tokens;
  // Acronym in brackets after its expansion: "the North Atlantic Treaty Organization (NATO)".
  for (let k = 0; k + 1 < cands.length; k++) {
    const a = cands[k]!;
    const b = cands[k + 1]!;
    if (b.kind !== 'acronym' || a.to + 1 !== b.from || toks[a.to]!.text !== '(' || a.to - a.from < 2) continue;
    if (b.to < toks.length && toks[b.to]!.text !== ')') continue;
    const acro = textOf(layer, b.from, b.to);
    const known = orgByAcronym.get(acro);
    // Only a true expansion: the initials agree, or the gazetteer pairs them ("Tiger Woods (U.S.)" is no expansion).
    if (!(known && a.gaz === known) && !initialsMatch(layer, a, acro)) continue;
    b.type = a.type;
    const name = known ? known.name : a.name;
    a.key = b.key = `${a.type}/${name}`;
    // Other bare uses of the acronym in the article are the same entity.
    for (const o of cands) if (o !== b && o.kind === 'acronym' && textOf(layer, o.from, o.to) === acro) {
      o.type = a.type;
      o.key = a.key;
    }
  }
}

function acronymInitials(layer: TextLayer, cands: Cand[]): void {
  // An acronym made of the initials of a multi-word organisation named in the article.
  const orgsByInitials = new Map<string, Cand>();
  for (const o of cands) {
    if (o.type !== 'Organization' || o.kind !== 'name' || o.to - o.from < 2) continue;
    const ini = initials(layer, o);
    if (!orgsByInitials.has(ini)) orgsByInitials.set(ini, o);
  }
  for (const c of cands) {
    if (c.kind !== 'acronym' || c.key || c.gaz) continue;
    const acro = textOf(layer, c.from, c.to).replace(/\./g, '');
    const match = orgsByInitials.get(acro);
    if (match) {
      c.type = 'Organization';
      c.key = match.key ?? `Organization/${match.name}`;
    }
  }
}

function natoAlliance(layer: TextLayer, cands: Cand[]): void {
  const toks = layer.tokens;
  // "the Alliance" in an article about NATO is NATO.
  const nato = cands.find((c) => c.gaz?.name === 'NATO');
  if (nato) for (const c of cands) if (!c.gaz && c.to - c.from === 1 && toks[c.from]!.text === 'Alliance') Object.assign(c, { type: 'Organization', gaz: nato.gaz, name: 'NATO' });
}

function mergePeople(cands: Cand[]): void {
  // People: a single name ("Lavrov", "Sergei") or a shorter form joins the full name that holds it.
  const persons = cands.filter((c) => c.type === 'Person');
  const full = persons.filter((c) => c.name.includes(' '));
  const byPart = new Map<string, Set<string>>();
  for (const f of full) {
    const parts = f.name.split(' ');
    for (const p of [parts[0]!, parts.at(-1)!]) {
      let set = byPart.get(p);
      if (!set) byPart.set(p, (set = new Set()));
      set.add(f.name);
    }
  }
  const longest = (names: Set<string>) => [...names].sort((x, y) => y.length - x.length)[0]!;
  // Full names by their first and last word, for "Vladimir Putin" inside "Vladimir Vladimirovich Putin".
  const byEnds = new Map<string, string[]>();
  for (const f of full) {
    const parts = f.name.split(' ');
    const k = `${parts[0]} ${parts.at(-1)}`;
    const list = byEnds.get(k) ?? [];
    list.push(f.name);
    byEnds.set(k, list);
  }
  for (const c of cands) {
    if (c.key) continue;
    if (c.type === 'Person' && !c.name.includes(' ')) {
      const set = byPart.get(c.name);
      // Merge only when the part names one person (two Smiths in a story stay apart).
      if (set && (set.size === 1 || new Set([...set].map((n) => n.split(' ').at(-1))).size === 1)) c.name = longest(set);
    } else if (c.type === 'Person') {
      // "Vladimir Putin" inside "Vladimir Vladimirovich Putin".
      const parts = c.name.split(' ');
      const wider = (byEnds.get(`${parts[0]} ${parts.at(-1)}`) ?? []).find((n) => n !== c.name);
      if (wider) c.name = wider;
    } else if (!c.gaz && c.kind === 'name' && !c.name.includes(' ') && byPart.has(c.name)) {
      // A surname the tagger typed otherwise, in an article that names the person in full.
      const set = byPart.get(c.name)!;
      const last = [...set].filter((n) => n.endsWith(' ' + c.name));
      if (last.length === 1) {
        c.type = 'Person';
        c.name = last[0]!;
      }
    }
  }
}

function mergeOrganisations(cands: Cand[]): void {
  // Organisations: "Lockheed" after "Lockheed Martin", "Aer Lingus" beside "Aer Lingus Group" (the longer name's start).
  const widerOrgs = prefixIndex(cands.filter((c) => c.type === 'Organization' && !c.key && c.name.includes(' ')).map((c) => c.name));
  for (const c of cands) {
    if (c.type !== 'Organization' || c.key || c.gaz || c.kind !== 'name') continue;
    const wider = widerOrgs.get(c.name);
    if (wider?.size === 1) c.name = [...wider][0]!;
  }
}

/** Each proper word-prefix of each name → the names it opens ("Aer Lingus" → {"Aer Lingus Group"}). */
function prefixIndex(names: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const n of new Set(names)) {
    const words = n.split(' ');
    for (let k = 1; k < words.length; k++) {
      const p = words.slice(0, k).join(' ');
      const set = out.get(p) ?? new Set<string>();
      set.add(n);
      out.set(p, set);
    }
  }
  return out;
}

/**
 * Companies the tagger took for people or places ("Chrysler said", "shares of Ryanair"): a name with
 * company evidence around it (a company suffix, "shares of X", "carmaker X", "X's chief executive",
 * "X shares") is an organisation, and so is every other mention of that name in the article, unless
 * the name is also part of a person's full name there ("Henry Ford" beside "Ford").
 */
function companyEvidence(layer: TextLayer, prep: Prepared, cands: Cand[]): void {
  const toks = layer.tokens;
  const firms = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'name' || (c.gaz && c.gaz.type !== 'Organization')) continue;
    if (c.type !== 'Organization' && !companyContext(layer, prep, c.from, c.to)) continue;
    if (c.type !== 'Organization' || companyContext(layer, prep, c.from, c.to)) firms.add(lowerJoin(toks, c.from, c.to));
    c.type = 'Organization';
  }
  if (!firms.size) return;
  const personWords = new Set(cands.filter((c) => c.type === 'Person' && c.to - c.from > 1).flatMap((c) => lowerJoin(toks, c.from, c.to).split(' ')));
  const firmPrefixes = prefixIndex([...firms]);
  for (const c of cands) {
    if (c.type === 'Organization' || c.kind !== 'name' || c.gaz) continue;
    const n = lowerJoin(toks, c.from, c.to);
    if (c.to - c.from === 1 && personWords.has(n)) continue;
    if (firms.has(n) || firmPrefixes.has(n)) c.type = 'Organization';
  }
}

/** Is there company evidence around tokens [from, to): a company suffix, "shares of X", "carmaker X", "X's chief executive", "X shares"? */
function companyContext(layer: TextLayer, prep: Prepared, from: number, to: number): boolean {
  const toks = layer.tokens;
  const lower = prep.lower;
  const sentence = toks[from]!.sentence;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k]!.sentence === sentence ? lower[k]! : '');
  const prev = at(from - 1);
  const prev2 = at(from - 2);
  const next = at(to);
  const next2 = at(to + 1);
  return (
    (to - from > 1 && COMPANY_SUFFIX.test(toks[to - 1]!.text)) ||
    ((prev === 'of' || prev === 'in') && /^(shares|stock|stake|shareholders|stockholders|subsidiary|unit|division|takeover)$/.test(prev2)) ||
    (COMPANY_NOUNS.has(prev) && from > 0 && !prep.cap[from - 1]) ||
    ((next === "'s" || next === '’s') && ((COMPANY_OWNED.has(next2) && next2 !== 'chief' && next2 !== 'chairman') || (next2 === 'chief' && /^(executive|financial|operating)$/.test(at(to + 2))))) ||
    /^(shares|stock|shareholders|stockholders)$/.test(next)
  );
}

/** The country key of a candidate that can own government bodies: a country, historical state or their demonym. */
function ownerOf(c: Cand | undefined): string | undefined {
  const g = c?.gaz;
  if (!c || c.type !== 'Place' || !g) return undefined;
  if (g.kind === 'country' && adjectiveOf.has(`Place/${g.name}`)) return `Place/${g.name}`;
  if (g.kind === 'demonym' && g.country && adjectiveOf.has(g.country)) return g.country;
  return undefined;
}

/**
 * Government bodies keep their country: "the Russian Foreign Ministry", "Russia's Foreign Ministry"
 * and "the Russian foreign ministry" are one Organization "Russian Foreign Ministry" affiliated with
 * Russia; "the US Labor Department" is "US Labor Department"; "the Ukrainian military" (lower case)
 * is the Organization "Ukrainian military" (a 'nominal' mention). A body the gazetteer ties to its
 * country keeps the gazetteer's name ("US State Department" → "State Department"). A bare "Foreign
 * Ministry" later in the article joins the one country-qualified ministry named before.
 * See docs/entities.md, "Government bodies".
 */
function governmentBodies(layer: TextLayer, prep: Prepared, cands: Cand[]): void {
  const toks = layer.tokens;
  const lower = prep.lower;
  /** End of a body head starting at token k (within limit), or -1. */
  const headAt = (k: number, limit: number): number => {
    for (const h of bodyHeads) {
      if (k + h.length > limit) continue;
      let ok = true;
      for (let j = 0; j < h.length && ok; j++) ok = lower[k + j] === h[j];
      if (ok) return k + h.length;
    }
    return -1;
  };
  const endsWithHead = (from: number, to: number): boolean => {
    for (let k = to - 1; k >= from; k--) if (headAt(k, to) === to) return true;
    return false;
  };
  /** A body's name: ends on a head ("Foreign Ministry") or opens on one followed by "of" ("Ministry of Defence"). */
  const isBody = (from: number, to: number): boolean => {
    const h = headAt(from, to);
    return endsWithHead(from, to) || (h > 0 && h + 1 < to && lower[h] === 'of');
  };
  /** The body's words in canonical case: "foreign ministry" → "Foreign Ministry", "Military" → "military". */
  const bodyText = (from: number, to: number): string => {
    let headFrom = to;
    for (let k = from; k < to && headFrom === to; k++) if (headAt(k, to) === to) headFrom = k;
    const lowerHead = lowerCaseBodies.has(lower.slice(headFrom, to).join(' '));
    return toks
      .slice(from, to)
      .map((t, i) => (/^(of|for|and|the|on)$/i.test(t.text) || (lowerHead && from + i >= headFrom) ? t.text.toLowerCase() : t.text[0]!.toUpperCase() + t.text.slice(1)))
      .join(' ');
  };
  const qualify = (c: Cand, owner: string, from: number, to: number): void => {
    const gaz = bySurface.get(lowerJoin(toks, from, to));
    if (gaz?.kind === 'org' && gaz.country) {
      // A national body of this country ("US State Department"); another country's is left alone.
      if (gaz.country !== owner) return;
      c.gaz = gaz;
      c.name = gaz.name;
    } else {
      if (gaz && gaz.kind !== 'org') return;
      c.gaz = undefined;
      c.name = `${adjectiveOf.get(owner)!} ${bodyText(from, to)}`;
    }
    c.type = 'Organization';
    c.affiliation = owner;
  };

  const owners = new Map<number, Cand>();
  for (const c of cands) if (ownerOf(c)) owners.set(c.to, c);
  const added: Cand[] = [];
  for (const c of cands) {
    if (c.key || c.affiliation) continue;
    if (c.type === 'Organization' && c.kind === 'name') {
      // (a) The country inside the span: "US Labor Department", "Russian Foreign Ministry".
      const g = prep.gaz[c.from]!;
      if (g === 'B-country' || g === 'B-demonym') {
        let j = c.from + 1;
        while (j < c.to && prep.gaz[j]!.startsWith('I-')) j++;
        const owner = ownerOf({ ...c, type: 'Place', gaz: bySurface.get(lowerJoin(toks, c.from, j)) });
        const rest = bySurface.get(lowerJoin(toks, j, c.to));
        if (owner && j < c.to && (isBody(j, c.to) || (rest?.kind === 'org' && rest.country))) {
          qualify(c, owner, j, c.to);
          continue;
        }
      }
      // (b) The country just before: "Russian Foreign Ministry" tagged in two, "Russia's Foreign Ministry".
      const before = owners.get(c.from) ?? (c.from > 0 && /^['’]s$/.test(toks[c.from - 1]!.text) ? owners.get(c.from - 1) : undefined);
      const owner = ownerOf(before);
      if (owner && (isBody(c.from, c.to) || (c.gaz?.kind === 'org' && c.gaz.country))) qualify(c, owner, c.from, c.to);
    } else if (ownerOf(c) && c.to < toks.length) {
      // (c) A body in lower case after a country or demonym: "the Ukrainian military", "Russia's foreign ministry".
      let k = c.to;
      if (/^['’]s$/.test(toks[k]!.text)) k++;
      const sentence = toks[c.from]!.sentence;
      let j = k;
      while (j < toks.length && j - k < 3 && !prep.cap[j] && bodyModifiers.has(lower[j]!) && headAt(j, toks.length) < 0) j++;
      if (j >= toks.length || prep.cap[j] || toks[j]!.sentence !== sentence) continue;
      const end = headAt(j, toks.length);
      if (end < 0 || toks.slice(k, end).some((t) => t.text !== t.text.toLowerCase())) continue;
      // "the US military's", "Ukrainian army units": the body is named; what follows does not matter.
      if (cands.some((o) => o.from < end && o.to > k && o !== c)) continue;
      const body = cand(k === c.to ? c.from : k, end, 'Organization', 'nominal', undefined);
      qualify(body, ownerOf(c)!, k, end);
      if (body.affiliation) added.push(body);
    }
  }
  cands.push(...added);
  cands.sort((a, b) => a.from - b.from || b.to - a.to);

  // (d) A bare "Foreign Ministry" after one country-qualified "Russian Foreign Ministry" is that ministry.
  const qualified = new Map<string, Set<string>>();
  for (const c of cands) {
    if (!c.affiliation || c.gaz) continue;
    const body = c.name.slice(adjectiveOf.get(c.affiliation)!.length + 1).toLowerCase();
    let set = qualified.get(body);
    if (!set) qualified.set(body, (set = new Set()));
    set.add(c.name + '\u0000' + c.affiliation);
  }
  if (!qualified.size) return;
  for (const c of cands) {
    if (c.affiliation || c.key || c.gaz || c.type !== 'Organization' || c.kind !== 'name') continue;
    const set = qualified.get(c.name.toLowerCase());
    if (set?.size !== 1) continue;
    const [name, owner] = [...set][0]!.split('\u0000') as [string, string];
    c.name = name;
    c.affiliation = owner;
  }
}

/** Do the acronym's letters spell the initials of the name's words (with or without its small words)? */
function initialsMatch(layer: TextLayer, c: Cand, acro: string): boolean {
  const letters = acro.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  const words = layer.tokens.slice(c.from, c.to).map((t) => t.text).filter((w) => /^\p{L}/u.test(w));
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  const big = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
  return letters.length >= 2 && (letters === all || letters === big || letters === initials(layer, c));
}

/** Capital initials of an organisation's name words ("European Central Bank" → "ECB"). */
function initials(layer: TextLayer, c: Cand): string {
  let out = '';
  for (let k = c.from; k < c.to; k++) {
    const w = layer.tokens[k]!.text;
    if (/^\p{Lu}/u.test(w)) out += w[0];
  }
  return out;
}

/**
 * Reads titles before a person's name ("US Secretary of State Anthony Blinken") and appositives
 * after it ("Douglas McGregor, a former adviser to the head of the Pentagon,") into Entity.roles,
 * and the organisations and places named inside them into Entity.affiliations.
 */
function readRoles(layer: TextLayer, lower: string[], mentions: Mention[], cands: Cand[], entities: Map<string, Entity>): void {
  const toks = layer.tokens;
  // Token → index of the mention that starts / covers it.
  const mentionAt = new Int32Array(toks.length).fill(-1);
  cands.forEach((c, m) => {
    for (let k = c.from; k < c.to; k++) mentionAt[k] = m;
  });
  const wordOk = (k: number) => {
    const lw = lower[k]!;
    return titleHeads.has(lw) || titleModifiers.has(lw) || (mentionAt[k]! >= 0 && cands[mentionAt[k]!]!.type !== 'Person');
  };
  const addRole = (e: Entity, from: number, to: number) => {
    // Function words never open or close a role ("the", "of").
    while (from < to && /^(the|a|an|of|and|for|to|on|in|at|&)$/.test(lower[from]!)) from++;
    while (to > from && /^(the|a|an|of|and|for|to|on|in|at|&|'s)$/.test(lower[to - 1]!)) to--;
    if (to <= from) return;
    let head = false;
    for (let k = from; k < to; k++) if (titleHeads.has(lower[k]!)) head = true;
    if (!head) return;
    const role = squash(textOf(layer, from, to));
    if (!e.roles.includes(role)) e.roles.push(role);
    for (let k = from; k < to; k++) {
      const m = mentionAt[k]!;
      if (m < 0) continue;
      const key = mentions[m]!.entity;
      const target = entities.get(key);
      if (target && target.type !== 'Person' && !e.affiliations.includes(key)) e.affiliations.push(key);
    }
  };

  cands.forEach((c, m) => {
    if (c.type !== 'Person') return;
    const e = entities.get(mentions[m]!.entity);
    if (!e) return;
    const sentence = layer.sentences[toks[c.from]!.sentence]!;
    // Before the name: skip forms of address, then walk back over title words and non-person names.
    let k = c.from - 1;
    while (k >= sentence.tokenStart && honorifics.has(lower[k]!)) k--;
    let from = k + 1;
    while (k >= sentence.tokenStart && c.from - k <= 12 && (wordOk(k) || (lower[k] === "'s" && k > sentence.tokenStart && mentionAt[k - 1]! >= 0))) {
      from = k;
      k--;
    }
    if (from < c.from) addRole(e, from, c.from);

    // After the name: ", a former adviser to the head of the Pentagon,".
    let j = c.to;
    if (j + 1 < sentence.tokenEnd && toks[j]!.text === ',') {
      j++;
      const start = j;
      if (/^(a|an|the)$/.test(lower[j]!)) j++;
      // The phrase must open on a title: modifiers and names may precede its head word.
      let sawHead = false;
      while (j < sentence.tokenEnd && j - start < 6 && !sawHead) {
        if (titleHeads.has(lower[j]!)) sawHead = true;
        else if (!wordOk(j) && !(lower[j] === "'s")) break;
        j++;
      }
      if (!sawHead) return;
      while (j < sentence.tokenEnd && j - start < 20 && !/^[,;:)(—–"“”]$/.test(toks[j]!.text) && toks[j]!.pos !== 'VERB' && toks[j]!.pos !== 'AUX' && lower[j] !== 'who' && lower[j] !== 'which' && !(toks[j]!.text === '.' && j === sentence.tokenEnd - 1)) j++;
      addRole(e, start, j);
    }
  });
}

/**
 * A capital named as an actor ("Washington said", "Moscow is ready", "relations between Moscow and
 * Beijing", "Moscow's decision") speaks for its country's government: the city entity keeps its
 * key and gains `speaksFor`.
 */
function markMetonymy(layer: TextLayer, lower: string[], mentions: Mention[], cands: Cand[], entities: Map<string, Entity>): void {
  const toks = layer.tokens;
  cands.forEach((c, m) => {
    if (c.type !== 'Place' || c.kind !== 'name') return;
    const e = entities.get(mentions[m]!.entity);
    if (!e || e.speaksFor) return;
    const country = countryOfCapital(e.name);
    if (!country) return;
    const prev = c.from > 0 && toks[c.from - 1]!.sentence === toks[c.from]!.sentence ? lower[c.from - 1]! : '';
    const next = c.to < toks.length && toks[c.to]!.sentence === toks[c.from]!.sentence ? toks[c.to]! : null;
    if (LOCATIVE.has(prev)) return;
    const actsAsSubject = next !== null && (next.pos === 'VERB' || next.pos === 'AUX' || /^['’]s$/.test(next.text));
    const coordinated = prev === 'between' || (prev === 'and' && c.from > 2 && cands.some((o) => o.to === c.from - 1 && o.type === 'Place' && countryOfCapital(o.name) !== undefined)) || (next?.text === 'and' && c.from > 0 && lower[c.from - 1] === 'between');
    if (actsAsSubject || coordinated) e.speaksFor = country;
  });
}

let capitals: Map<string, string> | null = null;
/** Capital name → country key, built on first use. */
function capitalCountry(): Map<string, string> {
  if (capitals) return capitals;
  capitals = new Map();
  for (const [country, caps] of capitalsOf) for (const c of caps) capitals.set(c, country);
  return capitals;
}

/** The key of the country whose capital has this name, if any. */
function countryOfCapital(name: string): string | undefined {
  const g = bySurface.get(name.toLowerCase());
  if (g?.kind === 'capital') return g.country;
  return capitalCountry().get(name);
}

// "NEW YORK —", "MOSCOW, Jan 31 (Reuters) -", "WASHINGTON (AP) —", "LONDON 1996-08-30".
const DATELINE = /^[ \t]*(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?)(?:,[ \t]*[\p{Lu}][\p{L}.]*(?:[ \t]+\d{1,2})?(?:,?[ \t]*\d{4})?)?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?:[—–]|--?(?=\s)|\d{4}-\d\d-\d\d)/u;

/** The dateline place of the first lines of the article, as an entity key; its mention is added if missing. */
function findDateline(layer: TextLayer, mentions: Mention[], entities: Map<string, Entity>): string | null {
  // The dateline opens the article, or the line after a headline.
  for (const p of layer.paragraphs.slice(0, 3)) {
    const line = layer.text.slice(p.start, Math.min(p.end, p.start + 120));
    const m = DATELINE.exec(line);
    if (!m) continue;
    const place = m[1]!.replace(/[ .-]+$/, '');
    if (place.length < 3 || /^(UPDATE|BREAKING|EXCLUSIVE|ANALYSIS|FACTBOX|WRAPUP|REFILE|CORRECTED)\b/.test(place)) continue;
    const start = p.start + m.index + m[0].indexOf(place);
    const end = start + place.length;
    const existing = mentions.find((x) => x.start === start && x.end === end) ?? mentions.find((x) => x.start >= start && x.end <= end);
    if (existing) {
      const e = entities.get(existing.entity);
      if (e?.type === 'Place') return e.key;
    }
    const gaz = bySurface.get(place.toLowerCase().replace(/\s+/g, ' '));
    // "SOCCER - JAPAN GET LUCKY WIN" is a headline: a dateline names a known place, or carries a date or an agency.
    const rest = line.slice(m.index + m[0].length);
    const restWords = rest.match(/\p{L}{2,}/gu) ?? [];
    const shouting = restWords.length >= 2 && restWords.filter((w) => w === w.toUpperCase()).length / restWords.length > 0.6;
    const marked = /\(|\d/.test(m[0].slice(m[1]!.length));
    if (shouting || !(marked || (gaz && gaz.type === 'Place'))) continue;
    const name = gaz && gaz.type === 'Place' ? gaz.name : tidyCase(place);
    const key = `Place/${name}`;
    let e = entities.get(key);
    if (!e) {
      e = { key, name, type: 'Place', aliases: [], roles: [], affiliations: [] };
      if (gaz?.subtype) e.subtype = gaz.subtype;
      if (gaz?.wikidata && gaz.name === name) e.wikidata = gaz.wikidata;
      entities.set(key, e);
    }
    if (!existing) {
      mentions.push({ start, end, text: layer.text.slice(start, end), kind: 'name', entity: key });
      mentions.sort((a, b) => a.start - b.start);
    }
    return key;
  }
  return null;
}
