// Stage 2, named entities: government bodies keep their country ("the Russian Foreign Ministry",
// "Russia's foreign ministry", "the Ukrainian military"), and a bare "Foreign Ministry" later in the
// article joins the one country-qualified ministry named before. Runs after company typing.

import type { TextLayer, Token } from '../../types.js';
import { cand, lowerJoin, type Cand } from './candidate.js';
import { adjectiveOf, bodyHeads, bodyModifiers, bySurface, lowerCaseBodies, nationsWithinStates } from './gazetteer.js';
import type { Prepared } from './tagger.js';
import { ABROAD_BODIES, BODY_SMALL_WORDS } from './words.js';

/** The country key of a candidate that can own government bodies: a country, historical state or their demonym. */
function ownerOf(c: Cand | undefined): string | undefined {
  const g = c?.gaz;
  // (An adjective bodies.json gives a country that the gazetteer knows as no demonym, tagged as a one-word name: "the Philippine coast guard".)
  if (c && !g && c.kind === 'name' && c.to - c.from === 1 && (c.type === 'Place' || c.type === 'Organization')) return ADJECTIVE_OWNERS.get(c.name);
  if (!c || c.type !== 'Place' || !g) return undefined;
  if (g.kind === 'country' && adjectiveOf.has(`Place/${g.name}`)) return `Place/${g.name}`;
  // ("the Welsh Government": a nation inside a state has bodies of its own.)
  if (g.kind === 'demonym' && g.country && adjectiveOf.has(g.country) && !withinState(c.name)) return g.country;
  return undefined;
}

/** Does the name open with the demonym of a nation inside a state ("Welsh Government", "Scottish")? */
const withinState = (name: string): boolean => [...nationsWithinStates].some((n) => name === n || name.startsWith(`${n} `));

/** Country adjective of bodies.json → the country's key ("Philippine" → "Place/Philippines"). */
const ADJECTIVE_OWNERS: ReadonlyMap<string, string> = new Map([...adjectiveOf].map(([country, adj]) => [adj, country]));

/** End of a body head ("foreign ministry", "military") starting at token k (within limit), or -1. */
function headAt(lower: string[], k: number, limit: number): number {
  for (const h of bodyHeads) {
    if (k + h.length > limit) continue;
    let ok = true;
    for (let j = 0; j < h.length && ok; j++) ok = lower[k + j] === h[j];
    if (ok) return k + h.length;
  }
  return -1;
}

/** Do tokens [from, to) end on a body head? */
function endsWithHead(lower: string[], from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) if (headAt(lower, k, to) === to) return true;
  return false;
}

/** A body's name: ends on a head ("Foreign Ministry") or opens on one followed by "of" ("Ministry of Defence"). */
export function isBody(lower: string[], from: number, to: number): boolean {
  const h = headAt(lower, from, to);
  return endsWithHead(lower, from, to) || (h > 0 && h + 1 < to && lower[h] === 'of');
}

/** The body's words in canonical case: "foreign ministry" → "Foreign Ministry", "Military" → "military". */
function bodyText(toks: Token[], lower: string[], from: number, to: number): string {
  let headFrom = to;
  for (let k = from; k < to && headFrom === to; k++) if (headAt(lower, k, to) === to) headFrom = k;
  const lowerHead = lowerCaseBodies.has(lower.slice(headFrom, to).join(' '));
  return toks
    .slice(from, to)
    .map((t, i) => (BODY_SMALL_WORDS.has(t.text.toLowerCase()) || (lowerHead && from + i >= headFrom) ? t.text.toLowerCase() : t.text[0]!.toUpperCase() + t.text.slice(1)))
    .join(' ');
}

/** The body's own words of a qualified body, lower case, without its country ("foreign ministry"): what a bare mention of it writes. */
const bodyWords = new WeakMap<Cand, string>();

/**
 * Names the body at tokens [from, to) as the owner country's ("Russian Foreign Ministry"), or by the
 * gazetteer's name for a national body of that country. `written`: the country's name as the body's
 * own name writes it before [from, to), kept as written ("Pakistan Meteorological Department", not
 * "Pakistani …").
 */
function qualify(toks: Token[], lower: string[], c: Cand, owner: string, from: number, to: number, written?: string): void {
  const gaz = bySurface.get(lowerJoin(toks, from, to));
  if (gaz?.kind === 'org' && gaz.country) {
    // A national body of this country ("US State Department"); another country's is left alone.
    if (gaz.country !== owner) return;
    c.gaz = gaz;
    c.name = gaz.name;
  } else {
    if (gaz && gaz.kind !== 'org') return;
    c.gaz = undefined;
    const body = bodyText(toks, lower, from, to);
    c.name = `${written ?? adjectiveOf.get(owner)!} ${body}`;
    bodyWords.set(c, body.toLowerCase());
  }
  c.type = 'Organization';
  c.affiliation = owner;
}

/**
 * A named organisation that is a body of a country: (a) the country inside the span ("US Labor
 * Department", "Russian Foreign Ministry"), else (b) just before it ("Russian | Foreign Ministry"
 * tagged in two, "Russia's Foreign Ministry"). `owners` maps the end token of each country candidate.
 */
function qualifyNamedBody(toks: Token[], prep: Prepared, c: Cand, owners: Map<number, Cand>): void {
  const lower = prep.lower;
  const g = prep.gaz[c.from]!;
  if (g === 'B-country' || g === 'B-demonym') {
    let j = c.from + 1;
    while (j < c.to && prep.gaz[j]!.startsWith('I-')) j++;
    const owner = ownerOf({ ...c, type: 'Place', gaz: bySurface.get(lowerJoin(toks, c.from, j)) });
    const rest = bySurface.get(lowerJoin(toks, j, c.to));
    if (owner && j < c.to && (isBody(lower, j, c.to) || (rest?.kind === 'org' && rest.country))) {
      // (A country's name inside the body's own name stays as written: "the Pakistan | Meteorological Department".)
      qualify(toks, lower, c, owner, j, c.to, g === 'B-country' ? toks.slice(c.from, j).map((t) => t.text).join(' ') : undefined);
      return;
    }
  }
  const right = owners.get(c.from);
  const before = right ?? (c.from > 0 && /^['’]s$/.test(toks[c.from - 1]!.text) ? owners.get(c.from - 1) : undefined);
  const owner = ownerOf(before);
  // (A country's name right before it, one space away, is the name's first word, kept as written: "the Ghana | Health Ministry"; not "Russia's".)
  const written = right && prep.gaz[right.from] === 'B-country' && toks[right.to - 1]!.end + 1 === toks[c.from]!.start ? toks.slice(right.from, right.to).map((t) => t.text).join(' ') : undefined;
  if (owner && (isBody(lower, c.from, c.to) || (c.gaz?.kind === 'org' && c.gaz.country))) qualify(toks, lower, c, owner, c.from, c.to, written);
}

/**
 * (c) A body in lower case after a country or demonym candidate `c` ("the Ukrainian military",
 * "Russia's foreign ministry"): a new 'nominal' candidate affiliated with the country, or undefined.
 */
function lowerCaseBody(toks: Token[], prep: Prepared, c: Cand, cands: Cand[]): Cand | undefined {
  const lower = prep.lower;
  let k = c.to;
  if (/^['’]s$/.test(toks[k]!.text)) k++;
  const sentence = toks[c.from]!.sentence;
  let j = k;
  while (j < toks.length && j - k < 3 && !prep.cap[j] && bodyModifiers.has(lower[j]!) && headAt(lower, j, toks.length) < 0) j++;
  if (j >= toks.length || prep.cap[j] || toks[j]!.sentence !== sentence) return undefined;
  const end = headAt(lower, j, toks.length);
  if (end < 0 || toks.slice(k, end).some((t) => t.text !== t.text.toLowerCase())) return undefined;
  // "the US military's", "Ukrainian army units": the body is named; what follows does not matter.
  if (cands.some((o) => o.from < end && o.to > k && o !== c)) return undefined;
  const body = cand(k === c.to ? c.from : k, end, 'Organization', 'nominal', undefined);
  qualify(toks, lower, body, ownerOf(c)!, k, end);
  return body.affiliation ? body : undefined;
}

/** The country whose capital or own name a Place candidate is ("Beijing" → China, "Russia" → Russia), for "the foreign ministry in Beijing". */
function placeOwner(c: Cand): string | undefined {
  const g = c.gaz;
  if (c.type === 'Place' && g?.kind === 'capital' && g.country && adjectiveOf.has(g.country)) return g.country;
  return g?.kind === 'country' ? ownerOf(c) : undefined;
}

/**
 * (e) "the foreign ministry in Beijing", "the defence ministry in Moscow": a body in lower case after
 * "the" and before "in" and a country or its capital is that country's (a 'nominal' candidate over
 * the body's words; the place stays a mention of its own), or undefined.
 */
function bodyBeforePlace(toks: Token[], prep: Prepared, c: Cand, cands: Cand[]): Cand | undefined {
  const owner = placeOwner(c);
  const lower = prep.lower;
  if (!owner || c.from < 3 || lower[c.from - 1] !== 'in') return undefined;
  const end = c.from - 1;
  let k = end - 1;
  while (k > 0 && end - k <= 4 && !prep.cap[k] && headAt(lower, k, end) !== end) k--;
  if (headAt(lower, k, end) !== end || prep.cap[k] || ABROAD_BODIES.has(lower.slice(k, end).join(' '))) return undefined;
  let from = k;
  while (from > 0 && k - from < 3 && !prep.cap[from - 1] && bodyModifiers.has(lower[from - 1]!)) from--;
  if (lower[from - 1] !== 'the' || toks[from - 1]!.sentence !== toks[c.from]!.sentence) return undefined;
  if (cands.some((o) => o.from < end && o.to > from)) return undefined;
  const body = cand(from, end, 'Organization', 'nominal', undefined);
  qualify(toks, lower, body, owner, from, end);
  return body.affiliation ? body : undefined;
}

/** (d) A bare "Foreign Ministry" after one country-qualified "Russian Foreign Ministry" is that ministry. */
function joinBareBodies(cands: Cand[]): void {
  const qualified = new Map<string, Set<string>>();
  for (const c of cands) {
    if (!c.affiliation || c.gaz) continue;
    const body = bodyWords.get(c);
    if (body === undefined) continue;
    let set = qualified.get(body);
    if (!set) qualified.set(body, (set = new Set()));
    set.add(c.name + '\u0000' + c.affiliation);
  }
  if (!qualified.size) return;
  for (const c of cands) {
    if (c.affiliation || c.key || c.gaz || c.type !== 'Organization' || c.kind !== 'name') continue;
    const set = qualified.get(c.name.toLowerCase());
    if (set?.size !== 1) continue;
    const [name, owner] = [...set][0]!.split('\u0000') as [string, string];
    c.name = name;
    c.affiliation = owner;
  }
}

/**
 * Government bodies keep their country: "the Russian Foreign Ministry", "Russia's Foreign Ministry"
 * and "the Russian foreign ministry" are one Organization "Russian Foreign Ministry" affiliated with
 * Russia; "the US Labor Department" is "US Labor Department"; "the Ukrainian military" (lower case)
 * is the Organization "Ukrainian military" (a 'nominal' mention), and so is "the foreign ministry in
 * Beijing" ("Chinese Foreign Ministry"). A body the gazetteer ties to its
 * country keeps the gazetteer's name ("US State Department" → "State Department"). A bare "Foreign
 * Ministry" later in the article joins the one country-qualified ministry named before.
 * See docs/entities.md, "Government bodies".
 */
export function governmentBodies(layer: TextLayer, prep: Prepared, cands: Cand[]): void {
  const toks = layer.tokens;
  const owners = new Map<number, Cand>();
  for (const c of cands) if (ownerOf(c)) owners.set(c.to, c);
  const added: Cand[] = [];
  for (const c of cands) {
    if (c.key || c.affiliation) continue;
    if (c.type === 'Organization' && c.kind === 'name' && !ownerOf(c)) qualifyNamedBody(toks, prep, c, owners);
    else if (ownerOf(c) && c.to < toks.length) {
      const body = lowerCaseBody(toks, prep, c, cands) ?? bodyBeforePlace(toks, prep, c, cands);
      if (body) added.push(body);
      // (The adjective before a body names its country, no organisation: "the Philippine | coast guard".)
      if (body && c.type === 'Organization') [c.type, c.name] = ['Place', body.affiliation!.replace(/^Place\//, '')];
    } else if (placeOwner(c)) {
      const body = bodyBeforePlace(toks, prep, c, cands);
      if (body) added.push(body);
    }
  }
  cands.push(...added);
  cands.sort((a, b) => a.from - b.from || b.to - a.to);
  joinBareBodies(cands);
}
