// Relative and coarse dates for the dates step of stage 2, by regular expression: "yesterday",
// "Tuesday morning", "last week", "this month", "two years ago", "the third quarter", "last summer",
// "in 2022", "the 1990s". Each rule knows the TIMEX3 precision its words carry; chrono-dates.ts does
// the calendar dates ("January 18"), and dates.ts settles overlaps between the two.

import words from '../../../data/lexicon/date-words.json' with { type: 'json' };
import { RELATIVE_DAYS, WEEKDAYS, alternation } from '../../lexicon/calendar.js';
import { DAY_PART_WORDS, MONTH_STEMS_CAPITALISED, RELATIVE_DAY_WORDS, WEEKDAY_NAMES_CAPITALISED, weekdayOfStem } from '../calendar-words.js';
import type { DateCandidate } from './chrono-dates.js';
import { dayNumber, isoDay, isoMonth, isoWeek, ymd, type DayNumber } from './calendar.js';
import { isFutureContext, sentenceStart as sentenceStartOf } from './tense.js';

const NUMBERS: Readonly<Record<string, number>> = words.numberWords;
const ORDINALS: Readonly<Record<string, number>> = words.ordinals;
const DECADE_WORDS: Readonly<Record<string, number>> = words.decadeWords;
const SEASONS: Readonly<Record<string, { code: string; month: number }>> = words.seasons;
const SHIFTS: ReadonlyMap<string, number> = new Map(Object.entries(words.shifts));
const PERIOD_MODIFIERS = alternation(words.periodModifiers);

interface Ctx {
  text: string;
  /** The article date as a day number, or null. */
  ref: DayNumber | null;
  out: DateCandidate[];
}

type Rule = (m: RegExpExecArray, ctx: Ctx) => void;

function push(ctx: Ctx, start: number, end: number, value: string, explicit: boolean): void {
  ctx.out.push({ start, end, value, explicit });
}

/** Shift a relative word into a number of units: last/previous/past → -1, next/coming → +1, this/current → 0. */
function shiftOf(word: string): number {
  return SHIFTS.get(word.toLowerCase()) ?? 0;
}

const TODAY: Rule = (m, ctx) => {
  if (ctx.ref === null) return;
  const w = m[2]!.toLowerCase();
  let n = ctx.ref;
  if (w === 'yesterday' || w === 'last night') n -= 1;
  else if (w === 'tomorrow') n += 1;
  if (m[1]) n += /before/i.test(m[1]) ? -1 : 1; // "the day before yesterday", "the day after tomorrow"
  push(ctx, m.index, m.index + m[0].length, isoDay(n), false);
};

// A month right after a weekday ("Tuesday, Jan. 31" is no "Sunday Times").
const MONTH_AHEAD = new RegExp(String.raw`^\s*(?:${MONTH_STEMS_CAPITALISED})`);

// "Good Friday", "every Monday": no date.
const NOT_DATE_BEFORE = new RegExp(String.raw`\b(?:${alternation(words.notDateBeforeWeekday)})\s+$`, 'i');

// Nouns a weekday before them modifies ("Sunday parking"): no date.
const WEEKDAY_NOUNS: ReadonlySet<string> = new Set(words.weekdayModifiedNouns);
// The words that date a weekday, in any case ("On Sunday parking was free").
const DATING_BEFORE = new RegExp(String.raw`\b(?:${alternation(words.weekdayModifiers)})\s+$`, 'i');

const WEEKDAY: Rule = (m, ctx) => {
  if (ctx.ref === null) return;
  const { text } = ctx;
  const start = m.index;
  const end = start + m[0].length;
  const name = m[2]!;
  if (!/^[A-Z]/.test(name)) return; // "monday" in lower case: not edited news prose
  if (/^\s*(?:'s\s+)?[A-Z][a-z]/.test(text.slice(end, end + 12)) && !MONTH_AHEAD.test(text.slice(end, end + 6))) {
    // "Sunday Times", "Monday Night Football": a name, unless what follows opens a new sentence.
    if (!/^[.!?;:,]/.test(text.slice(end, end + 1))) return;
  }
  const before = text.slice(Math.max(0, start - 12), start);
  if (NOT_DATE_BEFORE.test(before)) return;
  // ("free Sunday parking", "the Sunday paper", "Saturday markets": a kind of day modifying a noun, unless "on" or "last" dates it.)
  if (!m[1] && !DATING_BEFORE.test(before) && WEEKDAY_NOUNS.has(/^\s+([a-z]+)\b/.exec(text.slice(end, end + 20))?.[1] ?? '')) return;
  const target = weekdayOfStem(name);
  const refWd = ymd(ctx.ref).weekday;
  const back = (refWd - target + 7) % 7; // days back to the most recent such day, 0 = the article's day
  const rel = (m[1] ?? '').toLowerCase().trim();
  let n: DayNumber;
  if (rel === 'last' || rel === 'past') n = ctx.ref - (back === 0 ? 7 : back);
  else if (rel === 'next' || rel === 'coming') n = ctx.ref + (7 - back === 0 ? 7 : 7 - back);
  else if (isFutureContext(text, start + m[0].indexOf(name), end)) n = ctx.ref + ((7 - back) % 7);
  else n = ctx.ref - back;
  push(ctx, m[1] && /^(?:last|next|past|coming|this)/i.test(m[1]) ? start : m.index + m[0].indexOf(name), end, isoDay(n), false);
};

const WEEK: Rule = (m, ctx) => {
  if (ctx.ref === null) return;
  const n = ctx.ref + 7 * shiftOf(m[1]!);
  const value = isoWeek(n) + (/end/i.test(m[2]!) ? '-WE' : '');
  push(ctx, m.index, m.index + m[0].length, value, false);
};

// "over the weekend": the most recent weekend (this week's on a Saturday or Sunday), or the next
// one in a future-tense sentence.
const THE_WEEKEND: Rule = (m, ctx) => {
  if (ctx.ref === null) return;
  const start = m.index + m[0].length - 'the weekend'.length;
  const wd = ymd(ctx.ref).weekday;
  let n = wd === 6 || wd === 0 ? ctx.ref : ctx.ref - wd; // Sunday before (ISO weeks end on Sunday)
  if (wd !== 6 && wd !== 0 && isFutureContext(ctx.text, start, m.index + m[0].length)) n = ctx.ref + (6 - wd);
  push(ctx, start, m.index + m[0].length, isoWeek(n) + '-WE', false);
};

const MONTH: Rule = (m, ctx) => {
  if (ctx.ref === null) return;
  const { year, month } = ymd(ctx.ref);
  push(ctx, m.index, m.index + m[0].length, isoMonth(year, month + shiftOf(m[1]!)), false);
};

const YEAR_REL: Rule = (m, ctx) => {
  if (ctx.ref === null) return;
  push(ctx, m.index, m.index + m[0].length, String(ymd(ctx.ref).year + shiftOf(m[1]!)), false);
};

const AGO: Rule = (m, ctx) => {
  if (ctx.ref === null) return;
  const raw = m[1]!.toLowerCase();
  const count = /^\d+$/.test(raw) ? Number(raw) : NUMBERS[raw] ?? NaN;
  if (!Number.isFinite(count)) return;
  const unit = m[2]!.toLowerCase();
  const { year, month } = ymd(ctx.ref);
  let value: string;
  if (unit === 'day') value = isoDay(ctx.ref - count);
  else if (unit === 'week') value = isoWeek(ctx.ref - 7 * count);
  else if (unit === 'month') value = isoMonth(year, month - count);
  else if (unit === 'year') value = String(year - count);
  else value = String(Math.floor((year - 10 * count) / 10)); // decades ago: the decade
  push(ctx, m.index, m.index + m[0].length, value, false);
};

/** How many quarters (or halves) ahead of the article's an ordinal one with no year is still read as this year's. */
const NEAR_AHEAD_QUARTERS = 1;

const QUARTER: Rule = (m, ctx) => {
  // m[1] year before ("the 1988 second quarter"), m[2] relative year before ("this year's"),
  // m[3] "year-ago", m[4] ordinal or relative word, m[5] quarter/half, m[6] year after, m[7] relative year after
  const word = m[4]!.toLowerCase();
  const half = /half/i.test(m[5]!);
  const ord = ORDINALS[word];
  const ref = ctx.ref === null ? null : ymd(ctx.ref);
  const explicitYear = m[1] ?? m[6];
  let year: number | null = explicitYear ? Number(explicitYear) : null;
  if (year === null && ref === null) return;
  const relYear = m[2] ?? m[7];
  if (year === null && relYear) year = ref!.year + shiftOf(relYear.replace(/^the\s+/i, ''));
  if (year === null && m[3] && /year/i.test(m[3])) year = ref!.year - 1;
  const current = ref ? (half ? Math.ceil(ref.month / 6) : Math.ceil(ref.month / 3)) : 1;
  const per = half ? 2 : 4;
  let n: number;
  if (ord !== undefined) {
    if (half && ord > 2) return;
    n = ord;
    // (The quarter right after the article's is this year's, as a month a few weeks ahead is: "closures during the fourth
    // quarter" in August; one further ahead with no future word is last year's.)
    if (year === null) year = ref!.year - (n > current + NEAR_AHEAD_QUARTERS && !isFutureContext(ctx.text, m.index, m.index + m[0].length) ? 1 : 0);
  } else if (word === 'final' || (word === 'last' && year !== null)) {
    n = per;
    if (year === null) year = ref!.year - 1;
  } else {
    // this/current/last/previous/next/latest quarter, relative to the article's quarter; "the latest
    // quarter" is the last one reported, the one before the article's.
    if (ref === null || year !== null) return;
    let q = current + (word === 'latest' ? -1 : shiftOf(word));
    let y = ref.year;
    if (q < 1) { q += per; y -= 1; }
    if (q > per) { q -= per; y += 1; }
    n = q;
    year = y;
  }
  push(ctx, m.index, m.index + m[0].length, `${year}-${half ? 'H' : 'Q'}${n}`, explicitYear !== undefined && !m[3]);
};

// Financial reports: "the quarter", "the latest period", "a year earlier", "the year-ago quarter"
// stand for the quarter being reported (the first ordinal quarter of the article) or the same
// quarter a year before.
const REPORTING_PERIOD = /\b(?:the\s+)(?:latest\s+|most recent\s+|same\s+|comparable\s+)?(?:quarter|period)\b/gi;
const YEAR_AGO_PERIOD = /\b(?:(?:the|a|its)\s+)?(?:(?:comparable|same|corresponding)\s+)?(?:(?:year-ago|year-earlier)(?:\s+(?:quarter|period))?|(?:quarter|period)\s+(?:a year (?:ago|earlier)|last year)|year (?:ago|earlier)|last year's (?:quarter|period))\b/gi;
// "the 1988 quarter", "the 1989 period": the reported quarter in a named year.
const YEAR_PERIOD = /\bthe\s+((?:19|20)\d\d)\s+(?:quarter|period)\b/gi;
const FISCAL_WORDS = new RegExp(String.raw`\b(?:${alternation(words.fiscalWords)})\b`, 'i');

function reportingQuarter(ctx: Ctx): { year: number; q: number } | null {
  let best: DateCandidate | null = null;
  const refYear = ctx.ref === null ? null : ymd(ctx.ref).year;
  for (const c of ctx.out) {
    // The quarter reported on is a recent one: "the third quarter of 1984" in a history paragraph is not.
    if (!/^\d{4}-Q[1-4]$/.test(c.value) || (refYear !== null && Math.abs(Number(c.value.slice(0, 4)) - refYear) > 1)) continue;
    if (best === null || c.start < best.start) best = c;
  }
  if (best) return { year: Number(best.value.slice(0, 4)), q: Number(best.value.slice(6)) };
  if (ctx.ref === null || !/\bquarter\b/i.test(ctx.text)) return null;
  const { year, month } = ymd(ctx.ref);
  const q = Math.ceil(month / 3) - 1;
  return q === 0 ? { year: year - 1, q: 4 } : { year, q };
}

function replaceAt(ctx: Ctx, start: number, end: number, value: string): void {
  ctx.out = ctx.out.filter((c) => !(c.start >= start && c.end <= end));
  push(ctx, start, end, value, false);
}

function financialPeriods(ctx: Ctx): void {
  const rq = reportingQuarter(ctx);
  if (rq === null) return;
  const { text } = ctx;
  for (const m of text.matchAll(REPORTING_PERIOD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (ctx.out.some((c) => c.start < end && start < c.end)) continue; // part of "the third quarter" etc.
    if (/period/i.test(m[0]) && !FISCAL_WORDS.test(text.slice(sentenceStartOf(text, start), end + 80))) continue;
    push(ctx, start, end, `${rq.year}-Q${rq.q}`, false);
  }
  for (const m of text.matchAll(YEAR_PERIOD)) replaceAt(ctx, m.index, m.index + m[0].length, `${m[1]}-Q${rq.q}`);
  for (const m of text.matchAll(YEAR_AGO_PERIOD)) {
    const start = m.index;
    const end = start + m[0].length;
    const around = text.slice(sentenceStartOf(text, start), end + 80);
    if (!FISCAL_WORDS.test(around)) continue;
    if (ctx.out.some((c) => c.start < start && c.end >= end)) continue; // inside a longer date
    replaceAt(ctx, start, end, `${rq.year - 1}-Q${rq.q}`);
  }
}

/** How many months a season lasts (from its first month in date-words.json seasons). */
const SEASON_MONTHS = 3;

const SEASON: Rule = (m, ctx) => {
  const rel = (m[1] ?? '').toLowerCase();
  const season = SEASONS[m[2]!.toLowerCase()]!;
  if (m[3]) {
    push(ctx, m.index, m.index + m[0].length, `${m[3]}-${season.code}`, true);
    return;
  }
  if (ctx.ref === null || !rel) return;
  if (rel === 'the' && /^\s+of\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return; // "the fall of Rome"
  const { year, month } = ymd(ctx.ref);
  let y = year;
  // ("last summer" said in July is the summer before: the season must be over, its three months gone, to be this year's.)
  if (rel === 'last' || rel === 'past') y = season.month + SEASON_MONTHS <= month && !(season.code === 'WI') ? year : year - 1;
  else if (rel === 'next' || rel === 'coming') y = season.month > month ? year : year + 1;
  push(ctx, m.index, m.index + m[0].length, `${y}-${season.code}`, false);
};

const DECADE: Rule = (m, ctx) => {
  let prefix: string;
  if (m[1]) prefix = m[1] + m[2]; // "1990s" → "199"
  else if (m[3]) prefix = (Number(m[3]) >= 3 ? '19' : '20') + m[3]; // "'90s" → "199", "'00s" → "200"
  else if (/^the\b/i.test(m[0])) prefix = '19' + DECADE_WORDS[m[4]!.toLowerCase()]; // "the nineties", not "in her nineties"
  else return;
  push(ctx, m.index, m.index + m[0].length, prefix, true);
};

const CENTURY: Rule = (m, ctx) => {
  const n = Number(m[1]);
  if (n < 1 || n > 22) return;
  // ("released by 20th Century Fox", "21st Century Insurance": a capitalised "Century" before a capitalised word is a name's.)
  if (m[0].includes('Century') && /^ \p{Lu}/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return;
  push(ctx, m.index, m.index + m[0].length, String(n - 1).padStart(2, '0'), true);
};

// A four-digit year, unless it looks like a count ("2000 troops", "$1990", "1,995").
const YEAR_CONTEXT = new RegExp(String.raw`(?:\b(?:${alternation(words.yearContextBefore)})\s+|mid-|\(|,\s)$`, 'i');
const COUNT_BEFORE = new RegExp(String.raw`(?:[$£€#]|\bNo\.\s*|\b(?:${alternation(words.countWordsBefore)})\s+)$`, 'i');
// A number followed by a unit ("1990 km") or a decimal is no year.
const NUMBER_AFTER = new RegExp(String.raw`^(?:[.,]\d|\d|%|-\d{4}|\s*(?:${alternation(words.unitsAfterNumber)})\b)`, 'i');
// "1990 was", "2008 marks": words in -s after a year that are no plural noun.
const NOT_PLURAL_AFTER = new RegExp(String.raw`^\s+(?:${alternation(words.notPluralAfterYear)})\b`);
const YEAR: Rule = (m, ctx) => {
  const { text } = ctx;
  const start = m.index;
  const end = start + 4;
  const y = Number(m[0]);
  const prev = text.slice(Math.max(0, start - 20), start);
  const next = text.slice(end, end + 20);
  if (/[\d.,]$/.test(prev) && !/(?:,|\.)\s*$/.test(prev.slice(-2)) ) return;
  if (NUMBER_AFTER.test(next)) return;
  if (COUNT_BEFORE.test(prev)) return;
  const ref = ctx.ref === null ? null : ymd(ctx.ref).year;
  const plausible = y >= 1900 && y <= (ref ?? new Date().getFullYear()) + 30;
  if (!plausible) return;
  // A count is followed by a plural noun ("1990 voters"); a year usually by punctuation, a verb or a preposition.
  if (/^\s+[a-z]+s\b/.test(next) && !NOT_PLURAL_AFTER.test(next) && !YEAR_CONTEXT.test(prev)) return;
  push(ctx, start, end, String(y), true);
};

/**
 * The rules in order: a pattern (global; run over the whole text), what a match makes, and the
 * words (lower case) one of which a text must hold for the pattern to match there — a text with
 * none of them is not searched (null: always searched).
 */
const RULES: Array<[RegExp, Rule, readonly string[] | null]> = [
  [new RegExp(String.raw`\b(the day (?:before|after) )?(${RELATIVE_DAY_WORDS}|last night)\b(?:\s+(?:${DAY_PART_WORDS}))?`, 'gi'), TODAY, [...RELATIVE_DAYS, 'last night']],
  [new RegExp(String.raw`\b(?:(${alternation(words.weekdayModifiers)})\s+)?(${WEEKDAY_NAMES_CAPITALISED})(?![A-Za-z])(?:\s+(?:${DAY_PART_WORDS}))?`, 'g'), WEEKDAY, [...WEEKDAYS]],
  [new RegExp(String.raw`\b(${PERIOD_MODIFIERS})\s+(week|weekend)\b`, 'gi'), WEEK, ['week']],
  [new RegExp(String.raw`\b(?:${alternation(words.weekendPrepositions)})\s+the\s+weekend\b`, 'gi'), THE_WEEKEND, ['weekend']],
  [new RegExp(String.raw`\b(${PERIOD_MODIFIERS})\s+month\b`, 'gi'), MONTH, ['month']],
  [new RegExp(String.raw`\b(${PERIOD_MODIFIERS})\s+year\b`, 'gi'), YEAR_REL, ['year']],
  [new RegExp(String.raw`\b(${alternation(Object.keys(NUMBERS).filter((w) => NUMBERS[w]! < 100))}|\d{1,3})\s+(day|week|month|year|decade)s?\s+ago\b`, 'gi'), AGO, ['ago']],
  [/\b(?:the\s+)?(?:(\d{4})\s+|(this|last|next) year's\s+|(year-ago|year-earlier|comparable|same)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last|this|current|next|previous|latest|coming)[\s-]+(quarter|half)\b(?:\s+of\s+(?:(?:fiscal|the)\s+)?(?:(\d{4})|(this|last|next|the current|the previous)\s+year))?/gi, QUARTER, ['quarter', 'half']],
  [new RegExp(String.raw`\b(?:(${alternation(words.seasonModifiers)})\s+)?(${alternation(Object.keys(SEASONS))})\b(?:\s+(?:of\s+)?(\d{4})\b)?`, 'gi'), SEASON, Object.keys(SEASONS)],
  [new RegExp(String.raw`(?:\bthe\s+(?:early\s+|mid-?|late\s+)?)?(?:\b(1[89]|20)(\d)0s|'(\d)0s|\b(${alternation(Object.keys(DECADE_WORDS))}))\b`, 'gi'), DECADE, ['0s', ...Object.keys(DECADE_WORDS)]],
  [/\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi, CENTURY, ['century']],
  [/\b(?:1[89]|20)\d\d\b/g, YEAR, null],
];

/**
 * Relative and coarse date expressions of `text`, resolved against `articleDate` (YYYY-MM-DD or
 * null: then only the expressions that fix their own value, such as "in 2022", are returned).
 */
export function ruleDates(text: string, articleDate: string | null): DateCandidate[] {
  const ref = articleDate ? dayNumber(Number(articleDate.slice(0, 4)), Number(articleDate.slice(5, 7)), Number(articleDate.slice(8, 10))) : null;
  const ctx: Ctx = { text, ref, out: [] };
  // (Lower-casing keeps every ASCII letter a match needs, so a word missing here is missing from the text.)
  const lower = text.toLowerCase();
  for (const [pattern, rule, needs] of RULES) {
    if (needs && !needs.some((w) => lower.includes(w))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) rule(m, ctx);
  }
  if (ref !== null && /quarter|period|year-ago|year-earlier|year earlier/i.test(text)) financialPeriods(ctx);
  return ctx.out;
}
