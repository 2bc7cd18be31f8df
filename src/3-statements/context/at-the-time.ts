// Stage 3, step 4, one of the time rules of time.ts (rule at-the-time): "The watchdog said in a
// report last year that … Its chairman said at the time that …" — words said "at the time" were
// said when the statement just before them was, so they take its date. The phrases are
// context.json atTheTimePhrases; the words that make one another event's time, atTheTimeBreakers.

import { CONTEXT_WORDS, wordsOf } from './words.js';

/** What the rule reads of time.ts's TimeInput (declared here: this file imports nothing from time.ts). */
export interface AtTheTimeInput {
  text: string;
  clause: { start: number; end: number };
  content: { start: number; end: number };
  /** The date of the statement before (top level), if it has one. */
  previous?: string | null;
  /** Stretches of the clause that are not about the saying (the speaker's description). */
  except?: readonly (readonly [number, number])[];
}

/** The phrases, lower case, each as its words. */
const PHRASES: readonly (readonly string[])[] = [...CONTEXT_WORDS.atTheTimePhrases].map((p) => p.split(' '));

/**
 * The date of the statement before, when the cue's clause, outside its content and the speaker's
 * description, says the words were said "at the time" (not "at the time of the crash", another
 * event's time); undefined otherwise.
 */
export function atTheTime(t: AtTheTimeInput): string | undefined {
  if (!t.previous) return undefined;
  const { clause, content } = t;
  const pieces: [number, number][] = [[clause.start, Math.max(clause.start, Math.min(clause.end, content.start))], [Math.min(clause.end, Math.max(clause.start, content.end)), clause.end]];
  for (const [from, to] of pieces) {
    // (A cheap trigger first: most clauses hold no "time" or "then" at all.)
    let piece = t.text.slice(from, to);
    const lower = piece.toLowerCase();
    if (!lower.includes('time') && !lower.includes('then')) continue;
    // (The speaker's description blanked, a comma in its place: "X, the mayor at the time, said" is no saying at the time.)
    for (const [a, b] of t.except ?? []) {
      const [s, e] = [Math.max(a, from) - from, Math.min(b, to) - from];
      if (s < e) piece = `${piece.slice(0, s)}${','.padEnd(e - s, ' ')}${piece.slice(e)}`;
    }
    if (saysAtTheTime(wordsOf(piece))) return t.previous;
  }
  return undefined;
}

/** Do the words hold one of the phrases, not followed by a word that makes it another event's time ("at the time of", "at the time when")? */
function saysAtTheTime(words: readonly string[]): boolean {
  return words.some((_w, i) => PHRASES.some((p) => p.every((w, k) => words[i + k] === w) && !CONTEXT_WORDS.atTheTimeBreakers.has(words[i + p.length] ?? '')));
}
