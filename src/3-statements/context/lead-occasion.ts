// Stage 3, step 4, after the scenes (index.ts): a news story's lead dates its main occasion ("Election
// observers said on Monday …", "The Court of Appeal on Tuesday overturned …"). A later statement that
// names an occasion it does not date — "told a news conference", "In a written judgment", "told
// reporters" — was made at that occasion, until the story dates another one.

import type { Sentence } from '../../types.js';
import { sceneDateAfter, type SceneInput } from './scene.js';
import { CONTEXT_WORDS, endsListed, wordsOf } from './words.js';
import { WORDS } from '../grammar/lexicon.js';
import { parseIsoDay } from '../../2-mentions/dates/calendar.js';
import { reportsARuling } from './opinions.js';

/** How many paragraphs after the lead's a statement may take the lead's date (a hearing's or a meeting's report gives each witness a paragraph or two). */
const LEAD_REACH = 5;
/** How many words a lead sentence has at least (a headline or a dateline line is shorter). */
const LEAD_WORDS = 8;
/** How many days before publication the lead's day may be: a news story reports the days just gone, an older day is a past event it goes back to. */
const STORY_DAYS = 7;
/** The precisions of an occasion's date: a day, a week, a month or a year (not a season, a quarter or a decade). */
const OCCASION_PRECISION = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;
/** How many words may stand between "a" and the occasion's noun ("a hastily arranged news conference"). */
const MODIFIERS = 2;

/**
 * Do the words of a statement's clause, outside its content and its speaker's description, name an
 * occasion without dating it: "a" or a possessive and an event noun or a written source ("at a
 * briefing", "in a written judgment", "In its ruling"), "during" or "at" and one with no determiner ("during oral argument", "at
 * sentencing"), the press or the people gathered it was said to ("told reporters", "told the
 * audience"), a sitting body it was said before ("told the council", "Outside court"), or a
 * witness's testimony ("Testifying for the prosecution", "Giving evidence for the council")?
 */
export function namesAnOccasion(words: readonly string[]): boolean {
  return words.some((w, i) => CONTEXT_WORDS.occasionAudiences.has(w) || endsListed(CONTEXT_WORDS.testimonyWords, words, i) || ((WORDS.indefiniteArticles.has(w) || WORDS.possessiveDeterminers3.has(w) || CONTEXT_WORDS.bareOccasionPrepositions.has(w)) && occasionNounAfter(words, i)) || beforeABody(words, i));
}

/** The words of bodyAddressWords that ask: before a body and "to", an appeal, no sitting. */
const ASKING: ReadonlySet<string> = new Set([...CONTEXT_WORDS.bodyAddressWords].filter((w) => w.startsWith('ask')));

/** How many words may stand between "told" or "before" and a sitting body ("before the House of Commons industry committee"). */
const BODY_REACH = 5;

/**
 * Do the words at i put the statement before a sitting body: "told"/"before" and, within
 * BODY_REACH words with no clause mark between, "the council", "a Sydney court", "the House of
 * Commons industry committee"; or "in"/"outside" right before one, or before "the" and one ("said in
 * court", "Outside court", "outside the court house")?
 */
function beforeABody(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  // ("outside court", "outside the court house"; not "in a court", which may be any.)
  if (CONTEXT_WORDS.bareBodyPrepositions.has(w)) return CONTEXT_WORDS.sittingBodies.has(words[i + 1] ?? '') || (words[i + 1] === 'the' && CONTEXT_WORDS.sittingBodies.has(words[i + 2] ?? ''));
  if (!CONTEXT_WORDS.bodyAddressWords.has(w)) return false;
  for (let k = i + 1; k < words.length && k <= i + BODY_REACH + 1; k++) {
    // ("asked the board why …" is a question at its sitting; "asked the court to dismiss …" an appeal, often written.)
    if (CONTEXT_WORDS.sittingBodies.has(words[k]!)) return !(ASKING.has(w) && words[k + 1] === 'to');
    if (/^[,;:()—–"“”]$/.test(words[k]!)) return false;
  }
  return false;
}

/** Is an occasion's noun or a written source within MODIFIERS words after word i, with no determiner or clause mark between? */
function occasionNounAfter(words: readonly string[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + MODIFIERS + 1; k++) {
    // (A written source of two words ends there too: "In their written reasons, the judges found".)
    if (endsListed(CONTEXT_WORDS.eventNouns, words, k) || endsListed(CONTEXT_WORDS.occasionDocuments, words, k)) return true;
    const w = words[k]!;
    if (WORDS.articles.has(w) || WORDS.possessiveDeterminers3.has(w) || /^[,;:]$/.test(w)) return false;
  }
  return false;
}

/** Do the words hold "a" or "an" and, within MODIFIERS words, a noun of an occasion a speaker holds for their own words (context.json heldOccasionNouns: "told a briefing", "at a hastily called news conference")? */
export function holdsOwnOccasion(words: readonly string[]): boolean {
  return words.some((w, i) => WORDS.indefiniteArticles.has(w) && heldNounAfter(words, i));
}

/** Is a noun of heldOccasionNouns within MODIFIERS words after word i (a two-word one ending one further), with no clause mark between? */
function heldNounAfter(words: readonly string[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + MODIFIERS + 2; k++) {
    if (endsListed(CONTEXT_WORDS.heldOccasionNouns, words, k)) return true;
    if (/^[,;:]$/.test(words[k]!)) return false;
  }
  return false;
}

/**
 * Does a statement name an occasion of its own speaker's ("Union leader X told a briefing that …" after a minister's lead):
 * its clause's words hold one (holdsOwnOccasion), its speaker and the lead's are named, and its speaker's phrase does not
 * refer back to the lead's ("Their chief, Ana Ruiz, told a news conference" is at the inspectors' occasion)?
 */
export function ownOccasionOf(text: string, f: { speakerEntity: string | null; speakerSpan?: readonly [number, number] | null }, words: readonly string[], leadSpeaker: string | null, anonymous: (key: string | null) => boolean): boolean {
  if (anonymous(leadSpeaker) || anonymous(f.speakerEntity) || !holdsOwnOccasion(words)) return false;
  return !f.speakerSpan || !CONTEXT_WORDS.backReferringPossessives.has(wordsOf(text.slice(f.speakerSpan[0], f.speakerSpan[1]))[0] ?? '');
}

/** The story's lead: the first sentence of LEAD_WORDS words or more, punctuation not counted ("ADDIS ABABA, Ethiopia (AP) —" is a dateline), that is no headline. */
function leadOf(t: SceneInput): Sentence | null {
  return t.sentences.find((s) => wordsOf(t.text.slice(s.start, s.end)).filter((w) => WORD_START.test(w)).length >= LEAD_WORDS && !headline(t, s)) ?? null;
}

/** A word's first character, a letter or a digit (wordsOf keeps clause punctuation as words). */
const WORD_START = /^[\p{L}\p{N}]/u;

/** A sentence's closing mark, a quotation mark or bracket after it allowed. */
const CLOSED = /[.!?]["”’)]?\s*$/;

/**
 * Is the sentence the story's headline: alone in the first paragraph, with no closing mark, and text
 * after it ("OPEC+ agrees to extend output cuts into 2027" above "VIENNA, June 1 (Reuters) - …")?
 */
function headline(t: SceneInput, s: Sentence): boolean {
  const first = t.sentences[0]!;
  return s === first && t.sentences[1]?.paragraph !== s.paragraph && t.sentences.length > 1 && !CLOSED.test(t.text.slice(s.start, s.end));
}

/**
 * Dates for statements at an occasion the story's lead dated.
 * @param named - per statement: top level, no date of its own, its clause names an occasion (namesAnOccasion)
 * @param ownDates - per statement, the date its own clause gave (undefined: none)
 * @param current - per statement, the date given so far
 * @param opinions - per statement, a judge's opinion (opinions.ts): at the occasion of a lead that reports a ruling
 * @param ownOccasion - does statement i name an occasion of its own speaker's, given the lead's speaker (index.ts: holdsOwnOccasion, both speakers named, none referring back): in a later paragraph, not the lead's
 * @returns per statement index, the lead's date, for those still on the publication day
 */
export function leadOccasionDates(t: SceneInput, named: readonly boolean[], ownDates: readonly (string | null | undefined)[], current: readonly (string | null)[], opinions: readonly boolean[] = [], ownOccasion: (i: number, leadSpeaker: string | null) => boolean = () => false): Map<number, { date: string }> {
  const out = new Map<number, { date: string }>();
  const lead = leadOf(t);
  if (!lead || !t.published) return out;
  // ("Chief Justice X, writing for the majority, said …" after "The Supreme Court ruled Monday that …".)
  const ruling = reportsARuling(t.text, lead);
  const undated = named.map((n, i) => n || (ruling && opinions[i] === true));
  // (Its date outside any statement's words, or the date its own statement's clause gave: "Justices appeared skeptical on Wednesday …".)
  const leadStatement = t.frames.findIndex((f, i) => !f.nested && f.cueStart >= lead.start && f.cueStart < lead.end && typeof ownDates[i] === 'string');
  // (Or the date another rule gave the lead's statement: a present-perfect lead's, from its speaker's next words.)
  const given = t.frames.findIndex((f, i) => !f.nested && f.cueStart >= lead.start && f.cueStart < lead.end && current[i] !== null && current[i] !== t.published);
  const date = sceneDateAfter(t, lead, lead.start, () => true) ?? (leadStatement >= 0 ? (ownDates[leadStatement] as string) : given >= 0 ? current[given]! : null);
  // (Nor a month or a year the lead goes back to: "Mr X had told the court in January that …".)
  // (Nor a season or a quarter: "This spring, X told friends that …" goes back to a stretch, no occasion.)
  if (!date || !OCCASION_PRECISION.test(date) || pastEvent(date, t.published) || pastPeriod(date, t.published)) return out;
  const leadSpeaker = t.frames.find((f) => !f.nested && f.cueStart >= lead.start && f.cueStart < lead.end)?.speakerEntity ?? null;
  let carried: string | null | undefined;
  for (let i = 0; i < t.frames.length; i++) {
    const f = t.frames[i]!;
    if (f.nested || f.sentenceStart <= lead.start) continue;
    // (Past the reach, only the run of the last speaker dated at the occasion goes on: "… Mr X said he would appeal.\n\n“…,” he said.")
    if (f.paragraph > lead.paragraph + LEAD_REACH && (carried === undefined || carried !== f.speakerEntity)) break;
    // (Another dated occasion ends the lead's: "On Wednesday, the union said …".)
    const own = ownDates[i];
    // (Words of an earlier month or year are no other occasion of the story: "The IOPC found last year that …" between two witnesses.)
    if (typeof own === 'string' && earlierPeriod(own, date)) {
      carried = undefined;
      continue;
    }
    // (Words said before, on a day the text does not give, are no other occasion: "The mayor, who had denied the charges, …".)
    if (own === null) {
      carried = undefined;
      continue;
    }
    if (own !== undefined && own !== date) break;
    // (A statement another rule dated at the lead's occasion goes on too: "… told reporters at the launch in Accra. He said …".)
    if (current[i] !== t.published) {
      carried = current[i] === date ? f.speakerEntity : undefined;
      continue;
    }
    // (A question with no asker named is no other speaker: "Asked whether anyone had died, he replied …" goes on.)
    if (f.speakerEntity === null && !undated[i]) continue;
    // ("Union leader X told a briefing that …" paragraphs after the minister's lead: another speaker's own occasion.)
    const another = f.speakerEntity !== leadSpeaker && f.paragraph !== lead.paragraph && ownOccasion(i, leadSpeaker);
    // (Who spoke at that occasion goes on: "… told a news conference … She urged …".)
    if (another) carried = undefined;
    else if (undated[i] || (carried !== undefined && carried === f.speakerEntity && own === undefined)) {
      out.set(i, { date });
      carried = f.speakerEntity;
    } else carried = undefined;
  }
  return out;
}

/** Is the lead's date a day more than STORY_DAYS before publication ("was struck by a police car on 3 March 2025" in a story of 2027): a past event the story goes back to, not the occasion it reports? */
export function pastEvent(date: string, published: string): boolean {
  const day = parseIsoDay(date);
  const today = parseIsoDay(published);
  return date.length === 10 && day !== null && today !== null && today - day > STORY_DAYS;
}

/**
 * Is a date a period the story goes back to, not an occasion it reports: a month or a year that does
 * not hold the publication day ("told the court in January" in a story of March, "said in 2019")?
 * (A week or a day is left out: "in an interview last week" is often the story's own occasion.)
 */
export function pastPeriod(date: string, published: string | null): boolean {
  return published !== null && /^\d{4}(-\d{2})?$/.test(date) && !published.startsWith(date);
}

/** Is a statement's own date a month or a year that does not hold the lead's date ("found last year", "said in March" after a lead of Wednesday's)? */
function earlierPeriod(own: string, date: string): boolean {
  return /^\d{4}(-\d{2})?$/.test(own) && !date.startsWith(own);
}
