// When a statement was made, from its own clause: the time expression nearest the cue outside the
// content ("said on Monday", "in an interview last week", "figures released April 3"), never later
// than the publication date, at the precision the text gives; a cue in the past perfect ("had
// hoped") was said on a day the text does not give. Inheritance between statements is in index.ts.

import dateWords from '../../../data/lexicon/date-words.json' with { type: 'json' };
import type { DateMention } from '../../types.js';
import { startingWithin } from '../../spans.js';
import { isoDay, isoWeekStart, parseIsoDay } from '../../2-mentions/dates/calendar.js';
import { CONTEXT_WORDS, endsListed, wordsOf } from './words.js';
import { MONTH_NAMES, WEEKDAYS } from '../../lexicon/calendar.js';
import { WORDS } from '../grammar/lexicon.js';
import { atTheTime } from './at-the-time.js';

/** Where to look: the cue's clause, minus the content. */
export interface ClauseWindow {
  start: number;
  end: number;
  isOutside: (start: number, end: number) => boolean;
  cueStart: number;
  cueEnd: number;
  /** When the cue sits inside the content ("“…,” she told reporters on the steps. “…”"), the cue's own phrase, which is outside it. */
  cueFrame?: readonly [number, number];
}

/** What a time rule sees. */
export interface TimeInput {
  text: string;
  /** Date mentions sorted by start. */
  dates: readonly DateMention[];
  clause: ClauseWindow;
  /** The publication date (YYYY-MM-DD) or null. */
  published: string | null;
  /** The content span; `clausal` when it is a clause or a quotation ("that …", "“…”"), not an object ("the move on Wednesday"). */
  content: { start: number; end: number; clausal: boolean };
  /** The date of the statement before this one (top level), if it has one. */
  previous?: string | null;
  /** Stretches of the clause that are not about the saying: the speaker's description ("Smith, who joined in 2012,"). */
  except?: readonly (readonly [number, number])[];
  /** Is the cue a verb in the present tense ("says", "argues")? */
  present?: boolean;
  /** A thought held (StatementFrame.thought), not words said. */
  thought?: boolean;
  /** Is the cue a verb in the past ("told", "had assured"), not after a modal or "to" ("will tell", "to say")? */
  past?: boolean;
  /** The lemma of the cue's first word ("urged" → "urge"), when known. */
  cueLemma?: string;
}

/** One time rule: `read` gives the statement's own date (a value, or null for "undated"), or undefined when it does not apply. */
export interface TimeRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly read: (t: TimeInput) => string | null | undefined;
}

/**
 * Is an ISO date later than the publication date, compared at its own precision ("2009" is not later
 * than 2009-05-01)? A week is later when it begins after the publication day ("next week").
 */
export function laterThan(value: string, published: string | null): boolean {
  if (!published) return false;
  const week = isoWeekStart(value);
  if (week !== null) {
    const day = parseIsoDay(published);
    return day !== null && week > day;
  }
  if (!/^\d{4}(-\d{2}){0,2}$/.test(value)) return false;
  return value > published.slice(0, value.length);
}

/** The clause's text outside the content: before it and after it, a comma between so that no phrase runs across the gap. */
export function clauseOutside(text: string, clause: ClauseWindow, contentStart: number, contentEnd: number): string {
  return `${text.slice(clause.start, Math.max(clause.start, Math.min(clause.end, contentStart)))} , ${text.slice(Math.min(clause.end, Math.max(clause.start, contentEnd)), clause.end)}`;
}

/** The date mention nearest the cue in its clause, outside the content, not later than publication. */
export function nearestClauseDate(t: TimeInput): DateMention | undefined {
  const { clause } = t;
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const found of startingWithin(t.dates, clause.start, clause.end)) {
    const d = t.past ? lastBefore(t, found) : found;
    if (d.end > clause.end || !clause.isOutside(d.start, d.end) || laterThan(d.value, t.published)) continue;
    if (t.except?.some(([a, b]) => d.start >= a && d.end <= b)) continue;
    if (possessedDate(t.text, d) || (d.start >= clause.cueEnd && limitDate(t.text, d)) || objectYear(t.text, d) || (d.start >= clause.cueEnd && comparedDate(t.text, d)) || quotedInClause(t.text, clause, d)) continue;
    const distance = d.start >= clause.cueEnd ? d.start - clause.cueEnd : Math.max(0, clause.cueStart - d.end);
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best;
}

/**
 * Is the date inside a quotation the clause quotes outside the content ("A statement on the site, which displays the
 * text \"Steve Jobs 1955-2011\", states:"): quoted words, a title or a sign, not the time of the saying. Read by the
 * quotation marks between the clause's start and the date (an odd number of straight ones, or more opening than
 * closing) and a closing one after it in the clause.
 */
function quotedInClause(text: string, clause: ClauseWindow, d: DateMention): boolean {
  let straight = 0;
  let open = 0;
  // (Only marks outside the content, in the date's paragraph: a quotation the clause reports may open before its sentence.)
  for (let i = Math.max(clause.start, text.lastIndexOf('\n', d.start) + 1); i < d.start; i++) {
    const c = text[i];
    if ((c !== '"' && c !== '“' && c !== '”') || !clause.isOutside(i, i + 1)) continue;
    if (c === '"') straight++;
    else open += c === '“' ? 1 : -1;
  }
  // (And the quotation closes within the clause: a date in words a longer quotation holds, "It said that "The Treasury
  // today announced …", is the nested report's own.)
  const line = text.indexOf('\n', d.end);
  const after = text.slice(d.end, Math.min(clause.end, line < 0 ? text.length : line));
  const closes = [...after].some((c, k) => (straight % 2 === 1 ? c === '"' : c === '”') && clause.isOutside(d.end + k, d.end + k + 1));
  return (straight % 2 === 1 || open > 0) && closes;
}

/** Limits before a date (date-words.json limitsNotSaying): "by Saturday morning", "until Friday". */
const LIMITS: ReadonlySet<string> = new Set(dateWords.limitsNotSaying);

/** "Turnout was high, said officials who had counted the ballots by Saturday morning": a date after a limit, after the cue, is when another act ends or is due, not when the words were said (one opening the clause, "By Sunday afternoon, she had cancelled the rally, citing …", is when the saying had happened by). */
function limitDate(text: string, d: DateMention): boolean {
  return LIMITS.has(wordsOf(text.slice(Math.max(0, d.start - 8), d.start)).at(-1) ?? '');
}

/** Words before a date that make it the time of a comparison or a change (date-words.json comparisonBefore). */
const COMPARISON_BEFORE: ReadonlySet<string> = new Set(dateWords.comparisonBefore);

/** "Turnout was 61%, the commission said, down from 2022": after the cue, a date after "from" or "than" is what the figure is compared with. */
function comparedDate(text: string, d: DateMention): boolean {
  const before = wordsOf(text.slice(Math.max(0, d.start - 20), d.start));
  const [a, b] = [before.at(-2) ?? '', before.at(-1) ?? ''];
  return COMPARISON_BEFORE.has(b) || COMPARISON_BEFORE.has(`${a} ${b}`);
}

/** Words before a date that make it another time's ("until Friday", "ahead of Friday's vote", "since December"), and words between the cue and it that make it the future's ("set to host … Tuesday"). */
const NOT_THE_SAYING_BEFORE: ReadonlySet<string> = new Set([...dateWords.futureCuesBefore, ...dateWords.pastCuesBefore]);
const FUTURE_WORDS: readonly string[] = dateWords.futureClauseWords;

/**
 * "told the committee on Monday that she would ask …", "had assured the bank in December that the
 * government would not borrow": the content's "would" made the mention layer read a bare weekday or
 * month forward, but in the frame of a cue in the past it is when the words were said — the same
 * day or month's last one before publication (a weekday a week back, a month a year back). Not one
 * after a word of another time ("until Friday", "ahead of Friday's vote") or with a future word or
 * a relative clause between it and the cue ("in New Hampshire, which is set to host the contest Tuesday").
 */
function lastBefore(t: TimeInput, d: DateMention): DateMention {
  if (!t.published || !laterThan(d.value, t.published)) return d;
  const word = d.text.toLowerCase();
  const weekday = WEEKDAYS.has(word);
  if (!weekday && !(MONTH_NAMES.has(word) && /^\d{4}-\d{2}$/.test(d.value))) return d;
  const before = wordsOf(t.text.slice(Math.max(0, d.start - 30), d.start));
  // (The last three words: "by early September", "ahead of Friday's vote".)
  if (before.slice(-3).some((w, i, last) => NOT_THE_SAYING_BEFORE.has(w) || NOT_THE_SAYING_BEFORE.has(`${w} ${last[i + 1] ?? ''}`))) return d;
  // (Between the cue, itself included, and the date; and from the clause mark before the date to it: "Speaking Monday in X, which is set to host the contest Tuesday, Bush said".)
  const between = d.start >= t.clause.cueEnd ? t.text.slice(t.clause.cueStart, d.start) : t.text.slice(d.end, t.clause.cueEnd);
  const lead = t.text.slice(t.clause.start, d.start);
  const words = [...wordsOf(between), ',', ...wordsOf(lead.slice(lead.search(/[^,;:—–]*$/)))];
  const joined = ` ${words.join(' ')} `;
  if (FUTURE_WORDS.some((w) => joined.includes(` ${w} `)) || words.some((w) => WORDS.relativePronounsAll.has(w))) return d;
  if (!weekday) return { ...d, value: `${Number(d.value.slice(0, 4)) - 1}${d.value.slice(4)}` };
  const day = parseIsoDay(d.value);
  return day !== null && day - 7 <= (parseIsoDay(t.published) ?? 0) ? { ...d, value: isoDay(day - 7) } : d;
}

/**
 * "cancelled this weekend's event", "criticised Monday's decision": a date in the possessive modifies
 * the thing it owns and does not date the saying — unless a preposition of the scene stands before it
 * ("At Sunday's service, …", "during Tuesday's debate").
 */
function possessedDate(text: string, d: DateMention): boolean {
  if (!/^['’]s\b/.test(text.slice(d.end, d.end + 3))) return false;
  const before = wordsOf(text.slice(Math.max(0, d.start - 20), d.start));
  return !CONTEXT_WORDS.scenePrepositions.has(before.at(-1) ?? '') && !CONTEXT_WORDS.scenePrepositions.has(before.at(-2) ?? '');
}

/** How many determiners and possessives may stand between a participle and the year of its object ("Launching the party's 2029 manifesto"). */
const OBJECT_DETERMINERS = 2;
/** How many words after the year an occasion's noun may stand ("Addressing the 2024 Democratic National Convention"). */
const OBJECT_NOUN_REACH = 3;

/**
 * "Presenting the 2028 budget, the minister said …", "Defending its 2027 annual report, …": a year
 * before a noun in the object of a participle is the period the thing is for, not when the words
 * were said — unless the noun is an occasion's ("Addressing the 2024 convention, X said" is dated).
 */
function objectYear(text: string, d: DateMention): boolean {
  if (!/^\d{4}$/.test(d.text)) return false;
  const before = wordsOf(text.slice(Math.max(0, d.start - 60), d.start));
  let k = before.length - 1;
  while (k >= 0 && before.length - 1 - k < OBJECT_DETERMINERS && (WORDS.articles.has(before[k]!) || WORDS.possessiveDeterminers.has(before[k]!) || /\p{L}'s$/u.test(before[k]!))) k--;
  const participle = before[k] ?? '';
  // (At least one determiner; a preposition in -ing is a time of its own: "Following the 2019 election, …".)
  if (k === before.length - 1 || !/^\p{L}{2,}ing$/u.test(participle) || CONTEXT_WORDS.scenePrepositions.has(participle) || WORDS.timePrepositions.has(participle)) return false;
  const after = wordsOf(text.slice(d.end, d.end + 60));
  if (!/^\p{L}/u.test(after[0] ?? '')) return false;
  for (let i = 0; i < after.length && i < OBJECT_NOUN_REACH; i++) {
    if (endsListed(CONTEXT_WORDS.eventNouns, after, i)) return false;
    if (/^[,;:()—–"“”]$/.test(after[i]!)) break;
  }
  return true;
}

/** "announced the company's move on Wednesday": a date closing an object content is the cue's adjunct, not part of the object. */
function objectClosingDate(t: TimeInput): string | undefined {
  // ("expect the Fed to cut rates in June": the object of a thought is dated by what it is about, not by when it was held.)
  if (t.content.clausal || t.thought === true) return undefined;
  const inside = startingWithin(t.dates, t.content.start, t.content.end);
  const last = inside.at(-1);
  if (!last || laterThan(last.value, t.published)) return undefined;
  // ("has opposed the levy since it was introduced in December", "fought the closure since 2024": a time
  // of another event in the object, or the start of a stretch, is not when the words were said.)
  if (t.except?.some(([a, b]) => last.start >= a && last.end <= b)) return undefined;
  const opener = wordsOf(t.text.slice(Math.max(t.content.start, last.start - 12), last.start)).at(-1) ?? '';
  if (CONTEXT_WORDS.otherTimeConjunctions.has(opener)) return undefined;
  // ("called for a strike in April", "did not rule out a cut in September": a period after "in" closing an
  // indefinite object is when the thing it names happens; "criticised the toll in March" dates the cue.)
  if (opener === 'in' && !DAY_PRECISE.test(last.value) && WORDS.indefiniteArticles.has(wordsOf(t.text.slice(t.content.start, t.content.start + 6))[0] ?? '')) return undefined;
  // ("unveiled a scheme to cut 500 jobs this month", "plans to build two reservoirs this year": a period that holds
  // the publication day, after an infinitive in the object, is when that is to happen. A past month may still be
  // the cue's: "announced an agreement to acquire the bank in January".)
  if (holdsPublication(last.value, t.published) && infinitiveIn(t.text.slice(t.content.start, last.start))) return undefined;
  // (Or between the object and its complement: "accused the government on Monday of breaking its promise".)
  const after = t.text.slice(last.end, t.content.end);
  // ("reported a 14% rise on Monday, as spending recovered": a subordinate clause after a comma is the writer's, not the object's.)
  // (Not a date in an aside of the object: "to raise the cutoff to $51,000, which, in real terms, is what it was in 1975, as …".)
  if (/^\s*,/.test(after) && WORDS.subordinators.has(wordsOf(after)[1] ?? '')) return t.text.slice(t.content.start, last.start).includes(',') ? undefined : last.value;
  const rest = wordsOf(after);
  if (rest.length && !(CONTEXT_WORDS.objectComplementPrepositions.has(rest[0]!) && inside.length === 1 && dayOpened(t.text, last.start))) return undefined;
  return last.value;
}

/** How many words the hearer of a tell-like cue may span before the day ("urged Catholics", "told the bishops of Kenya"). */
const HEARER_WORDS = 5;

/**
 * "urged Catholics on Sunday to reject indifference", "told the bishops on Friday that …": after a
 * cue that takes a hearer and then an infinitive or a that-clause (grammar.json tellLikeVerbs), a day
 * or a period of the past ("had told the minister last week to …", "had instructed him in 2022 to …")
 * between the hearer and the infinitive or "that" is the saying's, though the content held the hearer.
 */
function hearerDay(t: TimeInput): string | undefined {
  if (!t.cueLemma || !WORDS.tellLikeVerbs.has(t.cueLemma) || t.content.start < t.clause.cueEnd) return undefined;
  const d = startingWithin(t.dates, t.content.start, t.content.end)[0];
  if (!d || d.end > t.content.end || laterThan(d.value, t.published) || !(dayOpened(t.text, d.start) || periodOpened(t.text, d))) return undefined;
  const hearer = wordsOf(t.text.slice(t.content.start, d.start));
  if (hearer.at(-1) === 'on') hearer.pop();
  if (!hearer.length || hearer.length > HEARER_WORDS || hearer.some((w) => /^[,;:()—–"“”]$/.test(w) || CONTEXT_WORDS.clauseOpeners.has(w))) return undefined;
  const after = t.text.slice(d.end, t.content.end);
  const next = wordsOf(after)[0] ?? '';
  return (CONTEXT_WORDS.infinitiveMarkers.has(next) && infinitiveIn(after.trimStart())) || CONTEXT_WORDS.clauseOpeners.has(next) ? d.value : undefined;
}

/**
 * "NATO leaders agreed on Wednesday to raise the target": a cue that took the day's "on" as its own
 * particle ("agreed on") left the day opening the content; a day there, right before an infinitive
 * or "that", is the saying's.
 */
function particleDay(t: TimeInput): string | undefined {
  if (wordsOf(t.text.slice(t.clause.cueStart, t.clause.cueEnd)).at(-1) !== 'on') return undefined;
  const d = startingWithin(t.dates, t.content.start, t.content.end)[0];
  if (!d || d.end > t.content.end || wordsOf(t.text.slice(t.content.start, d.start)).length || laterThan(d.value, t.published) || !DAY_PRECISE.test(d.value)) return undefined;
  const after = t.text.slice(d.end, t.content.end);
  const next = wordsOf(after)[0] ?? '';
  return (CONTEXT_WORDS.infinitiveMarkers.has(next) && infinitiveIn(after.trimStart())) || CONTEXT_WORDS.clauseOpeners.has(next) ? d.value : undefined;
}

/** A day or a week, the times an occasion of saying has; not a month, a season or a year. */
const DAY_PRECISE = /^\d{4}-(?:\d{2}-\d{2}|W\d{2})/;

/** Is the date a year or a month that holds the publication day ("this year", "this month")? */
function holdsPublication(value: string, published: string | null): boolean {
  return !!published && /^\d{4}(-\d{2})?$/.test(value) && published.startsWith(value);
}

/** Does the stretch hold an infinitive: "to" (context.json infinitiveMarkers) and a lower-case word, as written, that opens no noun phrase ("to build", not "to the ministry", "to 3%", "to them", "to Paris")? */
function infinitiveIn(stretch: string): boolean {
  const words = stretch.split(/\s+/);
  return words.some((w, i) => {
    const next = words[i + 1] ?? '';
    return CONTEXT_WORDS.infinitiveMarkers.has(w.toLowerCase()) && /^\p{Ll}+$/u.test(next) && !WORDS.articles.has(next) && !WORDS.possessiveDeterminers.has(next) && !WORDS.accusativePronouns.has(next) && !WORDS.quantifiers.has(next);
  });
}

/** Shifts that open a relative period of the past ("last week", "earlier this month": date-words.json shifts). */
const PERIOD_SHIFTS: ReadonlySet<string> = new Set(Object.keys(dateWords.shifts));

/** Is the date a period of the saying: a relative one ("last week", "yesterday") or one after "in" ("in 2022", "in January")? */
function periodOpened(text: string, d: DateMention): boolean {
  const first = wordsOf(d.text)[0] ?? '';
  return PERIOD_SHIFTS.has(first) || CONTEXT_WORDS.sceneRelativeDays.has(d.text.toLowerCase()) || wordsOf(text.slice(Math.max(0, d.start - 4), d.start)).at(-1) === 'in';
}

/** Is the date at `start` opened as a day of the saying: "on Monday", or a weekday alone? */
function dayOpened(text: string, start: number): boolean {
  return wordsOf(text.slice(Math.max(0, start - 4), start)).at(-1) === 'on' || WEEKDAYS.has(wordsOf(text.slice(start, start + 12))[0] ?? '');
}

function pastPerfect(t: TimeInput): boolean {
  return pastPerfectCue(t.text, t.clause.start, t.clause.cueStart);
}

/** Is the cue at `cueStart` in the past perfect ("had hoped", "had already recommended"), read back to `from` at most? */
export function pastPerfectCue(text: string, from: number, cueStart: number): boolean {
  const before = wordsOf(text.slice(Math.max(from, cueStart - 30), cueStart));
  // "had hoped", "had already recommended": the auxiliary right before the cue or before one adverb.
  const last = before.length - 1;
  return CONTEXT_WORDS.pastPerfectAuxiliaries.has(before[last] ?? '') || (CONTEXT_WORDS.pastPerfectAuxiliaries.has(before[last - 1] ?? '') && (CONTEXT_WORDS.perfectAdverbs.has(before[last] ?? '') || /\p{L}{3}ly$/u.test(before[last] ?? '')));
}

/** "has previously warned", "have long argued": a present perfect with an adverb of earlier or repeated times right before the cue. */
function earlierTimes(t: TimeInput): boolean {
  const before = wordsOf(t.text.slice(Math.max(t.clause.start, t.clause.cueStart - 30), t.clause.cueStart));
  const last = before.length - 1;
  return CONTEXT_WORDS.earlierTimesAdverbs.has(before[last] ?? '') && CONTEXT_WORDS.presentPerfectAuxiliaries.has(before[last - 1] ?? '');
}

/** The units of a count of days back ("day", "weeks"), as a list. */
const DAY_UNITS: readonly string[] = [...CONTEXT_WORDS.relativeDayUnits];

/**
 * "A day before the announcement, GM said …", "two days earlier", "the previous day": a count of
 * days or weeks back, outside the content, from the day of the statement before this one (from a
 * month or a year: that month or year).
 */
function daysBeforePrevious(t: TimeInput): string | undefined {
  if (!t.previous) return undefined;
  const { clause, content } = t;
  const outside = clauseOutside(t.text, clause, content.start, content.end);
  // (Most clauses name no unit at all: their words are not read. A word is the unit only if the
  // lower-cased text holds it.)
  const lower = outside.toLowerCase();
  if (!DAY_UNITS.some((u) => lower.includes(u))) return undefined;
  const words = wordsOf(outside);
  for (let i = 1; i < words.length; i++) {
    if (!CONTEXT_WORDS.relativeDayUnits.has(words[i]!)) continue;
    const week = words[i]!.startsWith('week') ? 7 : 1;
    const count = NUMBER_WORDS[words[i - 1]!] ?? (/^\d{1,2}$/.test(words[i - 1]!) ? Number(words[i - 1]) : undefined);
    // "a day before", "two weeks earlier"; "the previous day", "the day before".
    const back = CONTEXT_WORDS.relativeDayBack.has(words[i + 1] ?? '') && (count !== undefined || words[i - 1] === 'the');
    const previousDay = words[i - 1] !== undefined && CONTEXT_WORDS.relativeDayBack.has(words[i - 1]!) && words[i - 2] === 'the';
    if (!back && !previousDay) continue;
    // (From a month or a year, a few days back stay in it, at its precision: "announced the plan in March. A day earlier, …".)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(t.previous)) return t.previous;
    const day = new Date(`${t.previous}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - (back ? (count ?? 1) : 1) * week);
    return day.toISOString().slice(0, 10);
  }
  return undefined;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = dateWords.numberWords;

/** "…, later revealing …": the word right before the cue places the saying after the clause's time. */
function afterClauseTime(t: TimeInput): boolean {
  const before = wordsOf(t.text.slice(Math.max(t.clause.start, t.clause.cueStart - 20), t.clause.cueStart));
  return CONTEXT_WORDS.sequenceAdverbs.has(before.at(-1) ?? '');
}

/** The time rules in order: the first that applies gives the statement's own date. */
export const TIME_RULES: readonly TimeRule[] = [
  { id: 'later-than-clause', reason: 'a cue after "later" or "subsequently" was said after the time its clause names, on a day the text does not give (with no time in its clause, at an occasion it names, "later told MPs", the occasion the story dated: index.ts)', example: 'She left the band in 2009, later saying she had been exhausted.', read: (t) => (afterClauseTime(t) ? null : undefined) },
  { id: 'clause-date', reason: 'a time expression in the cue\'s clause, outside the content, dates the saying (the nearest to the cue); one later than publication cannot — but a bare weekday or month that a "would" in the words had read forward is, after a cue in the past, the last one before publication ("told the Roads and Ports Committee on Monday that she would ask")', example: 'At a press conference on Monday, the mayor said the bridge would reopen.', read: (t) => nearestClauseDate(t)?.value },
  { id: 'at-the-time', reason: 'words said "at the time" (context.json atTheTimePhrases), with no time of their own clause, were said when the statement just before them was: its date (context/at-the-time.ts; not "at the time of the crash")', example: 'The watchdog said in a report last year that laptops were missing. Its chairman said at the time that the loss was unacceptable.', read: (t) => atTheTime(t) },
  { id: 'present-tense', reason: 'a cue in the present tense ("says", "argues") speaks at the time of the story: the publication date, not the date of a statement before it', example: 'In 2021 the plant opened. The mayor says she does not blame the company.', read: (t) => (t.present && t.published ? t.published : undefined) },
  { id: 'object-closing-date', reason: 'a time expression closing the object of a verb of saying belongs to the cue: "announced the plan on Wednesday" (not of a thought: "expect the Fed to cut rates in June"; nor "this year" or "this month" after an infinitive in the object: "unveiled a scheme to cut jobs this month"; nor a month or a year after "in" closing an indefinite object, the time of what it names: "called for a strike in April")', example: 'The coach announced his retirement on Sunday.', read: (t) => objectClosingDate(t) },
  { id: 'hearer-day', reason: 'a day ("on Friday") or a period of the past ("last week", "in 2022") between the hearer of a tell-like cue and the infinitive or that-clause after it dates the saying, though the content begins with the hearer', example: 'The bishop urged parishioners on Sunday to pray for rain.', read: (t) => hearerDay(t) },
  { id: 'particle-day', reason: 'a cue that took the day\'s "on" as its particle ("agreed on") leaves the day opening the content; a day there, before an infinitive or "that", dates the saying', example: 'The ministers agreed on Thursday to extend the truce.', read: (t) => particleDay(t) },
  { id: 'days-before-previous', reason: 'a count of days or weeks back ("a day before the announcement", "the previous day") from the day of the statement before', example: 'The mayor spoke on Monday. A day earlier, the council said the vote would go ahead.', read: (t) => daysBeforePrevious(t) },
  { id: 'earlier-times', reason: 'a present perfect with an adverb of earlier or repeated times ("has previously warned", "have long argued") was said before the story, on days the text does not give', example: 'The union has repeatedly called for a shorter week.', read: (t) => (earlierTimes(t) ? null : undefined) },
  { id: 'past-perfect', reason: 'a cue in the past perfect ("had hoped", "had already recommended") was said before the story, on a day the text does not give', example: 'The club had hoped to open the stadium by spring.', read: (t) => (pastPerfect(t) ? null : undefined) },
];

/** The statement's own date and the rule that gave it, or undefined when no rule applies (the date is inherited). */
export function ownTime(t: TimeInput): { date: string | null; by: string } | undefined {
  for (const r of TIME_RULES) {
    const date = r.read(t);
    if (date !== undefined) return { date, by: r.id };
  }
  return undefined;
}
