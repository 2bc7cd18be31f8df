// Stage 2's calendar words as regular-expression alternations and day/month numbers, built once at
// load from the one calendar table (data/lexicon/calendar.json through src/lexicon/calendar.ts), for
// the dates step (dates.ts, dates/*) and the entities step's month filter ("Jan 31" is no person).
// Case is part of each pattern's meaning: each constant says how it is written.

import { AMBIGUOUS_MONTHS, DAY_PARTS, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, MONTHS3, RELATIVE_DAYS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation } from '../lexicon/calendar.js';

/** "monday" → "Monday". */
const capitalise = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** Weekday names, Monday first, as the table lists them. */
const WEEKDAY_LIST: readonly string[] = [...WEEKDAYS];
const WEEKDAY3: readonly string[] = WEEKDAY_LIST.map((w) => w.slice(0, 3));

/** Full month names, capitalised: "January|…|December". */
export const MONTH_NAMES_CAPITALISED = alternation(MONTHS.map(capitalise));
/** Full month names in capitals, except those that are also abbreviations ("MAY"): "JANUARY|…". */
export const MONTH_NAMES_UPPER_UNABBREVIATED = alternation(MONTHS.filter((m) => !MONTH_ABBREVIATIONS.has(m)).map((m) => m.toUpperCase()));
/** Month abbreviations capitalised, except those that are full names ("May"), and all of them in capitals: "Jan|…|Sept|…|JAN|…|MAY|…". */
export const MONTH_ABBREVIATIONS_CAPITALISED_OR_UPPER = alternation([
  ...[...MONTH_ABBREVIATIONS].filter((a) => !MONTH_NAMES.has(a)).map(capitalise),
  ...[...MONTH_ABBREVIATIONS].map((a) => a.toUpperCase()),
]);
/** Month names and abbreviations, capitalised: "January|…|Jan|…|Sept". */
export const MONTH_WORDS_CAPITALISED = alternation([...MONTHS, ...MONTH_ABBREVIATIONS].map(capitalise));
/** The twelve three-letter month stems, lower case (match them case-insensitively or capitalise): "jan|…|dec". */
export const MONTH_STEMS = alternation(MONTHS3);
/** The twelve three-letter month stems, capitalised: "Jan|…|Dec". */
export const MONTH_STEMS_CAPITALISED = alternation(MONTHS3.map(capitalise));
/** Month names that are also common words or first names, capitalised: "March|April|May|June|August". */
export const AMBIGUOUS_MONTHS_CAPITALISED = alternation([...AMBIGUOUS_MONTHS].map(capitalise));

/** Weekday names, capitalised: "Monday|…|Sunday". */
export const WEEKDAY_NAMES_CAPITALISED = alternation(WEEKDAY_LIST.map(capitalise));
/**
 * What may open a weekday in a dateline before "day" (optional): the names without "day" ("Tues",
 * "Wednes", "Satur") and the abbreviations, lower case; "Thur" left out, as the dateline pattern
 * has always read it.
 */
export const WEEKDAY_STEMS = alternation([...WEEKDAY_LIST.map((w) => w.replace(/day$/, '')), ...[...WEEKDAY_ABBREVIATIONS].filter((a) => a !== 'thur')]);
/** Days named relative to today, lower case: "yesterday|tomorrow|tonight|today". */
export const RELATIVE_DAY_WORDS = alternation(RELATIVE_DAYS);
/** Parts of a day, lower case: "afternoon|morning|evening|night". */
export const DAY_PART_WORDS = alternation(DAY_PARTS);

/** The month (1–12) of a word's first three letters, any case ("Sept" → 9, "Marchxyz" → 3), or 0. */
export function monthOfStem(word: string): number {
  return MONTHS3.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** The weekday (0 = Sunday … 6 = Saturday) of a word's first three letters, any case ("Tues" → 2), or -1. */
export function weekdayOfStem(word: string): number {
  const i = WEEKDAY3.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? -1 : (i + 1) % 7;
}
