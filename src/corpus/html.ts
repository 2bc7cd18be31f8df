// Corpus inputs: HTML pages → the main article text and its metadata, with htmlparser2 (a small,
// maintained, forgiving parser; ≈10x faster than @mozilla/readability on linkedom, see docs/corpus.md).
// Scripts, styles, navigation, asides, footers, forms and boilerplate blocks (share, related, cookie…)
// are dropped; paragraphs stay separated by blank lines, which stage 1 relies on. Pure.

import { parseDocument } from 'htmlparser2';
import { InputError } from '../errors.js';
import { cleanValue, normaliseDate, type CorpusArticle } from './values.js';

/** Options of readHtmlArticle. */
export interface HtmlArticleOptions {
  /** Article id (the file name without extension). */
  id: string;
  /** Where, for messages. Default: the id. */
  source?: string;
}

// The parts of htmlparser2's DOM (domhandler) that are read here.
type Node = { type: string; name?: string; attribs?: Record<string, string>; children?: Node[]; data?: string };

const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe',
  'svg', 'figure', 'figcaption', 'select', 'textarea', 'input', 'label', 'object', 'embed', 'video', 'audio',
  'canvas', 'map', 'head', 'title', 'meta', 'link', 'dialog', 'menu',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote',
  'pre', 'table', 'tr', 'dd', 'dt', 'dl', 'hr', 'br', 'address', 'center', 'body',
]);
// class/id words of blocks that are not the story.
const BOILERPLATE =
  /(?:^|[-_\s])(?:comments?|share|sharing|social|related|recommended|promo|advert(?:isement)?|ads?|sponsored|sidebar|newsletter|cookies?|consent|subscribe|subscription|paywall|footer|nav|navigation|menu|breadcrumbs?|byline|author-bio|caption|tags|tag-list|more-stories|read-more|outbrain|taboola|popup|modal|skip-link|visually-hidden|sr-only)(?:$|[-_\s])/i;

/**
 * Reads an HTML page into an article: main text, title, date, URL and author.
 * @throws InputError when the page holds no article text
 */
export function readHtmlArticle(html: string, options: HtmlArticleOptions): CorpusArticle {
  const source = options.source ?? options.id;
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as Node;
  const meta = readMeta(doc);
  const root = mainRoot(doc);
  const byline = meta.author ?? findByline(root);
  const text = blocksOf(root).join('\n\n');
  if (!text.trim()) throw new InputError(`${source}: no article text found in the HTML page; give a page with paragraphs of text.`, { file: source });
  return {
    id: options.id,
    text,
    title: cleanValue(meta.title ?? textOf(firstByName(root, 'h1')) ?? meta.docTitle),
    published: normaliseDate(meta.date),
    url: cleanValue(meta.url),
    author: cleanValue(byline),
    source,
  };
}

type HtmlMeta = { title?: string; docTitle?: string; date?: string; url?: string; author?: string };

// <meta>, <link rel=canonical>, <time>, JSON-LD and itemprop metadata, first match winning in the
// order a news page is most trustworthy: explicit article metadata before generic page metadata.
function readMeta(doc: Node): HtmlMeta {
  const found: Record<string, string> = {};
  const set = (key: string, value: string | undefined): void => {
    if (value && value.trim() && found[key] === undefined) found[key] = value.trim();
  };
  walk(doc, (n) => {
    const a = n.attribs ?? {};
    switch (n.name) {
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
        const content = a.content;
        if (key === 'og:title' || key === 'twitter:title') set('title', content);
        else if (['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.date', 'parsely-pub-date', 'sailthru.date', 'og:published_time'].includes(key)) set('date', content);
        else if (key === 'og:url') set('ogUrl', content);
        else if (key === 'author' || key === 'article:author' || key === 'parsely-author' || key === 'dc.creator') {
          if (content && !/^https?:/i.test(content)) set('author', content);
        }
        break;
      }
      case 'link':
        if ((a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical')) set('url', a.href);
        break;
      case 'title':
        set('docTitle', textOf(n) ?? undefined);
        break;
      case 'time':
        set('time', a.datetime);
        break;
      case 'script':
        if ((a.type ?? '').toLowerCase() === 'application/ld+json') readJsonLd(textOf(n, true) ?? '', set);
        break;
      default:
        if (a.itemprop === 'datePublished') set('date', a.content ?? a.datetime);
        if (a.itemprop === 'author' || (a.rel ?? '').toLowerCase() === 'author') set('author', textOf(n) ?? undefined);
    }
    return true;
  });
  return {
    ...(found.title !== undefined ? { title: found.title } : {}),
    ...(found.docTitle !== undefined ? { docTitle: found.docTitle } : {}),
    ...(found.date ?? found.time ? { date: (found.date ?? found.time)! } : {}),
    ...(found.url ?? found.ogUrl ? { url: (found.url ?? found.ogUrl)! } : {}),
    ...(found.author !== undefined ? { author: found.author } : {}),
  };
}

function readJsonLd(json: string, set: (key: string, value: string | undefined) => void): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return; // broken JSON-LD is common on the web; the other metadata still counts
  }
  const items: unknown[] = Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph']) ?? [])];
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const o = item as Record<string, unknown>;
    if (!/Article|Posting|Report/i.test(String(o['@type'] ?? ''))) continue;
    if (typeof o.headline === 'string') set('title', o.headline);
    if (typeof o.datePublished === 'string') set('date', o.datePublished);
    if (typeof o.url === 'string') set('url', o.url);
    const author = Array.isArray(o.author) ? o.author[0] : o.author;
    if (typeof author === 'string') set('author', author);
    else if (author && typeof author === 'object' && typeof (author as { name?: unknown }).name === 'string') set('author', (author as { name: string }).name);
  }
}

// The element that holds the story: itemprop=articleBody, else the <article> with most paragraph
// text, else the container whose <p> children hold most text (a readability-style score).
function mainRoot(doc: Node): Node {
  let body: Node | null = null;
  const articles: Node[] = [];
  walk(doc, (n) => {
    if (n.attribs?.itemprop === 'articleBody') articles.unshift(n);
    else if (n.name === 'article') articles.push(n);
    if (n.name === 'body' && !body) body = n;
    return !DROP.has(n.name ?? '');
  });
  if (articles.length) {
    if (articles[0]!.attribs?.itemprop === 'articleBody') return articles[0]!;
    return articles.reduce((best, a) => (paragraphText(a) > paragraphText(best) ? a : best));
  }
  const scores = new Map<Node, number>();
  const visit = (n: Node, parents: Node[]): void => {
    if (n.type !== 'tag' && n.type !== 'root') return;
    if (n.name && (DROP.has(n.name) || isBoilerplate(n))) return;
    if (n.name === 'p') {
      const len = (textOf(n) ?? '').length;
      if (len >= 25) {
        const [parent, grand] = [parents[parents.length - 1], parents[parents.length - 2]];
        if (parent) scores.set(parent, (scores.get(parent) ?? 0) + len);
        if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
      }
      return;
    }
    for (const c of n.children ?? []) visit(c, [...parents, n]);
  };
  visit(doc, []);
  let best: Node | null = null;
  let bestScore = 0;
  for (const [n, s] of scores) if (s > bestScore) [best, bestScore] = [n, s];
  return best ?? body ?? doc;
}

function paragraphText(root: Node): number {
  let len = 0;
  walk(root, (n) => {
    if (n.name === 'p') len += (textOf(n) ?? '').length;
    return !DROP.has(n.name ?? '') && !isBoilerplate(n);
  });
  return len;
}

function isBoilerplate(n: Node): boolean {
  const a = n.attribs;
  if (!a) return false;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(a.style ?? '')) return true;
  const words = `${a.class ?? ''} ${a.id ?? ''} ${a.role === 'navigation' || a.role === 'complementary' ? 'nav' : ''}`;
  return BOILERPLATE.test(words);
}

function findByline(root: Node): string | undefined {
  let out: string | undefined;
  walk(root, (n) => {
    if (out) return false;
    const cls = `${n.attribs?.class ?? ''} ${n.attribs?.id ?? ''}`;
    if (/(?:^|[-_\s])(?:byline|author)(?:$|[-_\s])/i.test(cls)) {
      const t = textOf(n);
      const m = t ? /^(?:by\s+)?([^·|•\n]+?)(?:\s*[·|•,]|$)/i.exec(t) : null;
      if (m && m[1]!.split(/\s+/).length <= 6) out = m[1]!.trim();
      return false;
    }
    return true;
  });
  return out;
}

// Text blocks of the root, one per paragraph-like element, whitespace collapsed.
function blocksOf(root: Node): string[] {
  const blocks: string[] = [];
  let cur = '';
  const flush = (): void => {
    const t = cur.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
    if (t) blocks.push(t);
    cur = '';
  };
  const visit = (n: Node): void => {
    if (n.type === 'text') {
      cur += n.data ?? '';
      return;
    }
    if (n.type !== 'tag' && n.type !== 'root') return;
    // The headline (h1) is the title, as a "Title:" line is for text files, not a paragraph of the story.
    if (n.name && n !== root && (DROP.has(n.name) || n.name === 'h1' || isBoilerplate(n))) return;
    const block = BLOCK.has(n.name ?? '');
    if (block) flush();
    for (const c of n.children ?? []) visit(c);
    if (block) flush();
  };
  visit(root);
  flush();
  return blocks;
}

function walk(n: Node, enter: (n: Node) => boolean): void {
  if (n.type === 'tag' || n.type === 'root' || n.type === 'script' || n.type === 'style') {
    if (n.type !== 'root' && !enter(n)) return;
    for (const c of n.children ?? []) walk(c, enter);
  }
}

function firstByName(root: Node, name: string): Node | null {
  let out: Node | null = null;
  walk(root, (n) => {
    if (out) return false;
    if (n.name === name) out = n;
    return !out;
  });
  return out;
}

// All text under a node, whitespace collapsed; `raw` keeps it as is (script bodies). Null when empty.
function textOf(n: Node | null, raw = false): string | null {
  if (!n) return null;
  let s = '';
  const visit = (x: Node): void => {
    if (x.type === 'text') s += x.data ?? '';
    else for (const c of x.children ?? []) visit(c);
  };
  visit(n);
  const t = raw ? s : s.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
