// Stage 2, named entities, after the candidates are made (entities.ts, before company evidence): a
// headline in capitals gives the tagger no case to read names by ("MARLINS BEAT REDS"), so a name or
// word there that the article's body writes as an organisation's name, or as the plural last word of
// one ("Florida Marlins", "Cincinnati Reds"), is that organisation, when the body gives it no other type.

import type { TextLayer } from '../../types.js';
import { cand, lowerJoin, type Cand } from './candidate.js';
import type { Prepared } from './tagger.js';

/** The body's names as lower-case text → the types the body gives them, whole and by their last word. */
function bodyTypes(layer: TextLayer, prep: Prepared, cands: readonly Cand[]): Map<string, Set<string>> {
  const toks = layer.tokens;
  const out = new Map<string, Set<string>>();
  const add = (k: string, type: string) => (out.get(k) ?? out.set(k, new Set()).get(k)!).add(type);
  for (const c of cands) {
    if (prep.headline[c.from] || c.kind !== 'name') continue;
    add(lowerJoin(toks, c.from, c.to), c.type);
    // (A team's name by its plural last word: "Florida Marlins" → "Marlins"; not "Standard | Liege".)
    if (c.to - c.from > 1 && toks[c.to - 1]!.lower.endsWith('s')) add(toks[c.to - 1]!.lower, c.type);
  }
  return out;
}

/**
 * Types the names of a capitals headline by the article's body: a headline name, or an untagged word
 * of three letters or more that the article never writes in lower case (or a run of such words), that
 * the body writes only as an organisation (whole, or as its plural last word) is that organisation ("MARLINS BEAT REDS" after
 * "Florida Marlins", "Cincinnati Reds"). Edits `cands` (new ones are pushed: sort after).
 */
export function typeHeadlineNames(layer: TextLayer, prep: Prepared, cands: Cand[]): void {
  const toks = layer.tokens;
  if (!toks.length || !prep.headline.some(Boolean)) return;
  const body = bodyTypes(layer, prep, cands);
  const onlyOrganisation = (k: string) => {
    const types = body.get(k);
    return !!types && types.size === 1 && types.has('Organization');
  };
  const covered = new Set<number>();
  for (const c of cands) {
    for (let i = c.from; i < c.to; i++) covered.add(i);
    if (prep.headline[c.from] && c.kind === 'name' && c.type !== 'Organization' && !c.gaz && onlyOrganisation(lowerJoin(toks, c.from, c.to))) c.type = 'Organization';
  }
  // (Not a word the article also writes in lower case: "BANK" beside "the bank" and "Deutsche Bank".)
  const word = (i: number) => i < toks.length && prep.headline[i] && !covered.has(i) && toks[i]!.text.length >= 3 && /^\p{Lu}+$/u.test(toks[i]!.text) && !prep.gaz[i] && !prep.lowerElsewhere[i];
  for (let i = 0; i < toks.length; i++) {
    // The longest run of such words the body names ("STANDARD LIEGE" after "Standard Liege").
    for (let n = 3; n >= 1; n--) {
      let run = true;
      for (let j = i; j < i + n; j++) if (!word(j) || toks[j]!.sentence !== toks[i]!.sentence) run = false;
      if (!run || !onlyOrganisation(lowerJoin(toks, i, i + n))) continue;
      cands.push(cand(i, i + n, 'Organization', 'name', undefined));
      i += n - 1;
      break;
    }
  }
}
