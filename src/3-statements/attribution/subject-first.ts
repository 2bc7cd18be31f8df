// Cue rules for a speaker left of its cue ("X said …", "C, X said"): finds the speaker, then reads
// an appearance or agentless passive (passive.ts), an aside ("C, as X pointed out, C2"), a relative
// clause ("which X said were …"), content first (content-first.ts) or, by default, content after.

import type { Token } from '../../types.js';
import { lowerBound } from '../../spans.js';
import { readContentAfter } from './content-after.js';
import { contentFirst } from './content-first.js';
import { applyTrims, type CueContext } from './cue-context.js';
import { make, recentCovers, type RawAttribution } from './make.js';
import { appearance } from './passive.js';
import { afterCueClause, cueClauseTailAt, openingClauseEnd, relativeClauseEnd } from '../grammar/clauses.js';
import { quoteAwareSentenceStart, sentenceEndOffset } from '../grammar/quotes.js';
import { clauseOpeningSubject, gappedReportAfter, openingPhraseObject, speakerLeft } from '../grammar/subjects.js';
import { END_PUNCT, SUBORDINATORS } from '../grammar/words.js';
import { WORDS, isWord, tokenIs } from '../grammar/lexicon.js';
import { CUE_NOUNS, SAYING_VERBS } from '../cues.js';
import { isDocument, isIntentionVerb } from '../kinds.js';

type Result = RawAttribution | null | undefined;
type Subject = [[number, number], [number, number], number | null];

/** The speaker left of the cue, read by the first rule that applies; undefined when there is no such speaker. */
export function subjectFirst(c: CueContext): Result {
  const { tokens, s, layer, inQuote } = c;
  const j = c.subjectEnd();
  // (A relative clause is read like any clause — "voters who want a change", "a group that
  // criticized the plan": PolNeAR attributes both; the confidence model weighs the cue.)
  const left = j >= s.tokenStart ? speakerLeft(tokens, j, s.tokenStart, inQuote) ?? clauseOpeningSubject(layer, s, j, inQuote) : null;
  if (!left || possessedParticiple(c, left)) return undefined;
  // ("In a message posted Friday, Ruiz said …", "in his opening remarks, Ruiz said …": a noun phrase
  // right after an opening preposition is its object; the verb after it is no report of its own.)
  // (A document's phrase may be longer: "In an alert posted on its website on Monday, the regulator told …".)
  const documentPhrase = isDocument(tokens[left[1][1] - 1]!.lower) || CUE_NOUNS.has(tokens[left[1][1] - 1]!.lower) || tokenIs(WORDS.documentAuthorParticiples, tokens[c.cue.first]!);
  if (left[0][0] > s.tokenStart && openingPhraseObject(tokens, left[0][0] - 1, s.tokenStart, j, documentPhrase)) return null;
  // ("Parker said in a news release that …", "said in his evening address that …": a noun phrase
  // after a verb and its preposition is the preposition's object; a noun read as a verb after it is no cue.)
  if (left[0][0] >= s.tokenStart + 2 && reportFrameObject(tokens, left[0][0] - 1)) return null;
  const seen = appearance(c, left);
  if (seen !== undefined) return seen;
  const [spk, head, boundary] = left;
  // A relative subject ("Kamin, who emphasized that …") always takes its content after the cue.
  const relative = isWord(WORDS.relativeWho, tokens[head[1] - 1]!.text);
  const insideEarlier = recentCovers(c.prior, tokens[c.cue.first]!.start) && !endsEarlierPlan(c, left, relative);
  const aside = asideOrRelative(c, spk, head);
  if (aside !== undefined) return aside;
  // "…, Ruiz said: “C”": a colon after the cue announces the content; what came before is narration.
  // So does "that" ("…, under a sky that seemed grey, the mayor warned that …").
  const { cue } = c;
  const colonAfter = (tokens[cue.last]?.text === ':' || tokens[cue.last]?.lower === 'that') && cue.last + 1 < s.tokenEnd;
  // Only reporting verbs take their content before them ("C, Smith said"); "C, Clinton allowed" is narration.
  const contentFirstOk = cue.kind !== 'object';
  // "“C1,” Duarte said. … “C2.” He added, “C3.”": a quotation that closed the previous sentence
  // and already has a speaker is not this cue's content.
  const takenBefore = boundary !== null && boundary < s.tokenStart && tokens[boundary]!.quote >= 0 && recentCovers(c.prior, layer.quotations[tokens[boundary]!.quote]!.contentStart);
  if (boundary !== null && !relative && !insideEarlier && !colonAfter && contentFirstOk && !takenBefore) {
    const first = contentFirst(c, { spk, head, boundary });
    if (first !== undefined) return first;
  }
  return contentAfterSubject(c, spk, head, relative);
}

/**
 * "His virtually assured nomination has …": a possessive determiner, then the cue in -ed and a noun,
 * is a noun phrase (the participle modifies the noun), not a subject and its verb. (A cue the tagger
 * reads as a verb after a possessive is otherwise a noun cue whose possessor speaks: "His promises to …".)
 */
function possessedParticiple(c: CueContext, left: Subject): boolean {
  const { tokens, cue } = c;
  const [a, b] = left[1];
  return b - a === 1 && tokenIs(WORDS.possessiveDeterminers, tokens[a]!) && /ed$/i.test(tokens[cue.first]!.text) && tokens[cue.last]?.pos === 'NOUN';
}

/** Is the token at b a preposition right after a verb of saying ("said in a news release", "wrote in his column"), not a subordinator ("said after Ruiz left")? */
function reportFrameObject(tokens: Token[], b: number): boolean {
  const t = tokens[b]!;
  const verb = tokens[b - 1]!;
  return t.pos === 'ADP' && !tokenIs(SUBORDINATORS, t) && !tokenIs(WORDS.countAdverbs, t) && !tokenIs(WORDS.than, t) && verb.pos === 'VERB' && SAYING_VERBS.has(verb.lemma);
}

/**
 * "The campaign plans to release the records, a spokesman announced.": a speech cue closing the
 * sentence after a comma reports the whole clause before it, when the earlier cues covering it only
 * name a plan, wish or view or have no source ("X is expected to …"), or when it relays what they
 * report ("The ministry said C, the agency reported": `relayCues`); those earlier reports end before
 * the comma (a trim, applied to this cue's view of them and handed back to the caller). True when
 * that happened.
 */
function endsEarlierPlan(c: CueContext, left: Subject, relative: boolean): boolean {
  const { tokens, s, cue } = c;
  const boundary = left[2];
  if (!(cue.kind === 'speech' && boundary !== null && boundary > s.tokenStart && tokens[boundary]!.text === ',' && !relative && tokens[boundary]!.quote < 0)) return false;
  const after = afterCueClause(tokens, s, cue.last);
  // (The cue's clause may close with its own tail: "…, two people told Reuters, speaking on condition of anonymity.")
  const closes = END_PUNCT.test(tokens[after.at]?.text ?? '') || (tokens[after.at]?.text === ',' && cueClauseTailAt(tokens, after.at, s.tokenEnd));
  if (!(after.kind === 'end' && closes)) return false;
  const at = tokens[cue.first]!.start;
  const earlier = c.prior.filter((a) => a.firstSentence === s.index && a.contentStart <= at && at < a.contentEnd);
  // (A report of a report, "X said C, the agency reported", takes the other's words too.)
  const relays = isWord(WORDS.relayCues, cue.lemma);
  // (So does a reading with no source, "X is expected to …": the source named at the end is its.)
  const sourceless = (a: RawAttribution): boolean => a.speaker === null && !a.inherit;
  // (And so does a cue after a modal, "Shippers should expect delays, a spokeswoman said": advice or a
  // possibility the closing speaker states, not a report of the subject's.)
  const modal = (a: RawAttribution): boolean => !!a.cue && a.cue.first > s.tokenStart && tokenIs(WORDS.hypotheticalModals, tokens[a.cue.first - 1]!);
  // (And so does a promise or threat of the subject's, "The state has vowed to demolish …, the
  // commissioner said": a verb of intention with an infinitive is a plan, whatever the cue's class.)
  const promise = (a: RawAttribution): boolean => !!a.cue && isIntentionVerb(a.cue.lemma) && tokenIs(WORDS.to, tokens[lowerBound(tokens, a.contentStart)]!);
  if (!earlier.length || !earlier.every((a) => a.cue && a.cue.kind !== 'according' && (relays || sourceless(a) || modal(a) || promise(a) || a.cue.kind !== 'speech'))) return false;
  const trim = { targets: earlier, end: tokens[boundary - 1]!.end };
  c.trims.push(trim);
  c.prior = applyTrims(c.prior, [trim]);
  return true;
}

/** "Hawaii, as one adviser pointed out, rarely gets hurricanes" (the whole sentence); "…, which he said were a threat" (the verb phrase after the cue). */
function asideOrRelative(c: CueContext, spk: [number, number], head: [number, number]): Result {
  const { tokens, s, cue, layer } = c;
  if (spk[0] >= s.tokenStart + 2 && isWord(WORDS.as, tokens[spk[0] - 1]!.text) && tokens[spk[0] - 2]!.text === ',' && tokens[cue.last]?.text === ',') {
    return make(layer, s, c.inQuote, { content: { start: quoteAwareSentenceStart(layer, s), end: sentenceEndOffset(layer, s), form: 'indirect' }, cue, speaker: spk, head, rule: 'as-aside' });
  }
  // ("the man police said fired the shots": the tagger's one noun phrase holds the antecedent and the clause's bare subject.)
  const split = splitContactSubject(c, spk);
  if (split) spk = head = split;
  const relPron = spk[0] > s.tokenStart ? tokens[spk[0] - 1]! : null;
  const afterCue = tokens[cue.last];
  // ("a lack of leadership he says has left the police without oversight": a relative clause without its pronoun, a subject pronoun right after the noun.)
  // ("the man police said fired the shots", "a probe the agency said was ongoing": so does a short noun phrase before a verb of saying proper.)
  const contact = !!relPron && relPron.pos === 'NOUN' && ((spk[1] - spk[0] === 1 && tokenIs(WORDS.personalSubjectPronouns, tokens[spk[0]]!)) || contactNounSpeaker(c, spk));
  if (!(relPron && (tokenIs(WORDS.reportedRelativePronouns, relPron) || contact) && spk[1] - spk[0] <= 3 && afterCue && cue.last < s.tokenEnd && (afterCue.pos === 'AUX' || (afterCue.pos === 'VERB' && !/ing$/i.test(afterCue.text))))) return undefined;
  const end = relativeClauseEnd(tokens, cue.last, s.tokenEnd, sentenceEndOffset(layer, s));
  let stop = cue.last;
  while (stop < s.tokenEnd && tokens[stop]!.end <= end && tokens[stop]!.text !== ',' && !END_PUNCT.test(tokens[stop]!.text)) stop++;
  // ("The money she says is missing came from the fund": without a comma, the main clause's verb ends it.)
  if (contact) stop = Math.min(stop, mainVerbAfter(tokens, cue.last, stop));
  if (stop > cue.last) return make(layer, s, c.inQuote, { content: { start: afterCue.start, end: tokens[stop - 1]!.end, form: 'indirect' }, cue, speaker: spk, head, rule: 'relative-which-said' });
  return undefined;
}

/**
 * "the man police said fired the shots", "a move analysts said could backfire": a noun phrase of
 * three words or more that opens with a determiner and ends in two nouns, the last a noun for people
 * or an organisation (grammar.json personNouns, organizationNouns) with a verb of saying proper and
 * a finite verb after it, is an antecedent and a relative clause's bare subject; the last noun speaks
 * (unless a noun before the phrase is the antecedent).
 */
function splitContactSubject(c: CueContext, spk: [number, number]): [number, number] | null {
  const { tokens, cue } = c;
  const last = tokens[spk[1] - 1]!;
  // (Not "an inquiry the harbour authority said was overdue": a noun before the phrase is the antecedent already.)
  if (spk[1] - spk[0] < 3 || spk[1] !== cue.first || tokens[spk[0]]!.pos !== 'DET' || tokens[spk[0] - 1]?.pos === 'NOUN' || tokens[spk[1] - 2]!.pos !== 'NOUN' || last.pos !== 'NOUN') return null;
  if (!(tokenIs(WORDS.personNouns, last) || tokenIs(WORDS.organizationNouns, last)) || !gappedReportAfter(tokens, spk[1] - 1)) return null;
  return [spk[1] - 1, spk[1]];
}

/**
 * A relative clause without its pronoun whose subject is a noun phrase ("the man police said fired the
 * shots", "a case his supporters say was fabricated"): at most four words ending in a noun or name,
 * right before a verb of saying proper (not "the plan officials hope …", a view scored elsewhere).
 */
function contactNounSpeaker(c: CueContext, spk: [number, number]): boolean {
  const { tokens, cue } = c;
  return spk[1] - spk[0] <= 4 && spk[1] === cue.first && /^(NOUN|PROPN)$/.test(tokens[spk[1] - 1]!.pos) && SAYING_VERBS.has(cue.lemma);
}

/** The first finite verb after the verb group that opens at `from` (before `stop`), or `stop`: where a relative clause in the subject gives way to the main clause. */
function mainVerbAfter(tokens: Token[], from: number, stop: number): number {
  let k = from;
  while (k < stop && /^(AUX|ADV|PART)$/.test(tokens[k]!.pos)) k++;
  if (k < stop && tokens[k]!.pos === 'VERB') k++;
  for (; k < stop; k++) {
    const t = tokens[k]!;
    // (Not a verb inside quoted words: "is designed to “sow discord” …" goes on; the main clause stands outside them.)
    if (t.quote >= 0 && tokens[from]!.quote < 0) continue;
    if ((t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))) && tokens[k - 1]!.lower !== 'to') return k;
  }
  return stop;
}

/** Content after the cue: "X said (that) C", "X said: “C”", "X told Y that C"; a relative clause's content ends before the main clause. */
function contentAfterSubject(c: CueContext, spk: [number, number], head: [number, number], relative: boolean): RawAttribution | null {
  const { tokens, s, cue, layer } = c;
  const content = readContentAfter(layer, s, cue, cue.last, false);
  if (!content) return null;
  // "Residents, many of whom say the plan is unfair, gathered": the relative clause ends at the
  // comma before the main clause's verb.
  if (relative) content.end = relativeClauseEnd(tokens, cue.last, s.tokenEnd, content.end);
  // "respondents who support Sanders are in college": an object ends where the main clause's verb comes.
  if (relative && cue.kind !== 'speech') {
    for (let m = lowerBound(tokens, content.start) + 1; m < s.tokenEnd && tokens[m]!.start < content.end; m++) {
      if ((tokens[m]!.pos === 'AUX' || tokens[m]!.pos === 'VERB') && /^(NOUN|PROPN)$/.test(tokens[m - 1]!.pos)) {
        content.end = tokens[m - 1]!.end;
        break;
      }
    }
  }
  // ("When the mayor said the plan was dead, the council voted": the opening clause's report ends before the main clause.)
  // ("When even the chair admits that …, it is time to act": adverbs may stand between.)
  if (spk[0] > s.tokenStart && tokenIs(WORDS.openingSubordinators, tokens[s.tokenStart]!) && tokens.slice(s.tokenStart + 1, spk[0]).every((t) => t.pos === 'ADV')) content.end = openingClauseEnd(tokens, cue.last, s.tokenEnd, content.end);
  return make(layer, s, c.inQuote, { content, cue, speaker: spk, head, rule: 'content-after' });
}
