// Stage 2, named entities, after the entities are built: a person's titles and appositives become
// roles and affiliations ("US Secretary of State Anthony Blinken"), and a capital acting as a subject
// ("Moscow said") speaks for its country (metonymy).

import type { Entity, Mention, Sentence, TextLayer, Token } from '../../types.js';
import { squash, textOf, type Cand } from './candidate.js';
import { bySurface, capitalsOf, honorifics, titleHeads, titleModifiers } from './gazetteer.js';
import { APPOSITIVE_SUBJECT_VERBS, ARTICLES, LOCATIVES, ROLE_EDGE_WORDS } from './words.js';

/** What the role readers share for one text: its tokens, lower-cased words and mentions. */
interface RoleContext {
  layer: TextLayer;
  toks: Token[];
  lower: string[];
  mentions: Mention[];
  cands: Cand[];
  entities: Map<string, Entity>;
  /** Token → index of the mention that covers it, or -1. */
  mentionAt: Int32Array;
}

/**
 * Reads titles before a person's name ("US Secretary of State Anthony Blinken") and appositives
 * after it ("Douglas McGregor, a former adviser to the head of the Pentagon,") into Entity.roles,
 * and the organisations and places named inside them into Entity.affiliations.
 */
export function readRoles(layer: TextLayer, lower: string[], mentions: Mention[], cands: Cand[], entities: Map<string, Entity>): void {
  const toks = layer.tokens;
  // Token → index of the mention that starts / covers it.
  const mentionAt = new Int32Array(toks.length).fill(-1);
  cands.forEach((c, m) => {
    for (let k = c.from; k < c.to; k++) mentionAt[k] = m;
  });
  const cx: RoleContext = { layer, toks, lower, mentions, cands, entities, mentionAt };
  cands.forEach((c, m) => {
    if (c.type !== 'Person') return;
    const e = entities.get(mentions[m]!.entity);
    if (!e) return;
    const sentence = layer.sentences[toks[c.from]!.sentence]!;
    readRoleBefore(cx, c, e, sentence);
    readAppositiveAfter(cx, c, e, sentence);
  });
}

/** A word that may stand inside a title: a title word, or a name that is not a person's. */
function wordOk(cx: RoleContext, k: number): boolean {
  const lw = cx.lower[k]!;
  return titleHeads.has(lw) || titleModifiers.has(lw) || (cx.mentionAt[k]! >= 0 && cx.cands[cx.mentionAt[k]!]!.type !== 'Person');
}

/** Adds tokens from..to as a role of e (trimmed, if it has a title's head) and the names in it as affiliations. */
function addRole(cx: RoleContext, e: Entity, from: number, to: number): void {
  const { lower, mentionAt } = cx;
  // Function words never open or close a role ("the", "of").
  while (from < to && ROLE_EDGE_WORDS.has(lower[from]!)) from++;
  while (to > from && (ROLE_EDGE_WORDS.has(lower[to - 1]!) || lower[to - 1] === "'s")) to--;
  if (to <= from) return;
  let head = false;
  for (let k = from; k < to; k++) if (titleHeads.has(lower[k]!)) head = true;
  if (!head) return;
  const role = squash(textOf(cx.layer, from, to));
  if (!e.roles.includes(role)) e.roles.push(role);
  for (let k = from; k < to; k++) {
    const m = mentionAt[k]!;
    if (m < 0) continue;
    const key = cx.mentions[m]!.entity;
    const target = cx.entities.get(key);
    if (target && target.type !== 'Person' && !e.affiliations.includes(key)) e.affiliations.push(key);
  }
}

/** After a name set off by a comma, the sentence goes on as an appositive's would: a comma, a verb or its end. */
function appositiveEnd(cx: RoleContext, j: number, end: number): boolean {
  const t = cx.toks[j]!;
  return j >= end - 1 || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX';
}

/** Before the name: walks back over title words and non-person names from end; the title's first token. */
function titleFrom(cx: RoleContext, sentence: Sentence, end: number): number {
  const { lower, mentionAt } = cx;
  let k = end - 1;
  while (k >= sentence.tokenStart && end - k <= 12 && (wordOk(cx, k) || (lower[k] === "'s" && k > sentence.tokenStart && mentionAt[k - 1]! >= 0))) k--;
  return k + 1;
}

/** "The Minister for Housing, Jane Roe,": a title and the portfolio "for"/"of" names, in capitals. */
function portfolioFrom(cx: RoleContext, sentence: Sentence, end: number): number | null {
  const { toks, lower } = cx;
  let p = end - 1;
  while (p > sentence.tokenStart && end - p <= 6 && /^\p{Lu}/u.test(toks[p]!.text) && toks[p]!.pos !== 'PUNCT' && !titleHeads.has(lower[p]!)) p--;
  if (p === end - 1 || !(lower[p] === 'for' || lower[p] === 'of')) return null;
  const at = titleFrom(cx, sentence, p);
  return at < p && titleHeads.has(lower[p - 1]!) ? at : null;
}

/** The title before a person's name, after any form of address, or a role set off by commas before it. */
function readRoleBefore(cx: RoleContext, c: Cand, e: Entity, sentence: Sentence): void {
  const { toks, lower } = cx;
  let k = c.from - 1;
  while (k >= sentence.tokenStart && honorifics.has(lower[k]!)) k--;
  // ("A spokesman for Brisco", "an adviser to Ruiz": a title that ends in a preposition is someone
  // else's, the person named after it only its object.)
  const from = ROLE_EDGE_WORDS.has(lower[k] ?? '') ? k + 1 : titleFrom(cx, sentence, k + 1);
  if (from < k + 1) addRole(cx, e, from, k + 1);
  // A role set off before the name, a form of address between: "The IMF's chief economist, Jane
  // Roe, said …", "the Prime Minister of Singapore, Mr. Lee Hsien Loong".
  else if (toks[k]?.text === ',' && k > sentence.tokenStart && appositiveEnd(cx, c.to, sentence.tokenEnd)) {
    const at = portfolioFrom(cx, sentence, k) ?? titleFrom(cx, sentence, k);
    if (at < k && (at === sentence.tokenStart || ARTICLES.has(lower[at]!) || ARTICLES.has(lower[at - 1]!) || /^[,;:(—–]$/.test(toks[at - 1]!.text))) addRole(cx, e, at, k);
  }
}

/** After the name: ", a former adviser to the head of the Pentagon,". */
function readAppositiveAfter(cx: RoleContext, c: Cand, e: Entity, sentence: Sentence): void {
  const { toks, lower } = cx;
  let j = c.to;
  if (!(j + 1 < sentence.tokenEnd && toks[j]!.text === ',')) return;
  j++;
  const start = j;
  if (ARTICLES.has(lower[j]!)) j++;
  // The phrase must open on a title: modifiers and names may precede its head word.
  let sawHead = false;
  while (j < sentence.tokenEnd && j - start < 6 && !sawHead) {
    if (titleHeads.has(lower[j]!)) sawHead = true;
    else if (!wordOk(cx, j) && !(lower[j] === "'s")) break;
    j++;
  }
  if (!sawHead) return;
  while (j < sentence.tokenEnd && j - start < 20 && !/^[,;:)(—–"“”]$/.test(toks[j]!.text) && toks[j]!.pos !== 'VERB' && toks[j]!.pos !== 'AUX' && lower[j] !== 'who' && lower[j] !== 'which' && !(toks[j]!.text === '.' && j === sentence.tokenEnd - 1)) j++;
  // "… the plant Automobile Craiova, a Romanian official said": no second comma closes the phrase,
  // and a reporting verb follows it: the phrase is that verb's subject, not the name's appositive.
  if (j < sentence.tokenEnd && APPOSITIVE_SUBJECT_VERBS.has(lower[j]!)) return;
  addRole(cx, e, start, j);
}

/**
 * A capital named as an actor ("Washington said", "Moscow is ready", "relations between Moscow and
 * Beijing", "Moscow's decision") speaks for its country's government: the city entity keeps its
 * key and gains `speaksFor`.
 */
export function markMetonymy(layer: TextLayer, lower: string[], mentions: Mention[], cands: Cand[], entities: Map<string, Entity>): void {
  const toks = layer.tokens;
  cands.forEach((c, m) => {
    if (c.type !== 'Place' || c.kind !== 'name') return;
    const e = entities.get(mentions[m]!.entity);
    if (!e || e.speaksFor) return;
    const country = countryOfCapital(e.name);
    if (!country) return;
    const prev = c.from > 0 && toks[c.from - 1]!.sentence === toks[c.from]!.sentence ? lower[c.from - 1]! : '';
    const next = c.to < toks.length && toks[c.to]!.sentence === toks[c.from]!.sentence ? toks[c.to]! : null;
    if (LOCATIVES.has(prev)) return;
    const actsAsSubject = next !== null && (next.pos === 'VERB' || next.pos === 'AUX' || /^['’]s$/.test(next.text));
    const coordinated = prev === 'between' || (prev === 'and' && c.from > 2 && cands.some((o) => o.to === c.from - 1 && o.type === 'Place' && countryOfCapital(o.name) !== undefined)) || (next?.text === 'and' && c.from > 0 && lower[c.from - 1] === 'between');
    if (actsAsSubject || coordinated) e.speaksFor = country;
  });
}

let capitals: Map<string, string> | null = null;
/** Capital name → country key, built on first use. */
function capitalCountry(): Map<string, string> {
  if (capitals) return capitals;
  capitals = new Map();
  for (const [country, caps] of capitalsOf) for (const c of caps) capitals.set(c, country);
  return capitals;
}

/** The key of the country whose capital has this name, if any. */
function countryOfCapital(name: string): string | undefined {
  const g = bySurface.get(name.toLowerCase());
  if (g?.kind === 'capital') return g.country;
  return capitalCountry().get(name);
}
