// Where a statement was made, from its own clause: a place after an occasion ("at a rally in
// Tampa", "during a visit to Seoul"), after a verb of speaking or visiting ("addressing a
// conference in Wyoming"), or after "in"/"at" outside the content; never a place in the speaker's
// own description ("a doctor at New York University"; a participle of speaking there counts: "X,
// speaking at a rally in Tampa, said") nor the publication of a written source.

import entityWords from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import contextLexicon from '../../../data/lexicon/context.json' with { type: 'json' };
import type { Mention, TextLayer, Token } from '../../types.js';
import { lowerBound, startingWithin } from '../../spans.js';
import type { ClauseWindow } from './time.js';
import { CONTEXT_WORDS, endsListed, wordsOf } from './words.js';
import { WORDS, isWord } from '../grammar/lexicon.js';
import { appositiveAt } from '../grammar/clauses.js';

/** One place rule: `test` reads the words before a place name (lower case, nearest last) and the text right after it. */
export interface PlaceRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly test: (before: readonly string[], after: string) => boolean;
}

/** How far back an occasion noun or a verb of speaking may stand from the place ("at a joint press conference with the vice president in Jakarta"). */
const OCCASION_REACH = 10;

/**
 * Index of the preposition right before the place (an article between allowed, or a description of
 * the place: "in the capital Ankara", "in the northern city of Kharkiv"), or -1.
 */
function prepositionAt(before: readonly string[], list: ReadonlySet<string>): number {
  let i = descriptionStart(before, before.length - 1);
  if (before[i] === 'the') i--;
  return i >= 0 && list.has(before[i]!) ? i : -1;
}

/** Where "the [one or two words] capital / city of" ends back at its article, from index `i`; `i` itself when no description of a place ends there. */
function descriptionStart(before: readonly string[], i: number): number {
  const noun = before[i] === 'of' ? i - 1 : i;
  if (!CONTEXT_WORDS.placeDescriptors.has(before[noun] ?? '')) return i;
  for (let k = noun - 1; k >= 0 && k >= noun - 3; k--) {
    if (before[k] === 'the') return k;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(before[k]!)) return i;
  }
  return i;
}

/** Is there a word of `list` within `reach` words before index `from`, with no clause punctuation between? */
function listedBefore(before: readonly string[], from: number, reach: number, list: ReadonlySet<string>): boolean {
  for (let i = from - 1; i >= 0 && i >= from - reach; i--) {
    if (/^[,;:()—–"“”]$/.test(before[i]!)) return false;
    if (endsListed(list, before, i)) return true;
  }
  return false;
}

const occasionPlace = (before: readonly string[]): boolean => {
  const p = prepositionAt(before, CONTEXT_WORDS.placePrepositions);
  return p >= 0 && listedBefore(before, p, OCCASION_REACH, CONTEXT_WORDS.eventNouns);
};
const speakingPlace = (before: readonly string[]): boolean => {
  const p = prepositionAt(before, CONTEXT_WORDS.placePrepositions);
  const last = before.length - 1;
  // ("Speaking to Wikinews", "talking to the Herald", "who spoke to reporters": after a verb of speaking, "to" names the hearer, not a place.)
  if (p >= 0 && before[p] === 'to' && SPEAKING_VERBS.has(before[p - 1] ?? '')) return false;
  // ("X, who spoke at a press briefing in Alausa on Thursday, said": the finite verb of a relative clause of speaking too.)
  return (p >= 0 && listedBefore(before, p, OCCASION_REACH, SPEAKING_VERBS)) || CONTEXT_WORDS.speakingVerbs.has(before[before[last] === 'the' ? last - 1 : last] ?? '');
};
/** "said in a statement from Mumbai", "in a video message from Kyiv": "from" a place right after a noun for what was said (context.json utteranceNouns), where it was issued. */
const issuedFrom = (before: readonly string[]): boolean => {
  const p = prepositionAt(before, CONTEXT_WORDS.placePrepositions);
  return p >= 1 && before[p] === 'from' && CONTEXT_WORDS.utteranceNouns.has(before[p - 1]!);
};
/** The participles of speaking and the verbs of a relative clause of speaking (context.json speakingVerbs, occasionRelativeVerbs). */
const SPEAKING_VERBS: ReadonlySet<string> = new Set([...CONTEXT_WORDS.speakingVerbs, ...CONTEXT_WORDS.occasionRelativeVerbs]);
const bareLocative = (before: readonly string[]): boolean => {
  const p = prepositionAt(before, CONTEXT_WORDS.locativePrepositions);
  // ("wrote in The Herald that …": after a verb of writing, "in" names where the words appeared.)
  return p >= 0 && !listedBefore(before, p, 4, CONTEXT_WORDS.publicationNouns) && !CONTEXT_WORDS.publicationVerbs.has(before[p - 1] ?? '');
};

/** Does "in" or "at" stand right before the place ("a trader at a bank in London"), not "from" or "of" (a home: "a retiree from Ankeny")? */
export const locatedAt = (before: readonly string[]): boolean => prepositionAt(before, CONTEXT_WORDS.locativePrepositions) >= 0;

/** Nouns of a court named after its town (entity-words.json, shared with stage 2's span rule town-before-court). */
const TOWN_COURT_NOUNS: ReadonlySet<string> = new Set(entityWords.townCourtNouns.words);
/** Parts of a building named with "of" and the building (entity-words.json, shared with stage 2's span rule building-part-place). */
const BUILDING_PARTS: ReadonlySet<string> = new Set(entityWords.buildingParts.words);

/** A town's court right after the name: lower-case words (two at most: "district", "magistrates'") and a court noun that no record noun follows ("the Sydney court case"). */
const COURT_AFTER = /^\s+((?:\p{Ll}[\p{Ll}'’-]*\s+){0,2})(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;

/** Is a court named after the place right after it, not a case or a record of one? */
function courtAfter(after: string): boolean {
  const m = COURT_AFTER.exec(after);
  if (!m) return false;
  // (The court noun is the last lower-case word read before one that is none: "district court on …", "court that …".)
  const words = [...m[1]!.trim().split(/\s+/).filter(Boolean), m[2]!, ...(m[3] ? [m[3]] : [])];
  const at = words.findIndex((w) => TOWN_COURT_NOUNS.has(w));
  if (at < 0) return false;
  const next = words[at + 1] ?? '';
  return !CONTEXT_WORDS.courtRecordNouns.has(next) && !CONTEXT_WORDS.publicationNouns.has(next) && !CONTEXT_WORDS.occasionDocuments.has(next);
}

/** "told the Nicosia criminal court", "before a Sydney court", "in the Limassol district court": a court named by its town, said to, before or in. */
const townCourt = (before: readonly string[], after: string): boolean => {
  let i = before.length - 1;
  if (WORDS.articles.has(before[i] ?? '')) i--;
  const w = before[i] ?? '';
  return (CONTEXT_WORDS.bodyAddressWords.has(w) || CONTEXT_WORDS.placePrepositions.has(w)) && courtAfter(after);
};

/**
 * "on the steps of", "outside the gates of the", "in front of": a part of a building (entity-words.json
 * buildingParts) and "of" after a preposition of position; or the building before the part ("on the
 * Senate floor", "on the Capitol steps").
 */
const buildingPart = (before: readonly string[], after: string): boolean => {
  let i = before.length - 1;
  if (before[i] === 'the' && BUILDING_PARTS.has(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '')) return CONTEXT_WORDS.buildingPartPrepositions.has(before[i - 1] ?? '');
  if (before[i] === 'the') i--;
  if (before[i] !== 'of' || !BUILDING_PARTS.has(before[i - 1] ?? '')) return false;
  i -= 2;
  if (before[i] === 'the') i--;
  return CONTEXT_WORDS.buildingPartPrepositions.has(before[i] ?? '');
};

/** Nouns of premises named by their place after an owner ("the federation's Newtown office"; context.json premisesNouns). */
const PREMISES: ReadonlySet<string> = CONTEXT_WORDS.premisesNouns;

/** "outside the federation's Newtown office", "inside Acme's Dublin headquarters": "outside"/"inside", an owner in the possessive, the place, a noun of premises. */
const outsidePremises = (before: readonly string[], after: string): boolean => {
  const i = before.length - 1;
  if (!/['’]s$/.test(before[i] ?? '')) return false;
  const at = before[i - 1] === 'the' ? i - 2 : i - 1;
  return CONTEXT_WORDS.positionPrepositions.has(before[at] ?? '') && PREMISES.has(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '');
};

/** The place rules in order; a place name any of them accepts is where the statement was made. */
export const PLACE_RULES: readonly PlaceRule[] = [
  { id: 'occasion-place', reason: 'a place after an occasion of speaking: "at a rally in Tampa", "during a visit to Seoul"', example: 'At a rally in Tampa, the senator said taxes would fall.', test: occasionPlace },
  { id: 'speaking-place', reason: 'a place after a verb of speaking or visiting: "speaking in Ottawa", "visiting Seoul", "addressing a conference in Wyoming", "X, who spoke at a briefing in Alausa, said"', example: 'Speaking in Ottawa, the minister said the deal was close.', test: speakingPlace },
  { id: 'issued-from', reason: '"from" a place right after a noun for what was said: where a statement or a message was issued', example: '“The squad is settled,” the board\'s secretary said in a statement from Mumbai.', test: issuedFrom },
  { id: 'locative', reason: '"in" or "at" a place in the cue\'s clause, outside the content, not after a written source ("a report in the Herald")', example: 'The minister told reporters in Lisbon that the deal was close.', test: bareLocative },
  { id: 'outside-place', reason: '"outside" or "inside" a place in the cue\'s clause, outside the content: where the speaker stood', example: '“It was a great night,” the striker said outside Dunmore Stadium.', test: (before) => prepositionAt(before, CONTEXT_WORDS.positionPrepositions) >= 0 },
  { id: 'outside-premises', reason: '"outside" or "inside" an owner\'s premises named by their place ("outside the federation\'s Surry Hills office"): the place of the premises is where the speaker stood', example: '“We are not going away,” she said outside the union\'s Newtown office.', test: outsidePremises },
  { id: 'building-part', reason: 'a building named after a part of it and "of", after a preposition of position ("on the steps of Aliiolani Hale", "outside the gates of Leinster House", "in front of"); an organisation named so is its building', example: 'She told reporters on the steps of Kalani Hale that the ruling was overdue.', test: buildingPart },
  { id: 'town-court', reason: 'a court named by its town, said to, before or in ("told the Nicosia criminal court", "before a Sydney court"): the town, not a case or a record of the court ("a Texas court filing")', example: 'A witness told the Dunmore district court on Monday that the loans were safe.', test: townCourt },
];

/** Which rule places a statement at a place mention, given the words before it and the text after it; null when none. */
export function placeRule(before: readonly string[], after = ''): string | null {
  return PLACE_RULES.find((r) => r.test(before, after))?.id ?? null;
}

/** Words before a place mention, from the clause start (at most 16). */
export function wordsBefore(text: string, from: number, at: number): string[] {
  return wordsOf(text.slice(Math.max(from, at - 120), at)).slice(-16);
}

/** Where a statement's words were said, as ownPlace finds it. */
export interface PlaceFrame {
  clause: ClauseWindow;
  /** The speaker and its description ("Lewis Teperman, a doctor at New York University,"), excluded but after a participle of speaking in it. */
  speakerSpan: [number, number] | null;
  /** Other statements' words and clauses of other events in the sentence: a place there is not this statement's. */
  others: readonly (readonly [number, number])[];
  /** The statement's words, and whether they are a direct quotation. */
  content?: { start: number; end: number; direct: boolean };
}

/**
 * The place a statement's own clause gives, or null: a place name a rule of PLACE_RULES accepts;
 * else a building an organisation is named by after a part of it ("on the steps of the Supreme
 * Court", "outside the gates of Leinster House": rule building-part).
 * @param places - place-name mentions sorted by start
 * @param buildings - organisation-name mentions sorted by start
 */
export function ownPlace(text: string, places: readonly Mention[], f: PlaceFrame, buildings: readonly Mention[] = [], legislatures: readonly Mention[] = []): { place: string; by: string } | null {
  // (Not "in front of" a body, which is before it, no building: "once the judge gets in front of the Judiciary Committee".)
  return placedBy(text, places, f, placeRule) ?? placedBy(text, legislatures, f, (before, after, m) => chamberRule(text, f.clause, before, after, m)) ?? placedBy(text, buildings, f, (before, after, m) => (buildingPart(before, after) && before.at(-2) !== 'front' && before.at(-3) !== 'front' ? 'building-part' : courtAfterCue(text, f.clause, m) ?? namedBuilding(before, m))) ?? closingOccasionPlace(text, places, f) ?? premisesNamed(text, f);
}

/** An owner's possessive, then one to three capitalised words and a lower-case noun: "federation's Surry Hills office". */
const POSSESSIVE_NAME_NOUN = /[\p{L}.'’-]+['’]s\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(\p{Ll}+)/gu;

/**
 * "said outside the federation's Surry Hills office": the place of rule outside-premises read by its
 * form, whatever type stage 2 gave the name (a suburb it does not know may be typed a person or left
 * out): the capitalised words between the owner's possessive and a noun of premises after
 * "outside"/"inside", in the cue's clause, outside the content and the speaker's description.
 */
function premisesNamed(text: string, f: PlaceFrame): { place: string; by: string } | null {
  const { clause, speakerSpan, others } = f;
  POSSESSIVE_NAME_NOUN.lastIndex = 0;
  const part = text.slice(clause.start, clause.end);
  for (let m = POSSESSIVE_NAME_NOUN.exec(part); m; m = POSSESSIVE_NAME_NOUN.exec(part)) {
    const name = m[1]!.trim();
    const start = clause.start + m.index + m[0].length - m[2]!.length - m[1]!.length;
    const end = start + name.length;
    if (!PREMISES.has(m[2]!) || !clause.isOutside(start, end) || others.some(([a, b]) => start >= a && end <= b)) continue;
    if (speakerSpan && start >= speakerSpan[0] && end <= speakerSpan[1]) continue;
    if (outsidePremises(wordsBefore(text, clause.start, start), ` ${m[2]!}`)) return { place: `Place/${name}`, by: 'outside-premises' };
  }
  return null;
}

/**
 * "urged Catholics to reject indifference, in his Easter homily in St. Peter's Square": an occasion
 * closing the content after its last comma, opened by "in", "at" or "during", is the cue's adjunct the
 * content ran over, so its place (rule closing-occasion-place, as occasion-place reads it) is the
 * statement's; not in a quotation, nor in words with a modal ("said talks would follow, at a summit
 * in Geneva": the occasion is still to come).
 */
function closingOccasionPlace(text: string, places: readonly Mention[], f: PlaceFrame): { place: string; by: string } | null {
  const c = f.content;
  // (Content after the cue only: "C, during their meeting in Washington, …, said an official" reports the meeting.)
  if (!c || c.direct || c.start < f.clause.cueEnd) return null;
  const comma = text.lastIndexOf(',', c.end - 1);
  if (comma < c.start || wordsOf(text.slice(c.start, comma)).some((w) => WORDS.modals.has(w))) return null;
  const opener = wordsOf(text.slice(comma + 1, comma + 12))[0] ?? '';
  if (!CONTEXT_WORDS.bareOccasionPrepositions.has(opener) && !CONTEXT_WORDS.locativePrepositions.has(opener)) return null;
  const m = startingWithin(places, comma, c.end).find((p) => p.end <= c.end && !/[\p{L}\p{N}]/u.test(text.slice(p.end, c.end)) && !f.others.some(([a, b]) => p.start >= a && p.end <= b) && occasionPlace(wordsBefore(text, comma + 1, p.start)));
  return m ? { place: m.entity, by: 'closing-occasion-place' } : null;
}

/** The last words of a building's name that no body's name ends in ("Sea Terminal", "Dunmore Arena"; not "Centre": entity-words.json organisationOfHeads), and "Hall" (a surname too, so not in facilityHeads). */
const BUILDING_HEADS: ReadonlySet<string> = new Set([...entityWords.facilityHeads.filter((w) => !entityWords.organisationOfHeads.includes(w)), 'hall']);

/**
 * "told staff at the Kingsley Hall on Monday", "said at the Harbour Terminal": an organisation whose
 * name ends in a building's word, "at" or "in" it in the cue's clause (rule named-building), is the
 * building the words were said in; not in the speaker's description ("a guard at the Harbour
 * Terminal said", placedBy).
 */
function namedBuilding(before: readonly string[], m: Mention): string | null {
  const last = m.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  return BUILDING_HEADS.has(last) && m.text.includes(' ') && bareLocative(before) ? 'named-building' : null;
}

/**
 * "said in the Supreme Court that …", "told jurors in the Dunmore Crown Court": a court by its name
 * (an organisation whose name ends in a court noun, entity-words.json townCourtNouns) after "in" or
 * "at" right after the cue and its hearers, as a chamber is (rule court-after-cue); not a court in
 * the clause elsewhere ("a lawyer who has argued in the Supreme Court").
 */
function courtAfterCue(text: string, clause: ClauseWindow, m: Mention): string | null {
  const last = m.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  return TOWN_COURT_NOUNS.has(last) && m.start >= clause.cueEnd && CUE_IN_CHAMBER.test(text.slice(clause.cueEnd, m.start)) ? 'court-after-cue' : null;
}

/**
 * "Parents packed the meeting at Riverside High School": an organisation right after an occasion's
 * noun and "at"/"in" ("the" between allowed) hosts the occasion on its premises (event-scenes.ts; not
 * read in a statement's own clause, where "director of debate at the University of Michigan" describes).
 */
export function occasionHost(before: readonly string[]): boolean {
  let i = before.length - 1;
  if (before[i] === 'the') i--;
  return i >= 1 && WORDS.atIn.has(before[i]!) && endsListed(CONTEXT_WORDS.eventNouns, before, i - 1);
}

/** Is an organisation's name a court's or a building's ("Exeter Crown Court", "the Kingsley Hall"): where an act narrated "at" or "in" it took place (event-scenes.ts)? */
export function venueName(m: Mention): boolean {
  const last = m.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  return m.text.includes(' ') && (TOWN_COURT_NOUNS.has(last) || BUILDING_HEADS.has(last));
}

/** Words between a cue and "in" before a chamber: its hearers ("told MPs in Parliament"), three at most. */
const CUE_IN_CHAMBER = /^\s+(?:[\p{L}'’.-]+\s+){0,3}(?:in|at)\s+(?:the\s+)?$/u;

/** The last word before a chamber addressed as the hearer ("told the Senate", "addressed Parliament"), "the" passed over. */
const ADDRESSED = /(\p{L}+)\s+(?:the\s+)?$/u;

/**
 * "The minister told Parliament on Tuesday that …", "addressing the Commons": a chamber right after a
 * verb of address (context.json bodyAddressWords) is the hearer in session, so where the words were
 * said (rule chamber-addressed); not one written to ("told Congress in a letter": a document noun
 * after it, context.json occasionDocuments).
 */
function chamberAddressed(text: string, clause: ClauseWindow, m: Mention): boolean {
  const w = ADDRESSED.exec(text.slice(Math.max(clause.start, m.start - 20), m.start))?.[1]?.toLowerCase() ?? '';
  if (!CONTEXT_WORDS.bodyAddressWords.has(w) || w === 'before') return false;
  return !wordsOf(text.slice(m.end, Math.min(clause.end, m.end + 40))).some((x) => CONTEXT_WORDS.occasionDocuments.has(x));
}

/**
 * A legislature is where words were said after an occasion, a verb of speaking or a part of the
 * building ("during a debate in Parliament", "Speaking in the Senate", "on the Senate floor"), or
 * after "in" right after the cue and its hearers ("said in the Dáil", "told MPs in Parliament");
 * not after any "in" of the clause, which tells of membership more often than of a sitting ("the
 * top Republicans in Congress are on record", "while serving in the Senate").
 */
function chamberRule(text: string, clause: ClauseWindow, before: readonly string[], after: string, m: Mention): string | null {
  const by = placeRule(before, after);
  if (by && by !== 'locative') return by;
  if (chamberAddressed(text, clause, m)) return 'chamber-addressed';
  return m.start >= clause.cueEnd && CUE_IN_CHAMBER.test(text.slice(clause.cueEnd, m.start)) ? 'chamber-after-cue' : null;
}

/** The first of `mentions` in the clause, outside the content, another statement's words and the speaker's description, that `rule` places the words at. */
export function placedBy(text: string, mentions: readonly Mention[], f: PlaceFrame, rule: (before: readonly string[], after: string, m: Mention) => string | null): { place: string; by: string } | null {
  const { clause, speakerSpan, others } = f;
  for (const m of startingWithin(mentions, clause.start, clause.end)) {
    if (m.end > clause.end || !clause.isOutside(m.start, m.end)) continue;
    // ("Asked about the hospital project in Whangarei, X said": a place in another statement's words is that statement's.)
    if (others.some(([a, b]) => m.start >= a && m.end <= b)) continue;
    const before = wordsBefore(text, clause.start, m.start);
    const by = rule(before, text.slice(m.end, Math.min(clause.end, m.end + 60)), m);
    // (In the speaker's description only a participle of speaking, or what was said issued from a place,
    // places the words: "X, speaking at a news conference in Tel Aviv, said", "The council, in a statement
    // from Dubai, said"; not "Maria Lopez, a lawyer in Boston, said", nor "X has postponed a visit to Europe, citing …".)
    if (by && speakerSpan && m.start >= speakerSpan[0] && m.end <= speakerSpan[1] && !speakingPlace(before) && !issuedFrom(before)) continue;
    if (by) return { place: m.entity, by };
  }
  return null;
}

/**
 * "told reporters here", "told reporters outside the court", "said in court": a word of the cue's
 * clause, outside the content and the speaker's description, pointing to the dateline's place — a
 * deictic, or a court after a preposition of place (context.json datelineVenues).
 */
export function saidHere(text: string, clause: ClauseWindow, speakerSpan: [number, number] | null): boolean {
  const re = /\p{L}+/gu;
  const part = text.slice(clause.start, clause.end);
  const lower = part.toLowerCase();
  if (!DATELINE_POINTERS.some((w) => lower.includes(w))) return false;
  const words: string[] = [];
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const at = clause.start + m.index;
    const w = m[0].toLowerCase();
    words.push(w);
    if (!clause.isOutside(at, at + m[0].length) || (speakerSpan && at >= speakerSpan[0] && at < speakerSpan[1])) continue;
    if (CONTEXT_WORDS.datelineDeictics.has(w) || (CONTEXT_WORDS.datelineVenues.has(w) && nearCue(clause, at) && venueAfterPreposition(words) && !namedCourt(part.slice(m.index + m[0].length)))) return true;
  }
  return false;
}

/** The words that may point to the dateline's place (context.json datelineDeictics and datelineVenues), for a first look at the clause. */
const DATELINE_POINTERS: readonly string[] = [...CONTEXT_WORDS.datelineDeictics, ...CONTEXT_WORDS.datelineVenues];

/** Does the court's noun go on to a name of its own ("the Court of Appeal", "the court in Banjul")? */
function namedCourt(after: string): boolean {
  const next = /^\s*(\p{L}+)/u.exec(after)?.[1] ?? '';
  return isWord(WORDS.of, next) || isWord(WORDS.in, next);
}

/** How many characters after the cue a court may stand and still place it ("told reporters outside the court that"). */
const VENUE_REACH = 40;

/** Is offset `at` before the cue ("Speaking outside the court, X said") or just after it, not in a later phrase of the sentence? */
function nearCue(clause: ClauseWindow, at: number): boolean {
  return at < clause.cueStart || at - clause.cueEnd <= VENUE_REACH;
}

/** Do the last words read end in a preposition of place, "the" perhaps, and the venue ("outside the court", "in court")? */
function venueAfterPreposition(words: readonly string[]): boolean {
  const n = words.length;
  const prep = words[n - 2] === 'the' ? words[n - 3] : words[n - 2];
  return prep !== undefined && CONTEXT_WORDS.datelineVenuePrepositions.has(prep);
}

/**
 * A sentence naming where something was said, with no statement of its own read there ("The
 * announcement was made at a press conference in Jakarta"): an utterance noun and a place after an
 * occasion or a verb of speaking, both outside `except` (a statement's content).
 */
export function scenePlace(text: string, places: readonly Mention[], start: number, end: number, except: [number, number]): string | null {
  const a = Math.max(start, Math.min(end, except[0]));
  const b = Math.max(a, Math.min(end, except[1]));
  // (The places first: most sentences name none, and their words need not be read.)
  const candidates = startingWithin(places, start, end).filter((m) => !(m.start >= except[0] && m.start < except[1]));
  if (!candidates.length) return null;
  const words = wordsOf(`${text.slice(start, a)} ${text.slice(b, end)}`);
  if (!words.some((w) => CONTEXT_WORDS.utteranceNouns.has(w))) return null;
  for (const m of candidates) {
    const before = wordsBefore(text, start, m.start);
    if (occasionPlace(before) || speakingPlace(before)) return m.entity;
  }
  return null;
}

/** Parts of speech that may open a clause's subject ("the boys", "she", "Smith"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * "“Follow us,” Gil said, and the boys trailed behind to the plaza at the Bronx courthouse": a clause
 * coordinated after the cue (a comma, "and"/"but", a subject and a verb), outside the content, tells
 * of another event; a place in it is not where the words were said. The stretches from the
 * conjunction to the clause's end.
 */
export function coordinatedClauses(layer: TextLayer, clause: ClauseWindow): [number, number][] {
  const { tokens } = layer;
  for (let k = lowerBound(tokens, clause.cueEnd); k + 1 < tokens.length && tokens[k + 1]!.start < clause.end; k++) {
    const conj = tokens[k + 1]!;
    if (tokens[k]!.text !== ',' || conj.quote >= 0 || !clause.isOutside(conj.start, conj.end)) continue;
    // ("…, Ruiz said, a policy that could keep them in Spain": a noun phrase summing the words up is the writer's.)
    if (consequenceParticiple(conj) || appositiveAt(tokens, k + 1, lowerBound(tokens, clause.end))) return [[conj.start, clause.end]];
    if (!WORDS.clauseConjunctions.has(conj.lower)) continue;
    let subject = false;
    for (let j = k + 2; j < tokens.length && tokens[j]!.start < clause.end; j++) {
      const pos = tokens[j]!.pos;
      if ((pos === 'VERB' || pos === 'AUX') && subject) return [[conj.start, clause.end]];
      // ("and the boys, intrigued, trailed": a word or two set off by commas between the subject and its verb.)
      const aside = subject && tokens[j]!.text === ',' ? tokens.slice(j + 1, j + 4).findIndex((t) => t.text === ',') : -1;
      if (aside >= 0) {
        j += aside + 1;
        continue;
      }
      if (!SUBJECT_POS.has(pos)) break;
      subject = true;
    }
  }
  return [];
}

/**
 * "The governor vetoed the bill, setting up an override fight in the Legislature": a participle after
 * a comma past the cue tells of what followed, not where the words were said — unless it is one of
 * speaking ("…, speaking in Ottawa") or of the speaker's position ("…, standing outside the court").
 */
function consequenceParticiple(t: Token): boolean {
  return t.pos === 'VERB' && /^\p{Ll}{2,}ing$/u.test(t.text) && !CONTEXT_WORDS.speakingVerbs.has(t.lower) && !CONTEXT_WORDS.sceneParticiples.has(t.lower);
}

/** Legislatures' names (context.json legislatureNames), longest first, as one case-blind pattern of whole words. */
const LEGISLATURE = new RegExp(`(?<![\\p{L}])(?:${[...CONTEXT_WORDS.legislatureNames].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'giu');
/** The last text legislatureNames read, and what it found there. */
let lastRead: { text: string; names: readonly (readonly [number, number])[] } = { text: '', names: [] };

/**
 * Where the text names a legislature ([start, end) of each match of LEGISLATURE, any case), kept
 * for the last text read: context/index.ts reads an article's legislatures once for each of its
 * statement builds (2.2 times an article on PolNeAR train), and the pattern over the whole text was
 * ≈1% of annotate's steady-state CPU.
 */
export function legislatureNames(text: string): readonly (readonly [number, number])[] {
  if (text === lastRead.text) return lastRead.names;
  const names: [number, number][] = [];
  LEGISLATURE.lastIndex = 0;
  for (let m = LEGISLATURE.exec(text); m; m = LEGISLATURE.exec(text)) names.push([m.index, m.index + m[0].length]);
  lastRead = { text, names };
  return names;
}
/** The full names of chambers news name by a short form (context.json legislatureShortNames: "Commons" → "House of Commons"). */
const SHORT_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(contextLexicon.legislatureShortNames.full));
/** Organisation subtypes whose name may end in a legislature's word without being one ("African National Congress"). */
const NOT_LEGISLATURES: ReadonlySet<string> = new Set(['party', 'company', 'media']);

/**
 * The legislatures the text names, as places to speak in ("Speaking in Parliament last week", "in
 * the Senate"): a name mention whose entity's name is a legislature's or ends in one ("the Scottish
 * Parliament"; not a party's, "African National Congress"), and a capitalised legislature's name
 * stage 2 left untagged with no capitalised word beside it but a nation's adjective ("the Scottish
 * Parliament"), as the key "Organization/<name>" (an actor known by its key). Sorted by start.
 * @param mentions - name, acronym and other mentions, sorted by start
 */
export function legislatureMentions(text: string, mentions: readonly Mention[], entity: (key: string) => { name: string; subtype?: string } | undefined): Mention[] {
  const out: Mention[] = [];
  for (const [start, end] of legislatureNames(text)) {
    const name = text.slice(start, end);
    if (!/^\p{Lu}/u.test(name)) continue;
    const k = lowerBound(mentions, end) - 1;
    const covering = k >= 0 && mentions[k]!.start <= start && mentions[k]!.end >= end ? mentions[k]! : null;
    if (covering) {
      const e = entity(covering.entity);
      const named = !!e && e.name.toLowerCase().endsWith(name.toLowerCase()) && !NOT_LEGISLATURES.has(e.subtype ?? '');
      if (named && covering.end === end && out.at(-1) !== covering) out.push(covering);
      continue;
    }
    // (A nation's adjective before it is part of its name: "the Scottish Parliament", "the Kenyan Senate".)
    const demonym = k >= 0 && mentions[k]!.kind === 'demonym' && /^ $/.test(text.slice(mentions[k]!.end, start)) ? mentions[k]! : null;
    const from = demonym ? demonym.start : start;
    // (Another capitalised word beside it makes it part of another name: "Senate Democrats", "Wixom Assembly Plant".)
    if (/\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, from - 30), from)) || /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    // ("Speaking in the Commons": a chamber's short name stands for its full one.)
    const full = demonym ? undefined : SHORT_NAMES.get(name.toLowerCase());
    out.push({ start: from, end, text: text.slice(from, end), kind: 'name', entity: `Organization/${full ?? text.slice(from, end)}` });
  }
  return out;
}

/**
 * May a statement with this own time be at the occasion's place (context/index.ts)? No own date; the
 * story's date of a present tense, which goes on with the scene it narrates ("Speaking at a town hall
 * in Salem, Trump went after Bush. He says …"); or the occasion's own date (an occasion of no known
 * date goes on). A statement its clause dates otherwise is another occasion: "Trump took to Twitter
 * early Wednesday morning" after his words at a rally in Raleigh on Tuesday night.
 */
export function onOccasionDay(time: { date: string | null; by: string } | undefined, occasion: { date: string | null } | null): boolean {
  return time === undefined || time.by === 'present-tense' || !occasion?.date || time.date === occasion.date;
}

/** Does the speaker phrase make a noun someone else ("Another witness, Maria Georgiou"; context.json otherReferentWords)? */
export function otherReferent(text: string, span: readonly [number, number]): boolean {
  return wordsOf(text.slice(span[0], span[1])).some((w) => CONTEXT_WORDS.otherReferentWords.has(w));
}
