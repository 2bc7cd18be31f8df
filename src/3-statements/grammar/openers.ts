// Words and openers passed over between a subject and its verb or before a clause: participial and
// prepositional openers, floating quantifiers, emphatic reflexives, dates and times.

import type { Sentence, Token } from '../../types.js';
import { relativeSubject } from './noun-phrases.js';
import { END_PUNCT, isMonthOrDay, OPEN_MARKS, TIME_NOUN, WH_WORDS } from './words.js';
import { WORDS, tokenIs } from './lexicon.js';
import { MONTH_NAMES } from '../../lexicon/calendar.js';
import { SAYING_VERBS } from '../cues.js';

/** Does the clause from `from` close with a comma followed by a finite verb (the main clause's)? */
export function appositiveParticiple(tokens: Token[], from: number, end: number): boolean {
  for (let m = from; m + 1 < end && m < from + 25; m++) {
    const t = tokens[m]!;
    if (END_PUNCT.test(t.text) || OPEN_MARKS.test(t.text)) return false;
    if (t.text !== ',') continue;
    let v = m + 1;
    while (v < end && (tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'AUX')) v++;
    const n = tokens[v];
    return !!n && n.pos === 'VERB' && !/ing$/i.test(n.text) && (v > m + 1 || !tokenIs(WORDS.relativePronouns, n));
  }
  return false;
}

/** "…, touting X and saying C": an -ing verb after a comma earlier in the clause. */
export function participleBefore(tokens: Token[], s: Sentence, and: number): boolean {
  for (let m = and - 1; m > s.tokenStart && m > and - 12; m--) {
    const t = tokens[m]!;
    if (t.pos === 'VERB' && /ing$/i.test(t.text)) return tokens[m - 1]!.text === ',' || (/^(PRON|DET)$/.test(tokens[m - 1]!.pos) && tokens[m - 2]?.text === ',');
    if (END_PUNCT.test(t.text)) return false;
  }
  return false;
}

/** How many tokens an opening time adverbial may take ("Less than thirty minutes after the vote closed later"). */
const TIME_OPENER_REACH = 10;

/**
 * "Later in the interview,", "Now,", "Less than an hour later,", "On Monday night,": does the stretch
 * [from, boundary) before the speaker place the report in time — an adverb of time (grammar.json
 * timeOpenerAdverbs) alone or before a preposition, "later"/"ago" after a time noun ("minutes later"), or an adverb, a
 * preposition or "last"/"this"/"next" before a time noun, a weekday or a month? ("Sooner or later"
 * is none: no time noun.)
 */
export function timeOpener(tokens: Token[], from: number, boundary: number): boolean {
  if (boundary <= from || boundary - from > TIME_OPENER_REACH) return false;
  const first = tokens[from]!;
  const timeNoun = (t: Token) => isMonthOrDay(t.text) || TIME_NOUN.has(t.lower.replace(/s$/, ''));
  // ("an hour later", "moments later": the counted times of grammar.json timeDistanceAdverbs, singular or plural.)
  const timeCount = (t: Token) => WORDS.timeDistanceAdverbs.has(t.lower.endsWith('s') ? t.lower : `${t.lower}s`);
  if (tokenIs(WORDS.timeOpenerAdverbs, first) && (boundary === from + 1 || tokens[from + 1]!.pos === 'ADP')) return true;
  if (boundary - from >= 2 && tokenIs(WORDS.timeOpenerAdverbs, tokens[boundary - 1]!) && (timeNoun(tokens[boundary - 2]!) || timeCount(tokens[boundary - 2]!))) return true;
  if (!(first.pos === 'ADV' || first.pos === 'ADP' || tokenIs(WORDS.deicticDeterminers, first))) return false;
  for (let m = from; m < boundary; m++) if (timeNoun(tokens[m]!)) return true;
  return false;
}

/**
 * "In a statement released after the vote, Ruiz said …": one prepositional phrase (which may hold
 * a clause of its own) before the speaker's comma sets the scene; it is not what was said.
 */
export function prepositionalOpener(tokens: Token[], from: number, boundary: number): boolean {
  const first = tokens[from]!;
  if (first.pos !== 'ADP' || tokenIs(WORDS.accordingLikeUnlike, first)) return false;
  for (let m = from + 1; m < boundary; m++) if (tokens[m]!.text === ',' || tokens[m]!.quote >= 0) return false;
  return true;
}

/**
 * A sentence opening with a participial adjunct: "Asked about the fire, Brown said …", "Speaking
 * at a rally, she said …", "Giving evidence to MPs, the secretary said …". It sets the scene; it is
 * not what was said.
 */
export function participialOpener(tokens: Token[], s: Sentence): boolean {
  const first = tokens[s.tokenStart]!;
  const second = tokens[s.tokenStart + 1];
  if (first.pos !== 'VERB' || !second) return false;
  if (/ed$/i.test(first.text)) return /^(ADP|SCONJ|PART)$/.test(second.pos) || tokenIs(WH_WORDS, second);
  if (!/ing$/i.test(first.text)) return false;
  if (second.pos === 'ADP') return true;
  // ("Giving evidence to MPs, the secretary said …": an object, then a preposition's phrase, and no
  // other verb before the comma. "Raising taxes would hurt, economists said" has its verb before the
  // comma; "Putting the show together, Butz said, allowed him …" is a subject the cue interrupts.)
  let preposition = false;
  for (let k = s.tokenStart + 2; k < s.tokenEnd && k <= s.tokenStart + 10; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return preposition;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.quote >= 0) return false;
    if (t.pos === 'ADP') preposition = true;
  }
  return false;
}

/** "Cruz himself said": an emphatic reflexive after its subject. */
export function emphaticReflexive(tokens: Token[], j: number, s: Sentence): boolean {
  return j > s.tokenStart && tokenIs(WORDS.reflexivePronouns, tokens[j]!) && /^(NOUN|PROPN|PRON)$/.test(tokens[j - 1]!.pos);
}

/** "…; most said", "Many say": a quantifier the tagger reads as an adverb, alone at the clause's start, is its subject. */
export function loneSubject(tokens: Token[], j: number, s: Sentence): boolean {
  return tokenIs(WORDS.quantifierPronouns, tokens[j]!) && (j === s.tokenStart || /^[;:,“"]$/.test(tokens[j - 1]!.text));
}

/** "They all said", "Lee and Park both said": a quantifier floated after its subject. */

export function floatingQuantifier(tokens: Token[], j: number, s: Sentence): boolean {
  return j > s.tokenStart && tokenIs(WORDS.distributiveQuantifiers, tokens[j]!) && (/^(NOUN|PROPN|PRON)$/.test(tokens[j - 1]!.pos) || tokens[j - 1]!.text === ')');
}

/** A capitalised time noun opening the sentence right before its verb is a surname: "Day said …". */
export function timeWordIsName(tokens: Token[], j: number, s: Sentence): boolean {
  const t = tokens[j]!;
  return j === s.tokenStart && /^[A-Z][a-z]/.test(t.text) && /^(NOUN|PROPN)$/.test(t.pos) && tokenIs(WORDS.timeNounsShort, t);
}

/**
 * "Theresa May said", "Prime Minister May told": a month's name right after a name or a title,
 * with no day number after it, is part of the name ("Smith in May said", "Smith May 5 said" are
 * dates); so is one opening the sentence right before a verb of saying ("May said …": a month
 * says nothing); so is one written against a hyphen after another word ("Min-jun").
 */
function monthAsName(tokens: Token[], k: number, floor: number): boolean {
  const t = tokens[k]!;
  // ("Park Min-jun said", "Kim Hye-jun told": a month's abbreviation written against a hyphen after a word is a name's syllable.)
  if (k - 2 >= floor && tokens[k - 1]!.text === '-' && tokens[k - 2]!.end === tokens[k - 1]!.start && tokens[k - 1]!.end === t.start && /^\p{L}+$/u.test(tokens[k - 2]!.text)) return true;
  if (!MONTH_NAMES.has(t.lower) || tokens[k + 1]?.pos === 'NUM') return false;
  if (k === floor) return /^\p{Lu}/u.test(t.text) && tokens[k + 1]?.pos === 'VERB' && SAYING_VERBS.has(tokens[k + 1]!.lemma);
  return k - 1 >= floor && tokens[k - 1]!.pos === 'PROPN' && !isMonthOrDay(tokens[k - 1]!.text);
}

/**
 * Skips back over a date between a subject and its cue: "Lavrov on Tuesday, January 31, said",
 * "Smith, on Monday, said". Returns the index before the date group, or j when there is none.
 */
export function skipDateBack(tokens: Token[], j: number, floor: number): number {
  let k = j;
  const afterComma = k >= floor && tokens[k]!.text === ',';
  if (afterComma) k--;
  let sawDate = false;
  // ("X, the operator founded in 1998, yesterday said": "yesterday" and "today" join no date
  // before a comma, as "Tuesday, January 31" does; the comma before them closes an appositive.)
  let onlyDateless = true;
  while (k >= floor && ((isMonthOrDay(tokens[k]!.text) && !monthAsName(tokens, k, floor)) || tokens[k]!.pos === 'NUM' || (tokens[k]!.text === ',' && sawDate && !onlyDateless))) {
    if (isMonthOrDay(tokens[k]!.text)) {
      sawDate = true;
      onlyDateless &&= tokenIs(WORDS.datelessDays, tokens[k]!);
    } else if (tokens[k]!.pos === 'NUM') onlyDateless = false;
    k--;
  }
  // "who in 2010 said", "Smith in 2019 wrote": a year after "in", right before the verb.
  if (!sawDate && k < j && k - 1 >= floor && tokens[j]!.text !== ',' && /^(1[89]|20)\d\d$/.test(tokens[k + 1]!.text) && tokens[k]!.lower === 'in' && /^(PRON|PROPN|NOUN)$/.test(tokens[k - 1]!.pos)) return k - 1;
  if (!sawDate) return j;
  // (The appositive's closing comma before "yesterday" is where the speaker's phrase ends.)
  if (!afterComma && onlyDateless && k >= floor && tokens[k]!.text === ',') return k;
  if (k - 1 >= floor && tokenIs(WORDS.earlyLate, tokens[k]!) && tokens[k - 1]!.pos === 'ADP' && tokens[k - 1]!.lower !== 'on') {
    // "Lee in late August said" skips it; "a poll released in late August found" keeps it in the subject.
    if (relativeSubject(tokens, k - 2, floor)) return j;
    k -= 2;
  } else if (k >= floor && tokenIs(WORDS.dateOpeners, tokens[k]!)) k--;
  else if (k >= floor && tokens[k]!.text !== ',' && tokens[k]!.pos === 'ADP') return j; // "… since he quit in February, said": the date ends a clause
  // "Smith, on Friday, said" and "Lavrov on Tuesday, January 31, said" skip the date; in "X, in a
  // statement released by the campaign on Thursday, said" it ends an appositive (an open comma
  // before it, then a preposition or article), which the speaker chain reads whole.
  if (afterComma && !(k >= floor && tokens[k]!.text === ',')) {
    let c = k;
    while (c > floor && tokens[c]!.text !== ',') c--;
    const opener = tokens[c + 1];
    if (c > floor && tokens[c]!.text === ',' && opener && (/^(ADP|DET|VERB)$/.test(opener.pos) || /[a-z](ing|ed)$/.test(opener.text) || tokenIs(WORDS.whichWho, opener))) return j;
  }
  if (k >= floor && tokens[k]!.text === ',') k--;
  return k;
}
