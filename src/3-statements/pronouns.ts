// Stage 3, step 3 (speakers.ts): who a pronoun or a person described without a name points back
// to — the last fitting speaker, a person the narrator named since, a fronted clause's subject —
// and the shared state of that step (the speakers seen so far, in cue order).

import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import type { Entity, EntityType, Mention, MentionLayer, TextLayer, Token } from '../types.js';
import { sexOfGivenName } from '../2-mentions/entities/given-names.js';
import { titleHeads } from '../2-mentions/entities/gazetteer.js';
import { lowerBound, lowerBoundBy, indexHolding } from '../spans.js';
import { WORDS, isWord, tokenIs } from './grammar/lexicon.js';
import { headWordOf } from './grammar/noun-phrases.js';
import { COGNITION_VERBS, CUE_NOUNS, SOURCE_NOUNS } from './cues.js';
import type { DescribedSexes, Sex } from './described-sex.js';

const PERSON_PRONOUNS: ReadonlySet<string> = WORDS.personPronouns;
const FIRST_PERSON: ReadonlySet<string> = WORDS.firstPersonPronouns;
const GROUP_PRONOUNS: ReadonlySet<string> = WORDS.groupPronouns;
const THING_PRONOUNS: ReadonlySet<string> = WORDS.thingPronouns;

export interface Ctx {
  layer: TextLayer;
  names: Mention[];
  narrated: Mention[];
  byKey: Map<string, Entity>;
  mentions: MentionLayer;
  history: History[];
  /** The unnamed sources resolveSpeakers has made so far (speakers.ts), by key. */
  extra?: ReadonlyMap<string, Entity>;
  /** The sex the text gives named persons by an honorific or an appositive (described-sex.ts), by key. */
  sexes?: DescribedSexes;
}

/** A speaker seen so far: where its cue is, who it is, and the mention that named it. */
export interface History {
  offset: number;
  entity: string;
  type: EntityType;
  start: number;
  end: number;
  /** A person "he" or "she" can point back to: a named person, or a source headed by a noun for people. */
  person: boolean;
  /** A group of people "they" can point back to: a source headed by a plural noun for people ("residents", "two officials"). */
  group: boolean;
}

/**
 * The entity a pronoun speaker (`text` at offset `at`) means: "he"/"she" a person (personAntecedent),
 * "I"/"we" inside a quotation its reporter, "it"/"they" the last organisation, a relative pronoun
 * the last name; null for any other word.
 */
export function pronoun(ctx: Ctx, text: string, at: number, inQuote: boolean, parentSpeaker: string | null, from = at): string | null {
  const word = text.trim();
  const isGroup = (e: Entity) => e.type === 'Organization';
  if (isWord(PERSON_PRONOUNS, word)) return personAntecedent(ctx, word, at, inQuote, parentSpeaker, from);
  if (isWord(FIRST_PERSON, word)) return inQuote ? parentSpeaker : null;
  if (isWord(GROUP_PRONOUNS, word) || isWord(THING_PRONOUNS, word)) {
    // ("Residents said … They added …": "they" may mean a group of people that spoke last; "it" never does.)
    const group = isWord(GROUP_PRONOUNS, word);
    // ("A source told The Sun … Another insider claimed … “…,” they added": the singular "they" of an unnamed source who spoke last.)
    const last = group ? lastBefore(ctx.history, at, () => true) : undefined;
    if (last && neutralSource(ctx, last)) return last.entity;
    return lastBefore(ctx.history, at, (h) => h.type === 'Organization' || (group && h.group))?.entity ?? recentMention(ctx, ctx.narrated, isGroup, null, at)?.key ?? null;
  }
  if (isWord(WORDS.relativePronouns, word)) return sourceBefore(ctx, at) ?? (isWord(WORDS.personalRelativePronouns, word) ? (personBeforeAppositive(ctx, at)?.entity ?? null) : null) ?? nameBeforeComma(ctx, at) ?? recentMention(ctx, ctx.names, (e) => e.type !== 'Place', null, at)?.key ?? null;
  return null;
}

/** An unnamed person whose head noun leaves their sex unsaid ("a source", "another insider"; grammar.json neutralSourceHeads). */
function neutralSource(ctx: Ctx, h: History): boolean {
  const e = ctx.extra?.get(h.entity);
  return !!e && e.anonymous === true && e.type === 'Person' && !h.group && isWord(WORDS.neutralSourceHeads, e.name.split(/\s+/).at(-1) ?? '');
}

/** "Italy, which had pushed for …": the name that ends at the comma right before the relative pronoun at `at` (a country acts as its government), else null. */
function nameBeforeComma(ctx: Ctx, at: number): string | null {
  const k = lowerBound(ctx.names, at) - 1;
  const m = k >= 0 ? ctx.names[k]! : undefined;
  if (!m || m.kind !== 'name' || !/^\s*,\s*$/.test(ctx.layer.text.slice(m.end, at))) return null;
  return ctx.byKey.has(m.entity) ? m.entity : null;
}

/** How many tokens an appositive between a person's name and "who" may hold ("chief economist at Norland Bank"). */
const APPOSITIVE_TOKENS = 12;

/**
 * "said Ana Ruiz, chief economist at Norland Bank, who expects …": "who" (at `at`) right after an
 * appositive set off by commas (no verb, no quotation mark in it) that follows a person's name and
 * ends with a body's name takes up that person, not the body: the person's name mention, or null.
 */
export function personBeforeAppositive(ctx: Ctx, at: number): Mention | null {
  const { tokens } = ctx.layer;
  const r = lowerBound(tokens, at);
  if (tokens[r - 1]?.text !== ',') return null;
  const sentence = tokens[r]?.sentence;
  for (let k = r - 2; k >= 0 && r - k <= APPOSITIVE_TOKENS + 1 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (/^(VERB|AUX)$/.test(t.pos) || /^["“”‘’']$/u.test(t.text)) return null;
    if (t.text !== ',') continue;
    // (The name right before the appositive's comma, and the appositive ends in a body's name: "…, a friend of Tom Reyes, who" stays open.)
    const before = ctx.names[lowerBound(ctx.names, t.start) - 1];
    const last = ctx.names[lowerBound(ctx.names, tokens[r - 1]!.start) - 1];
    const person = before && before.kind === 'name' && before.end === t.start ? ctx.byKey.get(before.entity) : undefined;
    const body = last && last.end === tokens[r - 1]!.start && last.start > t.start ? ctx.byKey.get(last.entity) : undefined;
    return person?.type === 'Person' && !person.anonymous && body && body.type !== 'Person' ? before! : null;
  }
  return null;
}

/** "…, according to a statement from the army, which said …": the speaker whose phrase ends at the comma right before the relative pronoun at `at`. */
function sourceBefore(ctx: Ctx, at: number): string | null {
  const h = lastBefore(ctx.history, at, (x) => x.end <= at && /^\s*,\s*$/.test(ctx.layer.text.slice(x.end, at)));
  return h?.entity ?? null;
}

/** "the 39-year-old", "the 52-year-old founder of …": an age stands for a person the story named. */
const AGE_DESCRIPTION = /^the\s+\S+-years?-old\b/i;
/** Nouns for a member of a party ("the Democrat", "the Kentucky Republican"; entity-words.json partyMemberNouns). */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(entityWords.partyMemberNouns);

/** An age ("the 39-year-old") or a party, after a place or not ("the Kentucky Republican", "the Democrat"): a person the story named, described. */
export function personDescription(text: string): boolean {
  if (AGE_DESCRIPTION.test(text)) return true;
  const w = text.trim().split(/\s+/);
  if (epithet(w)) return true;
  // ("the Republican said": a party's member alone, too.)
  return w.length >= 2 && w.length <= 4 && /^the$/i.test(w[0]!) && PARTY_MEMBERS.has(w.at(-1)!) && w.slice(1, -1).every((x) => /^\p{Lu}/u.test(x));
}

/**
 * "the bow-tied maverick", "the laid-back Cambridge resident": "the", modifiers of which one is
 * hyphenated, and a noun for a person: an epithet for someone the story named.
 */
function epithet(w: readonly string[]): boolean {
  if (w.length < 3 || w.length > 5 || !/^the$/i.test(w[0]!)) return false;
  const noun = w.at(-1)!;
  // (Or any other noun for no body, document or utterance: "says the flour-dusted perfectionist" — the hyphenated modifier marks the epithet.)
  if (!/^\p{Ll}+$/u.test(noun) || !(isWord(WORDS.personNouns, noun) || isWord(WORDS.epithetNouns, noun) || titleHeads.has(noun) || !(isWord(WORDS.organizationNouns, noun) || CUE_NOUNS.has(noun) || SOURCE_NOUNS.has(noun)))) return false;
  return w.slice(1, -1).some((x) => /^\p{L}+-\p{L}+$/u.test(x) && !/^\p{Lu}/u.test(x));
}

/** The mention before `at` in `list` whose entity passes `pred` (and is not `exclude`). */
export function recentMention(ctx: Ctx, list: Mention[], pred: (e: Entity) => boolean, exclude: string | null, at: number): { key: string; at: number } | null {
  for (let k = lowerBound(list, at) - 1; k >= 0; k--) {
    const m = list[k]!;
    if (m.start >= at) continue;
    const e = ctx.byKey.get(m.entity);
    if (e && pred(e) && e.key !== exclude) return { key: e.key, at: m.start };
  }
  return null;
}

/**
 * The person "he", "she" (`word`) or a description with no sex ('': "the 39-year-old") points
 * back to: the last person who spoke, unless the narrator named another person since, close by
 * (`from`: where the speaker's words begin, when they come before the pronoun).
 */
export function personAntecedent(ctx: Ctx, word: string, at: number, inQuote: boolean, parentSpeaker: string | null, from = at): string | null {
  const { history } = ctx;
  // "she" never means a Michael, nor "he" a Wendy (given names of one sex, given-names.json).
  const person = (e: Entity) => e.type === 'Person' && agrees(e, word, ctx.sexes?.get(e.key));
  // Inside a quotation, "he" is someone the quoted speaker talks about, not the speaker.
  if (inQuote) return recentMention(ctx, ctx.names, person, parentSpeaker, at)?.key ?? null;
  // After a fronted subordinate clause, that clause's subject.
  const fronted = frontedClauseSubject(ctx, person, at);
  if (fronted) return fronted;
  // ("Zali Steggall believes the parties have failed, she told Sky News": the words' own subject.)
  const inner = from < at ? contentSubject(ctx, person, from, at) : null;
  if (inner) return inner;
  // The last person who spoke, unless the narrator named another person since, close by. A name
  // in the last speaker's own sentence after its cue describes that speaker ("said Ana Ruiz, an
  // aide to Tom Reyes"): it is no new antecedent.

  const spoke = subjectBeforeOblique(ctx, lastBefore(history, at, () => true), person, at) ?? lastBefore(history, at, (h) => personSpoke(ctx, h) && agreesKey(ctx, h.entity, word));
  const speaker = spoke?.entity ?? null;
  const narrated = antecedentNames(ctx, at);
  let recent = recentMention(ctx, narrated, person, null, at);
  // ("In a statement issued by his spokesperson, Stéphane Dujarric, he said …": the possessor's agent is not "he"; the one before is.)
  if (recent && possessedRoleAppositive(ctx, recent.at)) recent = recentMention(ctx, narrated, person, recent.key, recent.at);
  const named = sentenceSubjectFirst(ctx, recent, person, at, word === '');
  const lastSpoke = lastBefore(history, at, (h) => personSpoke(ctx, h));
  // ("Close by" counts from where the words begin: a quotation of two sentences before "he said" is no distance.)
  if (named && named.key !== speaker && (!lastSpoke || laterSentence(ctx.layer, lastSpoke.offset, named.at)) && sameOrPreviousSentence(ctx.layer, named.at, from)) return named.key;
  // A person the narrator made a sentence's subject after that speaker last spoke, whose given
  // name is of the pronoun's sex ("Ana Ruiz now lives in …" before "she urged police …"), is
  // the centre of the story again, whoever of the other sex spoke since.
  const subject = recentMention(ctx, narrated, (e) => person(e) && sexConfirmed(e, word), null, at);
  if (subject && subject.key !== speaker && spoke && laterSentence(ctx.layer, spoke.offset, subject.at) && opensSentence(ctx.layer, subject.at)) return subject.key;
  // ("Al Ahly have signed striker Karim Fathy, the club said. The 24-year-old said …": with no person
  // who spoke or was narrated, a description points to the person named in the words just before.)
  const reported = !speaker && !named && word === '' ? recentMention(ctx, ctx.names, person, null, at) : null;
  return speaker ?? named?.key ?? (reported && sameOrPreviousSentence(ctx.layer, reported.at, from) ? reported.key : null);
}

/**
 * "Ana Ruiz believes a deal is possible, according to an aide. She plans …": a source named after
 * its words by "according to" (grammar.json obliqueSourceCues) is an oblique, and a pronoun in a
 * later sentence continues that sentence's subject — the first name in it, when a person the pronoun
 * agrees with — not the source, one person or a group ("according to two officials"). Else undefined.
 */
function subjectBeforeOblique(ctx: Ctx, h: History | undefined, person: (e: Entity) => boolean, at: number): History | undefined {
  const { tokens, sentences } = ctx.layer;
  const cue = h ? tokens[lowerBound(tokens, h.offset)] : undefined;
  if (!h || !cue || !tokenIs(WORDS.obliqueSourceCues, cue) || !laterSentence(ctx.layer, h.offset, at) || !sameOrPreviousSentence(ctx.layer, h.offset, at)) return undefined;
  const s = sentences[indexHolding(sentences, h.offset)]!;
  // (The first name of a person or body: "In Lisbon, Ana Ruiz believes …" reads past the place.)
  for (let k = lowerBound(ctx.names, s.start); k < ctx.names.length && ctx.names[k]!.start < h.offset; k++) {
    const m = ctx.names[k]!;
    const e = m.kind === 'name' ? ctx.byKey.get(m.entity) : undefined;
    if (!e || e.type === 'Place') continue;
    if (!subjectPosition(ctx.layer, s.start, m.start)) return undefined;
    return person(e) && e.key !== h.entity ? { ...h, entity: e.key, type: e.type, start: m.start, end: m.end, person: true, group: false } : undefined;
  }
  return undefined;
}

/**
 * Is a name at `at` its sentence's subject, reached from the sentence's start `from` over no verb,
 * pronoun or quotation mark ("The conference president, Ana Ruiz, believes"; not "“…,” he told Sen.
 * Jeff Flake", nor "Her vote is worse than Obama's")?
 */
function subjectPosition(layer: TextLayer, from: number, at: number): boolean {
  const { tokens } = layer;
  for (let k = lowerBound(tokens, from); k < tokens.length && tokens[k]!.start < at; k++) {
    const t = tokens[k]!;
    if (/^(VERB|AUX|PRON)$/.test(t.pos) || /^["“”‘’']$/u.test(t.text)) return false;
  }
  return true;
}

/**
 * Did a person speak at `h`? One speakers.ts found a person, or a name stage 2 typed a body of no
 * known kind that the speaker's phrase puts right after a lower-case noun for a person or a title
 * ("Saudi official Faisal Al-Harbi", "club spokesman Tom Avery"), or that opens the phrase right after
 * one ("Lead author | Professor Mei Takahashi"): the noun says it is a person.
 */
function personSpoke(ctx: Ctx, h: History): boolean {
  if (h.person || titledNameSource(ctx, h)) return true;
  const e = h.type === 'Organization' ? ctx.byKey.get(h.entity) : undefined;
  if (!e || e.anonymous || e.subtype !== undefined) return false;
  let k = lowerBound(ctx.names, h.start);
  while (k < ctx.names.length && ctx.names[k]!.start < h.end && ctx.names[k]!.entity !== h.entity) k++;
  const m = ctx.names[k];
  if (!m || m.start >= h.end) return false;
  const { tokens } = ctx.layer;
  const k0 = lowerBound(tokens, m.start);
  const before = tokens[k0 - 1];
  // (Or right before a phrase that opens with the name: "Lead author | Professor Mei Takahashi said".)
  const inPhrase = !!before && (before.start >= h.start || (m.start === h.start && before.sentence === tokens[k0]!.sentence));
  return !!before && inPhrase && before.text === before.lower && (isWord(WORDS.personNouns, before.text) || titleHeads.has(before.lower));
}

/**
 * "Secretary for Security Raymond Tang Ka-lok told lawmakers …": an unnamed source stage 2 found no
 * person in, whose phrase is a title (titles.json heads) and then two capitalised words ending it —
 * a titled person's name the tagger missed, whom a later "he" or "she" takes up.
 */
function titledNameSource(ctx: Ctx, h: History): boolean {
  const e = ctx.extra?.get(h.entity);
  if (!e?.anonymous || e.type !== 'Person') return false;
  const words = e.name.split(/\s+/);
  // (No article: "head of the Service Employees International Union" ends in a body's name.)
  return words.length >= 3 && !words.some((w) => isWord(WORDS.articles, w)) && titleHeads.has(words[0]!.toLowerCase()) && words.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !titleHeads.has(w.toLowerCase()));
}

/** The narrated names a "he" or "she" may point back to, per narrated list: all, and those outside relative asides. */
const ANTECEDENT_NAMES = new WeakMap<readonly Mention[], { all: Mention[]; main: Mention[] }>();

/**
 * The narrated names a "he" or "she" at `at` may point back to: not one of an entity the text only
 * ever names before a noun after an article or adjective ("a recent Quinnipiac poll": a pollster the
 * tagger read as a person; "the Sanders campaign" stays, for Sanders is named on his own too), nor,
 * from a later sentence, one inside a relative clause set off by commas ("The Democrat, who trails
 * Gordon Fairley in a poll, pledged … Later, she …": its object or prepositional phrase, not the
 * subject the story goes on with).
 */
function antecedentNames(ctx: Ctx, at: number): Mention[] {
  let lists = ANTECEDENT_NAMES.get(ctx.narrated);
  if (!lists) {
    const { tokens } = ctx.layer;
    // (Named on its own anywhere, in reported words too: "criticizing Donald Trump's proposals … a Trump television interview".)
    const onItsOwn = new Set(ctx.names.filter((m) => !nounModifier(tokens, m)).map((m) => m.entity));
    // (Nor the agent of a participle set off in the sentence: "Speaking on a podcast, hosted by Ben Clarke, the 38-year-old said".)
    // (Nor a name that is its whole paragraph: a photo credit, "Getty.", between a headline and the story.)
    const all = ctx.narrated.filter((m) => (onItsOwn.has(m.entity) || !nounModifier(tokens, m)) && !participleAgent(tokens, lowerBound(tokens, m.start), m.end) && !wholeParagraph(ctx.layer, m));
    lists = { all, main: all.filter((m) => !insideRelativeAside(ctx, lowerBound(tokens, m.start), m.end)) };
    ANTECEDENT_NAMES.set(ctx.narrated, lists);
  }
  // ("…, which has bristled at Biden's comments, including one in which he stated …": in its own sentence the aside's name stays.)
  const own = lists.all[lowerBound(lists.all, at) - 1];
  return own && !laterSentence(ctx.layer, own.start, at) ? lists.all : lists.main;
}

/** Is the name m all its paragraph holds, but for a closing full stop ("Getty.", "Reuters")? */
function wholeParagraph(layer: TextLayer, m: Mention): boolean {
  const p = layer.paragraphs[indexHolding(layer.paragraphs, m.start)];
  return !!p && p.start <= m.start && /^\s*$/.test(layer.text.slice(p.start, m.start)) && /^[.\s]*$/.test(layer.text.slice(m.end, p.end));
}

/** How many words of a title may stand between "by" and the agent's name ("hosted by ex-goalkeeper Ben Clarke"). */
const AGENT_TITLE_WORDS = 3;

/**
 * Is the name from token k (ending at `end`) the agent of a participle that modifies something else
 * in its sentence — "…, hosted by ex-goalkeeper Ben Clarke, …", "the podcast presented by Ana Ruiz,",
 * "Interviewed by Sam Okafor, …" — a side phrase that closes with a comma? Not after "was"/"been" ("Rey was interviewed by Ben
 * Clarke."), where the agent is a main clause's.
 */
function participleAgent(tokens: readonly Token[], k: number, end: number): boolean {
  const sentence = tokens[k]?.sentence;
  let b = k - 1;
  while (b > 0 && k - b <= AGENT_TITLE_WORDS && tokens[b]!.lower !== 'by' && /^(NOUN|ADJ|PROPN)$/.test(tokens[b]!.pos) && tokens[b]!.sentence === sentence) b--;
  if (b < 1 || tokens[b]!.lower !== 'by' || tokens[b]!.sentence !== sentence) return false;
  const verb = tokens[b - 1]!;
  const host = tokens[b - 2];
  // (A participle: an inflected verb, not its -ing form, in lower case unless it opens the sentence:
  // "Interviewed by Sam Okafor on a podcast, the 34-year-old said".)
  const opens = !host || host.sentence !== sentence;
  if (verb.pos !== 'VERB' || (!opens && verb.text !== verb.lower) || verb.lemma === verb.lower || verb.lower.endsWith('ing')) return false;
  if (!opens && host.text !== ',' && !/^(NOUN|PROPN)$/.test(host.pos)) return false;
  for (let a = lowerBound(tokens, end); a < tokens.length && tokens[a]!.sentence === sentence; a++) if (tokens[a]!.text === ',') return true;
  return false;
}

/**
 * Does the name m stand between an article, adjective or number and a common noun ("a recent
 * Quinnipiac poll", "One Tory backbencher" — capitalised only where it opens the sentence)?
 */
function nounModifier(tokens: readonly Token[], m: Mention): boolean {
  const k = lowerBound(tokens, m.start) - 1;
  const before = tokens[k];
  const after = tokens[lowerBound(tokens, m.end)];
  const opens = k === 0 || tokens[k - 1]?.sentence !== before?.sentence;
  return !!before && !!after && /^(DET|ADJ|NUM)$/.test(before.pos) && (/^\p{Ll}/u.test(before.text) || opens) && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text);
}

/**
 * Is token k inside ", who … ," — a relative clause opened after a comma and closed by one in the same
 * sentence (the mention ending at `end`)? Or inside ", who …" that runs to the sentence's end, when the
 * comma follows a person's name ("I met Tomas Reyna, who like Gabriel Ortiz grew up in Oaxaca."): the
 * clause is about the name before it, and a name inside is its object or comparison.
 */
function insideRelativeAside(ctx: Ctx, k: number, end: number): boolean {
  const { tokens } = ctx.layer;
  const sentence = tokens[k]?.sentence;
  let open = -1;
  for (let b = k - 1; b > 0 && tokens[b]!.sentence === sentence; b--) {
    if (tokens[b]!.text === ',') return false;
    if (tokenIs(WORDS.relativePronounsAll, tokens[b]!) && tokens[b - 1]!.text === ',') {
      open = b;
      break;
    }
  }
  if (open < 0) return false;
  for (let a = lowerBound(tokens, end); a < tokens.length && tokens[a]!.sentence === sentence; a++) if (tokens[a]!.text === ',') return true;
  return personNamedBefore(ctx, tokens[open - 1]!.start);
}

/** Does a person's name end right before `at` (a comma's offset)? */
function personNamedBefore(ctx: Ctx, at: number): boolean {
  const m = ctx.names[lowerBound(ctx.names, at) - 1];
  const e = m && m.kind === 'name' && m.end === at ? ctx.byKey.get(m.entity) : undefined;
  return e?.type === 'Person' && !e.anonymous;
}

/**
 * "Independent MP Zali Steggall believes both parties have failed, she told Sky News": words not in
 * quotation marks that open their sentence with a person's name (after capitalised title words) and
 * a verb of thought, before the pronoun in the same sentence — that person, when the pronoun agrees.
 */
function contentSubject(ctx: Ctx, person: (e: Entity) => boolean, from: number, at: number): string | null {
  const { text } = ctx.layer;
  if (/^\s*["“‘']/u.test(text.slice(from, from + 3)) || !opensSentence(ctx.layer, from)) return null;
  const m = ctx.names[lowerBound(ctx.names, from)];
  // (Title words before the name, capitalised or not: "Sen.", "Aviation consultant", "The former minister".)
  if (!m || m.start >= at || m.kind !== 'name' || !titleWordsBetween(ctx.layer, from, m.start)) return null;
  // (Only a view of their own, a verb of thought right after the name: "Varga has left the city, she said" is about Varga.)
  const verb = ctx.layer.tokens[lowerBound(ctx.layer.tokens, m.end)];
  if (!verb || verb.pos !== 'VERB' || !COGNITION_VERBS.has(verb.lemma)) return null;
  const e = ctx.byKey.get(m.entity);
  return e && person(e) && !laterSentence(ctx.layer, m.start, at) ? e.key : null;
}

/** How many words may stand before a name as its title ("The former aviation consultant"). */
const TITLE_WORDS = 4;

/** Are the tokens from `from` to `to` at most TITLE_WORDS words of a title — nouns, adjectives, names, an article, abbreviations — with no verb or comma? */
function titleWordsBetween(layer: TextLayer, from: number, to: number): boolean {
  const { tokens } = layer;
  let n = 0;
  for (let k = lowerBound(tokens, from); k < tokens.length && tokens[k]!.start < to; k++, n++) {
    if (n >= TITLE_WORDS || (!/^(NOUN|PROPN|ADJ|DET)$/.test(tokens[k]!.pos) && !/^\p{Lu}[\p{L}]*\.$/u.test(tokens[k]!.text))) return false;
  }
  return true;
}

/** Is the name at `at` the appositive of a possessed role ("his spokesperson, X", "her lawyer, X")? */
function possessedRoleAppositive(ctx: Ctx, at: number): boolean {
  const { tokens } = ctx.layer;
  let k = lowerBound(tokens, at) - 1;
  if (k < 1 || tokens[k]!.text !== ',') return false;
  k--;
  const last = k;
  while (k >= 0 && last - k < 3 && /^(NOUN|ADJ)$/.test(tokens[k]!.pos) && /^\p{Ll}/u.test(tokens[k]!.text)) k--;
  return k < last && k >= 0 && tokenIs(WORDS.possessiveDeterminers3, tokens[k]!);
}

/**
 * "Nick Sandmann, the student who stood face to face with Nathan Phillips, has said … He told …": of
 * the persons named in the sentence before a sentence-opening pronoun, the one that opens that
 * sentence — its subject, which a left-to-right reading meets first (Hobbs) — before a later one.
 */
function sentenceSubjectFirst(ctx: Ctx, named: { key: string; at: number } | null, person: (e: Entity) => boolean, at: number, description = false): { key: string; at: number } | null {
  // (A description — "the 21-year-old", "the striker" — wherever it stands: "“…,” the 21-year-old said.")
  if (!named || !(description || opensSentence(ctx.layer, at)) || !laterSentence(ctx.layer, named.at, at)) return named;
  const { sentences } = ctx.layer;
  const s = sentences[indexHolding(sentences, named.at)]!;
  const m = ctx.narrated[lowerBound(ctx.narrated, s.start)];
  if (!m || m.start >= named.at || !opensSentence(ctx.layer, m.start)) return named;
  const e = ctx.byKey.get(m.entity);
  return e && person(e) ? { key: e.key, at: m.start } : named;
}

/**
 * "Even though Ana Ruiz worked with Julia Reyes, she maintains …": after a fronted subordinate
 * clause, the main clause's subject pronoun means that clause's subject, the first person a
 * left-to-right reading of the sentence meets (Hobbs), when it agrees.
 */
function frontedClauseSubject(ctx: Ctx, person: (e: Entity) => boolean, at: number): string | null {
  const { tokens, sentences } = ctx.layer;
  const s = sentences[indexHolding(sentences, at)];
  const p = lowerBound(tokens, at);
  if (!s || p <= s.tokenStart || tokens[p - 1]!.text !== ',') return null;
  const k = tokens[s.tokenStart]!.lower === 'even' ? s.tokenStart + 1 : s.tokenStart;
  if (k + 1 >= p || !tokenIs(WORDS.subordinators, tokens[k]!)) return null;
  // The subject right after the subordinator, a title word or two allowed ("While Sen. Ana Ruiz …").
  const m = ctx.names[lowerBound(ctx.names, tokens[k + 1]!.start)];
  if (!m || m.start >= at || m.start > (tokens[k + 3]?.start ?? Infinity)) return null;
  const e = ctx.byKey.get(m.entity);
  return e && person(e) ? e.key : null;
}

/** The sex "she" or "he" (`word`) says, or null for any other word. */
function pronounSex(word: string): 'female' | 'male' | null {
  return isWord(WORDS.femininePronouns, word) ? 'female' : isWord(WORDS.masculinePronouns, word) ? 'male' : null;
}

/**
 * Can "he" or "she" (`word`) refer to this entity? Not when its given name is one of the other sex,
 * nor, where the given name does not say it, the sex the text gives it (`told`: "Ms Doyle", "Her brother, X,").
 */
export function agrees(e: Entity, word: string, told?: Sex): boolean {
  const wanted = pronounSex(word);
  if (!wanted || e.type !== 'Person') return true;
  // ("a council spokesman" is no "she": an unnamed source's head noun may say the sex.)
  if (e.anonymous) return !nounSexMismatch(headWordOf(e.name).toLowerCase(), wanted);
  const sex = sexOfGivenName(e.name.split(' ')[0]!.toLowerCase()) ?? told ?? null;
  return sex === null || sex === wanted;
}

/** Does a noun for a man or a woman ("spokesman", "wife") say the other sex than `wanted`? */
function nounSexMismatch(noun: string, wanted: 'female' | 'male'): boolean {
  return wanted === 'female' ? WORDS.masculineNouns.has(noun) : WORDS.feminineNouns.has(noun);
}

/** Does the given name of this person say the sex of "he" or "she" (`word`)? */
export function sexConfirmed(e: Entity, word: string): boolean {
  const wanted = pronounSex(word);
  return wanted !== null && !e.anonymous && sexOfGivenName(e.name.split(' ')[0]!.toLowerCase()) === wanted;
}

/** Does the mention at `at` open its sentence, after at most title words ("Dr.", "Sen.") or a short opener and its comma? */
function opensSentence(layer: TextLayer, at: number): boolean {
  const s = layer.sentences[indexHolding(layer.sentences, at)];
  if (!s) return false;
  const before = layer.text.slice(s.start, at);
  // (Also after a short opener set off by a comma: "Last summer, Gasol volunteered …", "In 2018, Ruiz …".)
  return /^\s*(?:\p{Lu}\p{Ll}{0,3}\.\s+)*$/u.test(before) || /^\s*(?:[\p{L}\d’'-]+\s+){0,3}[\p{L}\d’'-]+,\s+$/u.test(before);
}

/** The same for a speaker seen so far (an entity of stage 2; sources this step made always agree). */
function agreesKey(ctx: Ctx, key: string, word: string): boolean {
  const e = ctx.byKey.get(key) ?? ctx.extra?.get(key);
  return !e || agrees(e, word, ctx.sexes?.get(key));
}

/** Does offset `b` lie in a sentence after the one holding offset `a`? */
function laterSentence(layer: TextLayer, a: number, b: number): boolean {
  return lowerBound(layer.sentences, b + 1) > lowerBound(layer.sentences, a + 1);
}

function sameOrPreviousSentence(layer: TextLayer, a: number, b: number): boolean {
  const ia = indexHolding(layer.sentences, a);
  const ib = indexHolding(layer.sentences, b);
  return ib - ia <= 1;
}

/** The last history entry before `at` (history is kept sorted by offset) that passes `pred`. */
export function lastBefore(history: History[], at: number, pred: (h: History) => boolean): History | undefined {
  for (let k = lowerBoundBy(history, at, (h) => h.offset) - 1; k >= 0; k--) if (pred(history[k]!)) return history[k];
  return undefined;
}
