// Stage 3, step 4, after the occasions: a sentence that says when and where the words just before it
// were said — "She made the remarks at a news conference in Ottawa on Monday", "Bakare disclosed
// this on Tuesday while speaking with journalists in Ikeja" — dates and places the statements of
// that occasion, and the same speaker's statements right after it. Words in context.json.

import type { DateMention, Mention, Sentence, Token } from '../../types.js';
import { lowerBound, startingWithin } from '../../spans.js';
import { RELATIVE_DAYS, WEEKDAYS } from '../../lexicon/calendar.js';
import { placeRule, wordsBefore } from './place.js';
import { laterThan } from './time.js';
import { CONTEXT_WORDS, endsListed, wordsOf } from './words.js';

/** One statement as the scene pass sees it. */
export interface SceneFrame {
  sentenceStart: number;
  cueStart: number;
  contentStart: number;
  contentEnd: number;
  paragraph: number;
  speakerEntity: string | null;
  nested: boolean;
  /** Said or written, not a thought or an attitude: only words said have an occasion. */
  uttered: boolean;
  /** The content is a clause or a quotation, not an object of the cue ("unveiled | the phone at a keynote"). */
  clausal: boolean;
  /** The statement's own clause gave it a date / a place (and which place). */
  ownDate: boolean;
  ownPlace: boolean;
  ownPlaceKey: string | null;
  /** The speaker mention with its description ("Judge Ruth Penhale"), or null. */
  speakerSpan: readonly [number, number] | null;
}

export interface SceneInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Date and place-name mentions, sorted by start. */
  dates: readonly DateMention[];
  places: readonly Mention[];
  /** Organisations named as courts or buildings may be an act's venue ("was sentenced at Exeter Crown Court"); sorted by start. */
  buildings?: readonly Mention[];
  /** Mentions of people and organisations (no pronouns), sorted by start. */
  actors: readonly Mention[];
  published: string | null;
  /** Statements in reading order. */
  frames: readonly SceneFrame[];
}

/** What a scene sentence gives: a date, a place, or both. */
interface Scene {
  sentence: Sentence;
  date: string | null;
  place: string | null;
  /** The first person or organisation the sentence names before its reference to the words. */
  subject: string | null;
}

/** Where tokens [from, to) point back at words said ("the remarks", "his comments", "disclosed this", "said so"): the offset of that word, or -1. */
export function utteranceReference(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k]!.lower;
    const previous = tokens[k - 1]!.lower;
    if ((CONTEXT_WORDS.utteranceNouns.has(w) && CONTEXT_WORDS.utteranceDeterminers.has(previous)) || (CONTEXT_WORDS.referringObjects.has(w) && CONTEXT_WORDS.referringSpeechVerbs.has(previous))) return tokens[k]!.start;
  }
  return -1;
}

/** Place rules that name an occasion: a bare "in Lodi" after "the address listed on the records" is not where words were said. */
const OCCASION_RULES: ReadonlySet<string> = new Set(['occasion-place', 'speaking-place']);

/** How many words a date or place may stand after the reference ("made the remarks at a joint news conference with the vice president in Jakarta"). */
const SCENE_REACH = 14;

/**
 * Does a date or place at `to` belong to the occasion referred to at `from`: within reach after it,
 * with no word between that opens another event or clause ("came the day after the convention in
 * Cleveland", "in response to a letter sent on Monday")?
 */
function follows(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const words = wordsOf(text.slice(from, to));
  return words.length <= SCENE_REACH && !words.some((w) => CONTEXT_WORDS.sceneBreakers.has(w) || w === ';');
}

/** Is the stretch inside a statement's content — other than one of the sentence's own read after its reference (a participle, "disclosed this while speaking with journalists in Ikeja", describes the occasion)? */
const insideContent = (t: SceneInput, start: number, end: number, s?: { sentence: Sentence; at: number }): boolean =>
  t.frames.some((f) => f.contentStart < end && start < f.contentEnd && !(s && f.cueStart > s.at && f.cueStart < s.sentence.end && PARTICIPLE.test(t.text.slice(f.cueStart, f.cueStart + 20))));

/** A cue in -ing form ("speaking", "addressing"). */
const PARTICIPLE = /^\p{L}+ing\b/u;

/** The date of the occasion a sentence names: "on Monday", "during Tuesday's briefing", "yesterday"; not "a week after the vote". */
function sceneDate(t: SceneInput, s: Sentence, at: number): string | null {
  return sceneDateAfter(t, s, at, (start) => follows(t.text, at, start));
}

/**
 * The first date of the sentence that `near` accepts, outside any statement's words, opened as an
 * occasion's date ("on Monday", a weekday alone); with `owned`, also a weekday owning an occasion
 * ("left out of Sunday's match"), for words that point back at it ("after the game") — not for a
 * sentence that narrates its own occasion ("complimented the moderator of Monday night's debate" is no scene).
 */
export function sceneDateAfter(t: SceneInput, s: Sentence, at: number, near: (start: number) => boolean, owned = false): string | null {
  for (const d of startingWithin(t.dates, s.start, s.end)) {
    if (d.end > s.end || laterThan(d.value, t.published) || insideContent(t, d.start, d.end, { sentence: s, at })) continue;
    if (!near(d.start)) continue;
    const first = wordsOf(d.text)[0] ?? '';
    const before = wordsOf(t.text.slice(Math.max(s.start, d.start - 20), d.start)).at(-1) ?? '';
    // ("in Suva last night", "was yesterday sentenced": a relative day of its own dates the occasion after any word.)
    if (CONTEXT_WORDS.sceneDateOpeners.has(before) || ((WEEKDAYS.has(first) || RELATIVE_DAYS.has(first)) && !/^\p{L}/u.test(before)) || CONTEXT_WORDS.sceneRelativeDays.has(d.text.toLowerCase()) || (owned && possessedOccasion(t.text, d))) return d.value;
  }
  return null;
}

/** How many words may stand between a day's "'s" and the occasion it owns ("Sunday's league match"). */
const OWNED_MODIFIERS = 2;

/** Is the date a day owning an occasion: "Sunday's match", "Tuesday's league match", "Monday's hearing"? */
function possessedOccasion(text: string, d: DateMention): boolean {
  if (!WEEKDAYS.has(wordsOf(d.text)[0] ?? '') || !/^['’]s\s/.test(text.slice(d.end, d.end + 3))) return false;
  const after = wordsOf(text.slice(d.end + 2, d.end + 60));
  for (let k = 0; k < after.length && k <= OWNED_MODIFIERS; k++) {
    if (endsListed(CONTEXT_WORDS.eventNouns, after, k)) return true;
    if (/^[,;:()—–"“”]$/.test(after[k]!)) return false;
  }
  return false;
}

/** A sentence that names the date or place of words said, outside any statement's content, with the actor it names first before its reference, a person before an organisation (null: a pronoun or none). */
function sceneOf(t: SceneInput, s: Sentence): Scene | null {
  const at = utteranceReference(t.tokens, s.tokenStart, s.tokenEnd);
  // Words inside a statement's content ("she said the remarks were misread") are what was said, not a scene.
  if (at < 0 || insideContent(t, at, at + 1)) return null;
  // "has said so before, most notably in his speech in Selma": an earlier occasion.
  if (wordsOf(t.text.slice(s.start, at)).some((w) => CONTEXT_WORDS.earlierOccasionWords.has(w))) return null;
  const date = sceneDate(t, s, at);
  const place = startingWithin(t.places, at, s.end).find((m) => m.end <= s.end && follows(t.text, at, m.start) && !insideContent(t, m.start, m.end, { sentence: s, at }) && OCCASION_RULES.has(placeRule(wordsBefore(t.text, s.start, m.start)) ?? ''))?.entity ?? null;
  if (!date && !place) return null;
  // (A person first: "The Commissioner for the Environment, Tunde Bakare, disclosed this" is Bakare's.)
  const named = startingWithin(t.actors, s.start, at).filter((m) => !insideContent(t, m.start, m.end));
  const subject = (named.find((m) => m.entity.startsWith('Person/')) ?? named[0])?.entity ?? null;
  return { sentence: s, date, place, subject };
}

/**
 * The statements a scene sentence dates and places: the last top-level statement before it (in its
 * paragraph or the one before) with the same speaker's statements right before that, and the same
 * speaker's statements after it in its paragraph and the next — when the sentence's subject is
 * that speaker, the next statement's speaker ("Bakare disclosed this on Tuesday …" before his own
 * words), or a pronoun ("She made the remarks …"); never another actor's occasion ("Trump had planned
 * to give remarks …" after a statement of Clinton's).
 */
function sceneTargets(t: SceneInput, scene: Scene): number[] {
  const { frames } = t;
  const s = scene.sentence;
  let last = -1;
  for (let i = 0; i < frames.length && frames[i]!.sentenceStart < s.start; i++) if (!frames[i]!.nested) last = i;
  if (last < 0 || frames[last]!.paragraph < s.paragraph - 1) return [];
  const speaker = frames[last]!.speakerEntity;
  const next = frames.slice(last + 1).find((f) => !f.nested && f.sentenceStart >= s.end);
  const nextSpeaker = next && next.paragraph <= s.paragraph + 1 ? next.speakerEntity : null;
  if (scene.subject !== null && scene.subject !== speaker && scene.subject !== nextSpeaker) return [];
  const same = (f: SceneFrame) => f.nested || f.speakerEntity === speaker;
  const out: number[] = [];
  for (let i = last; i >= 0 && frames[i]!.paragraph >= s.paragraph - 1 && same(frames[i]!); i--) if (!frames[i]!.nested && frames[i]!.uttered) out.push(i);
  const after = (f: SceneFrame) => same(f) || (f.speakerEntity !== null && f.speakerEntity === scene.subject);
  for (let i = last + 1; i < frames.length && frames[i]!.paragraph <= s.paragraph + 1; i++) {
    if (frames[i]!.sentenceStart < s.end) continue;
    if (!after(frames[i]!)) break;
    if (!frames[i]!.nested && frames[i]!.uttered) out.push(i);
  }
  return out;
}

/** What an occasion gives the statements it reaches: its date and place where their own clause gave none (only what changes). */
export function giveScene(frames: readonly SceneFrame[], out: Map<number, { date?: string; place?: string }>, targets: readonly number[], scene: { date: string | null; place: string | null }): void {
  for (const i of targets) {
    const f = frames[i]!;
    const got = out.get(i) ?? {};
    if (scene.date && !f.ownDate) got.date = scene.date;
    if (scene.place && !f.ownPlace) got.place = scene.place;
    if (got.date || got.place) out.set(i, got);
  }
}

/**
 * Dates and places from scene sentences, for statements whose own clause gave none.
 * @returns per statement index, the date and place a scene gives (only what changes)
 */
export function sceneContexts(t: SceneInput): Map<number, { date?: string; place?: string }> {
  const out = new Map<number, { date?: string; place?: string }>();
  if (!t.frames.length) return out;
  const first = lowerBound(t.sentences, t.frames[0]!.sentenceStart);
  for (let k = first + 1; k < t.sentences.length; k++) {
    const scene = sceneOf(t, t.sentences[k]!);
    if (!scene) continue;
    giveScene(t.frames, out, sceneTargets(t, scene), scene);
  }
  return out;
}
