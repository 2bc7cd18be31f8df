// Calendar dates for the dates step of stage 2, found by chrono-node: "January 18", "Sept. 30, 1989",
// "24 February 2022", "2008-03-01", "Tuesday, Jan. 31". Chrono runs only on the windows the caller's
// prefilter picked; a custom refiner puts year-less dates into the past of the article date.

import type { Chrono, ParsingContext, ParsingResult } from 'chrono-node';
import type * as En from 'chrono-node/en';
import words from '../../../data/lexicon/date-words.json' with { type: 'json' };
import { alternation } from '../../lexicon/calendar.js';
import { AMBIGUOUS_MONTHS_CAPITALISED, MONTH_NAMES_CAPITALISED, MONTH_STEMS } from '../calendar-words.js';
import { isFutureContext, isPastContext } from './tense.js';
import { requirePackage } from '../../require.js';

/** A date found in the text before overlaps are settled. */
export interface DateCandidate {
  start: number;
  end: number;
  value: string;
  /** True when the text alone fixes the value (an explicit year), false when it leans on the article date. */
  explicit: boolean;
}

// Only the calendar parsers: relative words ("last week", "yesterday", weekdays alone) are handled by
// rules.ts, which know the TIMEX precision they carry; chrono's weekday parser stays so that its
// refiners can merge "Tuesday, January 31" into one result.
const KEEP_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENYearMonthNameParser', 'ENMonthNameParser',
]);
// "the end of September" would become September 30; the text only names a month.
const DROP_REFINERS = new Set(['ENEndOfPeriodRefiner', 'ForwardDateRefiner']);

/**
 * Chrono refiner: a date without a year goes into the past of the reference (article) date, or
 * into its future when the sentence is future-tense. The year is implied, not assigned, so that
 * `isCertain('year')` still tells whether the text gave it.
 */
export const pastYearRefiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // The tense test reads the whole sentence, which may reach outside the window chrono was given.
    const fullText = scope.text ?? context.text;
    const offset = scope.text === null ? 0 : scope.offset;
    const ref = context.refDate;
    const refY = ref.getFullYear();
    const refKey = (ref.getMonth() + 1) * 100 + ref.getDate();
    for (const r of results) {
      const s = r.start;
      if (s.isCertain('year') || !s.isCertain('month')) continue;
      const month = s.get('month') ?? 1;
      const day = s.isCertain('day') ? s.get('day') ?? 1 : 0;
      const key = month * 100 + day;
      const refCmp = day ? refKey : Math.floor(refKey / 100) * 100;
      let year = refY;
      if (day && s.isCertain('weekday')) {
        // "Tuesday, January 31": the year nearest the article's in which that day is that weekday.
        const wd = s.get('weekday');
        const fit = [refY, refY - 1, refY + 1, refY - 2].find((y) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === wd);
        if (fit !== undefined) {
          s.imply('year', fit);
          continue;
        }
      }
      const start = offset + r.index;
      if (isFutureContext(fullText, start, start + r.text.length)) {
        // Forward only when the date lies well before the article's (a slip back of a few weeks is
        // more likely a recent past than next year).
        if (key < refCmp && refMonthsBack(month, ref) > 2) year = refY + 1;
      } else if (key > refCmp && !(day && daysAfter(month, day, ref) <= 2) && !(nearAhead(month, day, ref) && !isPastContext(fullText, start, start + r.text.length))) {
        // A day or two after the article date stays in its year: metadata dates often lag the
        // dateline by a time zone ("NEW YORK, Dec. 14 (UPI)" published on the 13th). So does a date
        // a few weeks ahead with no past word right before it ("has listed the matter for July 28",
        // "did not rule out a cut in September"): news name a day of the coming weeks far more often
        // than the same day a year back, which they write "last September".
        year = refY - 1;
      }
      s.imply('year', year);
    }
    return results;
  },
};

/** How far ahead of the article date a year-less day (in days) or month (in calendar months) is read as this year's without a future word: in TempEval-3 and MEANTIME, 55 of 56 such days up to three months ahead and 14 of 15 such months up to two ahead are (session 28). */
const NEAR_AHEAD_DAYS = 92;
const NEAR_AHEAD_MONTHS = 3;

/** Is `month`/`day` (day 0: the month alone) after the reference date by no more than NEAR_AHEAD_DAYS or NEAR_AHEAD_MONTHS? */
function nearAhead(month: number, day: number, ref: Date): boolean {
  return day ? daysAfter(month, day, ref) <= NEAR_AHEAD_DAYS : -refMonthsBack(month, ref) <= NEAR_AHEAD_MONTHS;
}

/** Whole months from `month` back to the reference's month, in the same year (negative when after). */
function refMonthsBack(month: number, ref: Date): number {
  return ref.getMonth() + 1 - month;
}

/** Days from the reference date forward to `month`/`day` of the same year. */
function daysAfter(month: number, day: number, ref: Date): number {
  return Math.round((Date.UTC(ref.getFullYear(), month - 1, day) - Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate())) / 86_400_000);
}

/** The full text and the window's offset in it while chronoDates runs (parsing is synchronous). */
const scope: { text: string | null; offset: number } = { text: null, offset: 0 };

let parser: Chrono | null = null;

/**
 * The calendar-date parser, built on first use: chrono's English locale (not the package index, which
 * loads all sixteen) costs 60–100 ms of CPU to load, and an article with no calendar date never
 * needs it. Loaded by require (src/require.ts), so that loading can wait for the first window.
 */
function chronoParser(): Chrono {
  if (parser) return parser;
  const en = requirePackage<typeof En>('chrono-node/en');
  const p = en.casual.clone();
  p.parsers = p.parsers.filter((x) => KEEP_PARSERS.has(x.constructor.name));
  p.refiners = p.refiners.filter((r) => !DROP_REFINERS.has(r.constructor.name));
  p.refiners.push(pastYearRefiner);
  return (parser = p);
}

const FULL_MONTH = new RegExp(`^(?:${MONTH_NAMES_CAPITALISED})$`);
// Month names that are also common words or first names: alone they need a preposition before them.
const AMBIGUOUS_MONTH = new RegExp(`^(?:${AMBIGUOUS_MONTHS_CAPITALISED})$`);
// The month word in what chrono found ("Sept.", "january").
const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_STEMS})[a-z]*`, 'i');
const MONTH_CONTEXT = new RegExp(String.raw`(?:\b(?:${alternation(words.monthContextBefore)})\s+|\bmid-)$`, 'i');
const RELATIVE_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:the\s+)?(last|this|next|previous|past|coming)\s+year\b/i;
const RELATIVE_BEFORE = /\b(last|next|this|past)\s+$/i;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Dates chrono finds in the windows [start, end) of `text`, resolved against the article date
 * (`articleDate` YYYY-MM-DD, or null: then only dates with an explicit year are returned).
 */
export function chronoDates(text: string, windows: Array<[number, number]>, articleDate: string | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  const refParts = articleDate ? articleDate.split('-').map(Number) : null;
  // Local noon, so that chrono's implied components (computed in local time) are the article's day.
  const ref = refParts ? new Date(refParts[0]!, refParts[1]! - 1, refParts[2]!, 12) : new Date(2000, 0, 1, 12);
  const refY = ref.getFullYear();
  const refM = ref.getMonth() + 1;
  for (const [ws, we] of windows) {
    const chrono = chronoParser(); // outside the try: a package that cannot load is not a messy text
    let results: ReturnType<Chrono['parse']>;
    scope.text = text;
    scope.offset = ws;
    try {
      results = chrono.parse(text.slice(ws, we), ref);
    } catch {
      continue; // chrono should not throw, but messy text must never break the pipeline
    } finally {
      scope.text = null;
    }
    for (const r of results) {
      const s = r.start;
      if (!s.isCertain('month')) continue; // weekday alone: rules.ts
      // "on Tuesday, Jan. 31": the date starts at the weekday.
      const lead = /^(?:on|the)\s+/i.exec(r.text)?.[0].length ?? 0;
      let start = ws + r.index + lead;
      // chrono may take in a trailing space or comma ("Dec. 14 (UPI)", "June, Clinton"); a final
      // period is kept only after an abbreviated month ("Sept.").
      const trimmed = r.text.replace(/[\s,;:]+$/, '').replace(/(\d)\.$/, '$1');
      let end = ws + r.index + trimmed.length;
      // (No date runs across a line break: a headline's "until Friday" above a dateline's "September 18, 2008" is two. The
      // line after the break keeps the value; the weekday before it is the rules' own.)
      const lineBreak = text.lastIndexOf('\n', end - 1);
      if (lineBreak >= start) start = lineBreak + 1;
      const tags = r.tags();
      if (tags.has('parser/SlashDateFormatParser') && !s.isCertain('year')) continue; // "10/2" scores and ratios
      const hasDay = s.isCertain('day');
      const monthWord = MONTH_WORD.exec(r.text)?.[0] ?? '';
      if (!hasDay && !s.isCertain('year')) {
        // A bare month name: it must be written as a month ("May", not "may" or "Mar"), and the
        // ambiguous ones need a preposition ("in May", not "May said").
        if (!FULL_MONTH.test(monthWord)) continue;
        if (AMBIGUOUS_MONTH.test(monthWord) && !MONTH_CONTEXT.test(text.slice(Math.max(0, start - 20), start))) continue;
      } else if (/^[a-z]/.test(monthWord) && !/^\d/.test(r.text)) {
        continue; // "may 5" in lower case is rarely a date in edited news
      }
      let year = s.get('year') ?? refY;
      let explicit = s.isCertain('year');
      const month = s.get('month') ?? 1;
      // "December 20 last year", "June of this year": the year comes from a relative phrase after it.
      const after = explicit ? null : RELATIVE_YEAR_AFTER.exec(text.slice(end, end + 30));
      if (after) {
        const w = after[1]!.toLowerCase();
        year = refY + (w === 'next' || w === 'coming' ? 1 : w === 'this' ? 0 : -1);
        end += after[0].length;
      } else if (!explicit && !hasDay) {
        // "last August", "next March": the nearest such month strictly before / after the article's.
        const before = RELATIVE_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
        if (before) {
          const w = before[1]!.toLowerCase();
          if (w === 'last' || w === 'past') year = month < refM ? refY : refY - 1;
          else if (w === 'next') year = month > refM ? refY : refY + 1;
          else year = refY;
          start -= before[0].length;
        }
      }
      if (!explicit && !refParts) continue;
      if (after) explicit = false;
      const value = hasDay ? `${pad(year, 4)}-${pad(month)}-${pad(s.get('day') ?? 1)}` : `${pad(year, 4)}-${pad(month)}`;
      out.push({ start, end, value, explicit });
    }
  }
  return rangesInOrder(text, out);
}

// "between October and December", "from May 3 to May 9": two year-less dates joined as one range.
const RANGE_OPENER = new RegExp(String.raw`\b(?:${alternation(words.rangeOpeners)})\s+(?:early\s+|late\s+|mid-?)?$`, 'i');
const RANGE_JOINER = new RegExp(String.raw`^\s*(?:${alternation(words.rangeJoiners)})\s*(?:early\s+|late\s+|mid-?)?$`, 'i');

/**
 * The second of two year-less dates of one range ("heavy rain between October and December") takes
 * the first's year, or the next when it comes earlier in the calendar: each alone may be read to
 * different sides of the article date ("October" ahead, "December" a year back).
 */
function rangesInOrder(text: string, found: DateCandidate[]): DateCandidate[] {
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1]!, found[i]!];
    if (a.explicit || b.explicit || !RANGE_JOINER.test(text.slice(a.end, b.start)) || !RANGE_OPENER.test(text.slice(Math.max(0, a.start - 16), a.start))) continue;
    const year = Number(a.value.slice(0, 4)) + (b.value.slice(5) < a.value.slice(5) ? 1 : 0);
    b.value = `${pad(year, 4)}${b.value.slice(4)}`;
  }
  return found;
}
