// Corpus inputs (first step of a corpus build, before stage 1): what one article of a corpus is, and
// how a raw source — a .txt/.md file, an HTML page or one JSON Lines record — becomes one. Pure:
// the CLI reads the bytes and hands them here, so workers and tests share exactly the same logic.

import { InputError } from '../errors.js';
import { MONTHS3 } from '../lexicon/calendar.js';
import type { ArticleInput } from '../types.js';
import { readHtmlArticle } from './html.js';
import { parseCorpusLine } from './jsonl.js';
import { readTextArticle } from './text.js';

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

/** How to read a raw source. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'jsonl';

/** A source as the CLI hands it over: its name, its format and its raw text (one line for jsonl). */
export interface RawSource {
  /** Article id for text/markdown/html (the file name without extension); for jsonl the record's own id wins. */
  name: string;
  format: SourceFormat;
  raw: string;
  /** Where, for messages: "dir/a.html" or "corpus.jsonl". */
  source: string;
  /** 1-based line number within `source` (jsonl only). */
  line?: number;
}

/**
 * Reads a raw source into a corpus article.
 * @throws InputError (with the source and line) when the source holds no usable article: empty text,
 *   a JSON Lines record that is not JSON or has no text. Odd but usable text never throws.
 */
export function readSource(src: RawSource): CorpusArticle {
  switch (src.format) {
    case 'text':
    case 'markdown':
      return readTextArticle(src.raw, { id: src.name, source: src.source, markdown: src.format === 'markdown' });
    case 'html':
      return readHtmlArticle(src.raw, { id: src.name, source: src.source });
    case 'jsonl':
      return parseCorpusLine(src.raw, { source: src.source, line: src.line ?? 1 });
    default:
      throw new InputError(`readSource: unknown format "${String((src as RawSource).format)}"; use text, markdown, html or jsonl.`, { file: src.source });
  }
}

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

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
    const month = (name: string): number => MONTHS3.indexOf(name.slice(0, 3).toLowerCase()) + 1;
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
