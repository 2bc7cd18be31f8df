// Calendar arithmetic for the dates step of stage 2 (2-mentions/dates.ts): plain UTC day numbers,
// ISO weeks and TIMEX3-style value strings. Kept free of Date time zones so that a date resolved
// relative to the article date never shifts by a day on a machine in another zone.

/** A calendar day as a count of days since 1970-01-01 (UTC). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** Days since the epoch for a Gregorian year, month (1–12) and day. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Parses YYYY-MM-DD (anything after the tenth character is ignored); null when it is not a real date. */
export function parseIsoDay(value: string | null | undefined): DayNumber | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const n = dayNumber(y, mo, d);
  return ymd(n).day === d ? n : null;
}

/** Year, month (1–12), day and weekday (0 = Sunday) of a day number. */
export function ymd(n: DayNumber): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2023-01-31". */
export function isoDay(n: DayNumber): string {
  const { year, month, day } = ymd(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** "2023-01" for a year and a month that may run outside 1–12 (month 0 is December of the year before). */
export function isoMonth(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week of a day: "2023-W05" (the week belongs to the year that holds its Thursday). */
export function isoWeek(n: DayNumber): string {
  const { weekday } = ymd(n);
  const thursday = n - ((weekday + 6) % 7) + 3;
  const year = ymd(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The Monday that opens an ISO week value ("2023-W05", "2023-W05-WE" too), or null when the value is no week. */
export function isoWeekStart(value: string): DayNumber | null {
  const m = /^(\d{4})-W(\d{2})/.exec(value);
  if (!m) return null;
  const jan4 = dayNumber(Number(m[1]), 1, 4);
  return jan4 - ((ymd(jan4).weekday + 6) % 7) + 7 * (Number(m[2]) - 1);
}
