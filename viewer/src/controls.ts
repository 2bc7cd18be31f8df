// The toolbar and filter bar: how many actors to draw, ego mode, colours, the type legend, statement
// kinds, speakers only, minimum statements per link, confidence, article/source and dates. Each
// control reports a patch of the view state; sync() puts a state (e.g. from a shared URL) back.

import { ACTOR_TYPES, KIND_FILTERS, kindOf, type ActorNetwork, type KindOrUnknown, type ViewState, type ViewerActor } from '../../src/viewer-data/index.js';
import { byId, h } from './dom.js';

export type Patch = Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<ViewState['filters']> };

const TYPE_NAMES: Record<ViewerActor['type'], string> = { Person: 'person', Organization: 'organisation', Place: 'place', Actor: 'actor' };

/** Builds the controls for `net` and wires them to `update`; returns sync(state). */
export function bindControls(net: ActorNetwork, typeColors: Record<ViewerActor['type'], string>, update: (p: Patch) => void): { sync(st: ViewState): void; dispose(): void } {
  const off: Array<() => void> = [];
  const on = (el: EventTarget, ev: string, fn: () => void): void => {
    el.addEventListener(ev, fn);
    off.push(() => el.removeEventListener(ev, fn));
  };

  // Types legend.
  const legend = byId('legend');
  const counts = new Map<string, number>();
  for (const a of net.actors) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  legend.replaceChildren(
    h('legend', {}, 'Actors'),
    ...ACTOR_TYPES.filter((t) => counts.has(t)).map((t) => {
      const box = h('input', { type: 'checkbox', 'data-type': t, checked: true });
      const swatch = h('span', { class: 'swatch' });
      swatch.style.background = typeColors[t];
      return h('label', { class: 'type-filter' }, box, swatch, `${TYPE_NAMES[t]} (${counts.get(t)})`);
    }),
  );
  const typeBoxes = [...legend.querySelectorAll<HTMLInputElement>('input[data-type]')];
  for (const box of typeBoxes) {
    on(box, 'change', () => update({ filters: { types: new Set(typeBoxes.filter((b) => b.checked).map((b) => b.dataset.type as ViewerActor['type'])) } }));
  }

  // Statement kinds: every kind with its count; all ticked = no kind filter.
  const kinds = byId('kinds');
  const kindCounts = new Map<KindOrUnknown, number>();
  for (const s of net.statements) kindCounts.set(kindOf(s), (kindCounts.get(kindOf(s)) ?? 0) + 1);
  kinds.replaceChildren(
    h('legend', {}, 'Kinds'),
    ...KIND_FILTERS.map((k) => h('label', { class: 'kind-filter' }, h('input', { type: 'checkbox', 'data-kind': k, checked: true }), `${k} (${kindCounts.get(k) ?? 0})`)),
  );
  const kindBoxes = [...kinds.querySelectorAll<HTMLInputElement>('input[data-kind]')];
  for (const box of kindBoxes) {
    on(box, 'change', () => {
      const picked = kindBoxes.filter((b) => b.checked).map((b) => b.dataset.kind as KindOrUnknown);
      update({ filters: { kinds: picked.length === kindBoxes.length ? null : new Set(picked) } });
    });
  }

  // Sources for the article box's completion.
  const sources = [...new Set(net.articles.map((a) => a.source).filter((s): s is string => !!s))].sort();
  byId('sources').replaceChildren(...sources.map((s) => h('option', { value: s })));

  const top = byId<HTMLInputElement>('top');
  const topRange = byId<HTMLInputElement>('top-range');
  topRange.max = String(Math.max(10, Math.min(1000, Math.ceil(net.actors.length / 10) * 10)));
  top.max = String(net.actors.length);
  on(top, 'change', () => top.valueAsNumber >= 1 && update({ top: Math.round(top.valueAsNumber) }));
  on(topRange, 'change', () => update({ top: topRange.valueAsNumber }));
  on(topRange, 'input', () => (top.value = topRange.value));
  const colour = byId<HTMLSelectElement>('colour');
  on(colour, 'change', () => update({ colour: colour.value === 'community' ? 'community' : 'type' }));
  const hops = byId<HTMLSelectElement>('hops');
  on(hops, 'change', () => update({ hops: hops.value === '2' ? 2 : 1 }));
  on(byId('ego-clear'), 'click', () => update({ ego: null }));
  on(byId('expand-reset'), 'click', () => update({ expanded: [] }));

  const speakersOnly = byId<HTMLInputElement>('speakers-only');
  on(speakersOnly, 'change', () => update({ filters: { speakersOnly: speakersOnly.checked } }));
  const minEdge = byId<HTMLInputElement>('min-edge');
  on(minEdge, 'change', () => update({ filters: { minEdge: Math.max(1, Math.round(minEdge.valueAsNumber) || 1) } }));
  const minConf = byId<HTMLInputElement>('min-conf');
  on(minConf, 'change', () => update({ filters: { minConfidence: Math.min(1, Math.max(0, minConf.valueAsNumber || 0)) } }));
  const article = byId<HTMLInputElement>('article');
  on(article, 'change', () => update({ filters: { article: article.value.trim() } }));
  const dateFrom = byId<HTMLInputElement>('date-from');
  const dateTo = byId<HTMLInputElement>('date-to');
  const onDates = (): void => update({ filters: { from: dateFrom.value || null, to: dateTo.value || null } });
  on(dateFrom, 'change', onDates);
  on(dateTo, 'change', onDates);
  on(byId('date-clear'), 'click', () => update({ filters: { from: null, to: null } }));

  return {
    sync(st) {
      const f = st.filters;
      for (const b of typeBoxes) b.checked = f.types.has(b.dataset.type as ViewerActor['type']);
      for (const b of kindBoxes) b.checked = !f.kinds || f.kinds.has(b.dataset.kind as KindOrUnknown);
      top.value = String(st.top);
      topRange.value = String(Math.min(st.top, Number(topRange.max)));
      colour.value = st.colour;
      hops.value = String(st.hops);
      speakersOnly.checked = f.speakersOnly;
      minEdge.value = String(f.minEdge);
      minConf.value = String(f.minConfidence);
      if (document.activeElement !== article) article.value = f.article;
      dateFrom.value = f.from ?? '';
      dateTo.value = f.to ?? '';
      const ego = st.ego ? net.actors.find((a) => a.id === st.ego) : undefined;
      byId('ego-box').hidden = !ego;
      byId('ego-label').textContent = ego?.label ?? '';
      byId('expand-reset').hidden = st.ego !== null || st.expanded.length === 0;
    },
    dispose() {
      for (const f of off) f();
    },
  };
}
