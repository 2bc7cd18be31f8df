// The calendar words (data/lexicon/calendar.json): month and weekday names and abbreviations,
// relative days and time nouns, as lower-case sets. The one calendar table of the code base:
// stage 2 (dates, names), stage 3 (time words around cues) and the corpus reader use it.

import calendar from '../../data/lexicon/calendar.json' with { type: 'json' };

/** Full month names, January first (index = month − 1). */
export const MONTHS: readonly string[] = calendar.months;
/** Three-letter month abbreviations, January first (index = month − 1). */
export const MONTHS3: readonly string[] = calendar.months.map((m) => m.slice(0, 3));
export const MONTH_NAMES: ReadonlySet<string> = new Set(calendar.months);
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(calendar.monthAbbreviations);
export const WEEKDAYS: ReadonlySet<string> = new Set(calendar.weekdays);
export const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(calendar.weekdayAbbreviations);
export const RELATIVE_DAYS: ReadonlySet<string> = new Set(calendar.relativeDays);
export const TIME_NOUNS: ReadonlySet<string> = new Set(calendar.timeNouns);

/** The month (1–12) a name or abbreviation stands for ("Sept." → 9), or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (MONTH_NAMES.has(w) || MONTH_ABBREVIATIONS.has(w)) return MONTHS3.indexOf(w.slice(0, 3)) + 1;
  return 0;
}

/** A regular-expression alternation of words (longest first, so "Sept" is tried before "Sep"), for patterns built from the table. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** Parts of a day that may follow a day word ("Tuesday morning", "last night"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(calendar.dayParts);
/** Month names that are also common words or first names ("May", "April"): alone they need a preposition before them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(calendar.ambiguousMonths);
