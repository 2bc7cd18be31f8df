// Corpus inputs (first step of a corpus build, before stage 1): what one article of a corpus is, and
// how a raw source — a .txt/.md file, an HTML page or one JSON Lines record — becomes one. Pure:
// the CLI reads the bytes and hands them here, so workers and tests share exactly the same logic.

import { InputError } from '../errors.js';
import { readHtmlArticle } from './html.js';
import { parseCorpusLine } from './jsonl.js';
import { readTextArticle } from './text.js';
import type { CorpusArticle } from './values.js';

export type { CorpusArticle } from './values.js';
export { cleanValue, normaliseDate } from './values.js';

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
