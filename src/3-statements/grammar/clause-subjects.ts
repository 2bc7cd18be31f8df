// Subjects of other clauses than the cue's own: the subject before a coordinating "and", of a
// participle report, of the sentence, of the clause before a token, and the matrix verb before
// "to". Grammar helpers of stage 3 with no attribution knowledge; speakerLeft is subjects.ts's.

import type { Sentence, Token } from '../../types.js';
import { titleHeads } from '../../2-mentions/entities/gazetteer.js';
import { nounPhraseLeft, nounPhraseRight } from './noun-phrases.js';
import { skipDateBack } from './openers.js';
import { MATRIX_BEFORE_TO, SUBORDINATORS, WH_WORDS, isDashAt } from './words.js';
import { WORDS, isWord, tokenIs } from './lexicon.js';
import { speakerLeft } from './subjects.js';

/**
 * Subject of the clause before a coordinating "and" at j: the NP before the nearest finite verb.
 * A noun phrase that is an object ("met survivors of the attack and said"), sits in a subordinate
 * clause ("after he clinched the nomination and said", "questions on who Lee would like to see but
 * said") or follows a date ("Grassley on Wednesday downplayed X and said") is passed over for the
 * main clause's subject further left, when that is a name, a role ("the mayor") or a personal pronoun.
 */
export function coordinatedSubject(tokens: Token[], j: number, floor: number): [number, number] | null {
  let nearest: [number, number] | null = null;
  for (let v = j - 1; v > floor; v--) {
    const t = tokens[v]!;
    // ("The mayor was quick to praise X after he won and said …": a copula is the main clause's verb too.)
    const copula = t.pos === 'AUX' && nearest !== null && /^(ADJ|DET|ADV)$/.test(tokens[v + 1]?.pos ?? '');
    if ((t.pos !== 'VERB' && !copula) || tokens[v - 1]!.lower === 'to') continue;
    // ("are already preparing": an adverb may stand between the auxiliary and the -ing form.)
    if (/ing$/i.test(t.text) && auxiliaryBefore(tokens, v, floor) < 0) continue;
    let b = v - 1;
    for (;;) {
      while (b > floor && (tokens[b]!.pos === 'AUX' || tokens[b]!.pos === 'ADV' || tokens[b]!.pos === 'PART')) b--;
      const d = skipDateBack(tokens, b, floor);
      if (d === b || d <= floor) break;
      b = d;
    }
    // "Donald Trump, her opponent, bemoaned X and said …": the subject has an appositive.
    if (tokens[b]!.text === ',') {
      const chain = speakerLeft(tokens, b, floor, tokens[b]!.quote);
      const np = chain ? chain[1] : null;
      if (nearest && np && !mainSubjectLike(tokens, np)) return nearest;
      return np ?? nearest;
    }
    const np = nounPhraseLeft(tokens, b, floor);
    // ("The family of a man killed at a crossing in Joliet has sued X, alleging …": an -ed participle
    // right after a noun with no auxiliary is a reduced relative; the phrase in its prepositional
    // phrase was its complement, and the subject is the noun phrase it modifies, running through it.)
    if (nearest && np && b === v - 1 && reducedRelative(tokens, v, nearest[0]) && (np[0] === floor || tokens[np[0] - 1]!.text === ',')) return [np[0], nearest[1]];
    // "stressed her support of the raid that killed him and said …": a restrictive relative
    // clause's verb is not the one coordinated; the main clause's is further left. (", who have
    // marched and called for …" goes on with the relative clause: "who" stays the subject.)
    if (np && np[1] - np[0] === 1 && isWord(WORDS.thatWhich, tokens[np[0]]!.text)) continue;
    if (np && (nounLike(tokens[np[1] - 1]!) || tokens[np[1] - 1]!.text === ')')) {
      if (nearest) return mainSubjectLike(tokens, np) ? np : nearest;
      const prev = np[0] > floor ? tokens[np[0] - 1]! : null;
      // ("rounded out the list of candidates interviewed": a particle after the verb.)
      const particle = prev && /^(ADV|PART)$/.test(prev.pos) && np[0] - 2 >= floor && tokens[np[0] - 2]!.pos === 'VERB';
      const embedded = prev && (particle || /^(VERB|ADP|SCONJ)$/.test(prev.pos) || tokenIs(SUBORDINATORS, prev) || tokenIs(WH_WORDS, prev) || tokenIs(WORDS.relativePronouns, prev));
      if (!embedded) return np;
      // ("The union representing paramedics welcomed X but said …": the noun phrase after a participle
      // that modifies the subject is its object; the subject is the phrase before the participle.)
      const modified = prev.pos === 'VERB' && /ing$/i.test(prev.text) && auxiliaryBefore(tokens, np[0] - 1, floor) < 0 ? nounPhraseLeft(tokens, np[0] - 2, floor) : null;
      if (modified && nounLike(tokens[modified[1] - 1]!) && (modified[0] === floor || tokens[modified[0] - 1]!.text === ',')) return modified;
      nearest = np;
    }
  }
  return nearest;
}

/**
 * Is the verb at v a participle (-ed, or grammar.json irregularParticiples) after a noun, with no auxiliary, whose prepositional phrase
 * runs on to the noun phrase at `next` ("a man killed | at | a crossing")?
 */
function reducedRelative(tokens: Token[], v: number, next: number): boolean {
  const t = tokens[v]!;
  return (/ed$/i.test(t.text) || tokenIs(WORDS.irregularParticiples, t)) && tokens[v - 1]!.pos === 'NOUN' && next === v + 2 && tokens[v + 1]!.pos === 'ADP';
}

/** A noun, a name or a pronoun, or an office the tagger read as an adjective ("The premier called …", "the chief"). */
function nounLike(t: Token): boolean {
  return /^(PROPN|NOUN|PRON)$/.test(t.pos) || (t.pos === 'ADJ' && (titleHeads.has(t.lower) || tokenIs(WORDS.personNouns, t)));
}

/** Index of the auxiliary before token v, past adverbs ("are already preparing"), or -1. */
function auxiliaryBefore(tokens: Token[], v: number, floor: number): number {
  let p = v - 1;
  while (p > floor && tokens[p]!.pos === 'ADV') p--;
  return p >= floor && tokens[p]!.pos === 'AUX' ? p : -1;
}

/** A main clause's subject worth preferring over a nearer one: a name, a role ("the mayor") or a personal pronoun. */
export function mainSubjectLike(tokens: Token[], np: [number, number]): boolean {
  const last = tokens[np[1] - 1]!;
  return last.pos === 'PROPN' || last.text === ')' || titleHeads.has(last.lower) || (np[1] - np[0] === 1 && tokenIs(WORDS.personalSubjectPronouns, last));
}

/**
 * Who speaks in a participle report: "After saying C, the nurse …" → the main clause's subject after
 * the comma; "The quarrel began after the developer joined the board, calling …" → the subject of
 * the nearest clause before it; otherwise the sentence's subject.
 */
export function participleSubject(tokens: Token[], s: Sentence, cue: number): [number, number] | null {
  const before = tokens[cue - 1];
  // "After saying C, the man asked …", "Noting C, Lee said …": the subject after the opener's comma.
  if (cue === s.tokenStart || (before && tokenIs(WORDS.participleOpeners, before) && cue - 1 === s.tokenStart)) {
    for (let m = cue + 1; m < s.tokenEnd - 1; m++) {
      if (tokens[m]!.text !== ',' || tokens[m]!.quote >= 0) continue;
      const np = nounPhraseRight(tokens, m + 1, s.tokenEnd);
      if (np && /^(VERB|AUX)$/.test(tokens[np[1]]?.pos ?? '')) return np;
      break;
    }
  }
  if (before?.text === ',' || (cue > s.tokenStart && isDashAt(tokens, cue - 1))) {
    const near = coordinatedSubject(tokens, cue - 1, s.tokenStart);
    if (near && /^(PROPN|NOUN|PRON)$/.test(tokens[near[1] - 1]!.pos) && !isWord(WORDS.pronounSubjectsOfPassive, tokens[near[0]]!.text)) return near;
  }
  const subject = sentenceSubject(tokens, s);
  return subject && subject[1] <= cue ? subject : mistaggedVerbSubject(tokens, s, cue);
}

/**
 * "Lena Ortiz shot back on Tuesday, saying …" with "shot" tagged a noun: no verb stands before the
 * participle, so the sentence's opening noun phrase, less the lower-case word after its name that
 * is the main verb, is the subject — when a particle or preposition follows that word.
 */
function mistaggedVerbSubject(tokens: Token[], s: Sentence, cue: number): [number, number] | null {
  const np = nounPhraseRight(tokens, s.tokenStart, cue);
  if (!np || np[1] - np[0] < 2) return null;
  const last = tokens[np[1] - 1]!;
  const name = tokens[np[1] - 2]!;
  const next = tokens[np[1]];
  if (!(last.pos === 'NOUN' && /^\p{Ll}/u.test(last.text) && name.pos === 'PROPN' && next && /^(ADV|ADP|PART)$/.test(next.pos))) return null;
  if (tokenIs(WORDS.personNouns, last) || isWord(WORDS.personNouns, last.text.replace(/s$/, ''))) return null;
  for (let k = np[1]; k < cue; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return null;
  return [np[0], np[1] - 1];
}

/** The subject noun phrase of a sentence (for ", saying …"): the first NP before the first verb. */
export function sentenceSubject(tokens: Token[], s: Sentence): [number, number] | null {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // ("Chris Carr, the committee's political director, released …": the name before the appositive.)
      if (k - 1 > s.tokenStart && tokens[k - 1]!.text === ',') {
        const chain = speakerLeft(tokens, k - 1, s.tokenStart, tokens[k - 1]!.quote);
        if (chain && chain[0][0] === s.tokenStart) return chain[1];
      }
      return nounPhraseLeft(tokens, k - 1, s.tokenStart);
    }
  }
  return null;
}

/**
 * The subject of the clause a quotation at `to` sits in: the noun phrase before the nearest verb
 * that has one, scanning back ("When my mother asked, I laughed and said, “…”" → I). Relative
 * pronouns are passed over.
 */
export function clauseSubjectBefore(tokens: Token[], from: number, to: number): [number, number] | null {
  for (let i = to - 1; i > from; i--) {
    if (tokens[i]!.pos !== 'VERB' && tokens[i]!.pos !== 'AUX') continue;
    let b = i - 1;
    while (b > from && /^(AUX|ADV|PART)$/.test(tokens[b]!.pos)) b--;
    const t = tokens[b]!;
    // ("urged fans to stay calm: “…”": an infinitive has no subject of its own; a noun phrase between
    // a verb and its "to" is that verb's object, whose subject the clause's is.)
    if (tokens[i - 1]!.lower === 'to' && tokens[i - 1]!.pos === 'PART' && objectOfVerb(tokens, b, from)) continue;
    // "Dave Marten, a doctor in Halifax, is more blunt: “…”": the subject before an appositive.
    if (t.text === ',' && b > from) {
      const chain = speakerLeft(tokens, b, from, t.quote);
      if (chain && chain[0][1] === b) return chain[1];
      continue;
    }
    if (!/^(NOUN|PROPN|PRON)$/.test(t.pos) || tokenIs(WORDS.nonNounSubjects, t)) continue;
    const np = nounPhraseLeft(tokens, b, from);
    if (np) return np;
  }
  return null;
}

/** Is the noun phrase ending at token b the object of the verb right before it ("urged fans", "asked the people of Leeds")? */
function objectOfVerb(tokens: Token[], b: number, from: number): boolean {
  if (!/^(NOUN|PROPN|PRON)$/.test(tokens[b]!.pos)) return false;
  const np = nounPhraseLeft(tokens, b, from);
  return !!np && np[0] > from && tokens[np[0] - 1]!.pos === 'VERB';
}

/**
 * The matrix verb or adjective before the "to" at `to` ("continued to", "was quick to", "went on
 * to"), skipping adverbs; its index, or null when what precedes "to" does not hand on a report.
 */
export function matrixBeforeTo(tokens: Token[], to: number, floor: number): number | null {
  let m = to - 1;
  while (m > floor && tokens[m]!.pos === 'ADV' && !tokenIs(WORDS.likelihoodAdjectives, tokens[m]!)) m--;
  if (m < floor) return null;
  const t = tokens[m]!;
  // "went on to say"
  if (tokenIs(WORDS.on, t) && m - 1 >= floor && tokens[m - 1]!.lemma === 'go') return m - 1;
  // ("used to" is the habit; "was used to" is a passive.)
  if (t.lemma === 'use' && !tokenIs(WORDS.used, t)) return null;
  const word = t.pos === 'VERB' ? t.lemma : t.text;
  return isWord(MATRIX_BEFORE_TO, word) && /^(VERB|ADJ|ADV)$/.test(t.pos) ? m : null;
}
