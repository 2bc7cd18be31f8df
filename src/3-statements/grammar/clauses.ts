// Clauses: finite verbs, where a clause ends, what follows a cue clause, passives, relative clauses.

import type { Sentence, TextLayer, Token } from '../../types.js';
import { STATIVE_PARTICIPLES, cueAt, type CueHit } from '../cues.js';
import { nounPhraseRight } from './noun-phrases.js';
import { extendIntoQuote, sentenceEndOffset } from './quotes.js';
import { CLOSE_MARKS, END_PUNCT, IRREGULAR_FINITE, IRREGULAR_PARTICIPLE, OPEN_MARKS, TIME_NOUN, TIME_WORDS, isDashAt, isMonthOrDay } from './words.js';
import { mediumOnly } from './medium-only.js';
import { WORDS, isWord, tokenIs } from './lexicon.js';
import { isLexicalWord } from '../../1-text/wink-model.js';

/** From token b: a short opener without a finite verb, a comma, then a subject and its finite verb ("win or lose, he is …"). */
export function openerThenClause(tokens: Token[], b: number, end: number): boolean {
  for (let m = b + 1; m < end && m < b + 14; m++) {
    const t = tokens[m]!;
    if (END_PUNCT.test(t.text) || t.quote >= 0 || (t.pos === 'AUX' && !/ing$/i.test(t.text))) return false;
    if (t.text !== ',') continue;
    const clause = subjectAndVerb(tokens, m + 1, end);
    if (!clause) return false;
    const [np, v] = clause;
    const verb = tokens[v];
    // ("she plans": a verb in -s the tagger read as a noun after a subject pronoun.)
    const pronounSubject = np[1] - np[0] === 1 && isWord(WORDS.personalPronounsIt, tokens[np[0]]!.text);
    return !!verb && (finiteAt(tokens, v) || (pronounSubject && verb.pos === 'NOUN' && /s$/i.test(verb.text)));
  }
  return false;
}

/** The noun phrase starting at k and the index of the word after it, past adverbs (where its verb would be). */
export function subjectAndVerb(tokens: Token[], k: number, end: number): [[number, number], number] | null {
  const np = nounPhraseRight(tokens, k, end);
  if (!np) return null;
  let v = np[1];
  while (v < end && tokens[v]!.pos === 'ADV') v++;
  return [np, v];
}

/** Is token v a finite verb: an auxiliary, or a verb not in -ing? */
export function finiteAt(tokens: Token[], v: number): boolean {
  const t = tokens[v];
  return !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text)));
}

/** Is there a comma from token k up to character offset `end`? */
export function commaBetween(tokens: Token[], k: number, end: number): boolean {
  for (let m = k; m < tokens.length && tokens[m]!.start < end; m++) if (tokens[m]!.text === ',') return true;
  return false;
}

/** Is there an "as" before the clause ends (a comma, end punctuation or a quotation)? */
export function asInClause(tokens: Token[], from: number, end: number): boolean {
  for (let m = from + 1; m < end && m < from + 12; m++) {
    const t = tokens[m]!;
    if (t.text === ',' || END_PUNCT.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.lower === 'as') return true;
  }
  return false;
}

/**
 * After the comma at `k` that follows a cue ("X said, …"), does an adjunct of the cue's own clause
 * follow, not more content: ", adding …", ", who …", ", as …", ", his voice breaking", ", days after …"?
 */
export function cueClauseTailAt(tokens: Token[], k: number, end: number): boolean {
  const n = tokens[k + 1];
  if (!n) return false;
  // (Unless the -ing word opens a clause of its own: "…, he said, replacing her would be hard".)
  if (/ing$/i.test(n.text) && !finiteAhead(tokens, k + 2, end)) return true;
  // (", adding that …", ", saying …": a report of its own by the same speaker.)
  if (/ing$/i.test(n.text) && cueAt(tokens, k + 1, end)) return true;
  if (tokenIs(WORDS.cueClauseClosers, n)) return true;
  // ("…,” he said, his voice breaking": a possessive, a noun and a participle describe the speaking.)
  if (tokenIs(WORDS.possessiveDeterminers3, n) && tokens[k + 2]?.pos === 'NOUN' && /ing$/i.test(tokens[k + 3]?.text ?? '') && !finiteAhead(tokens, k + 4, end) && !(tokens[k + 4]?.text === ',' && finiteAhead(tokens, k + 5, end))) return true;
  // ("…, the military said, days after the exercise began": a time set by another event is the reporter's.)
  return timeDistanceAt(tokens, k + 1, end);
}

/**
 * What follows "X said" in a content-first sentence: the end (with adjuncts), or more content.
 * `summing` (default): a noun phrase and its relative clause after the comma may sum up the report
 * ("…, X said, the latest setback for a project that …"); not after an inverted speaker, where such
 * a phrase describes the speaker ("…, said X, an expert who has published …").
 */
export function afterCueClause(tokens: Token[], s: Sentence, from: number, summing = true): { kind: 'end' | 'continues' | 'other'; at: number } {
  let k = from;
  // Adjuncts: "on Monday", "in a statement", "in an interview with CNN", "told reporters", "to reporters".
  while (k < s.tokenEnd) {
    const t = tokens[k]!;
    if (END_PUNCT.test(t.text) || CLOSE_MARKS.test(t.text) && k === s.tokenEnd - 1) return { kind: 'end', at: k };
    if (t.text === ',' || t.text === '—' || t.text === '–') {
      const n = tokens[k + 1];
      if (!n) return { kind: 'end', at: k };
      if (OPEN_MARKS.test(n.text)) return { kind: 'continues', at: k + 1 };
      // "…,” X said, and (still) “C2”" / "C1, X said, and those … paid": a second clause of the report,
      // but not "…, X said, and left".
      if (tokenIs(WORDS.coordinators, n)) {
        let a = k + 2;
        while (a < s.tokenEnd && tokenIs(WORDS.continuationAdverbs, tokens[a]!)) a++;
        const t2 = tokens[a];
        if (t2 && OPEN_MARKS.test(t2.text) && t2.quote >= 0) return { kind: 'continues', at: a };
        if (t2 && /^(DET|PRON|PROPN|NOUN)$/.test(t2.pos) && finiteAhead(tokens, a + 1, s.tokenEnd)) return { kind: 'continues', at: a };
        return { kind: 'end', at: k };
      }
      if (cueClauseTailAt(tokens, k, s.tokenEnd)) return { kind: 'end', at: k };
      // ("…, the mayor said on Monday, the latest setback for a project that has struggled …": a noun
      // phrase whose only verbs are its relative clause's sums up the report; it is the writer's.)
      if (summing && appositiveAt(tokens, k + 1, s.tokenEnd)) return { kind: 'end', at: k };
      // "C1, he said, C2": more content when a clause with a verb follows.
      if (finiteAhead(tokens, k + 1, s.tokenEnd, true)) return { kind: 'continues', at: k + 1 };
      // "…,” Okafor said at a rally in Dunmore, Pa., “C2”": a place closing the adjunct.
      let m = k + 1;
      while (m < s.tokenEnd && m <= k + 4 && tokens[m]!.pos === 'PROPN') m++;
      if (m > k + 1 && tokens[m]?.text === ',' && OPEN_MARKS.test(tokens[m + 1]?.text ?? '')) return { kind: 'continues', at: m + 1 };
      return { kind: 'end', at: k };
    }
    k++;
  }
  return { kind: 'end', at: k };
}

/**
 * From `k`: a noun phrase opened by an article, then a relative clause ("the latest setback for a
 * project that has struggled to …"), with no finite verb after the relative clause's own — an
 * appositive, no clause of its own.
 */
export function appositiveAt(tokens: Token[], k: number, end: number): boolean {
  if (!tokenIs(WORDS.articles, tokens[k]!)) return false;
  let r = k + 1;
  while (r < end && /^(DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(tokens[r]!.pos) && !tokenIs(WORDS.relativePronounsAll, tokens[r]!)) r++;
  if (r >= end || !tokenIs(WORDS.relativePronounsAll, tokens[r]!)) return false;
  // (The relative clause's verb group, then what follows: "… that has struggled to attract investors".)
  let m = r + 1;
  while (m < end && !/^(VERB|AUX)$/.test(tokens[m]!.pos)) m++;
  while (m < end && /^(VERB|AUX|ADV|PART)$/.test(tokens[m]!.pos)) m++;
  for (; m < end && !END_PUNCT.test(tokens[m]!.text); m++) {
    const t = tokens[m]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text) && tokens[m - 1]!.lower !== 'to')) return false;
  }
  return true;
}

/** "days after", "a week before", "hours after", "shortly before" at token m: a time counted from another event. */
function timeDistanceAt(tokens: Token[], m: number, end: number): boolean {
  while (m < end && /^(DET|NUM)$/.test(tokens[m]!.pos)) m++;
  const t = tokens[m];
  if (!t || !(TIME_NOUN.has(t.lower) || TIME_NOUN.has(t.lower.replace(/s$/, '')) || tokenIs(WORDS.timeDistanceAdverbs, t))) return false;
  return m + 1 < end && tokenIs(WORDS.timeDistanceLinks, tokens[m + 1]!);
}

/** Is there a verb (a finite one unless `any`) before the next comma or the end of the sentence? */
export function finiteAhead(tokens: Token[], from: number, end: number, any = false): boolean {
  for (let m = from; m < end && tokens[m]!.text !== ',' && !END_PUNCT.test(tokens[m]!.text); m++) {
    const t = tokens[m]!;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB' && (any || !/ing$/i.test(t.text))) return true;
  }
  return false;
}

/** End of the clause from token k: the sentence end, or a comma before a participle or relative clause. */
/** Does a noun that sums up words said ("a claim", "an allegation") open at `k`, before a clause about it ("that …", "the police rejected")? */
export function resumptiveAt(tokens: Token[], k: number, end: number): boolean {
  // (Only after "a"/"an": a bare plural may be a verb of a list, "…, claims that X and asserts that Y".)
  if (!tokenIs(WORDS.indefiniteArticles, tokens[k]!)) return false;
  const n = k + 1;
  if (n + 1 >= end || !tokenIs(WORDS.resumptiveNouns, tokens[n]!)) return false;
  const next = tokens[n + 1]!;
  return tokenIs(WORDS.relativePronouns, next) || /^(DET|PROPN|PRON)$/.test(next.pos);
}

/** Does a coordinator at m open a second that-clause ("but that a guard had …"), right after a word, not a punctuation mark? */
function secondThatClauseAt(tokens: Token[], m: number): boolean {
  const [before, that, next] = [tokens[m - 1], tokens[m + 1], tokens[m + 2]];
  return !!before && !!that && !!next && before.pos !== 'PUNCT' && tokenIs(WORDS.that, that) && /^(DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(next.pos);
}

export function clauseEnd(layer: TextLayer, s: Sentence, k: number): number {
  const { tokens } = layer;
  let awaited = false;
  for (let m = k + 1; m < s.tokenEnd - 1; m++) {
    const t = tokens[m]!;
    if (t.text === ';') return tokens[m - 1]!.end;
    // "declared the need for strong will: “C,” she said": the quotation has a speaker of its own.
    // (So has one after a dash that ends a clause and opens with a capital: "the music it sells is
    // not - “I conclude …”"; not one after a noun, which it describes: "welcome the governor - “my
    // new best friend”", "the interrogation techniques -- “I think …”".)
    if (t.text === ':' && t.quote < 0 && OPEN_MARKS.test(tokens[m + 1]?.text ?? '')) return tokens[m - 1]!.end;
    if (isDashAt(tokens, m) && t.quote < 0 && OPEN_MARKS.test(tokens[m + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[m + 2]?.text ?? '') && !/^(NOUN|PROPN|NUM|PUNCT)$/.test(tokens[m - 1]!.pos)) return tokens[m - 1]!.end;
    // "bemoaned the delays and said he …": a second verb phrase of the subject is not the object.
    if (tokenIs(WORDS.coordinators, t) && t.quote < 0) {
      // ("told them he had asked for air support but that nobody came": an object phrase with no verb
      // of its own ends where a second that-clause of the sentence's report begins.)
      // (Not after a punctuation mark, nor "that" as a pronoun: "…, and that accounts for …".)
      if (secondThatClauseAt(tokens, m) && !hasFiniteVerb(tokens, k, m, true)) return tokens[m - 1]!.end;
      let v = m + 1;
      while (v < s.tokenEnd && tokens[v]!.pos === 'ADV') v++;
      const n = tokens[v];
      if (n && n.pos === 'VERB' && (/ed$/i.test(n.text) || tokenIs(IRREGULAR_FINITE, n))) return tokens[m - 1]!.end;
      // "welcomed the plan and in reply the chair said …": a report with a subject of its own.
      // (After a comma the content's own reading already ends it there.)
      if (tokens[m - 1]!.text !== ',' && reportWithSubjectAt(tokens, m + 1, s.tokenEnd)) return tokens[m - 1]!.end;
      // "called the claim false and in a carefully worded response said …": a second verb phrase after an adjunct.
      if (adjunctThenReport(tokens, m, s.tokenEnd) && hasFiniteVerb(tokens, s.tokenStart, m)) return tokens[m - 1]!.end;
    }
    // "the argument that, while the deal was odd, it was legal": a "that" before a comma still waits
    // for its clause, which begins after the adjunct's closing comma.
    if (t.text === ',' && t.quote < 0 && tokenIs(WORDS.that, tokens[m - 1]!)) {
      awaited = true;
      continue;
    }
    if (t.text === ',' && t.quote < 0 && awaited) {
      awaited = false;
      continue;
    }
    if (t.text === ',' && t.quote < 0) {
      const n = tokens[m + 1]!;
      if (/ing$/i.test(n.text) && n.pos === 'VERB' || tokenIs(WORDS.contrastSubordinators, n)) return tokens[m - 1]!.end;
      // "…, a claim the police rejected", "…, comments that markets read as …": a noun that sums up the words is the writer's.
      if (resumptiveAt(tokens, m + 1, s.tokenEnd)) return tokens[m - 1]!.end;
      // "The plan will be announced next week, said an official": an inverted report closes the clause.
      if (invertedReportAt(tokens, m + 1, s.tokenEnd)) return tokens[m - 1]!.end;
      // "Crews found the building engulfed, Tuttle said.": a source and its verb of saying closing the sentence.
      if (closingReportAt(tokens, m + 1, s.tokenEnd)) return tokens[m - 1]!.end;
      if (closesSubjectRelative(tokens, k, m, s.tokenStart)) return tokens[m - 1]!.end;
      // "Since she endorsed Lee this month, Warren has been …": a subject and its verb after the
      // comma start the main clause.
      // (A verb right after a noun may be a noun the tagger misread: "the tax cuts".)
      const clause = n.quote < 0 && !tokenIs(WORDS.relativePronounsAll, n) ? subjectAndVerb(tokens, m + 1, s.tokenEnd) : null;
      if (clause && finiteAt(tokens, clause[1]) && (tokens[clause[1]]!.pos === 'AUX' || !/^(PROPN|NOUN)$/.test(tokens[clause[1] - 1]!.pos))) return tokens[m - 1]!.end;
    }
  }
  return extendIntoQuote(layer, s, sentenceEndOffset(layer, s));
}

/**
 * "A former aide, who asked not to be named because she feared retaliation, said …": does the comma
 * at m close a relative clause set off after a noun (", who …", ", which …") that holds token k, with
 * the subject's own verb after it (or a verb the tagger read as a noun: "…, bid by telephone")?
 */
export function closesSubjectRelative(tokens: Token[], k: number, m: number, start: number): boolean {
  const n = tokens[m + 1];
  return !!n && /^(VERB|AUX|NOUN)$/.test(n.pos) && !/ing$/i.test(n.text) && inSubjectRelative(tokens, k, start);
}

/** Does token k stand in a relative clause set off after a noun (", who …", ", which …"), with no comma between its opening and k? */
function inSubjectRelative(tokens: Token[], k: number, start: number): boolean {
  for (let m = k; m - 2 >= start; m--) {
    const t = tokens[m]!;
    if (t.text === ',' || t.quote >= 0) return false;
    if (tokenIs(WORDS.relativePronounsAll, t) && tokens[m - 1]!.text === ',' && /^(NOUN|PROPN)$/.test(tokens[m - 2]!.pos)) return true;
  }
  return false;
}

/**
 * Is tokens[k, v) one prepositional phrase headed by a common noun — a preposition, at most a
 * determiner right after it, then adverbs, adjectives, participles and nouns ("in a carefully worded
 * response", "at a news conference")? With a second determiner or a name it may hold a subject
 * ("in Ohio the chair", "on Monday Smith"), so it is not one.
 */
export function commonNounAdjunct(tokens: Token[], k: number, v: number): boolean {
  if (v - k < 2 || v - k > 8 || tokens[k]!.pos !== 'ADP' || tokens[v - 1]!.pos !== 'NOUN') return false;
  for (let m = k + 1; m < v; m++) {
    const t = tokens[m]!;
    if (t.quote >= 0 || !(/^(NOUN|ADJ|ADV)$/.test(t.pos) || (t.pos === 'DET' && m === k + 1) || (t.pos === 'VERB' && /ed$/i.test(t.text) && tokens[m + 1]?.pos === 'NOUN'))) return false;
  }
  return true;
}

/** "… and in a carefully worded response said …": after the conjunction at `m`, a prepositional phrase and a verb of speech with no subject of its own. */
function adjunctThenReport(tokens: Token[], m: number, end: number): boolean {
  let v = m + 1;
  while (v < end && v < m + 10 && !(tokens[v]!.pos === 'VERB' && tokens[v + 1]?.pos !== 'NOUN')) v++;
  return v < end && commonNounAdjunct(tokens, m + 1, v) && finiteReport(tokens, v) && cueAt(tokens, v, end)?.kind === 'speech';
}

/**
 * After a conjunction: a noun phrase (perhaps after a prepositional phrase) and then a verb of
 * speech, with no other verb or punctuation between ("and in a reaction the chair said").
 */
function reportWithSubjectAt(tokens: Token[], k: number, end: number): boolean {
  let noun = false;
  for (let m = k; m < end && m < k + 25; m++) {
    const t = tokens[m]!;
    if (t.quote >= 0 || t.pos === 'PUNCT' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    // ("an end to the cuts known as sequestration": a participle after its noun is no report.)
    // (Nor is an infinitive or an -ing form: "and heating planet to thrill", "and CNBC saying".)
    if (t.pos === 'VERB') return noun && finiteReport(tokens, m) && cueAt(tokens, m, end)?.kind === 'speech';
    if (/^(NOUN|PROPN|PRON)$/.test(t.pos)) noun = true;
  }
  return false;
}

/** A verb form that can carry a report of its own: not an -ing form, an infinitive, or a participle naming something. */
function finiteReport(tokens: Token[], m: number): boolean {
  const t = tokens[m]!;
  return !/ing$/i.test(t.text) && !tokenIs(IRREGULAR_PARTICIPLE, t) && !tokenIs(WORDS.to, tokens[m - 1]!) && tokens[m + 1]?.lower !== 'as';
}

/** ", said an official", ", says Smith": a verb of speech right after a comma, then its speaker (a determiner, name or pronoun). */
function invertedReportAt(tokens: Token[], k: number, end: number): boolean {
  const hit = tokens[k]?.pos === 'VERB' ? cueAt(tokens, k, end) : null;
  return !!hit && hit.kind === 'speech' && /^(DET|PROPN|PRON)$/.test(tokens[hit.last]?.pos ?? '');
}

/** How many tokens a closing report may take ("two of the people familiar with the talks said late on Monday."). */
const CLOSING_REPORT_REACH = 16;

/** Is tokens[k…end) a source and its verb of saying closing the sentence ("Tuttle said.", "two of the sources said on Monday.")? */
export function closingReportAt(tokens: Token[], k: number, end: number): boolean {
  // (A closing report is short: a source of a few words, its verb and a time. Most commas are far
  // from the end, or from the cue clause's own adjunct: "…, two of the people said, asking not to be named.")
  if (k >= end || (end - k > CLOSING_REPORT_REACH && !tailWithin(tokens, k, Math.min(end, k + CLOSING_REPORT_REACH)))) return false;
  // ("two of the sources said", "one of the people said": a partitive's "of" and its noun phrase.)
  const partitive = k + 2 < end && tokenIs(WORDS.of, tokens[k + 1]!) ? nounPhraseRight(tokens, k + 2, end) : null;
  let np = partitive ?? nounPhraseRight(tokens, k, end);
  // ("…, the complaint states.": a verb of saying the tagger read as a noun ends the phrase it closes.)
  if (np && np[1] - np[0] >= 2 && tokens[np[1] - 1]!.pos === 'NOUN' && cueAt(tokens, np[1] - 1, end)?.kind === 'speech') np = [np[0], np[1] - 1];
  if (np && np[1] + 1 < end && tokenIs(WORDS.of, tokens[np[1]]!)) np = nounPhraseRight(tokens, np[1] + 1, end) ?? np;
  // ("…, the Ministry of Energy and Mines announced.": a name's "and" joins two capitalised words.)
  if (np && np[1] + 1 < end && tokens[np[1] - 1]!.pos === 'PROPN' && tokenIs(WORDS.nameAnd, tokens[np[1]]!) && tokens[np[1] + 1]!.pos === 'PROPN') np = [np[0], nounPhraseRight(tokens, np[1] + 1, end)?.[1] ?? np[1]];
  // ("…, his spokeswoman, Mary Lowe, said Tuesday.": an appositive set off by commas before the verb.)
  const appositive = np && np[1] + 2 < end && tokens[np[1]]!.text === ',' ? nounPhraseRight(tokens, np[1] + 1, end) : null;
  if (np && appositive && tokens[appositive[1]]?.text === ',') np = [np[0], appositive[1] + 1];
  // ("…, the Harbour Anti-Fraud Office (HAFO) said on Tuesday.": the acronym in brackets is the name's.)
  if (np && tokens[np[1]]?.text === '(' && tokens[np[1] + 1]?.pos === 'PROPN' && tokens[np[1] + 2]?.text === ')') np = [np[0], np[1] + 3];
  // ("…, a study has found.": a perfect's auxiliary before the verb.)
  const verb = np && np[1] + 1 < end && tokens[np[1]]!.pos === 'AUX' && tokens[np[1]]!.lemma === 'have' ? np[1] + 1 : np?.[1] ?? end;
  const cue = np && verb < end ? cueAt(tokens, verb, end) : null;
  if (!np || !cue || cue.kind !== 'speech') return false;
  let m = cue.last;
  // ("…, Commissioner Karen Doyle told a news conference on Tuesday.": the hearer of a verb like "tell".)
  const hearer = WORDS.tellLikeVerbs.has(cue.lemma) ? nounPhraseRight(tokens, m, end) : null;
  if (hearer) m = hearer[1];
  // ("…, Cricket Australia said in a statement on Wednesday.": a medium and a short adjunct close the sentence too.)
  if (m < end && mediumOnly(tokens, m, END_PUNCT.test(tokens[end - 1]!.text) ? end - 2 : end - 1)) return true;
  while (m < end && (tokens[m]!.pos === 'ADP' || tokens[m]!.pos === 'DET' || tokenIs(TIME_WORDS, tokens[m]!) || isMonthOrDay(tokens[m]!.text) || /^\p{Lu}/u.test(tokens[m]!.text))) m++;
  // ("…, the board said on Monday, a plan that has angered operators": a noun phrase and its relative clause sum the report up.)
  return (m >= end - 1 && (m === end || END_PUNCT.test(tokens[m]!.text))) || (m - k <= CLOSING_REPORT_REACH && tokens[m]?.text === ',' && (cueClauseTailAt(tokens, m, end) || appositiveAt(tokens, m + 1, end))) || quotationOpensAfter(tokens, k, m, end);
}

/**
 * "…, Reyes said, “I just think …”", "…, the clerk replied: “It …”": a comma or colon after the
 * report, then a quotation that opens a sentence of its own (a capital) — the words quoted are the
 * report's, so what stands before the source ends there. ("Ms. Warren, she said, “exposes him …”"
 * goes on with the clause the report interrupts; ", which read, “…”" is a relative clause's.)
 */
function quotationOpensAfter(tokens: Token[], k: number, m: number, end: number): boolean {
  const mark = tokens[m + 1];
  return m + 2 < end && /^[,:]$/.test(tokens[m]!.text) && !!mark && mark.quote >= 0 && OPEN_MARKS.test(mark.text)
    && /^\p{Lu}/u.test(tokens[m + 2]!.text) && !tokenIs(WORDS.relativePronounsAll, tokens[k]!);
}

/** Is there a comma in tokens[k, to)? (A closing report followed by its clause's adjunct may stand far from the sentence end.) */
function tailWithin(tokens: Token[], k: number, to: number): boolean {
  for (let m = k + 1; m < to; m++) if (tokens[m]!.text === ',') return true;
  return false;
}

/** A finite verb: an auxiliary, or a verb that is not a participle opening the stretch or an infinitive. */
export function hasFiniteVerb(tokens: Token[], from: number, to: number, appositiveParticiples = false): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return true;
    if (t.pos !== 'VERB' || k === from) continue;
    if (/ing$/i.test(t.text) || tokens[k - 1]!.lower === 'to') continue;
    // ("a profit for the 12 months ended Dec. 31": a reporting period's participle, no clause.)
    if (t.lower === 'ended' && tokenIs(WORDS.reportingPeriodNouns, tokens[k - 1]!)) continue;
    // ("The memo, sent to …": a participle opening an appositive.)
    // (Not after the comma that closes an age: "that Linda Marsh, 54, used …" is the clause's verb.)
    if (appositiveParticiples && tokens[k - 1]!.text === ',' && !closesAge(tokens, k - 1, from) && (/(ed|en)$/i.test(t.text) || tokenIs(IRREGULAR_PARTICIPLE, t))) continue;
    return true;
  }
  return false;
}

/** Does the comma at `c` close a person's age set off by commas ("Linda Marsh, 54,")? */
function closesAge(tokens: Token[], c: number, from: number): boolean {
  return c - 2 >= from && tokens[c - 1]!.pos === 'NUM' && tokens[c - 2]!.text === ',' && tokens[c - 3]?.pos === 'PROPN';
}

/** A passive cue: "was stated by" → index after "by"; "was said" → 'agentless'; else null. */
export function findPassive(tokens: Token[], s: Sentence, cue: CueHit): number | 'agentless' | null {
  // "was first reported by", "were later confirmed by": adverbs may stand between.
  let p = cue.first - 1;
  while (p > s.tokenStart && (tokens[p]!.pos === 'ADV' || tokenIs(WORDS.notClitic, tokens[p]!))) p--;
  const prev = tokens[p];
  if (!prev || !tokenIs(WORDS.passiveAuxiliaries, prev)) return null;
  // (Irregular participles too: "The man was found on a street", "The hearing was held on Monday".)
  if (!/ed$|en$|aid$|old$|ote$/.test(tokens[cue.first]!.text) && !tokenIs(WORDS.irregularParticiples, tokens[cue.first]!)) return null;
  // ("who's called for tax hikes": "'s" before a verb and its preposition is "has", not "is".)
  if (/^['’]s$/.test(prev.text) && cue.lemma.includes(' ')) return null;
  // ("Moody's warned investors", "Moody's said": after a name, "'s" is the name's own or "has", no passive's "is".)
  if (/^['’]s$/.test(prev.text) && p > s.tokenStart && tokens[p - 1]!.pos === 'PROPN') return null;
  const next = tokens[cue.last];
  if (next && next.lower === 'by' && cue.last + 1 < s.tokenEnd) return cue.last + 1;
  // "has been called a charlatan by fellow physicians": the agent after a short complement.
  const by = agentAfterComplement(tokens, cue.last, s.tokenEnd);
  if (by >= 0) return by;
  // "Farmers are worried that …", "Democrats are opposed to …": a participle of a state of mind
  // is an adjective; its subject holds the view.
  if (STATIVE_PARTICIPLES.has(tokens[cue.first]!.lower)) return null;
  return 'agentless';
}

/** "called a charlatan by …": the token after a "by" that follows a complement of at most four words (determiners, adjectives, nouns) right after the cue, or -1. */
function agentAfterComplement(tokens: Token[], from: number, end: number): number {
  for (let m = from; m < end - 1 && m <= from + 4; m++) {
    const t = tokens[m]!;
    if (t.lower === 'by') return m > from && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[m + 1]!.pos) ? m + 1 : -1;
    if (!/^(DET|ADJ|NOUN)$/.test(t.pos) || t.quote >= 0) return -1;
  }
  return -1;
}

/**
 * "When the mayor said the plan was dead, the council voted": a report inside a subordinate clause
 * that opens the sentence ends where the main clause begins — at the first comma outside quotation
 * marks from token `from` that a noun phrase (not a relative pronoun) and a finite verb before the
 * next comma follow. Returns that comma's offset, or `end`.
 */
export function openingClauseEnd(tokens: Token[], from: number, to: number, end: number): number {
  for (let k = from + 1; k < to - 1 && tokens[k]!.start < end; k++) {
    if (tokens[k]!.text !== ',' || tokens[k]!.quote >= 0) continue;
    const next = tokens[k + 1]!;
    if (!/^(DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(next.pos) || tokenIs(WORDS.relativePronounsAll, next)) continue;
    if (finiteAhead(tokens, k + 2, to)) return tokens[k - 1]!.end;
  }
  return end;
}

/** End offset of a relative clause's content: before ", VERB" (the main clause resumes), else `end`. */
export function relativeClauseEnd(tokens: Token[], from: number, to: number, end: number): number {
  for (let m = from; m + 1 < to && tokens[m]!.start < end; m++) {
    // A comma or a dash closes the clause: "the challenger - who said she would win - said …".
    if ((tokens[m]!.text !== ',' && !isDashAt(tokens, m)) || tokens[m]!.quote >= 0) continue;
    let v = m + 1;
    while (v < to && tokens[v]!.pos === 'ADV') v++;
    if (tokens[v] && (tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX') && !/ing$/i.test(tokens[v]!.text)) return tokens[m - 1]!.end;
    // ("…, which shows a photograph, states: “…”": a verb of speech the tagger read as a noun, which cueAt reads as a verb.)
    if (tokens[v] && tokens[v]!.pos === 'NOUN' && cueAt(tokens, v, to)?.kind === 'speech') return tokens[m - 1]!.end;
  }
  return end;
}

/** Does the clause end at token `at` (the sentence's end, or a clause mark)? */
export function closesClause(tokens: Token[], at: number, end: number): boolean {
  return at >= end - 1 || END_PUNCT.test(tokens[at]!.text) || tokens[at]!.text === ';';
}

/** Does a clause's opener — "that", "to" and a verb, a quotation mark, a colon, a subject and its verb — stand within twelve tokens from `at`? */
export function clauseAhead(tokens: Token[], at: number, end: number): boolean {
  for (let m = at; m < end && m < at + 12; m++) {
    const t = tokens[m]!;
    if (tokenIs(WORDS.that, t) || t.text === ':' || (t.quote >= 0 && m > 0 && tokens[m - 1]!.quote !== t.quote)) return true;
    // (A verb after a subject: "told reporters the markets would reopen"; not "support for affected traders".)
    if (/^(AUX|VERB)$/.test(t.pos) && m > at && /^(NOUN|PROPN|PRON)$/.test(tokens[m - 1]!.pos)) return true;
    if (t.lower === 'to' && tokens[m + 1]?.pos === 'VERB') return true;
  }
  return false;
}

/**
 * "Families face eviction", "More than 200 people face eviction", "Prices rise sharply": a verb
 * that is also a noun (grammar.json bareVerbsAfterPlural), in its bare form, which wink tags a noun
 * right after the plural that heads a noun phrase opening [from, to), is that clause's finite verb.
 */
export function bareVerbAfterPlural(tokens: Token[], from: number, to: number): boolean {
  if (/^(ADP|SCONJ)$/.test(tokens[from]?.pos ?? '')) return false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    if (t.pos === 'NOUN' && t.lower === t.lemma && tokenIs(WORDS.bareVerbsAfterPlural, t) && (pluralAt(tokens, k - 1, from) || pluralBeforePhrase(tokens, k - 1, from))) return true;
  }
  return false;
}

/** Does a prepositional phrase ending at token p follow a plural noun ("people | in Darfur", "Families | across the region")? */
function pluralBeforePhrase(tokens: Token[], p: number, from: number): boolean {
  let k = p;
  while (k > from && p - k < 4 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k--;
  return k > from && k < p + 1 && tokens[k]!.pos === 'ADP' && !tokenIs(WORDS.of, tokens[k]!) && pluralAt(tokens, k - 1, from);
}

/** Is token p a plural noun: a common noun whose lemma differs, an irregular plural for people, or the capitalised first word of the sentence whose singular is an English word ("Families", "Prices")? */
function pluralAt(tokens: Token[], p: number, from: number): boolean {
  const t = tokens[p]!;
  if (tokenIs(WORDS.pluralPersonNouns, t)) return true;
  // ("fishermen", "tenants": a common noun whose lemma is another word is a plural.)
  if (t.pos === 'NOUN') return t.lemma !== t.lower && !t.lower.endsWith('ss');
  if (!t.lower.endsWith('s') || t.lower.endsWith('ss')) return false;
  const stems = [t.lower.slice(0, -1), t.lower.replace(/ies$/, 'y'), t.lower.slice(0, -2)];
  return t.pos === 'PROPN' && p === from && /^\p{Lu}\p{Ll}+$/u.test(t.text) && stems.some((w) => w !== t.lower && isLexicalWord(w));
}
