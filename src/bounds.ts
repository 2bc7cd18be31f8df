// Output bounds, between stage 3 and stage 4: whatever the text, the statements of an article carry
// at most a budget of content characters (4 per input character, 256 K at least), so the Turtle,
// N-Quads and JSON of an article grow linearly with it. Over budget, the longest contents are cut
// (the same cap for all, so short ones stay whole) and the article gets a warning. Pure.

import type { Entity, Mention, MentionLayer, Statement } from './types.js';

/** How much content the statements of one article may hold. */
export interface ContentBudget {
  /** Content characters allowed per character of article text. */
  perChar: number;
  /** Content characters always allowed, whatever the article's length. */
  floor: number;
}

export const DEFAULT_BUDGET: ContentBudget = { perChar: 4, floor: 256 * 1024 };

/**
 * The statements with their contents cut to fit the budget, and the warning to give when any was
 * cut. Contents are cut at a word boundary to a common cap L, the largest for which the total
 * fits; `about` then keeps only the entities still named in the cut content.
 */
export function boundStatements(
  id: string,
  text: string,
  statements: Statement[],
  mentions: MentionLayer,
  budget: ContentBudget = DEFAULT_BUDGET,
): { statements: Statement[]; warning: string | null } {
  const allowed = Math.max(budget.floor, budget.perChar * text.length);
  const lengths = statements.map((s) => Math.max(0, s.content.end - s.content.start));
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total <= allowed) return { statements, warning: null };
  const cap = contentCap(lengths, allowed);
  const inSpan = mentionIndex(mentions);
  let cut = 0;
  const out = statements.map((s, i) => {
    if (lengths[i]! <= cap) return s;
    cut++;
    const end = wordEnd(text, s.content.start, s.content.start + cap);
    const named = inSpan(s.content.start, end);
    // (The pieces of an interrupted content are cut with it.)
    const parts = s.parts?.filter((p) => p.start < end).map((p) => (p.end <= end ? p : { start: p.start, end, text: text.slice(p.start, end) }));
    const { parts: _whole, ...rest } = s;
    return { ...rest, ...(parts && parts.length > 1 ? { parts } : {}), content: { start: s.content.start, end, text: text.slice(s.content.start, end) }, about: s.about.filter((k) => named.has(k)) };
  });
  const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return {
    statements: out,
    warning: `${id}: ${cut} statements had contents totalling ${mb(total)} of text, over the budget of ${mb(allowed)} for this article; each content was cut to ${cap} characters. Check the article for missing punctuation or repeated phrases.`,
  };
}

// The largest L with sum(min(length, L)) <= allowed (water filling over the sorted lengths).
function contentCap(lengths: readonly number[], allowed: number): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  let left = allowed;
  for (let i = 0; i < sorted.length; i++) {
    const rest = sorted.length - i;
    if (sorted[i]! * rest > left) return Math.max(1, Math.floor(left / rest));
    left -= sorted[i]!;
  }
  return sorted[sorted.length - 1] ?? 0;
}

// The cut point at or before `limit`: after the last space past the middle of the span, else `limit`.
function wordEnd(text: string, start: number, limit: number): number {
  const space = text.lastIndexOf(' ', limit);
  return space > start + (limit - start) / 2 ? space : limit;
}

// Entity keys named in [start, end): the mentions' entities and the entities they speak for.
function mentionIndex(mentions: MentionLayer): (start: number, end: number) => Set<string> {
  const sorted: Mention[] = [...mentions.mentions].sort((a, b) => a.start - b.start);
  const speaksFor = new Map<string, string>();
  for (const e of mentions.entities as Entity[]) if (e.speaksFor) speaksFor.set(e.key, e.speaksFor);
  return (start, end) => {
    const keys = new Set<string>();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) {
      if (sorted[i]!.end > end) continue;
      const k = sorted[i]!.entity;
      keys.add(k);
      const f = speaksFor.get(k);
      if (f) keys.add(f);
    }
    return keys;
  };
}
