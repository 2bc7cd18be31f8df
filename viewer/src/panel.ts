// The side panel: an actor's roles, affiliations, what it said and what others said about it, or
// the statements behind an edge. Built with dom.ts only, so article text is always text.

import { h, safeLink } from './dom.js';
import type { NetIndex } from './model.js';
import type { ViewerActor, ViewerStatement } from '../../src/viewer-data/index.js';

/** What the panel needs from the page: which statements pass the filters, and how to select an actor. */
export type PanelContext = {
  index: NetIndex;
  visibleStatements: ReadonlySet<string>;
  colorOf(actor: ViewerActor): string;
  selectActor(id: string): void;
};

/** Marks inside a sentence: the content, the cue and the speaker as written, never overlapping. */
export function sentenceMarks(s: ViewerStatement): Array<[number, number, 'content' | 'cue' | 'speaker']> {
  const text = s.sentence ?? '';
  const marks: Array<[number, number, 'content' | 'cue' | 'speaker']> = [];
  if (s.contentSpan) marks.push([s.contentSpan[0], s.contentSpan[1], 'content']);
  const free = (a: number, b: number): boolean => marks.every(([x, y]) => b <= x || a >= y);
  const find = (needle: string | null, cls: 'cue' | 'speaker'): void => {
    if (!needle) return;
    const re = new RegExp(`\\b${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
    for (const m of text.matchAll(re)) {
      if (free(m.index, m.index + m[0].length)) {
        marks.push([m.index, m.index + m[0].length, cls]);
        return;
      }
    }
  };
  find(s.cue, 'cue');
  find(s.speakerText, 'speaker');
  return marks.sort((a, b) => a[0] - b[0]);
}

/** Shows one statement: its sentence with the spans highlighted, and where it comes from. */
export function renderStatement(panel: HTMLElement, ctx: PanelContext, s: ViewerStatement): void {
  const article = s.article ? ctx.index.articles.get(s.article) : undefined;
  const full = article?.text !== undefined && s.sentenceSpan ? article.text : null;
  const sentence = h(full !== null ? 'span' : 'p', { class: 'sentence-text' });
  if (s.sentence) {
    let at = 0;
    for (const [a, b, cls] of sentenceMarks(s)) {
      if (a > at) sentence.append(s.sentence.slice(at, a));
      sentence.append(h('mark', { class: cls, title: cls }, s.sentence.slice(a, b)));
      at = b;
    }
    sentence.append(s.sentence.slice(at));
  } else sentence.append(h('span', { class: 'note' }, 'The article text is not loaded, so the sentence cannot be shown (give the corpus with --corpus, or the article with --article).'));
  panel.replaceChildren(
    h('header', { class: 'statement-head' }, h('h2', { id: 'panel-title' }, 'Statement')),
    h('p', { class: 'who' }, s.speaker ? actorButton(ctx, s.speaker) : h('span', {}, s.speakerText ?? 'unknown speaker'), s.cue ? ` · ${s.negated ? 'not ' : ''}${s.cue}` : '', ` · ${s.kind ?? 'unknown kind'}`),
    full !== null ? fullArticle(full, s.sentenceSpan!, sentence) : articleContext(ctx, s, sentence),
    h('p', { class: 'legend-marks' }, h('mark', { class: 'speaker' }, 'speaker'), ' ', h('mark', { class: 'cue' }, 'cue'), ' ', h('mark', { class: 'content' }, 'content')),
    h('p', { class: 'meta' }, [s.date, typeof s.confidence === 'number' ? `confidence ${s.confidence.toFixed(2)}` : null].filter(Boolean).join(' · ')),
    ...(article ? [h('p', { class: 'article' }, full !== null ? 'from ' : 'in ', article.url ? safeLink(article.url, article.title ?? article.articleId ?? article.url) : article.title ?? article.articleId ?? article.id, article.published ? ` (${article.published})` : '', article.source ? ` · ${article.source}` : '')] : []),
  );
}

/**
 * The whole article, its paragraphs as written, with the statement's sentence (marked) in its place;
 * the box scrolls so the sentence is in view once the panel is drawn.
 */
function fullArticle(text: string, [start, end]: [number, number], marked: HTMLElement): HTMLElement {
  const box = h('div', { class: 'article-full', tabindex: '0', role: 'document', 'aria-label': 'the article, the statement marked' });
  const before = text.slice(0, start).split(/\n\s*\n/);
  const after = text.slice(end).split(/\n\s*\n/);
  const para = (t: string): HTMLElement => h('p', { class: 'article-para' }, t.trim());
  for (const t of before.slice(0, -1)) if (t.trim()) box.append(para(t));
  box.append(h('p', { class: 'article-para current' }, before[before.length - 1]!.trimStart(), marked, after[0]!.trimEnd()));
  for (const t of after.slice(1)) if (t.trim()) box.append(para(t));
  requestAnimationFrame(() => {
    box.scrollTop = Math.max(0, marked.offsetTop - box.clientHeight / 3);
  });
  return box;
}

/**
 * The sentence among its neighbours in the article: the sentences of the article's other
 * statements (the graph holds no other text), two before and two after, in text order.
 */
function articleContext(ctx: PanelContext, s: ViewerStatement, marked: HTMLElement): HTMLElement {
  const box = h('div', { class: 'article-context' });
  const sentences: string[] = [];
  for (const t of (s.article ? ctx.index.byArticle.get(s.article) : undefined) ?? []) {
    if (t.sentence && sentences[sentences.length - 1] !== t.sentence && (t.id === s.id || !sentences.includes(t.sentence))) sentences.push(t.sentence);
  }
  const at = s.sentence ? sentences.indexOf(s.sentence) : -1;
  if (at < 0) {
    box.append(marked);
    return box;
  }
  if (at > 2) box.append(h('p', { class: 'context gap' }, '…'));
  for (let i = Math.max(0, at - 2); i < Math.min(sentences.length, at + 3); i++) box.append(i === at ? marked : h('p', { class: 'context' }, sentences[i]!));
  if (at + 3 < sentences.length) box.append(h('p', { class: 'context gap' }, '…'));
  return box;
}

/** Shows the default hint. */
export function renderHint(panel: HTMLElement): void {
  panel.replaceChildren(h('p', { class: 'hint' }, 'Hover an actor to see its neighbourhood; click an actor or an edge to read the statements behind it.'));
}

/** Shows one actor. */
export function renderActor(panel: HTMLElement, ctx: PanelContext, id: string): void {
  const a = ctx.index.actors.get(id);
  if (!a) {
    panel.replaceChildren(h('p', { class: 'hint' }, 'No actor with this id in the graph.'));
    return;
  }
  const said = ctx.index.saidBy.get(id) ?? [];
  const about = ctx.index.saidAbout.get(id) ?? [];
  const facts = h('dl', { class: 'facts' });
  const fact = (term: string, ...values: Array<Node | string>): void => {
    if (values.length) facts.append(h('dt', {}, term), h('dd', {}, ...joinWith(values, ', ')));
  };
  fact('Roles', ...a.roles);
  fact('Affiliations', ...a.affiliations.map((x) => actorButton(ctx, x)));
  fact('Speaks for', ...a.speaksFor.map((x) => actorButton(ctx, x)));
  fact('Also called', ...a.aliases);
  fact('Kind', ...a.subtypes);
  fact('Same as', ...a.sameAs.map((u) => safeLink(u, u.replace(/^https?:\/\/www\.wikidata\.org\/entity\//, 'wikidata:'))));
  const swatch = h('span', { class: 'swatch' });
  swatch.style.background = ctx.colorOf(a); // CSSOM, not a style attribute: the CSP forbids inline styles
  panel.replaceChildren(
    h(
      'header',
      { class: 'actor-head' },
      swatch,
      h('h2', { id: 'panel-title' }, a.label),
      h('p', { class: 'type' }, a.anonymous ? `${a.type} (anonymous source)` : a.type),
    ),
    facts,
    statementSection(ctx, 'said', `What ${a.label} said`, said, 'about'),
    statementSection(ctx, 'said-about', `What others said about ${a.label}`, about, 'speaker'),
  );
}

/** Shows the statements behind one edge. */
export function renderEdge(panel: HTMLElement, ctx: PanelContext, edgeId: string): void {
  const e = ctx.index.edges.get(edgeId);
  if (!e) return;
  const source = ctx.index.actors.get(e.source)!;
  const target = ctx.index.actors.get(e.target)!;
  const statements = e.statements.map((s) => ctx.index.statements.get(s)!);
  panel.replaceChildren(
    h('header', { class: 'edge-head' }, h('h2', { id: 'panel-title' }, actorButton(ctx, source.id), ' → ', actorButton(ctx, target.id))),
    h('p', { class: 'type' }, `${e.count} statement${e.count === 1 ? '' : 's'} by ${source.label} about ${target.label}`),
    statementSection(ctx, 'edge-statements', 'Statements', statements, 'about'),
  );
}

function statementSection(ctx: PanelContext, cls: string, title: string, list: ViewerStatement[], show: 'about' | 'speaker'): HTMLElement {
  const visible = list.filter((s) => ctx.visibleStatements.has(s.id));
  const hidden = list.length - visible.length;
  return h(
    'section',
    { class: cls },
    h('h3', {}, `${title} (${visible.length})`),
    hidden ? h('p', { class: 'note' }, `${hidden} more outside the date range.`) : null,
    visible.length ? h('ol', { class: 'statements' }, ...visible.map((s) => statementCard(ctx, s, show))) : h('p', { class: 'note' }, 'Nothing.'),
  );
}

function statementCard(ctx: PanelContext, s: ViewerStatement, show: 'about' | 'speaker'): HTMLElement {
  const place = s.place ? ctx.index.actors.get(s.place)?.label ?? null : null;
  const article = s.article ? ctx.index.articles.get(s.article) : undefined;
  const meta = [s.cue ? `cue “${s.cue}”` : null, s.negated ? 'negated' : null, s.form, s.date, place ? `in ${place}` : null].filter((x): x is string => !!x);
  const who =
    show === 'speaker'
      ? h('p', { class: 'who' }, s.speaker ? actorButton(ctx, s.speaker) : h('span', {}, s.speakerText ?? 'unknown speaker'), s.negated ? ' (negated):' : ' said:')
      : null;
  const about = s.about.filter((x) => x !== s.speaker);
  return h(
    'li',
    { class: 'statement', 'data-statement': s.id },
    who,
    h('blockquote', { class: 'content' }, s.content),
    h('p', { class: 'meta' }, meta.join(' · ')),
    show === 'about' && about.length ? h('p', { class: 'about' }, 'about ', ...joinWith(about.map((x) => actorButton(ctx, x)), ', ')) : null,
    s.sentence ? h('details', { class: 'sentence' }, h('summary', {}, 'source sentence'), h('p', {}, s.sentence)) : null,
    article ? h('p', { class: 'article' }, 'in ', article.url ? safeLink(article.url, article.title ?? article.articleId ?? article.url) : article.title ?? article.articleId ?? article.id, article.published ? ` (${article.published})` : '') : null,
  );
}

function actorButton(ctx: PanelContext, id: string): HTMLElement {
  const a = ctx.index.actors.get(id);
  const b = h('button', { type: 'button', class: 'actor-link', 'data-actor': id }, a?.label ?? id);
  b.addEventListener('click', () => ctx.selectActor(id));
  return b;
}

function joinWith(items: Array<Node | string>, sep: string): Array<Node | string> {
  const out: Array<Node | string> = [];
  items.forEach((x, i) => {
    if (i) out.push(sep);
    out.push(x);
  });
  return out;
}
