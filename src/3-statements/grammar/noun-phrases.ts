// Noun phrases over tokens and parts of speech: to the left of a verb (with possessives, titles,
// party tags and appositive lists) and to the right of a word. Used to find speakers and hearers.

import type { Token } from '../../types.js';
import { LONE_DETERMINERS } from '../cues.js';
import { CLOSE_MARKS, NP_INNER_ADP, NP_POS, OPEN_MARKS, POSSESSIVE, QUANTIFIER, SUBJECT_PRONOUNS } from './words.js';
import { WORDS, isWord, isExactWord, tokenIs } from './lexicon.js';

/** The "(" that the ")" at token `close` closes, at most nine tokens back and not before `floor`; -1 when none. */
function bracketOpening(tokens: Token[], close: number, floor: number): number {
  for (let m = close - 1; m >= floor && m > close - 10; m--) if (tokens[m]!.text === '(') return m;
  return -1;
}

/** Noun phrase ending at token j, scanning left; null if token j cannot end one. */
export function nounPhraseLeft(tokens: Token[], j: number, floor: number): [number, number] | null {
  // "Sen. Ann Lee (D-Ore.) said", "Verano Pharma plc (LSE: VRN) announced": the parenthesis belongs to the name before it.
  if (tokens[j]?.text === ')') {
    const m = bracketOpening(tokens, j, floor);
    if (m - 1 >= floor && /^(PROPN|NOUN)$/.test(tokens[m - 1]!.pos)) {
      const inner = nounPhraseLeft(tokens, m - 1, floor);
      return inner ? [inner[0], j + 1] : null;
    }
    return null;
  }
  const t = tokens[j];
  if (!t) return null;
  // "many of whom say", "some of which argue": the quantifier and its relative are the subject.
  if (tokenIs(WORDS.whichWhom, t) && j - 2 >= floor && tokens[j - 1]!.lower === 'of' && tokenIs(QUANTIFIER, tokens[j - 2]!)) {
    return [j - 2, j + 1];
  }
  // "most of them say", "some of us believe": a quantifier of an object pronoun.
  if (t.pos === 'PRON' && tokenIs(WORDS.objectPronounsOfQuantifier, t) && j - 2 >= floor && tokens[j - 1]!.lower === 'of' && tokenIs(QUANTIFIER, tokens[j - 2]!)) {
    return [j - 2, j + 1];
  }
  if (t.pos === 'PRON' && isWord(WORDS.objectPronouns3, t.text) && j - 2 >= floor && tokens[j - 1]!.lower === 'to' && tokens[j - 2]!.lower === 'close') {
    const np = nounPhraseLeft(tokens, j - 3, floor);
    return np ? [np[0], j + 1] : null;
  }
  // "Some said", "Many say": a determiner standing alone as the subject.
  if (t.pos === 'DET' && tokenIs(LONE_DETERMINERS, t) && (j === floor || !/^(DET|ADJ)$/.test(tokens[j - 1]!.pos))) return [j, j + 1];
  // "42% say": a percentage. ("29 per cent said", the British and Canadian spelling.)
  if (t.text === '%' && j - 1 >= floor && tokens[j - 1]!.pos === 'NUM') return [j - 1, j + 1];
  if (t.lower === 'cent' && j - 2 >= floor && tokens[j - 1]!.lower === 'per' && tokens[j - 2]!.pos === 'NUM') return [j - 2, j + 1];
  // "voters under 35 said", "a boy under 10 said": a number after a limit word bounds the noun before it, which heads the subject.
  if (t.pos === 'NUM' && j - 2 >= floor && tokenIs(WORDS.ageLimitPrepositions, tokens[j - 1]!) && tokens[j - 2]!.pos === 'NOUN') {
    const np = nounPhraseLeft(tokens, j - 2, floor);
    return np ? [np[0], j + 1] : null;
  }
  if (t.pos === 'PRON') {
    const lower = t.lower;
    if (!SUBJECT_PRONOUNS.has(lower)) return null;
    if (lower === 'this') return null;
    if (lower === 'that' && !(j - 1 >= floor && /^(NOUN|PROPN)$/.test(tokens[j - 1]!.pos))) return null;
    return [j, j + 1];
  }
  // "Internal polling shows", "the polling suggests": a gerund after a determiner or adjective is a noun.
  if (t.pos === 'VERB' && /ing$/i.test(t.text) && j - 1 >= floor && /^(DET|ADJ|PROPN|NOUN)$/.test(tokens[j - 1]!.pos)) {
    const np = nounPhraseLeft(tokens, j - 1, floor);
    return np ? [np[0], j + 1] : tokens[j - 1]!.pos === 'DET' ? [j - 1, j + 1] : null;
  }
  // An adjective heads a role only after a noun: "the attorney general", "the surgeon general";
  // after a possessive it is a noun mis-tagged ("Trump's brief").
  // "another ranking", "the self-described fiscal conservative": an adjective after a determiner
  // (or after adjectives that follow one) is a noun the tagger misread.
  if (!/^(PROPN|NOUN|NUM)$/.test(t.pos) && !(t.pos === 'ADJ' && (/^[A-Z]/.test(t.text) || (j - 1 >= floor && (tokens[j - 1]!.pos === 'NOUN' || /^['’]s$/.test(tokens[j - 1]!.text))) || adjAfterDeterminer(tokens, j, floor)))) return null;
  const k = phraseStart(tokens, j, floor);
  return [k, j + 1];
}

/** One step of a noun phrase's growth to the left from token k: the new start, and whether the phrase is complete. */
interface LeftStep {
  k: number;
  stop: boolean;
}

/** Where the noun phrase ending at j starts: modifiers, possessives, inner prepositions, quantifiers and lists are taken in. */
function phraseStart(tokens: Token[], j: number, floor: number): number {
  let k = j;
  const state = { sawAnd: false };
  while (k - 1 >= floor) {
    const step = modifierLeft(tokens, k, floor) ?? connectorLeft(tokens, k, floor, state);
    if (!step) break;
    k = step.k;
    if (step.stop) break;
  }
  return k;
}

/**
 * "the University of Asia and the Pacific": an article after "and" inside a name's "of" phrase
 * (capitalised words on both sides, an "of" before the first) goes on with the name. `k` is the
 * article's index.
 */
function namedOfAnd(tokens: Token[], k: number, floor: number): boolean {
  if (k - 2 < floor || !/^and$/i.test(tokens[k - 1]!.text) || tokens[k + 1]?.pos !== 'PROPN' || tokens[k - 2]!.pos !== 'PROPN') return false;
  let m = k - 2;
  while (m > floor && tokens[m - 1]!.pos === 'PROPN') m--;
  return m - 1 >= floor && tokens[m - 1]!.lower === 'of';
}

/** Words that modify the phrase from the left: determiners, adjectives, nouns, participles, hyphens, a possessive pronoun. */
function modifierLeft(tokens: Token[], k: number, floor: number): LeftStep | null {
  const p = tokens[k - 1]!;
  if (NP_POS.has(p.pos) && p.pos !== 'PRON') {
    k--;
    // A determiner starts the phrase, unless it follows an inner preposition: "the head of | the
    // ministry", or a quantifier: "some of | the allies".
    if (p.pos === 'DET' && k - 2 >= floor && tokens[k - 1]!.lower === 'of' && tokenIs(QUANTIFIER, tokens[k - 2]!)) {
      k -= 2;
      if (k - 1 >= floor && tokenIs(WORDS.articles, tokens[k - 1]!)) k--;
      return { k, stop: true };
    }
    if (p.pos === 'DET' && !(k - 2 >= floor && tokenIs(NP_INNER_ADP, tokens[k - 1]!) && (/^(NOUN|PROPN|NUM)$/.test(tokens[k - 2]!.pos) || ageEnd(tokens, k - 2, floor))) && !namedOfAnd(tokens, k, floor)) return { k, stop: true };
    return { k, stop: false };
  }
  // "restructuring experts", "elected officials": a participle before a noun modifies it.
  // (Not after a noun or pronoun, where it is the main verb: "the mayor emailed volunteers".)
  if (p.pos === 'VERB' && /(ing|ed)$/.test(p.text) && /^(NOUN|ADJ|PROPN)$/.test(tokens[k]!.pos) && !(k - 2 >= floor && /^(NOUN|PROPN|PRON)$/.test(tokens[k - 2]!.pos))) {
    k--;
    return { k, stop: false };
  }
  // "an inside source", "an outside group": a preposition tagged between article and noun modifies it.
  if (p.pos === 'ADP' && k - 2 >= floor && tokens[k - 2]!.pos === 'DET' && tokens[k]!.pos === 'NOUN') {
    k--;
    return { k, stop: false };
  }
  // "self-described", "Texas-based": a hyphenated modifier.
  if (p.text === '-' && k - 2 >= floor && /^(NOUN|PROPN|ADJ|NUM|ADV)$/.test(tokens[k - 2]!.pos) && tokens[k - 2]!.end === p.start && p.end === tokens[k]!.start) {
    // ("well-known": the word before the hyphen goes with it, whatever its tag.)
    k -= tokens[k - 2]!.pos === 'ADV' ? 2 : 1;
    return { k, stop: false };
  }
  // "self-taught", "well-known": a participle written against a hyphen, whatever its ending.
  if (p.pos === 'VERB' && k - 2 >= floor && tokens[k - 2]!.text === '-' && attachedHyphen(tokens, k - 2) && /^(NOUN|ADJ|PROPN)$/.test(tokens[k]!.pos)) {
    k--;
    return { k, stop: false };
  }
  if (p.pos === 'PRON' && tokenIs(POSSESSIVE, p)) {
    k--;
    // "many of her supporters": the quantifier before the possessive.
    if (k - 2 >= floor && tokens[k - 1]!.lower === 'of' && tokenIs(QUANTIFIER, tokens[k - 2]!)) {
      k -= 2;
      if (k - 1 >= floor && tokenIs(WORDS.articles, tokens[k - 1]!)) k--;
    }
    return { k, stop: true };
  }
  return null;
}

/** Does the run of proper nouns ending at token `j` follow a preposition ("on Tuesday", "in Lagos")? */
function prepositionObjectName(tokens: Token[], j: number, floor: number): boolean {
  let m = j;
  while (m - 1 >= floor && tokens[m - 1]!.pos === 'PROPN') m--;
  return m - 1 >= floor && tokens[m - 1]!.pos === 'ADP';
}

/** Words that join the phrase to more of itself: possessive marks, inner prepositions, quantifiers, "close to", lists, parentheses. */
function connectorLeft(tokens: Token[], k: number, floor: number, state: { sawAnd: boolean }): LeftStep | null {
  const p = tokens[k - 1]!;
  // A possessive: "Clinton's", "the students'" — a lone apostrophe only right after a word in -s
  // (not a quotation mark: "''It's a setback,'' Ms. Varga said").
  if (/^['’]s$/.test(p.text) || (/^['’]$/.test(p.text) && k - 2 >= floor && /s$/i.test(tokens[k - 2]!.text) && tokens[k - 2]!.end === p.start && p.quote < 0)) {
    k--;
    return { k, stop: false };
  }
  if ((p.text === '.' || p.text === '-' || p.text === '&') && k - 2 >= floor && tokens[k - 2]!.pos === 'PROPN') {
    k--;
    return { k, stop: false };
  }
  // ("the 29-year-old from Honduras": an age's "old" ends a noun phrase too.)
  if (tokenIs(NP_INNER_ADP, p) && k - 2 >= floor && (/^(NOUN|PROPN|NUM)$/.test(tokens[k - 2]!.pos) || ageEnd(tokens, k - 2, floor))) {
    k--;
    return { k, stop: false };
  }
  // "some of the mayor's allies", "a quarter of the tenants", "one of the few co-sponsors".
  if (p.lower === 'of' && k - 2 >= floor && tokenIs(QUANTIFIER, tokens[k - 2]!)) {
    k -= 2;
    if (k - 1 >= floor && tokenIs(WORDS.articles, tokens[k - 1]!)) k--;
    return { k, stop: true };
  }
  // "a source close to him", "people close to the president".
  if (p.lower === 'to' && k - 2 >= floor && tokens[k - 2]!.lower === 'close') {
    k -= 2;
    return { k, stop: false };
  }
  // "Developers and supporters in Congress", "Smith and Jones", "Lee (D-Ore.) and Diaz".
  if (/^(and|&)$/i.test(p.text) && k - 2 >= floor && (/^(NOUN|PROPN)$/.test(tokens[k - 2]!.pos) || tokens[k - 2]!.text === ')') && /^(NOUN|PROPN|DET|ADJ)$/.test(tokens[k]!.pos)) {
    k--;
    state.sawAnd = true;
    return { k, stop: false };
  }
  // "Lee, Park and Diaz": names listed before the "and".
  // (Not a preposition's object before the comma: "killed on Tuesday, Smith and Jones said", "In Lagos, Ade and Bello said".)
  if (p.text === ',' && state.sawAnd && k - 2 >= floor && (tokens[k - 2]!.pos === 'PROPN' || tokens[k - 2]!.text === ')') && tokens[k]!.pos === 'PROPN' && !prepositionObjectName(tokens, k - 2, floor)) {
    k--;
    return { k, stop: false };
  }
  // A parenthesis inside a name: "Sen. Jane Doe (D-Ore.)".
  if (p.text === ')') {
    const m = bracketOpening(tokens, k - 1, floor);
    if (m - 1 >= floor && tokens[m - 1]!.pos === 'PROPN') {
      k = m;
      return { k, stop: false };
    }
  }
  return null;
}

/**
 * The subject before a relative or participial clause that ends at `j`: scanning left within the
 * clause (no punctuation) for "who"/"that" or an -ing/-ed verb right after a noun, whose noun
 * phrase opens the sentence or follows a comma or conjunction.
 */
export function relativeSubject(tokens: Token[], j: number, floor: number): [number, number] | null {
  for (let r = j; r > floor && r > j - 20; r--) {
    const t = tokens[r]!;
    // ("Scientists not involved in the report said": a negation before the participle.)
    const head = tokens[r - 1]?.lower === 'not' && r - 2 >= floor && /ed$/i.test(t.text) ? r - 2 : r - 1;
    // "The board welcomed the plan and in reply the chair said": a conjunction ends the clause.
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return null;
    // ("Families of hostages held in Gaza fear": an irregular past form before a preposition is a participle too.)
    const participle = /(ing|ed)$/i.test(t.text) || tokens[r + 1]?.lower === 'by' || irregularParticipleBeforePreposition(tokens, r);
    // ("Two sources familiar with the matter told", "officials close to the talks said": an adjective
    // with its preposition after the noun opens the clause the same way.)
    // (Its complement is a noun phrase: no verb between it and j, as in "people familiar with her thinking say she".)
    const adjective = t.pos === 'ADJ' && tokens[r + 1]?.pos === 'ADP' && /^(NOUN|PROPN)$/.test(tokens[head]!.pos) && !tokens.slice(r + 2, j + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    const opener = (t.pos === 'PRON' && tokenIs(WORDS.thatWho, t)) || (t.pos === 'VERB' && participle && /^(NOUN|PROPN)$/.test(tokens[head]!.pos)) || adjective;
    if (!opener) continue;
    const np = nounPhraseLeft(tokens, t.pos === 'VERB' || adjective ? head : r - 1, floor);
    if (!np || !/^(NOUN|PROPN)$/.test(tokens[np[1] - 1]!.pos)) continue;
    const before = tokens[np[0] - 1];
    if (np[0] === floor || !before || before.text === ',' || before.pos === 'CCONJ' || before.pos === 'ADV' || OPEN_MARKS.test(before.text)) return np;
  }
  return null;
}

/**
 * Is the verb at r an irregular participle (grammar.json irregularParticiples: "held", "built", "taken")
 * right before a preposition — not a particle of a phrasal verb ("kept up a filibuster", "sent out an appeal")?
 */
function irregularParticipleBeforePreposition(tokens: Token[], r: number): boolean {
  const t = tokens[r]!;
  const next = tokens[r + 1];
  return t.pos === 'VERB' && tokenIs(WORDS.irregularParticiples, t) && next?.pos === 'ADP' && !tokenIs(WORDS.phrasalParticles, next);
}

export function adjAfterDeterminer(tokens: Token[], j: number, floor: number): boolean {
  let m = j - 1;
  // ("the 39-year-old said": a number joined by hyphens is part of the modifier.)
  while (m >= floor && m > j - 6 && (tokens[m]!.pos === 'ADJ' || (tokens[m]!.pos === 'VERB' && /ed$/.test(tokens[m]!.text)) || tokens[m]!.text === '-' || tokens[m]!.pos === 'NOUN' || (tokens[m]!.pos === 'NUM' && tokens[m + 1]?.text === '-' && attachedHyphen(tokens, m + 1)))) m--;
  return m >= floor && m < j && tokens[m]!.pos === 'DET' && !tokenIs(WORDS.whatThisThat, tokens[m]!);
}

/** A hyphen at m inside a modifier of a noun that follows ("bow-tied maverick", "self-taught artist"), its second word any tag. */
function hyphenatedModifier(tokens: Token[], m: number, end: number): boolean {
  const second = tokens[m + 1];
  return tokens[m]!.text === '-' && m > 0 && m + 2 < end && !!second && /^(ADJ|VERB|NOUN|NUM|ADV)$/.test(second.pos) && attachedHyphen(tokens, m) && /^(NOUN|PROPN|ADJ)$/.test(tokens[m + 2]!.pos);
}

/** Is token i the "old" that ends a hyphenated age ("29-year-old"), written against its hyphen? */
function ageEnd(tokens: Token[], i: number, floor: number): boolean {
  return i - 1 >= floor && tokens[i]!.lower === 'old' && tokens[i - 1]!.text === '-' && attachedHyphen(tokens, i - 1);
}

/** Is the hyphen at m written against the words on both sides ("self-taught", not "Smith - who")? */
function attachedHyphen(tokens: Token[], m: number): boolean {
  const prev = tokens[m - 1];
  const next = tokens[m + 1];
  return !!prev && !!next && prev.end === tokens[m]!.start && tokens[m]!.end === next.start;
}

/** A dashed aside that lists or qualifies ("— including A, B and C —", "— co-editor of a book, a study of X —"): no finite verb. */
export function listAppositive(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 30) return false;
  const opener = tokens[from]!;
  // A listing participle ("including …"), a quantifier, or a noun phrase ("co-editor of a book, a study of …").
  if (!(opener.pos === 'VERB' && /ing$/i.test(opener.text)) && !tokenIs(WORDS.listAppositiveWords, opener) && !/^(NOUN|PROPN|DET|ADJ)$/.test(opener.pos)) return false;
  // Verbs are allowed only inside a relative clause of the aside ("the company that owns X, which is streamed on Y").
  let relative = false;
  for (let m = from + 1; m < to; m++) {
    if (tokenIs(WORDS.relativePronounsAll, tokens[m]!)) relative = true;
    if (tokens[m]!.quote >= 0) return false;
    if (!relative && (tokens[m]!.pos === 'AUX' || (tokens[m]!.pos === 'VERB' && !/(ing|ed)$/i.test(tokens[m]!.text)))) return false;
  }
  return true;
}

/** An apostrophe closing a plural or -s possessive ("Sanders’ campaign"), not a quotation mark. */
export function isPossessiveMark(tokens: Token[], m: number): boolean {
  const t = tokens[m]!;
  const prev = tokens[m - 1];
  const next = tokens[m + 1];
  return /^['’]$/.test(t.text) && t.quote < 0 && !!prev && /s$/i.test(prev.text) && prev.end === t.start && !!next && next.start > t.end && /^(NOUN|PROPN|ADJ)$/.test(next.pos);
}

/** Start token of an appositive-like segment ending at k (no finite verb unless after "who"). */
export function nounPhraseLeftLoose(tokens: Token[], k: number, floor: number): number | null {
  let m = k;
  let sawWho = false;
  while (m >= floor && tokens[m]!.text !== ',' && !(CLOSE_MARKS.test(tokens[m]!.text) && !isPossessiveMark(tokens, m)) && !OPEN_MARKS.test(tokens[m]!.text)) {
    const t = tokens[m]!;
    if (tokenIs(WORDS.relativePronounsWhose, t)) sawWho = true;
    m--;
  }
  const start = m + 1;
  if (start > k) return null;
  // An appositive never opens with a conjunction: ", and the meeting deteriorated, said X".
  if (tokenIs(WORDS.clauseConjunctions, tokens[start]!)) return null;
  // A participial appositive may hold verbs of its own: ", speaking on condition of anonymity to discuss the schedule,".
  if (tokens[start]!.pos === 'VERB' && (/(ing|ed)$/i.test(tokens[start]!.text) || tokens[start + 1]?.lower === 'by')) sawWho = true;
  // A "verb" after a determiner, adjective or possessive, before a noun or closing the segment, is
  // a mis-tagged noun ("a later press conference", "the country's only ally").
  // So is one joined by a hyphen ("the center-left think tank": "left", "think" tagged as verbs), or
  // standing between such a modifier and a noun.
  let modifierBefore = false;
  const modifier = (x: number): boolean => {
    const prev = tokens[x - 1]!;
    if (x > start && prev.text === '-' && prev.start === tokens[x]!.start - 1) return true;
    // After a possessive or an article, past adjectives and adverbs: a noun ("Pyongyang's only ally").
    let d = x - 1;
    while (d > start && /^(ADJ|ADV)$/.test(tokens[d]!.pos)) d--;
    if (d >= start && d < x - 1 && (/^['’]s$/.test(tokens[d]!.text) || tokens[d]!.pos === 'DET' || tokenIs(WORDS.possessiveDeterminers, tokens[d]!))) return true;
    return x > start && (x === k || /^(NOUN|PROPN)$/.test(tokens[x + 1]!.pos)) && (/^(DET|ADJ|ADV)$/.test(prev.pos) || /^['’]s$/.test(prev.text) || modifierBefore);
  };
  // An irregular participle before "by" ("a letter sent by her lawyer") is not a finite verb either.
  const passiveParticiple = (x: number): boolean => x > start && tokens[x - 1]!.pos === 'NOUN' && tokens[x + 1]?.lower === 'by';
  if (!sawWho) {
    for (let x = start; x <= k; x++) {
      const isVerb = tokens[x]!.pos === 'VERB' && !/ed$|ing$/.test(tokens[x]!.text);
      if (isVerb && !modifier(x) && !passiveParticiple(x)) return null;
      modifierBefore = isVerb;
    }
  }
  if (k - start > (sawWho ? 40 : 25)) return null;
  return start;
}

/**
 * "urged Israel and Hamas to agree …", "told Ruiz and Baptiste that …": two hearers joined by "and"
 * before an infinitive or "that" are one hearer phrase; otherwise the phrase `np` as it was.
 */
export function coordinatedHearer(tokens: Token[], np: [number, number] | null, end: number): [number, number] | null {
  if (!np || np[1] + 1 >= end || !tokenIs(WORDS.speakerJoiners, tokens[np[1]]!)) return np;
  const second = nounPhraseRight(tokens, np[1] + 1, end);
  const next = second ? tokens[second[1]] : undefined;
  return second && next && tokenIs(WORDS.thatTo, next) ? [np[0], second[1]] : np;
}

/** Noun phrase starting at k: DET? ADJ* (PROPN|NOUN)+ ("of" NP)? — for "according to X", "said X", "by X". */
export function nounPhraseRight(tokens: Token[], k: number, end: number): [number, number] | null {
  let m = k;
  if (m < end && tokens[m]!.pos === 'PRON') {
    const lower = tokens[m]!.lower;
    // ("told her the work was …", "told her it was …", "told her, …": "her" before an article, a subject pronoun or punctuation is the object, no possessive.)
    if (lower === 'her' && objectHer(tokens[m + 1])) return [m, m + 1];
    if (isExactWord(WORDS.possessivesNoYour, lower)) m++;
    else return [m, m + 1];
  }
  const start = k;
  let sawNoun = false;
  while (m < end) {
    const t = tokens[m]!;
    if (t.pos === 'DET' && m === start) { m++; continue; }
    // "the 46-year-old": an age standing for the person (the tokenizer splits it at the hyphens).
    if (t.pos === 'NUM' && tokens[m + 1]?.text === '-' && /^(year|month)s?$/i.test(tokens[m + 2]?.text ?? '') && tokens[m + 3]?.text === '-' && isWord(WORDS.old, tokens[m + 4]?.text ?? '') && m + 5 <= end) {
      sawNoun = true;
      m += 5;
      continue;
    }
    if (t.pos === 'ADJ' || t.pos === 'NUM') { m++; continue; }
    // "one unaligned Florida strategist": an -ed modifier before the noun.
    if (t.pos === 'VERB' && /ed$/i.test(t.text) && m + 1 < end && /^(NOUN|PROPN|ADJ)$/.test(tokens[m + 1]!.pos) && m > start) { m++; continue; }
    if (t.pos === 'PROPN' || t.pos === 'NOUN') { sawNoun = true; m++; continue; }
    // "the bow-tied maverick", "the self-taught Cambridge resident": a hyphenated modifier before the noun.
    if (hyphenatedModifier(tokens, m, end)) { sawNoun = false; m += 2; continue; }
    if (/^['’]s$/.test(t.text) && sawNoun) { m++; continue; }
    if ((t.text === '.' || t.text === '-' || t.text === '&') && sawNoun && m + 1 < end && tokens[m + 1]!.pos === 'PROPN') { m++; continue; }
    // ("a mayor-elect", "the editor-in-chief": a noun written against a hyphen goes on.)
    if (t.text === '-' && sawNoun && m + 1 < end && tokens[m + 1]!.pos === 'NOUN' && tokens[m - 1]!.end === t.start && t.end === tokens[m + 1]!.start) { m++; continue; }
    if (t.lower === 'of' && sawNoun && m + 1 < end && /^(DET|PROPN|NOUN|ADJ|PRON)$/.test(tokens[m + 1]!.pos)) { m++; continue; }
    break;
  }
  return sawNoun ? [start, m] : null;
}

/** Does the token after "her" show it is an object, not a possessive: an article, a subject pronoun or "it", or punctuation ("told her, she recalled, that …")? */
function objectHer(next: Token | undefined): boolean {
  // ("assured her by phone that …", "told her that …": a preposition or a subordinator never follows a possessive "her".)
  // ("told her to leave" stays as it was read: taking "her" as the hearer there let a coordinated "and told her to leave" report for the wrong subject, polnear-dev.)
  return !!next && (tokenIs(WORDS.articles, next) || tokenIs(WORDS.personalSubjectPronouns, next) || tokenIs(WORDS.it, next) || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'SCONJ');
}

/**
 * The head word of a noun phrase written out as text: the last word before the phrase that follows
 * the head (a preposition or a participle: "head of the union" → "head", "Emails obtained by the
 * paper" → "Emails", "officials in Kyiv" → "officials"), else the last word; as written.
 */
export function headWordOf(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const tail = words.findIndex((w, i) => i > 0 && (isWord(WORDS.npInnerPrepositions, w) || /^\p{Ll}+ed$/u.test(w)));
  return (tail > 0 ? words[tail - 1] : words.at(-1)) ?? '';
}

/**
 * The noun phrase a relative pronoun at `r` stands for: the one right before it ("commentators who
 * have suggested", "a state law that allows") or before its comma ("Ted Cruz, who said"), headed
 * by a noun or a name; null when none is ("many who argue", "those who").
 */
export function relativeAntecedent(tokens: Token[], r: number, floor: number): [number, number] | null {
  let end = r - 1 >= floor && tokens[r - 1]!.text === ',' ? r - 2 : r - 1;
  // ("Mike Pompeo (R-Kans.), who …", "Acme Corp (ACME.N), which …": a bracket after the name is no antecedent.)
  if (end >= floor && tokens[end]!.text === ')') {
    const open = bracketOpening(tokens, end, floor);
    if (open >= 0) end = open - 1;
  }
  if (end < floor) return null;
  const np = nounPhraseLeft(tokens, end, floor);
  if (!(np && np[1] === end + 1 && /^(NOUN|PROPN)$/.test(tokens[end]!.pos))) return null;
  // ("Amanda Nunes, a ferocious brawler who is known as …": an appositive stands for the name before it.)
  if (tokens[end]!.pos === 'NOUN' && np[0] - 2 >= floor && tokens[np[0] - 1]!.text === ',' && tokens[np[0] - 2]!.pos === 'PROPN') {
    const name = nounPhraseLeft(tokens, np[0] - 2, floor);
    if (name && name[1] === np[0] - 1) return name;
  }
  return np;
}
