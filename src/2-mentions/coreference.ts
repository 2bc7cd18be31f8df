// Stage 2, last step: coreference beyond names. Adds role-noun mentions ("the minister",
// "Mr. Minister", "the head of the Foreign Ministry") resolved to the entity holding that role,
// and infers roles from "his French counterpart X" (X holds the possessor's office for France).
// Pronouns are resolved in stage 3, where speakers and quotations are known.

import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import titles from '../../data/gazetteers/titles.json' with { type: 'json' };
import { lowerBoundBy } from '../spans.js';
import type { Entity, Mention, TextLayer } from '../types.js';
import { ROLE_STOP_WORDS, VAGUE_TITLE_HEADS } from './entities/words.js';
import { givenNameClass } from './entities/given-names.js';

const HEADS = new Set(titles.heads.filter((h) => !h.includes(' ') && !h.endsWith('.')));
const MODIFIERS = new Set(titles.modifiers);
/** Words that make another office before a title's head ("Prime Minister", "Vice President"; titles.json otherOfficeModifiers). */
const OTHER_OFFICE_MODIFIERS: ReadonlySet<string> = new Set(titles.otherOfficeModifiers);

/** Content words of a role, with institution nouns mapped to their office ("Ministry" → "minister"). */
export function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/\bministry\b/g, 'minister')
    .replace(/\bpresidency\b/g, 'president')
    .split(/[^a-z-]+/)
    .filter((w) => w && !ROLE_STOP_WORDS.has(w));
}

/**
 * The words naming the office a role holds: its words up to the first preposition, plus an "of/for
 * X" tail ("Secretary of State"). "chief investment officer at X" holds the office "chief investment
 * officer"; "adviser to the head of the Pentagon" holds "adviser", not "head".
 */
function officeWords(role: string): string[] {
  const tokens = role.split(/\s+/);
  // (A title alone stands for its office's noun: "Justice" → judge, "Cllr" → councillor.)
  const titled = tokens.length === 1 ? TITLE_ROLE_NOUNS[tokens[0]!.toLowerCase().replace(/\.$/, '')] : undefined;
  if (titled) return [titled];
  let end = tokens.findIndex((t, i) => i > 0 && ROLE_BREAKS.has(t.toLowerCase()));
  if (end < 0) end = tokens.length;
  const tail = /^(of|for)$/i.test(tokens[end] ?? '') ? tokens.slice(end) : [];
  return roleWords([...tokens.slice(0, end), ...tail].join(' '));
}

const ROLE_BREAKS: ReadonlySet<string> = new Set(entityWords.roleBreakWords);
const TITLE_ROLE_NOUNS: Readonly<Record<string, string>> = entityWords.titleRoleNouns;
/** Informal nouns for an office and the offices each may stand for ("boss" → manager, coach, chief …; entity-words.json informalOfficeNouns). */
const INFORMAL_OFFICES: Readonly<Record<string, readonly string[]>> = entityWords.informalOfficeNouns.words;

/**
 * The entities that may be meant by a role phrase ("the minister", "head of the Russian Foreign
 * Ministry"), best first: most shared role words, then most recently mentioned before `before`.
 * @param phrase - the role phrase as written
 * @param entities - the article's entities
 * @param mentions - name mentions, for recency
 * @param before - offset of the phrase
 */
export function roleHolders(phrase: string, entities: Entity[], mentions: Mention[], before: number): Entity[] {
  const words = roleWords(phrase);
  if (!words.length) return [];
  const head = words.at(-1)!;
  // ("the Holy Father": an informal noun of two words for an office.)
  const epithet = words.slice(-2).join(' ');
  const informalOffices = Object.hasOwn(INFORMAL_OFFICES, epithet) ? INFORMAL_OFFICES[epithet]! : Object.hasOwn(INFORMAL_OFFICES, head) ? INFORMAL_OFFICES[head]! : [];
  const seenAt = mentionStarts(mentions);
  const scored: { e: Entity; score: number; seen: number; fits: boolean }[] = [];
  // ("The Labour leader": a capitalised word before the head names whose office it is.)
  const names = capitalisedModifiers(phrase, head);
  for (const e of roleHoldersOf(entities)) {
    const held = officeSet(e);
    // ("The Rovers boss" for "Rovers manager Fraser Kerr", "the pontiff" for "Pope Leo XIV": an informal noun for the office held.)
    const informal = !held.has(head) && informalOffices.some((w) => held.has(w));
    // The head noun must match ("the minister" is not "the president"); "head"/"chief" match any office.
    if (!held.has(head) && !informal && !(head === 'head' || head === 'chief' || head === 'leader')) continue;
    // ("the minister" is not the Prime Minister, "the president" not the Vice President, nor "the prime
    // minister" Justice Minister Ana Ruiz: another office, named whole on one side only.)
    if (anotherOffice(words, held)) continue;
    const score = words.filter((w) => held.has(w)).length + (informal ? 1 : 0);
    // A generic head ("the head of the X Ministry") needs the institution to agree as well.
    if (score === 0 || (!held.has(head) && !informal && score < 2)) continue;
    // A role noun refers back, to someone named before it or in its own phrase's appositive ("said
    // the general secretary of Unite, Tony Woodley").
    const seen = lastBefore(seenAt.get(e.key), before);
    if (seen < 0 && !namedRightAfter(seenAt.get(e.key), before)) continue;
    const fits = names.some((w) => held.has(w) || e.affiliations.some((a) => a.toLowerCase().includes(w)));
    // ("Rwanda's ambassador" is not Russia's ambassador, Vassily Nebenzia: a holder placed in another country.)
    if (names.length && !fits && placedElsewhere(entities, e)) continue;
    scored.push({ e, score, seen, fits });
  }
  // (Of two leaders, "the Labour leader" is the one whose office or party is Labour. With no one
  // fitting, a place's name leaves any holder ("Estonia's transport minister" for "Transport Minister
  // Ilse Brandt"); a person's or organisation's does not: "Ortiz's spokeswoman" is not Varga's.)
  const owner = names.some((w) => actorWord(entities, w));
  const fitting = scored.some((x) => x.fits) || owner ? scored.filter((x) => x.fits) : scored;
  return fitting.sort((a, b) => b.score - a.score || b.seen - a.seen).map((s) => s.e);
}

/** Is one of the holder's affiliations a place the article names (a country whose ambassador, minister or envoy they are)? */
function placedElsewhere(entities: Entity[], e: Entity): boolean {
  return e.affiliations.some((a) => entities.some((x) => x.type === 'Place' && x.key === a));
}

/** Is the word the last word of a person's or organisation's name in the article ("ortiz" for Lena Ortiz)? */
function actorWord(entities: Entity[], word: string): boolean {
  return entities.some((e) => (e.type === 'Person' || e.type === 'Organization') && e.name.toLowerCase().split(' ').at(-1) === word);
}

/** The capitalised words of a role phrase before its head, lower case ("The Labour leader" → ["labour"]; "the" and honorifics left out). */
function capitalisedModifiers(phrase: string, head: string): string[] {
  const words = phrase.split(/[^\p{L}-]+/u).filter(Boolean);
  const at = words.findIndex((w) => w.toLowerCase() === head);
  return words.slice(0, at < 0 ? words.length : at).filter((w) => /^\p{Lu}/u.test(w) && !ROLE_STOP_WORDS.has(w.toLowerCase())).map((w) => w.toLowerCase());
}

// Caches, so that role lookups stay cheap on long articles: office words per entity (recomputed
// when its roles grow) and sorted mention offsets per entity, per mention list.
const offices = new WeakMap<Entity, { n: number; held: Set<string> }>();
const starts = new WeakMap<Mention[], Map<string, number[]>>();

const holdersOf = new WeakMap<Entity[], { n: number; list: Entity[] }>();

/** People with a role (roles are only ever added to people who already hold one). */
function roleHoldersOf(entities: Entity[]): Entity[] {
  let c = holdersOf.get(entities);
  if (!c || c.n !== entities.length) {
    c = { n: entities.length, list: entities.filter((e) => e.type === 'Person' && e.roles.length) };
    holdersOf.set(entities, c);
  }
  return c.list;
}

/** Does the entity hold an office whose words include `noun` ("judge" for a role "U.S. District Judge", "governor" for "governor of the Dnipropetrovsk region")? */
export function holdsOffice(e: Entity, noun: string): boolean {
  return officeSet(e).has(noun);
}

/**
 * Does a description's words ("poland's justice minister") name another office than the entity holds:
 * another office's modifier on one side only ("prime minister" / "Minister"), or a title modifier
 * on each side that the other lacks ("justice minister" / "Finance Minister")?
 */
export function officeConflict(words: readonly string[], e: Entity): boolean {
  const held = officeSet(e);
  if (anotherOffice(words, held)) return true;
  return words.some((w) => MODIFIERS.has(w) && !held.has(w)) && [...held].some((w) => MODIFIERS.has(w) && !words.includes(w));
}

/** Does another office's modifier ("prime", "vice") stand on one side only: in the words and not the office held, or the other way round? */
function anotherOffice(words: readonly string[], held: ReadonlySet<string>): boolean {
  return words.some((w) => OTHER_OFFICE_MODIFIERS.has(w) && !held.has(w)) || [...held].some((w) => OTHER_OFFICE_MODIFIERS.has(w) && !words.includes(w));
}

function officeSet(e: Entity): Set<string> {
  let c = offices.get(e);
  if (!c || c.n !== e.roles.length) {
    c = { n: e.roles.length, held: new Set(e.roles.flatMap(officeWords)) };
    offices.set(e, c);
  }
  return c.held;
}

function mentionStarts(mentions: Mention[]): Map<string, number[]> {
  let m = starts.get(mentions);
  if (!m) {
    m = new Map();
    for (const x of mentions) {
      const list = m.get(x.entity) ?? [];
      list.push(x.start);
      m.set(x.entity, list);
    }
    for (const list of m.values()) list.sort((a, b) => a - b);
    starts.set(mentions, m);
  }
  return m;
}

/** The last offset in a sorted list that is before `before`, or -1. */
/** How far after a role noun its holder's name may stand, in characters: the phrase and its appositive. */
const APPOSITIVE_REACH = 120;

/** Is the entity, with mentions starting at `list`, named within APPOSITIVE_REACH characters after `at`? */
function namedRightAfter(list: number[] | undefined, at: number): boolean {
  if (!list?.length) return false;
  const next = list[lowerBoundBy(list, at, (x) => x)];
  return next !== undefined && next - at <= APPOSITIVE_REACH;
}

function lastBefore(list: number[] | undefined, before: number): number {
  if (!list?.length) return -1;
  const lo = lowerBoundBy(list, before, (x) => x);
  return lo > 0 ? list[lo - 1]! : -1;
}

/** A determiner or honorific, up to four words, and an optional "of/for the X" tail. */
const ROLE_NP = /\b(?:the|Mr\.?|Mrs\.?|Ms\.?|Madam)\s+((?:(?!of\b|for\b)[A-Za-z-]+\s+){0,3}(?!of\b|for\b)[A-Za-z-]+)((?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,5}))?/g;

/**
 * Adds role-noun mentions and counterpart roles.
 * @param layer - text layer
 * @param entities - entities from the names step (roles may be extended in place)
 * @param found - name mentions (role-noun mentions are appended, kind 'nominal')
 */
export function resolveCoreference(layer: TextLayer, entities: Entity[], found: Mention[]): Mention[] {
  const mentions = joinSurnameTails(entities, found);
  const byKey = new Map(entities.map((e) => [e.key, e]));
  inferCounterpartRoles(layer.text, mentions, byKey);
  const out = [...mentions];
  const taken = mentions.map((m) => [m.start, m.end] as const);
  for (const m of layer.text.matchAll(ROLE_NP)) {
    // "the Foreign Minister", "the minister", "the head of the Foreign Ministry": the phrase ends at
    // the first title noun; modifiers before it must be capitalised or known title modifiers.
    const words = m[1]!.split(/\s+/);
    const h = words.findIndex((w) => HEADS.has(w.toLowerCase()));
    if (h < 0) continue;
    if (words.slice(0, h).some((w) => !/^[A-Z]/.test(w) && !MODIFIERS.has(w.toLowerCase()))) continue;
    const start = m.index;
    const roleEnd = start + m[0].indexOf(m[1]!) + words.slice(0, h + 1).join(' ').length;
    const end = h === words.length - 1 && m[2] ? start + m[0].trimEnd().length : roleEnd;
    // "the head", "the chief" alone say too little; "the head of the X Ministry" says enough.
    if (end === roleEnd && VAGUE_TITLE_HEADS.has(words[h]!.toLowerCase())) continue;
    // A role that introduces a name ("the minister Sergei Lavrov") belongs to that name.
    if (/^\s+[A-Z][a-z]/.test(layer.text.slice(roleEnd, roleEnd + 3)) && end === roleEnd) continue;
    if (taken.some(([s, e]) => s < roleEnd && start < e)) continue;
    const holder = roleHolders(layer.text.slice(start, end), entities, mentions, start)[0];
    if (!holder) continue;
    out.push({ start, end, text: layer.text.slice(start, end), kind: 'nominal', entity: holder.key });
    // "the head of the Russian Foreign Ministry" is a role of its own: keep it as written.
    if (end > roleEnd) {
      const role = layer.text.slice(start, end).replace(/^(the|Mr\.?|Mrs\.?|Ms\.?|Madam)\s+/, '');
      if (!holder.roles.some((r) => r.toLowerCase() === role.toLowerCase())) holder.roles.push(role);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "his Egyptian counterpart Sameh Shukri": Shukri holds the possessor's office, for Egypt. */
function inferCounterpartRoles(text: string, mentions: Mention[], byKey: Map<string, Entity>): void {
  const re = /\b(his|her|their)\s+((?:[A-Z][a-z]+\s+)*)counterparts?,?\s+$/;
  const names = mentions.filter((m) => m.kind === 'name' && byKey.get(m.entity)?.type === 'Person');
  for (const m of names) {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const hit = re.exec(before);
    if (!hit) continue;
    const counterpart = byKey.get(m.entity)!;
    // The possessor: the last person named before the phrase, in the same stretch of text.
    const phraseStart = m.start - before.length + hit.index;
    const possessor = [...names].reverse().find((n) => n.end <= phraseStart && n.entity !== m.entity && phraseStart - n.end < 300);
    if (!possessor) continue;
    const owner = byKey.get(possessor.entity)!;
    const qualifier = hit[2]!.trim();
    for (const role of owner.roles) {
      // Drop the possessor's own country words; keep the office ("Foreign Minister").
      const office = role.split(/\s+/).filter((w) => !/^[A-Z]/.test(w) || HEADS.has(w.toLowerCase()) || /^(Foreign|Defence|Defense|Interior|Finance|Prime|Deputy|Vice|Secretary|General|State|Trade|Justice|Health|Energy|Economy|Chief|Executive)$/.test(w));
      if (!office.length) continue;
      const derived = [qualifier, ...office].filter(Boolean).join(' ');
      if (!counterpart.roles.includes(derived)) counterpart.roles.push(derived);
    }
    for (const aff of mentions) {
      // The qualifier's country ("Egyptian" → Egypt) is an affiliation when a demonym mention covers it.
      if (aff.kind === 'demonym' && aff.start >= phraseStart && aff.end <= m.start && !counterpart.affiliations.includes(aff.entity)) counterpart.affiliations.push(aff.entity);
    }
  }
}

/**
 * "Gómez Pedraza" after "Ricardo Gómez Pedraza", "López Obrador" beside "Andrés Manuel López Obrador",
 * "Sheinbaum" after "Claudia Sheinbaum Pardo": a short form (SHORT_FORM_RULES) of exactly one longer
 * person's name in the article is that person, as a lone last surname is (names.ts). The short entity — a person, or one of no known kind the tagger guessed — is folded into
 * the full one (entities changed in place); its mentions point to the full one.
 */
function joinSurnameTails(entities: Entity[], mentions: Mention[]): Mention[] {
  const people = entities.filter((e) => e.type === 'Person' && !e.anonymous && e.name.split(' ').length >= 2);
  const into = new Map<string, Entity>();
  for (const e of entities) {
    const words = e.name.split(' ');
    if (e.anonymous || !(e.type === 'Person' || (e.subtype === undefined && e.wikidata === undefined))) continue;
    if (!words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const full = shortFormOf(words, people.filter((p) => p !== e));
    if (full) into.set(e.key, full);
  }
  if (!into.size) return mentions;
  for (const [key, full] of into) {
    const short = entities.find((e) => e.key === key)!;
    for (const w of [short.name, ...short.aliases]) if (!full.aliases.includes(w)) full.aliases.push(w);
    for (const r of short.roles) if (!full.roles.includes(r)) full.roles.push(r);
    for (const a of short.affiliations) if (a !== full.key && !full.affiliations.includes(a)) full.affiliations.push(a);
  }
  const kept = entities.filter((e) => !into.has(e.key));
  for (const e of kept) {
    e.affiliations = [...new Set(e.affiliations.map((a) => into.get(a)?.key ?? a))];
    if (e.speaksFor && into.has(e.speaksFor)) e.speaksFor = into.get(e.speaksFor)!.key;
  }
  entities.splice(0, entities.length, ...kept);
  return mentions.map((m) => (into.has(m.entity) ? { ...m, entity: into.get(m.entity)!.key } : m));
}

/** A short form of a person's full name that news use for that person: id, reason, example, and the full names (of `people`, split in words) it may stand for. */
interface ShortFormRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly fits: (short: readonly string[], full: readonly string[]) => boolean;
  /** What the one full name that fits must hold as well (default: nothing more). */
  readonly holds?: (short: readonly string[], full: readonly string[]) => boolean;
}

export const SHORT_FORM_RULES: readonly ShortFormRule[] = [
  {
    id: 'both-surnames',
    reason: 'Spanish and Portuguese news call a person by both surnames: the end of exactly one longer name, its first word no given name run into it',
    example: 'Senator Ramiro Vidal Ortega … Vidal Ortega told reporters',
    fits: (short, full) => short.length >= 2 && full.length > short.length && full.slice(-short.length).join(' ') === short.join(' '),
    holds: (short, full) => surnamesTail(full.join(' '), short.length),
  },
  {
    id: 'first-surname',
    reason: 'a person with two surnames is called by the first one alone (the father\'s): the word before the last of a name of three words or more, after a given name',
    example: 'President Claudia Sheinbaum Pardo … Sheinbaum said',
    fits: (short, full) => short.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(short[0]!) && full.length >= 3 && full.at(-2) === short[0] && full.slice(0, -2).some(isGivenName),
  },
  {
    id: 'hyphen-first-part',
    reason: 'a hyphenated pair of surnames shortened to its first part, after a given name',
    example: 'Dr. Ana Quispe-Moreno … Quispe said',
    fits: (short, full) => short.length === 1 && full.length >= 2 && full.at(-1)!.split('-').length === 2 && full.at(-1)!.split('-')[0] === short[0] && full.slice(0, -1).some(isGivenName),
  },
];

/** Is the word a given name, read with or without its accents ("Rubén" as "Ruben")? */
function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return givenNameClass(lower) !== 0 || givenNameClass(lower.normalize('NFD').replace(/\p{M}/gu, '')) !== 0;
}

/**
 * The one person of `people` a name is a short form of (SHORT_FORM_RULES), or undefined: none, more
 * than one, or a lone word that is a given name ("Ana" is no surname) or a word of another person's name.
 */
function shortFormOf(words: readonly string[], people: readonly Entity[]): Entity | undefined {
  if (words.length === 1 && isGivenName(words[0]!)) return undefined;
  // (Every rule needs the short form's first word inside the full name: a cheap test first, most people fail it.)
  const fitting = people.filter((p) => p.name.includes(words[0]!)).map((p) => ({ p, rule: SHORT_FORM_RULES.find((r) => r.fits(words, p.name.split(' '))) })).filter((x) => x.rule);
  if (fitting.length !== 1 || !(fitting[0]!.rule!.holds?.(words, fitting[0]!.p.name.split(' ')) ?? true)) return undefined;
  const full = fitting[0]!.p;
  // (A lone word another person's name holds is that person's or nobody's: "Pardo" beside "Luis Pardo".)
  if (words.length === 1 && people.some((p) => p !== full && p.name.split(/[ -]/).includes(words[0]!))) return undefined;
  return full;
}

/**
 * Are the last `n` words of a person's full name surnames, not a given name and a surname the tagger
 * ran another word into ("Ted Cruz" of "Using Ted Cruz", "Mike Tyson" of "Iron Mike Tyson")? Yes when
 * their first word is no given name ("Gómez", "Suu"), or when a given name stands before it too
 * ("Ramiro Vidal Ortega": Vidal is a given name elsewhere; given-names.json). Not when a word of
 * them stands before them too ("Christie Chris Christie": two mentions the tagger ran together).
 */
function surnamesTail(full: string, n: number): boolean {
  const words = full.toLowerCase().split(' ');
  const tail = words.slice(-n);
  if (words.slice(0, -n).some((w) => tail.includes(w))) return false;
  return givenNameClass(tail[0]!) === 0 || givenNameClass(words[words.length - n - 1]!) !== 0;
}
