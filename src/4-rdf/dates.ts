// Stage 4 (RDF): ISO date strings from stages 2–3 → typed XSD literals.
// "YYYY-MM-DD" → xsd:date, "YYYY-MM" → xsd:gYearMonth, "YYYY" → xsd:gYear. Other forms (weeks
// "2022-W05", decades, impossible dates like "2023-02-30") have no XSD type: the writer keeps them as
// a plain string on ng:dateText instead, so nothing is lost and ng:date stays valid for SPARQL.

import { XSD } from './namespaces.js';

/** An XSD datatype IRI that ng:date may carry. */
export type DateDatatype = typeof XSD.date | typeof XSD.gYearMonth | typeof XSD.gYear;

/**
 * Gives the XSD datatype for an ISO date at day, month or year precision, or null when the string
 * is not one of those three forms or names a day that does not exist.
 * @example xsdDateType('2022-02') // 'http://www.w3.org/2001/XMLSchema#gYearMonth'
 */
export function xsdDateType(value: string): DateDatatype | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return XSD.gYear;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return XSD.gYearMonth;
  const day = Number(m[3]);
  // Day 0 of the next month is the last day of this one (UTC, so no time-zone shifts; setUTCFullYear
  // because Date.UTC reads years 0–99 as 1900–1999).
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  const lastDay = d.getUTCDate();
  return day >= 1 && day <= lastDay ? XSD.date : null;
}

/**
 * The first day (YYYY-MM-DD) of the period a date value of the pipeline names, or null for a value
 * it does not know. Besides the three XSD forms, the pipeline writes TimeML-style values (kept on
 * ng:dateText, documented there): ISO weeks "2016-W38", their weekends "2016-W38-WE", seasons
 * "2016-SP|SU|FA|WI" (winter may mean the year's first months: its period starts on 1 January), quarters
 * "2016-Q3", halves "2016-H1", decades "197" (the 1970s), centuries "19" (the 1900s), and
 * impossible days "2023-02-30" (their month).
 */
export function periodStart(value: string): string | null {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return xsdDateType(value) === XSD.date ? value : `${m[1]}-${m[2]}-01`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${value}-01`;
  if ((m = /^(\d{4})$/.exec(value))) return `${value}-01-01`;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    // ISO week 1 holds 4 January; weeks start on Monday (the weekend on Saturday, 5 days later).
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    const day = new Date(monday1 + ((Number(m[2]) - 1) * 7 + (m[3] ? 5 : 0)) * 86_400_000);
    return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${m[1]}-${({ SP: '03', SU: '06', FA: '09', WI: '01' } as const)[m[2] as 'SP']}-01`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `${m[1]}-${pad((Number(m[2]) - 1) * 3 + 1)}-01`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
  if ((m = /^(\d{3})$/.exec(value))) return `${m[1]}0-01-01`;
  if ((m = /^(\d{2})$/.exec(value))) return `${m[1]}00-01-01`;
  return null;
}
