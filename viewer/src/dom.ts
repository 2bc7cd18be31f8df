// DOM building for the viewer without HTML strings: every piece of article text goes in through
// textContent, so quotes holding <script> or <img onerror=…> show as text and never run.

type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children; strings become text nodes.
 * Attribute values are set with setAttribute (never parsed as HTML).
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

/** Appends children, strings as text nodes. */
export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** An http(s) URL as a link; anything else (javascript:, data:) as plain text. */
export function safeLink(url: string, text: string): HTMLElement {
  let ok = false;
  try {
    const u = new URL(url);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  return ok ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text) : h('span', {}, text);
}

/** The element with this id; throws when the page lacks it (a broken build, not bad data). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`newsgraph viewer: the page has no #${id} element; rebuild the viewer (npm run build:viewer).`);
  return el as T;
}
