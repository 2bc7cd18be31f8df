// Stage 3, step 4, for the lead's occasion (lead-occasion.ts): a judge's written opinion — "Chief
// Justice X, writing for the majority, said …", "In her dissent, Justice Y wrote …", "Justice Y
// dissented. He wrote that …" — is part of the court's ruling and was issued with it, on the day a
// lead that reports the ruling gives ("The Supreme Court ruled Monday that …"). Words in context.json
// (opinionWords, benchShares, rulingWords).

import type { Sentence } from '../../types.js';
import { startingWithin, indexHolding } from '../../spans.js';
import type { SceneInput } from './scene.js';
import { CONTEXT_WORDS, wordsOf } from './words.js';

/** How many words may stand between "writing for" and the bench written for ("writing for a unanimous 6-3 majority"). */
const BENCH_REACH = 3;

/** Clause punctuation as wordsOf gives it. */
const CLAUSE_MARK = /^[,;:()—–"“”]$/;

/** Is one of the BENCH_REACH + 1 words from `from` the bench a judge writes for ("the majority", "a unanimous court"), no clause mark between? */
function benchAfter(words: readonly string[], from: number): boolean {
  for (let k = from; k < words.length && k <= from + BENCH_REACH; k++) {
    if (CONTEXT_WORDS.benchShares.has(words[k]!)) return true;
    if (CLAUSE_MARK.test(words[k]!)) return false;
  }
  return false;
}

/**
 * Do a statement's clause words (outside its content, its speaker's description included) mark a
 * judge's opinion: an opinion word ("in her dissent", "dissenting", "in a concurring opinion") or
 * "writing for" the bench ("writing for the majority", "writing for a unanimous court")?
 */
export function opinionWords(words: readonly string[]): boolean {
  return words.some((w, i) => CONTEXT_WORDS.opinionWords.has(w) || (w === 'writing' && words[i + 1] === 'for' && benchAfter(words, i + 2)));
}

/**
 * "Justice Y dissented. He wrote that …": does the sentence right before the statement's, in its
 * paragraph, name the statement's speaker and hold an opinion word, with no statement of its own?
 */
function opinionSentenceBefore(t: SceneInput, i: number): boolean {
  const f = t.frames[i]!;
  if (!f.speakerEntity) return false;
  const here = indexHolding(t.sentences, f.sentenceStart);
  const s = t.sentences[here - 1];
  if (!s || s.paragraph !== f.paragraph || t.frames.some((g) => g.cueStart >= s.start && g.cueStart < s.end)) return false;
  if (!startingWithin(t.actors, s.start, s.end).some((m) => m.entity === f.speakerEntity)) return false;
  return wordsOf(t.text.slice(s.start, s.end)).some((w) => CONTEXT_WORDS.opinionWords.has(w));
}

/**
 * Which statements are a judge's opinion: by their own clause's words (`clauseWords`, null for a
 * statement not asked: nested, or dated by its own clause) or by the sentence before.
 */
export function judgesOpinions(t: SceneInput, clauseWords: readonly (readonly string[] | null)[]): boolean[] {
  return clauseWords.map((words, i) => words !== null && (opinionWords(words) || opinionSentenceBefore(t, i)));
}

/**
 * "Judge X said …", "Defence lawyer Z said …" after "A former clerk was yesterday jailed …": does the
 * speaker's description (its words before the cue) name a part in the hearing (context.json
 * hearingRoles)? Such words, undated, were said at the hearing the lead reports.
 */
export function hearingRole(speakerWords: readonly string[]): boolean {
  return speakerWords.some((w) => CONTEXT_WORDS.hearingRoles.has(w));
}

/** Does a sentence report a court's ruling ("ruled", "struck down … in a 5-4 decision", "upheld the verdict")? */
export function reportsARuling(text: string, s: Sentence): boolean {
  return wordsOf(text.slice(s.start, s.end)).some((w) => CONTEXT_WORDS.rulingWords.has(w));
}
