// Stage 3, step 4, before the scene sentences that refer back to words said (scene.ts): a sentence
// that narrates an occasion — "Merz and Macron held a joint news conference in Berlin on Thursday.",
// "Nowicki was sentenced at Leicester Crown Court on Wednesday." — with its date or place opens a scene:
// the undated words of those it names, and of people first named after it, in its paragraph and the next.

import type { Sentence, Token } from '../../types.js';
import { lowerBound, startingWithin, indexHolding } from '../../spans.js';
import { occasionHost, placeRule, venueName, wordsBefore } from './place.js';
import { hearingRole } from './opinions.js';
import { giveScene, sceneDateAfter, type SceneFrame, type SceneInput } from './scene.js';
import { CONTEXT_WORDS, endsListed, pairListed, wordsOf } from './words.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';
import { WEEKDAYS } from '../../lexicon/calendar.js';
import { laterThan } from './time.js';
import { pastEvent, pastPeriod } from './lead-occasion.js';

/** Place rules that name an occasion's place ("at a rally in Tampa", "held a news conference in Berlin"). */
const OCCASION_RULES: ReadonlySet<string> = new Set(['occasion-place', 'speaking-place']);
/** After a verb of a public act, "at" or "in" a place names its place too ("was sentenced at Leicester Crown Court"). */
const ACT_RULES: ReadonlySet<string> = new Set([...OCCASION_RULES, 'locative']);

/** How many paragraphs after an occasion of a described group its participants' statements may stand. */
const GROUP_REACH = 3;
/** How many paragraphs after a recent occasion its words may stand, each paragraph holding words of it ("Sentencing him, Judge X told …\n\nShe said …\n\nDefending, Y said …"). */
const CHAIN_REACH = 4;

/** How many words the date or place may stand after the occasion's noun. */
const REACH = 8;
/** How many words the date or place may stand after a verb of a public act, its object between. */
const ACT_REACH = 14;
/** How many words a date before the occasion's noun may span with the verb and article between ("on January 6 chaired a"). */
const BEFORE_REACH = 7;
/** How many words a date after the subject may stand before the occasion's noun, commas between allowed ("on Tuesday unveiled its first foldable smartphone, the Orbis Fold, at a keynote"). */
const SUBJECT_DATE_REACH = 14;

/** An occasion a sentence narrates: where its noun is, its date and place, and the people and bodies it names before it. */
interface EventScene {
  sentence: Sentence;
  date: string | null;
  place: string | null;
  subjects: ReadonlySet<string>;
  /** Its participants are a group the sentence describes, not names ("Candidates for mayor clashed …"): those the story names after it spoke there. */
  group: boolean;
  /** Dated by a day of the story's own days, in a sentence that names no period or day it goes back to: people first named after it may have spoken there. */
  recent: boolean;
  /** A court's act ("was jailed", "was sentenced"): only those with a part in the hearing (judge, prosecutor …) are first named there; a plain lawyer often speaks another day. */
  court: boolean;
  /** A hearing (a court's act, a plea, a sitting body after the act, a sitting's noun: "public comment", "hearing"): its report gives each participant a paragraph, so it reaches on while each paragraph holds words of it. */
  hearing: boolean;
  /** The sentence's own statements that narrate its act ("admitted | causing death … at Leicester Crown Court on Wednesday"): at the occasion too. */
  narrating: readonly SceneFrame[];
}

/**
 * The offset of the first occasion noun of the sentence ("news conference", "question time"), else
 * of its first verb of a public act ("was sentenced", "unveiled", "voted"; `verb`), or null.
 */
function occasionAt(t: SceneInput, s: Sentence): { at: number; verb: boolean } | null {
  let act = -1;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const token = t.tokens[k]!;
    const w = token.lower;
    // (The pair is looked up only when its second word ends a two-word entry: a string a token was made for every token.)
    if ((CONTEXT_WORDS.eventNouns.has(w) && !verbAfterDate(t, s, k)) || (k + 1 < s.tokenEnd && pairListed(CONTEXT_WORDS.eventNouns, w, t.tokens[k + 1]!.lower))) return { at: token.start, verb: false };
    if (act < 0 && token.pos === 'VERB' && CONTEXT_WORDS.publicActVerbs.has(token.lemma)) act = token.start;
  }
  return act < 0 ? null : { at: act, verb: true };
}

/**
 * Is the event noun at token k a verb spelt as one, ending a subject dated before it: "figures
 * published on Thursday show." / "… show that …" — right after a date, then the sentence's end, a
 * clause mark or "that"? (A tagger reads "show" there as a noun.)
 */
function verbAfterDate(t: SceneInput, s: Sentence, k: number): boolean {
  const token = t.tokens[k]!;
  const next = t.tokens[k + 1];
  const closes = k + 1 >= s.tokenEnd || !next || /^[.,;:!?]$/.test(next.lower) || next.lower === 'that';
  return closes && t.dates.some((d) => d.end <= token.start && /^\s*$/.test(t.text.slice(d.end, token.start)));
}

/**
 * The statements of the sentence that narrate its act, read as a report of an object: "unveiled | the
 * phone at a keynote in Cupertino on Tuesday", "spoke | at a rally in Philadelphia on Monday" — a cue
 * of a public act in the sentence, an object content (no clause, no quotation) holding the occasion
 * after "at" or "during" (not "praised … for convening a conference", "spoke of a recent visit"); or
 * the act's verb read as the cue of an object.
 */
function narratingObjects(t: SceneInput, s: Sentence, at: number): SceneFrame[] {
  // (Or the act's verb is the cue itself: "admitted | causing death by dangerous driving at Leicester Crown Court on Wednesday".)
  return t.frames.filter((f) => f.cueStart >= s.start && ((f.cueStart === at && (!f.clausal || gerundAt(t, f.contentStart))) || (!f.clausal && f.cueStart < at && f.contentStart <= at && at < f.contentEnd && CONTEXT_WORDS.publicActVerbs.has(t.tokens[lowerBound(t.tokens, f.cueStart)]?.lemma ?? '') && occasionAfterPreposition(t, at))));
}

/** Does a gerund open the content ("admitted | causing death …")? */
function gerundAt(t: SceneInput, start: number): boolean {
  const w = t.tokens[lowerBound(t.tokens, start)];
  return !!w && w.start === start && w.lower.endsWith('ing');
}

/** How many words (an article and modifiers) may stand between "at"/"during" and the occasion's noun ("at a hastily arranged keynote"). */
const OCCASION_MODIFIERS = 3;

/** Does "at" or "during" stand just before the occasion's noun phrase ("at a keynote", "during the launch")? */
function occasionAfterPreposition(t: SceneInput, at: number): boolean {
  const k = lowerBound(t.tokens, at);
  for (let j = k - 1; j >= 0 && j >= k - 1 - OCCASION_MODIFIERS; j--) {
    const w = t.tokens[j]!.lower;
    if (CONTEXT_WORDS.bareOccasionPrepositions.has(w)) return true;
    if (/^[,;:]$/.test(w) || t.tokens[j]!.pos === 'VERB') return false;
  }
  return false;
}

/** Does a future word stand before the occasion ("will hold a rally", "is to address"), or is its date later than publication? Then it is still to come. */
function toCome(t: SceneInput, s: Sentence, at: number): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd && t.tokens[k]!.start < at; k++) if (tokenIs(WORDS.modals, t.tokens[k]!)) return true;
  return startingWithin(t.dates, s.start, s.end).some((d) => d.end <= s.end && laterThan(d.value, t.published));
}

/**
 * Is the occasion's date a day of the story's own week, in a sentence that names no earlier period or
 * day ("When Obama took office in 2008, … his speech in Cairo" is the story's past)?
 */
function recentDay(t: SceneInput, s: Sentence, date: string | null): boolean {
  const published = t.published;
  if (!date || !published || !DAY.test(date) || pastEvent(date, published)) return false;
  return !startingWithin(t.dates, s.start, s.end).some((d) => d.end <= s.end && (pastEvent(d.value, published) || pastPeriod(d.value, published)));
}

/** A full day, not a week, a month or a year. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A verb in a past form ("gave", "voted"), not its base or -s form. */
const pastVerb = (w: Token | undefined): boolean => !!w && w.pos === 'VERB' && w.lower !== w.lemma && !w.lower.endsWith('ing') && w.lower !== `${w.lemma}s`;

/** "was", "were": a progressive auxiliary in the past. */
const pastAuxiliary = (w: Token): boolean => CONTEXT_WORDS.pastProgressiveAuxiliaries.has(w.lower);

/** "was sentenced at Exeter Crown Court": a court or a building after the act's verb (its object between, no comma) and "at"/"in" ("the" between allowed). */
function venueAfter(t: SceneInput, s: Sentence, at: number): string | null {
  const m = startingWithin(t.buildings ?? [], at, s.end).find((b) => b.end <= s.end && venueName(b));
  const between = m ? t.text.slice(at, m.start) : '';
  return m && venuePreposition(t, m.start) && wordsOf(between).length <= ACT_REACH && !wordsOf(between).some((w) => /^[,;:]$/.test(w)) ? m.entity : null;
}

/** How many words the occasion's noun and "at"/"in" may span before the body that hosts it ("the press conference at"). */
const HOST_WORDS = 3;

/** "Parents packed the meeting at Riverside High School on Tuesday": the body that hosts the occasion (place.ts occasionHost). */
function hostAfter(t: SceneInput, s: Sentence, at: number): string | null {
  const m = startingWithin(t.buildings ?? [], at, s.end).find((b) => b.end <= s.end && wordsOf(t.text.slice(at, b.start)).length <= HOST_WORDS + 1 && occasionHost(wordsBefore(t.text, s.start, b.start)));
  return m?.entity ?? null;
}

/** Does "at" or "in" (grammar.json atIn), "the" at most between, stand right before offset `start` ("jailed at ", "testified in the ")? */
function venuePreposition(t: SceneInput, start: number): boolean {
  let k = lowerBound(t.tokens, start) - 1;
  if (k >= 0 && t.tokens[k]!.lower === 'the') k--;
  return k >= 0 && tokenIs(WORDS.atIn, t.tokens[k]!);
}

/**
 * A weekday with no "on" after the occasion's noun or a verb ("public comment Monday night", "the
 * board voted Tuesday"), US style, near the occasion and outside every statement's words.
 */
function bareDayAt(t: SceneInput, s: Sentence, near: (start: number) => boolean, noun?: string): string | null {
  for (const d of startingWithin(t.dates, s.start, s.end)) {
    if (d.end > s.end || !WEEKDAYS.has(wordsOf(d.text)[0] ?? '') || laterThan(d.value, t.published) || !near(d.start)) continue;
    if (t.frames.some((f) => f.contentStart < d.end && d.start < f.contentEnd)) continue;
    const k = lowerBound(t.tokens, d.start) - 1;
    const before = t.tokens[k];
    if (!before || k < s.tokenStart || (noun !== undefined && before.lower !== noun)) continue;
    const words = t.tokens.slice(Math.max(s.tokenStart, k - 2), k + 1).map((w) => w.lower);
    // (After "a" and the noun only when a verb in the past holds it: "gave a stump speech Tuesday night"; "including a debate Thursday in Des Moines" lists one to come.)
    const article = [k - 1, k - 2].find((j) => j >= s.tokenStart && tokenIs(WORDS.indefiniteArticles, t.tokens[j]!));
    // ("traded accusations during a heated debate Thursday night": or "during"/"at" before it, the scene's own preposition.)
    const opener = article === undefined ? undefined : t.tokens[article - 1];
    const listed = endsListed(CONTEXT_WORDS.eventNouns, words, words.length - 1) && (article === undefined || pastVerb(opener) || (!!opener && tokenIs(CONTEXT_WORDS.bareOccasionPrepositions, opener)));
    // ("was speaking Friday in Fort Wayne": a progressive after a past auxiliary too.)
    const progressive = before.pos === 'VERB' && before.lower.endsWith('ing') && k - 1 >= s.tokenStart && pastAuxiliary(t.tokens[k - 1]!);
    if (listed || pastVerb(before) || progressive) return d.value;
  }
  return null;
}

/** Words from a date to the occasion's noun after it: a date, a verb and its article at most ("on Monday held a news conference"), no clause between. */
function dateBeforeOccasion(between: string): boolean {
  const words = wordsOf(between);
  return words.length <= BEFORE_REACH && !words.some((w) => CONTEXT_WORDS.sceneBreakers.has(w) || /^[,;:—–]$/.test(w));
}

/** A sentence with no statement of its own (but one that narrates its act) that narrates an occasion with a date or a place, and names who was there. */
function eventSceneOf(t: SceneInput, s: Sentence): EventScene | null {
  // (The occasion noun first: most sentences have none, and the frames are not read for them.)
  const occasion = occasionAt(t, s);
  if (!occasion) return null;
  const { at, verb } = occasion;
  const narrating = narratingObjects(t, s, at);
  // (A statement of the sentence keeps it only when its words or its cue hold the occasion: "The
  // candidates hoping to become mayor clashed … at a debate on Tuesday night" narrates it.)
  // (Not one in a clause of another time after the occasion: "apologized at a news conference in Tokyo after the company admitted …".)
  if (t.frames.some((f) => !narrating.includes(f) && ((f.contentStart <= at && at < f.contentEnd) || (f.cueStart >= s.start && f.cueStart < s.end && f.contentEnd > at && !otherTimeClauseAfter(t, at, f))))) return null;
  if (toCome(t, s, at)) return null;
  // (The narrating statement's words are the sentence's narration: its date and place are the occasion's.)
  const read: SceneInput = narrating.length ? { ...t, frames: t.frames.filter((f) => !narrating.includes(f)) } : t;
  // (The date may stand after the occasion's noun, or between its subject and the verb that holds
  // it: "Prime Minister X on January 6 chaired a meeting on growth".)
  // (After a verb, its object stands between: "admitted causing death by dangerous driving at Leicester Crown Court on Wednesday".)
  const reach = verb ? ACT_REACH : REACH;
  const near = (start: number) => (start > at ? wordsOf(t.text.slice(at, start)).length <= reach : dateBeforeOccasion(t.text.slice(start, at)));
  // ("Orbis on Tuesday unveiled its first foldable phone, the Fold, at a keynote": a date after the subject, no clause of another time before the noun.)
  const subjectDate = (start: number) => start < at && wordsOf(t.text.slice(start, at)).length <= SUBJECT_DATE_REACH && !wordsOf(t.text.slice(s.start, at)).some((w) => CONTEXT_WORDS.sceneBreakers.has(w));
  const date = sceneDateAfter(read, s, at, near) ?? bareDayAt(read, s, near) ?? sceneDateAfter(read, s, s.start, subjectDate);
  const rules = verb ? ACT_RULES : OCCASION_RULES;
  const place = startingWithin(t.places, at, s.end).find((m) => m.end <= s.end && near(m.start) && rules.has(placeRule(wordsBefore(t.text, s.start, m.start)) ?? ''))?.entity ?? (verb ? venueAfter(t, s, at) : hostAfter(t, s, at));
  if (!date && !place) return null;
  const recent = recentDay(t, s, date);
  // (A verb of a public act opens a scene of the story's own days only: "was convicted in 2019 of fraud" is its past.)
  if (verb && !recent) return null;
  const court = verb && CONTEXT_WORDS.rulingWords.has(wordsOf(t.text.slice(at, at + 20))[0] ?? '');
  const anchor = wordsOf(t.text.slice(at, at + 30));
  const hearing = court || (verb && CONTEXT_WORDS.hearingActs.has(anchor[0] ?? '')) || (!verb && (CONTEXT_WORDS.sittingOccasions.has(anchor[0] ?? '') || CONTEXT_WORDS.sittingOccasions.has(anchor.slice(0, 2).join(' ')))) || wordsOf(t.text.slice(at, s.end)).some((w) => CONTEXT_WORDS.sittingBodies.has(w));
  const subjects = new Set(startingWithin(t.actors, s.start, at).map((m) => m.entity));
  // ("Candidates for mayor clashed over housing at a debate on Tuesday night.": a plural noun for people
  // opens it; a name in its modifiers is no participant of its own: "The two candidates for Ohio's open Senate seat traded …".)
  if (date && groupOpens(t, s, at)) return { sentence: s, date, place, subjects: new Set([...subjects].filter((e) => e.startsWith('Person/'))), group: true, recent, court, hearing, narrating };
  if (subjects.size) return { sentence: s, date, place, subjects, group: false, recent, court, hearing, narrating };
  // ("After two hours of public comment Monday night, the board delayed a vote.": no one named before the occasion; those named after it.)
  return recent ? { sentence: s, date, place, subjects: new Set(startingWithin(t.actors, at, s.end).map((m) => m.entity)), group: false, recent, court, hearing, narrating } : null;
}

/**
 * Does the statement stand in a clause of another time after the occasion's noun ("at a news
 * conference in Tokyo after the company admitted falsifying data"): a conjunction of context.json
 * otherTimeConjunctions between the noun and the cue, no clause mark from it to the cue? Its words are
 * another event's, not the occasion's (rule `other-time-clause-statement`).
 */
function otherTimeClauseAfter(t: SceneInput, at: number, f: SceneFrame): boolean {
  if (f.cueStart <= at) return false;
  const words = wordsOf(t.text.slice(at, f.cueStart));
  const k = words.findLastIndex((w) => CONTEXT_WORDS.otherTimeConjunctions.has(w));
  return k >= 0 && !words.slice(k + 1).some((w) => /^[,;:—–"“”()]$/.test(w));
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
 * and the next, while their speaker is one the sentence names or a person the story first names
 * after it (the judge at a sentencing, the founder at a launch, the superintendent at a board's
 * meeting); the first by anyone else, the first that gives its own date or another place, a
 * sentence that turns the story ("Meanwhile, …") or names another date, and the next occasion end it.
 * @param end - where the next occasion's sentence starts
 */
function eventTargets(t: SceneInput, scene: EventScene, end: number): number[] {
  const out: number[] = [];
  const s = scene.sentence;
  let k = lowerBound(t.sentences, s.end);
  let chained = s.paragraph;
  for (let i = 0; i < t.frames.length; i++) {
    const f: SceneFrame = t.frames[i]!;
    if (f.sentenceStart < s.end) continue;
    // (The sentences from the occasion's to this statement's: one that turns the story, or dates another time, ends it.)
    for (; k < t.sentences.length && t.sentences[k]!.start <= f.sentenceStart; k++) if (t.sentences[k]!.start >= end || turns(t, t.sentences[k]!, scene.date)) return out;
    // (A group's occasion reaches three paragraphs on: a debate's report gives each speaker a paragraph;
    // a hearing's goes on paragraph by paragraph while each holds words of it: judge, victim, counsel, police.)
    // (A group's goes on past its three while each paragraph holds words of it too: the moderator's question, the answer.)
    const chain = Math.min(chained + 1, s.paragraph + CHAIN_REACH);
    const reach = scene.group ? Math.max(s.paragraph + GROUP_REACH, chain) : scene.hearing ? chain : s.paragraph + 1;
    // (A question with no named asker, "Asked about the troops, …", goes on with the occasion.)
    if (f.nested || (f.speakerEntity === null && f.paragraph <= reach)) continue;
    // (A statement that gives its own date is another occasion: "On Wednesday, Ruiz said …"; so is one of another place.)
    // (For a group, anyone the story first names after the occasion is one of them; for a recent occasion, any person.)
    if (f.paragraph > reach) break;
    const newcomer = !namedBefore(t, f.speakerEntity!, s.start);
    const member = scene.group ? newcomer || scene.subjects.has(f.speakerEntity!) : scene.subjects.has(f.speakerEntity!) || (scene.recent && newcomer && f.speakerEntity!.startsWith('Person/') && (!scene.court || partInHearing(t, f)));
    if (!member || f.ownDate || (f.ownPlace && scene.place !== null && f.ownPlaceKey !== scene.place)) break;
    // (Words still to be said are no words of the occasion: "will tell the committee".)
    if (f.uttered && !modalCue(t, f)) out.push(i);
    chained = f.paragraph;
  }
  return out;
}

/**
 * Does a sentence after an occasion turn the story: open with "Meanwhile", "Elsewhere" …, or name
 * another day or week outside every statement's words ("The strike began on Friday", "reached out
 * weeks ago")? A month or a year is background, not another occasion ("one of 26 killed in the
 * December 2012 shooting").
 */
function turns(t: SceneInput, s: Sentence, date: string | null): boolean {
  const first = t.tokens[s.tokenStart];
  if (first && CONTEXT_WORDS.storyTurns.has(first.lower)) return true;
  return startingWithin(t.dates, s.start, s.end).some((d) => d.end <= s.end && d.value !== date && !PERIOD.test(d.value) && !t.frames.some((f) => f.contentStart < d.end && d.start < f.contentEnd));
}

/** A month or a year. */
const PERIOD = /^\d{4}(-\d{2})?$/;

/** Is the speaker described by a part in the hearing ("Judge Ruth Penhale", "prosecutor X")? */
function partInHearing(t: SceneInput, f: SceneFrame): boolean {
  return !!f.speakerSpan && hearingRole(wordsOf(t.text.slice(f.speakerSpan[0], f.speakerSpan[1])));
}

/** Is the cue after a modal ("will tell", "would say"), in the present perfect ("has attacked") or the present progressive ("are talking about"): not words of the occasion? */
function modalCue(t: SceneInput, f: SceneFrame): boolean {
  const k = lowerBound(t.tokens, f.cueStart);
  const before = t.tokens[k - 1];
  // (Nor a present perfect, which sums up: "Mr. Trump has seized on emails released over the past weeks".)
  return !!before && (tokenIs(WORDS.modals, before) || CONTEXT_WORDS.presentPerfectAuxiliaries.has(before.lower) || (t.tokens[k]!.lower.endsWith('ing') && tokenIs(WORDS.progressiveAuxiliaries, before) && before.lemma === 'be' && before.lower !== 'be' && before.lower !== 'been' && !pastAuxiliary(before)));
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
  const scenes: EventScene[] = [];
  for (const s of t.sentences) {
    if (s.start >= t.frames.at(-1)!.contentStart) break;
    const scene = eventSceneOf(t, s);
    if (scene) scenes.push(scene);
  }
  scenes.forEach((scene, n) => {
    const own = scene.narrating.filter((f) => !f.nested && f.uttered).map((f) => t.frames.indexOf(f));
    giveScene(t.frames, out, [...own, ...eventTargets(t, scene, scenes[n + 1]?.sentence.start ?? Infinity)], scene);
  });
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
export function narratedOccasionDates(t: SceneInput, pointsBack: readonly (string | null)[]): Map<number, { date: string }> {
  const out = new Map<number, { date: string }>();
  t.frames.forEach((f, i) => {
    if (!pointsBack[i]) return;
    const here = indexHolding(t.sentences, f.sentenceStart);
    for (let k = here - 1; k >= 0 && k >= here - BACK_REACH; k--) {
      const s = t.sentences[k]!;
      if (s.paragraph < f.paragraph - 1) break;
      // (Or a weekday with no "on" right after the noun pointed back at, US style: "during a heated debate Thursday night. During the debate, …".)
      const noun = pointsBack[i];
      const date = sceneDateAfter(t, s, s.start, () => true, true) ?? (typeof noun === 'string' ? bareDayAt(t, s, () => true, noun) : null);
      if (date) {
        out.set(i, { date });
        break;
      }
    }
  });
  return out;
}
