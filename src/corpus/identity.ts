// Corpus identity (merge, main thread): the evidence each article gives about its actors (labels,
// types, roles, affiliations) summed over the corpus, and the deterministic resolution that maps
// every actor IRI to the one canonical node of the same real-world actor ("Obama" → "Barack Obama"
// when the corpus is unambiguous) with one canonical label. Order-free: only sums and sorted choices.
// identity-rewrite.ts applies the result to an article's chunks; docs/design.md says why IRIs are rewritten.

import { Parser } from '../4-rdf/n3.js';
import { ACTOR_CLASSES, ID_NS, NG, OWL_NS, RDF, RDFS_NS, SKOS_NS } from '../4-rdf/index.js';
import type { EntityType } from '../types.js';
import { ownString } from './own-string.js';
import { type GivenNameData, givenNameLookups } from '../lexicon/given-names.js';
import { readJson } from '../model-files.js';
import { DESCRIPTION_OPENERS, FUNCTION_WORDS, GENERATIONAL_SUFFIXES, NAME_PARTICLES, NICKNAMES, POSSESSIVE_END } from './identity-words.js';

/** What the corpus says about one actor IRI, summed over its articles. */
export interface ActorEvidence {
  iri: string;
  type: EntityType | null;
  /** rdfs:label → number of articles that give it. */
  labels: Map<string, number>;
  aliases: Set<string>;
  /** Role slugs (the last segment of the role IRIs). */
  roles: Set<string>;
  affiliations: Set<string>;
  /** Wikidata items (owl:sameAs) some article links the actor to. */
  sameAs: Set<string>;
  anonymous: boolean;
  /** Articles whose graph types this actor. */
  articles: number;
}

/** Where one actor IRI goes: its canonical node, that node's type and label. */
export interface IdentityTarget {
  iri: string;
  type: EntityType;
  label: string;
  /** Why it moved (rule id) when iri differs from the source; 'label' when only the label was chosen. */
  reason: IdentityReason;
  /**
   * Set for a description read as a name ("Many lawmakers", "His lawyer"): each article gets a node
   * of its own, anonymous, as stage 3 makes for unnamed sources; `iri` is then the source IRI.
   */
  perArticle?: true;
}

export type IdentityReason = 'label' | 'description' | 'given-name-variant' | 'spelling-variant' | 'dominant-namesake' | 'surname' | 'given-name' | 'prefixed-name' | 'type-majority';

/** The resolution: every actor IRI whose node or label changes, mapped to its target. */
export type IdentityMap = ReadonlyMap<string, IdentityTarget>;

const ACTOR_PREFIX = `${ID_NS}`;
export const TYPE_BY_CLASS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>(Object.entries(ACTOR_CLASSES).map(([t, c]) => [c, t as EntityType]));
const SEGMENT_TYPE: Readonly<Record<string, EntityType>> = { person: 'Person', organization: 'Organization', place: 'Place' };
const ROLE_MARK = '/role/';
const SAME_AS = `${OWL_NS}sameAs`;

/** True for an actor IRI minted by mintIri (id/person/…, id/organization/…, id/place/…), roles excluded. */
export function isActorIri(iri: string): boolean {
  if (!iri.startsWith(ACTOR_PREFIX)) return false;
  const rest = iri.slice(ACTOR_PREFIX.length);
  const slash = rest.indexOf('/');
  return slash > 0 && SEGMENT_TYPE[rest.slice(0, slash)] !== undefined && rest.indexOf('/', slash + 1) < 0;
}

/**
 * Collects ActorEvidence from each article's shared N-Triples (actors and roles), in any order.
 * An actor that some article marks anonymous (an unnamed source: one per article, so their number
 * grows with the corpus) never takes part in a merge; resolveIdentity reads only the head words of
 * its labels, so those are all that is kept of it (`anonymousHeads`), with its IRI.
 */
export class EvidenceCollector {
  readonly actors = new Map<string, ActorEvidence>();
  /** Head words (headOf) of every label of an anonymous actor. */
  readonly anonymousHeads = new Set<string>();
  private readonly anonymous = new Set<string>();

  /** Adds one article's shared triples (N-Triples text). */
  add(sharedNTriples: string): void {
    if (!sharedNTriples) return;
    const seenLabels = new Set<string>();
    const quads = new Parser({ format: 'N-Triples' }).parse(sharedNTriples);
    const anonymousHere = new Set(quads.filter((q) => q.predicate.value === NG.anonymous).map((q) => q.subject.value));
    for (const q of quads) {
      const s = q.subject.value;
      if (!isActorIri(s)) continue;
      const p = q.predicate.value;
      if (anonymousHere.has(s) || this.anonymous.has(s)) {
        this.markAnonymous(s);
        if (p === `${RDFS_NS}label`) this.anonymousHeads.add(ownString(headOf(q.object.value)));
        continue;
      }
      const e = this.get(s);
      // Copied (ownString): the parser's terms are cut from the article's whole chunk.
      const o = ownString(q.object.value);
      if (p === RDF.type) {
        const t = TYPE_BY_CLASS.get(o);
        if (t) {
          e.type ??= t;
          e.articles++;
        }
      } else if (p === `${RDFS_NS}label`) {
        const k = `${s}\n${o}`;
        if (!seenLabels.has(k)) e.labels.set(o, (e.labels.get(o) ?? 0) + 1);
        seenLabels.add(k);
      } else if (p === `${SKOS_NS}altLabel`) e.aliases.add(o);
      else if (p === NG.role) e.roles.add(o.slice(o.lastIndexOf(ROLE_MARK) + ROLE_MARK.length));
      else if (p === NG.affiliation) e.affiliations.add(o);
      else if (p === SAME_AS) e.sameAs.add(o);
    }
  }

  // From now on the actor is anonymous: what an earlier article said of it goes to the head words.
  private markAnonymous(iri: string): void {
    if (this.anonymous.has(iri)) return;
    this.anonymous.add(ownString(iri));
    const e = this.actors.get(iri);
    if (!e) return;
    for (const l of e.labels.keys()) this.anonymousHeads.add(headOf(l));
    this.actors.delete(iri);
  }

  private get(iri: string): ActorEvidence {
    let e = this.actors.get(iri);
    if (!e) {
      iri = ownString(iri);
      e = { iri, type: null, labels: new Map(), aliases: new Set(), roles: new Set(), affiliations: new Set(), sameAs: new Set(), anonymous: false, articles: 0 };
      this.actors.set(iri, e);
    }
    return e;
  }
}

/** The head word of a label, lower case: its last word ("officials" of "Some US officials"). */
export function headOf(label: string): string {
  return label.slice(label.lastIndexOf(' ') + 1).toLowerCase();
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Folds a label for comparison: NFC, lower case, "’" as "'", a trailing possessive dropped. */
export function foldLabel(label: string): string {
  return label.normalize('NFC').replace(/\u2019/g, "'").replace(POSSESSIVE_END, '').toLowerCase().trim();
}

/** True when a label looks written as a name: not all capitals (unless one short word), no capital after a lower-case letter inside a word. */
function wellCased(label: string): boolean {
  if (/\p{Ll}\p{Lu}{1,}\p{Ll}/u.test(label) || /(?:^|\s)\p{Lu}{2}\p{Ll}/u.test(label)) return false;
  return /\p{Ll}/u.test(label) || label.length <= 5;
}

/**
 * The canonical label of one node: the label most articles give; on a tie a well-cased one, then the
 * one without a possessive, then code-unit order. Independent of the order articles came in.
 */
export function chooseLabel(labels: ReadonlyMap<string, number>): string {
  let best: [string, number] | null = null;
  for (const entry of [...labels].sort((a, b) => cmp(a[0], b[0]))) {
    if (!best || better(entry, best)) best = entry;
  }
  return best ? best[0] : '';
}

function better([l, n]: [string, number], [bl, bn]: [string, number]): boolean {
  if (n !== bn) return n > bn;
  if (wellCased(l) !== wellCased(bl)) return wellCased(l);
  const p = POSSESSIVE_END.test(l);
  if (p !== POSSESSIVE_END.test(bl)) return !p;
  return false;
}

/** A person's name as comparable tokens: accents, dots and a generational suffix ("Jr.") dropped, lower case; particles kept. */
export function nameTokens(label: string): string[] {
  const t = foldLabel(label).normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[.,]/g, ' ').split(/\s+/).filter((x) => x !== '');
  while (t.length > 1 && GENERATIONAL_SUFFIXES.has(t[t.length - 1]!)) t.pop();
  return t;
}

const isInitial = (t: string): boolean => t.length === 1;

/**
 * Resolves the identity of a corpus's actors. Pure and deterministic: the result depends only on
 * the evidence (sums over articles), never on the order articles were added.
 * @param anonymousHeads - head words of anonymous actors kept apart from `evidence` (EvidenceCollector.anonymousHeads)
 */
export function resolveIdentity(evidence: ReadonlyMap<string, ActorEvidence>, anonymousHeads: Iterable<string> = []): IdentityMap {
  const named = [...evidence.values()].filter((e) => e.type && e.labels.size && !e.anonymous).sort((a, b) => cmp(a.iri, b.iri));
  const label = new Map(named.map((e) => [e.iri, chooseLabel(e.labels)]));
  const out = new Map<string, IdentityTarget>();
  // Descriptions first: no rule below moves a name onto one. A one-word label is a common noun when
  // the corpus's unnamed sources or descriptions end with it ("Lawmakers" beside "many lawmakers").
  const describe = (e: ActorEvidence): void => {
    out.set(e.iri, { iri: e.iri, type: e.type!, label: label.get(e.iri)!.toLowerCase(), reason: 'description', perArticle: true });
  };
  const heads = new Set<string>(anonymousHeads);
  for (const e of evidence.values()) if (e.anonymous) for (const l of e.labels.keys()) heads.add(headOf(l));
  for (const e of named) {
    if (!isDescription(e, label.get(e.iri)!) && !(e.type === 'Person' && isGroupOrFragment(e, label.get(e.iri)!))) continue;
    describe(e);
    heads.add(headOf(label.get(e.iri)!));
  }
  for (const e of named) {
    const l = label.get(e.iri)!;
    if (!out.has(e.iri) && !l.includes(' ') && !e.affiliations.size && /^\p{Lu}\P{Lu}+$/u.test(l) && heads.has(l.toLowerCase())) describe(e);
  }
  const actors = named.filter((e) => !out.has(e.iri));
  const moves = new Map<string, { to: string; reason: IdentityReason }>();
  const persons = actors.filter((e) => e.type === 'Person');
  mergeGivenNameVariants(persons, label, moves);
  // (An affiliation counts as evidence when it is a named node, not one made per article: "ohio" the description.)
  mergeSpellingVariants(persons, label, moves, (iri) => evidence.has(iri) && !out.get(iri)?.perArticle);
  mergePrefixedNames(persons, label, moves);
  mergeShortNames(persons, label, moves);
  mergeTypeMajority(actors, label, moves);

  const root = (iri: string): string => {
    let at = iri;
    for (let i = 0; i < 8 && moves.has(at); i++) at = moves.get(at)!.to;
    return at;
  };
  for (const e of actors) {
    const to = root(e.iri);
    const target = evidence.get(to)!;
    const chosen = label.get(to)!;
    const move = moves.get(e.iri);
    if (to !== e.iri) out.set(e.iri, { iri: to, type: target.type!, label: chosen, reason: move!.reason });
    else if (e.labels.size > 1) out.set(e.iri, { iri: to, type: target.type!, label: chosen, reason: 'label' });
  }
  return out;
}

/**
 * A label that describes rather than names: a capitalised first word (a sentence's start) and no
 * capital after it ("Many lawmakers", "Republican presidential nominee"), a quantifier or possessive
 * first ("Some Democrats", "One Republican", "His lawyers"), or one function word ("Some"). Not when the node has an affiliation or a Wikidata link (a qualified body such as
 * "German government" is named that way on purpose), nor a first word in capitals ("US military").
 */
export function isDescription(e: Pick<ActorEvidence, 'affiliations' | 'anonymous'>, label: string): boolean {
  if (e.anonymous || e.affiliations.size) return false;
  const words = label.split(/\s+/);
  if (words.length === 1) return FUNCTION_WORDS.has(label.toLowerCase().replace(/\.$/, ''));
  if (DESCRIPTION_OPENERS.has(words[0]!.toLowerCase())) return true;
  const first = words[0]!;
  return /^\p{Lu}\P{Lu}*$/u.test(first) && words.slice(1).every((w) => !/\p{Lu}/u.test(w));
}

/**
 * A person's label that names a group or is a fragment of a word, no person: a plural that no one
 * bears as a given name before "of" ("Thousands of Oromos", "Armenians of Israel"; not "Charles of
 * Anjou"), or a first word in lower case that opens with no name particle ("un-WASP-like"; not "de
 * Blasio", "al-Assad"). Not with an affiliation, as for descriptions.
 */
export function isGroupOrFragment(e: Pick<ActorEvidence, 'affiliations' | 'anonymous'>, label: string): boolean {
  if (e.anonymous || e.affiliations.size) return false;
  const words = label.split(/\s+/);
  const first = words[0]!;
  if (words.length >= 3 && words[1] === 'of' && /^\p{Lu}\p{Ll}+s$/u.test(first) && givenNameClass(first.toLowerCase()) === 0) return true;
  return /^\p{Ll}/u.test(first) && !NAME_PARTICLES.has(first.split(/['\u2019-]/)[0]!.toLowerCase());
}

type Moves = Map<string, { to: string; reason: IdentityReason }>;

// Affiliations that contradict: both nodes have some, and none in common.
function affiliationsConflict(a: ActorEvidence, b: ActorEvidence): boolean {
  if (!a.affiliations.size || !b.affiliations.size) return false;
  for (const x of a.affiliations) for (const y of b.affiliations) if (sameAffiliation(x, y)) return false;
  return true;
}

const PLACE_PREFIX = `${ID_NS}place/`;

// One affiliation, or a place and a longer name of it: "New York" and "New York City" (an IRI that
// extends the other's by a hyphen), as two articles name a former mayor's city.
function sameAffiliation(x: string, y: string): boolean {
  if (x === y) return true;
  if (!x.startsWith(PLACE_PREFIX) || !y.startsWith(PLACE_PREFIX)) return false;
  return x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}

// "Donald J. Trump", "Donald Trump"; "Joe Biden", "Joseph R. Biden"; "Omar Mateen", "Omar Mir
// Seddique Mateen": one given name (nicknames folded, accents dropped), one surname, middle names
// or none. Two middles that disagree ("John A. Smith", "John B. Smith") keep the group apart; an
// initial agrees with a name it opens. The rest move to the member most articles name (then the first IRI),
// unless their affiliations contradict — except for two nodes linked to the same Wikidata item (and
// to no other): one person, whatever articles affiliate them with ("Donald J. Trump", "Donald Trump").
function mergeGivenNameVariants(persons: readonly ActorEvidence[], label: ReadonlyMap<string, string>, moves: Moves): void {
  const groups = new Map<string, { p: ActorEvidence; middle: string[] }[]>();
  for (const p of persons) {
    const t = nameTokens(label.get(p.iri)!);
    if (t.length < 2 || isInitial(t[0]!)) continue;
    push(groups, `${NICKNAMES.get(t[0]!) ?? t[0]} ${t[t.length - 1]}`, { p, middle: t.slice(1, -1) });
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const middles = group.map((g) => g.middle).filter((m) => m.length);
    if (middles.some((a) => middles.some((b) => !middlesAgree(a, b)))) continue;
    const target = [...group].sort((a, b) => b.p.articles - a.p.articles || cmp(a.p.iri, b.p.iri))[0]!.p;
    for (const { p } of group) if (p !== target && (sameWikidataItem(p, target) || !affiliationsConflict(p, target))) moves.set(p.iri, { to: target.iri, reason: 'given-name-variant' });
  }
}

// Both nodes linked to Wikidata, to one item between them.
function sameWikidataItem(a: ActorEvidence, b: ActorEvidence): boolean {
  if (!a.sameAs.size || !b.sameAs.size) return false;
  return new Set([...a.sameAs, ...b.sameAs]).size === 1;
}

// Middle names agree when they have as many words and each pair is equal or an initial of the other.
function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => x === b[i] || (isInitial(x) && b[i]!.startsWith(x)) || (isInitial(b[i]!) && x.startsWith(b[i]!)));
}

/** The most articles a spelling of a full name may have and still be taken for a slip of another's. */
export const RARE_SPELLING = 2;

// "Rence Priebus" → "Reince Priebus", "Kristen Gillibrand" → "Kirsten Gillibrand": a full name whose
// given name is one letter off another's (one letter more, less or changed, or two side by side
// swapped), with the same surname and agreeing middles, is a slip of that name when it is rare
// (RARE_SPELLING articles at most) and the other is named in more articles, or in as many when only
// the other's given name is one people bear ("IIyse" → "Ilyse", a capital I read for an l). Not when two real names could be meant: the rare
// given name is a common one and the letters differ otherwise than by a swap ("Erica" beside
// "Eric", "Lauren" beside "Laura", "Matt" beside "Mitt"), the two names tell different sexes, or
// affiliations or roles contradict. Each spelling moves to its one such candidate (none when two).
function mergeSpellingVariants(persons: readonly ActorEvidence[], label: ReadonlyMap<string, string>, moves: Moves, named: (iri: string) => boolean): void {
  const open = persons.filter((p) => !moves.has(p.iri));
  const bySurname = new Map<string, { p: ActorEvidence; t: string[] }[]>();
  for (const p of open) {
    const t = nameTokens(label.get(p.iri)!);
    if (t.length >= 2 && t[0]!.length >= 3) push(bySurname, t[t.length - 1]!, { p, t });
  }
  for (const group of bySurname.values()) {
    if (group.length < 2) continue;
    for (const a of group) {
      if (a.p.articles > RARE_SPELLING) continue;
      const slipOf = group.filter((b) => b !== a && isSpellingSlip(a, b) && !evidenceAgainst(a.p, b.p, named));
      if (slipOf.length === 1) moves.set(a.p.iri, { to: slipOf[0]!.p.iri, reason: 'spelling-variant' });
    }
  }
}

// The given-name list, read when a spelling is first judged (an import would load the gazetteer with every query command).
const { givenNameClass, sexOfGivenName } = givenNameLookups(() => readJson<GivenNameData>('gazetteers/given-names.json'));

// How many bear a given name (given-names.json): 0 none listed, 1 200 or more, 2 2,000 or more (or a common word too), 3 20,000 or more.
const COMMONNESS = [0, 3, 2, 1, 2] as const;
const commonness = (given: string): number => COMMONNESS[givenNameClass(given)];

// Is a's given name a slip in writing b's?
function isSpellingSlip(a: { p: ActorEvidence; t: string[] }, b: { p: ActorEvidence; t: string[] }): boolean {
  const [x, y] = [a.t[0]!, b.t[0]!];
  const edit = oneEdit(x, y);
  if (!edit || NICKNAMES.get(x) === y || NICKNAMES.get(y) === x) return false;
  const [ma, mb] = [a.t.slice(1, -1), b.t.slice(1, -1)];
  if (ma.length && mb.length && !middlesAgree(ma, mb)) return false;
  const more = b.p.articles > a.p.articles || (b.p.articles === a.p.articles && commonness(x) === 0 && commonness(y) > 0);
  if (!more || (commonness(x) >= 2 && edit !== 'swap')) return false;
  const [sx, sy] = [sexOfGivenName(x), sexOfGivenName(y)];
  return !(sx && sy && sx !== sy);
}

// What says two spellings are two people: links to two Wikidata items ("Ivanka Trump", "Ivana
// Trump"), affiliations of one kind (organisations, places) that the
// corpus names and that share none ("Acme" and "Globex"; an article's unnamed body says nothing, and
// a person of NARAL may be of the United States too), or roles that share no word ("president of
// NARAL" and "NARAL's president" share one; "senator" and "coach" none).
function evidenceAgainst(a: ActorEvidence, b: ActorEvidence, named: (iri: string) => boolean): boolean {
  if (a.sameAs.size && b.sameAs.size && ![...a.sameAs].some((q) => b.sameAs.has(q))) return true;
  for (const kind of [`${ID_NS}organization/`, PLACE_PREFIX]) {
    const [x, y] = [a, b].map((e) => [...e.affiliations].filter((i) => i.startsWith(kind) && named(i)));
    if (x!.length && y!.length && !x!.some((i) => y!.some((j) => sameAffiliation(i, j)))) return true;
  }
  if (!a.roles.size || !b.roles.size) return false;
  const words = (e: ActorEvidence) => new Set([...e.roles].flatMap((r) => r.replace(/_[0-9a-f]+$/, '').split('-')).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w)));
  const [wa, wb] = [words(a), words(b)];
  return ![...wa].some((w) => wb.has(w));
}

/** The one edit between two different words, if one is all it takes: a letter changed, added or dropped, or two side by side swapped. */
export function oneEdit(x: string, y: string): 'change' | 'add' | 'swap' | null {
  if (x === y || Math.abs(x.length - y.length) > 1) return null;
  let i = 0;
  while (x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return 'change';
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2) ? 'swap' : null;
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return long.slice(i + 1) === short.slice(i) ? 'add' : null;
}

// "Crooked Hillary Clinton" → "Hillary Clinton": one extra leading word before a full name that
// the corpus gives in more articles, and no other full name ends the same way.
function mergePrefixedNames(persons: readonly ActorEvidence[], label: ReadonlyMap<string, string>, moves: Moves): void {
  const byName = new Map<string, ActorEvidence>();
  for (const p of persons) if (!moves.has(p.iri)) byName.set(nameTokens(label.get(p.iri)!).join(' '), p);
  for (const p of persons) {
    if (moves.has(p.iri)) continue;
    const t = nameTokens(label.get(p.iri)!);
    if (t.length < 3 || NAME_PARTICLES.has(t[0]!)) continue;
    const target = byName.get(t.slice(1).join(' '));
    if (target && target.articles > p.articles && !affiliationsConflict(p, target)) moves.set(p.iri, { to: target.iri, reason: 'prefixed-name' });
  }
}

// A one-word person ("Obama", "Hillary") → the one full name of the corpus ending with it, or
// starting with it when an article wrote that name so; between several, pick() decides.
function mergeShortNames(persons: readonly ActorEvidence[], label: ReadonlyMap<string, string>, moves: Moves): void {
  const full = persons.filter((p) => !moves.has(p.iri) && nameTokens(label.get(p.iri)!).length >= 2);
  const byLast = new Map<string, ActorEvidence[]>();
  const byFirst = new Map<string, ActorEvidence[]>();
  for (const p of full) {
    const t = nameTokens(label.get(p.iri)!);
    push(byLast, t[t.length - 1]!, p);
    if (!isInitial(t[0]!)) push(byFirst, t[0]!, p);
  }
  for (const p of persons) {
    const t = nameTokens(label.get(p.iri)!);
    if (t.length !== 1 || moves.has(p.iri)) continue;
    // A given name alone counts only for a full name that some article itself shortened to it.
    const asGiven = (byFirst.get(t[0]!) ?? []).filter((c) => [...c.aliases].some((a) => foldLabel(a) === t[0]));
    const asSurname = byLast.get(t[0]!) ?? [];
    const found = pick(p, [...new Set([...asSurname, ...asGiven])]);
    const reason = found?.dominant ? 'dominant-namesake' : asSurname.includes(found?.target as ActorEvidence) ? 'surname' : 'given-name';
    if (found) moves.set(p.iri, { to: found.target.iri, reason });
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** How many more articles the one namesake needs than all others together to take a lone surname. */
export const DOMINANCE = 5;

// The one candidate a lone name can mean: the only one; else the one sharing a role with it; else
// the only one whose roles do not differ from its own; else the one that the corpus names in at
// least DOMINANCE times as many articles as all the others together. None when any candidate's
// affiliations contradict the lone name's.
function pick(p: ActorEvidence, candidates: readonly ActorEvidence[]): { target: ActorEvidence; dominant: boolean } | null {
  if (!candidates.length || candidates.some((c) => affiliationsConflict(p, c))) return null;
  if (candidates.length === 1) return { target: candidates[0]!, dominant: false };
  if (p.roles.size) {
    const sharing = candidates.filter((c) => [...p.roles].some((r) => c.roles.has(r)));
    if (sharing.length === 1) return { target: sharing[0]!, dominant: false };
    const open = candidates.filter((c) => !c.roles.size);
    if (!sharing.length && open.length === 1) return { target: open[0]!, dominant: false };
  }
  const sorted = [...candidates].sort((a, b) => b.articles - a.articles || cmp(a.iri, b.iri));
  const rest = sorted.slice(1).reduce((n, c) => n + c.articles, 0);
  return sorted[0]!.articles >= DOMINANCE * rest ? { target: sorted[0]!, dominant: true } : null;
}

// One name typed two ways ("Loretta Lynch" a Place in one article, a Person in five): the type most
// articles give, when it has at least twice the articles of the other. Names of one word only
// between Person and Organization, three to one ("Georgia", "Jordan" stay apart).
function mergeTypeMajority(actors: readonly ActorEvidence[], label: ReadonlyMap<string, string>, moves: Moves): void {
  const byName = new Map<string, ActorEvidence[]>();
  for (const e of actors) if (!moves.has(e.iri)) push(byName, foldLabel(label.get(e.iri)!), e);
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => b.articles - a.articles || cmp(a.iri, b.iri));
    const top = sorted[0]!;
    const oneWord = !name.includes(' ');
    for (const e of sorted.slice(1)) {
      if (oneWord && (top.type === 'Place' || e.type === 'Place')) continue;
      if (top.articles >= (oneWord ? 3 : 2) * e.articles) moves.set(e.iri, { to: top.iri, reason: 'type-majority' });
    }
  }
}

