// Stage 3, step 3: speakers. Resolves the speaker mention of each attribution to an entity of the
// article: a name in the mention, a pronoun (the last fitting speaker or person), a role noun
// ("the minister" → the entity holding that role), or else an anonymous source kept with a type.

import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import type { Entity, Mention, MentionLayer, TextLayer } from '../types.js';
import { roleHolders } from '../2-mentions/coreference.js';
import { lowerBound, indexHolding } from '../spans.js';
import type { RawAttribution } from './attribution/index.js';
import { WORDS, isExactWord, isWord } from './grammar/lexicon.js';
import { isDashAt } from './grammar/words.js';
import { nationalPerson } from './demonyms.js';
import { issuedDocument } from './issued-documents.js';
import { writtenWorkAuthor } from './written-works.js';
import { coordinatedBodies } from './coordinated-bodies.js';
import { sourcesNamedLater } from './named-later.js';
import { narratedGroup } from './pronouns-groups.js';
import { initialledOfficeHolder } from './speakers-initials.js';
import { titledAntecedent } from './speakers-titles.js';
import { type Ctx, type History, PARTY_MEMBERS, lastBefore, personAntecedent, personDescription, pronoun, recentMention } from './pronouns.js';
import { ORG_NOUNS, OWNER_PRONOUNS, beforeRelativeAside, mentioned, personHeadOf, pluralNoun, possessorSubject, relativeSource } from './speaker-names.js';
import { COMPANY_NOUNS, anonymous, lowerFirstWord, authoredDocument, writtenDocument, namedAfterRole, namedRightAfterRole, anonymousPersonOf, appositivePerson, bylineAuthor, describedPerson, heldDocument, officeEpithet, namesPerson, personOf, titledHead, titledPerson } from './speaker-phrases.js';
import { describedSexes } from './described-sex.js';
import { describedNamedPerson, sameUnnamedSource } from './described-persons.js';
import { definiteOrganisation, namedBodyAfterDescription } from './organisation-descriptions.js';
import { affiliateRoleOwner, ownedSource } from './owned-sources.js';
import { selfNamedBody } from './described-self-named.js';

/** What a resolved speaker looks like: the mention span and the entity it refers to. */
export interface ResolvedSpeaker {
  start: number;
  end: number;
  entity: string | null;
}


/**
 * Resolves the speakers of attributions: top-level ones in reading order, then nested ones, which
 * need the speaker of the statement that reports them ("I" is the reporter; "he" is someone else).
 * @param layer - text layer
 * @param mentions - stage-2 mentions (names and role nouns); anonymous sources go to `extra`
 * @param atts - attributions in order of content start
 * @param parents - index of each attribution's parent (the statement whose content holds it), or null
 * @param articleId - scopes anonymous sources to this article so they never merge across articles
 */
export function resolveSpeakers(
  layer: TextLayer,
  mentions: MentionLayer,
  atts: RawAttribution[],
  parents: (number | null)[],
  articleId: string,
): { speakers: (ResolvedSpeaker | null)[]; extra: Entity[] } {
  const byKey = new Map(mentions.entities.map((e) => [e.key, e]));
  const extra = new Map<string, Entity>();
  const names = mentions.mentions.filter((m) => m.kind === 'name' || m.kind === 'acronym' || m.kind === 'nominal').sort((a, b) => a.start - b.start);
  // Names said by the narrator, not inside reported content: antecedents for "he said".
  const narrated = outsideContents(layer, names, atts);
  const resolved: (ResolvedSpeaker | null)[] = new Array(atts.length).fill(null);
  // (A relayed report, "the Gazette quoted B as saying", is B's own: resolved in narration order, and
  // an antecedent for a later "he said", like a top-level one.)
  const depth = (i: number): number => (parents[i] === null || atts[i]!.relayedBy >= 0 ? 0 : 1 + depth(parents[i]!));
  const order = atts.map((a, i) => ({ a, i, d: depth(i) })).sort((x, y) => x.d - y.d || cueOffset(layer, x.a) - cueOffset(layer, y.a));
  const inTurn = (i: number): boolean => parents[i] !== null && (atts[parents[i]!]!.rule === 'transcript-turn' || inTurn(parents[i]!));
  const history: History[] = [];
  const ctx: Ctx = { layer, names, narrated, byKey, mentions, history, extra, sexes: describedSexes(layer.text, names, byKey) };
  const root = (i: number): number => (parents[i] === null ? i : root(parents[i]!));
  for (const { a, i, d } of order) {
    // Inside a quotation, "I" is whoever owns the quotation marks: the top-level reporter.
    const parentSpeaker = parents[i] === null ? null : (resolved[root(i)]?.entity ?? null);
    let r: ResolvedSpeaker | null = null;
    if (a.inherit) {
      // Floating quotations and ", saying …" inherit the last speaker, and point at that mention.
      const last = lastBefore(history, a.contentStart, () => true);
      r = last ? { start: last.start, end: last.end, entity: last.entity } : null;
    } else if (a.speaker) {
      const [s0, s1] = [afterDateline(layer, a.speaker[0], a.speaker[1]), a.speaker[1]];
      const h = a.speakerHead ?? a.speaker;
      const [h0, h1] = relativeSource(ctx, h, a.firstSentence) ?? possessorSubject(ctx, h, a.firstSentence) ?? [Math.max(h[0], s0), h[1]];
      const span = { start: layer.tokens[s0]!.start, end: layer.tokens[s1 - 1]!.end };
      const head = { start: layer.tokens[h0]!.start, end: layer.tokens[h1 - 1]!.end };
      const headText = layer.text.slice(head.start, head.end);
      // (In a transcript's turn, "I" is the labelled person, as in a quotation its speaker.)
      const inQuote = a.inQuote >= 0 || inTurn(i);
      // (Or the phrase a relative pronoun stands for, when it opens its sentence and is all a name and a
      // noun for people: "One Tory backbencher, who asked …" is no Tory.)
      const ownHead = personOf(layer, s0, s1, !namesPerson(ctx, span));
      const relativeHead = ownHead === null && h0 !== Math.max(h[0], s0) && layer.tokens[h0 - 1]?.sentence !== layer.tokens[h0]!.sentence ? personOf(layer, h0, h1, !namesPerson(ctx, head)) : null;
      const personHead = ownHead ?? (relativeHead === headText ? relativeHead : null);
      const personSpan = ownHead === null && personHead ? head : span;
      const entity =
        (a.rule === 'speaker-colon' ? (initialledPerson(ctx, headText) ?? answerLabel(ctx, headText, span.start)) : null) ??
        (a.rule === 'transcript-turn' ? labelledPerson(ctx, headText) : null) ??
        (inQuote ? null : postOnOwnChannel(ctx, layer.text.slice(span.start, span.end), span.start)) ??
        withRoleOwner(ctx, span, namedAfterRole(ctx, span), inQuote, parentSpeaker) ??
        namedRightAfterRole(ctx, span) ??
        namedBodyAfterDescription(ctx, span, extra) ??
        // ("The group, which calls itself the Northern Front, said": the name it goes by.)
        selfNamedBody(ctx, span) ??
        leaderInstitution(ctx, head, extra) ??
        // ("Speaking later, the Australian said", "the 24-year-old Spaniard": a nationality for a person the story named.)
        nationalPerson(ctx, headText, head, inQuote, parentSpeaker) ??
        partitiveOfGroup(ctx, headText, head.start, articleId, extra) ??
        // ("The 23-year-old, from Leeds, said": with no one to point back to, an unnamed person, never the place.)
        (personDescription(layer.text.slice(span.start, span.end)) || epithetHead(ctx, headText, span) ? (personAntecedent(ctx, '', span.start, inQuote, parentSpeaker) ?? anonymous(headText, articleId, extra, true)) : null) ??
        titledPerson(ctx, head) ??
        // ("according to an interview he gave to The Bookseller": its giver; a person the words before it name first, "Tomasz Wrona believes …, according to …".)
        writtenDocument(ctx, s0, s1, (start, end) => (a.contentEnd <= span.start ? firstPersonIn(ctx, a.contentStart, a.contentEnd) : null) ?? pronoun(ctx, layer.text.slice(start, end), start, inQuote, parentSpeaker, Math.min(start, a.contentStart)) ?? mentioned(ctx, start, end, inQuote ? parentSpeaker : null)) ??
        // ("the doctor said" after "Dr. Kiran Bhatia-Lowe": the noun of the title the person was named with.)
        titledAntecedent(ctx, headText, head.start, inQuote ? parentSpeaker : null) ??
        (personHead ? (roleNoun(ctx, personHead, head.start, inQuote ? parentSpeaker : null) ?? appositivePerson(ctx, span) ?? describedAntecedent(ctx, headText, head.start, inQuote, parentSpeaker, a.contentStart) ?? anonymousPersonOf(ctx, personSpan, articleId, extra)) : null) ??
        (titledHead(headText) && !namesPerson(ctx, head) ? appositivePerson(ctx, span) : null) ??
        // ("results posted by the commission": a description of the body that wrote it names the body before.)
        authoredDocument(ctx, s0, s1, articleId, extra, (start, end) => mentioned(ctx, start, end, inQuote ? parentSpeaker : null) ?? definiteOrganisation(ctx, layer.text.slice(start, end), start, inQuote ? parentSpeaker : null)) ??
        heldDocument(layer, s0, s1, articleId, extra) ??
        // ("the former Chelsea striker said": a described player, not the club named in the description.)
        (describedPerson(headText) ? roleNoun(ctx, headText, head.start, inQuote ? parentSpeaker : null) ?? describedAntecedent(ctx, headText, head.start, inQuote, parentSpeaker, a.contentStart) : null) ??
        (officeEpithet(headText) ? roleNoun(ctx, headText, head.start, inQuote ? parentSpeaker : null) : null) ??
        addressedPerson(ctx, headText, head.start, inQuote, parentSpeaker) ??
        // ("the CS said" after "Treasury Cabinet Secretary Julius Kariuki": an office by its initials, before the tagger's name for the capitals.)
        initialledOfficeHolder(ctx, headText, head.start, inQuote ? parentSpeaker : null) ??
        // ("The Cabinet Secretary said", "the Treasury Secretary": a body's name before a title's head names the office; its holder named before speaks.)
        (titledHead(headText.trim().split(/\s+/).at(-1)!) ? roleNoun(ctx, headText, head.start, inQuote ? parentSpeaker : null) : null) ??
        mentioned(ctx, head.start, head.end, inQuote ? parentSpeaker : null) ??
        mentioned(ctx, span.start, beforeRelativeAside(layer, s0, s1, span.end), inQuote ? parentSpeaker : null) ??
        (inQuote ? null : narratedGroup(ctx, headText, head.start, articleId, extra)) ??
        pronoun(ctx, headText, head.start, inQuote, parentSpeaker, Math.min(head.start, a.contentStart)) ??
        (inQuote ? null : bylineAuthor(ctx, headText, extra)) ??
        roleNoun(ctx, headText, head.start, inQuote ? parentSpeaker : null) ??
        sameUnnamedSource(ctx, headText, head.start, inQuote) ??
        // ("the archbishop" after "The Archbishop of Kenya, the Most Rev. Joseph Mwangangi": the one person it fits.)
        describedNamedPerson(ctx, headText, layer.text.slice(span.start, span.end), head.start, inQuote) ??
        coordinatedBodies(ctx, headText, head.start, inQuote ? parentSpeaker : null, extra) ??
        definiteOrganisation(ctx, headText, head.start, inQuote ? parentSpeaker : null) ??
        ownedDocument(ctx, headText, head.start, inQuote ? parentSpeaker : null) ??
        ownedSource(ctx, headText, head.start, inQuote, parentSpeaker, articleId, extra) ??
        (inQuote ? null : issuedDocument(ctx, headText, head.start)) ??
        (inQuote ? null : writtenWorkAuthor(ctx, headText, head.start)) ??
        anonymous(headText, articleId, extra);
      r = { start: nameStartBefore(ctx, span.start, entity, cueOffset(layer, a)), end: span.end, entity };
    }
    resolved[i] = r;
    // Top-level attributions are resolved in cue order, so history stays sorted by offset.
    const e = r?.entity && d === 0 ? (byKey.get(r.entity) ?? extra.get(r.entity)) : undefined;
    if (e) history.push({ offset: cueOffset(layer, a), entity: e.key, type: e.type, start: r!.start, end: r!.end, person: personLike(e, byKey.has(e.key)), group: groupLike(e) });
  }
  return { speakers: sourcesNamedLater(layer, atts, resolved, extra, byKey), extra: [...extra.values()] };
}


/**
 * Where the speaker's phrase starts: at the start of the speaker's own name when the phrase starts
 * inside it and that name opens the sentence ("Aguas y | Saneamiento de Lima said": stage 1 read the
 * sentence's first words apart), else where it starts. A phrase never cuts the name of the entity it resolved to.
 */
function nameStartBefore(ctx: Ctx, start: number, entity: string | null, cue: number): number {
  // (Not over the cue a name took in: "Said | Ellis" opening an inverted report.)
  const m = entity ? firstNameHolding(ctx.names, start, (n) => n.entity === entity && !(n.start <= cue && cue < start)) : undefined;
  if (!m) return start;
  // (Only a name that opens its sentence: stage 1 reads a sentence's first words on their own; elsewhere a
  // name running into the phrase is a headline's capitals, "The LAST Thing | Some Will Want".)
  const toks = ctx.layer.tokens;
  const i = toks.findIndex((t) => t.start === m.start);
  return i === 0 || (i > 0 && toks[i - 1]!.sentence !== toks[i]!.sentence) ? m.start : start;
}

/** The longest name's length in characters, per sorted name list (one list an article). */
const LONGEST_NAME = new WeakMap<readonly Mention[], number>();

/**
 * The first of `names` (sorted by start) that holds `at` inside it (start < at < end) and `fits`, as
 * names.find would give it: only the names starting less than the longest name's length before `at`
 * are read, not all of them for every speaker (quadratic in a long article of statements).
 */
function firstNameHolding(names: readonly Mention[], at: number, fits: (n: Mention) => boolean): Mention | undefined {
  let longest = LONGEST_NAME.get(names);
  if (longest === undefined) {
    longest = 0;
    for (const n of names) longest = Math.max(longest, n.end - n.start);
    LONGEST_NAME.set(names, longest);
  }
  // (A name starting at or before at - longest ends at or before at: it cannot hold it.)
  for (let k = lowerBound(names, at - longest); k < names.length && names[k]!.start < at; k++) {
    const n = names[k]!;
    if (at < n.end && fits(n)) return n;
  }
  return undefined;
}

/**
 * Can "he" or "she" refer to this speaker? A person stage 2 named, or a source this step made whose
 * head is a noun for one person ("a hockey coach", "the spokeswoman"), not "the poem", "distrust"
 * or a group ("people close to the family", "officials").
 */
/**
 * "the self-taught Cambridge resident, who sold 40 copies …": an epithet for one person (personDescription)
 * read on the phrase's head when what follows makes the whole phrase too long to read, and the phrase
 * names no person ("The Democrats' leading anti-establishment candidate, Vermont Sen. Bernie Sanders").
 */
function epithetHead(ctx: Ctx, headText: string, span: { start: number; end: number }): boolean {
  const noun = headText.trim().split(/\s+/).at(-1)!.toLowerCase();
  return !pluralNoun(noun) && personDescription(headText) && !namesPerson(ctx, span);
}

function personLike(e: Entity, named: boolean): boolean {
  if (e.type !== 'Person') return false;
  if (named && !e.anonymous) return true;
  const head = personHeadOf(e.name);
  // ("The Democrat, who trails …, pledged …": a party's member is one person.)
  return (head !== undefined && !pluralNoun(head)) || PARTY_MEMBERS.has(e.name.split(/\s+/).at(-1)!) || (!e.anonymous && /^(\p{Lu}\p{Ll}+\s+)+\p{Lu}\p{Ll}+$/u.test(e.name));
}

/** Can "they" refer to this speaker as a group of people? An unnamed source headed by a plural noun for people ("residents", "two officials at the port"). */
function groupLike(e: Entity): boolean {
  if (e.type !== 'Person' || !e.anonymous) return false;
  const head = personHeadOf(e.name);
  // ("one of the mayor's advisers" is one person.)
  return head !== undefined && pluralNoun(head) && !/^one\b/i.test(e.name);
}


/**
 * "NAIROBI, Kenya - Police said …": a speaker phrase that opens its paragraph with a dateline (a
 * place in capitals, then a dash) starts after the dash; the dateline is the article's place.
 */
function afterDateline(layer: TextLayer, s0: number, s1: number): number {
  const t = layer.tokens;
  for (let k = s0; k < s1 - 1; k++) {
    if (!isDashAt(t, k)) continue;
    const p = layer.paragraphs[indexHolding(layer.paragraphs, t[k]!.start)];
    const head = p ? layer.text.slice(p.start, t[k]!.start) : '';
    return /^\s*\p{Lu}{2,}\b/u.test(head) && head.length <= 60 ? k + 1 : s0;
  }
  return s0;
}

function cueOffset(layer: TextLayer, a: RawAttribution): number {
  return a.cue ? layer.tokens[a.cue.first]!.start : a.contentStart;
}

/** "the former Chelsea striker", "the Wimbledon champion" (describedPerson): the person the story named before, whatever the description names. */
function describedAntecedent(ctx: Ctx, headText: string, at: number, inQuote: boolean, parentSpeaker: string | null, contentStart: number): string | null {
  // ("the Love Villa winner wrote that she was humiliated": the words' own "she" or "he" says the sex.)
  const first = /^\s*(?:that\s+)?(\p{L}+)/u.exec(ctx.layer.text.slice(contentStart, contentStart + 40))?.[1]?.toLowerCase() ?? '';
  const word = WORDS.personalSubjectPronouns.has(first) && first !== 'they' && first !== 'we' ? first : '';
  // (Inside another's report, as inside a quotation, the person described is not the reporter: "His
  // lawyer said the player believes …".)
  return describedPerson(headText) ? personAntecedent(ctx, word, at, inQuote || parentSpeaker !== null, parentSpeaker) : null;
}

/**
 * "Two officials said … One of them said …", "some of those", "both of them": a quantifier, "of" and a
 * plural pronoun (grammar.json quantifiers, objectPronounsOfQuantifier) is a part of the group of
 * people that spoke last — an unnamed source named for it ("one of two officials"); null otherwise.
 */
function partitiveOfGroup(ctx: Ctx, text: string, at: number, articleId: string, extra: Map<string, Entity>): string | null {
  const words = text.trim().split(/\s+/);
  if (words.length !== 3 || words[1]!.toLowerCase() !== 'of' || !isWord(WORDS.quantifiers, words[0]!) || !isWord(WORDS.objectPronounsOfQuantifier, words[2]!)) return null;
  const group = lastBefore(ctx.history, at, (h) => h.group);
  const name = group ? extra.get(group.entity)?.name : undefined;
  if (!name) return null;
  // ("some of the residents": a group named by a bare plural takes the article.)
  const counted = isWord(WORDS.quantifiers, name.split(' ')[0]!) || /^\d/.test(name);
  return anonymous(`${words[0]!.toLowerCase()} of ${counted ? '' : 'the '}${lowerFirstWord(name)}`, articleId, extra, true);
}

/** The first person named in [start, end), or null. */
function firstPersonIn(ctx: Ctx, start: number, end: number): string | null {
  for (let k = lowerBound(ctx.names, start); k < ctx.names.length && ctx.names[k]!.start < end; k++) {
    const e = ctx.byKey.get(ctx.names[k]!.entity);
    if (e?.type === 'Person' && ctx.names[k]!.kind === 'name') return e.key;
  }
  return null;
}

/** The person namedAfterRole read (or null), affiliated with the owner of the role before its comma ("its state secretary, X"). */
function withRoleOwner(ctx: Ctx, span: { start: number; end: number }, person: string | null, inQuote: boolean, parentSpeaker: string | null): string | null {
  if (!person) return null;
  const comma = ctx.layer.text.indexOf(',', span.start);
  if (comma < 0 || comma > span.end) return person;
  return affiliateRoleOwner(ctx, ctx.layer.text.slice(span.start, comma), span.start, person, inQuote, parentSpeaker);
}

/** "the minister", "Indonesia's transport minister" with no stage-2 mention: the best holder of that role, if any. */
function roleNoun(ctx: Ctx, text: string, at: number, notSpeaker: string | null): string | null {
  // "the minister", "Indonesia's transport minister"; not "a spokeswoman", "An EU negotiator": an
  // indefinite description brings in someone new.
  if (!/^the\s/i.test(text.trim()) && !/^\S+['’]s\s/.test(text.trim())) return null;
  // ("The company said …" after "X, a director of the company": an organisation's noun names no office, only where one is held.)
  const noun = text.trim().split(/\s+/).at(-1)!.toLowerCase();
  if (COMPANY_NOUNS.has(noun) || isWord(ORG_NOUNS, noun)) return null;
  const holder = roleHolders(text, ctx.mentions.entities, ctx.names, at).find((e) => e.key !== notSpeaker);
  return holder?.key ?? null;
}

/**
 * "His Highness affirmed …", "Her Excellency said": a form of address (entity-words.json
 * formsOfAddress) for the person last named with it ("His Highness Sheikh Mohamed …"), else for the
 * person a "he" or "she" there would mean.
 */
function addressedPerson(ctx: Ctx, text: string, at: number, inQuote: boolean, parentSpeaker: string | null): string | null {
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words.length !== 2 || !Object.hasOwn(OWNER_PRONOUNS, words[0]!) || !FORMS_OF_ADDRESS.has(words[1]!)) return null;
  for (let k = lowerBound(ctx.names, at) - 1; k >= 0; k--) {
    const m = ctx.names[k]!;
    const e = m.kind === 'name' ? ctx.byKey.get(m.entity) : undefined;
    if (e?.type === 'Person' && ctx.layer.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase().includes(words[1]!)) return e.key;
  }
  return personAntecedent(ctx, '', at, inQuote, parentSpeaker);
}

/**
 * "KH: Because I see …" in an interview transcript: a label of two to four capitals that are the
 * initials of exactly one person the article names ("Kelly Holmes"), else null.
 */
function initialledPerson(ctx: Ctx, label: string): string | null {
  if (!/^\p{Lu}{2,4}$/u.test(label)) return null;
  const people = ctx.mentions.entities.filter((e) => e.type === 'Person' && !e.anonymous && initialsOf(e.name) === label);
  return people.length === 1 ? people[0]!.key : null;
}

/**
 * "Q: Will you resign?\n\nA: No. I was elected …": in an interview printed as questions and answers,
 * the answer label "A" stands for the person the narration named last before the first "Q:" (the
 * interviewee: "The minister, Jan Nowak, spoke to us on Wednesday."); null elsewhere.
 */
function answerLabel(ctx: Ctx, label: string, at: number): string | null {
  if (!isExactWord(WORDS.answerLabels, label)) return null;
  const { paragraphs, text } = ctx.layer;
  const q = paragraphs.find((p) => p.start < at && isExactWord(WORDS.questionLabels, /^(\p{Lu}{1,2})\s*:/u.exec(text.slice(p.start, p.start + 6))?.[1] ?? ''));
  if (!q) return null;
  let person: string | null = null;
  for (let k = 0; k < ctx.narrated.length && ctx.narrated[k]!.start < q.start; k++) {
    const e = ctx.byKey.get(ctx.narrated[k]!.entity);
    if (e?.type === 'Person' && !e.anonymous) person = e.key;
  }
  return person;
}

/**
 * "HENRIK AALTONEN:", then "AALTONEN:": a transcript's label in capitals stands for the one person
 * the article names (in ordinary case) with that whole name or that surname; null when none or several.
 */
function labelledPerson(ctx: Ctx, label: string): string | null {
  const people = ctx.mentions.entities.filter((e) => {
    if (e.type !== 'Person' || e.anonymous || e.name === e.name.toUpperCase()) return false;
    const name = e.name.toUpperCase();
    return name === label || name.split(/\s+/).at(-1) === label;
  });
  return people.length === 1 ? people[0]!.key : null;
}

/** The capitals that open a name's words ("Kelly Holmes" → "KH"; "Ursula von der Leyen" → "UL"). */
export function initialsOf(name: string): string {
  return name.split(/\s+/).map((w) => w[0] ?? '').filter((c) => /\p{Lu}/u.test(c)).join('');
}

/**
 * "a post on its WeChat account", "a statement on her Facebook page": what the owner posted on its
 * own channel (entity-words.json ownChannelNouns) is the owner's, as "it"/"she" would be read — not
 * the platform's, whose name stands in the phrase.
 */
function postOnOwnChannel(ctx: Ctx, text: string, at: number): string | null {
  const words = text.trim().split(/\s+/);
  const on = words.indexOf('on');
  // ("a post on its account"; "data published on its website": no article before a participle of putting out.)
  const opened = isWord(WORDS.articles, words[0]!) || isExactWord(WORDS.documentAuthorParticiples, words[on - 1]?.toLowerCase() ?? '');
  if (on < 2 || !opened || !isWord(WORDS.possessiveDeterminers3, words[on + 1] ?? '') || !OWN_CHANNELS.has(words.at(-1)!.toLowerCase())) return null;
  const owner = OWNER_PRONOUNS[words[on + 1]!.toLowerCase()]!;
  // (Before the speakers of its sentence are read, the owner is the first one its sentence names —
  // its subject: "The China Coast Guard accused Philippine vessels …, according to a post on its
  // account" — else the last one named.)
  const org = owner === 'it' || owner === 'they';
  const fits = (e: Entity) => (org ? e.type === 'Organization' : e.type === 'Person');
  const { sentences } = ctx.layer;
  for (let k = lowerBound(ctx.names, sentences[indexHolding(sentences, at)]?.start ?? at); k < ctx.names.length && ctx.names[k]!.start < at; k++) {
    const e = ctx.byKey.get(ctx.names[k]!.entity);
    if (e && fits(e)) return e.key;
  }
  return pronoun(ctx, owner, at, false, null) ?? recentMention(ctx, ctx.names, fits, null, at)?.key ?? null;
}

/** "The company website", "the firm's statement", "her statement": a document speaks for whoever published it (the organisation "the company" means, the person "her" means). */
function ownedDocument(ctx: Ctx, text: string, at: number, notSpeaker: string | null): string | null {
  const words = text.trim().split(/\s+/);
  // "“…,” her statement said": the owner of the words, as "she" would be read (not inside a quotation, where "her" is someone else).
  if (words.length === 2 && notSpeaker === null && isWord(WORDS.possessiveDeterminers3, words[0]!) && OWNED_DOCUMENTS.has(words[1]!.toLowerCase())) {
    return pronoun(ctx, OWNER_PRONOUNS[words[0]!.toLowerCase()]!, at, false, null);
  }
  if (words.length !== 3 || !isWord(WORDS.articles, words[0]!) || !OWNED_DOCUMENTS.has(words[2]!.toLowerCase())) return null;
  const owner = words[1]!.replace(/['’]s$/, '');
  return COMPANY_NOUNS.has(owner.toLowerCase()) ? definiteOrganisation(ctx, `${words[0]} ${owner}`, at, notSpeaker) : null;
}

/**
 * "U.S. President Barack Obama's administration", "the Obama campaign": the organisation a person
 * leads speaks, named as news name it ("Obama administration") and affiliated with the person.
 */
function leaderInstitution(ctx: Ctx, span: { start: number; end: number }, extra: Map<string, Entity>): string | null {
  for (let k = lowerBound(ctx.names, span.start); k < ctx.names.length && ctx.names[k]!.start < span.end; k++) {
    const m = ctx.names[k]!;
    const person = ctx.byKey.get(m.entity);
    if (!person || person.type !== 'Person') continue;
    const rest = /^(?:['’]s?)?\s+(\p{Ll}+)\s*$/u.exec(ctx.layer.text.slice(m.end, span.end));
    if (!rest || !LEADER_INSTITUTIONS.has(rest[1]!)) continue;
    const name = `${person.name.split(' ').at(-1)} ${rest[1]}`;
    const key = `Organization/${name}`;
    if (!extra.has(key)) extra.set(key, { key, name, type: 'Organization', aliases: [], roles: [], affiliations: [person.key] });
    return key;
  }
  return null;
}

const LEADER_INSTITUTIONS: ReadonlySet<string> = new Set(entityWords.leaderInstitutionNouns);
const OWNED_DOCUMENTS: ReadonlySet<string> = new Set(entityWords.ownedDocumentNouns);
const OWN_CHANNELS: ReadonlySet<string> = new Set(entityWords.ownChannelNouns);
const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set(entityWords.formsOfAddress);

/** Readings with no source whose content is the narrator's own clause: names in it are narrated. */
const NARRATED_CONTENT_RULES: ReadonlySet<string> = new Set(['passive-generic-subject', 'raising-infinitive', 'raising-adjective']);

/**
 * Mentions not inside any attribution's content (said by the narrator), but for an agentless passive's or
 * a raising verb's subject and a verb's object (objectOpeningContent), in one sweep.
 */
function outsideContents(layer: TextLayer, names: Mention[], atts: RawAttribution[]): Mention[] {
  // (The subject of an agentless passive is the narrator's too: "Pryce, 51, was dismissed on Saturday. … he insisted";
  // so is a raising verb's with no source: "Lena Hartmann is expected to visit Abuja. She has said …".)
  const spans = atts.filter((a) => a.speaker !== null || a.inherit || !NARRATED_CONTENT_RULES.has(a.rule)).map((a) => [a.contentStart, a.contentEnd] as const).sort((x, y) => x[0] - y[0]);
  const objects = new Set(atts.filter((a) => objectOpeningContent(layer, a)).map((a) => a.contentStart));
  // (Not a possessor: "after examining Clinton's leg" names the leg.)
  const possessor = (m: Mention) => /^['’]s?\b/u.test(layer.text.slice(m.end, m.end + 2));
  const out: Mention[] = [];
  let k = 0;
  let reach = -1;
  for (const m of names) {
    while (k < spans.length && spans[k]![0] <= m.start) reach = Math.max(reach, spans[k++]![1]);
    if (m.end > reach || (objects.has(m.start) && !possessor(m))) out.push(m);
  }
  return out;
}

/**
 * "Prosecutors charged Gleb Arkhipov with treason. He denied …": is the content the object of its cue,
 * a phrase right after a finite cue with no verb but a gerund? A name opening it (not as a possessor) is the person the narrator says
 * was acted on, an antecedent like any narrated name, not a name inside reported words.
 */
function objectOpeningContent(layer: TextLayer, a: RawAttribution): boolean {
  const { tokens } = layer;
  if (!a.cue || a.inQuote >= 0) return false;
  const first = lowerBound(tokens, a.contentStart);
  // (A finite verb's: "after examining X", "sold him on supporting X" are side phrases, not what the sentence narrates.)
  if (first !== a.cue.last || tokens[a.cue.last - 1]!.lower.endsWith('ing')) return false;
  for (let k = first; k < tokens.length && tokens[k]!.start < a.contentEnd; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'VERB' && !t.lower.endsWith('ing')) || t.pos === 'AUX' || /^["“”]$/u.test(t.text)) return false;
  }
  return true;
}
