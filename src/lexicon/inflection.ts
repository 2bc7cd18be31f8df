// English verb inflection the rules undo: the bare verbs an -ing form may come from. Shared by stage 1
// (tag repairs) and stage 3 (cues), which look the candidates up in their own verb lists.

/** The bare verbs an -ing form may come from, likeliest first: warning → warn, noting → note, admitting → admit. */
export function ingStems(word: string): string[] {
  if (!word.endsWith('ing')) return [];
  const stem = word.slice(0, -3);
  const out = [stem, `${stem}e`];
  if (/(.)\1$/.test(stem)) out.push(stem.slice(0, -1));
  return out.filter((w) => w.length > 1);
}
