// Sentence helpers for the dates step of stage 2: where the sentence around an offset starts and
// ends, and whether it talks about the future. Year-less dates and bare weekdays resolve into the
// past of the article date unless their sentence is future-tense ("will meet on Friday").

import words from '../../../data/lexicon/date-words.json' with { type: 'json' };
import { alternation } from '../../lexicon/calendar.js';

/** Start of the sentence holding `index`: after the last ". ", "? ", "! " or line break, at most 300 characters back. */
export function sentenceStart(text: string, index: number): number {
  const floor = Math.max(0, index - 300);
  for (let i = index - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    // ". " followed by a capital or a quote: a sentence end (abbreviations like "Jan. 31" do not qualify).
    if ((c === 46 || c === 63 || c === 33) && /\s/.test(text[i + 1] ?? '') && /^\s+["“'‘(]?[A-Z]/.test(text.slice(i + 1, i + 5))) {
      const before = text.slice(Math.max(0, i - 5), i);
      if (c === 46 && /(?:\b[A-Z][a-z]{0,3}|\b[A-Z])$/.test(before)) continue; // "Sept." "Mr." "U.S."
      return i + 1;
    }
  }
  return floor;
}

/** End of the sentence holding `index` (exclusive), at most 300 characters ahead. */
export function sentenceEnd(text: string, index: number): number {
  const ceil = Math.min(text.length, index + 300);
  for (let i = index; i < ceil; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if ((c === 46 || c === 63 || c === 33) && /^[.?!]["”’)]?\s+["“'‘(]?[A-Z]/.test(text.slice(i, i + 6))) {
      const before = text.slice(Math.max(0, i - 5), i);
      if (c === 46 && /(?:\b[A-Z][a-z]{0,3}|\b[A-Z])$/.test(before)) continue;
      return i + 1;
    }
  }
  return ceil;
}

// Right before the date: words that put it in the past ("since March", "last May") or the future
// ("payable Dec. 7", "by early June", "extended to Nov. 16").
const PAST_BEFORE = new RegExp(String.raw`\b(?:${alternation(words.pastCuesBefore)})\s+(?:the\s+)?(?:early\s+|late\s+|mid-?|end of\s+)?(?:on\s+)?$`, 'i');
const FUTURE_BEFORE = new RegExp(String.raw`\b(?:${alternation(words.futureCuesBefore)})\s+(?:on\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?|end of\s+)?$`, 'i');
// "The levy takes effect in January", "the season opens in March": a start or an end in the present tense, then "in".
// ("The second Test begins on Thursday", "the offer expires Friday": the same verbs before a day, with or without "on", and no "in".)
const FUTURE_BEFORE_IN = new RegExp(String.raw`\b(?:${alternation(words.futureVerbsBeforeIn)})\s+(?:in\s+(?:early\s+|late\s+|mid-?)?|on\s+)?$`, 'i');
// A past verb right before the date: "said Friday", "announced on Tuesday" (not "expected Friday").
const PAST_VERB_BEFORE = new RegExp(String.raw`\b(?:${alternation(words.pastVerbsBefore)}|\w{3,}ed)\s+(?:on\s+)?(?:early\s+|late\s+)?$`, 'i');
// ("will be released on Dec. 29", "to be held on Monday": a participle after "be" and a future word is a passive still to come; not "could be located Wednesday".)
const PARTICIPLE_AFTER_BE = new RegExp(String.raw`\b(?:${alternation(words.futureWordsBeforeBe)})\s+be\s+\w+\s+(?:on\s+)?(?:early\s+|late\s+)?$`, 'i');
const FUTURE_BEFORE_BE: ReadonlySet<string> = new Set(words.futureWordsBeforeBe);
const NOT_PAST_VERB = new RegExp(String.raw`\b(?:${alternation(words.notPastVerbsBefore)})\s+(?:on\s+)?(?:early\s+|late\s+)?$`, 'i');
// ("if the bill is passed on Thursday", "when it is tabled on Monday": a present passive right before the date is no past verb.)
const PRESENT_PASSIVE = new RegExp(String.raw`\b(?:${alternation(words.presentAuxiliaries)})\s+(?:not\s+)?\w{3,}ed\s+(?:on\s+)?(?:early\s+|late\s+)?$`, 'i');
// (The same after "if"/"when" and a subject of at most four words: still to come.)
const CONDITIONAL_PASSIVE = new RegExp(String.raw`\b(?:${alternation(words.conditionalConjunctions)})\s+(?:\S+\s+){1,4}(?:${alternation(words.presentAuxiliaries)})\s+(?:not\s+)?\w{3,}ed\s+(?:on\s+)?(?:early\s+|late\s+)?$`, 'i');
/** A past verb of its own right before the date ("said Friday", "announced on Tuesday"): not "expected Friday", a passive still to come or a present passive. */
const pastVerbBefore = (before: string): boolean => PAST_VERB_BEFORE.test(before) && !NOT_PAST_VERB.test(before) && !PARTICIPLE_AFTER_BE.test(before) && !PRESENT_PASSIVE.test(before);
// ("had not known about it until March", "had lost patience before Saturday's defeat": a limit after a past perfect.)
const LIMIT_BEFORE = new RegExp(String.raw`\b(?:${alternation(words.limitsAfterPastPerfect)})\s+(?:the\s+)?(?:early\s+|late\s+|mid-?|end of\s+)?$`, 'i');
const PAST_PERFECT = new RegExp(String.raw`\b(?:${alternation(words.pastPerfectAuxiliaries)})\b`, 'gi');
// ("adjourned the hearing to May 5", "postponed the vote until March 3": a verb that moves an act, its object, then "to" or "until".)
const DEFERRED_TO = new RegExp(String.raw`\b(?:${alternation(words.deferralVerbsBeforeTo)})\s+(?:[^\s,;:]+\s+){0,4}(?:to|until|till)\s+$`, 'i');
// (", with the mayor saying he would …" right after the date: a clause of its own, with its own tense.)
const OWN_TENSE_AFTER = new RegExp(String.raw`^\s*,\s+(?:${alternation(words.ownTenseOpenersAfterComma)})\b`, 'i');
const CLAUSE_FUTURE = new RegExp(String.raw`\b(?:${alternation(words.futureClauseWords)}|to be \w+ed)\b|\w'll\b`, 'i');

// "the Nov. 1 deadline", "set Nov. 10 as the deadline".
const FUTURE_AFTER = new RegExp(String.raw`^(?:'s)?,?\s+(?:as the\s+)?(?:${alternation(words.futureNounsAfter)})\b`, 'i');
// "a premium to Friday's closing price", "up from Thursday's close": a market's end of day, known only once it is past.
const PAST_AFTER_POSSESSIVE = new RegExp(String.raw`^['’]s\s+(?:${alternation(words.pastNounsAfterPossessive)})\b`, 'i');
const NOT_PAST: ReadonlySet<string> = new Set(words.notPastParticiples);
// After the date, words that rule a past verb out ("will", "has", "they'll") or in ("said").
const NOT_PAST_AFTER = new RegExp(String.raw`^(?:${alternation(words.notPastWordsAfter)}|\w+'ll)$`);
const PAST_AFTER: ReadonlySet<string> = new Set(words.pastVerbsAfter);

/**
 * "In September, it announced …": the first verb after the date is in the past tense. A name's
 * capitalised words do not count towards the four words looked at ("On Wednesday, Prime Minister
 * Lawrence Wong said …").
 */
function pastVerbFollows(after: string): boolean {
  const words = after.replace(/^[\s,]+/, '').split(/[\s,]+/, 10);
  let looked = 0;
  for (const w of words) {
    if (looked === 4) break;
    // (Nor does the possessive's "'s" of "At Sunday's service, the priest said …".)
    if (!/^\p{Lu}/u.test(w) && !/^['’]s$/.test(w)) looked++;
    const lw = w.toLowerCase();
    if (NOT_PAST_AFTER.test(lw)) return false;
    if (PAST_AFTER.has(lw)) return true;
    if (/^[a-z]{3,}ed$/.test(lw) && !NOT_PAST.has(lw)) return true;
  }
  return false;
}

/**
 * "told reporters on Friday that …", "said in an interview on Sunday", "said in a statement Monday",
 * "said in February that …", "had promised her party in February": a verb of saying or one in the past perfect, then a few words with no future word, clause mark or
 * "that", then "on" or "in" or a noun closing the report's frame right before the date — the day or
 * the month the words were said, in the past.
 */
function reportedOnDay(before: string): boolean {
  const m = /\b(?:on|in)\s+$/i.exec(before);
  const frame = m ? null : /(\w+)\s+$/.exec(before);
  if (!m && !(frame && REPORT_FRAME_NOUNS.has(frame[1]!.toLowerCase()))) return false;
  const words = before.slice(0, m ? m.index : before.length).split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 7; i--) {
    const w = words[i]!.toLowerCase();
    // ("said he intends to introduce a bill in April": the date is the intended act's.)
    if (/[,;:"“”]/.test(w) || REPORT_BREAKS.has(w) || (w === 'to' && INTENTION_VERBS.has(words[i - 1]?.toLowerCase() ?? ''))) return false;
    // ("had promised her party in February that …": a verb in the past perfect frames an earlier time.)
    // ("will be released on Dec. 29", "is to be published on Friday": a passive after a future word and "be" is still to come.)
    // (Not "was to be issued … on Wednesday", a future seen from the past.)
    if (REPORTED_VERBS.has(w) && words[i - 1]?.toLowerCase() === 'be' && FUTURE_BEFORE_BE.has(words[i - 2]?.toLowerCase() ?? '') && !PAST_AUXILIARIES.has(words[i - 3]?.toLowerCase() ?? '')) return false;
    if (REPORTED_VERBS.has(w) || words[i - 1]?.toLowerCase() === 'had') return true;
    // ("met the nurses' union on Monday and will meet …": the verb the day belongs to is in the simple past.)
    if (NOT_PAST.has(w)) return false;
    if (simplePast(w, words[i - 1]?.toLowerCase() ?? '') || (regularPast(w, words[i - 1]) && !words.slice(0, i).some((v) => FUTURE_WORDS.has(v.toLowerCase())))) return true;
  }
  return false;
}

/** The one-word future words of a clause ("will", "would"): before an -ed word they make it no past of its own ("said it will redeem Series H preferred shares on Oct. 31"). */
const FUTURE_WORDS: ReadonlySet<string> = new Set(words.futureClauseWords.filter((w) => !w.includes(' ')));
/** Subject pronouns: before a verb in -ed they make it a simple past ("she resigned on Friday"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(words.subjectPronouns);

/**
 * Is `w` a regular verb in the past by what stands before it: "was" or "were" (a passive in the past:
 * "was arrested in Miami on Monday"), a subject pronoun, or a capitalised word not in the possessive
 * ("The City Council voted 11-6 on Tuesday")? (An -ed word after an article or an adjective is as
 * often an adjective: "the preferred shares on Oct. 31", "an unspecified date in January".)
 */
function regularPast(w: string, previous: string | undefined): boolean {
  if (!/^[a-z]{3,}ed$/.test(w) || NOT_PAST.has(w) || previous === undefined) return false;
  const p = previous.toLowerCase();
  return PAST_AUXILIARIES.has(p) && p !== 'had' && p !== 'did' ? true : SUBJECT_PRONOUNS.has(p) || (/^\p{Lu}/u.test(previous) && !/['’]s$/.test(previous) && !FUTURE_BEFORE_BE.has(p));
}

/** Auxiliaries that, alone, are no verb the day belongs to ("was expected to be held on Monday"). */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did']);
/** Words before a past form that make it no simple past: a modal, "to", a form of "be" or "have" ("will be released on Monday", "has been delayed"). */
const NOT_SIMPLE_PAST_BEFORE: ReadonlySet<string> = new Set([...words.notPastWordsAfter, 'been', 'being']);

/** Irregular pasts spelt as the present or the participle ("set", "cut"): no sign of the past. */
const SAME_AS_PRESENT: ReadonlySet<string> = new Set(words.pastSameAsPresent);

/**
 * Is `w` an irregular verb in the simple past ("met", "took", "held"), not an auxiliary, not spelt as
 * the present ("set"), and not after a modal, "to" or "be"? (Not an -ed form: "preferred shares on
 * Oct. 31", "an unspecified date in January" are adjectives as often.)
 */
function simplePast(w: string, previous: string): boolean {
  return PAST_AFTER.has(w) && !PAST_AUXILIARIES.has(w) && !SAME_AS_PRESENT.has(w) && !NOT_SIMPLE_PAST_BEFORE.has(previous);
}

const REPORTED_VERBS: ReadonlySet<string> = new Set(words.reportedVerbsBeforeDay);
const INTENTION_VERBS: ReadonlySet<string> = new Set(words.intentionVerbsBeforeTo);
const REPORT_FRAME_NOUNS: ReadonlySet<string> = new Set(words.reportFrameNounsBeforeDay);
// (A present auxiliary opens a clause of its own: "said it is calling for the redemption on Dec. 7" is no report of Dec. 7.)
const REPORT_BREAKS: ReadonlySet<string> = new Set([...words.futureClauseWords.filter((w) => !w.includes(' ')), ...words.presentAuxiliaries, 'that', 'and', 'but']);

/**
 * True when a word right before the date at [start, end) puts it in the past: a past cue ("since
 * March", "ended Oct. 31"), a past verb of its own ("said Friday", not "expected Friday"), a report's
 * frame ("said in an interview on Sunday"); or a verb in the past right after it, with no future word before.
 */
export function isPastContext(text: string, start: number, end: number): boolean {
  const s0 = sentenceStart(text, start);
  const before = text.slice(Math.max(s0, start - 40), start);
  if (PAST_BEFORE.test(before) || pastVerbBefore(before) || reportedOnDay(text.slice(Math.max(s0, start - 80), start))) return true;
  // ("On February 24 the army crossed the river": a fronted date, then a verb in the past.)
  return !CLAUSE_FUTURE.test(text.slice(s0, start)) && pastVerbFollows(text.slice(end, Math.min(sentenceEnd(text, end), end + 50)));
}

/**
 * "had not known about it until March", "had lost patience before Saturday's defeat": a limit
 * (date-words.json limitsAfterPastPerfect) right before the date after a verb in the past perfect of
 * its stretch, with no future word from "had" on ("had said it would finish by March" stays ahead):
 * an earlier time, so the date is past.
 */
function pastPerfectLimit(before: string): boolean {
  const limit = LIMIT_BEFORE.exec(before);
  if (!limit) return false;
  const frame = before.slice(0, limit.index);
  const had = [...frame.matchAll(PAST_PERFECT)].at(-1);
  return had !== undefined && !futureInClause(frame.slice(had.index)) && !/[;:]/.test(frame.slice(had.index));
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(words.relativePronouns);
/** How many words may stand between a relative clause's past verb and the limit ("that arrived at the site by"). */
const RELATIVE_REACH = 5;

/**
 * "crews that arrived by Saturday morning", "officials who counted the ballots until Friday": a limit right before the
 * date in a relative clause whose verb, right after its pronoun, is a simple past (date-words.json relativePronouns),
 * with no clause mark or future word between: the limit of a past act, so the date is past.
 */
function relativePastLimit(before: string): boolean {
  const limit = LIMIT_BEFORE.exec(before);
  if (!limit) return false;
  const frame = before.slice(0, limit.index).split(/\s+/).filter(Boolean);
  for (let i = frame.length - 1; i >= 1 && i >= frame.length - 1 - RELATIVE_REACH; i--) {
    const w = frame[i]!.toLowerCase();
    if (/[,;:"“”]/.test(w) || FUTURE_WORDS.has(w)) return false;
    if (!RELATIVE_PRONOUNS.has(frame[i - 1]!.toLowerCase())) continue;
    return (/^[a-z]{3,}ed$/.test(w) && !NOT_PAST.has(w)) || (PAST_AFTER.has(w) && !PAST_AUXILIARIES.has(w) && !SAME_AS_PRESENT.has(w));
  }
  return false;
}

/** "By" or "until" opening the sentence right before the date ("By Monday, …", "Until Thursday, …"). */
const SENTENCE_OPENING_LIMIT = new RegExp(String.raw`^\s*["“]?(?:${alternation(words.sentenceOpeningLimits)})\s+$`, 'i');

/**
 * True when the date at [start, end) is about the future: a cue right before it ("payable",
 * "until", "by"), or a future verb in its clause ("will meet on Friday") without a past verb
 * right before it ("said Friday").
 */
export function isFutureContext(text: string, start: number, end = start): boolean {
  const s0 = sentenceStart(text, start);
  const before = text.slice(Math.max(s0, start - 40), start);
  if (PAST_BEFORE.test(before)) return false;
  // (What follows the date, in its sentence: "will attend on June 25. The report was false." is future.)
  const after = text.slice(end, Math.min(sentenceEnd(text, end), end + 50));
  // ("By Monday, the hashtag was trending", "Until Thursday, they had not called him a suspect": a sentence opening with "by" or
  // "until" and a date, then a past clause, tells the past.)
  if (FUTURE_BEFORE.test(before)) return !(SENTENCE_OPENING_LIMIT.test(text.slice(s0, start)) && pastVerbFollows(after)) && !pastPerfectLimit(text.slice(Math.max(s0, start - 80), start)) && !relativePastLimit(text.slice(Math.max(s0, start - 60), start));
  if (CONDITIONAL_PASSIVE.test(text.slice(Math.max(s0, start - 60), start)) || DEFERRED_TO.test(text.slice(Math.max(s0, start - 60), start))) return true;
  if (FUTURE_BEFORE_IN.test(before)) return true;
  if (FUTURE_AFTER.test(after)) return true;
  if (PAST_AFTER_POSSESSIVE.test(after)) return false;
  if (pastVerbBefore(before)) return false;
  if (reportedOnDay(text.slice(Math.max(s0, start - 80), start))) return false;
  // ("The stadium will open in October, the club said": past words after the comma are the attribution's, not the date's clause.)
  if (!(/^[^,;]{0,40},/.test(text.slice(start, end + 40)) && CLAUSE_FUTURE.test(text.slice(s0, start))) && pastVerbFollows(after)) return false;
  // ("made clear Tuesday night that he intends to run": a that-clause opening right after the date has a tense of its own;
  // so has one after a comma and "with" or "while": "clashed in a debate Monday night, with the mayor saying he would …".)
  const clause = text.slice(Math.max(s0, start - 80), thatClauseAfter(after) || OWN_TENSE_AFTER.test(after) ? end : Math.min(sentenceEnd(text, end), end + 60));
  return futureInClause(clause);
}

const SUBJECT_OPENERS: ReadonlySet<string> = new Set(words.subjectOpenersAfterThat);

/**
 * Do "that" and the opening of a subject (date-words.json subjectOpenersAfterThat, or a capitalised word) open the text
 * right after the date ("made clear Tuesday night that he intends to run")? A complement clause with its own subject,
 * whose future is its own; not a relative clause on a noun before the date, its verb right after "that" ("the primary
 * on March 1 that includes Texas", "the vote on Friday that will decide").
 */
function thatClauseAfter(after: string): boolean {
  const m = /^\s+that\s+(\S+)/.exec(after);
  return m !== null && (SUBJECT_OPENERS.has(m[1]!.toLowerCase()) || /^\p{Lu}/u.test(m[1]!));
}

const CLAUSE_FUTURE_ALL = new RegExp(CLAUSE_FUTURE.source, 'gi');
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(words.determinersBeforeFutureNoun);
const FUTURE_NOUN_PHRASES: ReadonlySet<string> = new Set(words.futureNounPhrases);

/**
 * A future word or phrase in `clause` that is the clause's own tense: not the noun "plan(s) to"
 * after a determiner or a possessive ("marched on Tuesday against the government's plan to raise …").
 */
function futureInClause(clause: string): boolean {
  for (const m of clause.matchAll(CLAUSE_FUTURE_ALL)) {
    const previous = /(\S+)\s+$/.exec(clause.slice(0, m.index))?.[1] ?? '';
    const noun = FUTURE_NOUN_PHRASES.has(m[0].toLowerCase()) && (NOUN_DETERMINERS.has(previous.toLowerCase()) || /['’]s?$/.test(previous));
    if (!noun) return true;
  }
  return false;
}
