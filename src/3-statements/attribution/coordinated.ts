// Cue rule for a second verb of the same subject: "Smith promised X and said C", "… offered him
// a job, then said C" (rule coordinated-verb).

import { readContentAfter } from './content-after.js';
import type { CueContext } from './cue-context.js';
import { make, speechReportHolding, type RawAttribution } from './make.js';
import { coordinatedSubject } from '../grammar/clause-subjects.js';
import { commonNounAdjunct, hasFiniteVerb } from '../grammar/clauses.js';
import type { Token } from '../../types.js';
import { lowerBound } from '../../spans.js';
import { sexOfGivenName } from '../../2-mentions/entities/given-names.js';
import { WORDS, isWord, tokenIs } from '../grammar/lexicon.js';

/** The subject of the first verb speaks; inside the content of the sentence's first speech report, that reporter does. */
export function coordinatedVerb(c: CueContext): RawAttribution | null | undefined {
  const { tokens, s, cue, layer } = c;
  const j = afterAdjunct(tokens, s.tokenStart, cue.first) ?? c.subjectEnd();
  if (!(j > s.tokenStart && (tokenIs(WORDS.coordinators, tokens[j]!) || (tokens[j]!.text === ',' && isWord(WORDS.then, tokens[j + 1]?.text ?? '') && j + 1 < cue.first)))) return undefined;
  // "Rendell said he'd had pneumonia and called it common": a second verb inside the content of
  // the sentence's first speech report is that reporter's own.
  // ("planned to stay and defend his house": a base form after "and" goes on with the infinitive before
  // it; a phrase cue stays a report of its own: "gathered to raise concerns about X and speak out about Y".)
  if (baseForm(tokens[cue.first]!) && cue.kind !== 'phrase' && j === cue.first - 1 && infinitiveBefore(tokens, j, s.tokenStart)) return null;
  const outer = speechReportHolding(c.prior, s, c.inQuote, tokens[j]!);
  // ("His lawyer said his client was relieved and wanted to go home": a view or wish right after a
  // reported clause whose subject is another person is that person's, inside the words reported.)
  // (Right after "but" with no comma, a wish or view turns the reported clause, whoever its subject:
  // "said the plan was sound but needed money", "said he was grateful but wanted a change"; an act
  // — "but declined to name …" — and ", but planned to …" set off by a comma stay the reporter's.)
  if (outer && cue.kind === 'cognition' && j + 1 === cue.first && (butInsideClause(tokens, j) || (tokens[j]!.lower === 'and' && (personSubject(tokens, outer.contentStart, tokens[j]!.start) || otherSexPronoun(tokens, outer.speaker!, outer.contentStart))))) return null;
  // ("She added that the firm would stop X and focus on Y": a verb in its base form after the
  // conjunction goes on with the reported clause's modal, not with the cue.)
  if (outer && baseForm(tokens[cue.first]!) && modalBetween(tokens, outer.contentStart, j)) return null;
  const subj = outer ? outer.speaker : coordinatedSubject(tokens, j, s.tokenStart);
  if (!subj) return null;
  const content = readContentAfter(layer, s, cue, cue.last, false);
  return content ? make(layer, s, c.inQuote, { content, cue, speaker: subj, head: outer ? outer.speakerHead : subj, rule: 'coordinated-verb' }) : null;
}

/** "… and in a carefully worded response said C": the conjunction before a prepositional phrase that stands right before the cue, or null. */
function afterAdjunct(tokens: Token[], floor: number, cue: number): number | null {
  for (let p = cue - 2; p > floor && p >= cue - 8; p--) {
    if (tokens[p]!.pos !== 'ADP') continue;
    // (A first verb phrase must stand before the conjunction: in "observers in Ohio and around the country say" the phrase is the subject's.)
    return tokenIs(WORDS.coordinators, tokens[p - 1]!) && commonNounAdjunct(tokens, p, cue) && hasFiniteVerb(tokens, floor, p - 1) ? p - 1 : null;
  }
  return null;
}

/** Does the reported clause from offset `start` open with a person of its own, named or described ("his client was …", "Ana Ruiz had …"; not "he had …", "the shelter was …"), before a finite verb and `end`? */
function personSubject(tokens: Token[], start: number, end: number): boolean {
  let k = lowerBound(tokens, start);
  if (k < tokens.length && tokenIs(WORDS.that, tokens[k]!)) k++;
  let v = k;
  while (v < tokens.length && tokens[v]!.start < end && (/^(DET|NOUN|PROPN|ADJ)$/.test(tokens[v]!.pos) || (v === k && tokenIs(WORDS.possessiveDeterminers3, tokens[v]!)))) v++;
  if (v === k || v >= tokens.length || tokens[v]!.start >= end || !(tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'VERB')) return false;
  const head = tokens[v - 1]!;
  return head.pos === 'PROPN' || tokenIs(WORDS.personNouns, head);
}

/**
 * Does the reported clause from offset `start` open with "he" or "she" of the other sex than the
 * reporter's given name ("Lawyer Tom Hale said she had repaid the money and planned to …")? That
 * pronoun is a third person, whose plan the words report.
 */
function otherSexPronoun(tokens: Token[], speaker: readonly [number, number], start: number): boolean {
  let k = lowerBound(tokens, start);
  if (k < tokens.length && tokenIs(WORDS.that, tokens[k]!)) k++;
  const pronoun = tokens[k] ? PRONOUN_SEX[tokens[k]!.lower] : undefined;
  if (!pronoun) return false;
  // (The given name opens a full name: "Craig Hale", not the surname of "Ms. Arnold".)
  for (let m = speaker[0]; m + 1 < speaker[1]; m++) {
    if (tokens[m]!.pos !== 'PROPN' || tokens[m + 1]!.pos !== 'PROPN' || tokens[m - 1]?.pos === 'PROPN') continue;
    const sex = sexOfGivenName(tokens[m]!.lower);
    if (sex) return sex !== pronoun;
  }
  return false;
}

const PRONOUN_SEX: Readonly<Record<string, 'female' | 'male'>> = { he: 'male', she: 'female' };

/** Is the conjunction at j a "but" with no comma before it? */
function butInsideClause(tokens: Token[], j: number): boolean {
  return tokens[j]!.lower === 'but' && tokens[j - 1]?.text !== ',';
}

/** Is the verb in its base form ("focus", not "focused", "focuses" or "focusing")? */
function baseForm(t: Token): boolean {
  return t.pos === 'VERB' && t.lower === t.lemma && !/ing$/.test(t.lower);
}

/** Does a modal auxiliary ("would", "will", "could") stand between offset `start` and token `end`? */
function modalBetween(tokens: Token[], start: number, end: number): boolean {
  for (let k = lowerBound(tokens, start); k < end; k++) if (tokens[k]!.pos === 'AUX' && tokenIs(WORDS.modals, tokens[k]!)) return true;
  return false;
}

/** Does an infinitive ("to" and a verb in its base form) open the phrase that ends at the conjunction j, with no punctuation between? */
function infinitiveBefore(tokens: Token[], j: number, floor: number): boolean {
  for (let k = j - 2; k >= floor && k >= j - 8; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return false;
    if (tokenIs(WORDS.to, t) && baseForm(tokens[k + 1]!)) return true;
  }
  return false;
}
