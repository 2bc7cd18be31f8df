// Stage 3, step 4, before the scene sentences that refer back to words said (scene.ts): a sentence
// that narrates an occasion of speech with its date or place — "Merz and Macron held a joint news
// conference in Berlin on Thursday.", "The Treasurer was grilled during question time on Wednesday."
// — dates and places the statements of the people it names that follow it, in its paragraph and the next.

import type { Sentence } from '../../types.js';
import { lowerBound, startingWithin } from '../../spans.js';
import { placeRule, wordsBefore } from './place.js';
import { giveScene, sceneDateAfter, type SceneFrame, type SceneInput } from './scene.js';
import { CONTEXT_WORDS, pairListed, wordsOf } from './words.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';

/** Place rules that name an occasion's place ("at a rally in Tampa", "held a news conference in Berlin"). */
const OCCASION_RULES: ReadonlySet<string> = new Set(['occasion-place', 'speaking-place']);

/** How many paragraphs after an occasion of a described group its participants' statements may stand. */
const GROUP_REACH = 3;

/** How many words the date or place may stand after the occasion's noun. */
const REACH = 8;
/** How many words a date before the occasion's noun may span with the verb and article between ("on January 6 chaired a"). */
const BEFORE_REACH = 7;

/** An occasion a sentence narrates: where its noun is, its date and place, and the people and bodies it names before it. */
interface EventScene {
  sentence: Sentence;
  date: string | null;
  place: string | null;
  subjects: ReadonlySet<string>;
  /** Its participants are a group the sentence describes, not names ("Candidates for mayor clashed …"): those the story names after it spoke there. */
  group: boolean;
}

/** The offset of the first occasion noun of the sentence ("news conference", "question time"), or -1. */
function occasionAt(t: SceneInput, s: Sentence): number {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const w = t.tokens[k]!.lower;
    // (The pair is looked up only when its second word ends a two-word entry: a string a token was made for every token.)
    if (CONTEXT_WORDS.eventNouns.has(w) || (k + 1 < s.tokenEnd && pairListed(CONTEXT_WORDS.eventNouns, w, t.tokens[k + 1]!.lower))) return t.tokens[k]!.start;
  }
  return -1;
}

/** Words from a date to the occasion's noun after it: a date, a verb and its article at most ("on Monday held a news conference"), no clause between. */
function dateBeforeOccasion(between: string): boolean {
  const words = wordsOf(between);
  return words.length <= BEFORE_REACH && !words.some((w) => CONTEXT_WORDS.sceneBreakers.has(w) || /^[,;:—–]$/.test(w));
}

/** A sentence with no statement of its own that narrates an occasion with a date or a place, and names who was there. */
function eventSceneOf(t: SceneInput, s: Sentence): EventScene | null {
  // (The occasion noun first: most sentences have none, and the frames are not read for them.)
  const at = occasionAt(t, s);
  // (A statement of the sentence keeps it only when its words or its cue hold the occasion: "The
  // candidates hoping to become mayor clashed … at a debate on Tuesday night" narrates it.)
  if (at < 0 || t.frames.some((f) => (f.contentStart <= at && at < f.contentEnd) || (f.cueStart >= s.start && f.cueStart < s.end && f.contentEnd > at))) return null;
  // (The date may stand after the occasion's noun, or between its subject and the verb that holds
  // it: "Prime Minister X on January 6 chaired a meeting on growth".)
  const near = (start: number) => (start > at ? wordsOf(t.text.slice(at, start)).length <= REACH : dateBeforeOccasion(t.text.slice(start, at)));
  const date = sceneDateAfter(t, s, at, near);
  const place = startingWithin(t.places, at, s.end).find((m) => m.end <= s.end && near(m.start) && OCCASION_RULES.has(placeRule(wordsBefore(t.text, s.start, m.start)) ?? ''))?.entity ?? null;
  if (!date && !place) return null;
  const subjects = new Set(startingWithin(t.actors, s.start, at).map((m) => m.entity));
  if (subjects.size) return { sentence: s, date, place, subjects, group: false };
  // ("Candidates for mayor clashed over housing at a debate on Tuesday night.": a plural noun for people opens it.)
  return date && groupOpens(t, s, at) ? { sentence: s, date, place, subjects, group: true } : null;
}

/** Does the sentence open with a plural noun for people ("Candidates", "Residents at a meeting"), before its first verb and the occasion's noun? */
function groupOpens(t: SceneInput, s: Sentence, at: number): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd && t.tokens[k]!.start < at; k++) {
    const w = t.tokens[k]!;
    if (w.pos === 'VERB' || w.pos === 'AUX') return false;
    if ((w.pos === 'NOUN' || w.pos === 'PROPN') && w.lower.endsWith('s') && tokenIs(WORDS.personNouns, w)) return true;
  }
  return false;
}

/**
 * The statements an occasion dates and places: the statements after its sentence, in its paragraph
 * and the next, while their speaker is one the sentence names; the first by anyone else, or the
 * first that gives its own date, ends it.
 */
function eventTargets(t: SceneInput, scene: EventScene): number[] {
  const out: number[] = [];
  const s = scene.sentence;
  for (let i = 0; i < t.frames.length; i++) {
    const f: SceneFrame = t.frames[i]!;
    // (A question with no named asker, "Asked about the troops, …", goes on with the occasion.)
    // (A group's occasion reaches three paragraphs on: a debate's report gives each speaker a paragraph.)
    const reach = scene.group ? GROUP_REACH : 1;
    if (f.sentenceStart < s.end || f.nested || (f.speakerEntity === null && f.paragraph <= s.paragraph + reach)) continue;
    // (A statement that gives its own date is another occasion: "On Wednesday, Ruiz said …".)
    // (For a group, anyone the story first names after the occasion is one of them.)
    const member = scene.group ? !namedBefore(t, f.speakerEntity!, s.start) : scene.subjects.has(f.speakerEntity!);
    if (f.paragraph > s.paragraph + reach || !member || f.ownDate) break;
    if (f.uttered) out.push(i);
  }
  return out;
}

/** Is the entity named before offset `at`? */
function namedBefore(t: SceneInput, entity: string, at: number): boolean {
  for (const m of t.actors) {
    if (m.start >= at) return false;
    if (m.entity === entity) return true;
  }
  return false;
}

/**
 * Dates and places from sentences that narrate an occasion, for the statements after them whose
 * own clause gave none.
 * @returns per statement index, the date and place the occasion gives (only what changes)
 */
export function eventSceneContexts(t: SceneInput): Map<number, { date?: string; place?: string }> {
  const out = new Map<number, { date?: string; place?: string }>();
  if (!t.frames.length) return out;
  for (const s of t.sentences) {
    if (s.start >= t.frames.at(-1)!.contentStart) break;
    const scene = eventSceneOf(t, s);
    if (!scene) continue;
    giveScene(t.frames, out, eventTargets(t, scene), scene);
  }
  return out;
}

/** How many sentences back a narrated occasion may stand from the words that point at it. */
const BACK_REACH = 3;

/**
 * "The Senate on Thursday rejected the bill. Leading the debate, Senator X argued …": a statement
 * whose clause points back at an occasion ("the debate", `pointsBack`) and gives no date of its own
 * takes the date the nearest sentence before it (three at most, in its paragraph or the one before)
 * gives outside any statement's words, whoever speaks.
 * @returns per statement index, the date that occasion gives
 */
export function narratedOccasionDates(t: SceneInput, pointsBack: readonly boolean[]): Map<number, { date: string }> {
  const out = new Map<number, { date: string }>();
  t.frames.forEach((f, i) => {
    if (!pointsBack[i]) return;
    const here = lowerBound(t.sentences, f.sentenceStart + 1) - 1;
    for (let k = here - 1; k >= 0 && k >= here - BACK_REACH; k--) {
      const s = t.sentences[k]!;
      if (s.paragraph < f.paragraph - 1) break;
      const date = sceneDateAfter(t, s, s.start, () => true, true);
      if (date) {
        out.set(i, { date });
        break;
      }
    }
  });
  return out;
}
