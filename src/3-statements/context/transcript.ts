// Stage 3, step 4, after the other occasion rules (index.ts): an interview printed as questions and
// answers ("Q: … A: …", "FERREIRA: …") is one occasion. Each answer its own clause leaves unplaced was
// said where the interview was: the place of the same speaker's words before the first answer, or of
// a sentence there that puts the speaker at it ("X spoke to The Courier in Lisbon last week").

import type { Mention, Sentence } from '../../types.js';
import { startingWithin } from '../../spans.js';
import { placeRule, wordsBefore } from './place.js';

/** What the rule reads of a statement. */
export interface TurnFrame {
  contentStart: number;
  sentenceStart: number;
  speakerEntity: string | null;
  nested: boolean;
}

/** A paragraph's label before an answer: "A:", "Answer:", "FERREIRA:", "Ms Ferreira:" — one to three words, then a colon, nothing after it but the words. */
const LABEL = /^[ \t]*(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}\p{Lu}[\p{L}.'’-]*[ \t]*:[ \t]*$/u;

/** Place rules that put a speaker at an occasion ("spoke to The Courier in Lisbon", "at a briefing in Lisbon"). */
const INTERVIEW_RULES: ReadonlySet<string> = new Set(['speaking-place', 'occasion-place']);

/** Is the statement a labelled turn: its paragraph opens with a label and a colon right before its words? */
function labelledTurn(text: string, f: TurnFrame): boolean {
  const line = text.lastIndexOf('\n', f.contentStart - 1) + 1;
  return f.contentStart - line <= 40 && LABEL.test(text.slice(line, f.contentStart));
}

/**
 * The interview's place for a speaker's labelled turns: their own words before the first turn that
 * a rule placed (`placed`), else the last sentence before it naming them with a place a rule of
 * speaking or of an occasion reads.
 */
function interviewPlace(text: string, sentences: readonly Sentence[], places: readonly Mention[], speakers: readonly Mention[], frames: readonly TurnFrame[], placed: readonly (string | null)[], first: number): string | null {
  const f = frames[first]!;
  for (let k = first - 1; k >= 0; k--) if (!frames[k]!.nested && frames[k]!.speakerEntity === f.speakerEntity && placed[k]) return placed[k]!;
  for (let j = sentences.length - 1; j >= 0; j--) {
    const s = sentences[j]!;
    if (s.end > f.sentenceStart || !speakers.some((m) => m.entity === f.speakerEntity && m.start >= s.start && m.end <= s.end)) continue;
    const m = startingWithin(places, s.start, s.end).find((p) => p.end <= s.end && INTERVIEW_RULES.has(placeRule(wordsBefore(text, s.start, p.start)) ?? ''));
    if (m) return m.entity;
  }
  return null;
}

/**
 * Places for the labelled turns of a printed interview that have none.
 * @param placed - per statement, the place given so far
 * @returns per statement index, the interview's place
 */
export function transcriptPlaces(text: string, sentences: readonly Sentence[], places: readonly Mention[], speakers: readonly Mention[], frames: readonly TurnFrame[], placed: readonly (string | null)[]): Map<number, string> {
  const out = new Map<number, string>();
  const found = new Map<string, string | null>();
  frames.forEach((f, i) => {
    if (f.nested || !f.speakerEntity || placed[i] || !labelledTurn(text, f)) return;
    if (!found.has(f.speakerEntity)) found.set(f.speakerEntity, interviewPlace(text, sentences, places, speakers, frames, placed, i));
    const place = found.get(f.speakerEntity);
    if (place) out.set(i, place);
  });
  return out;
}
