// About whom a statement is: the entities its content refers to — by name, by a pronoun ("its
// success", "GM said it would cut jobs", "he hoped"), as the subject of an infinitive ("vowed to
// resign"), by a description ("the company") — minus places that only describe someone ("U.S.
// President Bush", "Magna, a Canadian parts maker") or name a currency ("40 million Swiss francs").
// Rules in REFERENCE_RULES, words in context.json.

import { roleHolders } from '../../2-mentions/coreference.js';
import { titleHeads } from '../../2-mentions/entities/gazetteer.js';
import { lowerBound, startingWithin, indexHolding } from '../../spans.js';
import type { Entity, Mention, TextLayer } from '../../types.js';
import { CONTEXT_WORDS, wordsOf } from './words.js';
import { heardAsOutlet } from '../heard-outlets.js';
import { insideQuotation } from '../grammar/quotes.js';
import { agrees, sexConfirmed } from '../pronouns.js';
import { type DescribedSexes, type Sex, describedSexes } from '../described-sex.js';
import { descriptionFits, namedHead } from './described-organisations.js';
import { counterpartyAppositive } from '../described-counterparties.js';
import entityWords from '../../../data/lexicon/entity-words.json' with { type: 'json' };

const GOVERNMENT_CLASS_NOUNS: ReadonlySet<string> = new Set(entityWords.governmentClassNouns);

/** What the about step looks up, sorted by offset once per article. */
export interface AboutIndex {
  layer: TextLayer;
  byKey: Map<string, Entity>;
  entities: Entity[];
  /** Name, title, nominal and acronym mentions, sorted by start. */
  mentions: Mention[];
}

/** What one statement's about is read from. */
export interface AboutFrame {
  contentStart: number;
  contentEnd: number;
  speakerEntity: string | null;
  /** Direct quotation: first person is the speaker, third person someone else. */
  direct: boolean;
  /** The speaker mention with its description, when known: a direct quotation that runs on over its cue clause ("“C1,” said Mayor Ann Lee of Lyon, “C2”") holds it, and it is not what the words are about. */
  speakerSpan?: [number, number] | null;
}

/** One reference rule: finds entity keys referred to in the content without their name. */
export interface ReferenceRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly find: (ix: AboutIndex, f: AboutFrame) => string[];
}

/** A word as the reference rules read it: a letter, then letters, apostrophes and hyphens. */
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Words of the content with their offsets, read once per statement; of a quotation that runs over its cue, the quoted words only. */
const WORDS_OF = new WeakMap<AboutFrame, { word: string; start: number }[]>();
function contentWords(ix: AboutIndex, f: AboutFrame): { word: string; start: number }[] {
  const cached = WORDS_OF.get(f);
  if (cached) return cached;
  const out: { word: string; start: number }[] = [];
  const text = ix.layer.text.slice(f.contentStart, f.contentEnd);
  const framed = quotedParts(ix, f);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (!framed || insideQuotation(ix.layer, f.contentStart + m.index)) out.push({ word: m[0].toLowerCase(), start: f.contentStart + m.index });
  WORDS_OF.set(f, out);
  return out;
}

/**
 * Is the content a quotation in parts with its cue's frame between them ("“C1,” she told reporters
 * on the steps of Aliiolani Hale. “C2.”", "“C1,” Woodward told the National Association of Realtors
 * at its convention. “C2.”")? Then only the quoted words are the content: the speaker, the hearer,
 * the place and "its" of the frame are not what it is about.
 */
function quotedParts(ix: AboutIndex, f: AboutFrame): boolean {
  if (!f.direct) return false;
  const t = ix.layer.tokens;
  let quoted = false;
  let outside = false;
  for (let k = lowerBound(t, f.contentStart); k < t.length && t[k]!.start < f.contentEnd && !(quoted && outside); k++) {
    if (t[k]!.quote >= 0) quoted = true;
    else if (/^[\p{L}\p{N}]/u.test(t[k]!.text)) outside = true;
  }
  return quoted && outside;
}

/** The article's text in lower case, made once per article; null when lower-casing moves offsets (rare letters such as "İ"). */
const LOWER_TEXT = new WeakMap<TextLayer, string | null>();
function lowerText(layer: TextLayer): string | null {
  let lower = LOWER_TEXT.get(layer);
  if (lower === undefined) {
    lower = layer.text.toLowerCase();
    LOWER_TEXT.set(layer, (lower = lower.length === layer.text.length ? lower : null));
  }
  return lower;
}

/** The content in lower case (a slice of the article's, when it has one). */
function lowerContent(ix: AboutIndex, f: AboutFrame): string {
  const lower = lowerText(ix.layer);
  return lower ? lower.slice(f.contentStart, f.contentEnd) : ix.layer.text.slice(f.contentStart, f.contentEnd).toLowerCase();
}

/** Might the content hold a word of `list`? A cheap test before its words are read (false only when none occurs in it). */
function mayHold(ix: AboutIndex, f: AboutFrame, list: ReadonlySet<string>): boolean {
  const content = lowerContent(ix, f);
  for (const w of list) if (content.includes(w)) return true;
  return false;
}

const isLetter = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k) | 32;
  return (c >= 97 && c <= 122) || (text.charCodeAt(k) > 127 && /\p{L}/u.test(text[k]!));
};

/**
 * Might the content hold "the" and a word of `list` after it ("the company's")? A cheap test
 * before its words are read: every "the" and the word after it, past any other characters; false
 * only when the description rule cannot apply.
 */
function mayHoldAfterThe(ix: AboutIndex, f: AboutFrame, list: ReadonlySet<string>): boolean {
  const content = lowerContent(ix, f);
  for (let p = content.indexOf('the'); p >= 0; p = content.indexOf('the', p + 3)) {
    let k = p + 3;
    while (k < content.length && !isLetter(content, k)) k++;
    let e = k;
    while (e < content.length && (isLetter(content, e) || content[e] === "'" || content[e] === '’' || content[e] === '-')) e++;
    if (list.has(content.slice(k, e).replace(/['’]s$/, ''))) return true;
  }
  return false;
}

/** The first two words of the content (what contentWords would start with), read without reading the rest. */
function firstWords(ix: AboutIndex, f: AboutFrame): string[] {
  const out: string[] = [];
  const text = ix.layer.text.slice(f.contentStart, f.contentEnd);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && out.length < 2; m = WORD.exec(text)) out.push(m[0].toLowerCase());
  return out;
}

/** The last entity named before `offset`, within 600 characters, that passes `test`; not an organisation named as the outlet someone told ("told Yle"). */
function lastNamed(ix: AboutIndex, offset: number, test: (e: Entity, m: Mention) => boolean): string | null {
  for (let k = lowerBound(ix.mentions, offset) - 1; k >= 0 && ix.mentions[k]!.start > offset - 600; k--) {
    const m = ix.mentions[k]!;
    const e = ix.byKey.get(m.entity);
    if (e && !e.anonymous && test(e, m) && !(e.type === 'Organization' && heardAsOutlet(ix.layer, ix.mentions, ix.byKey, m.start))) return e.key;
  }
  return null;
}

/** The last organisation named before `offset` (not an outlet), within 600 characters. */
const lastOrganisation = (ix: AboutIndex, offset: number): string | null => lastNamed(ix, offset, (e) => e.type === 'Organization' && e.subtype !== 'media');

/** The last person named before `offset` (within 600 characters) whose given name is of the pronoun's sex, or null. */
const lastOfSex = (ix: AboutIndex, offset: number, pronoun: string): string | null =>
  lastNamed(ix, offset, (e) => e.type === 'Person' && (sexConfirmed(e, pronoun) || (told(ix, e.key) !== undefined && agrees(e, pronoun, told(ix, e.key)))));

/** Does the mention at `at` open its sentence, after at most a few capitalised title words ("Novelist", "Dr.")? */
function opensSentence(layer: TextLayer, at: number): boolean {
  const sentence = layer.sentences[indexHolding(layer.sentences, at)];
  return !!sentence && /^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(layer.text.slice(sentence.start, at));
}

/** The sex the text gives each named person by an honorific or an appositive ("Her son, Kofi Owusu,"; described-sex.ts), per index. */
const SEXES = new WeakMap<AboutIndex, DescribedSexes>();

/** The sex the text gives the person `key`, if any. */
function told(ix: AboutIndex, key: string): Sex | undefined {
  let sexes = SEXES.get(ix);
  if (!sexes) SEXES.set(ix, (sexes = describedSexes(ix.layer.text, ix.mentions.filter((m) => m.kind === 'name'), ix.byKey)));
  return sexes.get(key);
}

const speakerIs = (ix: AboutIndex, f: AboutFrame, type: Entity['type']): boolean => !!f.speakerEntity && ix.byKey.get(f.speakerEntity)?.type === type;

/**
 * The organisation speaking, when one is: the speaker itself, or for a description not resolved ("the
 * company announced"), the organisation named last before the content that the description's noun can
 * stand for (described-organisations.ts: "Economist X of the University of Dunmore said … The ministry
 * said it would …" is not the university's "it"), else the description itself ("The union said on its
 * website that it would strike"); a noun of no kind listed, the last organisation, unless the phrase
 * gives the body an owner ("Jamaica's athletics federation"), which makes it the body meant.
 */
function speakingOrganisation(ix: AboutIndex, f: AboutFrame): string | null {
  if (!speakerIs(ix, f, 'Organization') || personPronounSpeaks(ix, f)) return null;
  const e = ix.byKey.get(f.speakerEntity!)!;
  if (!e.anonymous) return f.speakerEntity;
  const noun = e.name.toLowerCase().split(/\s+/).at(-1) ?? '';
  // ("In an Instagram post, X wrote … Jamaica's athletics federation said it would …": a body its phrase
  // gives an owner is one in its own right — its "it", not the platform named last.)
  if (!CONTEXT_WORDS.organisationDescriptions.has(noun)) return ownedBody(e.name) ? f.speakerEntity : lastOrganisation(ix, f.contentStart);
  return (namedHead(noun) ? lastNamed(ix, f.contentStart, (o, m) => descriptionFits(ix.layer, noun, o, m, true)) : null) ?? lastNamed(ix, f.contentStart, (o, m) => descriptionFits(ix.layer, noun, o, m, false)) ?? f.speakerEntity;
}

/**
 * Is the speaker's mention "he" or "she" ("She cautioned that it was no cure")? Then a person speaks,
 * whatever stage 2 typed the name it points to ("Lead author Professor Mei Takahashi" read as a body),
 * and the content's "it" or "its" is not the speaker.
 */
function personPronounSpeaks(ix: AboutIndex, f: AboutFrame): boolean {
  if (!f.speakerSpan) return false;
  const first = wordsOf(ix.layer.text.slice(f.speakerSpan[0], f.speakerSpan[1]))[0] ?? '';
  return CONTEXT_WORDS.personSubjectPronouns.has(first) && f.speakerSpan[1] - f.speakerSpan[0] <= first.length + 1;
}

/**
 * Does an unnamed body's name give it a named owner before its noun ("Jamaica's athletics federation",
 * "Senator Ruiz's office")? Not a described one: "the bank's board" speaks for the bank, whose "it" the
 * last organisation named may be.
 */
function ownedBody(name: string): boolean {
  return /(?:^|\s)\p{Lu}\p{L}*['’]s\s+\p{L}/u.test(name);
}

/** Reported content opens with its subject: "(that) it would axe", "(that) he hoped". */
function openingSubject(ix: AboutIndex, f: AboutFrame): string | null {
  const words = firstWords(ix, f);
  const k = CONTEXT_WORDS.clauseOpeners.has(words[0] ?? '') ? 1 : 0;
  return k < words.length ? words[k]! : null;
}

/** Is a noun one that "its" after it in the same words refers back to ("the government", "the company", "the agency")? */
function bodyNoun(word: string): boolean {
  const noun = word.replace(/['’]s$/, '');
  return CONTEXT_WORDS.itsAntecedentNouns.has(noun) || CONTEXT_WORDS.organisationDescriptions.has(noun) || GOVERNMENT_CLASS_NOUNS.has(noun);
}

/** The reference rules: each adds the entities its kind of reference points to. */
export const REFERENCE_RULES: readonly ReferenceRule[] = [
  { id: 'reported-subject-pronoun', reason: 'reported content whose subject is "he"/"she" (a person speaking) or "it" (an organisation speaking) is about the speaker', example: 'The carmaker said it would close two plants.', find: (ix, f) => {
    if (f.direct || !f.speakerEntity) return [];
    const w = openingSubject(ix, f);
    const org = speakingOrganisation(ix, f);
    if (CONTEXT_WORDS.organisationSubjectPronouns.has(w ?? '') && org) return [org];
    if (CONTEXT_WORDS.personSubjectPronouns.has(w ?? '') && speakerIs(ix, f, 'Person')) {
      if (agrees(ix.byKey.get(f.speakerEntity)!, w!, told(ix, f.speakerEntity))) return [f.speakerEntity];
      // ("Maeve Costigan has died. President Michael Hargan said she had shown …": "she" is the last woman named, not Michael.)
      // ("Ama Owusu has died … Her son, Kofi Owusu, said she …": else a person whom nothing gives the other
      // sex — the last a sentence opened with, the story's subject, before one named in passing, "Kelly Ayotte
      // said … as did Humayun Khan's father".)
      const fits = (e: Entity) => e.type === 'Person' && e.key !== f.speakerEntity && agrees(e, w!, told(ix, e.key));
      const other = lastOfSex(ix, f.contentStart, w!) ?? lastNamed(ix, f.contentStart, (e, m) => fits(e) && opensSentence(ix.layer, m.start)) ?? lastNamed(ix, f.contentStart, fits);
      return other ? [other] : [];
    }
    return [];
  } },
  { id: 'possessive-its', reason: '"its" refers back to the organisation named last before it: the speaker itself when it is one and the content is reported', example: 'The minister praised the airline and its safety record.', find: (ix, f) => {
    const out: string[] = [];
    if (!mayHold(ix, f, CONTEXT_WORDS.organisationPossessives)) return out;
    const words = contentWords(ix, f);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!CONTEXT_WORDS.organisationPossessives.has(w.word)) continue;
      // ("the government would no longer close its eyes": "its" is the body described before it in the words — one the description
      // rule reads, or the last organisation whose name holds the noun: "the court … continued its descent" after the Supreme Court.)
      const k = words.slice(0, i).findIndex((v, j) => v.word === 'the' && bodyNoun(words[j + 1]?.word ?? ''));
      if (k >= 0) {
        const noun = words[k + 1]!.word.replace(/['’]s$/, '');
        const named = CONTEXT_WORDS.itsAntecedentNouns.has(noun) ? lastNamed(ix, words[k]!.start, (e) => e.type === 'Organization' && e.name.toLowerCase().split(/\s+/).includes(noun)) : null;
        if (named) out.push(named);
        continue;
      }
      const key = (!f.direct && speakingOrganisation(ix, f)) || lastOrganisation(ix, w.start);
      if (key) out.push(key);
    }
    return out;
  } },
  { id: 'infinitive-subject', reason: 'content that is an infinitive has the speaker as its subject, and is about the speaker when a possessive refers back to that subject ("vowed to defend his record"); a bare infinitive ("plans to cut jobs") is about its object (meantime-claims: 2 of 9 such contents count their speaker, both with a possessive)', example: 'The chairman vowed to defend his record.', find: (ix, f) => {
    if (f.direct || !f.speakerEntity || !CONTEXT_WORDS.infinitiveMarkers.has(openingSubject(ix, f) ?? '')) return [];
    return contentWords(ix, f).some((w) => CONTEXT_WORDS.subjectPossessives.has(w.word.replace(/['’]s$/, ''))) ? [f.speakerEntity] : [];
  } },
  { id: 'organisation-description', reason: '"the company", "the carmaker": a definite description of an organisation refers to the organisation named last before it — unless a restrictive clause or participle right after it picks out another ("the team formed to study it", "the firm that won the bid")', example: 'Analysts said the company would need new funds.', find: (ix, f) => {
    const out: string[] = [];
    if (!mayHoldAfterThe(ix, f, CONTEXT_WORDS.organisationDescriptions)) return out;
    const words = contentWords(ix, f);
    for (let i = 1; i < words.length; i++) {
      if (words[i - 1]!.word !== 'the' || !CONTEXT_WORDS.organisationDescriptions.has(words[i]!.word.replace(/['’]s$/, ''))) continue;
      if (startingWithin(ix.mentions, words[i - 1]!.start, words[i]!.start + 1).length) continue;
      const next = words[i + 1];
      if (next && CONTEXT_WORDS.restrictiveOpeners.has(next.word) && /^\s+$/.test(ix.layer.text.slice(words[i]!.start + words[i]!.word.length, next.start))) continue;
      // (By the kind of body the noun names: "the ministry" is no agency named last, "the company" no union nor
      // party — only "the party" means a party: "Rep. Ann Lee, D-Calif., asked whether the company would pay.")
      const noun = words[i]!.word.replace(/['’]s$/, '');
      const at = words[i - 1]!.start;
      // ("Its largest creditor, Harlow Timber Ltd., is owed …": a party named by the company's "its" is not "the company".)
      const fits = (named: boolean) => (e: Entity, m: Mention) => descriptionFits(ix.layer, noun, e, m, named) && !counterpartyAppositive(ix.layer.text, m.start);
      const key = (namedHead(noun) ? lastNamed(ix, at, fits(true)) : null) ?? lastNamed(ix, at, fits(false));
      if (key) out.push(key);
    }
    return out;
  } },
];

/** A place that only describes a person or an organisation: "U.S. President Bush", "Magna, a Canadian parts maker", "The Minister of Sports, Narcisse Mouelle". */
function describingPlace(ix: AboutIndex, m: Mention): boolean {
  const { text } = ix.layer;
  // A title between the place and a person's name: "U.S. President Bush", "Indonesian Vice President Jusuf Kalla".
  const next = ix.mentions[lowerBound(ix.mentions, m.end)];
  const person = !!next && ix.byKey.get(next.entity)?.type === 'Person';
  if (person && next.start - m.end <= 40 && /^\s+(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u.test(text.slice(m.end, next.start))) return true;
  // The place of a title of office before the holder's name: "The Minister of Sports, Narcisse Mouelle,", "Governor of Lagos State X".
  if (person && /^,?\s+$/.test(text.slice(m.end, next.start)) && titleOfBefore(text, m.start)) return true;
  // An appositive after a name: "Magna, a Canadian automobile parts company", "Ford, the U.S. carmaker,".
  const base = Math.max(0, m.start - 40);
  const comma = base + text.slice(base, m.start).lastIndexOf(',');
  if (comma < base) return false;
  const words = wordsOf(text.slice(comma + 1, m.start));
  if (!CONTEXT_WORDS.appositiveOpeners.has(words[0] ?? '') || words.length > 3) return false;
  const named = ix.mentions[lowerBound(ix.mentions, comma) - 1];
  return !!named && Math.abs(named.end - comma) <= 1;
}

/** Does a capitalised title's head and "of" (and "the") stand right before `at` ("Minister of", "Governor of the")? */
function titleOfBefore(text: string, at: number): boolean {
  const m = /(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, at - 40), at));
  return !!m && titleHeads.has(m[1]!.toLowerCase());
}

/** A place naming a currency after an amount: "a few hundred million US dollars", "40 Swiss francs". */
function currencyPlace(ix: AboutIndex, m: Mention): boolean {
  const { text } = ix.layer;
  const after = wordsOf(text.slice(m.end, m.end + 12))[0];
  if (!CONTEXT_WORDS.currencyNouns.has(after ?? '')) return false;
  const before = wordsOf(text.slice(Math.max(0, m.start - 20), m.start)).at(-1) ?? '';
  return /^\d/.test(before) || CONTEXT_WORDS.amountWords.has(before);
}

/** The entity keys a content is about, in order of first reference. */
export function aboutOf(ix: AboutIndex, f: AboutFrame): string[] {
  const { layer, byKey } = ix;
  const keys: string[] = [];
  const add = (key: string) => { if (!keys.includes(key)) keys.push(key); };
  const framed = quotedParts(ix, f);
  for (const m of startingWithin(ix.mentions, f.contentStart, f.contentEnd)) {
    const e = byKey.get(m.entity);
    if (!e || m.end > f.contentEnd || (framed && !insideQuotation(layer, m.start))) continue;
    let key = e.key;
    // In the speaker's own words a role noun is someone else: a minister quoted on "the minister".
    if (m.kind === 'nominal' && key === f.speakerEntity && insideQuotation(layer, m.start)) {
      const other = roleHolders(m.text, ix.entities, ix.mentions, m.start).find((h) => h.key !== f.speakerEntity);
      if (!other) continue;
      key = other.key;
    }
    // A capital standing for its government ("Moscow is ready") is about the country.
    if (e.speaksFor && !CONTEXT_WORDS.literalPrepositions.has(wordsOf(layer.text.slice(Math.max(0, m.start - 30), m.start)).filter((w) => w !== 'the').at(-1) ?? '')) key = e.speaksFor;
    if (e.anonymous || (e.type === 'Place' && (describingPlace(ix, m) || currencyPlace(ix, m)))) continue;
    // The speaker named in the content by name ("GM said most of GM's bondholders …") is what it is about; by a title, someone else.
    if (key === f.speakerEntity && m.kind !== 'name' && m.kind !== 'acronym') continue;
    add(key);
  }
  for (const r of REFERENCE_RULES) for (const key of r.find(ix, f)) if (!byKey.get(key)?.anonymous) add(key);
  return keys;
}
