// Query layer: dates at the precision the text gives (2023, 2023-01, 2023-01-31, 2023-W05) as day
// intervals, so a date-range filter keeps "January 2023" for a range that starts on January 15.
// Days are ISO strings YYYY-MM-DD; for four-digit years their string order is their time order.

/** First and last day (inclusive) of a date at any precision; null for a form it cannot read. */
export function dateInterval(value: string): [string, string] | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return [`${value}-01`, `${value}-${pad(daysInMonth(Number(m[1]), month))}`];
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    return [value, value];
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    if (w < 1 || w > 53) return null;
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(y, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (w - 1) * 7 * DAY;
    return [iso(monday), iso(monday + 6 * DAY)];
  }
  return null;
}

/** True when the intervals [a0, a1] and [b0, b1] share a day. */
export function overlaps(a: [string, string], from: string | null, to: string | null): boolean {
  return (from === null || a[1] >= from) && (to === null || a[0] <= to);
}

const DAY = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
