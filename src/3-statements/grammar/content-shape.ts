// The shape of a statement's content, read from its tokens: a quotation, a clause (a that- or
// wh-clause, or a subject with its finite verb), an infinitive, or a phrase with no clause of its own
// ("discussed the budget", "denied Republicans the votes"). Stage 3's kind rules (kinds.ts) use it:
// the same cue reports words with a clause and only a subject matter with a phrase.

import { lowerBound } from '../../spans.js';
import type { TextLayer, Token } from '../../types.js';
import { finiteAt, hasFiniteVerb } from './clauses.js';
import { WORDS, isWord, tokenIs } from './lexicon.js';
import { MONTH_NAMES, RELATIVE_DAYS, WEEKDAYS } from '../../lexicon/calendar.js';
import { OPEN_MARKS, TIME_NOUN, TIME_WORDS, WH_WORDS, isMonthOrDay } from './words.js';

export type ContentShape = 'quotation' | 'clause' | 'infinitive' | 'phrase';

const RELATIVE_OPENERS = WORDS.relativeOpeners;

/** Token indices [first, last) of the tokens inside [start, end) of the text. */
export function tokenRange(layer: TextLayer, start: number, end: number): [number, number] {
  const a = lowerBound(layer.tokens, start);
  let b = a;
  while (b < layer.tokens.length && layer.tokens[b]!.end <= end) b++;
  return [a, b];
}

/** The shape of the content [start, end) of `layer.text`. */
export function contentShape(layer: TextLayer, start: number, end: number): ContentShape {
  const tokens = layer.tokens;
  let [a, b] = tokenRange(layer, start, end);
  while (a < b && /^[(\[,]$/.test(tokens[a]!.text)) a++;
  if (a >= b) return 'phrase';
  const first = tokens[a]!;
  if (OPEN_MARKS.test(first.text)) return 'quotation';
  const word = first.lower;
  // "that the nets were torn" is a clause, "that claim to the crew" a phrase (the tagger calls both SCONJ).
  if (word === 'that') return hasFiniteVerb(tokens, a + 1, b, true) ? 'clause' : 'phrase';
  if (WH_WORDS.has(word)) return 'clause';
  if (pronounForWords(tokens, a, b)) return 'phrase';
  const lead = word === 'not' || word === 'never' ? a + 1 : a;
  if (tokens[lead]?.lower === 'to' && tokens[lead + 1]?.pos === 'VERB') return 'infinitive';
  // "them to bring the papers back …": an object and its infinitive ("allowed them to stay"), as
  // "the crew to mend the nets" is, whatever verbs a content read too far takes in after it.
  if (tokenIs(WORDS.accusativePronouns, first) && tokens[a + 1]?.lower === 'to' && tokens[a + 2]?.pos === 'VERB') return 'phrase';
  const r = relativeStart(tokens, a + 1, b);
  if (hasFiniteVerb(tokens, a, r, true) || verbAfterRelative(tokens, r, b)) return 'clause';
  // ("Turkey's position that the border would stay closed": a view's noun and the clause that spells it out.)
  return r < b && r > a && tokenIs(WORDS.that, tokens[r]!) && tokenIs(WORDS.viewNouns, tokens[r - 1]!) && hasFiniteVerb(tokens, r + 1, b) ? 'clause' : 'phrase';
}

/**
 * "players who missed training would be dropped", "a man who was arrested had been released": a
 * finite verb after the relative clause's own verbs is the content's (the noun and its relative
 * clause are its subject).
 */
function verbAfterRelative(tokens: Token[], r: number, b: number): boolean {
  if (r >= b || !tokenIs(RELATIVE_OPENERS, tokens[r]!)) return false;
  let k = r + 1;
  while (k < b && !/^(VERB|AUX)$/.test(tokens[k]!.pos)) k++;
  // ("members who voted had backed a strike": an auxiliary right after the relative clause's verb opens the content's own.)
  if (k + 1 < b && tokens[k]!.pos === 'VERB' && tokens[k + 1]!.pos === 'AUX') return true;
  while (k < b && /^(VERB|AUX|ADV|PART)$/.test(tokens[k]!.pos)) k++;
  // ("the incident, which took place on Monday, injured two sailors": a relative clause set off by
  // commas ends at its second comma, and a finite verb right after it is the content's.)
  const commas = r > 0 && tokens[r - 1]!.text === ',';
  for (; k < b; k++) {
    const t = tokens[k]!;
    if (commas && t.text === ',' && k + 1 < b) return finiteAt(tokens, k + 1) && !/ing$/i.test(tokens[k + 1]!.text);
    if (t.pos === 'PUNCT' || tokenIs(WORDS.coordinators, t) || tokenIs(RELATIVE_OPENERS, t) || tokenIs(WORDS.subordinators, t)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text) && tokens[k - 1]!.lower !== 'to' && /^(NOUN|PROPN|ADV|NUM)$/.test(tokens[k - 1]!.pos))) return true;
  }
  return false;
}

/**
 * "said it over and over", "said this, too", "said it again": a pronoun for the words said, with no
 * verb after it ("said it was wrong" is a clause) and no noun ("said these measures would help").
 */
function pronounForWords(tokens: Token[], a: number, b: number): boolean {
  if (!tokenIs(WORDS.pronounObjects, tokens[a]!)) return false;
  let k = a + 1;
  while (k < b && tokens[k]!.pos === 'ADV') k++;
  return k >= b || /^(PUNCT|ADP|SCONJ|CCONJ)$/.test(tokens[k]!.pos);
}

/**
 * Where a relative clause opens ("the plan which …", "a man who …", "Frank Clayton, who …"), a second predicate of the
 * cue's subject ("pleaded guilty and was jailed") or a subordinate clause after a noun ("began
 * selling fish after the ban was lifted"), or `end`: their verbs are not the content's own.
 */
function relativeStart(tokens: Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) {
    if (tokenIs(RELATIVE_OPENERS, tokens[k]!) && /^(NOUN|PROPN|PRON|NUM)$/.test(tokens[k - 1]!.pos)) return k;
    // "an idea from Frank Clayton, who has proposed …": a relative clause set off by a comma ("that" does not open one).
    if (tokenIs(RELATIVE_OPENERS, tokens[k]!) && tokens[k]!.lower !== 'that' && tokens[k - 1]!.text === ',' && k - 2 >= from && /^(NOUN|PROPN|NUM)$/.test(tokens[k - 2]!.pos)) return k;
    if (tokenIs(WORDS.coordinators, tokens[k]!) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) return k;
    if (tokenIs(WORDS.subordinators, tokens[k]!) && !tokenIs(WORDS.as, tokens[k]!) && /^(NOUN|PROPN|NUM)$/.test(tokens[k - 1]!.pos)) return k;
  }
  return end;
}

/**
 * Is [start, end) only a time ("late Thursday", "on Monday", "earlier this week"): nothing but days,
 * months, time words and time nouns, and the adverbs, prepositions, determiners, numbers and date
 * adjectives around them? With `needsTime`, a day, month, time noun or "today"-like word must be
 * there ("this" or "one" alone is then no time). With `capitalsAreNames`, a month or any other
 * capitalised word but a weekday is a name, not a time ("May", "The Times").
 */
export function timeOnly(tokens: readonly Token[], start: number, end: number, options: { needsTime?: boolean; capitalsAreNames?: boolean } = {}): boolean {
  let time = false;
  for (let k = lowerBound(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    // ("May", "June", "April", "Day" are also names of people, "The Times" a newspaper's.)
    if (options.capitalsAreNames && (MONTH_NAMES.has(t.lower) || (/^\p{Lu}/u.test(t.text) && t.pos !== 'DET' && !WEEKDAYS.has(t.lower) && !RELATIVE_DAYS.has(t.lower)))) return false;
    const timeNoun = isMonthOrDay(t.text) || isWord(TIME_NOUN, t.text.replace(/s$/i, '')) || RELATIVE_DAYS.has(t.lower);
    // (A number is a date's or counts time — "in 2001", "Dec. 31", "two days ago" — not "endorsed one in July".)
    const count = t.pos === 'NUM' && (/^\d/.test(t.text) || isWord(TIME_NOUN, (tokens[k + 1]?.text ?? '').replace(/s$/i, '')));
    if (!(timeNoun || tokenIs(TIME_WORDS, t) || t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'DET' || count || tokenIs(WORDS.dateAdjectives, t))) return false;
    time ||= timeNoun;
  }
  return time || !options.needsTime;
}
