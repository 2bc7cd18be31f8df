// Corpus inputs: plain-text and Markdown articles. Metadata comes from YAML-style front matter
// (--- title: … ---) or from header lines at the top ("Title:", "Date:", "By …", "URL:"), which are
// taken out of the text so the pipeline does not read them as news. Pure; used by readSource.

import { InputError } from '../errors.js';
import { cleanValue, normaliseDate, type CorpusArticle } from './values.js';

/** Options of readTextArticle. */
export interface TextArticleOptions {
  /** Article id (the file name without extension). */
  id: string;
  /** Where, for messages. Default: the id. */
  source?: string;
  /** Drop Markdown markup (headings, emphasis, links, images, code fences); a leading "# Heading" becomes the title. */
  markdown?: boolean;
}

type Meta = { title?: string; date?: string; url?: string; author?: string };

// Front-matter and header keys → metadata field.
const KEYS: Readonly<Record<string, keyof Meta>> = {
  title: 'title',
  headline: 'title',
  date: 'date',
  published: 'date',
  'published-at': 'date',
  published_at: 'date',
  dateline: 'date',
  url: 'url',
  link: 'url',
  source: 'url',
  canonical: 'url',
  author: 'author',
  authors: 'author',
  by: 'author',
  byline: 'author',
};

// A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE | AP". Every word of the
// name is capitalised (or a name particle), which keeps "By the end of the year, …" in the text.
const BYLINE =
  /^by[:\s]\s*((?:[A-Z][\p{L}.'’-]*)(?:\s+(?:[A-Z][\p{L}.'’-]*|and|&|de|da|van|von|der|den|la|le|bin|al|el|del|di|du))*)\s*(?:[,|•·–—-]\s*([^.!?]*))?$/iu;
const HEADER = /^([A-Za-z][A-Za-z_-]{0,14})\s*:\s*(.+)$/;

/**
 * Reads a .txt or .md article with its metadata.
 * @throws InputError when no text is left once the metadata is taken out
 */
export function readTextArticle(raw: string, options: TextArticleOptions): CorpusArticle {
  const source = options.source ?? options.id;
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, '\n');
  const meta: Meta = {};

  const fm = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (fm) {
    for (const line of fm[1]!.split('\n')) {
      const m = HEADER.exec(line.trim());
      const field = m ? KEYS[m[1]!.toLowerCase()] : undefined;
      if (m && field && meta[field] === undefined) meta[field] = cleanValue(m[2]) ?? undefined;
    }
    text = text.slice(fm[0].length);
  }

  if (options.markdown) text = stripMarkdown(text, meta);
  text = takeHeaderLines(text, meta);

  if (!text.trim()) throw new InputError(`${source}: the article has no text once its metadata is read; give the article body after the header lines.`, { file: source });
  return {
    id: options.id,
    text,
    title: cleanValue(meta.title),
    published: normaliseDate(meta.date),
    url: cleanValue(meta.url),
    author: cleanValue(meta.author),
    source,
  };
}

// Takes "Key: value" and "By …" lines from the top of the text (blank lines between them allowed),
// stopping at the first line that is neither. Only known keys count, so "Moscow: Russia said" stays.
function takeHeaderLines(text: string, meta: Meta): string {
  let pos = 0;
  let taken = false;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl).trim();
    const next = nl < 0 ? text.length : nl + 1;
    if (!line) {
      if (nl < 0) break;
      pos = next;
      continue;
    }
    const h = HEADER.exec(line);
    const field = h ? KEYS[h[1]!.toLowerCase()] : undefined;
    // "Source: Reuters" is not a URL: a url field must look like one.
    if (h && field && (field !== 'url' || /^(?:https?:\/\/|www\.)\S+$/i.test(h[2]!.trim()))) {
      if (meta[field] === undefined) meta[field] = h[2]!.trim();
    } else {
      const by = line.split(/\s+/).length <= 14 ? BYLINE.exec(line) : null;
      if (!by) break;
      if (meta.author === undefined) meta.author = by[1]!.trim();
    }
    taken = true;
    pos = next;
    if (nl < 0) break;
  }
  return taken ? text.slice(pos) : text;
}

// Markdown → plain text, line by line so paragraphs stay paragraphs. The first "# Heading" (before
// any body text) is the title when the front matter gave none, and leaves the text.
function stripMarkdown(text: string, meta: Meta): string {
  const out: string[] = [];
  let fence = false;
  let seenBody = false;
  for (const rawLine of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(rawLine);
    let line = heading ? heading[1]! : rawLine;
    if (heading && !seenBody && meta.title === undefined && /^\s{0,3}#\s/.test(rawLine)) {
      meta.title = inline(line);
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) line = ''; // thematic break
    line = line.replace(/^\s{0,3}>\s?/, ''); // block quote marker
    line = inline(line);
    if (line.trim() && !HEADER.test(line.trim())) seenBody = true;
    out.push(line);
  }
  return out.join('\n');
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images → alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links → their text
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // inline HTML tags
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
