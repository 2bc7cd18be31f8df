// Stage 2, named entities: companies. Company evidence around a name ("shares of X", "carmaker X",
// "X's chief executive", a legal form) types it as an organisation everywhere in the article; the
// last word of an unknown organisation's name gives its subtype (company, party, media, body).

import type { TextLayer } from '../../types.js';
import { lowerJoin, prefixIndex, type Cand } from './candidate.js';
import type { Prepared } from './tagger.js';

/** Finer type of an organisation not in the gazetteer, from its last word. */
export function orgSubtype(name: string): string | undefined {
  const last = name.split(/\s+/).at(-1)?.toLowerCase().replace(/\.$/, '') ?? '';
  if (/^(inc|corp|corporation|ltd|plc|co|company|group|airlines|airways|motors|bank|holdings|llc|ag|sa|gmbh|technologies|industries|systems|nv)$/.test(last)) return 'company';
  if (/^(party|front|movement|alliance)$/.test(last)) return 'party';
  if (/^(ministry|department|agency|parliament|council|commission|senate|congress|government|office|court|police|army|navy|administration|assembly|cabinet)$/.test(last)) return 'government-body';
  if (/^(times|news|post|journal|radio|tv|television|herald|tribune|telegraph|agency|press|gazette)$/.test(last)) return 'media';
  return undefined;
}

// Words that close a company's name ("Chrysler LLC", "Aer Lingus Group PLC"); as written.
export const COMPANY_SUFFIX = /^(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|PLC|plc|LLC|L\.L\.C\.|Co\.|AG|SE|S\.A\.|NV|N\.V\.|GmbH|Group|Holdings)$/;
// Common nouns that introduce a company's name ("carmaker Chrysler", "the airline Ryanair").
const COMPANY_NOUNS = new Set(['company', 'firm', 'carmaker', 'automaker', 'airline', 'carrier', 'manufacturer', 'maker', 'retailer', 'insurer', 'lender', 'airframer', 'conglomerate', 'subsidiary', 'brewer', 'chipmaker', 'drugmaker', 'supplier', 'operator', 'distributor', 'outlet', 'publisher', 'broadcaster', 'network', 'startup', 'start-up', 'corporation', 'bank', 'exchange', 'automobile', 'giant', 'group']);
// What follows a company's name and "'s" ("Chrysler's chief executive", "Ryanair's shares").
const COMPANY_OWNED = new Set(['ceo', 'cfo', 'shares', 'stock', 'shareholders', 'stockholders', 'board', 'subsidiary', 'subsidiaries', 'unit', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'sales', 'headquarters', 'plant', 'plants', 'factory', 'factories', 'dealers', 'dealerships', 'fleet', 'customers', 'brand', 'products', 'workforce', 'stake', 'bankruptcy', 'chairman', 'chief']);

export const LEGAL_FORM = /(?:,?\s+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|PLC|plc|LLC|L\.L\.C\.|Co\.|AG|SE|S\.A\.|NV|N\.V\.|GmbH))+$/;

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

/** Is there company evidence around tokens [from, to): a company suffix, "shares of X", "carmaker X", "X's chief executive", "X shares"? */
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
    (to - from > 1 && COMPANY_SUFFIX.test(toks[to - 1]!.text)) ||
    ((prev === 'of' || prev === 'in') && /^(shares|stock|stake|shareholders|stockholders|subsidiary|unit|division|takeover)$/.test(prev2)) ||
    (COMPANY_NOUNS.has(prev) && from > 0 && !prep.cap[from - 1]) ||
    ((next === "'s" || next === '’s') && ((COMPANY_OWNED.has(next2) && next2 !== 'chief' && next2 !== 'chairman') || (next2 === 'chief' && /^(executive|financial|operating)$/.test(at(to + 2))))) ||
    /^(shares|stock|shareholders|stockholders)$/.test(next)
  );
}
