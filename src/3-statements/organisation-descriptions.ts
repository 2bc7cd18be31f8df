// Stage 3, step 3 (speakers.ts): the organisation an unnamed description stands for — "the company",
// "the carmaker", "the ministry", "the agency", "the club": the body the same words meant before, the
// one an appositive described so, the subject of the clause, or the nearest fitting one named.

import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import type { Entity, TextLayer } from '../types.js';
import { lowerBound, paragraphOf, indexHolding } from '../spans.js';
import { WORDS, isExactWord, isWord, tokenIs } from './grammar/lexicon.js';
import { insideQuotation } from './grammar/quotes.js';
import { CUE_NOUNS, SOURCE_NOUNS } from './cues.js';
import { type Ctx, lastBefore } from './pronouns.js';
import { ORG_NOUNS } from './speaker-names.js';
import { COMPANY_NOUNS } from './speaker-phrases.js';
import { counterpartyAppositive } from './described-counterparties.js';
import { BODY_KIND_NOUNS, NAMED_BY_HEAD_REACH, countryNamedBody, lastGovernmentBody, narratedOrganisationsBefore, publicBank } from './described-public-bodies.js';
import { COMPANY_HEADS, COMPANY_SUFFIXES } from '../2-mentions/entities/words.js';

/**
 * "the company", "the carmaker": the organisation the article last named, in narration; "the
 * ministry", "the board", "the parole board": the last one whose name holds those words ("the
 * Parole Board of Canada").
 */
export function definiteOrganisation(ctx: Ctx, text: string, at: number, notSpeaker: string | null): string | null {
  // "the company", and with lower-case modifiers "the auto firm", "the Japanese carmaker".
  const written = text.trim().split(/\s+/);
  const words = written.map((w) => w.toLowerCase());
  if (words.length < 2 || words.length > 4 || words[0] !== 'the') return null;
  const noun = words.at(-1)!;
  // ("Le Monde reported … According to the paper, …", "the French daily said": the news outlet named last.)
  const outlet = MEDIA_DESCRIPTIONS.has(noun) && (words.length === 2 || (words.length === 3 && describesPlace(written[1]!))) ? outletNamedBefore(ctx, at, notSpeaker, NEAR_MEDIA_DESCRIPTIONS.has(noun)) : null;
  if (outlet) return outlet;
  // ("the central bank", "the reserve bank": a public institution, no company.)
  const company = COMPANY_NOUNS.has(noun) && !(words.length === 3 && PUBLIC_BANK_MODIFIERS.has(words[1]!));
  // ("the Portuguese club", "the Geneva-based club": a nationality or a place before a kind of body describes it, as before a company noun.)
  // ("the Premier League club", "the Serie A side": the capitalised name of a league or competition before a kind of body places it as a nationality does.)
  const league = words.length >= 3 && BODY_CLASS_NOUNS.has(noun) && written.slice(1, -1).every((w) => /^\p{Lu}/u.test(w));
  const national = league || (words.length >= 3 && describesPlace(written[1]!) && BODY_CLASS_NOUNS.has(words.slice(2).join(' ')));
  const kind = league ? noun : words.slice(national ? 2 : 1).join(' ');
  const bank = words.length === 3 && !company && COMPANY_NOUNS.has(noun) ? publicBank(ctx, words[1]!, noun, at, notSpeaker) : null;
  if (bank) return bank;
  // ("The watchdog found": a noun for a public body the organisation nouns lack.)
  if (!company && !isWord(ORG_NOUNS, noun) && !BODY_CLASS_NOUNS.has(kind) && !(words.length === 2 && GOVERNMENT_CLASS_NOUNS.has(noun))) {
    return (words.length === 2 ? organisationNamedByHead(ctx, noun, at, notSpeaker) : organisationHoldingWords(ctx, written, at, notSpeaker)) ?? countryNamedBody(ctx, words, at, notSpeaker);
  }
  // ("the parole board", "the securities commission": lower-case words that all stand in the name.)
  if (words.length > 2 && !national && !written.slice(1, -1).every((w) => /^[\p{Ll}-]+$/u.test(w) || (company && describesPlace(w)))) return null;
  const described = describedOrganisation(ctx, noun, at, notSpeaker);
  if (described) return described;
  // ("the company said its Alzheimer's drug worked … the company said": the same words go on meaning the same body.)
  const same = sameDescription(ctx, words, at, notSpeaker);
  if (same) return same;
  // ("X has raised $42 million in a round led by Y, the company said": the subject of the clause
  // "the company" closes, not the last company named in it.)
  // (So for "the agency", "the regulator": a public body or an organisation of no known kind; for
  // "the club", "the side": one of no known kind — "Kumasi Royals have rejected an offer from Belgian
  // side KV Oostmalle, the club said" is the club that rejected it.)
  const fits = company
    ? (e: Entity) => !NOT_COMPANIES.has(e.subtype ?? '') && !reportsNews(ctx, e.key) && !nonCompanyHead(e.name)
    : words.length === 2 && GOVERNMENT_CLASS_NOUNS.has(noun)
      ? (e: Entity) => e.subtype === undefined || e.subtype === 'government-body'
      : BODY_CLASS_NOUNS.has(kind)
        ? (e: Entity) => e.subtype === undefined && !companyNamed(e.name)
        : null;
  const subject = fits ? sentenceSubjectOrganisation(ctx, at, notSpeaker, fits) : null;
  if (subject) return subject;
  // (A company named in reported words counts — "Quillon said it would cut jobs, The Standard reported" — but not one in a quotation.)
  for (const { m, e } of narratedOrganisationsBefore(ctx, at, notSpeaker)) {
    if (company ? !NOT_COMPANIES.has(e.subtype ?? '') && !reportsNews(ctx, e.key) && !nonCompanyHead(e.name) && !introducedAsOtherTrade(ctx.layer, m, noun) && !counterpartyAppositive(ctx.layer.text, m.start) : holdsAll(e.name, words.slice(1))) return e.key;
  }
  // ("The Russian defence ministry claimed … The ministry said": a body an earlier statement's speaker
  // named in lower case; not a document, "the report said".)
  const body = !company && !SOURCE_NOUNS.has(noun) && !CUE_NOUNS.has(noun);
  const spoke = body ? lastBefore(ctx.history, at, (h) => h.type === 'Organization' && h.entity !== notSpeaker && holdsAll((ctx.byKey.get(h.entity) ?? ctx.extra?.get(h.entity))?.name ?? '', words.slice(1))) : undefined;
  if (spoke) return spoke.entity;
  // ("Everton have sacked their manager. The club said …": a kind of body, for the nearest organisation named, of no known kind.)
  // (Not one the phrase goes on to describe: "The team, led by Dr X of Y, found …".)
  const describedAfter = ctx.layer.text.slice(at + text.trimEnd().length).trimStart().startsWith(',');
  const nearest = BODY_CLASS_NOUNS.has(kind) && !describedAfter ? nearestUnknownBody(ctx, at, notSpeaker) : null;
  if (nearest) return nearest;
  // "the agency", "the regulator" alone: the public body last named, whatever its name's words.
  const government = words.length === 2 && GOVERNMENT_CLASS_NOUNS.has(noun) ? lastGovernmentBody(ctx, at, notSpeaker, noun) : null;
  // ("X has fined a bank, the regulator said.\n\nThe Financial Market Authority said …": in the lead, a body no name before
  // stands for may be the one the next paragraph names first, when that one fits.)
  // ("Transport Canada said … the department said", "the weather agency" for Environment Canada: a field and the country name the body.)
  return government ?? countryNamedBody(ctx, words, at, notSpeaker) ?? leadBodyNamedNext(ctx, at, notSpeaker, fits ?? ((e) => holdsAll(e.name, words.slice(1))));
}

const MEDIA_DESCRIPTIONS: ReadonlySet<string> = new Set(entityWords.mediaDescriptionNouns.words);
/** Descriptions of more than news outlets (a scientific paper, a poll's website): only an outlet named close before. */
const NEAR_MEDIA_DESCRIPTIONS: ReadonlySet<string> = new Set(entityWords.mediaDescriptionNouns.near);

/**
 * The news outlet narrated last before `at`: one typed a medium, or one that reports ("X reported",
 * "X quoted"; entity-words.json outletVerbs); `near`, only in the same paragraph or the one before.
 */
function outletNamedBefore(ctx: Ctx, at: number, notSpeaker: string | null, near: boolean): string | null {
  const here = paragraphOf(ctx.layer.sentences, at);
  for (const { m, e } of narratedOrganisationsBefore(ctx, at, notSpeaker)) {
    if (near && paragraphOf(ctx.layer.sentences, m.start) < here - 1) return null;
    const verb = ctx.layer.tokens[lowerBound(ctx.layer.tokens, m.end)];
    if (e.subtype === 'media' || (!!verb && OUTLET_VERBS.has(verb.lower)) || reportsNews(ctx, e.key)) return e.key;
  }
  return null;
}

const OUTLET_VERBS: ReadonlySet<string> = new Set(entityWords.outletVerbs.words);

/** How many paragraphs open an article (a title line and the lead): where a body may be named only after "the regulator" stood for it. */
const LEAD_PARAGRAPHS = 2;

/**
 * In the article's lead, the organisation narrated first after `at` — in the same paragraph or the
 * next — when it `fits`; null when another organisation comes first or the description stands later on.
 */
function leadBodyNamedNext(ctx: Ctx, at: number, notSpeaker: string | null, fits: (e: Entity) => boolean): string | null {
  const here = paragraphOf(ctx.layer.sentences, at);
  if (here > LEAD_PARAGRAPHS) return null;
  // ("The company said it would sell its stake in Harbor Foods": a body named later in the
  // description's own sentence is one its words are about, not the one it stands for.)
  const sentenceEnd = ctx.layer.sentences[indexHolding(ctx.layer.sentences, at)]?.end ?? at;
  for (let k = lowerBound(ctx.names, at); k < ctx.names.length; k++) {
    const m = ctx.names[k]!;
    if (m.start <= at || (m.kind !== 'name' && m.kind !== 'acronym') || insideQuotation(ctx.layer, m.start)) continue;
    if (paragraphOf(ctx.layer.sentences, m.start) > here + 1) return null;
    if (m.start < sentenceEnd && ctx.byKey.get(m.entity)?.type === 'Organization') return null;
    const e = ctx.byKey.get(m.entity);
    if (!e || e.type !== 'Organization') continue;
    return e.key !== notSpeaker && fits(e) ? e.key : null;
  }
  return null;
}

/**
 * "His team, Belgium-based Vantor-Lux, said", "The company, Kestrel Holdings, said": a description
 * of a body (a possessive or "the", lower-case words and a noun for an organisation) and, right
 * after its comma, a name that ends the phrase — a place or kind before it at most ("the Belgian
 * team Vantor-Lux") — is that organisation, named or not in stage 2; null otherwise.
 */
export function namedBodyAfterDescription(ctx: Ctx, span: { start: number; end: number }, extra: Map<string, Entity>): string | null {
  const text = ctx.layer.text;
  const comma = text.indexOf(',', span.start);
  if (comma < 0 || comma >= span.end) return null;
  const role = text.slice(span.start, comma).trim().split(/\s+/);
  const noun = role.at(-1)!.toLowerCase();
  const opener = role[0]!.toLowerCase() === 'the' || isWord(WORDS.possessiveDeterminers3, role[0]!);
  if (role.length < 2 || !opener || !role.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  // (The appositive: an article, places, nationalities and lower-case words, then the capitalised name.)
  const words = text.slice(comma + 1, span.end).trim().split(/\s+/);
  let k = isWord(WORDS.articles, words[0] ?? '') ? 1 : 0;
  while (k < words.length - 1 && (/^\p{Ll}/u.test(words[k]!) || describesPlace(words[k]!))) k++;
  const name = words.slice(k).join(' ');
  if (!name || !words.slice(k).every((w) => /^[\p{Lu}\d]/u.test(w))) return null;
  // (Noun phrases only, no verb, preposition or relative word: "The head of the union, who spoke on Monday".)
  if (!nounPhraseTokens(ctx.layer, span.start, span.end)) return null;
  // (The description's noun or the appositive's says it is a body: "His employer, the Belgian team Vantor-Lux".)
  if (!bodyNoun(noun) && !words.slice(0, k).some((w) => bodyNoun(w.toLowerCase()))) return null;
  const at = span.end - name.length;
  const m = ctx.names[lowerBound(ctx.names, at)];
  if (m && m.start < span.end) {
    const e = ctx.byKey.get(m.entity);
    return e?.type === 'Organization' ? e.key : null;
  }
  const key = `Organization/${name}`;
  if (!ctx.byKey.has(key) && !extra.has(key)) extra.set(key, { key, name, type: 'Organization', aliases: [], roles: [], affiliations: [] });
  return key;
}

/** Are the tokens of [start, end) all determiners, possessives, adjectives, nouns, names, numbers, commas or hyphens? */
function nounPhraseTokens(layer: TextLayer, start: number, end: number): boolean {
  const t = layer.tokens;
  for (let k = lowerBound(t, start); k < t.length && t[k]!.start < end; k++) {
    if (!/^(DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(t[k]!.pos) && t[k]!.text !== ',' && t[k]!.text !== '-') return false;
    if (t[k]!.pos === 'PRON' && !tokenIs(WORDS.possessiveDeterminers3, t[k]!)) return false;
  }
  return true;
}

/** A noun for an organisation: a company, a kind of body, a public body. */
function bodyNoun(noun: string): boolean {
  return COMPANY_NOUNS.has(noun) || BODY_CLASS_NOUNS.has(noun) || GOVERNMENT_CLASS_NOUNS.has(noun) || (isWord(ORG_NOUNS, noun) && !SOURCE_NOUNS.has(noun) && !CUE_NOUNS.has(noun));
}

/**
 * "the service", "the confederation", "the force": a noun no table gives as a body's stands for the
 * nearest organisation named before (in narration, a few paragraphs back at most) whose name ends in
 * it — "The Welsh Ambulance Service said … The service said" — or in a word `bodyKindNouns` says the
 * noun names ("Gwent Police acknowledged … The force said"); else null. The name's own head is the
 * evidence, not nearness alone (session 22 dropped "the nearest body" for public-body nouns).
 */
function organisationNamedByHead(ctx: Ctx, noun: string, at: number, notSpeaker: string | null): string | null {
  if (SOURCE_NOUNS.has(noun) || CUE_NOUNS.has(noun) || !/^\p{Ll}+$/u.test(noun)) return null;
  const heads = new Set([noun, ...(BODY_KIND_NOUNS.get(noun) ?? [])]);
  const foreign = new Set(FOREIGN_BODY_WORDS.get(noun) ?? []);
  const here = paragraphOf(ctx.layer.sentences, at);
  for (const { m, e } of narratedOrganisationsBefore(ctx, at, notSpeaker)) {
    if (here - paragraphOf(ctx.layer.sentences, m.start) > NAMED_BY_HEAD_REACH) return null;
    const words = e.name.toLowerCase().split(/\s+/);
    // ("Observatoire du Logement … The observatory said": a foreign name opens with its kind.)
    if (heads.has(words.at(-1)!) || foreign.has(words[0]!)) return e.key;
  }
  return null;
}

/**
 * "The National Weather Service issued a watch … according to the weather service": "the" and
 * lower-case words that all stand in the name of an organisation named before, the last one
 * its head (its last word, or its first before "of": "the transport ministry" for "Ministry of
 * Transport"), are that organisation; null otherwise.
 */
function organisationHoldingWords(ctx: Ctx, written: readonly string[], at: number, notSpeaker: string | null): string | null {
  const words = written.slice(1).map((w) => w.toLowerCase());
  if (!written.slice(1).every((w) => /^\p{Ll}+$/u.test(w)) || SOURCE_NOUNS.has(words.at(-1)!) || CUE_NOUNS.has(words.at(-1)!)) return null;
  // (Two words of one name, its head last, are their own evidence at any distance: "according to the
  // weather service" closing a story that named the National Weather Service in its lead.)
  for (const { e } of narratedOrganisationsBefore(ctx, at, notSpeaker)) {
    const name = e.name.toLowerCase().split(/\s+/);
    const head = isWord(WORDS.of, name[1] ?? '') ? name[0] : name.at(-1);
    if (head === words.at(-1) && holdsAll(e.name, words)) return e.key;
  }
  return null;
}

/** How many paragraphs back the organisation "the club", "the agency" stands for may have been named. */
const NEAREST_BODY_REACH = 1;

/** The organisation named last before `at` in narration (not in a quotation), within a paragraph back, when the tables give it no kind; else null. */
function nearestUnknownBody(ctx: Ctx, at: number, notSpeaker: string | null): string | null {
  for (const { m, e } of narratedOrganisationsBefore(ctx, at, notSpeaker)) {
    if (e.subtype !== undefined || paragraphOf(ctx.layer.sentences, at) - paragraphOf(ctx.layer.sentences, m.start) > NEAREST_BODY_REACH) return null;
    // ("Kumasi Royals have rejected an offer from KV Oostmalle. The club said …": the subject of the
    // sentence that named it, when that is one too — the body the sentence was about.)
    return sentenceSubjectOrganisation(ctx, m.start, notSpeaker, (s) => s.subtype === undefined) ?? e.key;
  }
  return null;
}

/** How many paragraphs back a speaker described the same way may stand. */
const SAME_DESCRIPTION_REACH = 3;

/**
 * The organisation the last speaker described with the same words ("the company") stood for, within
 * a few paragraphs; else null. "The union" also stands for a speaker its noun closed or opened ("the
 * FNV union said …", "the union FNV said …", then "The union wants …"): the name was the same body's.
 */
function sameDescription(ctx: Ctx, words: readonly string[], at: number, notSpeaker: string | null): string | null {
  const { layer } = ctx;
  const here = paragraphOf(layer.sentences, at);
  const phrase = words.join(' ');
  const closedBy = words.length === 2 ? ` ${words[1]}` : null;
  // ("the union Unite said … The union said": so does one the noun opened, before the name.)
  const same = (said: string) => said === phrase || (closedBy !== null && said.startsWith('the ') && (said.endsWith(closedBy) || said.startsWith(`${phrase} `)));
  // (The phrase's head only: "The Harbour Institute, which tests samples for the ministry" is no "the … ministry".)
  const head = (x: { start: number; end: number }) => layer.text.slice(x.start, x.end).split(',')[0]!.trim().toLowerCase();
  const h = lastBefore(ctx.history, at, (x) => x.type === 'Organization' && x.entity !== notSpeaker && same(head(x)));
  return h && here - paragraphOf(layer.sentences, h.start) <= SAME_DESCRIPTION_REACH && ctx.byKey.has(h.entity) ? h.entity : null;
}

/** The organisation that `fits`, named in the subject of the sentence that holds `at` (before its first finite verb), when `at` comes after that verb; else null. */
function sentenceSubjectOrganisation(ctx: Ctx, at: number, notSpeaker: string | null, fits: (e: Entity) => boolean): string | null {
  const { sentences, tokens } = ctx.layer;
  const s = sentences[indexHolding(sentences, at)];
  if (!s) return null;
  let v = s.tokenStart;
  while (v < s.tokenEnd && tokens[v]!.start < at && !(tokens[v]!.pos === 'AUX' || (tokens[v]!.pos === 'VERB' && !/ing$/i.test(tokens[v]!.text)))) v++;
  if (v >= s.tokenEnd || tokens[v]!.start >= at) return headlineSubject(ctx, s, notSpeaker, fits);
  for (let k = lowerBound(ctx.names, s.start); k < ctx.names.length && ctx.names[k]!.start < tokens[v]!.start; k++) {
    const m = ctx.names[k]!;
    const e = ctx.byKey.get(m.entity);
    if (m.kind !== 'name' && m.kind !== 'acronym') continue;
    if (e && e.type === 'Organization' && e.key !== notSpeaker && fits(e)) return e.key;
  }
  return null;
}

/**
 * "Harlow United sign Avery from Dunmore Rovers": a headline — the article's first paragraph, one
 * line with no full stop — drops its articles and its verb is often read as a noun; the organisation
 * whose name opens it is its subject, when it fits. Null for any other sentence.
 */
function headlineSubject(ctx: Ctx, s: TextLayer['sentences'][number], notSpeaker: string | null, fits: (e: Entity) => boolean): string | null {
  const { layer } = ctx;
  if (s.paragraph !== 0 || layer.sentences[1]?.paragraph === 0 || /[.!?]["”’']?\s*$/u.test(layer.text.slice(s.start, s.end))) return null;
  const m = ctx.names[lowerBound(ctx.names, s.start)];
  if (!m || m.start !== s.start || (m.kind !== 'name' && m.kind !== 'acronym')) return null;
  const e = ctx.byKey.get(m.entity);
  return e && e.type === 'Organization' && e.key !== notSpeaker && fits(e) ? e.key : null;
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

/**
 * "the brokerage Halden Capital", "Halden Capital, a brokerage,": was the company named at `m`
 * introduced with the noun of another trade than `noun` ("the bank")? A generic noun ("the company",
 * "the firm"; grammar.json genericCompanyNouns) takes up any company, and fits any — but no body the
 * word after its name calls another kind ("the CNRT party", "the Unite union").
 */
function introducedAsOtherTrade(layer: TextLayer, m: { start: number; end: number }, noun: string): boolean {
  // ("the opposition CNRT party", "the Unite union": a body the word after its name calls no company.)
  const after = layer.tokens[lowerBound(layer.tokens, m.end)];
  if (after && /^\p{Ll}/u.test(after.text) && isWord(ORG_NOUNS, after.lower) && !COMPANY_NOUNS.has(after.lower) && !SOURCE_NOUNS.has(after.lower) && !CUE_NOUNS.has(after.lower)) return true;
  if (isWord(WORDS.genericCompanyNouns, noun)) return false;
  const before = layer.tokens[lowerBound(layer.tokens, m.start) - 1];
  const trade = (w: string | null | undefined) => !!w && w !== noun && TRADE_NOUNS.has(w) && !isWord(WORDS.genericCompanyNouns, w);
  return trade(before && /^\p{Ll}/u.test(before.text) ? before.lower : null) || trade(appositiveHead(layer, m.end));
}

/** Nouns for a company's trade (entity-words.json companyNouns and firmKindNouns). */
const TRADE_NOUNS: ReadonlySet<string> = new Set([...entityWords.companyNouns, ...entityWords.firmKindNouns]);

/**
 * Does the name's head — its last word, or the word before its first "of", "for" or "on" ("University of
 * Ghana", "Institute for Fiscal Studies") — make it a body of another kind than a company: a noun for
 * an organisation that no company noun is ("union", "ministry", "university", "council"), or a
 * members' plural ("United Steelworkers"; entity-words.json memberBodyEndings), or the last word of a law
 * or a treaty ("Digital Services Act"; legalInstrumentHeads)?
 */
function nonCompanyHead(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && TAIL_OPENERS.has(w));
  const head = words[of > 0 ? of - 1 : words.length - 1]!;
  if (MEMBER_BODY_ENDINGS.some((end) => head.endsWith(end))) return true;
  // ("the Digital Services Act", "the Paris Agreement": a law or a treaty the tagger typed a body.)
  if (LEGAL_INSTRUMENT_HEADS.has(words.at(-1)!)) return true;
  return isWord(ORG_NOUNS, head) && !COMPANY_NOUNS.has(head) && !SOURCE_NOUNS.has(head) && !CUE_NOUNS.has(head);
}

/** Does a company's last word or legal form close the name ("Norvale Mining", "Arden Holdings Ltd")? A foundation, club or association is no such body. */
function companyNamed(name: string): boolean {
  const last = name.split(/\s+/).at(-1)!;
  return COMPANY_HEADS.has(last.toLowerCase()) || COMPANY_SUFFIXES.has(last);
}

/** Does the name hold every one of these lower-case words ("Parole Board of Canada": parole, board), a word or its form in another language ("Universidad de Chile": university)? */
function holdsAll(name: string, words: readonly string[]): boolean {
  const own = new Set(name.toLowerCase().split(/\s+/));
  return words.every((w) => own.has(w) || (FOREIGN_BODY_WORDS.get(w) ?? []).some((f) => own.has(f)));
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
  // (", the company said": a subject and its verb after a clause, no appositive.)
  if (t[k] && /^(VERB|AUX)$/.test(t[k]!.pos)) return null;
  return k > from && t[k - 1]!.pos === 'NOUN' ? t[k - 1]!.text.toLowerCase() : null;
}

/** A capitalised modifier that describes rather than names ("the Japanese carmaker", "the German firm"). */
const DEMONYM_LIKE = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${entityWords.demonymEndings.join('|')})$`, 'u');

/**
 * A capitalised modifier that describes rather than names: a nationality ("the Japanese carmaker")
 * or a place and a participle that places or owns the body ("the Dubai-based carrier", "the
 * Frankfurt-listed bank"; entity-words.json placeModifierParticiples).
 */
function describesPlace(word: string): boolean {
  const dash = word.lastIndexOf('-');
  return DEMONYM_LIKE.test(word) || (dash > 0 && /^\p{Lu}/u.test(word) && PLACE_MODIFIER_PARTICIPLES.has(word.slice(dash + 1).toLowerCase()));
}
/** Organisation subtypes that "the company" never means. */
export const NOT_COMPANIES: ReadonlySet<string> = new Set(['government-body', 'party', 'international-organization', 'media']);
const GOVERNMENT_CLASS_NOUNS: ReadonlySet<string> = new Set(entityWords.governmentClassNouns);
const BODY_CLASS_NOUNS: ReadonlySet<string> = new Set(entityWords.bodyClassNouns);
const FOREIGN_BODY_WORDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(entityWords.foreignBodyWords));
const PUBLIC_BANK_MODIFIERS: ReadonlySet<string> = new Set(entityWords.publicBankModifiers);
const PLACE_MODIFIER_PARTICIPLES: ReadonlySet<string> = new Set(entityWords.placeModifierParticiples);
const MEMBER_BODY_ENDINGS: readonly string[] = entityWords.memberBodyEndings;
const LEGAL_INSTRUMENT_HEADS: ReadonlySet<string> = new Set(entityWords.legalInstrumentHeads.words);
const TAIL_OPENERS: ReadonlySet<string> = new Set(entityWords.organisationTailOpeners);
