// Stage 3, step 4: when, where and about whom. A statement's date and place come from its own
// clause (time.ts, place.ts), else from the occasion it belongs to: the statements before it in
// its paragraph, the quotations that follow in the next paragraphs, the same speaker's earlier
// dated words; else the article date ("here" in the clause: the dateline's place). `about`
// (about.ts) lists whom the content refers to.

import { lowerBound, startingWithin, indexHolding } from '../../spans.js';
import type { Mention, MentionLayer, TextLayer } from '../../types.js';
import { isDocument } from '../kinds.js';
import { aboutOf, type AboutIndex } from './about.js';
import { PLACE_RULES, coordinatedClauses, legislatureMentions, onOccasionDay, ownPlace, placeRule, saidHere, scenePlace, wordsBefore } from './place.js';
import { continues, describedNoun, describedThenNamed, identifies, locatedElsewhere, namedNext, placedNextInParagraph, speakersLast, speakersLastPlace, type Occasion, type PlacedWords } from './occasion.js';
import { sceneContexts, type SceneFrame } from './scene.js';
import { eventSceneContexts, narratedOccasionDates } from './event-scenes.js';
import { leadOccasionDates, namesAnOccasion, ownOccasionOf, pastPeriod } from './lead-occasion.js';
import { hearingRole, judgesOpinions } from './opinions.js';
import { findingLeadDates, sameDocumentDates } from './documents.js';
import { transcriptPlaces } from './transcript.js';
import { venuePlace } from './venues.js';
import { clauseOutside, laterThan, nearestClauseDate, ownTime, TIME_RULES, type ClauseWindow, type TimeInput } from './time.js';
import { CONTEXT_WORDS, endsListed, wordsOf } from './words.js';
import { asideClause, clauseOf, clauseWords, describingHost, exceptions, otherEventClauses, reportedClause, speakingRelative } from './clause.js';

export { PLACE_RULES } from './place.js';
export { VENUE_RULES } from './venues.js';
export { TIME_RULES } from './time.js';
export { REFERENCE_RULES } from './about.js';

export interface StatementFrame {
  contentStart: number;
  contentEnd: number;
  /** Sentence range holding the statement (offsets). */
  sentenceStart: number;
  sentenceEnd: number;
  paragraph: number;
  speakerEntity: string | null;
  /** The speaker mention with its description ("X, the CEO of Y,"), or null. */
  speakerSpan: [number, number] | null;
  /** The speaker mention alone ("X"), or null. */
  speakerMention?: [number, number] | null;
  nested: boolean;
  /** Direct quotation (its words are the speaker's own). */
  direct: boolean;
  /** The content is a clause ("that …", "whether …", a quotation), not an object of the cue. */
  clausal: boolean;
  /** Said or written (a quotation, a verb of saying, "according to"), not a thought or an attitude ("believes", "is concerned"). */
  uttered: boolean;
  /** Of kind thought (kinds.ts): a view held ("expect the Fed to cut rates"), whatever its cue's part of the lexicon. */
  thought?: boolean;
  /** Of kind speech (kinds.ts): words said or written, not a view, an attitude or a finding. */
  speech?: boolean;
  /** The index of the statement whose content reports this nested one, or null. */
  parent?: number | null;
  /** Start and end of the cue; when the cue sits inside the content ("it was stated by X during a trip to Y"), what follows it is the cue's own frame. */
  cueStart: number;
  cueEnd: number;
}

export interface StatementContext {
  date: string | null;
  place: string | null;
  about: string[];
}

interface ContextIndex extends AboutIndex {
  places: Mention[];
  /** Organisation names: a building after a part of it ("on the steps of the Supreme Court"). */
  buildings: Mention[];
  /** Legislatures, named or left untagged: where one speaks ("Speaking in Parliament"). */
  legislatures: Mention[];
  dates: MentionLayer['dates'];
}

/** What aboutOf reads: the entities by key and the mentions other than pronouns, sorted by start. */
function aboutIndexOf(layer: TextLayer, mentions: MentionLayer): AboutIndex {
  const byKey = new Map(mentions.entities.map((e) => [e.key, e]));
  const sorted = mentions.mentions.filter((m) => m.kind !== 'pronoun').sort((a, b) => a.start - b.start);
  return { layer, byKey, entities: mentions.entities, mentions: sorted };
}

function indexOf(layer: TextLayer, mentions: MentionLayer): ContextIndex {
  const { byKey, mentions: sorted } = aboutIndexOf(layer, mentions);
  return {
    layer,
    byKey,
    entities: mentions.entities,
    places: sorted.filter((m) => byKey.get(m.entity)?.type === 'Place' && (m.kind === 'name' || m.kind === 'acronym')),
    buildings: sorted.filter((m) => byKey.get(m.entity)?.type === 'Organization' && m.kind === 'name'),
    legislatures: legislatureMentions(layer.text, sorted, (key) => byKey.get(key)),
    dates: [...mentions.dates].sort((a, b) => a.start - b.start),
    mentions: sorted,
  };
}

/** What a statement's own clause gave: its date (undefined: none), whether that date stands after the cue, its place. */
interface OwnContext {
  date: string | null | undefined;
  trailing: boolean;
  place: string | null;
  /** The rule that gave the place (place.ts PLACE_RULES and the others of ownPlace), or null. */
  placeBy: string | null;
  /** Dated by its cue in the present tense ("She also claims"): the story's time, no occasion. */
  present: boolean;
}

/** Is the speaker an unnamed document ("poll", "annual report", "preliminary findings"): its name's last word one that kinds.ts reads as a document? */
function unnamedDocument(ix: ContextIndex, key: string | null): boolean {
  const e = key === null ? undefined : ix.byKey.get(key);
  const head = e?.anonymous ? e.name.split(' ').at(-1)!.toLowerCase() : '';
  return head !== '' && (isDocument(head) || isDocument(head.replace(/s$/, '')));
}

/**
 * Is the speaker an unnamed document a meeting issues: headed by a word of context.json
 * occasionOutcomes ("the communique"), or a document named with an occasion's noun before its head
 * ("the summit declaration", "the conference's final statement")?
 */
function occasionDocumentSpeaker(ix: ContextIndex, key: string | null): boolean {
  const e = key === null ? undefined : ix.byKey.get(key);
  if (!e?.anonymous) return false;
  const name = wordsOf(e.name).map((w) => w.replace(/'s$/, ''));
  const head = name.at(-1) ?? '';
  return CONTEXT_WORDS.occasionOutcomes.has(head) || (isDocument(head) && name.slice(0, -1).some((_w, k, all) => endsListed(CONTEXT_WORDS.eventNouns, all, k)));
}

/**
 * The speaker mention with its description, which says who the speaker is, not where they spoke:
 * before the cue everything up to the cue ("Politicians in Germany expressed", "X, the CEO of Y,
 * said"); after the cue the appositives that follow the name ("said X, a spokesman for Y, the main
 * union in France"), each a stretch between commas, the ones after the first opening with an article.
 */
export function speakerWithDescription(text: string, speaker: [number, number], cue: [number, number], sentenceEnd: number): [number, number] {
  if (speaker[1] <= cue[0]) return [speaker[0], cue[0]];
  let end = speaker[1];
  // (An age alone is no appositive of its own: "said X, 41, chief economist at Y in Z" — the description after it is still
  // the first; not an adjunct of the saying after it: "said X, 29, after training in Y on Tuesday".)
  for (let first = true, age = false; end < sentenceEnd && text[end] === ','; ) {
    const rest = text.slice(end + 1, sentenceEnd);
    const opener = wordsOf(rest.slice(0, 12))[0] ?? '';
    if ((!first && !CONTEXT_WORDS.appositiveOpeners.has(opener)) || (age && CONTEXT_WORDS.adjunctOpeners.has(opener))) break;
    const stop = rest.search(/[,.;]\s/);
    const stretch = rest.slice(0, stop < 0 ? rest.length : stop);
    end = end + 1 + stretch.length;
    age = first && /^\s*\d{1,3}\s*$/.test(stretch);
    first = age;
  }
  return [speaker[0], end];
}

/**
 * Dates, places and topics for statements given in reading order.
 * @param frames - statements in order of content start
 */
export function statementContexts(layer: TextLayer, mentions: MentionLayer, frames: StatementFrame[]): StatementContext[] {
  const ix = indexOf(layer, mentions);
  const anonymous = (key: string | null) => key === null || !!ix.byKey.get(key)?.anonymous;
  const organisation = (key: string | null) => key !== null && ix.byKey.get(key)?.type === 'Organization' && !ix.byKey.get(key)?.anonymous;
  // (A wire dateline's day a few days before the article's is when the writer wrote: "Port Dunmore, Apr 5 (PTI)".)
  const published = mentions.datelineDay ?? mentions.articleDate;
  const out: StatementContext[] = [];
  const own: OwnContext[] = [];
  const clauses: ClauseWindow[] = [];
  // (Each speaker's last date, and the paragraph of the words that gave it.)
  const lastDated = new Map<string, { date: string; paragraph: number }>();
  let occasion: Occasion | null = null;
  let last: StatementFrame | null = null;
  let lastDate: string | null = null;
  // (The statements of each sentence, once: a place in another's words is not this one's.)
  const bySentence = new Map<number, StatementFrame[]>();
  for (const f of frames) bySentence.set(f.sentenceStart, [...(bySentence.get(f.sentenceStart) ?? []), f]);
  for (const f of frames) {
    const host = describingHost(frames, f);
    const clause = host ? asideClause(clauseOf(layer.text, f), f, host) : f.nested ? reportedClause(layer.text, clauseOf(layer.text, f), frames, f) : clauseOf(layer.text, f);
    clauses.push(clause);
    const content = { start: f.contentStart, end: f.contentEnd, clausal: f.direct || f.clausal };
    // (Nor a statement in this one's speaker description that tells of its occasion: "X, who spoke at a briefing in Alausa on Thursday, said".)
    const others = (bySentence.get(f.sentenceStart) ?? []).filter((o) => o !== f && !(o.contentStart <= f.cueStart && f.cueEnd <= o.contentEnd) && !(!!o.speakerMention && speakingRelative(layer.text, o.speakerMention[0]) && describingHost(frames, o) === f)).map((o) => [o.contentStart, o.contentEnd] as const);
    // (A date in another statement's words is not this one's: "called the vote a step back and said the lane, which opened in 2024, …".)
    const except = [...exceptions(layer.text, f, ix.dates), ...others, ...otherEventClauses(layer, f, clause)];
    const past = pastCue(layer, f.cueStart);
    const timeInput: TimeInput = { text: layer.text, dates: ix.dates, clause, published, content, previous: f.nested ? null : lastDate, except, present: presentCue(layer, f.cueStart), past, thought: f.thought === true, cueLemma: cueLemma(layer, f.cueStart) };
    // ("Varma later told MPs that …": "later" with no time in its clause, at an occasion it names, is later at the sitting the story dated, so no own date.)
    const time: ReturnType<typeof ownTime> = laterAtOccasion(layer.text, timeInput, f) ? undefined : ownTime(timeInput);
    // (Nor one in the description of the speaker whose words hold a nested report: "X, who lives outside Dunmore, says he knew little before he announced his bid".)
    const holder = f.parent === null || f.parent === undefined ? undefined : frames[f.parent]?.speakerSpan;
    const placeFrame = { clause, speakerSpan: f.speakerSpan, others: [...others, ...coordinatedClauses(layer, clause), ...(holder ? [holder] : [])], content: { start: f.contentStart, end: f.contentEnd, direct: f.direct } };
    // (A building stage 2 typed an organisation, "outside the Moscow City Court", "from her bed at X Hospital": venues.ts.)
    const where = ownPlace(layer.text, ix.places, placeFrame, ix.buildings, ix.legislatures) ?? venuePlace(layer.text, ix.buildings, placeFrame) ?? (mentions.dateline && saidHere(layer.text, clause, f.speakerSpan) ? { place: mentions.dateline, by: 'said-here' } : null);
    // A date after the cue ("Smith announced the move on Wednesday") may date what came just before; a fronted one ("On May 3, …") opens a new scene.
    const trailing = (time?.by === 'clause-date' && nearestClauseDate({ text: layer.text, dates: ix.dates, clause, published, content, except, past })!.start > f.cueStart) || time?.by === 'object-closing-date';
    own.push({ date: time?.date, trailing, place: where?.place ?? null, placeBy: where?.by ?? null, present: time?.by === 'present-tense' });
    let date: string | null = time ? time.date : null;
    let place = where?.place ?? null;
    // (A statement in another's speaker description, "X, who has opposed the levy since December, wrote …", tells of X, not of an occasion: it passes no date or place on.)
    if (host && time === undefined) date = published;
    if (!f.nested && !host) {
      const refersBack = !!f.speakerSpan && CONTEXT_WORDS.backReferringPossessives.has(wordsOf(layer.text.slice(f.speakerSpan[0], f.speakerSpan[1]))[0] ?? '');
      const goesOn = continues(occasion, f, anonymous, refersBack, organisation);
      // ("A witness told the court on Monday …\n\nThe witness, Maria Georgiou, said …": the person the lead described, named, at its occasion.)
      const identified = identifies(layer.text, occasion, f, anonymous);
      let inherited: string | null = null;
      if (time === undefined) {
        inherited = (goesOn.date || identified ? occasion!.date : null) ?? speakersLast(lastDated, f, published);
        date = inherited ?? published;
      }
      // (The last statement's own sentence is an occasion of its own speaker: "X said at a briefing in
      // Cape Town that … Y told reporters …" does not put a named Y in Cape Town.)
      const otherSpeaker = !!last && last.speakerEntity !== f.speakerEntity && !anonymous(last.speakerEntity) && !anonymous(f.speakerEntity);
      if (!where) place = sceneBetween(ix, last, f, otherSpeaker) ?? speakerPlacedBefore(ix, f, clause, frames) ?? ((goesOn.place || namedNext(layer.text, occasion, last, f, anonymous)) && onOccasionDay(time, occasion) && !locatedElsewhere(layer.text, ix.places, f, occasion!.place) ? occasion!.place : null);
      // A past-perfect statement ("had hoped") tells of an earlier time: it opens no occasion.
      const opened: string | null = time ? time.date : inherited;
      if (time?.date !== null) occasion = { paragraph: f.paragraph, speaker: f.speakerEntity, document: unnamedDocument(ix, f.speakerEntity), date: opened, place, past: opened !== null && pastPeriod(opened, published), described: describedNoun(layer.text, f, anonymous), narration: f.speakerEntity === null && f.speech === false, written: CONTEXT_WORDS.publicationVerbs.has(wordsOf(layer.text.slice(f.cueStart, f.cueEnd))[0] ?? '') };
      const known = time?.date ?? inherited;
      if (known && f.speakerEntity) lastDated.set(f.speakerEntity, { date: known, paragraph: f.paragraph });
      last = f;
      lastDate = date;
    }
    out.push({ date, place, about: aboutOf(ix, { contentStart: f.contentStart, contentEnd: f.contentEnd, speakerEntity: f.speakerEntity, direct: f.direct, speakerSpan: f.speakerSpan }) });
  }
  const sceneInput = {
    text: layer.text,
    tokens: layer.tokens,
    sentences: layer.sentences,
    dates: ix.dates,
    places: ix.places,
    buildings: ix.buildings,
    actors: ix.mentions.filter((m) => /^(Person|Organization)$/.test(ix.byKey.get(m.entity)?.type ?? '')),
    published,
    frames: frames.map((f, i) => sceneFrame(f, own[i]!)),
  };
  // (An occasion narrated before the words, then a sentence that refers back to words said: the later one wins.)
  for (const [i, c] of eventSceneContexts(sceneInput)) Object.assign(out[i]!, c);
  const words = frames.map((f, i) => (own[i]!.date === undefined && !f.nested ? clauseWords(layer.text, clauses[i]!, f) : null));
  const pointsBack = words.map((w) => (w === null ? null : namesTheOccasion(w)));
  const narrated = narratedOccasionDates(sceneInput, pointsBack);
  for (const [i, c] of narrated) Object.assign(out[i]!, c);
  // ("X said the scheme met every test. “We cannot refuse it,” she told the meeting.": the words just before, at that occasion too.)
  leadDatedBefore(frames, own, out, narrated, published);
  for (const [i, c] of sceneContexts(sceneInput)) Object.assign(out[i]!, c);
  // (Or one that points back at an occasion no sentence just before dated: "“We cannot refuse it,” she told the meeting" two paragraphs after the lead's "were approved … on Wednesday evening".)
  // (Or whose speaker is the occasion's document: "The summit communique said …".)
  const unnamedOccasion = words.map((w, i) => w !== null && (namesAnOccasion(w) || (pointsBack[i] !== null && CONTEXT_WORDS.eventNouns.has(pointsBack[i]!) && !narrated.has(i)) || occasionDocumentSpeaker(ix, frames[i]!.speakerEntity)));
  // (A present-perfect lead dated by its speaker's next words gives the lead's occasion its date: "A structural
  // engineer has told a court … \n\nGiving evidence on Wednesday, engineer X said …".)
  perfectLeadsDated(layer.text, frames, own, out, published, anonymous);
  // ("Chief Justice X, writing for the majority, said …": the words of the clause with the speaker's description.)
  // (Or a part in the hearing, by the speaker's description: "Judge X said …", "Defence lawyer Z said …".)
  const opinions = judgesOpinions(sceneInput, frames.map((f, i) => (words[i] ? wordsOf(clauseOutside(layer.text, clauses[i]!, f.contentStart, f.contentEnd)) : null))).map((o, i) => o || (words[i] !== null && !!frames[i]!.speakerSpan && frames[i]!.speakerSpan![1] <= frames[i]!.cueStart && hearingRole(wordsOf(layer.text.slice(frames[i]!.speakerSpan![0], frames[i]!.speakerSpan![1])))));
  const leadDates = leadOccasionDates(sceneInput, unnamedOccasion, own.map((o) => o.date), out.map((o) => o.date), opinions, (i, lead) => words[i] !== null && ownOccasionOf(layer.text, frames[i]!, words[i]!, lead, anonymous));
  for (const [i, c] of leadDates) Object.assign(out[i]!, c);
  datedByNext(layer.text, frames, own, out, published);
  leadDatedBefore(frames, own, out, leadDates, published);
  // ("The National Audit Office said on Tuesday …\n\nThe audit found …": the same document, in a later paragraph.)
  const owned = own.map((o) => o.date);
  for (const [i, date] of sameDocumentDates({ text: layer.text, tokens: layer.tokens, sentences: layer.sentences, dates: ix.dates, published }, frames, clauses, owned, anonymous)) out[i]!.date = date;
  // ("A parliamentary inquiry has found that …\n\nThe report, presented on Tuesday, found …": the finding is the report's.)
  for (const [i, date] of findingLeadDates(layer.text, frames, (i) => cueLemma(layer, frames[i]!.cueStart), owned, out.map((o) => o.date), published, anonymous)) out[i]!.date = date;
  // ("Speaking in Lisbon last week, the minister said …\n\nQ: …\n\nA: …": an interview's answers were said where it was.)
  for (const [i, place] of transcriptPlaces(layer.text, layer.sentences, ix.places, sceneInput.actors, frames, out.map((o) => o.place))) out[i]!.place = place;
  // ("X said on Thursday … Speaking at a forum in Sao Paulo, he said …": the place of the same speaker's next words in the paragraph goes back.)
  const ownPlaces = own.map((o) => ({ place: o.place, placeBy: o.placeBy, dated: o.date !== undefined }));
  for (const [i, place] of placedNextInParagraph(frames, ownPlaces, out.map((o) => o.date), (k) => words[k] ?? clauseWords(layer.text, clauses[k]!, frames[k]!))) if (!out[i]!.place) out[i]!.place = place;
  // ("“…,” Varga said at a press conference in Brussels.\n\nThe Commission found … Varga said …": a person's next words, another's between.)
  personsLastPlaces(ix, frames, own, out);
  return out;
}

/**
 * Rule speakers-last-place (occasion.ts speakersLastPlace), after every other rule: a named person's
 * words of speech with no date, place or present tense of their own clause take the place where the
 * same person's last words of speech were placed by their own clause, in reading order; words the
 * person's clause dates, or placed otherwise, start afresh.
 */
function personsLastPlaces(ix: ContextIndex, frames: readonly StatementFrame[], own: readonly OwnContext[], out: StatementContext[]): void {
  const lastPlaced = new Map<string, PlacedWords>();
  frames.forEach((f, i) => {
    const speaker = f.speakerEntity;
    if (f.nested || !speaker || ix.byKey.get(speaker)?.type !== 'Person' || ix.byKey.get(speaker)?.anonymous) return;
    const o = out[i]!;
    // (A place carried here is no new anchor: the reach counts from the words that were placed.)
    // (Not words written, "he wrote": no place of speaking.)
    if (!o.place && own[i]!.date === undefined && f.speech === true) {
      if (CONTEXT_WORDS.publicationVerbs.has(wordsOf(ix.layer.text.slice(f.cueStart, f.cueEnd))[0] ?? '')) return;
      const before = speakersLastPlace(lastPlaced, f, o.date);
      if (before && !locatedElsewhere(ix.layer.text, ix.places, f, before)) o.place = before;
      return;
    }
    // (Only words said where their own clause places them anchor it: a place carried or narrated may be another occasion's.)
    if (o.place && own[i]!.place === o.place && f.speech === true) lastPlaced.set(speaker, { place: o.place, paragraph: f.paragraph, date: o.date });
    else if (own[i]!.date !== undefined || o.place) lastPlaced.delete(speaker);
  });
}

/** The time rule of a cue after "later". */
const LATER_RULE = TIME_RULES.find((r) => r.id === 'later-than-clause')!;

/** Is the cue after "later" (rule later-than-clause) with no time in its clause, which names an occasion ("later told MPs", "later told reporters")? */
function laterAtOccasion(text: string, t: TimeInput, f: StatementFrame): boolean {
  return !f.nested && LATER_RULE.read(t) === null && !nearestClauseDate(t) && namesAnOccasion(clauseWords(text, t.clause, f));
}

/**
 * The frame as sceneContexts reads it, with what its own clause gave. Built field by field: a spread
 * of the frame with two more fields took ≈4 µs a frame (V8 gives the copy no room for new fields).
 */
function sceneFrame(f: StatementFrame, own: OwnContext): SceneFrame {
  return {
    sentenceStart: f.sentenceStart,
    cueStart: f.cueStart,
    contentStart: f.contentStart,
    contentEnd: f.contentEnd,
    paragraph: f.paragraph,
    speakerEntity: f.speakerEntity,
    nested: f.nested,
    uttered: f.uttered,
    clausal: f.direct || f.clausal,
    ownDate: own.date !== undefined,
    ownPlace: own.place !== null,
    ownPlaceKey: own.place,
    speakerSpan: f.speakerSpan,
  };
}

/** The lemma of the token the cue opens with ("found" → "find"), or "". */
function cueLemma(layer: TextLayer, cueStart: number): string {
  const t = layer.tokens[lowerBound(layer.tokens, cueStart)];
  return t && t.start === cueStart ? t.lemma : '';
}

/** Is the cue's verb in the present tense's -s form ("says", "argues", "tries"), not "is", "has" or "does"? */
function presentCue(layer: TextLayer, cueStart: number): boolean {
  const t = layer.tokens[lowerBound(layer.tokens, cueStart)];
  if (!t || t.start !== cueStart || t.pos !== 'VERB' || CONTEXT_WORDS.auxiliaryLemmas.has(t.lemma)) return false;
  const { lower, lemma } = t;
  return lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`);
}

/** Is the cue's verb in the past ("told", "had assured", "was told"), not after a modal or "to" ("would tell", "to say") and not the present's -s form? */
function pastCue(layer: TextLayer, cueStart: number): boolean {
  const k = lowerBound(layer.tokens, cueStart);
  const t = layer.tokens[k];
  if (!t || t.start !== cueStart || t.pos !== 'VERB' || t.lower === t.lemma || presentCue(layer, cueStart) || t.lower.endsWith('ing')) return false;
  const before = layer.tokens[k - 1];
  // (An auxiliary before it in a form of its own, "had", "has", "was"; not "will", "would", "can", nor "to".)
  return !before || before.pos === 'PART' ? !before : before.pos !== 'AUX' || before.lower !== before.lemma;
}

/** The noun by which the clause's words point back at an occasion ("Leading the debate", "at the hearing": "the" and an event noun) or a written source ("In the email"), or null. */
function namesTheOccasion(words: readonly string[]): string | null {
  return words.find((w, i) => (words[i - 1] === 'the' && (CONTEXT_WORDS.eventNouns.has(w) || CONTEXT_WORDS.occasionDocuments.has(w))) || (i > 1 && words[i - 2] === 'the' && endsListed(CONTEXT_WORDS.eventNouns, words, i))) ?? null;
}

/** A sentence from the last statement's (after it, with `skipLast`) to this one's that names where something was said ("The announcement was made at a press conference in Jakarta"), in this paragraph or the one before. */
function sceneBetween(ix: ContextIndex, last: StatementFrame | null, f: StatementFrame, skipLast: boolean): string | null {
  const { sentences } = ix.layer;
  // The last statement's own content is what was said, not where: left out.
  const except: [number, number] = last ? [last.contentStart, last.contentEnd] : [0, 0];
  for (let k = lowerBound(sentences, last?.sentenceStart ?? 0) + (skipLast ? 1 : 0); k < sentences.length && sentences[k]!.end <= f.sentenceStart; k++) {
    if (sentences[k]!.paragraph < f.paragraph - 1) continue;
    const place = scenePlace(ix.layer.text, ix.places, sentences[k]!.start, sentences[k]!.end, except);
    if (place) return place;
  }
  return null;
}

/**
 * "The guests, among them Prime Minister Ana Ruiz, gathered at Lindholm Airport. In her speech, the
 * prime minister said …": an occasion the cue's clause names ("in her speech", "at the ceremony")
 * with no place of its own was where one of the two sentences before it put the speaker — a
 * sentence of this paragraph or the one before that names the speaker and a place after "at" or "in".
 */
function speakerPlacedBefore(ix: ContextIndex, f: StatementFrame, clause: ClauseWindow, frames: readonly StatementFrame[]): string | null {
  if (!f.speakerEntity) return null;
  const text = ix.layer.text;
  const outside = clauseOutside(text, clause, f.contentStart, f.contentEnd);
  if (!wordsOf(outside).some((_w, i, all) => endsListed(CONTEXT_WORDS.eventNouns, all, i))) return null;
  const { sentences } = ix.layer;
  const here = indexHolding(sentences, f.sentenceStart);
  for (let k = here - 1; k >= 0 && k >= here - 2; k--) {
    const s = sentences[k]!;
    if (s.paragraph < f.paragraph - 1) break;
    const named = ix.mentions.some((m) => m.entity === f.speakerEntity && m.start >= s.start && m.end <= s.end);
    if (!named) continue;
    // (Not a place in words said: "X insists his side can win at Parkhead on Saturday" does not put X at Parkhead; one after
    // an occasion's noun there may, an adjunct the words were read to hold: "criticised the law during a campaign stop in Flint".)
    const places = startingWithin(ix.places, s.start, s.end).filter((m) => m.end <= s.end && locativeBefore(text, s.start, m.start) && (placeRule(wordsBefore(text, s.start, m.start)) === OCCASION_PLACE || !frames.some((g) => g.contentStart <= m.start && m.end <= g.contentEnd)));
    if (places.length) return places.at(-1)!.entity;
  }
  return null;
}

/** The place rule of a place after an occasion's noun ("at a rally in Tampa"). */
const OCCASION_PLACE = PLACE_RULES.find((r) => r.id === 'occasion-place')!.id;

/** Does "at" or "in" (an article and capitalised words between allowed: "at the soon-to-open Terminal 3 of") stand before the place? */
function locativeBefore(text: string, from: number, at: number): boolean {
  const before = wordsOf(text.slice(Math.max(from, at - 60), at));
  for (let i = before.length - 1; i >= 0 && i >= before.length - 8; i--) {
    if (CONTEXT_WORDS.locativePrepositions.has(before[i]!)) return true;
    if (/^[,;:()—–"“”]$/.test(before[i]!)) return false;
  }
  return false;
}

/**
 * "According to Smith, the firm will cut costs. Smith announced it on Wednesday": an undated
 * statement takes the own date, given after the cue, of the same speaker's first statement in the
 * next paragraph; and its own place when both are dated the same day (the same occasion).
 */
function datedByNext(text: string, frames: StatementFrame[], own: OwnContext[], out: StatementContext[], published: string | null): void {
  const firstOf = new Map<number, number>();
  frames.forEach((g, k) => { if (!g.nested && !firstOf.has(g.paragraph)) firstOf.set(g.paragraph, k); });
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    const later = firstOf.get(f.paragraph + 1);
    if (f.nested || !f.speakerEntity || later === undefined || frames[later]!.speakerEntity !== f.speakerEntity) continue;
    const next = own[later]!;
    if (own[i]!.date === undefined && next.trailing && typeof next.date === 'string' && out[i]!.date === published && !laterThan(next.date, published)) out[i]!.date = next.date;
    // "Speaking at a conference in Wyoming, the bank chief said …" on the day of the statement before: the place goes back too.
    // (Not to words in the present tense that go on with a written work: "In her memoir, X writes …\n\nShe also claims …\n\nX told reporters at the launch in Lagos …".)
    if (!out[i]!.place && next.place && out[later]!.date === out[i]!.date && !(own[i]!.present && continuesWriting(text, frames, i))) out[i]!.place = next.place;
  }
}

/** Is the same speaker's statement before this one (in its paragraph or the one before) written ("writes", "wrote": context.json publicationVerbs)? */
function continuesWriting(text: string, frames: readonly StatementFrame[], i: number): boolean {
  const f = frames[i]!;
  for (let k = i - 1; k >= 0 && frames[k]!.paragraph >= f.paragraph - 1; k--) {
    const g = frames[k]!;
    if (g.nested || g.speakerEntity !== f.speakerEntity) continue;
    return CONTEXT_WORDS.publicationVerbs.has(wordsOf(text.slice(g.cueStart, g.cueEnd))[0] ?? '');
  }
  return false;
}

/**
 * "A witness told the court on Monday …\n\nX said …\n\n“…,” he said under cross-examination.": the
 * undated words a speaker said just before words the lead's occasion dated (the statement right
 * before, in that paragraph or the one before) were said there too.
 */
function leadDatedBefore(frames: StatementFrame[], own: OwnContext[], out: StatementContext[], leadDates: ReadonlyMap<number, { date: string }>, published: string | null): void {
  for (const [later, { date }] of leadDates) {
    let i = later - 1;
    while (i >= 0 && frames[i]!.nested) i--;
    const f = frames[i];
    if (!f || f.speakerEntity === null || f.speakerEntity !== frames[later]!.speakerEntity || f.paragraph < frames[later]!.paragraph - 1) continue;
    if (own[i]!.date === undefined && out[i]!.date === published) out[i]!.date = date;
  }
}

/** How many paragraphs on a present-perfect lead's occasion may be dated (a paragraph of narration may stand between). */
const PERFECT_LEAD_REACH = 2;

/**
 * "Chancellor X has defended the cuts. In an interview on Sunday, X said …": an undated lead in the
 * present perfect ("has defended", "have warned") sums up the occasion the same speaker's next
 * statement dates, in its paragraph or the next two, when no one else speaks between.
 */
function perfectLeadsDated(text: string, frames: StatementFrame[], own: OwnContext[], out: StatementContext[], published: string | null, anonymous: (key: string | null) => boolean): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    if (f.nested || !f.speakerEntity || own[i]!.date !== undefined || out[i]!.date !== published) continue;
    const before = wordsOf(text.slice(Math.max(f.sentenceStart, f.cueStart - 12), f.cueStart)).at(-1) ?? '';
    if (!CONTEXT_WORDS.presentPerfectAuxiliaries.has(before)) continue;
    let k = i + 1;
    while (k < frames.length && frames[k]!.nested) k++;
    const next = frames[k];
    if (!next || (next.speakerEntity !== f.speakerEntity && !describedThenNamed(text, f, next, anonymous)) || next.paragraph > f.paragraph + PERFECT_LEAD_REACH) continue;
    const date = own[k]!.date;
    if (typeof date === 'string' && !laterThan(date, published)) out[i]!.date = date;
  }
}

/** What stretches of content name (for quotations no speaker was found for): one list per span. */
export function aboutSpans(layer: TextLayer, mentions: MentionLayer, spans: { start: number; end: number }[]): string[][] {
  // (Only what aboutOf reads: the places, buildings, legislatures and dates of statementContexts' index are none of it.)
  if (!spans.length) return [];
  const ix = aboutIndexOf(layer, mentions);
  return spans.map(({ start, end }) => aboutOf(ix, { contentStart: start, contentEnd: end, speakerEntity: null, direct: true }));
}
