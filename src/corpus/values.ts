// Corpus inputs (before stage 1): what one article of a corpus is, and the metadata value cleaning
// (dates, quoted values) that the text, HTML and JSON Lines readers share. Pure; imports nothing
// from the readers, so article.ts can dispatch to them without an import cycle.

import type { ArticleInput } from '../types.js';

/** One article of a corpus: the pipeline's input plus what the source says about it. */
export interface CorpusArticle extends ArticleInput {
  published: string | null;
  title: string | null;
  url: string | null;
  /** Byline ("By Jane Doe", author:, <meta name="author">); null when the source has none. */
  author: string | null;
  /** Where it came from, for messages: a file name, or "corpus.jsonl:12". */
  source: string;
}

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Normalises a publication date as sources write it ("2023-01-31T10:00Z", "January 31, 2023",
 * "31 Jan 2023", "2023/01/31") to YYYY-MM-DD; null when it is not a valid calendar date.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  let y: number, m: number, d: number;
  const iso = ISO_PREFIX.exec(v.replace(/\//g, '-'));
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const mdy = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(v);
    const dmy = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/.exec(v);
    const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
    if (mdy && month(mdy[1]!) > 0) [y, m, d] = [Number(mdy[3]), month(mdy[1]!), Number(mdy[2])];
    else if (dmy && month(dmy[2]!) > 0) [y, m, d] = [Number(dmy[3]), month(dmy[2]!), Number(dmy[1])];
    else return null;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Trims a metadata value and drops surrounding quotes; empty becomes null. */
export function cleanValue(value: string | null | undefined): string | null {
  if (value == null) return null;
  const v = value.trim().replace(/^(["'])(.*)\1$/s, '$2').trim();
  return v ? v : null;
}
