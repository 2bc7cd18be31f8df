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
