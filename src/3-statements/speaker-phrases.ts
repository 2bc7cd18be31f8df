// Stage 3, step 3 (speakers), the readings of a speaker phrase that name a person or a source:
// a noun for people heading the phrase, a titled head and the person it names, an appositive's
// person, and the unnamed sources kept as typed, article-scoped entities (with bylines, described
// persons and held documents). resolveSpeakers (speakers.ts) tries them in its order.

import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import type { Entity, EntityType, TextLayer, Token } from '../types.js';
import { GROUP_ADJECTIVES, NAME_CONNECTORS, NAME_INNER_CONNECTORS } from '../2-mentions/entities/words.js';
import { honorifics, titleHeads, titleModifiers } from '../2-mentions/entities/gazetteer.js';
import { isLexicalWord } from '../1-text/wink-model.js';
import { CONTEXT_WORDS } from './context/words.js';
import { lowerBound } from '../spans.js';
import { WORDS, isExactWord, isWord, tokenIs } from './grammar/lexicon.js';
import { isDocument } from './kinds.js';
import { CUE_NOUNS } from './cues.js';
import { headWordOf } from './grammar/noun-phrases.js';
import { pastTime } from './attribution/content-after.js';
import { timeOnly } from './grammar/content-shape.js';
import type { Ctx } from './pronouns.js';
import { ORG_NOUNS, PERSON_NOUNS } from './speaker-names.js';

/** Nouns that introduce a company ("the carmaker", "the firm"; entity-words.json companyNouns). */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(entityWords.companyNouns);

/** The phrase with its first word in lower case when that is an English word, the rest as written (names and titles keep their capitals: "officials in China", "Mrs. Clinton's plan"). */
export function lowerFirstWord(phrase: string): string {
  const space = phrase.indexOf(' ');
  const first = (space < 0 ? phrase : phrase.slice(0, space)).toLowerCase();
  // ("New York-based company", "United Nations officials": a capitalised word after it makes it part of a name.)
  // ("Catholic bishops": a faith or ethnic group keeps its capital.)
  if ((!isLexicalWord(first) && !isLexicalWord(first.replace(/s$/, ''))) || GROUP_ADJECTIVES.has(first) || (space > 0 && /^\p{Lu}/u.test(phrase.slice(space + 1)))) return phrase;
  return space < 0 ? first : first + phrase.slice(space);
}

/**
 * "The premier of the German state of X", "a spokesman for X", "an analyst at X": a noun for people
 * heads the speaker and the names come only in a phrase after it — the speaker is that person, not
 * X. Returns the head ("The premier") or null. `titlesArePeople`: a title before "of" heads a person
 * too ("The Archbishop of Glasgow"), for a phrase that names no person.
 */
export function personOf(layer: TextLayer, from: number, to: number, titlesArePeople: boolean): string | null {
  const t = layer.tokens;
  // "Chrysler administrators", "GM executives": people a name only describes, the phrase's last word.
  let end = from;
  while (end < to && t[end]!.text !== ',') end++;
  // (The tagger reads a head noun that is also an adjective as one: "The Ferrari chief/ADJ said".)
  if (end - from >= 2 && (t[end - 1]!.pos === 'NOUN' || t[end - 1]!.pos === 'ADJ') && /^\p{Ll}/u.test(t[end - 1]!.text) && tokenIs(PERSON_NOUNS, t[end - 1]!) && t.slice(from, end - 1).some((k) => k.pos === 'PROPN')) {
    // ("Two Pentagon officials": a number that opens the phrase counts them; not a year, "In 2020 Pentagon officials".)
    const counted = (k: Token, i: number) => i === 0 && k.pos === 'NUM' && !/^\d{4}$/.test(k.text);
    // ("A Department of Transportation official": a body's lower-case connector between capitalised words of its name.)
    const connector = (k: Token, i: number) => /^\p{Ll}/u.test(k.text) && NAME_INNER_CONNECTORS.has(k.lower) && /^\p{Lu}/u.test(t[from + i - 1]?.text ?? '') && /^\p{Lu}/u.test(t[from + i + 1]?.text ?? '');
    return t.slice(from, end).every((k, i) => /^(PROPN|NOUN|ADJ|DET|PUNCT)$/.test(k.pos) || counted(k, i) || (i > 0 && connector(k, i))) ? layer.text.slice(t[from]!.start, t[end - 1]!.end) : null;
  }
  for (let k = from + 1; k < to - 1; k++) {
    if (!/^(NOUN|ADJ|DET|PROPN|NUM)$/.test(t[k - 1]!.pos) || t[k]!.text === ',') return null;
    // "a person familiar with the talks", "officials close to the Kremlin": the adjective's phrase
    // says which people; the whole phrase names the source.
    if (t[k]!.pos === 'ADP' && t[k - 1]!.pos === 'ADJ' && k - 2 >= from && tokenIs(PERSON_NOUNS, t[k - 2]!) && /^(NOUN|PROPN)$/.test(t[k - 2]!.pos)) return layer.text.slice(t[from]!.start, t[end - 1]!.end);
    // ("a group of campaigners from Mull": a group's "of" goes on to the people it holds.)
    if (t[k]!.lower === 'of' && tokenIs(WORDS.collectiveNouns, t[k - 1]!)) {
      k++;
      continue;
    }
    // ("Campaigners from Mull": a plural noun for people too.)
    const people = tokenIs(PERSON_NOUNS, t[k - 1]!) || isWord(PERSON_NOUNS, t[k - 1]!.lower.replace(/s$/, ''));
    // ("The Archbishop of Glasgow", "the Emir of Kano": a title is a noun for a person too, when no
    // person is named in the phrase: "secretary of state Madeleine Albright" is Albright.)
    if (tokenIs(WORDS.roleOfPrepositions, t[k]!)) return (people || (titlesArePeople && titleHeads.has(t[k - 1]!.lower))) && t[k - 1]!.pos !== 'DET' ? layer.text.slice(t[from]!.start, t[k - 1]!.end) : null;
    // "Officials in China", "analysts in Tokyo", "a spokesman in Washington": people placed somewhere (the place names no one; the phrase up to its comma names them).
    if (isWord(CONTEXT_WORDS.locativePrepositions, t[k]!.lower) && /^(NOUN|PROPN)$/.test(t[k - 1]!.pos) && people) return layer.text.slice(t[from]!.start, t[k - 1]!.end);
  }
  return null;
}

/**
 * "The Victorian Premier", "The Emir of Kano", "The MP for Bristol West": a head holding a
 * capitalised title and no person's name; the name after its comma is the person, not the place or
 * body the title names.
 */
export function titledHead(text: string): boolean {
  for (const m of text.matchAll(/\p{Lu}[\p{L}.-]*/gu)) if (titleHeads.has(m[0].toLowerCase())) return true;
  return false;
}

/**
 * "Minister for Health Stephen Donnelly", "Minister of State for Home Affairs Nityanand Rai": a
 * person's name closing a head whose words before it are capitalised (a title's chain), not the
 * object of a preposition ("A spokesman for Brisco"); that person, or null.
 */
export function titledPerson(ctx: Ctx, head: { start: number; end: number }): string | null {
  const text = ctx.layer.text;
  for (let k = lowerBound(ctx.names, head.start); k < ctx.names.length && ctx.names[k]!.start < head.end; k++) {
    const m = ctx.names[k]!;
    if (m.kind !== 'name' || text.slice(m.end, head.end).trim() !== '' || m.start === head.start) continue;
    const e = ctx.byKey.get(m.entity);
    // (The word right before the name is capitalised: a title's chain ends there, not a preposition.)
    const chain = text.slice(head.start, m.start).trim().split(/\s+/);
    if (e?.type !== 'Person') continue;
    if (/^\p{Lu}/u.test(chain.at(-1) ?? '') && titledHead(chain.join(' ')) && chain.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()))) return e.key;
    if (portfolioTitle(chain)) return e.key;
  }
  return null;
}

/**
 * "Cabinet member for housing", "Head of communications", "Portfolio holder for finance": a bare
 * title (capitalised, no article) whose head is a title noun, then "for"/"of" and one to three
 * lower-case words of its portfolio — none a title noun or a noun for one person ("Lawyer for
 * defendant", "Adviser to housing minister" describe someone else), so the name after it holds it.
 */
function portfolioTitle(chain: string[]): boolean {
  const p = chain.findLastIndex((w) => w === 'for' || w === 'of');
  if (p < 1 || chain.length - p - 1 < 1 || chain.length - p - 1 > 3 || !/^\p{Lu}/u.test(chain[0]!) || isWord(WORDS.articles, chain[0]!) || !titleHeads.has(chain[p - 1]!.toLowerCase())) return false;
  const title = chain.slice(0, p).every((w) => /^\p{Lu}/u.test(w) || titleHeads.has(w) || titleModifiers.has(w));
  const portfolio = chain.slice(p + 1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !titleHeads.has(w) && !isWord(PERSON_NOUNS, w) && !isWord(WORDS.articles, w) && !isWord(WORDS.possessiveDeterminers3, w));
  return title && portfolio;
}

/** Does a person's name stand in the stretch ("President George W. Bush")? */
export function namesPerson(ctx: Ctx, at: { start: number; end: number }): boolean {
  for (let k = lowerBound(ctx.names, at.start); k < ctx.names.length && ctx.names[k]!.start < at.end; k++) if (ctx.byKey.get(ctx.names[k]!.entity)?.type === 'Person') return true;
  return false;
}

/** "the chief economist of Delta Bank, Ana Ruiz": the person the appositive after the role's first comma names, if any. */
export function appositivePerson(ctx: Ctx, span: { start: number; end: number }): string | null {
  const comma = ctx.layer.text.indexOf(',', span.start);
  if (comma < 0 || comma >= span.end || apposedToObject(ctx.layer, span.start, comma)) return null;
  for (let k = lowerBound(ctx.names, comma); k < ctx.names.length && ctx.names[k]!.start < span.end; k++) {
    const e = ctx.byKey.get(ctx.names[k]!.entity);
    if (e?.type === 'Person' && ctx.names[k]!.kind === 'name') return e.key;
  }
  return null;
}

/**
 * "The local MP, Helen Arkwright, has written … asking him …": a role whose speaker phrase stops at
 * its comma, with a person's name set off by commas right after it — that person; null otherwise.
 */
export function namedRightAfterRole(ctx: Ctx, span: { start: number; end: number }): string | null {
  const text = ctx.layer.text;
  const m = ctx.names[lowerBound(ctx.names, span.end)];
  const between = text.slice(span.end, m?.start ?? span.end);
  if (!m || m.kind !== 'name' || !/^,\s/.test(between) || !onlyHonorifics(between.slice(1)) || text[m.end] !== ',') return null;
  const role = text.slice(span.start, span.end).trim();
  const e = ctx.byKey.get(m.entity);
  if (apposedToObject(ctx.layer, span.start, span.end)) return null;
  return e?.type === 'Person' && (/^(?:The|the)\s/.test(role) || isWord(WORDS.possessiveDeterminers, role.split(/\s+/)[0] ?? '')) ? e.key : null;
}

/**
 * "the Minister for Climate Change and Energy, Chris Bowen", "The UN humanitarian coordinator for
 * Sudan, Clementine Nkweta-Salami": a role and, right after its comma, a person's name that ends the
 * phrase: that person, whatever names the role holds; null otherwise.
 */
export function namedAfterRole(ctx: Ctx, span: { start: number; end: number }): string | null {
  const text = ctx.layer.text;
  const comma = text.indexOf(',', span.start);
  if (comma < 0 || comma >= span.end || apposedToObject(ctx.layer, span.start, comma)) return null;
  const k = lowerBound(ctx.names, comma);
  const m = ctx.names[k];
  if (!m || m.start >= span.end || !onlyHonorifics(text.slice(comma + 1, m.start)) || text.slice(m.end, span.end).replace(/[\s,]+/g, '') !== '' || m.kind !== 'name') return null;
  const e = ctx.byKey.get(m.entity);
  // ("Qatar's foreign ministry spokesman, Majed al-Ansari": a role a possessor opens too.)
  // ("Our reporter in Bantry, Siobhan Daly": a possessive determiner opens it too.)
  const role = text.slice(span.start, comma).trim();
  const opener = isWord(WORDS.possessiveDeterminers, role.split(/\s+/)[0] ?? '');
  return e?.type === 'Person' && (opener || /^\p{Ll}|^(?:The|A|An)\s|^\p{Lu}[\p{L}.-]*['’]s\s/u.test(role)) ? e.key : null;
}

/** Nothing but forms of address ("", " Dr.", " Mrs."): what may stand between a role's comma and the name it gives ("chief executive, Dr. Emily Hart"). */
function onlyHonorifics(stretch: string): boolean {
  // (With or without its full stop: "Prof." as "Prof".)
  return stretch.trim().split(/\s+/).every((w) => w === '' || honorifics.has(w.toLowerCase()) || honorifics.has(w.toLowerCase().replace(/\.$/, '')));
}

/**
 * "A source close to the former minister, Philippa Draycott, insists …": when the role's head noun
 * has an adjective and its preposition after it ("close to", "familiar with"), the name set off
 * after the role is apposed to that preposition's object, the nearest noun phrase, not to the head.
 */
function apposedToObject(layer: TextLayer, start: number, end: number): boolean {
  const t = layer.tokens;
  let k = lowerBound(t, start);
  while (k < t.length && t[k]!.end <= end && /^(DET|PRON|ADJ|NUM)$/.test(t[k]!.pos)) k++;
  const head = k;
  while (k < t.length && t[k]!.end <= end && /^(NOUN|PROPN)$/.test(t[k]!.pos)) k++;
  return k > head && k + 1 < t.length && t[k + 1]!.end <= end && t[k]!.pos === 'ADJ' && t[k + 1]!.pos === 'ADP';
}

/** The unnamed person of "the premier of X" as a source named by the whole phrase (to its first comma), affiliated with the names in it. */
export function anonymousPersonOf(ctx: Ctx, span: { start: number; end: number }, articleId: string, extra: Map<string, Entity>): string | null {
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
export function anonymous(text: string, articleId: string, extra: Map<string, Entity>, person = false): string | null {
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
export function bylineAuthor(ctx: Ctx, text: string, extra: Map<string, Entity>): string | null {
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
export function describedPerson(text: string): boolean {
  const w = text.trim().split(/\s+/);
  if (w.length < 2 || w.length > 5 || !/^the$/i.test(w[0]!)) return false;
  // ("The singer said": a trade only after "the" or "the former"; "the Lincoln actor" plays someone else.)
  if (TRADE_NOUNS.has(w.at(-1)!.toLowerCase())) return w.slice(1, -1).every((x) => x === 'former');
  return DESCRIPTION_NOUNS.has(w.at(-1)!.toLowerCase()) && w.slice(1, -1).every((x) => /^\p{Lu}/u.test(x) || x === 'former');
}

/**
 * "the Holy Father": "the" and a capitalised epithet of two words that stands for an office
 * (entity-words.json informalOfficeNouns), which the tagger may read as a name; its holder speaks.
 */
export function officeEpithet(text: string): boolean {
  const w = text.trim().split(/\s+/);
  return w.length === 3 && /^the$/i.test(w[0]!) && OFFICE_EPITHETS.has(w.slice(1).join(' ').toLowerCase());
}

const OFFICE_EPITHETS: ReadonlySet<string> = new Set(Object.keys(entityWords.informalOfficeNouns.words).filter((k) => k.includes(' ')));
const DESCRIPTION_NOUNS: ReadonlySet<string> = new Set(entityWords.descriptionNouns);
/** Trades that name an artist or writer just named (entity-words.json tradeDescriptionNouns). */
const TRADE_NOUNS: ReadonlySet<string> = new Set(entityWords.tradeDescriptionNouns.words);

/**
 * "a statement released by the ministry", "a video posted by the influencer Khaby Lame": a document
 * and a participle of authorship with "by" name its author, who is the source — the name after "by"
 * (or the phrase, as an unnamed source); null when the phrase has no such participle.
 */
export function authoredDocument(ctx: Ctx, from: number, to: number, articleId: string, extra: Map<string, Entity>, named: (start: number, end: number) => string | null): string | null {
  const t = ctx.layer.tokens;
  for (let k = from + 1; k + 2 < to; k++) {
    if (!isExactWord(WORDS.documentAuthorParticiples, t[k]!.lower)) continue;
    // ("carried out by X", "published on Tuesday by X": a particle or a time before "by".)
    let b = k + 1;
    if (isExactWord(WORDS.phrasalParticles, t[b]!.lower)) b++;
    b = pastTime(t, b, to);
    if (b + 1 >= to || t[b]!.lower !== 'by') continue;
    // (The document's noun, past the comma that sets the participle off: "That investigation, carried out by X".)
    const noun = (t[k - 1]!.text === ',' ? t[k - 2] : t[k - 1])?.lower ?? '';
    // (A document, or a noun for words put out: "a statement", "an announcement".)
    if (!isDocument(noun) && !isDocument(noun.replace(/s$/, '')) && !CUE_NOUNS.has(noun)) return null;
    // ("a statement issued by the commission on Sunday": a time closing the phrase is no part of the author.)
    let last = to - 1;
    for (let e = b + 2; e < to; e++) if (timeOnly(t, t[e]!.start, t[to - 1]!.end, { needsTime: true })) { last = e - 1; break; }
    const author = { start: t[b + 1]!.start, end: t[last]!.end };
    return named(author.start, author.end) ?? anonymous(ctx.layer.text.slice(author.start, author.end), articleId, extra);
  }
  return null;
}

/**
 * "an interview he gave to The Bookseller", "a letter she wrote to staff": a document and a relative
 * clause with its writer as subject (a pronoun or a name, then a verb of giving or writing) name the
 * source — `writer` resolves that subject's span; null when the phrase has no such clause.
 */
export function writtenDocument(ctx: Ctx, from: number, to: number, writer: (start: number, end: number) => string | null): string | null {
  const t = ctx.layer.tokens;
  for (let k = from + 1; k + 1 < to; k++) {
    if (!isExactWord(WORDS.documentWritingVerbs, t[k]!.lower)) continue;
    let n = k - 2;
    if (n > from && isExactWord(WORDS.that, t[n]!.lower)) n--;
    const noun = t[n]?.lower ?? '';
    const subject = t[k - 1]!;
    if (n < from || !(isDocument(noun) || isDocument(noun.replace(/s$/, '')) || CUE_NOUNS.has(noun))) continue;
    if (!(isExactWord(WORDS.personalSubjectPronouns, subject.lower) || subject.pos === 'PROPN')) continue;
    return writer(subject.start, subject.end);
  }
  return null;
}

/**
 * "documents seen by the Daily Nation", "a memo viewed by TechDaily", "a study published in The
 * Lancet": a document a newspaper saw or a journal printed speaks for itself; the holder or the
 * venue is no source. The document, as an unnamed source, or null.
 */
export function heldDocument(layer: TextLayer, from: number, to: number, articleId: string, extra: Map<string, Entity>): string | null {
  const t = layer.tokens;
  for (let k = from + 1; k + 1 < to; k++) {
    if (!isExactWord(WORDS.documentHolderParticiples, t[k]!.lower) || !isExactWord(WORDS.documentHolderLinks, t[k + 1]!.lower)) continue;
    // (Past the comma that sets the participle off: "The draft, seen by Reuters, says".)
    const n = t[k - 1]!.text === ',' && k - 2 >= from ? k - 2 : k - 1;
    const noun = t[n]!.lower;
    return isDocument(noun) || isDocument(noun.replace(/s$/, '')) ? anonymous(layer.text.slice(t[from]!.start, t[n]!.end), articleId, extra) : null;
  }
  return null;
}
