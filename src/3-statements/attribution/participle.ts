// Cue rules for -ing cues: ", saying C" (the main clause's subject speaks), "with N saying C",
// "sent parents a note saying C", "a group backing X", "footage of X saying C", and the broad
// reading of any other participle; a progressive ("is saying") is left to the finite rules.

import { COGNITION_VERBS, SAYING_VERBS, SPEECH_VERBS, STANCE_VERBS } from '../cues.js';
import { isDocument, isFindingVerb } from '../kinds.js';
import { readContentAfter } from './content-after.js';
import { applyTrims, type CueContext } from './cue-context.js';
import { make, speechReportHolding, type Content, type RawAttribution } from './make.js';
import type { Token } from '../../types.js';
import { clauseEnd, commaBetween, hasFiniteVerb } from '../grammar/clauses.js';
import { contentShape } from '../grammar/content-shape.js';
import { nounPhraseLeft, nounPhraseRight } from '../grammar/noun-phrases.js';
import { appositiveParticiple, participleBefore } from '../grammar/openers.js';
import { coordinatedSubject, participleSubject, sentenceSubject } from '../grammar/clause-subjects.js';
import { CLOSE_MARKS, END_PUNCT, isMonthOrDay, isDashAt } from '../grammar/words.js';
import { WORDS, isWord, isExactWord, tokenIs } from '../grammar/lexicon.js';

type Result = RawAttribution | null | undefined;
const ADJUNCT_OPENERS: ReadonlySet<string> = WORDS.participleOpeners;

/** "…, saying that C" / "… by saying C" / "…, adding: “C”" / "Noting that C, Lee …": the speaker is the subject of the main clause. */
export function participleAdjunct(c: CueContext): Result {
  const { tokens, s, cue, layer, before, beforeLower } = c;
  // ("…, later revealing C": one adverb may stand between the comma and the participle.)
  const comma = beforeLower === ',' || (before?.pos === 'ADV' && cue.first - 2 >= s.tokenStart && tokens[cue.first - 2]!.text === ',');
  const opening = cue.first === s.tokenStart;
  // (An opening participle is read only with its own clause, below: the token before it, a closing
  // mark or a dash, ends the sentence before.)
  if (!c.ing || !(comma || opening || isDashAt(tokens, cue.first - 1) || (before && CLOSE_MARKS.test(before.text) && before.quote >= 0) || isExactWord(ADJUNCT_OPENERS, beforeLower ?? '') || (beforeLower === 'and' && participleBefore(tokens, s, cue.first - 1)))) return undefined;
  // "An official, speaking on condition of anonymity, said …": a participle set off inside the
  // subject, before the main verb, reports nothing.
  if (comma && appositiveParticiple(tokens, cue.last, s.tokenEnd)) return null;
  const content = readContentAfter(layer, s, cue, cue.last, true);
  if (!content) return null;
  // "While commenting on the vote, Lee said …": past the opener's comma is the main clause, not its content.
  if (isExactWord(ADJUNCT_OPENERS, beforeLower ?? '') && commaBetween(tokens, cue.last, content.start)) return null;
  const subject = c.prior.length && c.prior.at(-1)!.lastSentence === s.index ? null : participleSubject(tokens, s, cue.first);
  // "Noting C, Lee said …": a participle opening the sentence reports a clause for the main clause's
  // subject after its comma; "Addressing a conference in Ohio, …" sets a scene and reports nothing.
  if (opening && !(subject && subject[0] > cue.first && content.end > content.start && contentShape(layer, content.start, Math.min(content.end, tokens[subject[0] - 1]!.start)) !== 'phrase')) return undefined;
  // "Shares fell 2 per cent, suggesting investors had hoped for more": a common noun that cannot
  // speak (no person, body or document) moved by a number leaves the inference to the writer.
  const moved = subject !== null && movedByNumber(tokens, subject, cue.first);
  if (moved && isWord(WORDS.inferenceParticiples, cue.lemma)) return null;
  // What moved cannot speak: the main clause's subject does ("The company cut jobs after sales fell
  // 9%, citing …"), or, when that moved, the subordinate clause's ("Shares of X fell 9% after
  // Goldman Sachs downgraded the stock, citing …"), or no one.
  if (moved) {
    const main = sentenceSubject(tokens, s);
    const speaks = main && main[1] <= cue.first && main[0] !== subject[0] && !movedByNumber(tokens, main, cue.first);
    const agent = speaks ? main : subordinateSubject(tokens, subject[1], cue.first);
    return agent && make(layer, s, c.inQuote, { content, cue, speaker: agent, rule: 'participle-adjunct' });
  }
  // ("reported, citing unnamed officials, that …": the participle between commas ends at its second comma; the "that" clause is the report's.)
  if (comma) content.end = Math.min(content.end, endBeforeReportedClause(tokens, cue.last, s.tokenEnd) ?? content.end);
  // "After saying C, the man asked …": the content ends where the main clause begins.
  if (subject && subject[0] > cue.first && tokens[subject[0] - 1]!.text === ',') content.end = Math.min(content.end, tokens[subject[0] - 2]!.end);
  return make(layer, s, c.inQuote, { content, cue, speaker: subject, inherit: subject === null, rule: 'participle-adjunct' });
}

/** Where a participle's words end before ", that …" — the first comma from `from` (the token after the cue), when "that" opens a clause right after it — or null. */
function endBeforeReportedClause(tokens: Token[], from: number, end: number): number | null {
  for (let m = from; m + 1 < end && m < from + 14; m++) {
    if (tokens[m]!.text !== ',') continue;
    return tokenIs(WORDS.that, tokens[m + 1]!) && tokens[m + 1]!.pos === 'SCONJ' ? tokens[m - 1]!.end : null;
  }
  return null;
}

/**
 * "Lumen shares fell 1.8 per cent, …": a subject headed by a common noun that is no person, body or
 * document, with a change between it and the participle ("1.8 per cent", "12 points": a price or a score that moved).
 */
function movedByNumber(tokens: Token[], subject: [number, number], cue: number): boolean {
  // (The head before "of": "Shares of Rotherford".)
  let h = subject[1] - 1;
  for (let k = subject[0] + 1; k < subject[1] - 1; k++) if (tokenIs(WORDS.of, tokens[k]!)) h = k - 1;
  const t = tokens[h]!;
  const thing = tokenIs(WORDS.marketNouns, t) || (t.pos === 'NOUN' && !tokenIs(WORDS.personNouns, t) && !tokenIs(WORDS.organizationNouns, t) && !isDocument(t.lower) && !isDocument(t.lower.replace(/s$/, '')));
  if (!thing) return false;
  // (A change: a number and its unit, "1.8 per cent", "12 points", "3%".)
  for (let k = subject[1]; k < cue - 1; k++) {
    if (tokens[k]!.pos !== 'NUM') continue;
    const unit = tokens[k + 1]!.lower;
    if (isWord(WORDS.changeUnits, unit) || (k + 2 < cue && isWord(WORDS.changeUnits, `${unit} ${tokens[k + 2]!.lower}`))) return true;
  }
  return false;
}

/** "after Goldman Sachs downgraded the stock": the subject of a subordinate clause between `from` and the participle at `cue`, with its finite verb, or null. */
function subordinateSubject(tokens: Token[], from: number, cue: number): [number, number] | null {
  for (let k = from; k < cue - 2; k++) {
    if (!tokenIs(WORDS.subordinators, tokens[k]!)) continue;
    const np = nounPhraseRight(tokens, k + 1, cue);
    if (np && np[1] < cue && /^(VERB|AUX)$/.test(tokens[np[1]]!.pos)) return np;
  }
  return null;
}

/** Do the three tokens before `at` make an acronym in brackets: "(", a name, ")"? */
function acronymInBracketsBefore(tokens: Token[], at: number, floor: number): boolean {
  return at - 3 > floor && tokens[at - 1]!.text === ')' && tokens[at - 3]!.text === '(' && tokens[at - 2]!.pos === 'PROPN';
}

/** "…, with 30 percent of voters saying they …": a participle after "with" + a noun phrase reports that noun phrase's words (a verb of saying, or of speech or thought before "that"). */
export function participleWithNoun(c: CueContext): Result {
  const { tokens, s, cue, layer } = c;
  // ("with the State Elections Commission (CEE) saying": the acronym in brackets after the name is the name's.)
  const last = acronymInBracketsBefore(tokens, cue.first, s.tokenStart) ? cue.first - 4 : cue.first - 1;
  const before = tokens[last];
  // (Any verb of speech or thought with a "that" clause: "with the judge observing that …", "with analysts fearing that …".)
  const thatReport = (SPEECH_VERBS.has(cue.lemma) || COGNITION_VERBS.has(cue.lemma)) && tokenIs(WORDS.that, tokens[cue.last] ?? tokens[cue.first]!);
  if (!c.ing || !(SAYING_VERBS.has(cue.lemma) || thatReport) || !before || last < s.tokenStart || !/^(NOUN|PROPN|NUM)$/.test(before.pos)) return undefined;
  const np = nounPhraseLeft(tokens, last, s.tokenStart);
  // ("the survey with 30 percent of tenants saying": the noun phrase may have swallowed the "with".)
  let w = cue.first - 1;
  while (np && w >= np[0] - 1 && w > s.tokenStart && !tokenIs(WORDS.with, tokens[w]!)) w--;
  if (!(np && w >= np[0] - 1 && w + 1 < cue.first && tokenIs(WORDS.with, tokens[w]!))) return undefined;
  const content = readContentAfter(layer, s, cue, cue.last, true);
  if (content) endEarlierAtWith(c, w);
  return content ? make(layer, s, c.inQuote, { content, cue, speaker: [w + 1, cue.first], rule: 'participle-with-noun' }) : null;
}

/**
 * "The court sought a response, with the judge noting that …": an absolute "with" clause set off by a
 * comma is a report of its own, so the earlier reports of the sentence that run over it end at the comma
 * (not a document's or a finding: what a poll showed may go on in such a clause).
 */
function endEarlierAtWith(c: CueContext, w: number): void {
  const { tokens, s } = c;
  const comma = tokens[w - 1];
  if (w - 1 <= s.tokenStart || comma?.text !== ',') return;
  const at = tokens[w]!.start;
  // (Not a document's nor a finding: "a poll showed X trailing, with 56 percent saying …" is still what the poll showed.)
  const documentSource = (a: RawAttribution) => (!!a.speakerHead && isDocument(tokens[a.speakerHead[1] - 1]!.lower)) || (!!a.cue && isFindingVerb(a.cue.lemma));
  const earlier = c.prior.filter((a) => a.firstSentence === s.index && a.contentStart < comma.start && a.contentEnd > at && !documentSource(a));
  if (!earlier.length) return;
  const trim = { targets: earlier, end: tokens[w - 2]!.end };
  c.trims.push(trim);
  c.prior = applyTrims(c.prior, [trim]);
}

/** "emailed volunteers saying: “…”", "put out a statement saying …": a participle after the object reports the main clause's subject's words. */
export function participleAfterObject(c: CueContext): Result {
  const { tokens, s, cue, layer, before } = c;
  // (Or a light verb's phrase: "issued a statement expressing its support for …".)
  if (!c.ing || (cue.kind !== 'speech' && cue.kind !== 'phrase') || !before || !/^(NOUN|PROPN)$/.test(before.pos)) return undefined;
  const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
  // "put out a statement saying": a particle may stand between the verb and its object.
  let vAt = np ? np[0] - 1 : -1;
  if (vAt > s.tokenStart && /^(ADP|PART|ADV)$/.test(tokens[vAt]!.pos) && tokens[vAt - 1]!.pos === 'VERB') vAt--;
  const verb = np && vAt >= s.tokenStart ? tokens[vAt]! : null;
  if (!(np && verb && before.pos === 'NOUN' && verb.pos === 'VERB' && !/ing$/i.test(verb.text) && verb.quote === tokens[cue.first]!.quote)) return undefined;
  const subject = sentenceSubject(tokens, s);
  const content = subject && subject[1] <= np[0] - 1 ? readContentAfter(layer, s, cue, cue.last, true) : null;
  if (content && subject) return make(layer, s, c.inQuote, { content, cue, speaker: subject, rule: 'participle-after-object' });
  return undefined;
}

/** "Lee sent a series of tweets early Friday saying …": after a day, the participle is the subject's. */
export function participleAfterDay(c: CueContext): Result {
  const { tokens, s, cue, layer, before } = c;
  if (!c.ing || cue.kind !== 'speech' || !before || before.pos !== 'PROPN' || !isMonthOrDay(before.text)) return undefined;
  const subject = sentenceSubject(tokens, s);
  const content = subject && subject[1] < cue.first ? readContentAfter(layer, s, cue, cue.last, true) : null;
  return content && subject ? make(layer, s, c.inQuote, { content, cue, speaker: subject, rule: 'participle-after-day' }) : null;
}

/** "a group backing Rubio", "donors supporting her campaign": a stance participle after a noun is that noun phrase's. */
export function participleStanceNoun(c: CueContext): Result {
  const { tokens, s, cue, layer, before } = c;
  if (!c.ing || !STANCE_VERBS.has(cue.lemma) || !before || !/^(NOUN|PROPN)$/.test(before.pos) || isMonthOrDay(before.text)) return undefined;
  const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
  const next = tokens[cue.last];
  if (!(np && next && /^(DET|PROPN|NOUN|ADJ|PRON|NUM)$/.test(next.pos))) return undefined;
  // The object ends at the clause's end, its first comma ("One pastor supporting Cruz, Ana Ruiz,
  // said") or the main clause's verb ("A group backing Lind raised …").
  let stop = cue.last;
  while (stop < s.tokenEnd && tokens[stop]!.text !== ',' && !END_PUNCT.test(tokens[stop]!.text) && !(stop > cue.last && /^(AUX|VERB)$/.test(tokens[stop]!.pos) && /^(NOUN|PROPN)$/.test(tokens[stop - 1]!.pos))) stop++;
  const end = Math.min(clauseEnd(layer, s, cue.last), tokens[stop - 1]!.end);
  return make(layer, s, c.inQuote, { content: { start: next.start, end, form: 'indirect' }, cue, speaker: np, rule: 'participle-stance-noun' });
}

/** "footage of Trump saying, “…”": a speech participle after a name reports that name's words. */
export function participleAfterName(c: CueContext): Result {
  const { tokens, s, cue, layer, before } = c;
  if (!c.ing || cue.kind !== 'speech' || !before || before.pos !== 'PROPN') return undefined;
  const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
  const content = np ? readContentAfter(layer, s, cue, cue.last, true) : null;
  return content && np ? make(layer, s, c.inQuote, { content, cue, speaker: np, rule: 'participle-after-name' }) : null;
}

/** A progressive ("is telling", "isn't saying") is a finite report; other -ing forms are not. */
export function progressive(c: CueContext): boolean {
  const { tokens, s, cue } = c;
  let auxAt = cue.first - 1;
  while (auxAt > s.tokenStart && tokens[auxAt]!.pos === 'ADV') auxAt--;
  return c.ing && isWord(WORDS.progressiveAuxiliaries, tokens[auxAt]?.text ?? '')
    || c.ing && isWord(WORDS.progressiveAdverbs, c.beforeLower ?? '') && isWord(WORDS.progressiveNegatedAuxiliaries, tokens[cue.first - 2]?.text ?? '');
}

/**
 * Other -ing cues, read broadly and weighed by the confidence model: after a noun phrase, a reduced
 * relative ("ads extolling the mayor's record") reports that noun phrase's words; after a
 * preposition or verb ("took the step of criticizing X"), the clause subject's.
 */
export function participleBroad(c: CueContext): Result {
  const { tokens, s, cue, layer, before, beforeLower } = c;
  if (!c.ing || progressive(c) || !before || cue.first <= s.tokenStart) return undefined;
  let subj: [number, number] | null = null;
  if (/^(NOUN|PROPN)$/.test(before.pos)) subj = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
  else if (/^(ADP|VERB)$/.test(before.pos) || (before.pos === 'ADV' && cue.first - 2 >= s.tokenStart && /^(NOUN|PROPN)$/.test(tokens[cue.first - 2]!.pos))) subj = coordinatedSubject(tokens, cue.first - 1, s.tokenStart);
  else if (isWord(WORDS.coordinators, beforeLower!)) {
    // "said it was a disaster and asking, “…”": the report before the "and" lends its speaker.
    const outer = speechReportHolding(c.prior, s, c.inQuote, before);
    subj = outer ? outer.speaker : coordinatedSubject(tokens, cue.first - 1, s.tokenStart);
  }
  if (!subj) return null;
  const content = readContentAfter(layer, s, cue, cue.last, true);
  if (content && /^(NOUN|PROPN)$/.test(before.pos) && !hasFiniteVerb(tokens, s.tokenStart, cue.first)) content.end = beforeMainVerb(tokens, cue.last, content);
  return content ? make(layer, s, c.inQuote, { content, cue, speaker: subj, rule: 'participle-broad' }) : null;
}

/**
 * "Residents hoping to save the park said …", "A couple hoping to bring their son home has
 * learned …": a participle inside the sentence's subject takes an infinitive that ends where the
 * main clause's verb begins — a finite verb right after a noun (an infinitive's own words have no
 * finite verb of their own). Other contents are left as read.
 */
function beforeMainVerb(tokens: Token[], from: number, content: Content): number {
  if (tokens[from]?.lower !== 'to') return content.end;
  for (let m = from + 2; m < tokens.length && tokens[m]!.start < content.end; m++) {
    const t = tokens[m]!;
    if ((t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))) && tokens[m - 1]!.lower !== 'to' && /^(NOUN|PROPN)$/.test(tokens[m - 1]!.pos)) return tokens[m - 1]!.end;
  }
  return content.end;
}

/** Any other -ing form, and "to"/"be" as cues, report nothing. */
export function notNonFinite(c: CueContext): null | undefined {
  return (c.ing && !progressive(c)) || isExactWord(WORDS.toOrBe, c.lower) ? null : undefined;
}
