// Stage 3, step 3, the names in a speaker's phrase: which entity a span of text names (a possessor,
// a place a speaker is in, a name in quotation marks or in a relative clause are not the speaker),
// and the noun phrase a relative pronoun or a possessive stands for. Used by speakers.ts.

import type { Entity, Mention, TextLayer } from '../types.js';
import { roleHolders } from '../2-mentions/coreference.js';
import { CONTEXT_WORDS } from './context/words.js';
import { lowerBound } from '../spans.js';
import { CUE_NOUNS, SOURCE_NOUNS } from './cues.js';
import { COMPANY_NOUNS, DIRECTION_PREPOSITIONS } from '../2-mentions/entities/words.js';
import { isLexicalWord } from '../1-text/wink-model.js';
import { WORDS, isWord, tokenIs } from './grammar/lexicon.js';
import { insideQuotation, sentenceAt } from './grammar/quotes.js';
import { clauseSubjectBefore } from './grammar/clause-subjects.js';
import { headWordOf, relativeAntecedent } from './grammar/noun-phrases.js';
import { NP_INNER_ADP } from './grammar/words.js';
import { type Ctx, agrees, personBeforeAppositive } from './pronouns.js';
import { TOPIC_PREPOSITIONS } from './kinds.js';

/** Source nouns for groups and institutions, not individual people. */
export const ORG_NOUNS: ReadonlySet<string> = WORDS.organizationNouns;
export const PERSON_NOUNS: ReadonlySet<string> = WORDS.personNouns;
/** The subject pronoun that stands for the owner a possessive names. */
export const OWNER_PRONOUNS: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/**
 * The entity named inside [start, end). A possessor ("Rivera's partner") and a place before a
 * noun ("a Toronto coach") describe the speaker without being it. Then a person first — the last
 * one before the first comma, where an English noun phrase has its head ("Liberal MP Sean Fraser"),
 * else the first in an appositive ("Rivera's partner, Jason Loth") — then an organisation, then a
 * place. Inside a quotation a role noun never means the quoted speaker ("the minister" said by a
 * minister).
 */
export function mentioned(ctx: Ctx, start: number, end: number, notSpeaker: string | null): string | null {
  const text = ctx.layer.text;
  const found: { m: Mention; e: Entity }[] = [];
  const comma = text.indexOf(',', start);
  const headEnd = comma >= 0 && comma < end ? comma : end;
  // ("The Atlanta-based airline, the third largest in the U.S., said": after a head noun for a company, institution or person, a place after "in" says where it is.)
  const describedHead = headEnd < end && isDescribedHead(text.slice(start, headEnd));
  const groupModifier = groupHeadModifier(ctx.layer, start, headEnd);
  const modifierWord = groupModifier >= 0 ? (/^\p{L}+/u.exec(text.slice(groupModifier, groupModifier + 12))?.[0]?.toLowerCase() ?? '') : '';
  const surroundings = DIRECTION_PREPOSITIONS.has(modifierWord);
  // ("Workers at the Harlan plant", not "members of the Labour party": a place where they are.)
  const locatedGroup = isWord(CONTEXT_WORDS.locativePrepositions, modifierWord);
  let located = false;
  // (A name that opens before the span and runs into it counts: "Robert C. “Bobby” Scott" read as "Scott".)
  const first = lowerBound(ctx.names, start);
  for (let k = first > 0 && ctx.names[first - 1]!.end > start ? first - 1 : first; k < ctx.names.length; k++) {
    const m = ctx.names[k]!;
    if (m.start >= end) break;
    if (m.end <= start) continue;
    let e = ctx.byKey.get(m.entity);
    if (e && m.kind === 'nominal' && e.key === notSpeaker) {
      e = roleHolders(m.text, ctx.mentions.entities, ctx.names, m.start).find((h) => h.key !== notSpeaker);
    }
    // A name inside quotation marks in a phrase that is not all quoted is a title's or a caption's ("the text “Steve Jobs 1955-2011”").
    if (insideQuotation(ctx.layer, m.start) && !insideQuotation(ctx.layer, start)) continue;
    // ("Police in Toronto said", "the embassy in Ottawa said": a place after an institution's noun and "in" is where it is, and so is any place after it.)
    if (e?.type === 'Place' && (located || placeOfInstitution(text, start, m.start) || (describedHead && m.start > headEnd && afterLocative(text, m.start)))) {
      located = true;
      continue;
    }
    // ("The family of a man killed at a crossing in Joliet", "a study of 80,000 adults in Denmark": a
    // place behind two prepositions modifies a noun in the head's modifier, not the head: never the speaker.)
    if (e?.type === 'Place' && prepositionsBetween(ctx.layer, start, m.start) >= 2) continue;
    // ("Refugees from Sudan said", "Residents who fled to El Obeid said", "Users on Reddit said": a
    // place, or a platform after "on", in what a plural noun's phrase adds says where they are.)
    // (After a preposition of surroundings any name says where they are, whatever the tagger typed it: "Villagers near Naivasha told …", "Protesters outside the Harlow court said".)
    // (Nor a name there before a common noun, which it modifies: "chiefs in Tonga's Ha'apai group", "workers at the Harlan plant".)
    if (groupModifier >= 0 && m.start >= groupModifier && (e?.type === 'Place' || surroundings || (locatedGroup && commonNounAfter(ctx.layer, m.end, end)) || (e?.type === 'Organization' && /\bon\s+$/i.test(text.slice(m.start - 4, m.start))))) continue;
    // ("An adviser to the president said": someone new tied to a role the story filled, not the role's holder.)
    if (m.kind === 'nominal' && indefinitePersonTo(text.slice(start, m.start))) continue;
    // ("Economists polled by Reuters", "the commission led by Jon Cunliffe": the agent of a participle after a noun for people or a body is not them.)
    if (agentAfterGroup(text, start, m.start)) continue;
    // ("a lawsuit filed Tuesday in Los Angeles Superior Court", "a complaint lodged at the Labour Court": a
    // name after a participle that modifies the head, but not its agent after "by", is where or when, not who.)
    if (nonAgentOfParticiple(ctx.layer, start, m, end)) continue;
    // A possessor is not the speaker ("Rivera's campaign said"), except of its own words ("Rivera's comments").
    // (… nor of its own document: "The Harbour Commission's 2027 report on Dunmore found".)
    const possessed = POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3)) && !(e?.type === 'Person' && ownWords(text, m.end, end)) && !(e?.type !== 'Place' && ownDocument(text, m.end, end));
    if (e && !possessed && !(e.type === 'Place' && NOUN_AFTER.test(text.slice(m.end, Math.min(end, m.end + 40))))) found.push({ m, e });
  }
  const persons = found.filter((f) => f.e.type === 'Person');
  // ("Analyst Grace Huang of Harlan Securities": a name after a person's name and a preposition is
  // in that person's modifier — where they work — even where the tagger typed it a person.)
  const modifierFrom = persons.length > 1 ? prepositionAfter(ctx.layer, persons[0]!.m.end, headEnd) : headEnd;
  const inHead = persons.filter((f) => f.m.end <= Math.min(headEnd, modifierFrom));
  const best = inHead.at(-1)?.e ?? persons[0]?.e ?? found.find((f) => f.e.type === 'Organization')?.e ?? found[0]?.e ?? null;
  if (best?.speaksFor) return best.speaksFor;
  return best?.key ?? null;
}

/**
 * "Refugees from Sudan", "residents who fled to El Obeid", "users on Reddit": where a plural common
 * noun that heads the phrase [start, end) is followed by a preposition or a relative pronoun, that
 * word's offset, else -1. (At a sentence's start the noun is capitalised and tagged a name: its
 * singular, a word of the lexicon, shows the plural.)
 */
function groupHeadModifier(layer: TextLayer, start: number, end: number): number {
  const t = layer.tokens;
  let h = lowerBound(t, start);
  while (h < t.length && t[h]!.end <= end && (t[h]!.pos === 'DET' || t[h]!.pos === 'ADJ' || t[h]!.pos === 'NUM')) h++;
  const head = t[h];
  if (!head || !head.lower.endsWith('s')) return -1;
  const common = head.pos === 'NOUN' ? head.lemma !== head.lower : head.pos === 'PROPN' && isLexicalWord(head.lower.slice(0, -1));
  if (!common) return -1;
  // ("Nobles and village chiefs in …": a second plural joined by "and" or "or" heads the phrase with it.)
  let last = h;
  if (tokenIs(WORDS.coordinators, t[h + 1] ?? head)) {
    let k = h + 2;
    while (k < t.length && t[k]!.end <= end && /^(ADJ|NOUN)$/.test(t[k]!.pos) && t[k]!.lemma === t[k]!.lower) k++;
    if (t[k]?.pos === 'NOUN' && t[k]!.lemma !== t[k]!.lower && t[k]!.lower.endsWith('s')) last = k;
  }
  const next = t[last + 1];
  if (!next || next.end > end) return -1;
  return next.pos === 'ADP' || tokenIs(WORDS.relativePronouns, next) ? next.start : -1;
}

/** How many prepositions (ADP tokens in lower case) stand in [from, to). */
function prepositionsBetween(layer: TextLayer, from: number, to: number): number {
  let n = 0;
  for (let k = lowerBound(layer.tokens, from); k < layer.tokens.length && layer.tokens[k]!.start < to; k++) {
    if (layer.tokens[k]!.pos === 'ADP' && /^\p{Ll}+$/u.test(layer.tokens[k]!.text)) n++;
  }
  return n;
}

/** Where the preposition right after offset `at` starts, when it starts before `end` (the token there an ADP in lower case), else `end`. */
function prepositionAfter(layer: TextLayer, at: number, end: number): number {
  const t = layer.tokens[lowerBound(layer.tokens, at)];
  return t && t.start < end && t.pos === 'ADP' && /^\p{Ll}+$/u.test(t.text) ? t.start : end;
}

/** Is the stretch "a"/"an", a noun for a person and "to" ("An adviser to ", "an aide to ")? */
function indefinitePersonTo(stretch: string): boolean {
  const m = /^an?\s+(\p{Ll}+)\s+to\s+$/iu.exec(stretch);
  return !!m && isWord(PERSON_NOUNS, m[1]!);
}

/**
 * Does "<noun> <participle> by (the)" stand right before offset `at`, the noun one for people or a
 * body ("economists polled by", "the panel led by")? Lower-case words may name the agent's kind
 * before its name ("a crew member quoted by the newspaper La Prensa").
 */
function agentAfterGroup(text: string, start: number, at: number): boolean {
  const m = /(\p{L}+)\s+\p{Ll}+ed\s+by\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}$/u.exec(text.slice(Math.max(start, at - 80), at));
  if (!m) return false;
  const noun = m[1]!.toLowerCase();
  return isWord(PERSON_NOUNS, noun) || (isWord(ORG_NOUNS, noun) && !SOURCE_NOUNS.has(noun) && !CUE_NOUNS.has(noun));
}

/**
 * Is the name inside a participle's phrase that modifies a common noun after `start`
 * ("a lawsuit filed … in", "a unit based in"), right after a locative preposition ("in", "at"): where,
 * not who — not the agent ("a report released by the ministry") nor a body the noun is tied to
 * ("demonstrators aligned with the movement")?
 */
function nonAgentOfParticiple(layer: TextLayer, start: number, name: Mention, phraseEnd: number): boolean {
  const t = layer.tokens;
  let prep = lowerBound(t, name.start) - 1;
  while (prep > 0 && t[prep]!.start >= start && /^(DET|PROPN|ADJ|NUM)$/.test(t[prep]!.pos)) prep--;
  const p = t[prep];
  if (!p || p.start < start || !isWord(CONTEXT_WORDS.locativePrepositions, p.text)) return false;
  for (let k = lowerBound(t, start) + 1; k < prep; k++) {
    const v = t[k]!;
    if (v.pos === 'PUNCT' || v.pos === 'AUX') return false;
    // (After a person's noun only a name that modifies a noun after it: "a spokesman employed at Harlan
    // Motors" names whom the spokesman speaks for, "veterans interviewed at Trump rallies" does not.)
    const noun = t[k - 1]!;
    if (v.pos === 'VERB' && /(ed|en)$/i.test(v.text) && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text)) return (!isWord(PERSON_NOUNS, noun.lower) && !pluralNoun(noun.lower)) || commonNounAfter(layer, name.end, phraseEnd);
  }
  return false;
}

/** Does the phrase end in a lower-case noun for a company, institution or person ("The Atlanta-based airline", "the bank")? */
function isDescribedHead(phrase: string): boolean {
  const last = /(\p{Ll}+)\s*$/u.exec(phrase)?.[1] ?? '';
  return COMPANY_NOUNS.has(last) || isWord(ORG_NOUNS, last) || isWord(PERSON_NOUNS, last);
}

/** Does a locative preposition ("in", "at") stand right before offset `at` ("the third largest in the U.S.")? */
function afterLocative(text: string, at: number): boolean {
  const m = /(\p{L}+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, at - 20), at));
  return !!m && isWord(CONTEXT_WORDS.locativePrepositions, m[1]!.toLowerCase());
}

/** Is the place at `at` right after an institution's noun and "in"/"at" inside the phrase from `start` ("police in Toronto")? */
function placeOfInstitution(text: string, start: number, at: number): boolean {
  const m = /(\p{L}+)\s+(\p{L}+)\s+$/u.exec(text.slice(Math.max(start, at - 40), at));
  // (Not a document's: "a report in Ars Technica" names its publication, which is the source.)
  const noun = m?.[1]!.toLowerCase() ?? '';
  // (Or a person's, or any noun right after "a"/"an": "Its representative in Dunmore, Dr X, added", "A guide in Port Harlow said" — a place names where the source is.)
  const before = /(\p{L}+)\s+\p{Ll}+\s+\p{L}+\s+$/u.exec(text.slice(Math.max(start, at - 40), at))?.[1] ?? '';
  const indefinite = isWord(WORDS.indefiniteArticles, before.toLowerCase());
  return !!m && isWord(CONTEXT_WORDS.locativePrepositions, m[2]!.toLowerCase()) && (isWord(ORG_NOUNS, noun) || isWord(PERSON_NOUNS, noun) || indefinite) && !SOURCE_NOUNS.has(noun) && !CUE_NOUNS.has(noun);
}

/** "Rivera's", "Rivera’s": a possessor. */
const POSSESSIVE_AFTER = /^['’]s?\b/;

/**
 * Where the speaker's phrase ends for its names when a relative clause set off by a comma follows
 * its head ("The ministry, whose head is Ana Ruiz, said": the clause names someone else): the
 * comma's offset, else `end`.
 */
export function beforeRelativeAside(layer: TextLayer, from: number, to: number, end: number): number {
  const t = layer.tokens;
  let comma = -1;
  for (let k = from; k < to; k++) {
    if (t[k]!.text === ',') comma = k;
    else if (comma > from && tokenIs(WORDS.relativePronounsAll, t[k]!)) return t[comma]!.start;
    // ("The post, shared 40,000 times on Facebook, says": a participle's clause describes the speaker.)
    else if (comma > from && k === comma + 1 && t[k]!.pos === 'VERB' && /(ed|ing)$/i.test(t[k]!.text)) return t[comma]!.start;
  }
  return end;
}

/** "Rivera's comments", "Rivera's latest remarks": what a possessor at `from` owns, up to `end`, is an utterance of theirs (context.json utteranceNouns). */
function ownWords(text: string, from: number, end: number): boolean {
  const words = text.slice(from, end).replace(/^['’]s?/, '').trim().split(/\s+/);
  return words.length >= 1 && words.length <= 3 && CONTEXT_WORDS.utteranceNouns.has(words.at(-1)!.toLowerCase());
}
/** "'s 2027 report on Dunmore", "'s annual survey": a document within the first three words after the possessive, ending the phrase or followed by a preposition (what it is on). */
function ownDocument(text: string, from: number, end: number): boolean {
  const words = text.slice(from, end).replace(/^['’]s?/, '').trim().split(/\s+/);
  const i = words.slice(0, 3).findIndex((w) => SOURCE_NOUNS.has(w.toLowerCase()));
  return i >= 0 && (i === words.length - 1 || TOPIC_PREPOSITIONS.has(words[i + 1]!.toLowerCase()) || isWord(WORDS.on, words[i + 1]!) || isWord(CONTEXT_WORDS.locativePrepositions, words[i + 1]!.toLowerCase()));
}

/** Is the token right after offset `at` (before `end`) a lower-case common noun, which the name before it modifies ("Ha'apai group")? */
function commonNounAfter(layer: TextLayer, at: number, end: number): boolean {
  const t = layer.tokens[lowerBound(layer.tokens, at)];
  return !!t && t.end <= end && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);
}

/** A lower-case word right after a name: the name modifies a noun ("a Toronto hockey coach"). */
const NOUN_AFTER = /^\s+\p{Ll}/u;


/**
 * "Kidnappers kept their promise to …", "The mayor renewed her call for …": a possessive before a
 * stance noun means the subject of its own clause when that subject agrees with it ("their" a
 * plural noun or an organisation, "his"/"her" a person, "its" an organisation). Token range of that
 * subject to resolve instead of the possessive, or null.
 */
export function possessorSubject(ctx: Ctx, h: [number, number], sentenceHint: number): [number, number] | null {
  const { layer } = ctx;
  const t = layer.tokens[h[0]]!;
  if (h[1] - h[0] !== 1 || !tokenIs(WORDS.possessiveDeterminers3, t)) return null;
  const floor = layer.sentences[sentenceAt(layer.sentences, t.start, sentenceHint)]!.tokenStart;
  const np = clauseSubjectBefore(layer.tokens, floor, h[0]);
  if (!np) return null;
  const [start, end] = [layer.tokens[np[0]]!.start, layer.tokens[np[1] - 1]!.end];
  // ("… to attack Mrs. Clinton's ties or her support": a name between the subject and the possessive is as near a reading.)
  const between = lowerBound(ctx.names, end);
  if (between < ctx.names.length && ctx.names[between]!.start < t.start) return null;
  const last = layer.tokens[np[1] - 1]!;
  const key = mentioned(ctx, start, end, null);
  const type = key ? ctx.byKey.get(key)?.type : undefined;
  const head = headWordOf(layer.text.slice(start, end)).toLowerCase();
  const word = t.lower;
  if (last.pos === 'PRON') return OWNER_PRONOUNS[word] === last.lower ? np : null;
  if (word === 'their') return type === 'Organization' || (!key && last.pos === 'NOUN' && (pluralNoun(head) || /[^s]s$/.test(head))) ? np : null;
  if (word === 'its') return type === 'Organization' || (!key && isWord(ORG_NOUNS, head)) ? np : null;
  // ("his" and "her" take a named person of that sex; a description, "the investor", is left to the pronoun's own reading.)
  const person = key ? ctx.byKey.get(key) : undefined;
  return person?.type === 'Person' && agrees(person, OWNER_PRONOUNS[word]!) ? np : null;
}

/**
 * "commentators who have suggested …", "a state law that allows …", "Ted Cruz, who said …": a
 * relative pronoun speaks for the noun phrase it stands for — when that phrase holds a name or is
 * headed by a noun for people or institutions (for "the text of the email, which said …" the last
 * name stays the better guess). Token range to resolve instead of the pronoun, or null.
 */
export function relativeSource(ctx: Ctx, h: [number, number], sentenceHint: number): [number, number] | null {
  const { layer } = ctx;
  if (h[1] - h[0] !== 1 || !tokenIs(WORDS.relativePronouns, layer.tokens[h[0]]!)) return null;
  const floor = layer.sentences[sentenceAt(layer.sentences, layer.tokens[h[0]]!.start, sentenceHint)]!.tokenStart;
  // ("said Ana Ruiz, chief economist at Norland Bank, who expects …": the person before the appositive.)
  const appositive = tokenIs(WORDS.personalRelativePronouns, layer.tokens[h[0]]!) ? personBeforeAppositive(ctx, layer.tokens[h[0]]!.start) : null;
  if (appositive) return [lowerBound(layer.tokens, appositive.start), lowerBound(layer.tokens, appositive.end)];
  const found = relativeAntecedent(layer.tokens, h[0], floor);
  if (!found) return null;
  const np = tokenIs(WORDS.who, layer.tokens[h[0]]!) ? personOfWho(ctx, found) : found;
  const [start, end] = [layer.tokens[np[0]]!.start, layer.tokens[np[1] - 1]!.end];
  const head = headWordOf(layer.text.slice(start, end)).toLowerCase();
  const key = mentioned(ctx, start, end, null);
  const named = key !== null && ctx.byKey.get(key)?.type !== 'Place';
  return named || isWord(PERSON_NOUNS, head) || pluralNoun(head) || isWord(ORG_NOUNS, head) || isWord(ORG_NOUNS, head.replace(/s$/, '')) ? np : null;
}

/** Is the noun phrase on tokens [a, b) headed by a noun for people ("30 teachers", "property owners")? */
function personHeaded(ctx: Ctx, a: number, b: number): boolean {
  const { tokens, text } = ctx.layer;
  const head = headWordOf(text.slice(tokens[a]!.start, tokens[b - 1]!.end)).toLowerCase();
  return isWord(PERSON_NOUNS, head) || pluralNoun(head);
}

/**
 * "who" stands for people, so its antecedent in a chain of prepositional phrases is the part headed
 * by a noun for people: after a head that is not one, the last part that is ("letters from 30
 * teachers in Leeds who said" → "30 teachers"; "objections from property owners who said" →
 * "property owners"); after one that is, the head without the place it is in ("42 voters in Danao
 * City who claimed" → "42 voters"). "of" keeps its complement ("members of the union who said").
 * The antecedent unchanged when no part is headed by a noun for people.
 */
function personOfWho(ctx: Ctx, np: [number, number]): [number, number] {
  const { tokens } = ctx.layer;
  const cuts: number[] = [];
  for (let k = np[0] + 1; k < np[1] - 1; k++) if (tokenIs(NP_INNER_ADP, tokens[k]!) && !tokenIs(WORDS.of, tokens[k]!)) cuts.push(k);
  if (!cuts.length) return np;
  if (personHeaded(ctx, np[0], cuts[0]!)) {
    const place = cuts.find((k) => tokenIs(WORDS.residencePrepositions, tokens[k]!));
    return place === undefined ? np : [np[0], place];
  }
  for (let i = cuts.length - 1; i >= 0; i--) {
    const [a, b] = [cuts[i]! + 1, cuts[i + 1] ?? np[1]];
    if (personHeaded(ctx, a, b)) return [a, b];
  }
  return np;
}

/** The first noun for people in a source's name, lower case: its head ("people close to the mayor", "spokesman for the port"). */
export function personHeadOf(name: string): string | undefined {
  return name.toLowerCase().split(/\s+/).find((w) => isWord(PERSON_NOUNS, w));
}

/** A plural noun for people: "people", "men", or an -s form of a singular noun for people ("officials", "allies"). */
export function pluralNoun(head: string): boolean {
  if (isWord(WORDS.pluralPersonNouns, head)) return true;
  if (!head.endsWith('s')) return false;
  return isWord(PERSON_NOUNS, head.slice(0, -1)) || (head.endsWith('es') && isWord(PERSON_NOUNS, head.slice(0, -2))) || (head.endsWith('ies') && isWord(PERSON_NOUNS, `${head.slice(0, -3)}y`));
}
