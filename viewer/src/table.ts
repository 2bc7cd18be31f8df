// The statements table under the graph: the statements that pass the filters and belong to the
// selection (an actor's, an edge's, or every one drawn), sortable by any column, searchable, with
// a CSV download of every matching row. Rows are text only (dom.ts); a click opens the sentence.

import { kindOf, type ViewerStatement } from '../../src/viewer-data/index.js';
import { h } from './dom.js';
import type { NetIndex } from './model.js';

/** The table's columns: key (used in the URL's sort=), header, and the cell text of a statement. */
export const COLUMNS: ReadonlyArray<{ key: string; title: string; text(ix: NetIndex, s: ViewerStatement): string }> = [
  { key: 'speaker', title: 'Speaker', text: (ix, s) => (s.speaker ? ix.actors.get(s.speaker)?.label ?? '' : s.speakerText ?? '') },
  { key: 'cue', title: 'Cue', text: (_ix, s) => (s.cue ? `${s.negated ? 'not ' : ''}${s.cue}` : '') },
  { key: 'kind', title: 'Kind', text: (_ix, s) => kindOf(s) },
  { key: 'content', title: 'Content', text: (_ix, s) => s.content },
  { key: 'about', title: 'About', text: (ix, s) => s.about.filter((a) => a !== s.speaker).map((a) => ix.actors.get(a)?.label ?? a).join('; ') },
  { key: 'date', title: 'Date', text: (_ix, s) => s.date ?? '' },
  { key: 'place', title: 'Place', text: (ix, s) => (s.place ? ix.actors.get(s.place)?.label ?? '' : '') },
  { key: 'article', title: 'Article', text: (ix, s) => articleName(ix, s) },
  { key: 'confidence', title: 'Conf.', text: (_ix, s) => (typeof s.confidence === 'number' ? s.confidence.toFixed(2) : '') },
];

function articleName(ix: NetIndex, s: ViewerStatement): string {
  const a = s.article ? ix.articles.get(s.article) : undefined;
  return a ? a.title ?? a.articleId ?? a.url ?? a.id : '';
}

/**
 * The rows the table shows: the kept statements of the selected actor (said by or about it), of the
 * selected edge, or else of every drawn actor; with the table's title.
 */
export function tableSource(
  ix: NetIndex,
  st: { actor: string | null; selectedEdge: string | null; shown: ReadonlySet<string>; view: { statements: ReadonlySet<string> } },
): { title: string; rows: ViewerStatement[] } {
  const keep = (list: ViewerStatement[]): ViewerStatement[] => list.filter((s) => st.view.statements.has(s.id));
  const label = (id: string): string => ix.actors.get(id)?.label ?? id;
  if (st.actor) {
    return { title: `Statements by or about ${label(st.actor)}`, rows: keep([...(ix.saidBy.get(st.actor) ?? []), ...(ix.saidAbout.get(st.actor) ?? [])]) };
  }
  const e = st.selectedEdge ? ix.edges.get(st.selectedEdge) : undefined;
  if (e) return { title: `Statements by ${label(e.source)} about ${label(e.target)}`, rows: keep(e.statements.map((id) => ix.statements.get(id)!)) };
  const drawn = (s: ViewerStatement): boolean => (s.speaker !== null && st.shown.has(s.speaker)) || s.about.some((a) => st.shown.has(a));
  return { title: 'Statements of the drawn actors', rows: ix.net.statements.filter((s) => st.view.statements.has(s.id) && drawn(s)) };
}

/** How many rows are drawn at first and per "more" click (the CSV has them all). */
const PAGE = 200;

export type TableState = { q: string; sort: { column: string; desc: boolean } | null };

/** Sorts and searches `rows`; stable, so equal keys keep text order. */
export function tableRows(ix: NetIndex, rows: readonly ViewerStatement[], state: TableState): ViewerStatement[] {
  const q = state.q.trim().toLowerCase();
  let out = q ? rows.filter((s) => COLUMNS.some((c) => c.text(ix, s).toLowerCase().includes(q))) : [...rows];
  const col = state.sort ? COLUMNS.find((c) => c.key === state.sort!.column) : undefined;
  if (col) {
    const keyed = out.map((s, i) => ({ s, i, k: col.text(ix, s) }));
    const dir = state.sort!.desc ? -1 : 1;
    const num = col.key === 'confidence';
    keyed.sort((a, b) => {
      const c = num ? (Number(a.k || -1) - Number(b.k || -1)) : a.k.localeCompare(b.k);
      return c * dir || a.i - b.i;
    });
    out = keyed.map((x) => x.s);
  }
  return out;
}

/** The rows as CSV (RFC 4180: quoted, quotes doubled, CRLF). */
export function toCsv(ix: NetIndex, rows: readonly ViewerStatement[]): string {
  const cell = (v: string): string => `"${v.replace(/"/g, '""')}"`;
  const lines = [[...COLUMNS.map((c) => c.title), 'Statement'].map(cell).join(',')];
  for (const s of rows) lines.push([...COLUMNS.map((c) => c.text(ix, s)), s.id].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Draws the table into `root` (which holds #table-body etc.); `onSort` is called with a column key. */
export function renderTable(
  body: HTMLTableSectionElement,
  head: HTMLTableRowElement,
  ix: NetIndex,
  rows: readonly ViewerStatement[],
  state: TableState,
  handlers: { onSort(column: string): void; onRow(s: ViewerStatement): void; selectedRow: string | null },
  limit = PAGE,
): HTMLElement | null {
  head.replaceChildren(
    ...COLUMNS.map((c) => {
      const sorted = state.sort?.column === c.key;
      const b = h('button', { type: 'button', 'data-sort': c.key }, c.title, sorted ? (state.sort!.desc ? ' ▼' : ' ▲') : '');
      b.addEventListener('click', () => handlers.onSort(c.key));
      return h('th', { 'aria-sort': sorted ? (state.sort!.desc ? 'descending' : 'ascending') : 'none', class: `col-${c.key}` }, b);
    }),
  );
  body.replaceChildren(
    ...rows.slice(0, limit).map((s) => {
      const tr = h('tr', { 'data-statement': s.id, tabindex: '0', class: s.id === handlers.selectedRow ? 'selected' : undefined }, ...COLUMNS.map((c) => h('td', { class: `col-${c.key}` }, c.text(ix, s))));
      tr.addEventListener('click', () => handlers.onRow(s));
      tr.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter') handlers.onRow(s);
      });
      return tr;
    }),
  );
  return rows.length > limit ? h('button', { type: 'button', id: 'table-more' }, `show ${Math.min(PAGE, rows.length - limit)} more of ${rows.length - limit}`) : null;
}
