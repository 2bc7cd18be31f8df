// Stage 3, step 4, the occasion statements share: whether a statement goes on with the one before it
// (same paragraph, the next paragraph's quotation or same speaker), the same speaker's last date, and
// the unnamed speaker a lead described and the next paragraph names ("A witness told the court …
// The witness, Maria Georgiou, said"). Read by context/index.ts.

import type { Mention } from '../../types.js';
import { startingWithin } from '../../spans.js';
import { locatedAt, otherReferent, wordsBefore } from './place.js';
import { pastPeriod } from './lead-occasion.js';
import { CONTEXT_WORDS, phraseHeadEnd, wordsOf } from './words.js';
import { WORDS } from '../grammar/lexicon.js';

/** What the occasion rules read of a statement (index.ts StatementFrame has these fields; not imported, which would make a cycle). */
export interface StatementFrame {
  paragraph: number;
  speakerEntity: string | null;
  /** The speaker mention with its description, or null. */
  speakerSpan: [number, number] | null;
  /** The speaker mention alone, or null. */
  speakerMention?: [number, number] | null;
  /** Direct quotation. */
  direct: boolean;
}

/** A full day (an occasion's date), not a week, a month or a year. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Occasion {
  paragraph: number;
  speaker: string | null;
  /** The speaker is an unnamed document ("a poll", "the report"). */
  document: boolean;
  date: string | null;
  place: string | null;
  /** Its date is a period the story goes back to (lead-occasion.ts pastPeriod): "told the court in January". */
  past: boolean;
  /** Narration read as a statement: no speaker at all and not words said ("Ms. Vo was released in 2022"). */
  narration?: boolean;
  /** Words written ("wrote in an editorial published on Tuesday"): a day no one else was at. */
  written?: boolean;
  /** The noun an unnamed speaker's indefinite description ends in ("A witness told the court …" → "witness"), or null. */
  described: string | null;
}

/**
 * Does a statement continue the occasion of the one before it, for its date and for its place?
 * Same paragraph; or the next paragraph, by the same speaker or as a quotation ("“…,” said X, head
 * of Y" after "an official said Friday"); for the date also by a speaker not resolved ("the firm said").
 * The place never goes from one named speaker to another.
 */
export function continues(o: Occasion | null, f: StatementFrame, anonymous: (key: string | null) => boolean, refersBack: boolean, organisation: (key: string | null) => boolean): { date: boolean; place: boolean } {
  if (!o) return { date: false, place: false };
  // (A quotation in the paragraph of an organisation's statement is one of its people's, in it: "The
  // club said in a statement on Sunday that … “…,” chairman X said.")
  if (o.paragraph === f.paragraph && f.direct && !o.document && organisation(o.speaker) && f.speakerEntity !== null && !organisation(f.speakerEntity)) return { date: true, place: false };
  const sameSpeaker = f.speakerEntity !== null && f.speakerEntity === o.speaker;
  // Two speakers both named and different are two occasions ("Labour called the plan “a disaster”"
  // after the minister spoke in Leeds; "Caputo said on X …" after Milei told supporters on Sunday).
  // (A document is no occasion of a person's words: "A poll published on Sunday found … “…,” said X".)
  const others = !sameSpeaker && !anonymous(f.speakerEntity) && (!anonymous(o.speaker) || o.document);
  // (A named speaker's report is not placed where an unnamed one spoke: "The mayor told reporters in
  // Dover … Ana Ruiz said …" — the date may be that occasion's, the place is a guess; a quotation may be.)
  const named = !sameSpeaker && !anonymous(f.speakerEntity) && !f.direct;
  // (Only a day is an occasion an unnamed speaker was at with a named one: "X said last week that …
  // The regulator intends …, a spokesperson said" is not last week's; "An aide said" after "told
  // supporters on Monday" is Monday's; "During an interview in August, the actress … Hayek said" is August's.)
  // (Narration read as a statement, no speaker and no words said: "Ms. Vo was released in 2022. Okafor said …" — only its day is an
  // occasion; a passive of saying is one: "During an interview in August, the actress was asked … Hayek confirmed …".)
  // (Words a named person wrote are no occasion another was at: "X wrote in an editorial published on Tuesday that …
  // His lawyer said …" is not Tuesday's.)
  const occasionDay = sameSpeaker || (anonymous(o.speaker) && !o.narration) || (o.date !== null && DAY.test(o.date) && !(o.written && !anonymous(o.speaker)));
  if (o.paragraph === f.paragraph) return { date: !others && occasionDay, place: !others && !named };
  if (f.paragraph !== o.paragraph + 1) return { date: false, place: false };
  // (Nor in the next paragraph: "Her 1998 survey showed …\n\n“She was stubborn,” said X" is no 1998 quotation,
  // nor "Minister X told ABC radio on Wednesday that …\n\n“…,” said Y of Tonga" Wednesday's.)
  if (others) return { date: false, place: false };
  const same = sameSpeaker || f.direct;
  // An unnamed speaker that points back ("Their projections", "its report") goes on with the one
  // before; another ("The boy's mother", "A club spokesman") is a new occasion. No place on a guess.
  // (A period the story went back to ends with its paragraph, but for a quotation: "Mr X told the court
  // in January that …\n\nMr X said he would appeal" is said now; "“…,” he said" goes on with January.)
  return { date: (sameSpeaker && (f.direct || !o.past)) || ((f.direct || (refersBack && anonymous(f.speakerEntity))) && occasionDay), place: same };
}

/**
 * The same speaker's last date, anywhere before ("X said on Monday … [others] … X added …") — a
 * period the story went back to only in its paragraph ("Mr X told the court in January …" does not date Mr
 * X's words three paragraphs on).
 */
export function speakersLast(lastDated: ReadonlyMap<string, { date: string; paragraph: number }>, f: StatementFrame, published: string | null): string | null {
  const last = f.speakerEntity ? lastDated.get(f.speakerEntity) : undefined;
  return last && (last.paragraph === f.paragraph || !pastPeriod(last.date, published)) ? last.date : null;
}

/** Where a speaker's last placed words were said: the place, their paragraph and their date. */
export interface PlacedWords {
  place: string;
  paragraph: number;
  date: string | null;
}

/** How many paragraphs after a speaker's placed words their next undated words may stand and still be placed there. */
export const SPEAKER_PLACE_REACH = 2;

/**
 * "“That is illegal,” Varga said at a press conference in Brussels.\n\nThe Commission found …
 * Varga said the company had 90 days": the same named speaker's undated words, within two
 * paragraphs of their last placed ones and on the same date, were said at the same place, though
 * another speaker's words stand between (rule `speakers-last-place`; index.ts reads only words with
 * no date or place of their own).
 */
export function speakersLastPlace(lastPlaced: ReadonlyMap<string, PlacedWords>, f: StatementFrame, date: string | null): string | null {
  const last = f.speakerEntity ? lastPlaced.get(f.speakerEntity) : undefined;
  return last && f.paragraph - last.paragraph <= SPEAKER_PLACE_REACH && last.date === date ? last.place : null;
}

/** "A witness told the court in Larnaca … \n\nThe witness, Maria Georgiou, said": the lead's described speaker, named in the next paragraph (not "another witness"), at the occasion's place. */
export function namedNext(text: string, o: Occasion | null, last: StatementFrame | null, f: StatementFrame, anonymous: (key: string | null) => boolean): boolean {
  return !!o && !!last && last.speakerEntity === o.speaker && f.paragraph <= o.paragraph + 1 && describedThenNamed(text, last, f, anonymous) && !otherReferent(text, f.speakerSpan!);
}

/**
 * "A structural engineer has told a court … \n\nGiving evidence on Wednesday, engineer Leanne Kostakis
 * said …": is the lead's speaker an unnamed description opened by "a"/"an" whose noun the next
 * speaker's named phrase repeats (the story names whom it described)?
 */
export function describedThenNamed(text: string, f: StatementFrame, next: StatementFrame, anonymous: (key: string | null) => boolean): boolean {
  const noun = describedNoun(text, f, anonymous);
  return noun !== null && namesDescribed(text, next, noun, anonymous);
}

/** The head noun of an unnamed speaker's description opened by "a"/"an" ("A structural engineer" → "engineer", "an executive at the foundation" → "executive"), or null. */
export function describedNoun(text: string, f: StatementFrame, anonymous: (key: string | null) => boolean): string | null {
  const mention = f.speakerMention ?? f.speakerSpan;
  if (!mention || !anonymous(f.speakerEntity)) return null;
  const described = wordsOf(text.slice(mention[0], mention[1]));
  if (!WORDS.indefiniteArticles.has(described[0] ?? '')) return null;
  // (The head ends before a preposition, a relative pronoun or a clause mark.)
  const end = phraseHeadEnd(described);
  return end >= 2 ? described[end - 1]! : null;
}

/**
 * Is the speaker, in the occasion's paragraph or the next, named with the noun the occasion's
 * unnamed speaker was described by, at an occasion of a day ("A witness told the court on Monday …")?
 * (A month is no hearing one is named at: "In May, a district judge sided with … Judge X, writing for the majority, said".)
 */
export function identifies(text: string, o: Occasion | null, f: StatementFrame, anonymous: (key: string | null) => boolean): boolean {
  return !!o?.described && o.date !== null && DAY.test(o.date) && f.paragraph <= o.paragraph + 1 && namesDescribed(text, f, o.described, anonymous);
}

/** Does a named speaker's phrase repeat the noun a description ended in ("engineer Leanne Kostakis", "The witness, Maria Georgiou")? */
function namesDescribed(text: string, f: StatementFrame, noun: string, anonymous: (key: string | null) => boolean): boolean {
  return !!f.speakerSpan && !anonymous(f.speakerEntity) && wordsOf(text.slice(f.speakerSpan[0], f.speakerSpan[1])).includes(noun);
}

/**
 * Does the speaker's own description put them somewhere other than the occasion's place ("“…,” a
 * currency trader at a bank in London said" after a briefing in San Francisco)? Then they were not at
 * that occasion: a place after "in"/"at" in the description, not a home after "from"/"of" (an
 * attendee "from Ankeny" at a rally in Des Moines is there), nor one in a relative clause on them.
 */
export function locatedElsewhere(text: string, places: readonly Mention[], f: StatementFrame, place: string | null): boolean {
  const span = f.speakerSpan;
  if (!span || place === null) return false;
  return startingWithin(places, span[0], span[1]).some((m) => {
    const before = wordsBefore(text, span[0], m.start);
    // (Not in a relative clause on the speaker, which tells of their past: "Mr. X, who was born in Havana", "who wrote a paper on the war in Syria".)
    return m.end <= span[1] && m.entity !== place && locatedAt(before) && !before.some((w) => WORDS.relativePronounsAll.has(w));
  });
}

/** What placedNextInParagraph reads of a statement (index.ts StatementFrame has these fields). */
export interface NextPlaceFrame {
  paragraph: number;
  sentenceStart: number;
  speakerEntity: string | null;
  nested: boolean;
  /** Of kind speech: words said or written, not a view or a finding. */
  speech?: boolean;
}

/** The place rules of an occasion or a verb of speaking (place.ts): "at a town hall in Plaistow", "Speaking at a forum in Porto". */
const OCCASION_RULES: ReadonlySet<string> = new Set(['occasion-place', 'speaking-place']);

/**
 * "Governor X said on Thursday that … Speaking at a forum in Sao Paulo, she said …": the same
 * speaker's next words of speech, in a later sentence of the paragraph, placed by an occasion or a
 * verb of speaking in their own clause and dated by none (the occasion goes on), were said where the
 * words of speech before them were, on the same day — not after a turn of the story in their clause
 * ("Later, …", "Separately, …": context.json storyTurns), nor back to words whose clause names a
 * written medium or document ("saying in a tweet", "said in a statement": context.json publicationNouns,
 * occasionDocuments). Returns the place for each statement it places (index.ts gives it only words
 * with no place).
 * @param own - the place each statement's own clause gave and its rule, and whether the clause dated it
 * @param dates - each statement's date as decided so far
 * @param clauseWords - the words of a statement's clause outside its content
 */
export function placedNextInParagraph(frames: readonly NextPlaceFrame[], own: readonly { place: string | null; placeBy: string | null; dated: boolean }[], dates: readonly (string | null)[], clauseWords: (k: number) => readonly string[]): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    if (f.nested || !f.speakerEntity || f.speech !== true || own[i]!.place !== null) continue;
    let k = i + 1;
    while (k < frames.length && frames[k]!.nested) k++;
    const next = frames[k];
    const o = own[k];
    // (The cheap tests first: most statements have no placed next words.)
    if (!next || !o?.place || !OCCASION_RULES.has(o.placeBy ?? '') || o.dated || next.speech !== true || next.paragraph !== f.paragraph || next.sentenceStart <= f.sentenceStart || next.speakerEntity !== f.speakerEntity || dates[k] !== dates[i]) continue;
    if (clauseWords(k).some((w) => CONTEXT_WORDS.storyTurns.has(w)) || clauseWords(i).some((w) => CONTEXT_WORDS.publicationNouns.has(w) || CONTEXT_WORDS.occasionDocuments.has(w))) continue;
    out.set(i, o.place);
  }
  return out;
}
