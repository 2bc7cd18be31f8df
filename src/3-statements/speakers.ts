// Stage 3, step 3: speakers. Resolves the speaker mention of each attribution to an entity of the
// article: a name in the mention, a pronoun (the last fitting speaker or person), a role noun
// ("the minister" → the entity holding that role), or else an anonymous source kept with a type.

import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import type { Entity, EntityType, Mention, MentionLayer, TextLayer } from '../types.js';
import { roleHolders } from '../2-mentions/coreference.js';
import { GROUP_ADJECTIVES, NAME_CONNECTORS } from '../2-mentions/entities/words.js';
import { titleHeads } from '../2-mentions/entities/gazetteer.js';
import { isLexicalWord } from '../1-text/wink-model.js';
import { CONTEXT_WORDS } from './context/words.js';
import { lowerBound } from '../spans.js';
import type { RawAttribution } from './attribution/index.js';
import { WORDS, isExactWord, isWord, tokenIs } from './grammar/lexicon.js';
import { isDocument } from './kinds.js';
import { isDashAt } from './grammar/words.js';
import { insideQuotation } from './grammar/quotes.js';
import { headWordOf } from './grammar/noun-phrases.js';
import { type Ctx, type History, lastBefore, personAntecedent, personDescription, pronoun, recentMention } from './pronouns.js';
import { ORG_NOUNS, OWNER_PRONOUNS, PERSON_NOUNS, beforeRelativeAside, mentioned, pluralNoun, possessorSubject, relativeSource } from './speaker-names.js';

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
  const narrated = outsideContents(names, atts);
  const resolved: (ResolvedSpeaker | null)[] = new Array(atts.length).fill(null);
  // (A relayed report, "the Gazette quoted B as saying", is B's own: resolved in narration order, and
  // an antecedent for a later "he said", like a top-level one.)
  const depth = (i: number): number => (parents[i] === null || atts[i]!.relayedBy !== undefined ? 0 : 1 + depth(parents[i]!));
  const order = atts.map((a, i) => ({ a, i, d: depth(i) })).sort((x, y) => x.d - y.d || cueOffset(layer, x.a) - cueOffset(layer, y.a));
  const history: History[] = [];
  const ctx: Ctx = { layer, names, narrated, byKey, mentions, history, extra };
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
      const inQuote = a.inQuote >= 0;
      const personHead = personOf(layer, s0, s1, !namesPerson(ctx, span));
      const entity =
        (inQuote ? null : postOnOwnChannel(ctx, layer.text.slice(span.start, span.end), span.start)) ??
        leaderInstitution(ctx, head, extra) ??
        // ("The 23-year-old, from Leeds, said": with no one to point back to, an unnamed person, never the place.)
        (personDescription(layer.text.slice(span.start, span.end)) ? (personAntecedent(ctx, '', span.start, inQuote, parentSpeaker) ?? anonymous(headText, articleId, extra, true)) : null) ??
        titledPerson(ctx, head) ??
        (personHead ? (roleNoun(ctx, personHead, head.start, inQuote ? parentSpeaker : null) ?? appositivePerson(ctx, span) ?? anonymousPersonOf(ctx, span, articleId, extra)) : null) ??
        (titledHead(headText) && !namesPerson(ctx, head) ? appositivePerson(ctx, span) : null) ??
        heldDocument(layer, s0, s1, articleId, extra) ??
        // ("the former Chelsea striker said": a described player, not the club named in the description.)
        (describedPerson(headText) ? roleNoun(ctx, headText, head.start, inQuote ? parentSpeaker : null) ?? personAntecedent(ctx, '', head.start, inQuote, parentSpeaker) : null) ??
        mentioned(ctx, head.start, head.end, inQuote ? parentSpeaker : null) ??
        mentioned(ctx, span.start, beforeRelativeAside(layer, s0, s1, span.end), inQuote ? parentSpeaker : null) ??
        pronoun(ctx, headText, head.start, inQuote, parentSpeaker, Math.min(head.start, a.contentStart)) ??
        (inQuote ? null : bylineAuthor(ctx, headText, extra)) ??
        roleNoun(ctx, headText, head.start, inQuote ? parentSpeaker : null) ??
        definiteOrganisation(ctx, headText, head.start, inQuote ? parentSpeaker : null) ??
        ownedDocument(ctx, headText, head.start, inQuote ? parentSpeaker : null) ??
        anonymous(headText, articleId, extra);
      r = { start: span.start, end: span.end, entity };
    }
    resolved[i] = r;
    if (r?.entity && d === 0) {
      const e = byKey.get(r.entity) ?? extra.get(r.entity);
      if (e) {
        // Top-level attributions are resolved in cue order, so history stays sorted by offset.
        history.push({ offset: cueOffset(layer, a), entity: e.key, type: e.type, start: r.start, end: r.end, person: personLike(e, byKey.has(e.key)), group: groupLike(e) });
      }
    }
  }
  return { speakers: resolved, extra: [...extra.values()] };
}


/**
 * Can "he" or "she" refer to this speaker? A person stage 2 named, or a source this step made whose
 * head is a noun for one person ("a hockey coach", "the spokeswoman"), not "the poem", "distrust"
 * or a group ("people close to the family", "officials").
 */
function personLike(e: Entity, named: boolean): boolean {
  if (e.type !== 'Person') return false;
  if (named && !e.anonymous) return true;
  const head = personHeadOf(e.name);
  return (head !== undefined && !pluralNoun(head)) || (!e.anonymous && /^(\p{Lu}\p{Ll}+\s+)+\p{Lu}\p{Ll}+$/u.test(e.name));
}

/** Can "they" refer to this speaker as a group of people? An unnamed source headed by a plural noun for people ("residents", "two officials at the port"). */
function groupLike(e: Entity): boolean {
  if (e.type !== 'Person' || !e.anonymous) return false;
  const head = personHeadOf(e.name);
  // ("one of the mayor's advisers" is one person.)
  return head !== undefined && pluralNoun(head) && !/^one\b/i.test(e.name);
}

/** The first noun for people in a source's name, lower case: its head ("people close to the mayor", "spokesman for the port"). */
function personHeadOf(name: string): string | undefined {
  return name.toLowerCase().split(/\s+/).find((w) => isWord(PERSON_NOUNS, w));
}

/**
 * "NAIROBI, Kenya - Police said …": a speaker phrase that opens its paragraph with a dateline (a
 * place in capitals, then a dash) starts after the dash; the dateline is the article's place.
 */
function afterDateline(layer: TextLayer, s0: number, s1: number): number {
  const t = layer.tokens;
  for (let k = s0; k < s1 - 1; k++) {
    if (!isDashAt(t, k)) continue;
    const p = layer.paragraphs[lowerBound(layer.paragraphs, t[k]!.start + 1) - 1];
    const head = p ? layer.text.slice(p.start, t[k]!.start) : '';
    return /^\s*\p{Lu}{2,}\b/u.test(head) && head.length <= 60 ? k + 1 : s0;
  }
  return s0;
}

function cueOffset(layer: TextLayer, a: RawAttribution): number {
  return a.cue ? layer.tokens[a.cue.first]!.start : a.contentStart;
}

/** The phrase with its first word in lower case when that is an English word, the rest as written (names and titles keep their capitals: "officials in China", "Mrs. Clinton's plan"). */
function lowerFirstWord(phrase: string): string {
  const space = phrase.indexOf(' ');
  const first = (space < 0 ? phrase : phrase.slice(0, space)).toLowerCase();
  // ("New York-based company", "United Nations officials": a capitalised word after it makes it part of a name.)
  // ("Catholic bishops": a faith or ethnic group keeps its capital.)
  if ((!isLexicalWord(first) && !isLexicalWord(first.replace(/s$/, ''))) || GROUP_ADJECTIVES.has(first) || (space > 0 && /^\p{Lu}/u.test(phrase.slice(space + 1)))) return phrase;
  return space < 0 ? first : first + phrase.slice(space);
}

/** "the minister", "Indonesia's transport minister" with no stage-2 mention: the best holder of that role, if any. */
function roleNoun(ctx: Ctx, text: string, at: number, notSpeaker: string | null): string | null {
  // "the minister", "a spokeswoman", "Indonesia's transport minister"
  if (!/^(the|a|an)\s/i.test(text.trim()) && !/^\S+['’]s\s/.test(text.trim())) return null;
  // ("The company said …" after "X, a director of the company": an organisation's noun names no office, only where one is held.)
  const noun = text.trim().split(/\s+/).at(-1)!.toLowerCase();
  if (COMPANY_NOUNS.has(noun) || isWord(ORG_NOUNS, noun)) return null;
  const holder = roleHolders(text, ctx.mentions.entities, ctx.names, at).find((e) => e.key !== notSpeaker);
  return holder?.key ?? null;
}

/**
 * "the company", "the carmaker": the organisation the article last named, in narration; "the
 * ministry", "the board", "the parole board": the last one whose name holds those words ("the
 * Parole Board of Canada").
 */
function definiteOrganisation(ctx: Ctx, text: string, at: number, notSpeaker: string | null): string | null {
  // "the company", and with lower-case modifiers "the auto firm", "the Japanese carmaker".
  const written = text.trim().split(/\s+/);
  const words = written.map((w) => w.toLowerCase());
  if (words.length < 2 || words.length > 4 || words[0] !== 'the') return null;
  const noun = words.at(-1)!;
  const company = COMPANY_NOUNS.has(noun);
  if (!company && !isWord(ORG_NOUNS, noun)) return null;
  // ("the parole board", "the securities commission": lower-case words that all stand in the name.)
  if (words.length > 2 && !written.slice(1, -1).every((w) => /^[\p{Ll}-]+$/u.test(w) || (company && DEMONYM_LIKE.test(w)))) return null;
  const described = describedOrganisation(ctx, noun, at, notSpeaker);
  if (described) return described;
  // (A company named in reported words counts — "Quillon said it would cut jobs, The Standard reported" — but not one in a quotation.)
  for (let k = lowerBound(ctx.names, at) - 1; k >= 0; k--) {
    const m = ctx.names[k]!;
    if ((m.kind !== 'name' && m.kind !== 'acronym') || insideQuotation(ctx.layer, m.start)) continue;
    const e = ctx.byKey.get(m.entity);
    if (!e || e.type !== 'Organization' || e.key === notSpeaker) continue;
    if (company ? !NOT_COMPANIES.has(e.subtype ?? '') && !reportsNews(ctx, e.key) : holdsAll(e.name, words.slice(1))) return e.key;
  }
  return null;
}

/**
 * Is the organisation, somewhere in the article, the subject of a closing "reported" ("…, The
 * Standard reported.") or the holder of a document ("a memo viewed by TechDaily", "documents seen by
 * the Nation"): an outlet, not "the company"?
 */
function reportsNews(ctx: Ctx, key: string): boolean {
  const text = ctx.layer.text;
  return ctx.narrated.some((m) => m.entity === key && (REPORTED_AFTER.test(text.slice(m.end, m.end + 30)) || holderBefore(text.slice(Math.max(0, m.start - 30), m.start))));
}

/** Does the stretch end in a document holder's participle and "by" ("viewed by", "seen by the")? */
function holderBefore(stretch: string): boolean {
  const m = HOLDER_BEFORE.exec(stretch);
  return !!m && isExactWord(WORDS.documentHolderParticiples, m[1]!.toLowerCase());
}

const HOLDER_BEFORE = /(\p{L}+)\s+by\s+(?:the\s+)?$/iu;

// ("The Standard reported.", "Reuters reported on Monday,": "reported" closing the clause; "Siemens reported a loss" is a company's report.)
const REPORTED_AFTER = /^\s+reported(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s*[.,;]/u;

/** Does the name hold every one of these lower-case words ("Parole Board of Canada": parole, board)? */
function holdsAll(name: string, words: readonly string[]): boolean {
  const own = new Set(name.toLowerCase().split(/\s+/));
  return words.every((w) => own.has(w));
}

/**
 * "NPD Group, a market research firm, …" then "the firm said": the organisation an appositive last
 * described with the same noun, before `at`. News introduces a company this way so that the noun can
 * stand for it later, whatever other names come between.
 */
function describedOrganisation(ctx: Ctx, noun: string, at: number, notSpeaker: string | null): string | null {
  for (let k = lowerBound(ctx.names, at) - 1; k >= 0; k--) {
    const m = ctx.names[k]!;
    if (m.end > at || (m.kind !== 'name' && m.kind !== 'acronym')) continue;
    const e = ctx.byKey.get(m.entity);
    if (!e || e.type !== 'Organization' || e.key === notSpeaker) continue;
    if (appositiveHead(ctx.layer, m.end) === noun) return e.key;
  }
  return null;
}

/** ", a market research firm, …" after offset `end`: the appositive's head noun (its last word before a preposition, relative word or punctuation), lower case, or null. */
function appositiveHead(layer: TextLayer, end: number): string | null {
  const t = layer.tokens;
  let k = lowerBound(t, end);
  if (t[k]?.text !== ',' || !isWord(WORDS.articles, t[k + 1]?.text ?? '')) return null;
  k += 2;
  const from = k;
  while (k < t.length && k - from < 6 && /^(NOUN|PROPN|ADJ|NUM)$/.test(t[k]!.pos) && !tokenIs(WORDS.npInnerPrepositions, t[k]!)) k++;
  return k > from && t[k - 1]!.pos === 'NOUN' ? t[k - 1]!.text.toLowerCase() : null;
}

/**
 * "a post on its WeChat account", "a statement on her Facebook page": what the owner posted on its
 * own channel (entity-words.json ownChannelNouns) is the owner's, as "it"/"she" would be read — not
 * the platform's, whose name stands in the phrase.
 */
function postOnOwnChannel(ctx: Ctx, text: string, at: number): string | null {
  const words = text.trim().split(/\s+/);
  const on = words.indexOf('on');
  if (on < 2 || !isWord(WORDS.articles, words[0]!) || !isWord(WORDS.possessiveDeterminers3, words[on + 1] ?? '') || !OWN_CHANNELS.has(words.at(-1)!.toLowerCase())) return null;
  const owner = OWNER_PRONOUNS[words[on + 1]!.toLowerCase()]!;
  // (Before the speakers of its sentence are read, the owner is the first one its sentence names —
  // its subject: "The China Coast Guard accused Philippine vessels …, according to a post on its
  // account" — else the last one named.)
  const org = owner === 'it' || owner === 'they';
  const fits = (e: Entity) => (org ? e.type === 'Organization' : e.type === 'Person');
  const { sentences } = ctx.layer;
  for (let k = lowerBound(ctx.names, sentences[lowerBound(sentences, at + 1) - 1]?.start ?? at); k < ctx.names.length && ctx.names[k]!.start < at; k++) {
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
const COMPANY_NOUNS: ReadonlySet<string> = new Set(entityWords.companyNouns);
/** A capitalised modifier that describes rather than names ("the Japanese carmaker", "the German firm"). */
const DEMONYM_LIKE = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${entityWords.demonymEndings.join('|')})$`, 'u');
/** Organisation subtypes that "the company" never means. */
const NOT_COMPANIES: ReadonlySet<string> = new Set(['government-body', 'party', 'international-organization', 'media']);

/**
 * "The premier of the German state of X", "a spokesman for X", "an analyst at X": a noun for people
 * heads the speaker and the names come only in a phrase after it — the speaker is that person, not
 * X. Returns the head ("The premier") or null. `titlesArePeople`: a title before "of" heads a person
 * too ("The Archbishop of Glasgow"), for a phrase that names no person.
 */
function personOf(layer: TextLayer, from: number, to: number, titlesArePeople: boolean): string | null {
  const t = layer.tokens;
  // "Chrysler administrators", "GM executives": people a name only describes, the phrase's last word.
  let end = from;
  while (end < to && t[end]!.text !== ',') end++;
  if (end - from >= 2 && t[end - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(t[end - 1]!.text) && tokenIs(PERSON_NOUNS, t[end - 1]!) && t.slice(from, end - 1).some((k) => k.pos === 'PROPN')) {
    return t.slice(from, end).every((k) => /^(PROPN|NOUN|ADJ|DET|PUNCT)$/.test(k.pos)) ? layer.text.slice(t[from]!.start, t[end - 1]!.end) : null;
  }
  for (let k = from + 1; k < to - 1; k++) {
    if (!/^(NOUN|ADJ|DET|PROPN|NUM)$/.test(t[k - 1]!.pos) || t[k]!.text === ',') return null;
    // "a person familiar with the talks", "officials close to the Kremlin": the adjective's phrase
    // says which people; the whole phrase names the source.
    if (t[k]!.pos === 'ADP' && t[k - 1]!.pos === 'ADJ' && k - 2 >= from && tokenIs(PERSON_NOUNS, t[k - 2]!) && /^(NOUN|PROPN)$/.test(t[k - 2]!.pos)) return layer.text.slice(t[from]!.start, t[end - 1]!.end);
    // ("The Archbishop of Glasgow", "the Emir of Kano": a title is a noun for a person too, when no
    // person is named in the phrase: "secretary of state Madeleine Albright" is Albright.)
    if (tokenIs(WORDS.roleOfPrepositions, t[k]!)) return (tokenIs(PERSON_NOUNS, t[k - 1]!) || (titlesArePeople && titleHeads.has(t[k - 1]!.lower))) && t[k - 1]!.pos !== 'DET' ? layer.text.slice(t[from]!.start, t[k - 1]!.end) : null;
    // "Officials in China", "analysts in Tokyo", "a spokesman in Washington": people placed somewhere (the place names no one; the phrase up to its comma names them).
    if (isWord(CONTEXT_WORDS.locativePrepositions, t[k]!.lower) && /^(NOUN|PROPN)$/.test(t[k - 1]!.pos) && (tokenIs(PERSON_NOUNS, t[k - 1]!) || isWord(PERSON_NOUNS, t[k - 1]!.lower.replace(/s$/, '')))) return layer.text.slice(t[from]!.start, t[k - 1]!.end);
  }
  return null;
}

/**
 * "The Victorian Premier", "The Emir of Kano", "The MP for Bristol West": a head holding a
 * capitalised title and no person's name; the name after its comma is the person, not the place or
 * body the title names.
 */
function titledHead(text: string): boolean {
  for (const m of text.matchAll(/\p{Lu}[\p{L}.-]*/gu)) if (titleHeads.has(m[0].toLowerCase())) return true;
  return false;
}

/**
 * "Minister for Health Stephen Donnelly", "Minister of State for Home Affairs Nityanand Rai": a
 * person's name closing a head whose words before it are capitalised (a title's chain), not the
 * object of a preposition ("A spokesman for Brisco"); that person, or null.
 */
function titledPerson(ctx: Ctx, head: { start: number; end: number }): string | null {
  const text = ctx.layer.text;
  for (let k = lowerBound(ctx.names, head.start); k < ctx.names.length && ctx.names[k]!.start < head.end; k++) {
    const m = ctx.names[k]!;
    if (m.kind !== 'name' || text.slice(m.end, head.end).trim() !== '' || m.start === head.start) continue;
    const e = ctx.byKey.get(m.entity);
    // (The word right before the name is capitalised: a title's chain ends there, not a preposition.)
    const chain = text.slice(head.start, m.start).trim().split(/\s+/);
    if (e?.type === 'Person' && /^\p{Lu}/u.test(chain.at(-1) ?? '') && titledHead(chain.join(' ')) && chain.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()))) return e.key;
  }
  return null;
}

/** Does a person's name stand in the stretch ("President George W. Bush")? */
function namesPerson(ctx: Ctx, at: { start: number; end: number }): boolean {
  for (let k = lowerBound(ctx.names, at.start); k < ctx.names.length && ctx.names[k]!.start < at.end; k++) if (ctx.byKey.get(ctx.names[k]!.entity)?.type === 'Person') return true;
  return false;
}

/** "the chief economist of Delta Bank, Ana Ruiz": the person the appositive after the role's first comma names, if any. */
function appositivePerson(ctx: Ctx, span: { start: number; end: number }): string | null {
  const comma = ctx.layer.text.indexOf(',', span.start);
  if (comma < 0 || comma >= span.end) return null;
  for (let k = lowerBound(ctx.names, comma); k < ctx.names.length && ctx.names[k]!.start < span.end; k++) {
    const e = ctx.byKey.get(ctx.names[k]!.entity);
    if (e?.type === 'Person' && ctx.names[k]!.kind === 'name') return e.key;
  }
  return null;
}

/** The unnamed person of "the premier of X" as a source named by the whole phrase (to its first comma), affiliated with the names in it. */
function anonymousPersonOf(ctx: Ctx, span: { start: number; end: number }, articleId: string, extra: Map<string, Entity>): string | null {
  const comma = ctx.layer.text.indexOf(',', span.start);
  const end = comma >= 0 && comma < span.end ? comma : span.end;
  const phrase = ctx.layer.text.slice(span.start, end);
  const key = anonymous(phrase, articleId, extra, true);
  const e = key ? extra.get(key) : undefined;
  if (e) {
    for (let k = lowerBound(ctx.names, span.start); k < ctx.names.length && ctx.names[k]!.start < end; k++) {
      const named = ctx.byKey.get(ctx.names[k]!.entity);
      if (named && named.type !== 'Person' && !e.affiliations.includes(named.key)) e.affiliations.push(named.key);
    }
  }
  return key;
}

/**
 * An unnamed source ("officials", "a spokeswoman", "the report") kept as a typed, article-scoped
 * entity. `person`: the phrase heads on a noun for people ("spokesman for the Harbour Authority"):
 * a Person, never taken for a name, named as written so that the names in it keep their capitals.
 */
function anonymous(text: string, articleId: string, extra: Map<string, Entity>, person = false): string | null {
  const name = text.replace(/^(the|a|an)\s+/i, '').replace(/\s+/g, ' ').trim();
  if (!name || name.length > 80) return null;
  if (isWord(WORDS.pronounsAny, name.replace(/[.,;:]+$/, ''))) return null;
  // (The head noun stands before an "of"/"for" phrase: "head of the union" is a person.)
  const head = headWordOf(name);
  // A capitalised phrase with a lower-case word that joins no name ("Central European leaders",
  // "Ivana Trump's brief") describes a source: it stays anonymous, scoped to the article.
  // ("Both said", "Some Democrats say", "Hispanics said": a quantifier, an indefinite pronoun or a
  // faith or ethnic group is no name, whatever its capital.)
  const described = name.split(' ').some((w) => /^\p{Ll}/u.test(w) && !NAME_CONNECTORS.has(w)) || isWord(WORDS.indefiniteSources, name.split(' ')[0]!) || isWord(GROUP_ADJECTIVES, name.split(' ')[0]!);
  const named = !person && /^[A-Z]/.test(name) && !described && !isWord(WORDS.genericSourceHeads, head) && !/^spokes\w+$/i.test(head);
  const type: EntityType = !person && (isWord(ORG_NOUNS, head) || COMPANY_NOUNS.has(head.toLowerCase()) || isWord(ORG_NOUNS, name)) ? 'Organization' : 'Person';
  if (named) {
    // A capitalised source the entity step did not type (e.g. a name it missed): keep it by name.
    const key = `${type}/${name}`;
    if (!extra.has(key)) extra.set(key, { key, name, type, aliases: [], roles: [], affiliations: [] });
    return key;
  }
  const key = `${type}/${name.toLowerCase()} (${articleId})`;
  // (Only the first word is a sentence's capital: "Officials in China" is named "officials in China".)
  if (!extra.has(key)) extra.set(key, { key, name: person ? name : lowerFirstWord(name), type, aliases: [], roles: [], affiliations: [], anonymous: true });
  return key;
}

/** "By Tom Heller" (a byline paragraph, boilerplate.ts): the author's name, up to four capitalised words. */
const BYLINE_NAME = /^By\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)(?=\s*(?:,|$|\s\p{Ll}))/u;

/**
 * "By Tom Heller … I think the council has got its priorities wrong": "I" in the narration, outside
 * quotations, is the author a byline names (an opinion column, a first-person piece); null without
 * a byline.
 */
function bylineAuthor(ctx: Ctx, text: string, extra: Map<string, Entity>): string | null {
  if (text.trim() !== 'I') return null;
  const { layer } = ctx;
  const p = layer.paragraphs.find((x) => x.boilerplate === 'byline');
  const name = p ? BYLINE_NAME.exec(layer.text.slice(p.start, p.end))?.[1] : undefined;
  if (!name || !name.includes(' ')) return null;
  const key = `Person/${name}`;
  if (!ctx.byKey.has(key) && !extra.has(key)) extra.set(key, { key, name, type: 'Person', aliases: [], roles: ['author'], affiliations: [], anonymous: false });
  return key;
}

/**
 * "The striker said", "the youngster said", "the former Chelsea striker said", "the Nigeria
 * international said": "the", "former" or names of clubs and countries, and a noun for a player's
 * position or a person's stage of career (entity-words.json descriptionNouns), when no one holds it
 * as a role, describe a person the story named, as an age does.
 */
function describedPerson(text: string): boolean {
  const w = text.trim().split(/\s+/);
  if (w.length < 2 || w.length > 5 || !/^the$/i.test(w[0]!) || !DESCRIPTION_NOUNS.has(w.at(-1)!.toLowerCase())) return false;
  return w.slice(1, -1).every((x) => /^\p{Lu}/u.test(x) || x === 'former');
}

const DESCRIPTION_NOUNS: ReadonlySet<string> = new Set(entityWords.descriptionNouns);

/**
 * "documents seen by the Daily Nation", "a memo viewed by TechDaily", "a study published in The
 * Lancet": a document a newspaper saw or a journal printed speaks for itself; the holder or the
 * venue is no source. The document, as an unnamed source, or null.
 */
function heldDocument(layer: TextLayer, from: number, to: number, articleId: string, extra: Map<string, Entity>): string | null {
  const t = layer.tokens;
  for (let k = from + 1; k + 1 < to; k++) {
    if (!isExactWord(WORDS.documentHolderParticiples, t[k]!.lower) || !isExactWord(WORDS.documentHolderLinks, t[k + 1]!.lower)) continue;
    const noun = t[k - 1]!.lower;
    return isDocument(noun) || isDocument(noun.replace(/s$/, '')) ? anonymous(layer.text.slice(t[from]!.start, t[k - 1]!.end), articleId, extra) : null;
  }
  return null;
}

/** Mentions not inside any attribution's content (said by the narrator), in one sweep. */
function outsideContents(names: Mention[], atts: RawAttribution[]): Mention[] {
  const spans = atts.map((a) => [a.contentStart, a.contentEnd] as const).sort((x, y) => x[0] - y[0]);
  const out: Mention[] = [];
  let k = 0;
  let reach = -1;
  for (const m of names) {
    while (k < spans.length && spans[k]![0] <= m.start) reach = Math.max(reach, spans[k++]![1]);
    if (m.end > reach) out.push(m);
  }
  return out;
}
