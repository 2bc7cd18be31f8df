// Stage 2 (2-mentions), dates step: the article's own date (metadata, else inferred from the text)
// and every date expression of the text with its TIMEX3-style ISO value at the precision the text
// gives. Relative words go through rules.ts, calendar dates through chrono (chrono-dates.ts), run
// only on windows a cheap prefilter picks; overlapping finds are settled here, longest first.

import type { DateMention } from '../types.js';
import { MONTH_ABBREVIATIONS_CAPITALISED_OR_UPPER, MONTH_NAMES_CAPITALISED, MONTH_NAMES_UPPER_UNABBREVIATED, MONTH_STEMS, WEEKDAY_STEMS, monthOfStem, weekdayOfStem } from './calendar-words.js';
import { dayNumber, isoDay, parseIsoDay, ymd } from './dates/calendar.js';
import { chronoDates, type DateCandidate } from './dates/chrono-dates.js';
import { ruleDates } from './dates/rules.js';
import { sentenceStart } from './dates/tense.js';
import words from '../../data/lexicon/date-words.json' with { type: 'json' };

export { pastYearRefiner } from './dates/chrono-dates.js';

// Where chrono may find a calendar date: a capitalised month name (abbreviations only before a
// number), an ISO date or a slash date. Everything else is left to the cheap rules.
const CHRONO_TRIGGER = new RegExp(
  String.raw`\b(?:(?:${MONTH_NAMES_CAPITALISED})\b|(?:${MONTH_ABBREVIATIONS_CAPITALISED_OR_UPPER})\b\.?(?=\s*\d)|(?:${MONTH_NAMES_UPPER_UNABBREVIATED})\b|\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}\/\d{1,2}\/\d{2,4}\b)`,
  'g',
);

// "Tuesday, January 31" / "on Tuesday, Jan. 31" with no year after it: a dateline without a year.
const WEEKDAY_MONTH_DAY = new RegExp(String.raw`\b(${WEEKDAY_STEMS})(?:day)?\.?,?\s+(${MONTH_STEMS})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{4})`, 'i');

/** How far into the text a dateline with a full date may sit. */
const HEAD = 400;

/** Windows [start, end) around each prefilter hit, widened to whole words and merged when they touch. */
function chronoWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  CHRONO_TRIGGER.lastIndex = 0;
  for (let m = CHRONO_TRIGGER.exec(text); m !== null; m = CHRONO_TRIGGER.exec(text)) {
    let s = Math.max(0, m.index - 24);
    let e = Math.min(text.length, m.index + m[0].length + 24);
    while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
    while (e < text.length && !/\s/.test(text[e]!)) e++;
    const last = windows[windows.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else windows.push([s, e]);
  }
  return windows;
}

/** Keeps the longest of overlapping candidates (then the earliest), in text order. */
function settle(text: string, candidates: DateCandidate[]): DateMention[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateCandidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), value: c.value }));
}

// "ending the day at 8,017", "later in the day", "that day", "on the same day": a day named before.
// Not "the day before/after/of/when …" (anchored elsewhere) nor "one day", "every day", "per day".
const DAY_ANAPHOR = /\b(?:(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|for|in|during|throughout|rest of|start of|remainder of)\s+the\s+day|(?:that|the\s+same)\s+day)\b(?!\s+(?:before|after|of|when|that|which|to|in\s+which|on\s+which)\b|-)/gi;

/**
 * Anaphoric days ("the day", "that day", "the same day"): the last day-precise date before them in
 * the text, else the article date. Added only where no other date covers the words.
 */
function anaphoricDays(text: string, found: DateMention[], ref: string): DateMention[] {
  const extra: DateMention[] = [];
  for (const m of text.matchAll(DAY_ANAPHOR)) {
    const at = m[0].search(/(?:that|the)\s+(?:same\s+)?day$/i);
    const start = m.index + at;
    const end = m.index + m[0].length;
    if (found.some((d) => d.start < end && start < d.end)) continue;
    let value = ref;
    for (const d of found) if (d.end <= start && /^\d{4}-\d\d-\d\d$/.test(d.value)) value = d.value;
    extra.push({ start, end, text: text.slice(start, end), value });
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}

/** YYYY-MM-DD from a metadata value that may carry a time ("1998-02-13T14:26:00"); null when unusable. */
function normalisePublished(published: string | null): string | null {
  const n = parseIsoDay(published);
  return n === null ? null : isoDay(n);
}

/**
 * The article's own date: `published` when given, else inferred from the text: a weekday with a
 * month and day but no year ("Tuesday, January 31") → the latest year, not after `today`, in which
 * that day is that weekday; else the first full date near the top (a dateline such as
 * "March 01, 2008"). Never later than `today`.
 * @param text - article text
 * @param published - YYYY-MM-DD from metadata (a time after it is ignored), or null
 * @param today - YYYY-MM-DD; an inferred date is never later
 */
export function inferArticleDate(
  text: string,
  published: string | null,
  today: string,
): { date: string | null; source: 'metadata' | 'inferred' | 'none' } {
  const fromMetadata = normalisePublished(published);
  if (fromMetadata) return { date: fromMetadata, source: 'metadata' };
  const todayN = parseIsoDay(today) ?? Math.floor(Date.now() / 86_400_000);
  try {
    const wmd = WEEKDAY_MONTH_DAY.exec(text.slice(0, 20_000));
    if (wmd) {
      const weekday = weekdayOfStem(wmd[1]!);
      const month = monthOfStem(wmd[2]!);
      const day = Number(wmd[3]);
      for (let y = ymd(todayN).year; y > ymd(todayN).year - 60 && day <= 31; y--) {
        const n = dayNumber(y, month, day);
        if (ymd(n).day !== day || n > todayN) continue;
        if (ymd(n).weekday === weekday) return { date: isoDay(n), source: 'inferred' };
      }
    }
    const head = text.slice(0, HEAD);
    const full = [...chronoDates(head, chronoWindows(head), null), ...ruleDates(head, null)]
      .filter((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.value))
      .sort((a, b) => a.start - b.start);
    for (const c of full) {
      const n = parseIsoDay(c.value);
      if (n !== null && n <= todayN) return { date: c.value, source: 'inferred' };
    }
  } catch {
    // messy text never throws: fall through to "unknown"
  }
  return { date: null, source: 'none' };
}

/**
 * Every date expression in the text with its ISO value (TIMEX3 style, at the precision the text
 * gives: 2023-01-31, 2022-09, 2022, 2022-W05, 2022-Q3, 199 for "the 1990s"), resolved relative to
 * the article date. Year-less dates resolve into the past of the article date unless their sentence
 * is future-tense. Durations, sets and times of day alone are not dates. With no article date, only
 * dates the text fixes by itself (explicit years) are returned.
 * @param text - article text
 * @param articleDate - YYYY-MM-DD or null
 */
export function findDates(text: string, articleDate: string | null): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ref = normalisePublished(articleDate);
  try {
    const found = datesFrom(text, ref);
    // A wire dateline's own day a few days before the article's is the writer's "today".
    const day = ref === null ? null : datelineDay(text, found, ref);
    return day === null ? found : datesFrom(text, day);
  } catch {
    return []; // never throw on messy text
  }
}

function datesFrom(text: string, ref: string | null): DateMention[] {
  const candidates = [...chronoDates(text, chronoWindows(text), ref), ...ruleDates(text, ref)];
  const found = settle(text, ref === null ? candidates.filter((c) => c.explicit) : candidates);
  return ref === null ? found : anaphoricDays(text, frontedYearAnchors(text, found, ref), ref);
}

/** A relative year ("next year", "last year's") and the shift its word gives. */
const RELATIVE_YEAR = /^(\w+(?: \w+)?)\s+year$/i;
const SHIFTS: Readonly<Record<string, number>> = words.shifts;
/** "In 2019, …", "In March 2025, …", "Back in 2016, …": a date that opens its sentence, then a comma. */
const FRONTING = /^\s*["“]?(?:back\s+)?(?:in|during|by)\s+(?:early\s+|late\s+|mid-?)?$/i;

/**
 * "In 2019, she said the company would double its sales next year.": a relative year in a sentence
 * that a year or month before the article's year opens is counted from that year (2020), not from
 * the article's — the sentence tells that time. Other sentences keep the article's year.
 */
function frontedYearAnchors(text: string, found: DateMention[], ref: string): DateMention[] {
  const refYear = Number(ref.slice(0, 4));
  return found.map((d) => {
    const shift = SHIFTS[RELATIVE_YEAR.exec(d.text)?.[1]?.toLowerCase() ?? ''];
    if (shift === undefined) return d;
    const s0 = sentenceStart(text, d.start);
    const opener = found.find((f) => f.start >= s0 && f.end <= d.start && FRONTING.test(text.slice(s0, f.start)) && /^\s*,/.test(text.slice(f.end, f.end + 2)));
    const year = opener && /^\d{4}(-\d{2})?$/.test(opener.value) ? Number(opener.value.slice(0, 4)) : null;
    return year !== null && year < refYear ? { ...d, value: String(year + shift) } : d;
  });
}

// A dateline's place at a line's start, in capitals or in title case (one to three words), then a comma
// ("KUALA LUMPUR, ", "Port Dunmore, "), before its date; after the date, an agency in parentheses or a
// dash ("(Bernama) --", " —"), TASS's ". /TASS/.", or an agency and the lead's capital ("(PTI) The").
const DATELINE_BEFORE_DATE = /(?:^|\n)[ \t]*(?:\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}),[ \t]*$/u;
const DATELINE_AFTER_DATE = /^[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:--?|[—–])|^\.[ \t]*\/[^/\n]{1,20}\/\.?|^[ \t]*\([^)\n]{1,30}\)[ \t]+\p{Lu}/u;
/** How many days before the article's date a dateline's own date may be: a wire story published a day or two later. */
const DATELINE_LAG_DAYS = 3;

/**
 * "KUALA LUMPUR, Nov 26 (Bernama) -- … said today", published the 27th: the day a wire dateline
 * gives, when it is a few days before the article's date, or null.
 */
export function datelineDay(text: string, found: readonly DateMention[], ref: string): string | null {
  const refN = parseIsoDay(ref);
  const first = found[0];
  if (refN === null || !first || first.start > HEAD || !/^\d{4}-\d{2}-\d{2}$/.test(first.value)) return null;
  const n = parseIsoDay(first.value);
  if (n === null || n >= refN || n < refN - DATELINE_LAG_DAYS) return null;
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  return DATELINE_BEFORE_DATE.test(before) && DATELINE_AFTER_DATE.test(text.slice(first.end, first.end + 40)) ? first.value : null;
}
