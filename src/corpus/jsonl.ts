// Corpus inputs: one JSON Lines record → one article. A record is {id, text, published, url, title}
// (author optional; extra keys such as gold annotations are ignored). The CLI streams the lines,
// so a corpus is never held in memory whole. Pure.

import { InputError } from '../errors.js';
import { cleanValue, normaliseDate, type CorpusArticle } from './values.js';

/** Where a line comes from, for ids of records without one and for messages. */
export interface LineContext {
  /** The corpus file name ("corpus.jsonl"), or "stdin". */
  source: string;
  /** 1-based line number. */
  line: number;
}

/**
 * Parses one JSON Lines record. A record without an id gets "<source>:<line>" (stable for a given
 * file); `published` may be any date form normaliseDate reads.
 * @throws InputError naming the file and line when the line is not a JSON object or has no text
 */
export function parseCorpusLine(line: string, where: LineContext): CorpusArticle {
  const at = `${where.source}:${where.line}`;
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    throw new InputError(`${at}: not JSON (${(e as Error).message}); each line must be one {"id","text",…} object.`, { file: where.source, line: where.line });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${at}: expected a JSON object {"id","text",…}, got ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}.`, { file: where.source, line: where.line });
  }
  const r = data as Record<string, unknown>;
  const text = typeof r.text === 'string' ? r.text : typeof r.body === 'string' ? r.body : null;
  if (text === null || !text.trim()) {
    throw new InputError(`${at}: the record has no "text" (a non-empty string); add the article body.`, { file: where.source, line: where.line });
  }
  const id = typeof r.id === 'string' && r.id.trim() ? r.id.trim() : typeof r.id === 'number' ? String(r.id) : at;
  const str = (v: unknown): string | null => (typeof v === 'string' ? cleanValue(v) : null);
  return {
    id,
    text,
    published: normaliseDate(str(r.published) ?? str(r.date)),
    title: str(r.title),
    url: str(r.url),
    author: str(r.author) ?? (Array.isArray(r.authors) ? str(r.authors[0]) : null),
    source: at,
  };
}
