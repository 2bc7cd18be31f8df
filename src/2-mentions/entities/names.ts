// Stage 2, named entities: canonical names and merging within the article (gazetteer names, one type
// per name, acronyms with their expansions, surnames and shorter forms with full names, organisation
// prefixes), then the entities and mentions the candidates stand for.

import type { Entity, EntityType, Mention, TextLayer } from '../../types.js';
import { prefixIndex, squash, textOf, tidyCase, type Cand } from './candidate.js';
import { orgSubtype } from './companies.js';
import { bySurface, honorifics, orgByAcronym } from './gazetteer.js';
import { ALIAS_OPENERS, COMPANY_HEADS, FOREIGN_BODY_WORDS, LEGAL_FORM, LOWER_SURNAME_PARTICLES, ORGANISATION_OF_HEADS, SAINT_WORDS, SURNAME_PARTICLES } from './words.js';
import { PARTY_LETTERS } from '../../lexicon/party-tags.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { givenNameClass } from './given-names.js';

/** Entities by key, in order of first mention, with the mentions (and the candidate of each). */
export function entitiesOf(layer: TextLayer, cands: Cand[]): { entities: Map<string, Entity>; mentions: Mention[]; mentionCand: Cand[] } {
  const toks = layer.tokens;
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const mentionCand: Cand[] = [];
  const introduced = introducedHeads(layer, cands);
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
    // (A lone head word, "the Agency", only as the text gave it or as the name in other capitals, "CONGRESS": introducedHeads.)
    if (c.kind !== 'demonym' && alias !== e.name && !e.aliases.includes(alias) && (!loneHead(layer, c) || introduced.has(alias) || alias.toLowerCase() === e.name.toLowerCase())) e.aliases.push(alias);
    const owner = c.affiliation ?? (c.gaz?.kind === 'org' && c.gaz.name === e.name ? c.gaz.country : undefined);
    if (owner && owner !== key && !e.affiliations.includes(owner)) e.affiliations.push(owner);
    mentions.push({ start: toks[c.from]!.start, end: toks[c.to - 1]!.end, text: surface, kind: c.kind, entity: key });
    mentionCand.push(c);
  }
  return { entities, mentions, mentionCand };
}

/** An organisation's head word alone ("Agency", "Authority", "Commission"): it names any body of that kind. */
function loneHead(layer: TextLayer, c: Cand): boolean {
  return c.to - c.from === 1 && ORGANISATION_OF_HEADS.has(layer.tokens[c.from]!.lower);
}

/**
 * The lone head words the text itself gives a body as its short name: in brackets right after the
 * name ("the Harbour Authority (the Authority)") or after an alias phrase ("…, known as the Agency,").
 * Only these become a body's alias; "the Agency" the article merely takes up is no name of that body,
 * which another article's agency would share.
 */
function introducedHeads(layer: TextLayer, cands: readonly Cand[]): Set<string> {
  const toks = layer.tokens;
  const out = new Set<string>();
  for (const c of cands) {
    if (!loneHead(layer, c)) continue;
    const at = toks[c.from - 1]?.lower === 'the' ? c.from - 1 : c.from;
    const named = cands.some((o) => o !== c && o.type === 'Organization' && o.to - o.from >= 2 && o.to < at && toks[o.to]!.sentence === toks[c.from]!.sentence && (at === o.to + 1 ? toks[o.to]!.text === '(' : ALIAS_OPENERS.has(toks.slice(o.to + 1, at).map((t) => t.lower).join(' '))));
    if (named) out.add(squash(textOf(layer, c.from, c.to)));
  }
  return out;
}

/**
 * Gives every candidate its canonical name and merges the article's mentions: gazetteer aliases,
 * acronyms with their expansions, surnames and first names with full names.
 */
export function resolveNames(layer: TextLayer, cands: Cand[]): void {
  // One function per step, for V8: as one function it was re-optimised whole (≈200 ms a time, see findEntities).
  canonicalNames(layer, cands);
  voteTypes(layer, cands);
  acronymExpansions(layer, cands);
  acronymInitials(layer, cands);
  knownAsAliases(layer, cands);
  bracketedShortNames(layer, cands);
  natoAlliance(layer, cands);
  acronymOpenedOrganisations(layer, cands);
  mergePeople(cands);
  mergeOrganisations(layer, cands);
}

function canonicalNames(layer: TextLayer, cands: Cand[]): void {
  for (const c of cands) {
    // (A saint's place keeps its "'s": "St. John's", "St. George's" — span rule saint-place-name.)
    const whole = squash(textOf(layer, c.from, c.to));
    const surface = SAINT_WORDS.has(layer.tokens[c.from]!.text) ? whole : whole.replace(/['’]s$/, '');
    if (c.gaz && c.gaz.type === c.type) c.name = c.gaz.name;
    else c.name = tidyCase(surface);
    // "Chrysler LLC", "Bank of America Corporation": the legal form is not part of the canonical name.
    if (c.type === 'Organization' && !(c.gaz && c.gaz.type === c.type)) c.name = c.name.replace(LEGAL_FORM, '') || c.name;
    // "(R)", "D-Calif.": a party's letter after a politician's name names the party (span rule party-state-tag).
    if (c.type === 'Organization' && c.from > 0 && c.to - c.from <= 3 && (layer.tokens[c.from - 1]!.text === '(' || layer.tokens[c.from - 1]!.text === ',')) c.name = PARTY_LETTERS.get(layer.tokens[c.from]!.text) ?? c.name;
  }
}

function voteTypes(layer: TextLayer, cands: Cand[]): void {
  // One name, one type within an article: a lone word that opens a longer organisation's name is
  // that organisation ("Chrysler" beside "Chrysler Group"), and repeated names take their majority type,
  // except a name the article once gives a form of address ("Mr. Obama"): a person's, whatever the votes.
  const toks = layer.tokens;
  const addressed = new Set(cands.filter((c) => c.kind === 'name' && !c.gaz && c.from > 0 && /^\p{Lu}/u.test(toks[c.from - 1]!.text) && honorifics.has(toks[c.from - 1]!.lower)).map((c) => c.name));
  unknownGivenNamePeople(layer, cands, addressed);
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
    if (c.kind !== 'name' || c.gaz) continue;
    if (addressed.has(c.name)) {
      c.type = 'Person';
      continue;
    }
    const v = votes.get(c.name);
    if (!v || v.size < 2) continue;
    const [best, n] = [...v.entries()].sort((x, y) => y[1] - x[1])[0]!;
    if (n > (v.get(c.type) ?? 0)) c.type = best;
  }
}

/** Title-case words: a given name or a surname, not an acronym or a word in capitals. */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** The subject pronouns of a person, as written at a sentence's start. */
const PERSON_SUBJECTS: ReadonlySet<string> = new Set(['He', 'She']);

/**
 * "Hatice Demir plans to stay … Ms Demir said", "Nurbek Ospanov plans to run. He said …": the tagger
 * types a person whose given name it does not know by the verb after the name. A two-word name typed as
 * an organisation, outside the gazetteer, both words title case and neither an English word nor an
 * organisation's or company's word nor a word the gazetteer knows, and no capitalised word after it, is a person when the article gives its last word a form of address
 * or types that word alone as a person ("Demir, 54, said"), or when it opens its sentence, no other name in that sentence is a person's, and the next sentence
 * opens with "He" or "She".
 */
function unknownGivenNamePeople(layer: TextLayer, cands: Cand[], addressed: ReadonlySet<string>): void {
  const toks = layer.tokens;
  // (The one-word names the tagger typed as people: "Demir, 54, said".)
  const aloneAsPerson = new Set(cands.filter((c) => c.type === 'Person' && c.kind === 'name' && c.to - c.from === 1).map((c) => toks[c.from]!.text));
  for (const c of cands) {
    if (c.type !== 'Organization' || c.kind !== 'name' || c.gaz || c.to - c.from !== 2) continue;
    const [a, b] = [toks[c.from]!, toks[c.from + 1]!];
    if (!TITLE_WORD.test(a.text) || !TITLE_WORD.test(b.text) || isLexicalWord(a.lower) || isLexicalWord(b.lower) || COMPANY_HEADS.has(b.lower) || ORGANISATION_OF_HEADS.has(b.lower)) continue;
    // (Nor a place's word, "the Miami Gonzalez family", nor another language's word for a body, "Institut Merieux", nor a name a capitalised word goes on after: "Jim Pattison Industries".)
    const after = toks[c.to];
    if (bySurface.get(a.lower) || bySurface.get(b.lower) || FOREIGN_BODY_WORDS.has(a.lower) || (after && after.sentence === a.sentence && /^\p{Lu}/u.test(after.text))) continue;
    if (addressed.has(b.text) || aloneAsPerson.has(b.text) || (opensSentence(layer, c) && heOrSheNext(layer, cands, c))) c.type = 'Person';
  }
}

/** Does candidate c open its sentence? */
function opensSentence(layer: TextLayer, c: Cand): boolean {
  return layer.sentences[layer.tokens[c.from]!.sentence]!.tokenStart === c.from;
}

/** Does the sentence after c's open with "He" or "She", with no other person named in c's sentence? */
function heOrSheNext(layer: TextLayer, cands: readonly Cand[], c: Cand): boolean {
  const toks = layer.tokens;
  const next = layer.sentences[toks[c.from]!.sentence + 1];
  if (!next || !PERSON_SUBJECTS.has(toks[next.tokenStart]!.text)) return false;
  const sentence = toks[c.from]!.sentence;
  return !cands.some((o) => o !== c && o.type === 'Person' && toks[o.from]!.sentence === sentence);
}

/** Capitals that open a company's name before its word ("LM Ericsson", "AP Moller"): two to four, no stops. */
const OPENING_ACRONYM = /^\p{Lu}{2,4}$/u;

/**
 * "LM Ericsson AB said … Ericsson said in a statement": an organisation named by an acronym and one
 * title-case word that is no English word nor a given name is called by that word alone; the word alone
 * in the article typed as a person is that organisation, unless a person's fuller name in the article
 * ends in it. (Not the word typed as an organisation: "RJR Nabisco" beside "Nabisco" names the
 * forerunner, another company.)
 */
function acronymOpenedOrganisations(layer: TextLayer, cands: Cand[]): void {
  const toks = layer.tokens;
  const byWord = new Map<string, Cand>();
  for (const c of cands) {
    if (c.type !== 'Organization' || c.kind !== 'name' || c.to - c.from < 2) continue;
    const [a, b] = [toks[c.from]!, toks[c.from + 1]!];
    if (!OPENING_ACRONYM.test(a.text) || !TITLE_WORD.test(b.text) || isLexicalWord(b.lower) || givenNameClass(b.lower) !== 0) continue;
    // (The name's own words after the pair are a legal form or company word only: "LM Ericsson AB", not "AP Moller Maersk Line".)
    if (c.name.split(' ').length !== 2) continue;
    byWord.set(b.text, c);
  }
  if (!byWord.size) return;
  const fuller = new Set(cands.filter((c) => c.type === 'Person' && c.to - c.from > 1).map((c) => toks[c.to - 1]!.text));
  for (const c of cands) {
    const org = c.to - c.from === 1 && c.kind === 'name' && !c.gaz && c.type === 'Person' ? byWord.get(toks[c.from]!.text) : undefined;
    if (!org || fuller.has(toks[c.from]!.text)) continue;
    c.type = 'Organization';
    c.name = org.name;
    c.key = org.key ?? `Organization/${org.name}`;
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
    // ("the Malawian Football Association (FAM)": the initials in another order, as the body's own language writes its name.)
    if (!(known && a.gaz === known) && !initialsMatch(layer, a, acro) && !(a.type === 'Organization' && (initialsReordered(layer, a, acro) || initialsWithOneMore(layer, a, acro)))) continue;
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

/**
 * "the Moroccan Agency for Sustainable Energy, known as Masen,": a name set off after an
 * organisation's by a comma or bracket and an alias phrase (entity-words.json aliasOpeners), and
 * closed by a comma, bracket or the sentence's end, is that organisation's short name, as an acronym
 * in brackets is; its other bare uses in the article are the organisation too.
 */
function knownAsAliases(layer: TextLayer, cands: Cand[]): void {
  const toks = layer.tokens;
  for (let k = 0; k + 1 < cands.length; k++) {
    const [a, b] = [cands[k]!, cands[k + 1]!];
    const opener = toks[a.to]?.text;
    if (a.type !== 'Organization' || a.to - a.from < 2 || (opener !== ',' && opener !== '(') || b.to - b.from > 3 || toks[b.from]!.sentence !== toks[a.from]!.sentence) continue;
    const phrase = toks.slice(a.to + 1, b.from).map((t) => t.lower).join(' ');
    const close = toks[b.to];
    if (!ALIAS_OPENERS.has(phrase) || (close && close.sentence === toks[b.from]!.sentence && !/^[,).;]$/.test(close.text))) continue;
    const alias = textOf(layer, b.from, b.to);
    a.key ??= `${a.type}/${a.name}`;
    for (const o of cands) if (o !== a && textOf(layer, o.from, o.to) === alias) {
      o.type = a.type;
      o.key = a.key;
    }
  }
}

/**
 * "the Gabonese Basketball Federation (Febago)", "the Nepalese Teachers Union (Neptu)": one word in
 * brackets right after an organisation's name of two words or more, capitalised and in lower case after
 * its first letter, no English word, in no gazetteer entry, whose first letter opens one of the name's
 * capitalised words, is the organisation's short name, as an acronym in brackets is (a syllable acronym
 * of the name in its own language); its other bare uses in the article are the organisation too.
 */
function bracketedShortNames(layer: TextLayer, cands: Cand[]): void {
  const toks = layer.tokens;
  for (let k = 0; k + 1 < cands.length; k++) {
    const [a, b] = [cands[k]!, cands[k + 1]!];
    if (a.type !== 'Organization' || a.to - a.from < 2 || b.from !== a.to + 1 || b.to !== b.from + 1 || toks[a.to]!.text !== '(' || toks[b.to]?.text !== ')' || b.gaz || b.key) continue;
    const word = toks[b.from]!.text;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || isLexicalWord(word.toLowerCase()) || !initials(layer, a).includes(word[0]!)) continue;
    a.key ??= `${a.type}/${a.name}`;
    for (const o of cands) if (o !== a && textOf(layer, o.from, o.to) === word) {
      o.type = a.type;
      o.key = a.key;
    }
  }
}

/** Are the acronym's letters (three or more) the capital initials of the name's words in another order ("FAM" for "Malawian Football Association")? */
function initialsReordered(layer: TextLayer, c: Cand, acro: string): boolean {
  const letters = acro.replace(/[^A-Z]/g, '');
  const sorted = (w: string) => [...w].sort().join('');
  return letters.length >= 3 && letters.length === acro.length && sorted(letters) === sorted(initials(layer, c));
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
    const match = orgsByInitials.get(acro) ?? widenedToInitials(layer, cands, acro);
    if (match) {
      // (A name widened for the first use of the acronym stands for its later uses too.)
      orgsByInitials.set(acro, match);
      c.type = 'Organization';
      c.key = match.key ?? `Organization/${match.name}`;
    }
  }
  // (Candidates a widened name absorbed are left empty: drop them.)
  for (let k = cands.length - 1; k >= 0; k--) if (cands[k]!.to <= cands[k]!.from) cands.splice(k, 1);
}

/**
 * "Export Development Canada … EDC", "Immigration, Refugees and Citizenship Canada … IRCC": the
 * tagger left the name's first word out (a capital opening a sentence, a comma inside the name); the
 * acronym's initials prove it, and the organisation takes the words back.
 */
function widenedToInitials(layer: TextLayer, cands: Cand[], acro: string): Cand | undefined {
  const toks = layer.tokens;
  for (const o of cands) {
    if (o.type !== 'Organization' || o.kind !== 'name' || o.gaz || o.key) continue;
    const ini = initials(layer, o);
    if (ini.length < 2 || ini.length >= acro.length || acro.length - ini.length > 2 || !acro.endsWith(ini)) continue;
    let need = acro.slice(0, acro.length - ini.length);
    let from = o.from;
    while (need && from > 0) {
      const t = toks[from - 1]!;
      if (t.text === ',' && from - 1 > 0 && toks[from - 2]!.sentence === t.sentence) { from--; continue; }
      if (!/^\p{Lu}\p{Ll}/u.test(t.text) || t.quote !== toks[o.from]!.quote || t.text[0] !== need.at(-1)) break;
      need = need.slice(0, -1);
      from--;
    }
    if (need || toks[from]!.text === ',') continue;
    // A one-word name the tagger made of the first word ("Immigration" typed a place) is absorbed.
    const inside = cands.filter((x) => x !== o && x.to > from && x.from < o.from);
    if (inside.some((x) => x.to - x.from > 1 || x.type === 'Person' || x.from < from)) continue;
    for (const x of inside) x.to = x.from;
    o.from = from;
    o.name = tidyCase(squash(textOf(layer, o.from, o.to)));
    return o;
  }
  return undefined;
}

function natoAlliance(layer: TextLayer, cands: Cand[]): void {
  const toks = layer.tokens;
  // "the Alliance" in an article about NATO is NATO.
  const nato = cands.find((c) => c.gaz?.name === 'NATO');
  if (nato) for (const c of cands) if (!c.gaz && c.to - c.from === 1 && toks[c.from]!.text === 'Alliance') Object.assign(c, { type: 'Organization', gaz: nato.gaz, name: 'NATO' });
}

/**
 * The full name a one-word name stands for, given the full names that hold it in reading order:
 * the only one; the longest of one person's forms ("Vladimir Putin", "Vladimir Vladimirovich
 * Putin"); of two people with one surname, the one the story named first ("Dorie Greenspan …
 * with her husband Michael Greenspan … Greenspan says": a writer gives the second a first name
 * each time). Two names that share a first name only stay apart.
 */
function personOfPart(part: string, set: Set<string>, longest: (names: Set<string>) => string): string | null {
  // (News calls people by their surname: a word that ends some of the full names and opens others
  // is read as the surname — "Rubio" of "Marco Rubio", not of a headline's "Rubio Showing Comfort".)
  const surnameOf = [...set].filter((n) => n.endsWith(` ${part}`));
  const names = surnameOf.length ? surnameOf : [...set];
  if (names.length === 1) return names[0]!;
  if (new Set(names.map((n) => n.split(' ').at(-1))).size !== 1) return null;
  return new Set(names.map((n) => n.split(' ')[0])).size === 1 ? longest(set) : names[0]!;
}

function mergePeople(cands: Cand[]): void {
  // People: a single name ("Lavrov", "Sergei") or a shorter form joins the full name that holds it.
  const persons = cands.filter((c) => c.type === 'Person');
  const full = persons.filter((c) => c.name.includes(' '));
  const byPart = new Map<string, Set<string>>();
  for (const f of full) {
    const parts = f.name.split(' ');
    // (A capitalised middle word of a long name is a name people go by too: "Lula" in "Luiz Inácio Lula da Silva".)
    const middle = parts.length >= 4 ? parts.slice(1, -1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)) : [];
    for (const p of [parts[0]!, parts.at(-1)!, ...middle]) {
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
      const whole = set && personOfPart(c.name, set, longest);
      if (whole) c.name = whole;
    } else if (c.type === 'Person') {
      // "Vladimir Putin" inside "Vladimir Vladimirovich Putin".
      const parts = c.name.split(' ');
      const wider = (byEnds.get(`${parts[0]} ${parts.at(-1)}`) ?? []).find((n) => n !== c.name) ?? particleSurnameOf(c.name, byPart.get(parts.at(-1)!));
      if (wider) c.name = wider;
    } else if (!c.gaz && c.kind === 'name' && !c.name.includes(' ') && byPart.has(c.name)) {
      // A surname the tagger typed otherwise, in an article that names the person in full.
      const set = byPart.get(c.name)!;
      const last = [...set].filter((n) => n.endsWith(' ' + c.name));
      if (last.length === 1) {
        c.type = 'Person';
        c.name = last[0]!;
      }
    } else if (!c.gaz && c.kind === 'name' && c.name.includes(' ')) {
      // A full name the tagger typed otherwise ("Loretta Lynch", a place in a headline), in an
      // article that names one person with its first and last word ("Loretta E. Lynch").
      const parts = c.name.split(' ');
      const same = byEnds.get(`${parts[0]} ${parts.at(-1)}`) ?? [];
      if (same.length === 1) {
        c.type = 'Person';
        c.name = same[0]!;
      }
    }
  }
}

/**
 * "Ó Súilleabháin" after "Ciarán Ó Súilleabháin", "De la Cruz" after "Maria de la Cruz": a surname
 * that opens with a particle, the end of one fuller person's name in the article.
 */
function particleSurnameOf(name: string, fuller: ReadonlySet<string> | undefined): string | undefined {
  const first = name.slice(0, name.indexOf(' '));
  if (!fuller || !(SURNAME_PARTICLES.has(first) || LOWER_SURNAME_PARTICLES.has(first.toLowerCase()))) return undefined;
  const lower = ` ${name.toLowerCase()}`;
  const ends = [...fuller].filter((n) => n.length > lower.length && n.toLowerCase().endsWith(lower));
  return ends.length === 1 ? ends[0] : undefined;
}

function mergeOrganisations(layer: TextLayer, cands: Cand[]): void {
  // Organisations: "Lockheed" after "Lockheed Martin", "Aer Lingus" beside "Aer Lingus Group" (the longer name's start).
  const widerOrgs = prefixIndex(cands.filter((c) => c.type === 'Organization' && !c.key && c.name.includes(' ')).map((c) => c.name));
  // ("the Commission" after "the European Commission": an organisation's head word alone, when one name in the article ends in it;
  // the name as written, so "the Fund" after "the International Monetary Fund" is the IMF, its canonical name.)
  const byHead = new Map<string, Set<string>>();
  for (const c of cands) {
    if (c.type !== 'Organization' || (!c.name.includes(' ') && c.to - c.from < 2)) continue;
    const head = c.to - c.from > 1 ? layer.tokens[c.to - 1]!.text : c.name.split(' ').at(-1)!;
    if (ORGANISATION_OF_HEADS.has(head.toLowerCase())) byHead.set(head, (byHead.get(head) ?? new Set()).add(c.name));
  }
  for (const c of cands) {
    if (c.type !== 'Organization' || c.key || c.gaz || c.kind !== 'name') continue;
    const wider = widerOrgs.get(c.name) ?? byHead.get(c.name);
    if (wider?.size === 1) c.name = [...wider][0]!;
  }
}

/** Do the acronym's letters spell the initials of the name's words (with or without its small words)? */
function initialsMatch(layer: TextLayer, c: Cand, acro: string): boolean {
  const letters = acro.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  const words = layer.tokens.slice(c.from, c.to).map((t) => t.text).filter((w) => /^\p{L}/u.test(w));
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  const big = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
  if (letters.length >= 2 && (letters === all || letters === big || letters === initials(layer, c))) return true;
  // (Each capitalised part of a hyphenated word gives its letter, "World Anti-Doping Agency (WADA)"; a national body's
  // nationality may stay out of it, "the Estonian Anti-Doping Agency (ADA)".)
  const parts = (ws: string[]) => ws.flatMap((w) => w.split('-')).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
  const national = words.length >= 3 && bySurface.get(words[0]!.toLowerCase())?.kind === 'demonym';
  return letters.length >= 3 && (letters === parts(words) || (national && letters === parts(words.slice(1))));
}

/**
 * "Singapore Airlines (SIA)": the acronym of an organisation's full name, of which the name in the text
 * leaves out one word ("Singapore International Airlines"): the name's capital initials, two or more, in
 * their order within the acronym's three to five capitals, the first letters the same, one letter more.
 */
function initialsWithOneMore(layer: TextLayer, c: Cand, acro: string): boolean {
  const big = initials(layer, c);
  if (!/^\p{Lu}{3,5}$/u.test(acro) || big.length < 2 || acro.length !== big.length + 1 || acro[0] !== big[0]) return false;
  let j = 0;
  for (const ch of acro) if (ch === big[j]) j++;
  return j === big.length;
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
