// Stage 2, named entities: companies. Company evidence around a name ("shares of X", "carmaker X",
// "X's chief executive", a legal form) types it as an organisation everywhere in the article; the
// last word of an unknown organisation's name gives its subtype (company, party, media, body).

import type { TextLayer } from '../../types.js';
import { lowerJoin, prefixIndex, type Cand } from './candidate.js';
import type { Prepared } from './tagger.js';
import { FILING_NOUNS, FILING_VERBS, COMPANY_CHIEF_ROLES, COMPANY_NOUNS, COMPANY_OWNED, COMPANY_SHARES_AFTER, COMPANY_STAKE_NOUNS, COMPANY_SUFFIXES, MEDIA_NOUNS_AFTER, MEDIA_NOUNS_BEFORE, ORGANISATION_SUBTYPE_HEADS } from './words.js';

/** Finer type of an organisation not in the gazetteer, from its last word. */
export function orgSubtype(name: string): string | undefined {
  const last = name.split(/\s+/).at(-1)?.toLowerCase().replace(/\.$/, '') ?? '';
  for (const [subtype, heads] of ORGANISATION_SUBTYPE_HEADS) if (heads.has(last)) return subtype;
  return undefined;
}

/**
 * Companies the tagger took for people or places ("Chrysler said", "shares of Ryanair"): a name with
 * company evidence around it (a company suffix, "shares of X", "carmaker X", "X's chief executive",
 * "X shares") is an organisation, and so is every other mention of that name in the article, unless
 * the name is also part of a person's full name there ("Henry Ford" beside "Ford").
 */
export function companyEvidence(layer: TextLayer, prep: Prepared, cands: Cand[]): void {
  const toks = layer.tokens;
  const firms = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'name' || (c.gaz && c.gaz.type !== 'Organization')) continue;
    if (c.type !== 'Organization' && !companyContext(layer, prep, c.from, c.to)) continue;
    if (c.type !== 'Organization' || companyContext(layer, prep, c.from, c.to)) firms.add(lowerJoin(toks, c.from, c.to));
    c.type = 'Organization';
  }
  if (!firms.size) return;
  const personWords = new Set(cands.filter((c) => c.type === 'Person' && c.to - c.from > 1).flatMap((c) => lowerJoin(toks, c.from, c.to).split(' ')));
  const firmPrefixes = prefixIndex([...firms]);
  for (const c of cands) {
    if (c.type === 'Organization' || c.kind !== 'name' || c.gaz) continue;
    const n = lowerJoin(toks, c.from, c.to);
    if (c.to - c.from === 1 && personWords.has(n)) continue;
    if (firms.has(n) || firmPrefixes.has(n)) c.type = 'Organization';
  }
}

/** Is there company evidence around tokens [from, to): a company suffix, "shares of X", "carmaker X", "the company, X,", "the newspaper X", "X's chief executive", "X shares", "the X newspaper", "X said in a filing"? */
export function companyContext(layer: TextLayer, prep: Prepared, from: number, to: number): boolean {
  const toks = layer.tokens;
  const lower = prep.lower;
  const sentence = toks[from]!.sentence;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k]!.sentence === sentence ? lower[k]! : '');
  const prev = at(from - 1);
  const prev2 = at(from - 2);
  const next = at(to);
  const next2 = at(to + 1);
  return (
    (to - from > 1 && COMPANY_SUFFIXES.has(toks[to - 1]!.text)) ||
    ((prev === 'of' || prev === 'in') && COMPANY_STAKE_NOUNS.has(prev2)) ||
    ((COMPANY_NOUNS.has(prev) || MEDIA_NOUNS_BEFORE.has(prev)) && from > 0 && !prep.cap[from - 1]) ||
    // ("the company, Evergreen Living, said": a name set off by commas after a company's noun.)
    (prev === ',' && next === ',' && COMPANY_NOUNS.has(prev2) && from > 1 && !prep.cap[from - 2]) ||
    (MEDIA_NOUNS_AFTER.has(next) && !prep.cap[to]) ||
    ((next === "'s" || next === '’s') && ((COMPANY_OWNED.has(next2) && next2 !== 'chief' && next2 !== 'chairman') || (next2 === 'chief' && COMPANY_CHIEF_ROLES.has(at(to + 2))))) ||
    COMPANY_SHARES_AFTER.has(next) ||
    (FILING_VERBS.has(next) && next2 === 'in' && (FILING_NOUNS.has(at(to + 3)) || FILING_NOUNS.has(at(to + 4))))
  );
}
