// Subjects: the speaker noun phrase left of a cue (with appositives and relative clauses), a
// whole clause-opening subject and an inverted speaker right of the cue (subjects of other clauses:
// clause-subjects.ts).

import type { Sentence, TextLayer, Token } from '../../types.js';
import { LONE_DETERMINERS, NESTED_VIEWS, SAYING_VERBS, SPEECH_VERBS } from '../cues.js';
import { finiteAt, hasFiniteVerb, subjectAndVerb } from './clauses.js';
import { listAppositive, nounPhraseLeft, nounPhraseLeftLoose, nounPhraseRight, relativeSubject } from './noun-phrases.js';
import { CLOSE_MARKS, END_PUNCT, IRREGULAR_PARTICIPLE, isMonthOrDay, OPEN_MARKS, POSSESSIVE, SUBORDINATORS, TIME_NOUN, isDashAt } from './words.js';
import { WEEKDAYS } from '../../lexicon/calendar.js';
import { WORDS, isWord, tokenIs } from './lexicon.js';
import { coordinatedHead, nameOpenedByVerb, withoutAdjunct, withoutRelativePronoun } from './subject-edges.js';

/** A speaker span from a noun phrase to `spanEnd`, with the comma before it as the content boundary. */
export function subjectSpan(tokens: Token[], np: [number, number], spanEnd: number, floor: number): [[number, number], [number, number], number | null] {
  return [[np[0], spanEnd], np, np[0] - 1 >= floor && tokens[np[0] - 1]!.text === ',' ? np[0] - 1 : null];
}

/**
 * The speaker noun phrase ending at token `j` (left of the cue), with appositives.
 * @returns [span, head, boundary] where boundary is the token before the speaker when it is
 *   a comma, dash or closing mark (content comes first), else null.
 */
export function speakerLeft(tokens: Token[], j: number, floor: number, inQuote: number): [[number, number], [number, number], number | null] | null {
  if (tokens[j]!.quote !== inQuote && inQuote < 0) return null;
  const closed = participleClosedSubject(tokens, j, floor);
  if (closed) return closed;
  const one = speakerHead(tokens, j, floor);
  if (!one) return null;
  const head = coordinatedHead(tokens, nameOpenedByVerb(tokens, one, floor), floor);
  return withoutRelativePronoun(tokens, withoutAdjunct(tokens, missingCommaAppositive(tokens, j, floor, inQuote, head) ?? speakerWithBoundary(tokens, j, floor, head)));
}

/** "Cuban-Americans polled said", "All the experts I interviewed said": a participle or a relative clause without "that" closes the subject. */
function participleClosedSubject(tokens: Token[], j: number, floor: number): [[number, number], [number, number], number | null] | null {
  // "Cuban-Americans polled said", "the people surveyed say": a participle closing the subject.
  if (tokens[j]!.pos === 'VERB' && /ed$/i.test(tokens[j]!.text) && j - 1 >= floor && /^(NOUN|PROPN)$/.test(tokens[j - 1]!.pos) && /[^s]s$/i.test(tokens[j - 1]!.text)) {
    const np = nounPhraseLeft(tokens, j - 1, floor);
    if (np && (np[0] === floor || /^[,“"(]$/.test(tokens[np[0] - 1]!.text))) return subjectSpan(tokens, np, j + 1, floor);
  }
  // "All the experts I interviewed said": a relative clause without "that" closes the subject.
  if (tokens[j]!.pos === 'VERB' && j - 2 >= floor && tokenIs(WORDS.personalPronounsYou, tokens[j - 1]!) && tokens[j - 2]!.pos === 'NOUN') {
    const np = nounPhraseLeft(tokens, j - 2, floor);
    // "all the experts": a predeterminer belongs to the phrase.
    if (np && np[0] - 1 >= floor && tokens[np[0] - 1]!.pos === 'DET') np[0]--;
    if (np && (np[0] === floor || /^[,“"(]$/.test(tokens[np[0] - 1]!.text))) return subjectSpan(tokens, np, j + 1, floor);
  }
  return null;
}

/**
 * "May Lin, who led the study,", "Jan de Villiers, a geologist,": a month's name written out in full or
 * as "Jan", right before a proper noun of the same phrase (not a number: "May 3"), is a given name.
 */
function monthGivenName(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return !!next && i + 1 < end && !t.text.endsWith('.') && !WEEKDAYS.has(t.lower) && /^\p{Lu}\p{Ll}/u.test(t.text) && next.pos === 'PROPN' && /^\p{L}+$/u.test(next.text) && !isMonthOrDay(next.text);
}

/** The head noun phrase of the speaker ending at j: a noun phrase, a role noun tagged as an adjective, the name before a dashed appositive or a comma-separated appositive chain. */
function speakerHead(tokens: Token[], j: number, floor: number): [number, number] | null {
  let head: [number, number] | null = nounPhraseLeft(tokens, j, floor);
  // ("On Wednesday Suncor disclosed …", "Last Monday Mayor Ruiz said": a weekday (and its "last") before a
  // name, with no comma between, is the time, not the name's first word.)
  const day = head ? [head[0], head[0] + 1].find((d) => d + 1 < head![1] && WEEKDAYS.has(tokens[d]!.lower) && tokens[d + 1]!.pos === 'PROPN') : undefined;
  if (head && day !== undefined && (day === head[0] || /^(ADJ|DET)$/.test(tokens[head[0]]!.pos))) head = [day + 1, head[1]];
  // ("This year Camil Ruiz said", "Last month Mayor Ruiz announced": a word and a noun of time before a name are the time.)
  else if (head && head[1] - head[0] > 2 && tokenIs(WORDS.timeWords, tokens[head[0]]!) && isWord(TIME_NOUN, tokens[head[0] + 1]!.lower) && tokens[head[0] + 2]!.pos === 'PROPN') head = [head[0] + 2, head[1]];
  // "…, his former rival says": a role noun the tagger read as an adjective, after its modifiers.
  // (Not what a skipped date leaves behind: "…, this past week announced".)
  // ("the Nigeria international said": a country's or club's name among the modifiers, after an article.)
  const modifier = (k: number) => /^(DET|ADJ)$/.test(tokens[k]!.pos) || tokenIs(POSSESSIVE, tokens[k]!) || (tokens[k]!.pos === 'PROPN' && k > floor && tokens[k - 1]!.pos === 'DET');
  if (!head && tokens[j]!.pos === 'ADJ' && j > floor && modifier(j - 1) && !tokenIs(WORDS.dateAdjectives, tokens[j]!)) {
    let a = j;
    while (a - 1 >= floor && modifier(a - 1)) a--;
    if (a === floor || tokens[a - 1]!.text === ',' || (CLOSE_MARKS.test(tokens[a - 1]!.text) && tokens[a - 1]!.quote >= 0)) head = [a, j + 1];
  }
  // A dashed appositive: "Lena Ortiz -- author of a study on fares -- said".
  if (!head && isDashAt(tokens, j)) {
    let d = j - 1;
    while (d > floor && d > j - 30 && !isDashAt(tokens, d) && !END_PUNCT.test(tokens[d]!.text)) d--;
    if (d > floor && isDashAt(tokens, d) && (nounPhraseLeftLoose(tokens, j - 1, d + 1) === d + 1 || listAppositive(tokens, d + 1, j))) {
      const np = nounPhraseLeft(tokens, d - 1, floor);
      if (np && /^(PROPN|NOUN)$/.test(tokens[np[1] - 1]!.pos)) head = np;
    }
    if (!head) return null;
  }
  if (!head && tokens[j]!.text === ',') {
    // Appositive(s): "X, the head of Y, which represents Z, said": the head is the leftmost noun
    // phrase of the comma-separated chain.
    let k = j - 1;
    let guard = 0;
    while (k >= floor && guard++ < 5) {
      const seg = nounPhraseLeftLoose(tokens, k, floor);
      if (seg === null) break;
      const before = seg - 1;
      if (before < floor || tokens[before]!.text !== ',') break;
      const np = nounPhraseLeft(tokens, before - 1, floor);
      // A number is an age in the chain: "Tomas Vidal, 64, of Rivermead, said".
      // ("The chief, Paul Manafort, said": a role noun the tagger read as an adjective after an article.)
      const role = np && tokens[np[1] - 1]!.pos === 'ADJ' && tokens[np[0]]!.pos === 'DET';
      if (!np || np[1] !== before || !(/^(PROPN|NOUN|PRON|NUM)$/.test(tokens[np[1] - 1]!.pos) || tokens[np[1] - 1]!.text === ')' || role)) break;
      // "On May 3, Smith, a senator, said": a date is not part of the speaker ("the 23-year-old" is no date).
      // ("after a month-long stay in Paris, their children's school, X, confirmed": an object of a preposition is no subject.)
      // ("The senator supports the cap on fees, his spokeswoman, X, said": nor is a verb's object.)
      if (head && np[0] > floor && (tokens[np[0] - 1]!.pos === 'ADP' || (tokens[np[0] - 1]!.pos === 'VERB' && !/ing$/i.test(tokens[np[0] - 1]!.text)))) break;
      // ("Giving evidence to MPs, the permanent secretary, X, said": a participle's phrase opens the sentence, no appositive.)
      if (head && tokens[np[0]]!.pos === 'VERB' && /ing$/i.test(tokens[np[0]]!.text)) break;
      // ("Fares will rise this summer, its chief executive, X, said": a lower-case noun of time — a season,
      // "weekend", "evening" — heading the phrase is the time too; "Summer Lee, a Democrat," is a name,
      // "a weekend convention" no time.)
      if (tokens.slice(np[0], np[1]).some((t, x) => (isMonthOrDay(t.text) && !monthGivenName(tokens, np[0] + x, np[1])) || ((tokenIs(WORDS.timeNounsInNames, t) || (np[0] + x === np[1] - 1 && t.text === t.lower && TIME_NOUN.has(t.lower))) && !inHyphenCompound(tokens, np[0] + x)))) break;
      head = np;
      k = before - 1;
    }
    head ??= clausalAppositive(tokens, j, floor);
    if (!head) return null;
  }
  return head;
}

/** Is token k joined by hyphens to a word beside it ("23-year-old")? */
function inHyphenCompound(tokens: Token[], k: number): boolean {
  const joined = (h: number): boolean => tokens[h]?.text === '-' && tokens[h - 1]!.end === tokens[h]!.start && tokens[h]!.end === tokens[h + 1]?.start;
  return joined(k - 1) || joined(k + 1);
}

/**
 * "Nick Sandmann, the student seen smiling in the videos as he stood beside Nathan Phillips, said":
 * an appositive that opens with an article or a possessive after a name and holds a clause of its
 * own, up to the comma before the cue (at most 30 tokens, within one sentence and one quotation):
 * the head is the name that opens the sentence or follows a comma or an opening mark.
 */
function clausalAppositive(tokens: Token[], j: number, floor: number): [number, number] | null {
  for (let c = j - 2; c > floor && c >= j - 30; c--) {
    const t = tokens[c]!;
    if (END_PUNCT.test(t.text) || t.quote !== tokens[j]!.quote || OPEN_MARKS.test(t.text) || CLOSE_MARKS.test(t.text)) return null;
    if (t.text !== ',' || !(tokenIs(WORDS.articles, tokens[c + 1]!) || tokenIs(POSSESSIVE, tokens[c + 1]!))) continue;
    const np = nounPhraseLeft(tokens, c - 1, floor);
    if (!np || np[1] !== c || tokens[np[1] - 1]!.pos !== 'PROPN') return null;
    return np[0] === floor || tokens[np[0] - 1]!.text === ',' || OPEN_MARKS.test(tokens[np[0] - 1]!.text) ? np : null;
  }
  return null;
}

/** "Sen. Nora Blake (D-NY), a supporter of the mayor told …": an appositive whose closing comma is missing; the name before it speaks. */
function missingCommaAppositive(tokens: Token[], j: number, floor: number, inQuote: number, head: [number, number]): [[number, number], [number, number], number | null] | null {
  // comma is missing; the name before it speaks.
  // ("Kalahari Mining, Botswana's largest copper producer, yesterday said": a possessive name opens the appositive as an article does.)
  const opensAppositive = isWord(WORDS.articles, tokens[head[0]]!.text) || (tokens[head[0]]!.pos === 'PROPN' && /^['’]s$/.test(tokens[head[0] + 1]?.text ?? '') && head[1] - head[0] >= 3);
  if (head[0] - 2 >= floor && tokens[head[0] - 1]!.text === ',' && opensAppositive && tokens[head[0]]!.quote === inQuote) {
    const name = nounPhraseLeft(tokens, head[0] - 2, floor);
    const last = name ? tokens[name[1] - 1]! : null;
    // The name must be a name (no determiner) opening its clause: not "At a briefing in Oslo, the head of …".
    const opens = name && (name[0] === floor || /^[,“"‘(]$/.test(tokens[name[0] - 1]!.text) || (CLOSE_MARKS.test(tokens[name[0] - 1]!.text) && tokens[name[0] - 1]!.quote >= 0));
    if (name && last && opens && tokens[name[0]]!.pos === 'PROPN' && (last.pos === 'PROPN' || last.text === ')')) {
      const spanEnd0 = tokens[j]!.text === ',' ? j : j + 1;
      const b0 = name[0] - 1;
      return [[name[0], spanEnd0], name, b0 >= floor && (tokens[b0]!.text === ',' || (CLOSE_MARKS.test(tokens[b0]!.text) && tokens[b0]!.quote >= 0)) ? b0 : null];
    }
  }
  return null;
}

/** Does a participle stand after a noun and before the preposition at b, and a "by" inside the head after it ("statement read | in | court by Ms Ruiz")? */
function agentAfterPlace(tokens: Token[], b: number, head: [number, number]): boolean {
  const v = tokens[b - 1];
  if (!v || v.pos !== 'VERB' || /(ing|s)$/.test(v.lower) || !/^(NOUN|PROPN)$/.test(tokens[b - 2]?.pos ?? '')) return false;
  for (let k = head[0] + 1; k < head[1] - 1; k++) if (tokens[k]!.lower === 'by') return true;
  return false;
}

/** The speaker span from the head to j, with the boundary before it (a comma, dash or closing mark: content first), or the subject of a relative or participial clause. */
function speakerWithBoundary(tokens: Token[], j: number, floor: number, head: [number, number]): [[number, number], [number, number], number | null] | null {
  const [hs] = head;
  const spanEnd = tokens[j]!.text === ',' || isDashAt(tokens, j) ? j : j + 1;
  const b = hs - 1;
  let boundary: number | null = null;
  // "“…?” Vitter demanded.": the sentence splitter ended the quotation's sentence at "?”".
  // (A closing mark typed as an opening one — “It's over?“ he asked — closes its quotation too.)
  const closing = (k: number): boolean => tokens[k]!.quote >= 0 && (CLOSE_MARKS.test(tokens[k]!.text) || (OPEN_MARKS.test(tokens[k]!.text) && tokens[k + 1]?.quote !== tokens[k]!.quote));
  if (b === floor - 1 && b >= 0 && closing(b)) boundary = b;
  if (b >= floor) {
    const bt = tokens[b]!;
    if (bt.text === ',' || /^[—–]$/.test(bt.text) || closing(b)) boundary = b;
    else if (bt.pos === 'ADP' && !tokenIs(WORDS.byOf, bt) && agentAfterPlace(tokens, b, head)) {
      // ("A statement read in court by Ms Ruiz said": a participle, a place and "by" with its agent; the
      // noun phrase before the participle speaks, as after "quoted by".)
      const np = nounPhraseLeft(tokens, b - 2, floor);
      if (np) return subjectSpan(tokens, np, spanEnd, floor);
    } else if (bt.pos === 'ADP' && !tokenIs(WORDS.byOf, bt)) {
      // "Shares jumped 9 per cent after the company said": a subordinator after a finite clause opens
      // the cue's own clause; its subject speaks.
      // (Not "Residents evacuated after the flood said": the phrase after it must be able to speak.)
      if (tokenIs(SUBORDINATORS, bt) && hasFiniteVerb(tokens, floor, b) && (canSpeak(tokens[head[1] - 1]!) || tokens[hs]!.pos === 'PROPN')) return [[hs, spanEnd], head, null];
      // "Protesters marching through the streets chanted": the participle's subject speaks.
      const rel = relativeSubject(tokens, b, floor);
      if (rel) return subjectSpan(tokens, rel, spanEnd, floor);
    } else if ((bt.pos === 'ADV' || bt.pos === 'PART') && b > floor && tokens[b - 1]!.pos === 'VERB') {
      // "Tenants trying to win back the courtyard say": a particle ends a participial clause.
      const rel = relativeSubject(tokens, b, floor);
      if (rel) return subjectSpan(tokens, rel, spanEnd, floor);
    } else if (bt.pos !== 'CCONJ' && bt.pos !== 'SCONJ' && bt.pos !== 'ADV' && bt.pos !== 'PUNCT' && !tokenIs(WORDS.nonSubjectOpeners, bt)) {
      // "Last week Smith said" is fine (adverbial), but "the plan Smith said" means a relative clause.
      // "She said a whistleblower had told her …": after a verb of saying with no "that", a third
      // party's name or noun opens the reported clause and is the subject of its verb of saying (a
      // nested report's source; any noun: "a planner had told him"), and so of a verb of belief ("said its lawyers
      // believe …"). (Not a pronoun — "said he believes" is the speaker's own view — and not a plan: "said the candidate plans …".)
      // (A pronoun that had told someone is a report of earlier words too: "The mayor said he had told the governor that …".)
      if (bt.pos === 'VERB' && SAYING_VERBS.has(bt.lemma) && b === hs - 1 && sayingVerbAfter(tokens, j) && (tokens[head[1] - 1]!.pos !== 'PRON' ? canSpeak(tokens[head[1] - 1]!) || tokens[head[1] - 1]!.pos === 'NOUN' : hadTold(tokens, j))) return [[hs, spanEnd], head, null];
      if (bt.pos === 'VERB' || bt.pos === 'AUX' || tokenIs(WORDS.byOf, bt)) {
        // ("A crew member quoted by the newspaper La Prensa said": after a participle's "by", the name
        // is the participle's agent; the noun phrase before the participle speaks.)
        if (bt.lower === 'by' && b - 1 >= floor && tokens[b - 1]!.pos === 'VERB') {
          const rel = relativeSubject(tokens, b - 1, floor);
          if (rel) return subjectSpan(tokens, rel, spanEnd, floor);
        }
        // "… were the third time AROS said …": the name alone is the subject.
        let p = head[1] - 1;
        while (p > hs && tokens[p - 1]!.pos === 'PROPN') p--;
        if (p > hs && tokens[p]!.pos === 'PROPN' && tokens[p - 1]!.pos === 'NOUN') return [[p, spanEnd], [p, head[1]], null];
        // "Farmers who want to sell their land said", "Tenants trying to win back the courtyard
        // say": a subject with a relative clause and no commas. (Not "he" in "… said he was
        // considered": a subject pronoun after a verb opens that verb's clause, it is no object.)
        if (hs === j && tokenIs(WORDS.personalSubjectPronouns, tokens[hs]!)) return null;
        // ("arrested the man police said fired the shots": an object and a relative clause's bare subject, the clause's gap after the cue; subject-first.ts splits them.)
        if (tokens[hs]!.pos === 'DET' && head[1] - hs >= 3 && gappedReportAfter(tokens, j)) return [[hs, spanEnd], head, null];
        const rel = relativeSubject(tokens, b, floor);
        if (rel) return subjectSpan(tokens, rel, spanEnd, floor);
        return null;
      }
      if (bt.pos === 'NOUN' && tokens[hs]!.pos === 'PRON' && !tokenIs(WORDS.relativePronouns, tokens[hs]!) && !pronounAfterNounSpeaks(tokens, b, hs, j, floor)) return null;
    }
  }
  return [[hs, spanEnd], head, boundary];
}

/** A head that can speak: a name, a pronoun, or a noun for people or for an organisation ("the company", "the Fed"). */
function canSpeak(t: Token): boolean {
  return t.pos === 'PROPN' || t.pos === 'PRON' || tokenIs(WORDS.personNouns, t) || tokenIs(WORDS.organizationNouns, t);
}

/**
 * The first verb after token j, past a perfect auxiliary and adverbs ("had told", "has also said"),
 * is a verb of saying in a past form — words already said, not "will announce" or "says" — a verb
 * of speech after "had" ("had assured", "had promised"), a finite verb of speech right before "that"
 * ("maintains that", "insisted that"), or a finite verb of belief ("believe", "fears").
 */
function sayingVerbAfter(tokens: Token[], j: number): boolean {
  let v = j + 1;
  let had = false;
  for (; v < tokens.length && v <= j + 3 && (tokenIs(WORDS.perfectAuxiliaries, tokens[v]!) || tokens[v]!.pos === 'ADV'); v++) if (tokens[v]!.lower === 'had') had = true;
  const t = tokens[v];
  // ("say airlines demand savings … are required": a verb of speech the tagger reads as a noun after a plural subject.)
  if (t && t.pos === 'NOUN' && SPEECH_VERBS.has(t.lower)) return true;
  if (!t || t.pos !== 'VERB' || /ing$/.test(t.lower)) return false;
  // ("said its lawyers believe the ruling will fall": a verb of belief in any finite form.)
  // ("said the minister had assured him that …": after "had", any verb of speech reports earlier words.)
  // ("said Amsel maintains that …": a finite verb of speech with its "that" right after it reports a clause in any tense.)
  const finiteThat = SPEECH_VERBS.has(t.lemma) && t.lower !== t.lemma && !!tokens[v + 1] && tokenIs(WORDS.that, tokens[v + 1]!);
  return (SAYING_VERBS.has(t.lemma) && t.lower !== t.lemma && !/s$/.test(t.lower)) || NESTED_VIEWS.has(t.lemma) || (had && SPEECH_VERBS.has(t.lemma)) || finiteThat;
}

/** "… said he had told the governor that …", "she had already warned them that …": "had", a tell-like verb, its hearer and "that" after the subject at j. */
function hadTold(tokens: Token[], j: number): boolean {
  let v = j + 1;
  if (tokens[v]?.lower !== 'had') return false;
  for (v++; v < tokens.length && tokens[v]!.pos === 'ADV'; v++);
  const t = tokens[v];
  if (!t || t.pos !== 'VERB' || !WORDS.tellLikeVerbs.has(t.lemma)) return false;
  // (The hearer, then "that"; or a verb of asking proper and an infinitive, "She said he had asked her to thank …": words asked
  // of the hearer. Not "had instructed Kerry to keep negotiating", an order, no words reported.)
  const asked = SAYING_VERBS.has(t.lemma) && tokens[v + 1]?.lower === 'her' && tokens[v + 2]?.lower === 'to' && tokens[v + 3]?.pos === 'VERB';
  if (asked) return true;
  const hearer = nounPhraseRight(tokens, v + 1, tokens.length);
  if (!hearer || hearer[0] !== v + 1 || !tokens[hearer[1]]) return false;
  return tokenIs(WORDS.that, tokens[hearer[1]]!) || (SAYING_VERBS.has(t.lemma) && tokens[hearer[1]]!.lower === 'to' && tokens[hearer[1] + 1]?.pos === 'VERB');
}

/**
 * "a lack of leadership he says has left …" (a relative clause without its pronoun: a finite verb
 * right after the cue) and "In the letter he says he will resign" (a prepositional opener, then the
 * clause): a subject pronoun after a noun still speaks. The cue is the token after j.
 */
function pronounAfterNounSpeaks(tokens: Token[], b: number, hs: number, j: number, floor: number): boolean {
  // ("a case his supporters said was fabricated": a possessive opens the relative clause's subject, the same gap after the cue.)
  if (hs < j && tokenIs(WORDS.possessiveDeterminers, tokens[hs]!) && gappedReportAfter(tokens, j)) return true;
  if (hs !== j || !tokenIs(WORDS.personalSubjectPronouns, tokens[hs]!)) return false;
  // (Only a verb of saying proper: "the increase he seeks to …" is an object, not a report.)
  if (gappedReportAfter(tokens, j)) return true;
  let p = b;
  while (p > floor && /^(NOUN|ADJ|DET|NUM)$/.test(tokens[p - 1]!.pos)) p--;
  return p - 1 >= floor && tokens[p - 1]!.pos === 'ADP' && (p - 1 === floor || tokens[p - 2]!.text === ',');
}

/** Is the cue after j a verb of saying proper with a finite verb right after it, its clause's subject gapped ("he says has left", "police said fired")? */
export function gappedReportAfter(tokens: Token[], j: number): boolean {
  const after = tokens[j + 2];
  return !!after && SAYING_VERBS.has(tokens[j + 1]!.lemma) && (after.pos === 'AUX' || (after.pos === 'VERB' && !/ing$/i.test(after.text)));
}

/**
 * The noun phrase after the preposition at b is the object of an opening phrase, not a subject: the
 * preposition opens the sentence (or follows a comma), is not a subordinator ("after"), a count word
 * ("about 200 people") or "than", and a comma shortly after the cue (at j + 1) gives way to a subject
 * and its finite verb — the main clause. A document's phrase (`long`: "In an alert posted on its
 * website on Monday, the regulator told …") may run to ten words, and an appositive may stand between
 * the main clause's subject and its verb.
 */
export function openingPhraseObject(tokens: Token[], b: number, floor: number, j: number, long = false): boolean {
  const t = tokens[b]!;
  if (t.pos !== 'ADP' || !(b === floor || tokens[b - 1]!.text === ',') || tokenIs(SUBORDINATORS, t) || tokenIs(WORDS.countAdverbs, t) || tokenIs(WORDS.than, t)) return false;
  // (A document's phrase runs to ten words before the comma, with no verb or "that" of a clause in it.)
  for (let k = j + 2; k <= j + (long ? 10 : 5) && k < tokens.length; k++) {
    if (k > j + 5 && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokenIs(WORDS.that, tokens[k]!) || tokens[k]!.quote >= 0 || END_PUNCT.test(tokens[k]!.text))) return false;
    if (tokens[k]!.text !== ',') continue;
    const sv = subjectAndVerb(tokens, k + 1, Math.min(tokens.length, k + 12));
    if (!sv) return false;
    // (", the victim's father, Samuel Osei, said": an appositive between the subject and its verb.)
    let v = sv[1];
    if (long && tokens[v]?.text === ',') for (let m = v + 1; m < v + 8 && m < tokens.length; m++) if (tokens[m]!.text === ',') { v = m + 1; break; }
    // (", judge X of the labour tribunal found": where the subject's person belongs, between the subject and its verb.)
    // (nounPhraseRight keeps an "of" it cannot go on past: "judge X of | the labour tribunal".)
    if (tokens[v - 1]?.lower === 'of' && tokens[v]?.pos === 'DET') v--;
    const belongs = tokens[v] && tokenIs(WORDS.roleOfPrepositions, tokens[v]!) ? nounPhraseRight(tokens, v + 1, Math.min(tokens.length, v + 8)) : null;
    if (belongs) v = belongs[1];
    return finiteAt(tokens, v);
  }
  return false;
}

/** How far back from a cue clauseOpeningSubject looks for the clause's start (";" or "and"), in tokens. */
const LOOKBACK = 200;

/**
 * The subject when speakerLeft finds none: everything from the clause's start (the sentence's, or
 * past an "and"/"but" after a finite clause) to the cue, when that stretch has no finite verb — a
 * long subject with participles, appositives or dates the noun phrase rules stop inside ("A poll
 * conducted last week found", "Dana Alvarez, the party treasurer, this past week announced",
 * "An average of 10 percent of registered voters reported").
 */
export function clauseOpeningSubject(layer: TextLayer, s: Sentence, j: number, inQuote: number): [[number, number], [number, number], number | null] | null {
  const { tokens } = layer;
  // (A comma may close an appositive: "Ana Ruiz, an economist at Yale, predicted".)
  if (tokens[j]!.pos === 'PUNCT' && !/^[),]$/.test(tokens[j]!.text)) return null;
  // The clause opens at the sentence start, or after a coordinating "and"/"but" that follows a clause.
  // (Only the last "and" before the cue can qualify: if no finite verb precedes it, none precedes an earlier one.)
  let a = s.tokenStart;
  // (Both backward scans stop LOOKBACK tokens before the cue: a subject ends at most 30 tokens
  // from its clause's start, so this changes nothing in news, and a run of thousands of cues in one
  // unpunctuated "sentence" stays linear.)
  const floor = Math.max(a, j - LOOKBACK);
  // "…; most said they were worried": a semicolon opens a clause too.
  for (let k = j - 1; k > floor; k--) {
    if (tokens[k]!.text === ';' && tokens[k]!.quote === inQuote) {
      a = k + 1;
      break;
    }
  }
  // "By contrast, …", "In 2005, …", "On Tuesday, …": a short verbless opener set off by a comma.
  const opener = verblessOpener(tokens, a, j);
  if (opener !== null) a = opener;
  let and = j - 1;
  while (and > Math.max(a, floor) && !tokenIs(WORDS.coordinators, tokens[and]!)) and--;
  if (and > Math.max(a, floor) && hasFiniteVerb(tokens, a, and, true)) {
    // ("…, at two years and four months, said Moreau": a lone comma before a verb of saying and its
    // speaker after a joined phrase closes the content of an inverted report; a subject is set off
    // from its verb by a pair.)
    if (invertedAfterComma(tokens, j) && !tokens.slice(and + 1, j).some((t) => t.text === ',')) return null;
    a = and + 1;
  }
  if (tokenIs(WORDS.clauseConjunctions, tokens[a]!)) a++;
  if (tokenIs(SUBORDINATORS, tokens[a]!)) a++;
  a = pastTimeOpener(tokens, a, j);
  if (j - a > 30 || j < a) return null;
  // Where the subject ends when an adjunct set off by commas stands before the verb ("The governor,
  // after the scandal broke, initially said"); else the token before the cue.
  let last = j;
  // Past a relative pronoun after a noun ("officials whose laws were struck down say"), the relative
  // clause's verbs are not the clause's own.
  let relative = false;
  for (let k = a; k <= j; k++) {
    const t = tokens[k]!;
    if (t.quote !== inQuote) {
      // ("Ines Duarte, the author of “Quiet Harbors,” said": a short quoted title inside the subject.)
      const q = inQuote < 0 && k > a && t.quote >= 0 ? layer.quotations[t.quote]! : null;
      if (!q || !q.closed || q.end - q.start > 60) return null;
      while (k + 1 <= j && tokens[k + 1]!.quote === t.quote) k++;
      continue;
    }
    if (t.text === ',' && k > a && k < j && tokenIs(WORDS.adjunctOpeners, tokens[k + 1]!)) {
      let c = k + 2;
      while (c < j && tokens[c]!.text !== ',' && !END_PUNCT.test(tokens[c]!.text)) c++;
      if (c <= j && tokens[c]!.text === ',' && c - k <= 14) {
        if (last === j) last = k - 1;
        k = c;
        continue;
      }
    }
    if (k > a && tokenIs(WORDS.relativePronounsAll, t) && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) relative = true;
    if (relative && /^(AUX|VERB|SCONJ)$/.test(t.pos)) continue;
    // ("some analyses suggest": a verb right after a determiner is a noun the tagger misread.)
    if (t.pos === 'VERB' && k > a && tokens[k - 1]!.pos === 'DET') continue;
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.text === ';' || t.text === ':') return null;
    if (t.pos === 'VERB' && !/(ed|en|ing|wn)$/i.test(t.text) && !tokenIs(IRREGULAR_PARTICIPLE, t)) return null;
    if (t.pos === 'VERB' && k > a && tokens[k - 1]!.pos === 'PRON' && !/(ing)$/i.test(t.text)) return null;
    // ("Most said they believe": a verb before a subject pronoun or "that" is finite.)
    if (t.pos === 'VERB' && isWord(WORDS.subjectPronounsThat, tokens[k + 1]?.text ?? '')) return null;
  }
  // ("About four in 10 voters", "Nearly half", "most": a count may open with an adverb.)
  const count = tokenIs(WORDS.countAdverbs, tokens[a]!) && /^(NUM|DET|ADJ)$/.test(tokens[a + 1]?.pos ?? '');
  if (!/^(DET|PROPN|NOUN|ADJ|NUM|PRON)$/.test(tokens[a]!.pos) && !count && !(tokenIs(LONE_DETERMINERS, tokens[a]!) || tokenIs(WORDS.most, tokens[a]!))) return null;
  // ("…, the party chairman, this past week announced": the date's first words, left when the
  // time word was skipped, and the comma before them are not the speaker's.)
  let e = last;
  while (e > a && (/^(DET|ADJ)$/.test(tokens[e]!.pos) || tokens[e]!.text === ',')) e--;
  const head = nounPhraseRight(tokens, a, e + 1) ?? [a, e + 1];
  return [[a, e + 1], head, null];
}

/**
 * "Last month he told a rally …", "The next day she said": a time word and a noun of time
 * opening the clause, with no comma, before a personal pronoun right before the cue are the time;
 * the clause starts at the pronoun.
 */
function pastTimeOpener(tokens: Token[], a: number, j: number): number {
  if (j - a < 2 || j - a > 3 || !tokenIs(WORDS.personalPronounsIt, tokens[j]!)) return a;
  // ("The next day he said": an article may open the time.)
  for (let k = a; k < j; k++) if (!tokenIs(WORDS.timeWords, tokens[k]!) && !TIME_NOUN.has(tokens[k]!.lower) && !(k === a && tokens[k]!.pos === 'DET')) return a;
  return TIME_NOUN.has(tokens[j - 1]!.lower) ? j : a;
}

/** Is token j a comma right before a verb of saying and the start of a noun phrase (", said Moreau", ", said the mayor")? */
function invertedAfterComma(tokens: Token[], j: number): boolean {
  const verb = tokens[j + 1];
  return tokens[j]!.text === ',' && !!verb && verb.pos === 'VERB' && SAYING_VERBS.has(verb.lemma) && /^(DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[j + 2]?.pos ?? '');
}

/** Past the comma of a short opener with no verb ("By contrast,", "In a 2005 interview,") at token a, else null. */
export function verblessOpener(tokens: Token[], a: number, j: number): number | null {
  if (!/^(ADP|ADV)$/.test(tokens[a]!.pos)) return null;
  for (let k = a + 1; k < j && k < a + 9; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k + 1 < j ? k + 1 : null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.quote >= 0) return null;
  }
  return null;
}

/** Inverted speaker: "said X" / "said the official, a spokesman for Y". Returns [start, headEnd, spanEnd]. */
export function speakerRight(tokens: Token[], k: number, end: number): [number, number, number] | null {
  // ("said one of the people", "said two of the officials": a part of a group, "of" and the group.)
  const part = k + 2 < end && tokenIs(WORDS.quantifiers, tokens[k]!) && tokens[k + 1]!.lower === 'of' ? nounPhraseRight(tokens, k + 2, end) : null;
  const np: [number, number] | null = part ? [k, part[1]] : nounPhraseRight(tokens, k, end);
  if (!np) return null;
  // ("said a source close to the company": an adjective and its preposition follow the head.)
  if (np[1] - np[0] >= 2 && tokens[np[1] - 1]!.pos === 'ADJ' && tokens[np[1]]?.pos === 'ADP' && /^(NOUN|PROPN)$/.test(tokens[np[1] - 2]!.pos)) {
    const object = nounPhraseRight(tokens, np[1] + 1, end);
    if (object) return [np[0], np[1] - 1, object[1]];
  }
  let spanEnd = np[1];
  // "said chief investment officer at Harbor Fund, Tom Reyes.": where the person belongs, when an
  // appositive or the sentence's end follows it.
  if (spanEnd < end - 1 && tokenIs(WORDS.roleOfPrepositions, tokens[spanEnd]!) && np[1] - np[0] <= 4 && tokens.slice(np[0], np[1]).every((t) => t.pos !== 'PROPN')) {
    const where = nounPhraseRight(tokens, spanEnd + 1, end);
    if (where && (where[1] >= end - 1 || tokens[where[1]]!.text === ',' || END_PUNCT.test(tokens[where[1]]!.text))) spanEnd = where[1];
  }
  // Appositive up to the end of the sentence: ", a spokesman for the agency." (Not a participle
  // clause: ", noting that …" says what the speaker did; ", acting director of X" is a role.)
  const participle = tokens[spanEnd + 1]?.pos === 'VERB' && /ing$/i.test(tokens[spanEnd + 1]!.text) && !/^(NOUN|PROPN)$/.test(tokens[spanEnd + 2]?.pos ?? '');
  if (spanEnd < end && tokens[spanEnd]!.text === ',' && !participle) {
    let m = spanEnd + 1;
    while (m < end && !END_PUNCT.test(tokens[m]!.text) && !OPEN_MARKS.test(tokens[m]!.text) && tokens[m]!.text !== ',') m++;
    if (m >= end - 1 || END_PUNCT.test(tokens[m]!.text) || nameBeforeAdjunct(tokens, spanEnd + 1, m, end)) spanEnd = m;
  }
  return [np[0], np[1], spanEnd];
}

/**
 * "said Tuvalu's chief negotiator, Mele Fakaua, speaking for the island states": a name of up to
 * five words set off by commas on [from, comma), before a participle's or a relative clause's adjunct
 * of the speaker (an -ing word, "who"), is the appositive that names the speaker.
 */
function nameBeforeAdjunct(tokens: Token[], from: number, comma: number, end: number): boolean {
  if (tokens[comma]?.text !== ',' || comma - from < 1 || comma - from > 5 || comma + 1 >= end) return false;
  if (!tokens.slice(from, comma).every((t) => t.pos === 'PROPN' || t.text === '.')) return false;
  const next = tokens[comma + 1]!;
  return (/ing$/i.test(next.text) && /^(VERB|NOUN)$/.test(next.pos)) || tokenIs(WORDS.who, next);
}

