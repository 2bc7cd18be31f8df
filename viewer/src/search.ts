// The actor search box: completion on names and aliases (src/viewer-data searchActors), arrow
// keys to move, Enter to pick the highlighted (or first) match, Escape to close.

import { searchActors, type ActorNetwork, type ViewerActor } from '../../src/viewer-data/index.js';
import { byId, h } from './dom.js';

/** The search box with completion on names and aliases; Enter picks the first match. */
export function bindSearch(net: ActorNetwork, typeColors: Record<ViewerActor['type'], string>, pick: (id: string) => void): { dispose(): void } {
  const search = byId<HTMLInputElement>('search');
  const suggestions = byId<HTMLUListElement>('suggestions');
  let matches: ViewerActor[] = [];
  let active = -1;
  const choose = (a: ViewerActor): void => {
    search.value = a.label;
    suggestions.hidden = true;
    pick(a.id);
  };
  const show = (): void => {
    const q = search.value.trim().toLowerCase();
    matches = searchActors(net, search.value);
    active = matches.length ? 0 : -1;
    suggestions.replaceChildren(
      ...matches.map((a, i) => {
        const swatch = h('span', { class: 'swatch' });
        swatch.style.background = typeColors[a.type];
        const alias = a.aliases.find((x) => x.toLowerCase().includes(q));
        const li = h('li', { role: 'option', 'data-actor': a.id, 'aria-selected': i === active ? 'true' : 'false' }, swatch, a.label, alias && !a.label.toLowerCase().includes(q) ? h('small', {}, ` (${alias})`) : null);
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          choose(a);
        });
        return li;
      }),
    );
    suggestions.hidden = matches.length === 0;
  };
  const onBlur = (): void => void (suggestions.hidden = true);
  const onKey = (ev: KeyboardEvent): void => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!matches.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      suggestions.querySelectorAll('li').forEach((li, i) => li.setAttribute('aria-selected', i === active ? 'true' : 'false'));
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!matches.length) show();
      const a = matches[Math.max(0, active)];
      if (a) choose(a);
    } else if (ev.key === 'Escape') suggestions.hidden = true;
  };
  search.addEventListener('input', show);
  search.addEventListener('blur', onBlur);
  search.addEventListener('keydown', onKey);
  return {
    dispose() {
      search.removeEventListener('input', show);
      search.removeEventListener('blur', onBlur);
      search.removeEventListener('keydown', onKey);
    },
  };
}
