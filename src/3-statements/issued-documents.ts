// Stage 3, speakers: "the statement said", "the report found" — a document named with "the" and no
// owner speaks for whoever the article said issued it ("VeloGo said in a statement …", "The safety
// board released its final report …"). Read after every other resolver of speakers.ts, before the
// document becomes an unnamed source of its own.

import type { Entity, Mention } from '../types.js';
import { lowerBound, indexHolding } from '../spans.js';
import { isDocument } from './kinds.js';
import { CUE_NOUNS } from './cues.js';
import { WORDS, isWord, tokenIs } from './grammar/lexicon.js';
import { type Ctx, lastBefore } from './pronouns.js';

/** How many sentences back the document's first mention may stand. */
const LOOK_BACK_SENTENCES = 6;

/**
 * The issuer of "the statement", "this report", "the leaked memo", where the article first named the
 * document as its issuer's: "X said in a statement that …" (the speaker of that sentence's report),
 * "X released its final report" (a possessive that agrees with the last person or organisation named
 * before it), "In a statement released through his club, X thanked …" (the subject after the opening
 * phrase), "Norvik Shipping filed for bankruptcy … The filing showed" (the subject of the verb the noun is
 * made from). Null otherwise: "a video of X", "the email X sent" say nothing of who speaks in it.
 */
export function issuedDocument(ctx: Ctx, text: string, at: number): string | null {
  const words = text.trim().split(/\s+/);
  const w0 = words[0]!;
  const definite = (isWord(WORDS.articles, w0) && !isWord(WORDS.indefiniteArticles, w0)) || w0.toLowerCase() === 'this';
  if (words.length < 2 || !definite || !words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  const noun = words.at(-1)!;
  if (!isDocument(noun) && !CUE_NOUNS.has(noun)) return null;
  const earlier = earlierMention(ctx, noun, at);
  if (earlier === null) return issuingVerbSubject(ctx, noun.toLowerCase(), at);
  const { sentences, tokens } = ctx.layer;
  const s = sentences[indexHolding(sentences, earlier)];
  if (!s) return null;
  // The determiner of the earlier mention, past its modifiers ("its final report", "a brief statement").
  let d = lowerBound(tokens, earlier) - 1;
  while (d > s.tokenStart && d > lowerBound(tokens, earlier) - 4 && /^(ADJ|NOUN|VERB)$/.test(tokens[d]!.pos)) d--;
  const det = tokens[d];
  if (!det || d < s.tokenStart) return null;
  if (tokenIs(WORDS.possessiveDeterminers3, det)) {
    const owner = namedIn(ctx, s.start, det.start).at(-1);
    const e = owner && ctx.byKey.get(owner.entity);
    return e && agrees(det.lower, e.type) ? e.key : null;
  }
  if (!(tokenIs(WORDS.articles, det) && d > s.tokenStart && tokens[d - 1]!.lower === 'in')) return null;
  // "X said in a statement that …": the speaker of a report in that sentence.
  const spoke = lastBefore(ctx.history, s.end, (h) => h.offset >= s.start && (h.type === 'Person' || h.type === 'Organization') && ctx.byKey.has(h.entity));
  if (spoke) return spoke.entity;
  // ("In a statement released through his club, X thanked …": the subject after the opening phrase.)
  if (d - 1 !== s.tokenStart) return null;
  const comma = ctx.layer.text.indexOf(',', earlier);
  return comma >= 0 && comma < s.end ? (namedIn(ctx, comma, s.end)[0]?.entity ?? null) : null;
}

/** Does a possessive ("its", "his", "her", "their") fit an entity of this type? */
function agrees(possessive: string, type: string): boolean {
  if (possessive === 'its') return type === 'Organization';
  return possessive === 'their' || type === 'Person';
}

/** The offset of the last mention of `noun` (or its plural) in the sentences before `at`, or null. */
function earlierMention(ctx: Ctx, noun: string, at: number): number | null {
  const { sentences, text } = ctx.layer;
  const here = indexHolding(sentences, at);
  const from = sentences[Math.max(0, here - LOOK_BACK_SENTENCES)]?.start ?? 0;
  const stretch = text.slice(from, sentences[here]?.start ?? at).toLowerCase();
  let found = -1;
  for (const form of [noun, `${noun}s`]) {
    for (let k = stretch.indexOf(form); k >= 0; k = stretch.indexOf(form, k + 1)) {
      const edge = (i: number) => i < 0 || i >= stretch.length || !/[\p{L}\p{N}]/u.test(stretch[i]!);
      if (edge(k - 1) && edge(k + form.length)) found = Math.max(found, k);
    }
  }
  return found < 0 ? null : from + found;
}

/** Persons and organisations named by the narrator between two offsets, in text order. */
function namedIn(ctx: Ctx, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let k = lowerBound(ctx.narrated, start); k < ctx.narrated.length && ctx.narrated[k]!.start < end; k++) {
    const m = ctx.narrated[k]!;
    const e: Entity | undefined = ctx.byKey.get(m.entity);
    if (e && (e.type === 'Person' || e.type === 'Organization') && !e.anonymous) out.push(m);
  }
  return out;
}

/**
 * "Norvik Shipping filed for bankruptcy on Thursday. … The filing showed …", "The court ruled … The ruling
 * said …": the person or organisation named before the last verb, in the sentences before `at`,
 * that the document's noun is made from (the verb's lemma, less a final "e", and "-ing" or "-ment",
 * or the noun itself: "filing", "ruling", "statement", "report"); null when there is none.
 */
function issuingVerbSubject(ctx: Ctx, noun: string, at: number): string | null {
  const { sentences, tokens } = ctx.layer;
  const here = indexHolding(sentences, at);
  for (let si = here - 1; si >= 0 && si >= here - LOOK_BACK_SENTENCES; si--) {
    const s = sentences[si]!;
    for (let k = s.tokenEnd - 1; k > s.tokenStart; k--) {
      const t = tokens[k]!;
      if (t.pos !== 'VERB' || /ing$/.test(t.lower) || !madeFrom(noun, t.lemma)) continue;
      const subject = namedIn(ctx, s.start, t.start).at(-1);
      return subject ? subject.entity : null;
    }
  }
  return null;
}

/** Is the noun made from the verb ("filing" from "file", "statement" from "state", "report" from "report")? */
function madeFrom(noun: string, lemma: string): boolean {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  return noun === lemma || noun === `${stem}ing` || noun === `${lemma}ing` || noun === `${lemma}ment`;
}
