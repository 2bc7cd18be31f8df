// Stage 3, step 2: attributions. Reads each sentence around its reporting cues and finds the
// content (what was said), the speaker mention and the form (direct / indirect / mixed), with the
// orders news uses: "X said (that) C", "C, X said", "C, said X", "“C,” he said, “C2.”",
// "according to X, C", "X said: “C”", ", saying C"; then floating quotations with no cue.
// Works on tokens and parts of speech only; speakers are resolved to entities in speakers.ts.

import type { Quotation, Sentence, StatementForm, TextLayer, Token } from '../types.js';
import { lowerBound, lowerBoundBy } from '../spans.js';
import type { RuleId } from './rules.js';
import { titleHeads } from '../2-mentions/entities/gazetteer.js';
import { BARE_CLAUSE_VERBS, EVIDENTIAL_ADVERBS, INFINITIVE_CUES, LONE_DETERMINERS, OBJECT_CUES, PASSIVE_QUESTIONS, PASSIVE_VIEWS, RAISING_PASSIVES, SAYING_VERBS, RAISING_VERBS, SOURCE_NOUNS, STANCE_VERBS, STANCE_NOUNS, STATIVE_PARTICIPLES, copulaBefore, cueAt, type CueHit } from './cues.js';

/** One attribution, before speaker resolution. Token ranges are [first, last). */
export interface RawAttribution {
  contentStart: number;
  contentEnd: number;
  cue: CueHit | null;
  /** Speaker mention tokens; null when inherited (floating quote, ", saying …") or when there is no source ("seems to"). */
  speaker: [number, number] | null;
  /** Token range of the head noun phrase of the speaker (without appositives), for resolution. */
  speakerHead: [number, number] | null;
  /** Inherit the speaker of the previous attribution. */
  inherit: boolean;
  form: StatementForm;
  /** Sentence indices holding it. */
  firstSentence: number;
  lastSentence: number;
  /** Index of the quotation the cue sits in (nested statement), else -1. */
  inQuote: number;
  /** Id of the rule that read it (see docs/rules.md). */
  rule: RuleId;
}

const AUX_OR_ADV = new Set(['AUX', 'ADV', 'PART']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON']);
const OPEN_MARKS = /^([“"«„‘']|'')$/;
const CLOSE_MARKS = /^([”"»’']|'')$/;
const SUBORDINATORS = /^(when|if|while|although|though|as|because|after|before|since|unless|whereas|following|despite|once|until|whether)$/i;
const WH_WORDS = /^(how|why|what|whether|if|when|where|who)$/i;
/** Prepositions that may sit inside a speaker noun phrase: "a spokeswoman for X", "officials at Y", "a report about Z", "a statement by the two". */
const NP_INNER_ADP = /^(of|for|at|in|to|from|with|on|about|by)$/i;
const END_PUNCT = /^[.!?;:]+$/;
const DASH = /^(--|—|–)$/;

/** Is token k a dash: "--", "—", "–", or a hyphen with spaces on both sides ("the challenger - who … - said")? */
function isDashAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return DASH.test(t.text) || (t.text === '-' && k > 0 && tokens[k - 1]!.end < t.start && (tokens[k + 1]?.start ?? 0) > t.end);
}
const QUANTIFIER = /^(some|many|most|all|none|each|several|both|one|two|three|four|five|few|half|third|quarter|majority|minority|number|any|either|neither|much|part|dozens|hundreds|thousands|millions|members|percent|%)$/i;
/** Finite forms without -ed that start a second verb phrase of the subject ("… and said …"). */
const IRREGULAR_FINITE = /^(said|told|wrote|says|tells|writes|thought|felt|knew|saw|made|took|gave|went|spoke|sought|sent|brought|held)$/i;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'this', 'that', 'one', 'someone', 'everyone', 'nobody', 'some', 'many', 'others', 'both', 'all', 'most']);
const POSSESSIVE = /^(his|her|their|its|our|my|your)$/i;
const NON_SUBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'there']);
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|earlier|later|again|also|previously|repeatedly|publicly|privately|once|often|frequently|twice|then|now|last|this|next|week|month|year|morning|afternoon|evening|night|day|weekend|ago|already|still|even|just|however|too|instead|separately|bluntly|flatly|simply|further|firmly|openly|emphatically|angrily|proudly|quietly|loudly|repeatedly|explicitly|confidently)$/i;

/**
 * Finds the attributions of an article.
 * @param layer - the text layer from stage 1
 * @returns attributions in order of content start; nested ones carry `inQuote`
 */
export function findAttributions(layer: TextLayer): RawAttribution[] {
  const out: RawAttribution[] = [];
  const { tokens, sentences } = layer;
  for (const s of sentences) {
    const claimed: [number, number][] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const cue = cueAt(tokens, i, s.tokenEnd);
      if (!cue) continue;
      if (claimed.some(([a, b]) => cue.first >= a && cue.first < b)) continue;
      const att = readCue(layer, s, cue, out);
      if (att) {
        out.push(att);
        claimed.push([cue.first, cue.last]);
        if (att.speaker) claimed.push(att.speaker);
        i = cue.last - 1;
      }
    }
  }
  addDashAndColonAttributions(layer, out);
  addDocumentSources(layer, out);
  addEvidentialClauses(layer, out);
  addAskedOpeners(layer, out);
  addPossessedStances(layer, out);
  extendOverFollowingQuotes(layer, out);
  addFloatingQuotes(layer, out);
  endBeforeCoordinatedReports(layer, out);
  out.sort((a, b) => a.contentStart - b.contentStart || b.contentEnd - a.contentEnd);
  return dedupe(out);
}

// ------------------------------------------------------------------ one cue

function readCue(layer: TextLayer, s: Sentence, cue: CueHit, prior: RawAttribution[]): RawAttribution | null {
  const { tokens } = layer;
  const inQuote = tokens[cue.first]!.quote;
  if (cue.kind === 'according') return readAccordingTo(layer, s, cue, inQuote);

  const before = tokens[cue.first - 1];
  const beforeLower = before?.text.toLowerCase();
  // Infinitives and modifiers are not reports: "declined to say", "so-called", "the said plan".
  // "continued to insist", "was quick to note", "is likely to say": a verb or adjective of aspect,
  // attempt or likelihood before "to" leaves the report to its subject; "declined to say" does not.
  let subjectEnd = cue.first - 1;
  if (before && cue.first > s.tokenStart) {
    if (beforeLower === 'to') {
      const matrix = matrixBeforeTo(tokens, cue.first - 1, s.tokenStart);
      if (matrix === null) {
        // Any other "to" + cue is a purpose or complement infinitive whose subject is the clause's:
        // "took to the steps of City Hall to assail X", "used the speech to call for Y". Such
        // candidates are read broadly and left to the confidence model, which weighs "to" before
        // the cue; after "declined to", "refused to" nothing was said.
        if (tokens[cue.first - 2] && NEGATIVE_IMPLICATIVE.test(tokens[cue.first - 2]!.lemma)) return null;
        const subj = coordinatedSubject(tokens, cue.first - 1, s.tokenStart);
        if (!subj) return null;
        const content = readContentAfter(layer, s, cue, cue.last, false);
        return content ? make(layer, content, cue, subj, subj, false, s, inQuote, 'infinitive-purpose') : null;
      }
      subjectEnd = matrix - 1;
    }
    if (beforeLower === 'so-' || beforeLower === 'so') return null;
    if (beforeLower === '-' && tokens[cue.first - 2]?.text.toLowerCase() === 'so') return null;
    // ("Some say …", "Many said …": a determiner standing alone as the subject is not a modifier.)
    const standalone = LONE_DETERMINERS.test(beforeLower!) && (cue.first - 1 === s.tokenStart || /^[,;:“"]$/.test(tokens[cue.first - 2]!.text));
    if (before.pos === 'DET' && beforeLower !== 'that' && !floatingQuantifier(tokens, cue.first - 1, s) && !standalone) return null;
  }
  const lower = tokens[cue.first]!.text.toLowerCase();
  // "show up", "call up": a particle "up" makes another verb.
  if (cue.kind !== 'phrase' && /^up$/i.test(tokens[cue.last]?.text ?? '')) return null;
  // "…, saying that C" / "… by saying C" / "…, adding: “C”": the speaker is the subject of the main clause.
  if (/ing$/.test(lower) && (beforeLower === ',' || (cue.first > s.tokenStart && isDashAt(tokens, cue.first - 1)) || (before && CLOSE_MARKS.test(before.text) && before.quote >= 0) || /^(by|after|before|while|when|in|without)$/.test(beforeLower ?? '') || (beforeLower === 'and' && participleBefore(tokens, s, cue.first - 1)))) {
    // "An official, speaking on condition of anonymity, said …": a participle set off inside the
    // subject, before the main verb, reports nothing.
    if (beforeLower === ',' && appositiveParticiple(tokens, cue.last, s.tokenEnd)) return null;
    const content = readContentAfter(layer, s, cue, cue.last, true);
    if (!content) return null;
    // "While commenting on the vote, Lee said …": past the opener's comma is the main clause, not its content.
    if (/^(by|after|before|while|when|in|without)$/.test(beforeLower ?? '') && commaBetween(tokens, cue.last, content.start)) return null;
    const subject = prior.length && prior.at(-1)!.lastSentence === s.index ? null : participleSubject(tokens, s, cue.first);
    // "After saying C, the man asked …": the content ends where the main clause begins.
    if (subject && subject[0] > cue.first && tokens[subject[0] - 1]!.text === ',') content.end = Math.min(content.end, tokens[subject[0] - 2]!.end);
    return make(layer, content, cue, subject, subject, subject === null, s, inQuote, 'participle-adjunct');
  }
  // "…, with 30 percent of voters saying they …": a participle after "with" + a noun phrase
  // reports that noun phrase's words.
  if (/ing$/.test(lower) && SAYING_VERBS.has(cue.lemma) && before && /^(NOUN|PROPN|NUM)$/.test(before.pos)) {
    const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
    // ("the survey with 30 percent of tenants saying": the noun phrase may have swallowed the "with".)
    let w = cue.first - 1;
    while (np && w >= np[0] - 1 && w > s.tokenStart && !/^with$/i.test(tokens[w]!.text)) w--;
    if (np && w >= np[0] - 1 && w + 1 < cue.first && /^with$/i.test(tokens[w]!.text)) {
      const content = readContentAfter(layer, s, cue, cue.last, true);
      const speaker: [number, number] = [w + 1, cue.first];
      return content ? make(layer, content, cue, speaker, speaker, false, s, inQuote, 'participle-with-noun') : null;
    }
  }
  // "emailed volunteers saying: “…”", "opened the meeting saying …": a participle after the
  // object of the main verb reports the words of the main clause's subject.
  if (/ing$/.test(lower) && cue.kind === 'speech' && before && /^(NOUN|PROPN)$/.test(before.pos)) {
    const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
    // "put out a statement saying": a particle may stand between the verb and its object.
    let vAt = np ? np[0] - 1 : -1;
    if (vAt > s.tokenStart && /^(ADP|PART|ADV)$/.test(tokens[vAt]!.pos) && tokens[vAt - 1]!.pos === 'VERB') vAt--;
    const verb = np && vAt >= s.tokenStart ? tokens[vAt]! : null;
    if (np && verb && before.pos === 'NOUN' && verb.pos === 'VERB' && !/ing$/i.test(verb.text) && verb.quote === tokens[cue.first]!.quote) {
      const subject = sentenceSubject(tokens, s);
      const content = subject && subject[1] <= np[0] - 1 ? readContentAfter(layer, s, cue, cue.last, true) : null;
      if (content && subject) return make(layer, content, cue, subject, subject, false, s, inQuote, 'participle-after-object');
    }
  }
  // "Lee sent a series of tweets early Friday saying …": after a day, the participle is the subject's.
  if (/ing$/.test(lower) && cue.kind === 'speech' && before && before.pos === 'PROPN' && MONTH_OR_DAY.test(before.text)) {
    const subject = sentenceSubject(tokens, s);
    const content = subject && subject[1] < cue.first ? readContentAfter(layer, s, cue, cue.last, true) : null;
    return content && subject ? make(layer, content, cue, subject, subject, false, s, inQuote, 'participle-after-day') : null;
  }
  // "a group backing Rubio", "donors supporting her campaign": a stance participle after a noun
  // is that noun phrase's.
  if (/ing$/.test(lower) && STANCE_VERBS.has(cue.lemma) && before && /^(NOUN|PROPN)$/.test(before.pos) && !MONTH_OR_DAY.test(before.text)) {
    const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
    const next = tokens[cue.last];
    if (np && next && /^(DET|PROPN|NOUN|ADJ|PRON|NUM)$/.test(next.pos)) {
      // The object ends at the clause's end, its first comma ("One pastor supporting Cruz, Ana Ruiz,
      // said") or the main clause's verb ("A group backing Lind raised …").
      let stop = cue.last;
      while (stop < s.tokenEnd && tokens[stop]!.text !== ',' && !END_PUNCT.test(tokens[stop]!.text) && !(stop > cue.last && /^(AUX|VERB)$/.test(tokens[stop]!.pos) && /^(NOUN|PROPN)$/.test(tokens[stop - 1]!.pos))) stop++;
      const end = Math.min(clauseEnd(layer, s, cue.last), tokens[stop - 1]!.end);
      return make(layer, { start: next.start, end, form: 'indirect' }, cue, np, np, false, s, inQuote, 'participle-stance-noun');
    }
  }
  // "footage of Trump saying, “…”": a participle after a name reports that name's words.
  if (/ing$/.test(lower) && cue.kind === 'speech' && before && before.pos === 'PROPN') {
    const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
    const content = np ? readContentAfter(layer, s, cue, cue.last, true) : null;
    return content && np ? make(layer, content, cue, np, np, false, s, inQuote, 'participle-after-name') : null;
  }
  // A progressive ("is telling", "isn't saying") is a finite report; other -ing forms are not.
  let auxAt = cue.first - 1;
  while (auxAt > s.tokenStart && tokens[auxAt]!.pos === 'ADV') auxAt--;
  const progressive = /ing$/.test(lower) && /^(is|are|was|were|been|be|'s|’s|'re|’re|am)$/i.test(tokens[auxAt]?.text ?? '')
    || /ing$/.test(lower) && /^(n't|n’t|not|also|still|now)$/i.test(beforeLower ?? '') && /^(is|are|was|were|isn|aren|wasn|ca)$/i.test(tokens[cue.first - 2]?.text ?? '');
  if (/ing$/.test(lower) && !progressive && before && cue.first > s.tokenStart) {
    // Other -ing cues are read broadly and weighed by the confidence model: after a noun phrase, a
    // reduced relative ("ads extolling the mayor's record", "with the mayor calling for a ban") reports that
    // noun phrase's words; after a preposition or verb ("took the step of criticizing X", "avoids
    // discussing Y"), the clause subject's.
    let subj: [number, number] | null = null;
    if (/^(NOUN|PROPN)$/.test(before.pos)) subj = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
    else if (/^(ADP|VERB)$/.test(before.pos) || (before.pos === 'ADV' && cue.first - 2 >= s.tokenStart && /^(NOUN|PROPN)$/.test(tokens[cue.first - 2]!.pos))) subj = coordinatedSubject(tokens, cue.first - 1, s.tokenStart);
    else if (/^(and|but)$/i.test(beforeLower!)) {
      // "said it was a disaster and asking, “…”": the report before the "and" lends its speaker.
      const outer = speechReportHolding(prior, s, inQuote, before);
      subj = outer ? outer.speaker : coordinatedSubject(tokens, cue.first - 1, s.tokenStart);
    }
    if (!subj) return null;
    const content = readContentAfter(layer, s, cue, cue.last, true);
    return content ? make(layer, content, cue, subj, subj, false, s, inQuote, 'participle-broad') : null;
  }
  if ((/ing$/.test(lower) && !progressive) || /^(to|be)$/.test(lower)) return null;

  // "As reported by the Gazette, C": the sentence after the comma is the report.
  if (cue.first === s.tokenStart + 1 && /^as$/i.test(tokens[s.tokenStart]!.text) && tokens[cue.last]?.text.toLowerCase() === 'by') {
    const agent = nounPhraseRight(tokens, cue.last + 1, s.tokenEnd);
    if (agent && tokens[agent[1]]?.text === ',' && agent[1] + 1 < s.tokenEnd - 1) {
      return make(layer, { start: tokens[agent[1] + 1]!.start, end: sentenceEndOffset(layer, s), form: 'indirect' }, cue, agent, agent, false, s, inQuote, 'as-reported-by');
    }
  }
  // Passive with an agent: "it was stated by X". Without an agent it is not attributed.
  const passive = findPassive(tokens, s, cue);
  const baseLemma = cue.lemma.split(' ')[0]!;
  const genericPassive = passive === 'agentless' && !RAISING_PASSIVES.has(cue.lemma) && !PASSIVE_VIEWS.has(baseLemma) && !PASSIVE_QUESTIONS.has(baseLemma);

  // Subject to the left ("X said"), after skipping auxiliaries and adverbs.
  let j = subjectEnd;
  for (;;) {
    // (Day names are left to skipDateBack, which also takes the "on" before them: "Trump on Friday endorsed".)
    while (j >= s.tokenStart && (AUX_OR_ADV.has(tokens[j]!.pos) || (TIME_WORDS.test(tokens[j]!.text) && !MONTH_OR_DAY.test(tokens[j]!.text) && !timeWordIsName(tokens, j, s)) || floatingQuantifier(tokens, j, s) || emphaticReflexive(tokens, j, s) || (/^since$/i.test(tokens[j]!.text) && tokens[j - 1]?.pos === 'AUX')) && tokens[j]!.quote === tokens[cue.first]!.quote && !/^(that|as)$/i.test(tokens[j]!.text) && !loneSubject(tokens, j, s)) j--;
    const d = skipDateBack(tokens, j, s.tokenStart);
    if (d === j) break;
    j = d;
  }
  if (cue.kind === 'adjective') return readAdjectiveCue(layer, s, cue, j, inQuote);
  if (typeof passive === 'number') {
    // Content is the clause before the passive; speaker after "by".
    const agent = nounPhraseRight(tokens, passive, s.tokenEnd);
    if (!agent) return null;
    let be = cue.first - 1;
    while (be > s.tokenStart && tokens[be]!.pos === 'ADV') be--;
    const content: Content = { start: tokens[s.tokenStart]!.start, end: tokens[Math.max(s.tokenStart, be)]!.start, form: 'indirect' };
    const subj = nounPhraseLeft(tokens, j, s.tokenStart);
    if (subj && subj[1] - subj[0] === 1 && /^(it|this|that)$/i.test(tokens[subj[0]]!.text)) {
      // "it was stated by X": the content is what "it" stands for — the preceding clause of the sentence.
      // "it was stated by X": "it" stands for what was said; the clause from "it" holds the report.
      content.start = tokens[subj[0]]!.start;
      content.end = tokens[agent[1] - 1]!.end;
      extendToTrailingAdjunct(tokens, s, agent[1], content);
    }
    return make(layer, content, cue, agent, agent, false, s, inQuote, 'passive-agent');
  }

  // "Smith promised X and said C": the subject of the first verb speaks.
  // "… offered him a job, then said C": "then" after a comma coordinates like "and".
  if (j > s.tokenStart && (/^(and|but)$/i.test(tokens[j]!.text) || (tokens[j]!.text === ',' && /^then$/i.test(tokens[j + 1]?.text ?? '') && j + 1 < cue.first))) {
    // "Rendell said he'd had pneumonia and called it common": a second verb inside the content of
    // the sentence's first speech report is that reporter's own.
    const outer = speechReportHolding(prior, s, inQuote, tokens[j]!);
    const subj = outer ? outer.speaker : coordinatedSubject(tokens, j, s.tokenStart);
    if (!subj) return null;
    const content = readContentAfter(layer, s, cue, cue.last, false);
    return content ? make(layer, content, cue, subj, outer ? outer.speakerHead : subj, false, s, inQuote, 'coordinated-verb') : null;
  }
  const left = j >= s.tokenStart ? speakerLeft(tokens, j, s.tokenStart, inQuote) ?? clauseOpeningSubject(layer, s, j, inQuote) : null;
  // (A relative clause is read like any clause — "voters who want a change", "a group that
  // criticized the plan": PolNeAR attributes both; the confidence model weighs the cue.)
  if (left) {
    const [spk, head, boundary] = left;
    // "The music seemed to match the mood": an appearance has no source, and what appears is the
    // clause with its subject. ("Cruz seemed to blame X" is Cruz's report: "blame" is a cue.)
    if (RAISING_VERBS.has(cue.lemma) || passive === 'agentless') {
      let v = cue.last;
      while (v < s.tokenEnd && tokens[v]!.pos === 'ADV') v++;
      if (tokens[v]?.text.toLowerCase() === 'to' && v + 1 < s.tokenEnd && tokens[v + 1]!.pos !== 'PUNCT' && !cueAt(tokens, v + 1, s.tokenEnd)) {
        let end = clauseEnd(layer, s, v);
        // "The final, which is expected to draw crowds, starts at noon": the relative clause ends at ", starts".
        if (/^(who|which|that)$/i.test(tokens[spk[1] - 1]!.text)) end = relativeClauseEnd(tokens, v, s.tokenEnd, end);
        return make(layer, { start: tokens[spk[0]]!.start, end, form: 'indirect' }, cue, null, null, false, s, inQuote, 'raising-infinitive');
      }
      // "The team appeared paralyzed", "the deal seems unlikely": an appearance with an adjective
      // is no source's either; the clause with its subject is what appears.
      if (RAISING_VERBS.has(cue.lemma) && v < s.tokenEnd && (tokens[v]!.pos === 'ADJ' || (tokens[v]!.pos === 'VERB' && /ed$/i.test(tokens[v]!.text)))) {
        return make(layer, { start: tokens[spk[0]]!.start, end: clauseEnd(layer, s, v), form: 'indirect' }, cue, null, null, false, s, inQuote, 'raising-adjective');
      }
      // "She was asked whether she would run": what was asked, put by no named asker.
      if (passive === 'agentless' && PASSIVE_QUESTIONS.has(baseLemma)) {
        const asked = readContentAfter(layer, s, cue, cue.last, false);
        return asked ? make(layer, asked, cue, null, null, false, s, inQuote, 'passive-question') : null;
      }
      // "The senator is seen as a moderate", "The firm was criticized for its delays": a view held
      // by no named source; the clause with its subject is the view.
      if (passive === 'agentless' && PASSIVE_VIEWS.has(baseLemma) && v < s.tokenEnd && (/^(as|for)$/i.test(tokens[v]!.text) || /^(ADJ|DET|NOUN)$/.test(tokens[v]!.pos))) {
        let end = clauseEnd(layer, s, v);
        if (/^(who|which|that)$/i.test(tokens[spk[1] - 1]!.text)) end = relativeClauseEnd(tokens, v, s.tokenEnd, end);
        return make(layer, { start: tokens[spk[0]]!.start, end, form: 'indirect' }, cue, null, null, false, s, inQuote, 'passive-view');
      }
      // Any other agentless passive of a cue: a clause or quotation after it is what was said
      // ("was asked what happened"); otherwise its subject is what the unnamed source spoke of
      // ("The purchase price was not disclosed"). Broad; the confidence model weighs it.
      if (genericPassive) {
        const after = tokens[v];
        if (after && (/^(that|:)$/i.test(after.text) || WH_WORDS.test(after.text) || (OPEN_MARKS.test(after.text) && after.quote >= 0))) {
          const asked = readContentAfter(layer, s, cue, cue.last, false);
          return asked ? make(layer, asked, cue, null, null, false, s, inQuote, 'passive-generic-content') : null;
        }
        let end = clauseEnd(layer, s, v - 1);
        if (/^(who|which|that)$/i.test(tokens[spk[1] - 1]!.text)) end = relativeClauseEnd(tokens, v, s.tokenEnd, end);
        return make(layer, { start: tokens[spk[0]]!.start, end, form: 'indirect' }, cue, null, null, false, s, inQuote, 'passive-generic-subject');
      }
      if (passive === 'agentless') return null;
    }
    // Content before the speaker: "C, X said." / "“C,” X said, “C2.”" / "C, X said, C2".
    // A relative subject ("Kamin, who emphasized that …") always takes its content after the cue.
    const relative = /^(who|which|whom)$/i.test(tokens[head[1] - 1]!.text);
    // A cue inside the content of an earlier report ("Fowler noted that in 1972, he supported …")
    // is nested in it: its own content comes after it, never before.
    const cueAt0 = tokens[cue.first]!.start;
    let insideEarlier = recentCovers(prior, cueAt0);
    // "The campaign plans to release the records, a spokesman announced.": a speech cue closing the
    // sentence after a comma reports the whole clause before it, when the earlier cue covering it
    // only names a plan, wish or view; that earlier report ends before the comma.
    const closesSentence = (): boolean => {
      const after = afterCueClause(tokens, s, cue.last);
      return after.kind === 'end' && END_PUNCT.test(tokens[after.at]?.text ?? '');
    };
    if (insideEarlier && cue.kind === 'speech' && boundary !== null && boundary > s.tokenStart && tokens[boundary]!.text === ',' && !relative
      && tokens[boundary]!.quote < 0 && closesSentence()) {
      const earlier = prior.filter((a) => a.firstSentence === s.index && a.contentStart <= cueAt0 && cueAt0 < a.contentEnd);
      if (earlier.length && earlier.every((a) => a.cue && a.cue.kind !== 'speech' && a.cue.kind !== 'according')) {
        for (const a of earlier) a.contentEnd = Math.min(a.contentEnd, tokens[boundary - 1]!.end);
        insideEarlier = false;
      }
    }
    // "Hawaii, as one adviser pointed out, rarely gets hurricanes": the report is the whole sentence.
    if (spk[0] >= s.tokenStart + 2 && /^as$/i.test(tokens[spk[0] - 1]!.text) && tokens[spk[0] - 2]!.text === ',' && tokens[cue.last]?.text === ',') {
      return make(layer, { start: quoteAwareSentenceStart(layer, s), end: sentenceEndOffset(layer, s), form: 'indirect' }, cue, spk, head, false, s, inQuote, 'as-aside');
    }
    // "…, Ruiz said: “C”": a colon after the cue announces the content; what came before is narration.
    // So does "that" ("…, under a sky that seemed grey, the mayor warned that …").
    const colonAfter = (tokens[cue.last]?.text === ':' || tokens[cue.last]?.text.toLowerCase() === 'that') && cue.last + 1 < s.tokenEnd;
    // "…, which he said were a threat": the report is the verb phrase after the cue.
    const relPron = spk[0] > s.tokenStart ? tokens[spk[0] - 1]! : null;
    const afterCue = tokens[cue.last];
    if (relPron && /^(who|which|that)$/i.test(relPron.text) && spk[1] - spk[0] <= 3 && afterCue && cue.last < s.tokenEnd && (afterCue.pos === 'AUX' || (afterCue.pos === 'VERB' && !/ing$/i.test(afterCue.text)))) {
      const end = relativeClauseEnd(tokens, cue.last, s.tokenEnd, sentenceEndOffset(layer, s));
      let stop = cue.last;
      while (stop < s.tokenEnd && tokens[stop]!.end <= end && tokens[stop]!.text !== ',' && !END_PUNCT.test(tokens[stop]!.text)) stop++;
      if (stop > cue.last) return make(layer, { start: afterCue.start, end: tokens[stop - 1]!.end, form: 'indirect' }, cue, spk, head, false, s, inQuote, 'relative-which-said');
    }
    // Only reporting verbs take their content before them ("C, Smith said"); "C, Clinton allowed" is narration.
    const contentFirstOk = cue.kind !== 'object';
    // "“C1,” Duarte said. … “C2.” He added, “C3.”": a quotation that closed the previous sentence
    // and already has a speaker is not this cue's content.
    const takenBefore = boundary !== null && boundary < s.tokenStart && tokens[boundary]!.quote >= 0 && recentCovers(prior, layer.quotations[tokens[boundary]!.quote]!.contentStart);
    if (boundary !== null && !relative && !insideEarlier && !colonAfter && contentFirstOk && !takenBefore) {
      const after = afterCueClause(tokens, s, cue.last);
      const content = contentBefore(layer, s, boundary, tokens[spk[0]]!.start);
      // Content first only when what comes before is a clause or a quotation, not an adverbial
      // ("On May 3, at a rally, she said that …") or a subordinate clause ("When X arrived, she said …").
      const subordinate = ((SUBORDINATORS.test(tokens[s.tokenStart]!.text) || participialOpener(tokens, s) || prepositionalOpener(tokens, s.tokenStart, boundary)) && content?.form === 'indirect')
        || (participialOpener(tokens, s) && content?.form === 'mixed');
      // "On the broadcast of “Fox News Sunday,” X said his …": a title in quotes inside an adverbial.
      const quotedAdverbial = content?.form === 'mixed' && !hasFiniteVerb(tokens, s.tokenStart, boundary);
      if (subordinate || quotedAdverbial) {
        const svc = readContentAfter(layer, s, cue, cue.last, false);
        if (svc) return make(layer, svc, cue, spk, head, false, s, inQuote, 'subordinate-opener-content-after');
        // A participial opener, or a temporal clause that holds a report of its own ("After
        // saying C, the man asked …"), is never what was said.
        const openerReport = prior.length > 0 && prior.at(-1)!.firstSentence === s.index && prior.at(-1)!.contentEnd <= tokens[boundary]!.start;
        if (participialOpener(tokens, s) || openerReport) return null;
      }
      // (A cue read earlier in the clause is its verb, even where the tagger saw a noun: "The campaign plans to …".)
      const cueBefore = prior.some((a) => a.firstSentence === s.index && a.cue && a.cue.first >= s.tokenStart && a.cue.first < boundary);
      if (content && content.form === 'indirect' && !hasFiniteVerb(tokens, s.tokenStart, boundary) && !cueBefore) {
        // "Climate change, Mr. Obama often says, is the greatest threat": the report runs through.
        if (after.kind === 'continues' && boundary > s.tokenStart && /^(NOUN|PROPN|PRON|ADJ|NUM|DET|ADV|SYM|X)$/.test(tokens[boundary - 1]!.pos) && !/^(ADP|SCONJ)$/.test(tokens[s.tokenStart]!.pos)) {
          const rest = readContinuation(layer, s, after.at);
          return make(layer, { start: content.start, end: rest.end, form: 'indirect' }, cue, spk, head, false, s, inQuote, 'interrupting-runs-through');
        }
        const svc = readContentAfter(layer, s, cue, cue.last, false);
        if (svc) return make(layer, svc, cue, spk, head, false, s, inQuote, 'verbless-opener-content-after');
        // "People like Scott, he said.": a verbless answer, when the cue closes the sentence and what
        // comes first is neither an adverbial nor a time.
        const closes = cue.kind === 'speech' && after.kind === 'end' && after.at === cue.last && END_PUNCT.test(tokens[after.at]?.text ?? '');
        const adverbial = /^(ADP|SCONJ|ADV)$/.test(tokens[s.tokenStart]!.pos) || tokens.slice(s.tokenStart, boundary).some((t) => MONTH_OR_DAY.test(t.text) || TIME_NOUN.test(t.text.replace(/s$/i, '')));
        return closes && !adverbial && boundary - s.tokenStart >= 2 ? make(layer, content, cue, spk, head, false, s, inQuote, 'verbless-answer') : null;
      }
      const crossSentence = boundary < s.tokenStart;
      const next = tokens[cue.last];
      const bareCue = !next || END_PUNCT.test(next.text) || next.text === ',' || next.pos === 'ADV' || next.pos === 'ADP' || next.text.toLowerCase() === 'to' || TIME_WORDS.test(next.text) || hearerOnly(tokens, s, cue);
      // "Minutes after the vote began, the clerk announced four votes for Ruiz": when the cue has a
      // complement of its own right after it, the clause before the speaker was only an opener.
      if (content && content.form === 'indirect' && !crossSentence) {
        const svc = readContentAfter(layer, s, cue, cue.last, false);
        if (svc && !commaBetween(tokens, cue.last, svc.start)) return make(layer, svc, cue, spk, head, false, s, inQuote, 'opener-then-complement');
      }
      // "It was, he said, one of the bitterest failures": what stands before the speaker cannot end a
      // clause (a copula, an article, a conjunction), so the report runs on past the cue.
      if (content && content.form === 'indirect' && !crossSentence && after.kind === 'end' && tokens[after.at]?.text === ',' && boundary > s.tokenStart
        && (/^(AUX|DET|ADP|CCONJ|SCONJ|PART)$/.test(tokens[boundary - 1]!.pos) || /^(so|then)$/i.test(tokens[boundary - 1]!.text)) && after.at + 1 < s.tokenEnd - 1) {
        return make(layer, { start: content.start, end: sentenceEndOffset(layer, s), form: 'indirect' }, cue, spk, head, false, s, inQuote, 'interrupting-runs-on');
      }
      if (content && after.kind === 'end' && (!crossSentence || bareCue)) return make(layer, content, cue, spk, head, false, s, inQuote, 'content-before');
      // "“C!!!” Lee wrote in a September 16, 2012 email to …": after the previous sentence's quotation,
      // an adjunct that only looks like a clause ("to top officials") is still the cue's.
      if (content && crossSentence && bareCue && after.kind === 'continues' && !(tokens[after.at]!.quote >= 0 && OPEN_MARKS.test(tokens[after.at]!.text))) return make(layer, content, cue, spk, head, false, s, inQuote, 'content-before-cross-sentence');
      // "“C1.” He added, “C2.”": the quotation of the previous sentence is left to the statement before
      // (or read as floating); this cue takes what follows it.
      if (content && after.kind === 'continues' && !crossSentence) {
        // "“C,” she said, and a big reason for it was …": after a quotation, a clause joined by
        // "and"/"but" is narration unless it is quoted too.
        const joined = /^(and|but|still|also|then|yet)$/i.test(tokens[after.at - 1]?.text ?? '');
        if (content.form === 'direct' && joined && !(tokens[after.at]!.quote >= 0 && OPEN_MARKS.test(tokens[after.at]!.text))) return make(layer, content, cue, spk, head, false, s, inQuote, 'content-before-then-narration');
        const rest = readContinuation(layer, s, after.at);
        content.end = Math.max(content.end, rest.end);
        if (rest.quoted !== content.form) content.form = 'mixed';
        return make(layer, content, cue, spk, head, false, s, inQuote, 'content-before-continued');
      }
    }
    // Content after the cue: "X said (that) C", "X said: “C”", "X told Y that C".
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
    return make(layer, content, cue, spk, head, false, s, inQuote, 'content-after');
  }

  // Sentence-initial inversion: "Said Ellis: “C”".
  if (cue.first === s.tokenStart && cue.kind === 'speech') {
    const right = speakerRight(tokens, cue.last, s.tokenEnd);
    const after = right ? tokens[right[1]] : undefined;
    if (right && after && /^[:,]$/.test(after.text)) {
      const content = readContentAfter(layer, s, cue, right[1], true);
      if (content) return make(layer, content, cue, [right[0], right[1]], [right[0], right[1]], false, s, inQuote, 'inverted-opening');
    }
  }
  // Inverted order: "“C,” said X." / "C, said the official."
  const bj = cue.first - 1;
  // Only reporting verbs invert ("…, said Smith"); "…, blasted Clinton" has Clinton as its object,
  // and so has "…, attacked Rubio" though counts made "attack" a speech verb: a verb that also
  // takes its content as object inverts only when it is a verb of saying proper.
  if (cue.kind === 'object' || (OBJECT_CUES.has(cue.lemma) && !SAYING_VERBS.has(cue.lemma))) return null;
  if (bj >= s.tokenStart && (tokens[bj]!.text === ',' || CLOSE_MARKS.test(tokens[bj]!.text) || closesQuotation(layer, tokens[bj]!) || /^[—–-]$/.test(tokens[bj]!.text))) {
    const right = speakerRight(tokens, cue.last, s.tokenEnd);
    if (!right) return null;
    // "…, said the event brought back memories": a noun phrase with a verb after it is the subject
    // of the reported clause, not an inverted speaker.
    const afterNp = tokens[right[1]];
    // ("said the base chief known as Bob": a participle with "as"/"by" still describes the speaker.)
    const describes = afterNp && afterNp.pos === 'VERB' && /(ed|wn)$/i.test(afterNp.text) && /^(as|by)$/i.test(tokens[right[1] + 1]?.text ?? '');
    if (afterNp && right[1] < s.tokenEnd && (afterNp.pos === 'VERB' || afterNp.pos === 'AUX') && !describes) return null;
    const content = contentBefore(layer, s, bj, tokens[cue.first]!.start);
    if (!content) return null;
    const after = afterCueClause(tokens, s, right[2]);
    if (after.kind === 'continues') {
      const rest = readContinuation(layer, s, after.at);
      content.end = Math.max(content.end, rest.end);
    } else if (after.kind === 'other') return null;
    return make(layer, content, cue, [right[0], right[2]], [right[0], right[1]], false, s, inQuote, 'inverted');
  }
  return null;
}

interface Content {
  start: number;
  end: number;
  form: StatementForm;
}

function make(
  layer: TextLayer, c: Content, cue: CueHit | null, speaker: [number, number] | null, head: [number, number] | null,
  inherit: boolean, s: Sentence, inQuote: number, rule: RuleId,
): RawAttribution | null {
  const { text } = layer;
  let { start, end } = c;
  if (inQuote >= 0) {
    // Inside a quotation, only reports of what someone else said are statements of their own:
    // "I think", "you know", "we want" are the quoted speaker's own words.
    if (!cue || cue.kind !== 'speech' && cue.kind !== 'according') return null;
    if (head && head[1] - head[0] === 1 && /^(i|we|you|me|us)$/i.test(layer.tokens[head[0]]!.text)) return null;
    // …and they end where the quotation ends.
    const q = lastPart(layer.quotations, layer.quotations[inQuote]!);
    if (start >= q.contentEnd) return null;
    end = Math.min(end, q.contentEnd);
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && (/[\s,;:.—–]/.test(text[end - 1]!) || text[end - 1] === '-')) end--;
  // A content of one or two words is a name or a fragment, not a report — except the object of a
  // cue that takes one ("the union endorses Clinton").
  const oneName = !!cue && (cue.kind === 'object' || OBJECT_CUES.has(cue.lemma)) && /^(\p{Lu}[\p{L}'’.-]+|him|her|them|it|that|this|\p{L}+ \p{L}+)$/u.test(text.slice(start, end));
  // …or a one-word answer ("the candidate said no").
  const answer = cue?.kind === 'speech' && /^([“"«]|'')?\s*(yes|no)\b[.!,]?\s*([”"»]|'')?$/i.test(text.slice(start, end));
  // …or a quoted word ("“Sandbags,” Ines said").
  const quotedWord = c.form === 'direct' && /^([“"«]|'')\s*\p{L}{3,}/u.test(text.slice(start, end));
  // …or an infinitive of a wish or plan ("they want to lose").
  const infinitive = !!cue && cue.kind !== 'speech' && /^to \p{L}{2,}$/u.test(text.slice(start, end));
  if (!oneName && !answer && !quotedWord && !infinitive && (end - start < 8 || !/\s/.test(text.slice(start, end).trim()))) return null;
  const lastSentence = sentenceAt(layer.sentences, end - 1, s.index);
  const firstSentence = sentenceAt(layer.sentences, start, s.index);
  // Inside a quotation the reporter's marks are not the nested speaker's: the report is indirect.
  const form = inQuote >= 0 ? 'indirect' : c.form === 'indirect' ? formOf(layer, start, end) : c.form;
  return { contentStart: start, contentEnd: end, cue, speaker, speakerHead: head, inherit, form, firstSentence, lastSentence, inQuote, rule };
}

// ------------------------------------------------------------------ "is confident that", "was critical of"

/**
 * An attitude after a copula: the copula's subject holds it ("it" holds nothing: "it is clear
 * that …" is the reporter's). The content is what the adjective takes: a that- or wh-clause, an
 * infinitive, the object of its preposition, or a bare clause ("is sure the plan will pass").
 */
function readAdjectiveCue(layer: TextLayer, s: Sentence, cue: CueHit, j: number, inQuote: number): RawAttribution | null {
  const { tokens } = layer;
  const copula = copulaBefore(tokens, cue.first);
  // ("remains confident": a copula verb wink tags VERB is skipped like an auxiliary.)
  let k = j;
  if (copula >= s.tokenStart && k >= copula) {
    k = copula - 1;
    while (k >= s.tokenStart && AUX_OR_ADV.has(tokens[k]!.pos) && tokens[k]!.quote === tokens[cue.first]!.quote) k--;
  }
  if (k < s.tokenStart) return null;
  const left = speakerLeft(tokens, k, s.tokenStart, inQuote) ?? clauseOpeningSubject(layer, s, k, inQuote);
  if (!left) return null;
  const [spk, head] = left;
  const expletive = spk[1] - spk[0] === 1 && /^(it|this|that|there)$/i.test(tokens[spk[0]]!.text);
  const end = s.tokenEnd;
  const at = cue.last;
  if (at >= end) return null;
  const first = tokens[at]!;
  let content: Content | null = null;
  // ("is unsure if …" asks; "is happy if …" sets a condition.)
  const question = WH_WORDS.test(first.text) && (!/^(when|if)$/i.test(first.text) || (/^if$/i.test(first.text) && /^(un)?(sure|certain|clear)$/.test(cue.lemma)));
  if (/^that$/i.test(first.text) || question) {
    content = { start: first.start, end: extendIntoQuote(layer, s, sentenceEndOffset(layer, s)), form: 'indirect' };
  } else if (cue.lemma.includes(' ') || /^to$/i.test(first.text)) {
    content = looseObject(layer, s, at);
  } else if (/^(PRON|PROPN|DET|NOUN)$/.test(first.pos) && finiteAt(tokens, subjectAndVerb(tokens, at, end)?.[1] ?? end)) {
    content = { start: first.start, end: extendIntoQuote(layer, s, sentenceEndOffset(layer, s)), form: 'indirect' };
  }
  if (!content) return null;
  return make(layer, content, cue, expletive ? null : spk, expletive ? null : head, false, s, inQuote, 'adjective-attitude');
}

// ------------------------------------------------------------------ "according to X"

function readAccordingTo(layer: TextLayer, s: Sentence, cue: CueHit, inQuote: number): RawAttribution | null {
  const { tokens } = layer;
  // The source runs to the next comma: "according to exit polls", "according to a 2014 study by X".
  let np = nounPhraseRight(tokens, cue.last, s.tokenEnd);
  let e = cue.last;
  while (e < s.tokenEnd && e - cue.last < 15 && tokens[e]!.text !== ',' && !END_PUNCT.test(tokens[e]!.text)) e++;
  if (e > cue.last && (!np || np[1] < e)) np = [cue.last, e];
  if (!np) return null;
  const [a, b] = np;
  // "according to him" / "according to the report, …"
  const startsSentence = cue.first === s.tokenStart || (cue.first === s.tokenStart + 1 && /^(but|and|yet|so)$/i.test(tokens[s.tokenStart]!.text));
  let content: Content;
  if (startsSentence) {
    let k = b;
    while (k < s.tokenEnd && tokens[k]!.text !== ',') k++;
    if (k >= s.tokenEnd - 1) return null;
    content = { start: tokens[k + 1]!.start, end: sentenceEndOffset(layer, s), form: 'indirect' };
  } else {
    const prev = tokens[cue.first - 1]!;
    if (prev.text !== ',' && !/^[—–(]$/.test(prev.text)) {
      // "… is rising, according to …" without a comma still attributes the preceding clause.
      if (prev.pos === 'ADP' || prev.pos === 'DET') return null;
    }
    const clauseStart = quoteAwareSentenceStart(layer, s);
    content = { start: clauseStart, end: prev.text === ',' ? prev.start : tokens[cue.first]!.start, form: 'indirect' };
    const conj = tokens[prev.text === ',' ? cue.first - 2 : cue.first - 1];
    if (b < s.tokenEnd && tokens[b]!.text === ',' && b + 2 < s.tokenEnd) {
      // "…, but, according to X, C": a new clause starts after X. ", according to X, C" mid-clause:
      // the content runs on after X.
      if (conj && /^(but|and|yet|while|whereas|so)$/i.test(conj.text)) content.start = tokens[b + 1]!.start;
      content.end = sentenceEndOffset(layer, s);
    }
  }
  return make(layer, content, cue, [a, b], [a, b], false, s, inQuote, 'according-to');
}

// ------------------------------------------------------------------ content

/** Verbs whose first object is the hearer: "told reporters", "assured him that …". */
const TELL_LIKE = /^(tell|inform|assure|remind|warn|advise|notify|brief|promise|ask|urge|convince|persuade|encourage|order|instruct|direct|implore|invite|press|push|beg|call on)$/;

/** Content after the cue: skips adjuncts and an indirect object, takes "that"-clauses, quotations or bare clauses. */
function readContentAfter(layer: TextLayer, s: Sentence, cue: CueHit, from: number, participle: boolean): Content | null {
  const { tokens } = layer;
  let k = from;
  const end = s.tokenEnd;
  // Phrasal particle ("pointed out" is in the lexicon already; "said so" is not a report).
  if (k < end && /^(so)$/i.test(tokens[k]!.text)) return null;
  // Indirect object of tell-like verbs: "told reporters", "told The Post", "told him".
  const tellLike = TELL_LIKE.test(cue.lemma);
  if (tellLike && k < end) {
    const obj = nounPhraseRight(tokens, k, end);
    // "shows Clinton leading by four points": a noun phrase before an -ing verb is that clause's subject, not a hearer.
    // Nor is a subject pronoun ever a hearer: "shows he won".
    let v = obj ? obj[1] : end;
    while (v < end && tokens[v]!.pos === 'ADV') v++;
    const smallClause = (obj && v < end && tokens[v]!.pos === 'VERB' && /ing$/i.test(tokens[v]!.text)) || /^(he|she|they|we|i)$/i.test(tokens[k]!.text)
      || (/^it$/i.test(tokens[k]!.text) && /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? ''));
    if (obj && !smallClause && !/^(that)$/i.test(tokens[k]!.text)) {
      // "warned officials to boost security", "urged Congress to act": the hearer and the act asked for.
      // "told supporters at a rally to vote": a short prepositional phrase may stand between.
      let to = obj[1];
      if (to < end && tokens[to]!.pos === 'ADP' && tokens[to]!.text.toLowerCase() !== 'to') {
        const pp = nounPhraseRight(tokens, to + 1, end);
        if (pp && pp[1] - to <= 7) to = pp[1];
      }
      // ("told Bush to quiet down": "tell" with an infinitive right after the hearer is an order too.)
      if (to < end && tokens[to]!.text.toLowerCase() === 'to' && (cue.lemma !== 'tell' || to > obj[1] || /^[“"]/.test(tokens[to + 1]?.text ?? '') || tokens[to + 1]?.pos === 'VERB')) {
        return { start: tokens[k]!.start, end: clauseEnd(layer, s, to), form: 'indirect' };
      }
      k = obj[1];
    }
  }
  // "said no", "said yes, but …": a one-word answer is what was said.
  // (wink keeps the full stop on a closing "no." — it is not part of the answer.)
  const answer = k < end ? /^(yes|no)\.?$/i.exec(tokens[k]!.text) : null;
  if (answer && (k + 1 >= end || /^[,.;!?]$/.test(tokens[k + 1]!.text))) {
    // "said yes, yes, yes": the repeated answer.
    let last = k;
    const word = answer[1]!.toLowerCase();
    while (last + 2 < end && tokens[last + 1]!.text === ',' && tokens[last + 2]!.text.toLowerCase().replace(/\.$/, '') === word) last += 2;
    const lastAnswer = /^(yes|no)/i.exec(tokens[last]!.text)!;
    return { start: tokens[k]!.start, end: tokens[last]!.start + lastAnswer[1]!.length, form: 'indirect' };
  }
  // Find "that", ":" or a quotation within a short adjunct stretch with no verb.
  const limit = Math.min(end, k + 14);
  let thatAt = -1;
  let quoteAt = -1;
  // A cue that takes an object ("mentioned any of his rivals", "pointed to Cruz's ground game")
  // or an infinitive ("vowed to repeal the amendment") has its content there: a "that" or a
  // quotation further on belongs to a relative clause or to another report.
  const objectCue = OBJECT_CUES.has(cue.lemma) && !BARE_CLAUSE_VERBS.has(cue.lemma);
  for (let m = k; m < limit; m++) {
    const t = tokens[m]!;
    const lower = t.text.toLowerCase();
    if (objectCue && /^(NOUN|PROPN)$/.test(t.pos) && t.quote < 0) break;
    if (m === k && lower === 'to' && INFINITIVE_CUES.has(cue.lemma) && tokens[m + 1]?.pos === 'VERB') break;
    // ("vows not to take calls", "promised never to raise taxes": a negated infinitive.)
    if (m === k && /^(not|never)$/.test(lower) && tokens[m + 1]?.text.toLowerCase() === 'to' && INFINITIVE_CUES.has(cue.lemma)) break;
    if (lower === 'that' && (m === k || tokens[m - 1]!.pos !== 'DET')) {
      thatAt = m;
      break;
    }
    if (OPEN_MARKS.test(t.text) && t.quote >= 0 && layer.quotations[t.quote]!.start === t.start) {
      // "said, “…”", "said: “…”", "told reporters “…”" — not a quotation further on in the clause.
      if (m === k || /^([,:—–]|--)$/.test(tokens[m - 1]!.text)) quoteAt = m;
      // "said on ABC's “This Week” that …": a title inside the adjunct; look on past it.
      else if (/^(PROPN|PART|NOUN)$/.test(tokens[m - 1]!.pos) || /^['’]s$/.test(tokens[m - 1]!.text)) {
        const q = layer.quotations[t.quote]!;
        let after = m;
        while (after < end && tokens[after]!.quote === t.quote) after++;
        if (q.closed && tokens[after]?.text.toLowerCase() === 'that') {
          thatAt = after;
          break;
        }
      }
      break;
    }
    if (t.text === ':' ) {
      if (m + 1 >= end) {
        // "He said:" closing a paragraph, the quotation in the next one.
        const nextTok = tokens[m + 1];
        if (nextTok && nextTok.quote >= 0 && OPEN_MARKS.test(nextTok.text)) quoteAt = m + 1;
      } else {
        const n = tokens[m + 1]!;
        // "He stressed the need for patience: “C,” he said": the quotation has its own speaker, and
        // this cue reports what stands before the colon.
        if (OPEN_MARKS.test(n.text) && n.quote >= 0 && m > k && quotationHasOwnCue(layer, n.quote, end)) return { start: tokens[k]!.start, end: tokens[m - 1]!.end, form: 'indirect' };
        if (OPEN_MARKS.test(n.text) && n.quote >= 0) quoteAt = m + 1;
        else thatAt = m; // "X said: C" without marks
      }
      break;
    }
    if (WH_WORDS.test(t.text) && (m === k || tokens[m - 1]!.pos !== 'VERB') && !/^(who|when|if)$/i.test(t.text) || WH_WORDS.test(t.text) && m === k) {
      thatAt = m;
      break;
    }
    if (t.text === ';' || t.pos === 'SCONJ' || t.pos === 'AUX') break;
    // "expressed doubts about her and made clear that …", "named him several times, that …": a
    // "that" past a coordinated verb or a comma after an object is not this cue's.
    if (m > k && t.quote < 0 && (/^(and|but)$/i.test(t.text) || (t.text === ',' && /^(NOUN|PROPN)$/.test(tokens[m - 1]!.pos)))) break;
    // A verb ends the adjunct stretch when it has a subject ("said he left"), not when it is a noun
    // mis-tagged inside a phrase ("at a campaign stop in Toledo, that …").
    if (t.pos === 'VERB' && (m === k || /^(PRON|PROPN)$/.test(tokens[m - 1]!.pos) || (/(ed|s)$/.test(t.text) && tokens[m - 1]!.pos === 'NOUN'))) break;
  }
  if (thatAt >= 0 && tokens[thatAt]!.text === ':') {
    return { start: tokens[thatAt + 1]!.start, end: sentenceEndOffset(layer, s), form: 'indirect' };
  }
  if (thatAt >= 0) {
    const startOff = tokens[thatAt]!.start;
    return { start: startOff, end: extendIntoQuote(layer, s, sentenceEndOffset(layer, s)), form: 'indirect' };
  }
  if (quoteAt >= 0) {
    const q = layer.quotations[tokens[quoteAt]!.quote]!;
    const last = lastPart(layer.quotations, q);
    return { start: q.start, end: Math.max(last.end, sentenceEndOffsetIfAfter(layer, s, last.end)), form: 'direct' };
  }
  // "wants to raise taxes", "called for new talks", "criticized the plan as reckless".
  if (k < end && (tokens[k]!.text.toLowerCase() === 'to' || (/^(not|never)$/i.test(tokens[k]!.text) && tokens[k + 1]?.text.toLowerCase() === 'to')) && INFINITIVE_CUES.has(cue.lemma)) {
    return { start: tokens[k]!.start, end: clauseEnd(layer, s, k), form: 'indirect' };
  }
  const objectStart = k < end && (/^(DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(tokens[k]!.pos) || (tokens[k]!.pos === 'ADV' && tokens[k + 1]?.text.toLowerCase() === 'of'));
  // "see the campaign as unfair": a view of something, with "as" in the clause.
  const seeAs = cue.lemma === 'see' && objectStart && asInClause(tokens, k, end);
  if ((objectCue && objectStart) || seeAs) {
    if (tokens[k]!.pos === 'PRON' && /^(that|this|which)$/i.test(tokens[k]!.text)) return null;
    return { start: tokens[k]!.start, end: clauseEnd(layer, s, k), form: 'indirect' };
  }
  // Bare clause: only for verbs that take one, and only when a clause plausibly starts here.
  // ("saw the damage": a view needs its "as", which seeAs reads.)
  if (!BARE_CLAUSE_VERBS.has(cue.lemma) && !participle) return cue.lemma === 'see' ? null : looseObject(layer, s, k);
  let b = k;
  // "said Monday that …" skips the day; "said Monday's decision …" does not.
  // ("this" is a time word only before a time: "said this week", not "say this is …".)
  while (b < end && (tokens[b]!.text === ',' || (TIME_WORDS.test(tokens[b]!.text) && !/^['’]s$/.test(tokens[b + 1]?.text ?? '') && !(/^(this|last|next)$/i.test(tokens[b]!.text) && !TIME_NOUN.test(tokens[b + 1]?.text ?? ''))))) b++;
  // "said after the convention he would …": a leading prepositional phrase is an adjunct.
  if (b < end && tokens[b]!.pos === 'ADP' && !/^(of|to)$/i.test(tokens[b]!.text)) {
    const pp = nounPhraseRight(tokens, b + 1, end);
    if (pp && pp[1] - b <= 6 && pp[1] < end && /^(PRON|PROPN|DET|NOUN)$/.test(tokens[pp[1] + (tokens[pp[1]]!.text === ',' ? 1 : 0)]?.pos ?? '')) b = pp[1] + (tokens[pp[1]]!.text === ',' ? 1 : 0);
  }
  if (b >= end - 1) return null;
  const first = tokens[b]!;
  const objectFallback = () =>
    OBJECT_CUES.has(cue.lemma) && (/^(DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[k]!.pos) || POSSESSIVE.test(tokens[k]!.text)) ? { start: tokens[k]!.start, end: clauseEnd(layer, s, k), form: 'indirect' as const } : null;
  // "says going through a dark time has helped him": a gerund clause with a finite verb later.
  const gerundClause = first.pos === 'VERB' && /ing$/i.test(first.text) && hasFiniteVerb(tokens, b + 1, end);
  // "said down-ballot races …": a hyphenated compound may open with a preposition.
  const compound = first.pos === 'ADP' && tokens[b + 1]?.text === '-' && tokens[b + 1]!.start === first.end;
  // "says, win or lose, he is staying", "says despite being an alumna, she plans …": an opener set
  // off by a comma, then a clause with its subject and verb — the report begins with the opener.
  if (!/^(DET|PRON|PROPN|NOUN|ADJ|NUM|ADV)$/.test(first.pos) && !OPEN_MARKS.test(first.text) && BARE_CLAUSE_VERBS.has(cue.lemma) && openerThenClause(tokens, b, end)) {
    return { start: first.start, end: extendIntoQuote(layer, s, sentenceEndOffset(layer, s)), form: 'indirect' };
  }
  // "reported having $1.3 million", "suggests reducing regulations": a gerund object.
  if (first.pos === 'VERB' && /ing$/i.test(first.text) && !gerundClause && b === k) return { start: first.start, end: clauseEnd(layer, s, b), form: 'indirect' };
  // "is looking to smooth over …": a cue ending in "to" has its infinitive's verb next.
  if (first.pos === 'VERB' && b === k && /^to$/i.test(tokens[k - 1]!.text) && k - 1 >= cue.first) return { start: first.start, end: clauseEnd(layer, s, b), form: 'indirect' };
  // "argued against intervention", "campaigned for paid leave": a preposition's object.
  if (b === k && /^(against|for|about|on|over|with)$/i.test(first.text) && !compound) return looseObject(layer, s, k);
  if (!/^(DET|PRON|PROPN|NOUN|ADJ|NUM|ADV|SYM)$/.test(first.pos) && !OPEN_MARKS.test(first.text) && !gerundClause && !compound) return null;
  // "her colleague had …" opens a clause; "her" alone, "him", "them" are objects.
  const lowerFirst = first.text.toLowerCase();
  if (NON_SUBJECT_PRONOUNS.has(lowerFirst) && lowerFirst !== 'it' && lowerFirst !== 'there' && !(lowerFirst === 'her' && /^(NOUN|ADJ|PROPN|NUM|SYM)$/.test(tokens[b + 1]?.pos ?? ''))) return null;
  // A clause needs a verb of its own; without one, a cue that takes objects reports the object.
  let hasVerb = false;
  for (let m = b + 1; m < end && !hasVerb; m++) hasVerb = tokens[m]!.pos === 'VERB' || tokens[m]!.pos === 'AUX';
  if (!hasVerb) return objectFallback();
  // "declared the need for resolve: “C,” she said": a quotation after a colon has its own speaker.
  for (let m = b + 1; m + 1 < end; m++) {
    if (tokens[m]!.text === ':' && tokens[m]!.quote < 0 && OPEN_MARKS.test(tokens[m + 1]!.text)) return { start: first.start, end: tokens[m - 1]!.end, form: 'indirect' };
  }
  return { start: first.start, end: extendIntoQuote(layer, s, sentenceEndOffset(layer, s)), form: 'indirect' };
}

/**
 * The object of a cue that takes no bare clause, read loosely: adverbs, a particle ("ruled out",
 * "backed away from") and one preposition ("spoke briefly about X", "voted in favor of Y") are
 * skipped; an infinitive ("looked to stop X"), a noun phrase or a gerund is the content, up to the
 * clause's end. Candidates read this way are many and mixed; the confidence model sorts them
 * (5-fold CV on PolNeAR train: quote F1 0.738 → 0.745 with this reading alone).
 */
function looseObject(layer: TextLayer, s: Sentence, k: number): Content | null {
  const { tokens } = layer;
  const end = s.tokenEnd;
  let m = k;
  while (m < end && tokens[m]!.pos === 'ADV' && !WH_WORDS.test(tokens[m]!.text)) m++;
  if (m < end && /^(out|off|up|down|back|away|forward|ahead)$/i.test(tokens[m]!.text)) m++;
  if (m + 2 < end && /^in$/i.test(tokens[m]!.text) && /^(favor|favour|support|praise|defense|defence)$/i.test(tokens[m + 1]!.text) && /^of$/i.test(tokens[m + 2]!.text)) m += 3;
  else if (m + 1 < end && /^to$/i.test(tokens[m]!.text) && tokens[m + 1]!.pos === 'VERB') {
    // ("continued to insist", "declined to say": a cue in the infinitive reports for itself.)
    return cueAt(tokens, m + 1, end) ? null : { start: tokens[m]!.start, end: clauseEnd(layer, s, m), form: 'indirect' };
  }
  else if (m < end && /^(about|on|of|for|against|to|with|at|over|into|upon|from)$/i.test(tokens[m]!.text)) m++;
  if (m >= end - 1) return null;
  const t = tokens[m]!;
  const lower = t.text.toLowerCase();
  if (/^(he|she|they|we|i|it|there|that|this|which|who)$/.test(lower)) return null;
  const np = /^(DET|PROPN|NOUN|ADJ|NUM)$/.test(t.pos) || POSSESSIVE.test(lower) || NON_SUBJECT_PRONOUNS.has(lower) || /^(\w+selves|himself|herself|itself|either|neither|both|each|every|any|all)$/.test(lower) || (t.pos === 'VERB' && /ing$/i.test(lower))
    // ("proposed $40 million", "campaigned for paid leave": an amount, a participle before its noun.)
    || (t.pos === 'SYM' && tokens[m + 1]?.pos === 'NUM') || (t.pos === 'VERB' && /ed$/i.test(lower) && tokens[m + 1]?.pos === 'NOUN');
  // ("began a week after …", "spoke this morning": a time is an adjunct, not an object.)
  if (!np || TIME_WORDS.test(t.text) || MONTH_OR_DAY.test(t.text) || (t.pos === 'DET' && TIME_NOUN.test(tokens[m + 1]?.text ?? ''))) return null;
  return { start: t.start, end: clauseEnd(layer, s, m), form: 'indirect' };
}

/** From token b: a short opener without a finite verb, a comma, then a subject and its finite verb ("win or lose, he is …"). */
function openerThenClause(tokens: Token[], b: number, end: number): boolean {
  for (let m = b + 1; m < end && m < b + 14; m++) {
    const t = tokens[m]!;
    if (END_PUNCT.test(t.text) || t.quote >= 0 || (t.pos === 'AUX' && !/ing$/i.test(t.text))) return false;
    if (t.text !== ',') continue;
    const clause = subjectAndVerb(tokens, m + 1, end);
    if (!clause) return false;
    const [np, v] = clause;
    const verb = tokens[v];
    // ("she plans": a verb in -s the tagger read as a noun after a subject pronoun.)
    const pronounSubject = np[1] - np[0] === 1 && /^(he|she|it|they|we|i)$/i.test(tokens[np[0]]!.text);
    return !!verb && (finiteAt(tokens, v) || (pronounSubject && verb.pos === 'NOUN' && /s$/i.test(verb.text)));
  }
  return false;
}

/** The noun phrase starting at k and the index of the word after it, past adverbs (where its verb would be). */
function subjectAndVerb(tokens: Token[], k: number, end: number): [[number, number], number] | null {
  const np = nounPhraseRight(tokens, k, end);
  if (!np) return null;
  let v = np[1];
  while (v < end && tokens[v]!.pos === 'ADV') v++;
  return [np, v];
}

/** Is token v a finite verb: an auxiliary, or a verb not in -ing? */
function finiteAt(tokens: Token[], v: number): boolean {
  const t = tokens[v];
  return !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text)));
}

/** Content before the speaker clause: from the start of the sentence, or of the quotation it closes. */
function contentBefore(layer: TextLayer, s: Sentence, boundaryToken: number, _speakerStart: number): Content | null {
  const { tokens } = layer;
  if (boundaryToken === s.tokenStart) return null;
  const boundary = tokens[boundaryToken]!;
  if (boundaryToken < s.tokenStart) {
    // The quotation closed the previous sentence of the same paragraph.
    const q = boundary.quote >= 0 ? layer.quotations[boundary.quote]! : null;
    if (!q || layer.sentences[boundary.sentence]!.paragraph !== s.paragraph) return null;
    return { start: firstPart(layer.quotations, q).start, end: q.end, form: 'direct' };
  }
  // The boundary token is "," / "—" / a closing mark; a closing mark may be preceded by ",".
  let endOff = boundary.start;
  let closedQuote: Quotation | null = null;
  const prev = tokens[boundaryToken - 1];
  if ((CLOSE_MARKS.test(boundary.text) || closesQuotation(layer, boundary)) && boundary.quote >= 0) closedQuote = layer.quotations[boundary.quote]!;
  else if (prev && CLOSE_MARKS.test(prev.text) && prev.quote >= 0) closedQuote = layer.quotations[prev.quote]!;
  if (closedQuote && closedQuote.end <= boundary.end + 1) {
    const first = firstPart(layer.quotations, closedQuote);
    // "He stressed the need for patience: “C,” he said", "… decline (“C,” Pires wrote)": after
    // a colon or an opening parenthesis, the quotation alone.
    const fi = lowerBound(tokens, first.start);
    if (fi > s.tokenStart && /^[:(]$/.test(tokens[fi - 1]!.text)) return { start: first.start, end: closedQuote.end, form: 'direct' };
    return { start: Math.min(first.start, quoteAwareSentenceStart(layer, s)), end: closedQuote.end, form: first.start <= tokens[s.tokenStart]!.start ? 'direct' : 'mixed' };
  }
  const start = quoteAwareSentenceStart(layer, s);
  if (endOff <= start) return null;
  return { start, end: endOff, form: 'indirect' };
}

/** Is there a comma from token k up to character offset `end`? */
function commaBetween(tokens: Token[], k: number, end: number): boolean {
  for (let m = k; m < tokens.length && tokens[m]!.start < end; m++) if (tokens[m]!.text === ',') return true;
  return false;
}

/** Is there an "as" before the clause ends (a comma, end punctuation or a quotation)? */
function asInClause(tokens: Token[], from: number, end: number): boolean {
  for (let m = from + 1; m < end && m < from + 12; m++) {
    const t = tokens[m]!;
    if (t.text === ',' || END_PUNCT.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.text.toLowerCase() === 'as') return true;
  }
  return false;
}

/** "told reporters." / "told CNN on Sunday.": a tell-like cue whose only object is the hearer. */
function hearerOnly(tokens: Token[], s: Sentence, cue: CueHit): boolean {
  if (!TELL_LIKE.test(cue.lemma)) return false;
  const obj = nounPhraseRight(tokens, cue.last, s.tokenEnd);
  const after = obj ? tokens[obj[1]] : undefined;
  return !!obj && (!after || obj[1] >= s.tokenEnd || END_PUNCT.test(after.text) || after.text === ',' || (after.pos === 'ADP' && !/^(that|to)$/i.test(after.text)));
}

/** What follows "X said" in a content-first sentence: the end (with adjuncts), or more content. */
function afterCueClause(tokens: Token[], s: Sentence, from: number): { kind: 'end' | 'continues' | 'other'; at: number } {
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
      if (/^(and|but)$/i.test(n.text)) {
        let a = k + 2;
        while (a < s.tokenEnd && /^(still|also|then|yet)$/i.test(tokens[a]!.text)) a++;
        const t2 = tokens[a];
        if (t2 && OPEN_MARKS.test(t2.text) && t2.quote >= 0) return { kind: 'continues', at: a };
        if (t2 && /^(DET|PRON|PROPN|NOUN)$/.test(t2.pos) && finiteAhead(tokens, a + 1, s.tokenEnd)) return { kind: 'continues', at: a };
        return { kind: 'end', at: k };
      }
      // ", adding …" / ", who …" / ", as …": still part of the cue clause — unless the -ing word
      // opens a clause of its own ("…, he said, replacing her would be hard").
      if (/ing$/i.test(n.text) && !finiteAhead(tokens, k + 2, s.tokenEnd)) return { kind: 'end', at: k };
      // ", adding that …", ", saying …": a report of its own by the same speaker.
      if (/ing$/i.test(n.text) && cueAt(tokens, k + 1, s.tokenEnd)) return { kind: 'end', at: k };
      if (/^(who|which|as|before|after|while|when|in|on|at|during|according|referring)$/i.test(n.text)) return { kind: 'end', at: k };
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

/** Is there a verb (a finite one unless `any`) before the next comma or the end of the sentence? */
function finiteAhead(tokens: Token[], from: number, end: number, any = false): boolean {
  for (let m = from; m < end && tokens[m]!.text !== ',' && !END_PUNCT.test(tokens[m]!.text); m++) {
    const t = tokens[m]!;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB' && (any || !/ing$/i.test(t.text))) return true;
  }
  return false;
}

/** Content that continues after an interrupting cue: "“C1,” he said, “C2.”" or "C1, he said, C2." */
function readContinuation(layer: TextLayer, s: Sentence, at: number): { end: number; quoted: StatementForm } {
  const t = layer.tokens[at]!;
  if (t.quote >= 0 && OPEN_MARKS.test(t.text)) {
    const last = lastPart(layer.quotations, layer.quotations[t.quote]!);
    return { end: Math.max(last.end, sentenceEndOffsetIfAfter(layer, s, last.end)), quoted: 'direct' };
  }
  return { end: sentenceEndOffset(layer, s), quoted: 'indirect' };
}

/**
 * "“C1,” he said. “C2.”": news continues the same statement in the next quotation of the paragraph,
 * when nothing but the cue clause stands between and the quotation has no attribution of its own.
 */
function extendOverFollowingQuotes(layer: TextLayer, atts: RawAttribution[]): void {
  const { sentences, tokens, quotations } = layer;
  const overlaps = contentIndex(atts);
  for (const a of atts) {
    // Direct reports, and reports whose cue closes them ("C, Schiff said. “C2.”"), run on.
    const cueAfter = a.cue !== null && layer.tokens[a.cue.first]!.start >= a.contentEnd;
    if ((a.form === 'indirect' && !cueAfter) || a.inQuote >= 0) continue;
    for (let guard = 0; guard < 4; guard++) {
      // ("“Why me?” Lopez said. “…”": the cue may close a sentence of its own after the quotation's.)
      const cueEnd = cueAfter ? tokens[a.cue!.last - 1]!.end : 0;
      const s = sentences[cueEnd > a.contentEnd ? Math.max(a.lastSentence, sentenceAt(sentences, cueEnd - 1, a.lastSentence)) : a.lastSentence]!;
      const next = sentences[s.index + 1];
      if (!next || next.paragraph !== s.paragraph) break;
      const firstTok = tokens[next.tokenStart]!;
      if (!(OPEN_MARKS.test(firstTok.text) && firstTok.quote >= 0)) break;
      const q = quotations[firstTok.quote]!;
      if (q.start !== firstTok.start) break;
      // Only the cue clause (with a long appositive, at most) between: "…,” said Ann Lee, a professor at … “…"
      const between = layer.text.slice(a.contentEnd, q.start);
      if (between.length > 260 || /[“"«]/.test(between)) break;
      const last = lastPart(quotations, q);
      // The quotation must belong to no other attribution; words after it in its sentence ("…'' for
      // the rich") are part of the same statement.
      const qSentence = sentences[sentenceAt(sentences, last.end - 1, next.index)]!;
      const qEnd = Math.max(last.end, sentenceEndOffset(layer, qSentence));
      if (qEnd - last.end > 100) break;
      if (overlaps(q.start, qEnd, (o) => o !== a && o.contentStart < qEnd && o.contentEnd > q.start)) break;
      a.contentEnd = qEnd;
      a.lastSentence = qSentence.index;
    }
  }
}

/**
 * Two layouts with punctuation for a cue: a quotation signed with a dash ("“…” ― Jane Doe"), and
 * a paragraph led by a speaker and a colon (headlines "Smith: Talks Have Failed", transcripts
 * "SMITH: We will not …").
 */
function addDashAndColonAttributions(layer: TextLayer, atts: RawAttribution[]): void {
  const { text, tokens, quotations, paragraphs } = layer;
  const tokenAt = (offset: number) => Math.min(tokens.length - 1, lowerBoundBy(tokens, offset + 1, (t) => t.end));
  const overlaps = contentIndex(atts);
  const covered = (start: number, end: number) => overlaps(start, end, (a) => a.contentStart < end && start < a.contentEnd);
  for (const q of quotations) {
    if (!q.closed || q.continues >= 0) continue;
    const m = /^\s*[―—–]\s*([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,4})/u.exec(text.slice(q.end, q.end + 80));
    if (!m || covered(q.start, q.end)) continue;
    const first = firstPart(quotations, q);
    const dash = tokenAt(q.end + m[0].indexOf(m[0].trim()[0]!));
    const nameStart = q.end + m.index + m[0].length - m[1]!.length;
    const s0 = tokenAt(nameStart);
    const s1 = tokenAt(nameStart + m[1]!.length - 1) + 1;
    const s = layer.sentences[tokens[s0]!.sentence]!;
    const cue: CueHit = { first: dash, last: dash + 1, lemma: 'sign', kind: 'speech' };
    const a = make(layer, { start: first.start, end: q.end, form: 'direct' }, cue, [s0, s1], [s0, s1], false, s, -1, 'dash-signed');
    if (a) atts.push(a);
  }
  for (const p of paragraphs) {
    // ("Clinton to Planned Parenthood: …", "Former AG Mukasey at RNC: …": the hearer or venue after
    // "to"/"at" is not the speaker.)
    const m = /^["“]?([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,5})(?:\s+(?:to|at|on|in)(?:\s+[A-Z][\p{L}.'’-]*){1,4})?:\s+(?=\S)/u.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (!m || /^(Note|Editor|Update|Updated|Related|Photo|Source|Watch|Read|Listen|Correction|Clarification|Warning|Disclaimer|Caption|Video|Image|Credit|Q|A)\b/.test(m[1]!)) continue;
    const rest = text.slice(p.start + m[0].length, p.end);
    if (rest.trim().split(/\s+/).length < 3 || covered(p.start + m[0].length, p.end)) continue;
    const nameStart = p.start + m[0].indexOf(m[1]!);
    const s0 = tokenAt(nameStart);
    const s1 = tokenAt(nameStart + m[1]!.length - 1) + 1;
    const colon = tokenAt(p.start + m[0].lastIndexOf(':'));
    // The tagger reads many capitalised names at a paragraph's start as verbs ("Lynch: …"); only a
    // lower-case verb shows a clause.
    if (tokens.slice(s0, s1).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^[A-Z]/.test(t.text))) continue;
    const s = layer.sentences[tokens[s0]!.sentence]!;
    const cue: CueHit = { first: colon, last: colon + 1, lemma: 'say', kind: 'speech' };
    const a = make(layer, { start: p.start + m[0].length, end: p.end, form: 'indirect' }, cue, [s0, s1], [s0, s1], false, s, -1, 'speaker-colon');
    if (a) atts.push(a);
  }
}

/**
 * A sentence with no reporting verb that opens or closes with "in" + a document or count: "In the
 * latest Harbor Institute survey, the mayor leads by four points", "The mayor led 2-1 in a new
 * poll". The poll is the source; the rest of the sentence is what it says.
 */
function addDocumentSources(layer: TextLayer, atts: RawAttribution[]): void {
  const { tokens, sentences } = layer;
  const overlaps = contentIndex(atts);
  // The source phrase: "in" + up to 10 tokens of a noun phrase (no verb but participles) ending in a source noun.
  const sourceAfter = (i: number, end: number): number => {
    let k = i + 1;
    while (k < end && k - i <= 10 && tokens[k]!.text !== ',' && !END_PUNCT.test(tokens[k]!.text)) {
      const t = tokens[k]!;
      if ((t.pos === 'VERB' && !/(ed|ing)$/.test(t.text)) || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ') return -1;
      k++;
    }
    const head = tokens[k - 1]!;
    return k > i + 1 && head.pos === 'NOUN' && SOURCE_NOUNS.has(head.lemma) ? k : -1;
  };
  for (const s of sentences) {
    if (s.tokenEnd - s.tokenStart < 6 || overlaps(s.start, s.end, (a) => a.contentStart < s.end && s.start < a.contentEnd)) continue;
    const first = tokens[s.tokenStart]!;
    const cueOf = (i: number): CueHit => ({ first: i, last: i + 1, lemma: 'in', kind: 'according' });
    if (/^in$/i.test(first.text) && first.quote < 0) {
      const k = sourceAfter(s.tokenStart, s.tokenEnd);
      if (k > 0 && tokens[k]?.text === ',' && hasFiniteVerb(tokens, k + 1, s.tokenEnd)) {
        const a = make(layer, { start: tokens[k + 1]!.start, end: sentenceEndOffset(layer, s), form: 'indirect' }, cueOf(s.tokenStart), [s.tokenStart + 1, k], [s.tokenStart + 1, k], false, s, -1, 'document-source-opening');
        if (a) atts.push(a);
        continue;
      }
    }
    // "…, the mayor led 2-1 in a new poll."
    for (let i = s.tokenEnd - 2; i > s.tokenStart + 2 && i > s.tokenEnd - 13; i--) {
      if (!/^in$/i.test(tokens[i]!.text) || tokens[i]!.quote >= 0) continue;
      const k = sourceAfter(i, s.tokenEnd);
      if (k < 0 || k < s.tokenEnd - 1 || !hasFiniteVerb(tokens, s.tokenStart, i)) continue;
      const a = make(layer, { start: quoteAwareSentenceStart(layer, s), end: tokens[i - 1]!.end, form: 'indirect' }, cueOf(i), [i + 1, k], [i + 1, k], false, s, -1, 'document-source-closing');
      if (a) atts.push(a);
      break;
    }
  }
}

/**
 * "Most tenants said they would renew, while 12 percent said rents were too high": a report whose content runs over a
 * coordinated clause with a report of its own ends before that clause, so the second report is
 * not read as nested in the first.
 */
function endBeforeCoordinatedReports(layer: TextLayer, atts: RawAttribution[]): void {
  const { tokens } = layer;
  // Where each report begins (its speaker or cue), sorted, so each content looks only at those inside it.
  // A coordinated report ("X thanked the crew, then said …") begins at its cue.
  const begins = atts
    .flatMap((b) => {
      const at = b.speaker ? Math.min(b.speaker[0], b.cue?.first ?? b.speaker[0]) : b.cue?.first ?? -1;
      const cueAt = b.cue?.first ?? -1;
      // So does a participle after a comma: "rejected the plan, warning that …".
      const participle = cueAt > 0 && tokens[cueAt - 1]!.text === ',' && b.cue!.kind !== 'according' && /ing$/i.test(tokens[cueAt]!.text);
      if (participle && at === cueAt) return [{ b, at, participle }];
      const coordinated = participle || (cueAt > at + 1 && /^(then|and|but)$/i.test(tokens[cueAt - 1]!.text));
      return coordinated ? [{ b, at, participle: false }, { b, at: cueAt, participle }] : [{ b, at, participle: false }];
    })
    .filter((x) => x.at >= 1 && x.b.inQuote < 0)
    .map((x) => ({ ...x, start: tokens[x.at]!.start }))
    .sort((x, y) => x.start - y.start);
  for (const a of atts) {
    if (a.form === 'direct') continue;
    for (let n = lowerBoundBy(begins, a.contentStart + 1, (x) => x.start); n < begins.length && begins[n]!.start < a.contentEnd; n++) {
      const { b, at, participle } = begins[n]!;
      if (b === a) continue;
      // The clause boundary just before the second report: ", but", ", while", "; ", " — ".
      let k = at - 1;
      // (", while only 49 percent say": a focusing adverb before the second speaker.)
      if (k > 0 && /^(only|just|also|even)$/i.test(tokens[k]!.text) && b.speaker?.[0] === at) k--;
      const conj = k;
      if (/^(but|while|and|whereas|although|though|yet|then)$/i.test(tokens[k]!.text)) k--;
      // "She said she would vote and considers him a racist": a second report of the same speaker
      // coordinated without a comma ends the first one too; so does one with a speaker of its own
      // ("Most said the party ignores them and one in four said it was hostile").
      const sameSpeaker = at === b.cue?.first && !!a.speaker && !!b.speaker && a.speaker[0] === b.speaker[0] && a.speaker[1] === b.speaker[1];
      const ownSpeaker = b.speaker?.[0] === at && b.cue?.kind === 'speech' && b.cue.first > at && !/^(who|which|that)$/i.test(tokens[at]!.text);
      const bare = (sameSpeaker || ownSpeaker) && k === conj - 1 && /^(and|but)$/i.test(tokens[conj]!.text) && tokens[k]!.quote < 0;
      if (!bare && (k < 1 || !(/^[,;]$/.test(tokens[k]!.text) || isDashAt(tokens, k)) || tokens[k]!.quote >= 0)) continue;
      if (tokens[k]!.text === ',' && k === at - 1 && !participle) continue; // ", Y said" alone is an interrupting cue
      const end = bare ? tokens[k]!.end : tokens[k - 1]!.end;
      if (end > a.contentStart + 8) a.contentEnd = Math.min(a.contentEnd, end);
    }
  }
}

/**
 * "Asked whether the plan would pass, Ruiz said …", "When asked about the fire, …": the opener
 * reports a question put by someone the article does not name. Its content is what was asked,
 * up to the comma that ends the opener; the answer is the main clause's own report.
 */
function addAskedOpeners(layer: TextLayer, atts: RawAttribution[]): void {
  const { tokens, sentences } = layer;
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd - 2; i++) {
      const t = tokens[i]!;
      if (t.text.toLowerCase() !== 'asked' || t.quote >= 0) continue;
      // At the sentence's start ("Asked …", "But when asked …") or after "when"/"if"/"after"
      // anywhere ("…, she told CNN when asked which …").
      let o = i - 1;
      const subordinate = o >= s.tokenStart && /^(when|if|after|once)$/i.test(tokens[o]!.text);
      if (subordinate) o--;
      if (o >= s.tokenStart && /^(and|but)$/i.test(tokens[o]!.text) && (o === s.tokenStart || tokens[o - 1]!.text === ',')) o--;
      if (!(o < s.tokenStart || (subordinate && tokens[o]!.quote < 0))) continue;
      let k = i + 1;
      while (k < s.tokenEnd && tokens[k]!.pos === 'ADV' && !WH_WORDS.test(tokens[k]!.text)) k++;
      // "asked at a rally about …", "Asked during a debate why …": a short adjunct may come first.
      // ("during a debate in May why": two prepositional phrases at most.)
      let p = k;
      for (let n = 0; n < 2 && p < s.tokenEnd && tokens[p]!.pos === 'ADP' && !/^(about|to)$/i.test(tokens[p]!.text); n++) {
        const pp = nounPhraseRight(tokens, p + 1, s.tokenEnd);
        if (!pp || pp[1] - k > 8) break;
        p = pp[1];
        if (tokens[p]?.text.toLowerCase() === 'about' || WH_WORDS.test(tokens[p]?.text ?? '')) {
          k = p;
          break;
        }
      }
      const about = tokens[k]?.text.toLowerCase() === 'about';
      if (!about && !WH_WORDS.test(tokens[k]?.text ?? '') && !/^(to|which)$/i.test(tokens[k]?.text ?? '')) continue;
      let comma = -1;
      for (let m = k + 1; m < s.tokenEnd - 1; m++) {
        if (tokens[m]!.text === ',' && (tokens[m]!.quote < 0 || closesQuotation(layer, tokens[m + 1]!) || tokens[m + 1]!.quote < 0)) {
          comma = m;
          break;
        }
      }
      // Mid-sentence, what was asked may run to the sentence's end.
      if (comma < 0 && o < s.tokenStart) continue;
      const from = about ? k + 1 : k;
      const cue: CueHit = { first: i, last: about ? k + 1 : i + 1, lemma: about ? 'ask about' : 'ask', kind: 'speech' };
      const stop = comma >= 0 ? (closesQuotation(layer, tokens[comma + 1]!) ? tokens[comma + 1]!.end : tokens[comma]!.end) : sentenceEndOffset(layer, s);
      const a = make(layer, { start: tokens[from]!.start, end: stop, form: 'indirect' }, cue, null, null, false, s, -1, 'asked-opener');
      if (a) atts.push(a);
    }
  }
}

/**
 * "the mayor's support for the levy", "her criticism of the plan", "their claim that …": a noun of
 * stance or speech with a possessor reports the possessor's view; the content is what the noun
 * takes (a that-clause, an infinitive, or a preposition's object).
 */
function addPossessedStances(layer: TextLayer, atts: RawAttribution[]): void {
  const { tokens, sentences } = layer;
  for (const s of sentences) {
    for (let i = s.tokenStart + 1; i < s.tokenEnd - 2; i++) {
      const t = tokens[i]!;
      if (t.pos !== 'NOUN' || !STANCE_NOUNS.has(t.text.toLowerCase()) || t.quote >= 0) continue;
      // The possessor: "his", "her", "their", or a name with "'s" (an adjective may stand between).
      let p = i - 1;
      if (tokens[p]!.pos === 'ADJ' && p - 1 >= s.tokenStart) p--;
      let speaker: [number, number] | null = null;
      if (/^(his|her|their|its)$/i.test(tokens[p]!.text)) speaker = [p, p + 1];
      else if (/^['’]s?$/.test(tokens[p]!.text) && p - 1 >= s.tokenStart) {
        const np = nounPhraseLeft(tokens, p - 1, s.tokenStart);
        if (np && tokens[np[1] - 1]!.pos === 'PROPN') speaker = [np[0], p];
      }
      if (!speaker) continue;
      const n = tokens[i + 1]!;
      let content: Content | null = null;
      if (/^that$/i.test(n.text) && n.pos === 'SCONJ') content = { start: n.start, end: clauseEnd(layer, s, i + 1), form: 'indirect' };
      else if (/^to$/i.test(n.text) && tokens[i + 2]!.pos === 'VERB') content = { start: n.start, end: clauseEnd(layer, s, i + 1), form: 'indirect' };
      else if (/^(for|of|to|on|against|about|over)$/i.test(n.text)) content = looseObject(layer, s, i + 1);
      if (!content) continue;
      const cue: CueHit = { first: i, last: i + 1, lemma: t.lemma.toLowerCase(), kind: 'phrase' };
      const a = make(layer, content, cue, speaker, speaker, false, s, -1, 'possessed-stance');
      if (a) atts.push(a);
    }
  }
}

/**
 * "The firm has reportedly hired a lobbyist", "Reportedly, the deal is off": the reporter marks
 * the clause as hearsay; it has no source. The clause runs from its subject (or after the
 * sentence-opening adverb's comma) to its end. Clauses inside another report's content are left to it.
 */
function addEvidentialClauses(layer: TextLayer, atts: RawAttribution[]): void {
  const { tokens, sentences } = layer;
  const overlaps = contentIndex(atts);
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.quote >= 0 || !EVIDENTIAL_ADVERBS.has(t.text.toLowerCase())) continue;
      if (overlaps(t.start, t.end, () => true)) continue;
      const cue: CueHit = { first: i, last: i + 1, lemma: t.text.toLowerCase(), kind: 'phrase' };
      let start: number;
      if (i === s.tokenStart && tokens[i + 1]?.text === ',') start = i + 2;
      else {
        let j = i - 1;
        while (j > s.tokenStart && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PART')) j--;
        const np = j >= s.tokenStart ? nounPhraseLeft(tokens, j, s.tokenStart) : null;
        if (!np) continue;
        start = np[0];
      }
      if (start >= s.tokenEnd) continue;
      let end = sentenceEndOffset(layer, s);
      for (let m = i + 1; m < s.tokenEnd; m++) {
        if (tokens[m]!.text === ';' || tokens[m]!.text === '(' || isDashAt(tokens, m)) {
          end = tokens[m - 1]!.end;
          break;
        }
      }
      if (/^(who|which|that)$/i.test(tokens[start]!.text)) end = relativeClauseEnd(tokens, i + 1, s.tokenEnd, end);
      const a = make(layer, { start: tokens[start]!.start, end, form: 'indirect' }, cue, null, null, false, s, -1, 'evidential-adverb');
      if (a) atts.push(a);
    }
  }
}

/** A quoted passage no statement holds: its first quotation and its span over the parts that continue it. */
export interface LoosePassage {
  quote: number;
  start: number;
  end: number;
}

/**
 * Attributions for quoted words that no kept statement holds, inside a sentence ("Reid has gone
 * after Lee as a “human leech who will bleed the country”"): spoken by the subject of the clause
 * they sit in (clauseSubjectBefore), with no cue. Only quotations of four
 * words or more that do not open their sentence: shorter ones are mostly scare quotes or titles,
 * and one opening its sentence has no subject before it. On PolNeAR train 67% of these match an
 * annotated attribution, and the subject is the annotated speaker in half of those.
 */
export function quotedWords(layer: TextLayer, loose: readonly LoosePassage[]): RawAttribution[] {
  const { tokens, sentences, text } = layer;
  const out: RawAttribution[] = [];
  for (const p of loose) {
    const q = layer.quotations[p.quote]!;
    if (text.slice(q.contentStart, p.end).trim().split(/\s+/).length < 4) continue;
    const qi = lowerBound(tokens, q.start);
    const t = tokens[qi];
    if (!t || t.quote !== q.index) continue;
    const s = sentences[t.sentence]!;
    if (qi <= s.tokenStart + 1) continue;
    const subj = clauseSubjectBefore(tokens, s.tokenStart, qi);
    if (!subj) continue;
    const lastSentence = sentenceAt(sentences, p.end - 1, s.index);
    out.push({ contentStart: p.start, contentEnd: p.end, cue: null, speaker: subj, speakerHead: subj, inherit: false, form: 'direct', firstSentence: s.index, lastSentence, inQuote: -1, rule: 'quoted-words' });
  }
  return out;
}

/**
 * The subject of the clause a quotation at `to` sits in: the noun phrase before the nearest verb
 * that has one, scanning back ("When my mother asked, I laughed and said, “…”" → I). Relative
 * pronouns are passed over.
 */
function clauseSubjectBefore(tokens: Token[], from: number, to: number): [number, number] | null {
  for (let i = to - 1; i > from; i--) {
    if (tokens[i]!.pos !== 'VERB' && tokens[i]!.pos !== 'AUX') continue;
    let b = i - 1;
    while (b > from && /^(AUX|ADV|PART)$/.test(tokens[b]!.pos)) b--;
    const t = tokens[b]!;
    if (!/^(NOUN|PROPN|PRON)$/.test(t.pos) || /^(who|which|that|what|it|there)$/i.test(t.text)) continue;
    const np = nounPhraseLeft(tokens, b, from);
    if (np) return np;
  }
  return null;
}

/** A quotation that opens a paragraph or sentence with no cue of its own: spoken by the last speaker. */
function addFloatingQuotes(layer: TextLayer, atts: RawAttribution[]): void {
  const { quotations, paragraphs, text } = layer;
  const overlaps = contentIndex(atts);
  const covered = (q: Quotation) => overlaps(q.contentStart, q.contentEnd, (a) => a.contentStart <= q.contentStart && a.contentEnd >= q.contentEnd - 1);
  // Top-level attributions by content end, for "the last speaker before this quotation".
  const byEnd = atts.filter((a) => a.inQuote < 0).sort((x, y) => x.contentEnd - y.contentEnd);
  for (const q of quotations) {
    if (q.continues >= 0 || covered(q)) continue;
    const para = paragraphs[q.paragraph]!;
    const last = lastPart(quotations, q);
    // The quotation must fill its paragraph (give or take closing punctuation): a paragraph of quoted speech.
    if (q.start !== para.start) continue;
    const lastPara = paragraphs[last.paragraph]!;
    const tail = text.slice(last.end, lastPara.end).trim();
    if (tail.length > 2) continue;
    // Only when someone spoke shortly before.
    const lo = lowerBoundBy(byEnd, q.start + 1, (a) => a.contentEnd);
    const prev = byEnd[lo - 1];
    if (!prev) continue;
    const prevPara = layer.sentences[prev.lastSentence]!.paragraph;
    if (q.paragraph - prevPara > 2) continue;
    const s = layer.sentences[sentenceAt(layer.sentences, q.start, 0)]!;
    const a = make(layer, { start: q.start, end: last.end, form: 'direct' }, null, null, null, true, s, -1, 'floating-quote');
    if (a) {
      atts.push(a);
      byEnd.push(a);
    }
  }
}

// ------------------------------------------------------------------ speakers

/** A speaker span from a noun phrase to `spanEnd`, with the comma before it as the content boundary. */
function subjectSpan(tokens: Token[], np: [number, number], spanEnd: number, floor: number): [[number, number], [number, number], number | null] {
  return [[np[0], spanEnd], np, np[0] - 1 >= floor && tokens[np[0] - 1]!.text === ',' ? np[0] - 1 : null];
}

/**
 * The speaker noun phrase ending at token `j` (left of the cue), with appositives.
 * @returns [span, head, boundary] where boundary is the token before the speaker when it is
 *   a comma, dash or closing mark (content comes first), else null.
 */
function speakerLeft(tokens: Token[], j: number, floor: number, inQuote: number): [[number, number], [number, number], number | null] | null {
  if (tokens[j]!.quote !== inQuote && inQuote < 0) return null;
  // "Cuban-Americans polled said", "the people surveyed say": a participle closing the subject.
  if (tokens[j]!.pos === 'VERB' && /ed$/i.test(tokens[j]!.text) && j - 1 >= floor && /^(NOUN|PROPN)$/.test(tokens[j - 1]!.pos) && /[^s]s$/i.test(tokens[j - 1]!.text)) {
    const np = nounPhraseLeft(tokens, j - 1, floor);
    if (np && (np[0] === floor || /^[,“"(]$/.test(tokens[np[0] - 1]!.text))) return subjectSpan(tokens, np, j + 1, floor);
  }
  // "All the experts I interviewed said": a relative clause without "that" closes the subject.
  if (tokens[j]!.pos === 'VERB' && j - 2 >= floor && /^(i|we|he|she|they|you)$/i.test(tokens[j - 1]!.text) && tokens[j - 2]!.pos === 'NOUN') {
    const np = nounPhraseLeft(tokens, j - 2, floor);
    // "all the experts": a predeterminer belongs to the phrase.
    if (np && np[0] - 1 >= floor && tokens[np[0] - 1]!.pos === 'DET') np[0]--;
    if (np && (np[0] === floor || /^[,“"(]$/.test(tokens[np[0] - 1]!.text))) return subjectSpan(tokens, np, j + 1, floor);
  }
  let head = nounPhraseLeft(tokens, j, floor);
  // "…, his former rival says": a role noun the tagger read as an adjective, after its modifiers.
  // (Not what a skipped date leaves behind: "…, this past week announced".)
  if (!head && tokens[j]!.pos === 'ADJ' && j > floor && (/^(DET|ADJ)$/.test(tokens[j - 1]!.pos) || POSSESSIVE.test(tokens[j - 1]!.text)) && !/^(past|last|next|previous|coming|same|other|first|latest|recent|early|late)$/i.test(tokens[j]!.text)) {
    let a = j;
    while (a - 1 >= floor && (/^(DET|ADJ)$/.test(tokens[a - 1]!.pos) || POSSESSIVE.test(tokens[a - 1]!.text))) a--;
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
      // "On May 3, Smith, a senator, said": a date is not part of the speaker.
      if (tokens.slice(np[0], np[1]).some((t) => MONTH_OR_DAY.test(t.text) || /^(year|week|month|day|morning|night)$/i.test(t.text))) break;
      head = np;
      k = before - 1;
    }
    if (!head) return null;
  }
  if (!head) return null;
  // "Sen. Nora Blake (D-NY), a supporter of the mayor told …": an appositive whose closing
  // comma is missing; the name before it speaks.
  if (head[0] - 2 >= floor && tokens[head[0] - 1]!.text === ',' && /^(a|an|the)$/i.test(tokens[head[0]]!.text) && tokens[head[0]]!.quote === inQuote) {
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
    else if (bt.pos === 'ADP' && !/^(of|by)$/i.test(bt.text)) {
      // "Protesters marching through the streets chanted": the participle's subject speaks.
      const rel = relativeSubject(tokens, b, floor);
      if (rel) return subjectSpan(tokens, rel, spanEnd, floor);
    } else if ((bt.pos === 'ADV' || bt.pos === 'PART') && b > floor && tokens[b - 1]!.pos === 'VERB') {
      // "Tenants trying to win back the courtyard say": a particle ends a participial clause.
      const rel = relativeSubject(tokens, b, floor);
      if (rel) return subjectSpan(tokens, rel, spanEnd, floor);
    } else if (bt.pos !== 'CCONJ' && bt.pos !== 'SCONJ' && bt.pos !== 'ADV' && bt.pos !== 'PUNCT' && !/^(that|as|but|and|so|because|while|when|if|though|although)$/i.test(bt.text)) {
      // "Last week Smith said" is fine (adverbial), but "the plan Smith said" means a relative clause.
      if (bt.pos === 'VERB' || bt.pos === 'AUX' || /^(of|by)$/i.test(bt.text)) {
        // "… were the third time AROS said …": the name alone is the subject.
        let p = head[1] - 1;
        while (p > hs && tokens[p - 1]!.pos === 'PROPN') p--;
        if (p > hs && tokens[p]!.pos === 'PROPN' && tokens[p - 1]!.pos === 'NOUN') return [[p, spanEnd], [p, head[1]], null];
        // "Farmers who want to sell their land said", "Tenants trying to win back the courtyard
        // say": a subject with a relative clause and no commas.
        const rel = relativeSubject(tokens, b, floor);
        if (rel) return subjectSpan(tokens, rel, spanEnd, floor);
        return null;
      }
      if (bt.pos === 'NOUN' && tokens[hs]!.pos === 'PRON' && !/^(who|that|which)$/i.test(tokens[hs]!.text)) return null;
    }
  }
  return [[hs, spanEnd], head, boundary];
}

/**
 * The subject when speakerLeft finds none: everything from the clause's start (the sentence's, or
 * past an "and"/"but" after a finite clause) to the cue, when that stretch has no finite verb — a
 * long subject with participles, appositives or dates the noun phrase rules stop inside ("A poll
 * conducted last week found", "Dana Alvarez, the party treasurer, this past week announced",
 * "An average of 10 percent of registered voters reported").
 */
function clauseOpeningSubject(layer: TextLayer, s: Sentence, j: number, inQuote: number): [[number, number], [number, number], number | null] | null {
  const { tokens } = layer;
  // (A comma may close an appositive: "Ana Ruiz, an economist at Yale, predicted".)
  if (tokens[j]!.pos === 'PUNCT' && !/^[),]$/.test(tokens[j]!.text)) return null;
  // The clause opens at the sentence start, or after a coordinating "and"/"but" that follows a clause.
  // (Only the last "and" before the cue can qualify: if no finite verb precedes it, none precedes an earlier one.)
  let a = s.tokenStart;
  // "…; most said they were worried": a semicolon opens a clause too.
  for (let k = j - 1; k > a; k--) {
    if (tokens[k]!.text === ';' && tokens[k]!.quote === inQuote) {
      a = k + 1;
      break;
    }
  }
  // "By contrast, …", "In 2005, …", "On Tuesday, …": a short verbless opener set off by a comma.
  const opener = verblessOpener(tokens, a, j);
  if (opener !== null) a = opener;
  let and = j - 1;
  while (and > a && !/^(and|but)$/i.test(tokens[and]!.text)) and--;
  if (and > a && hasFiniteVerb(tokens, a, and, true)) a = and + 1;
  if (/^(and|but|so|yet|or)$/i.test(tokens[a]!.text)) a++;
  if (SUBORDINATORS.test(tokens[a]!.text)) a++;
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
    if (t.text === ',' && k > a && k < j && /^(after|before|during|since|despite|in|at|on|when|while|following|amid)$/i.test(tokens[k + 1]!.text)) {
      let c = k + 2;
      while (c < j && tokens[c]!.text !== ',' && !END_PUNCT.test(tokens[c]!.text)) c++;
      if (c <= j && tokens[c]!.text === ',' && c - k <= 14) {
        if (last === j) last = k - 1;
        k = c;
        continue;
      }
    }
    if (k > a && /^(who|whom|whose|which|that)$/i.test(t.text) && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) relative = true;
    if (relative && /^(AUX|VERB|SCONJ)$/.test(t.pos)) continue;
    // ("some analyses suggest": a verb right after a determiner is a noun the tagger misread.)
    if (t.pos === 'VERB' && k > a && tokens[k - 1]!.pos === 'DET') continue;
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.text === ';' || t.text === ':') return null;
    if (t.pos === 'VERB' && !/(ed|en|ing|wn)$/i.test(t.text) && !IRREGULAR_PARTICIPLE.test(t.text)) return null;
    if (t.pos === 'VERB' && k > a && tokens[k - 1]!.pos === 'PRON' && !/(ing)$/i.test(t.text)) return null;
    // ("Most said they believe": a verb before a subject pronoun or "that" is finite.)
    if (t.pos === 'VERB' && /^(he|she|they|we|i|it|that)$/i.test(tokens[k + 1]?.text ?? '')) return null;
  }
  // ("About four in 10 voters", "Nearly half", "most": a count may open with an adverb.)
  const count = /^(about|nearly|almost|roughly|some|over|just|only|around|approximately)$/i.test(tokens[a]!.text) && /^(NUM|DET|ADJ)$/.test(tokens[a + 1]?.pos ?? '');
  if (!/^(DET|PROPN|NOUN|ADJ|NUM|PRON)$/.test(tokens[a]!.pos) && !count && !(LONE_DETERMINERS.test(tokens[a]!.text) || /^most$/i.test(tokens[a]!.text))) return null;
  // ("…, the party chairman, this past week announced": the date's first words, left when the
  // time word was skipped, and the comma before them are not the speaker's.)
  let e = last;
  while (e > a && (/^(DET|ADJ)$/.test(tokens[e]!.pos) || tokens[e]!.text === ',')) e--;
  const head = nounPhraseRight(tokens, a, e + 1) ?? [a, e + 1];
  return [[a, e + 1], head, null];
}

/** Past the comma of a short opener with no verb ("By contrast,", "In a 2005 interview,") at token a, else null. */
function verblessOpener(tokens: Token[], a: number, j: number): number | null {
  if (!/^(ADP|ADV)$/.test(tokens[a]!.pos)) return null;
  for (let k = a + 1; k < j && k < a + 9; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k + 1 < j ? k + 1 : null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.quote >= 0) return null;
  }
  return null;
}

/** Irregular past participles that may close a subject ("the documents found", "the emails seen"). */
const IRREGULAR_PARTICIPLE = /^(known|seen|shown|given|taken|held|made|led|run|set|put|found|kept|left|built|sent|paid|won|lost|hit|cut|read)$/i;

/** End offset of a relative clause's content: before ", VERB" (the main clause resumes), else `end`. */
function relativeClauseEnd(tokens: Token[], from: number, to: number, end: number): number {
  for (let m = from; m + 1 < to && tokens[m]!.start < end; m++) {
    // A comma or a dash closes the clause: "the challenger - who said she would win - said …".
    if ((tokens[m]!.text !== ',' && !isDashAt(tokens, m)) || tokens[m]!.quote >= 0) continue;
    let v = m + 1;
    while (v < to && tokens[v]!.pos === 'ADV') v++;
    if (tokens[v] && (tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX') && !/ing$/i.test(tokens[v]!.text)) return tokens[m - 1]!.end;
  }
  return end;
}

/** Is quotation q followed, within the sentence, by a speaker and a speech cue of its own ("…,” he said)? */
function quotationHasOwnCue(layer: TextLayer, q: number, end: number): boolean {
  const { tokens } = layer;
  let k = lowerBound(tokens, lastPart(layer.quotations, layer.quotations[q]!).end);
  if (tokens[k]?.text === ',') k++;
  for (let m = k; m < end && m < k + 6; m++) {
    const cue = cueAt(tokens, m, end);
    if (cue) return cue.kind === 'speech' && m > k;
    if (END_PUNCT.test(tokens[m]!.text)) return false;
  }
  return false;
}

/** Is this token the mark that closes its quotation (whatever the mark: “It's over,“ he said)? */
function closesQuotation(layer: TextLayer, t: Token): boolean {
  const q = t.quote >= 0 ? layer.quotations[t.quote] : undefined;
  return !!q && q.closed && q.end === t.end;
}

/** Does the clause from `from` close with a comma followed by a finite verb (the main clause's)? */
function appositiveParticiple(tokens: Token[], from: number, end: number): boolean {
  for (let m = from; m + 1 < end && m < from + 25; m++) {
    const t = tokens[m]!;
    if (END_PUNCT.test(t.text) || OPEN_MARKS.test(t.text)) return false;
    if (t.text !== ',') continue;
    let v = m + 1;
    while (v < end && (tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'AUX')) v++;
    const n = tokens[v];
    return !!n && n.pos === 'VERB' && !/ing$/i.test(n.text) && (v > m + 1 || !/^(that|who|which)$/i.test(n.text));
  }
  return false;
}

/** "…, touting X and saying C": an -ing verb after a comma earlier in the clause. */
function participleBefore(tokens: Token[], s: Sentence, and: number): boolean {
  for (let m = and - 1; m > s.tokenStart && m > and - 12; m--) {
    const t = tokens[m]!;
    if (t.pos === 'VERB' && /ing$/i.test(t.text)) return tokens[m - 1]!.text === ',' || (/^(PRON|DET)$/.test(tokens[m - 1]!.pos) && tokens[m - 2]?.text === ',');
    if (END_PUNCT.test(t.text)) return false;
  }
  return false;
}

/**
 * "In a statement released after the vote, Ruiz said …": one prepositional phrase (which may hold
 * a clause of its own) before the speaker's comma sets the scene; it is not what was said.
 */
function prepositionalOpener(tokens: Token[], from: number, boundary: number): boolean {
  const first = tokens[from]!;
  if (first.pos !== 'ADP' || /^(according|like|unlike)$/i.test(first.text)) return false;
  for (let m = from + 1; m < boundary; m++) if (tokens[m]!.text === ',' || tokens[m]!.quote >= 0) return false;
  return true;
}

/**
 * A sentence opening with a participial adjunct: "Asked about the fire, Brown said …", "Speaking
 * at a rally, she said …". It sets the scene; it is not what was said.
 */
function participialOpener(tokens: Token[], s: Sentence): boolean {
  const first = tokens[s.tokenStart]!;
  const second = tokens[s.tokenStart + 1];
  if (first.pos !== 'VERB' || !second) return false;
  if (/ed$/i.test(first.text)) return /^(ADP|SCONJ|PART)$/.test(second.pos) || WH_WORDS.test(second.text);
  return /ing$/i.test(first.text) && second.pos === 'ADP';
}

/** Noun phrase ending at token j, scanning left; null if token j cannot end one. */
function nounPhraseLeft(tokens: Token[], j: number, floor: number): [number, number] | null {
  // "Sen. Ann Lee (D-Ore.) said": the parenthesis belongs to the name before it.
  if (tokens[j]?.text === ')') {
    let m = j - 1;
    while (m >= floor && m > j - 10 && tokens[m]!.text !== '(') m--;
    if (m - 1 >= floor && tokens[m]!.text === '(' && tokens[m - 1]!.pos === 'PROPN') {
      const inner = nounPhraseLeft(tokens, m - 1, floor);
      return inner ? [inner[0], j + 1] : null;
    }
    return null;
  }
  const t = tokens[j];
  if (!t) return null;
  // "many of whom say", "some of which argue": the quantifier and its relative are the subject.
  if (/^(whom|which)$/i.test(t.text) && j - 2 >= floor && tokens[j - 1]!.text.toLowerCase() === 'of' && QUANTIFIER.test(tokens[j - 2]!.text)) {
    return [j - 2, j + 1];
  }
  // "most of them say", "some of us believe": a quantifier of an object pronoun.
  if (t.pos === 'PRON' && /^(them|us|you|these|those)$/i.test(t.text) && j - 2 >= floor && tokens[j - 1]!.text.toLowerCase() === 'of' && QUANTIFIER.test(tokens[j - 2]!.text)) {
    return [j - 2, j + 1];
  }
  if (t.pos === 'PRON' && /^(him|her|them)$/i.test(t.text) && j - 2 >= floor && tokens[j - 1]!.text.toLowerCase() === 'to' && tokens[j - 2]!.text.toLowerCase() === 'close') {
    const np = nounPhraseLeft(tokens, j - 3, floor);
    return np ? [np[0], j + 1] : null;
  }
  // "Some said", "Many say": a determiner standing alone as the subject.
  if (t.pos === 'DET' && LONE_DETERMINERS.test(t.text) && (j === floor || !/^(DET|ADJ)$/.test(tokens[j - 1]!.pos))) return [j, j + 1];
  // "42% say": a percentage.
  if (t.text === '%' && j - 1 >= floor && tokens[j - 1]!.pos === 'NUM') return [j - 1, j + 1];
  if (t.pos === 'PRON') {
    const lower = t.text.toLowerCase();
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
  let k = j;
  let sawAnd = false;
  while (k - 1 >= floor) {
    const p = tokens[k - 1]!;
    if (NP_POS.has(p.pos) && p.pos !== 'PRON') {
      k--;
      // A determiner starts the phrase, unless it follows an inner preposition: "the head of | the
      // ministry", or a quantifier: "some of | the allies".
      if (p.pos === 'DET' && k - 2 >= floor && tokens[k - 1]!.text.toLowerCase() === 'of' && QUANTIFIER.test(tokens[k - 2]!.text)) {
        k -= 2;
        if (k - 1 >= floor && /^(a|an|the)$/i.test(tokens[k - 1]!.text)) k--;
        break;
      }
      if (p.pos === 'DET' && !(k - 2 >= floor && NP_INNER_ADP.test(tokens[k - 1]!.text) && /^(NOUN|PROPN|NUM)$/.test(tokens[k - 2]!.pos))) break;
      continue;
    }
    // "restructuring experts", "elected officials": a participle before a noun modifies it.
    // (Not after a noun or pronoun, where it is the main verb: "the mayor emailed volunteers".)
    if (p.pos === 'VERB' && /(ing|ed)$/.test(p.text) && /^(NOUN|ADJ|PROPN)$/.test(tokens[k]!.pos) && !(k - 2 >= floor && /^(NOUN|PROPN|PRON)$/.test(tokens[k - 2]!.pos))) {
      k--;
      continue;
    }
    // "an inside source", "an outside group": a preposition tagged between article and noun modifies it.
    if (p.pos === 'ADP' && k - 2 >= floor && tokens[k - 2]!.pos === 'DET' && tokens[k]!.pos === 'NOUN') {
      k--;
      continue;
    }
    // "self-described", "Texas-based": a hyphenated modifier.
    if (p.text === '-' && k - 2 >= floor && /^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[k - 2]!.pos) && tokens[k - 2]!.end === p.start && p.end === tokens[k]!.start) {
      k--;
      continue;
    }
    if (p.pos === 'PRON' && POSSESSIVE.test(p.text)) {
      k--;
      // "many of her supporters": the quantifier before the possessive.
      if (k - 2 >= floor && tokens[k - 1]!.text.toLowerCase() === 'of' && QUANTIFIER.test(tokens[k - 2]!.text)) {
        k -= 2;
        if (k - 1 >= floor && /^(a|an|the)$/i.test(tokens[k - 1]!.text)) k--;
      }
      break;
    }
    // A possessive: "Clinton's", "the students'" — a lone apostrophe only right after a word in -s
    // (not a quotation mark: "''It's a setback,'' Ms. Varga said").
    if (/^['’]s$/.test(p.text) || (/^['’]$/.test(p.text) && k - 2 >= floor && /s$/i.test(tokens[k - 2]!.text) && tokens[k - 2]!.end === p.start && p.quote < 0)) {
      k--;
      continue;
    }
    if ((p.text === '.' || p.text === '-' || p.text === '&') && k - 2 >= floor && tokens[k - 2]!.pos === 'PROPN') {
      k--;
      continue;
    }
    if (NP_INNER_ADP.test(p.text) && k - 2 >= floor && /^(NOUN|PROPN|NUM)$/.test(tokens[k - 2]!.pos)) {
      k--;
      continue;
    }
    // "some of the mayor's allies", "a quarter of the tenants", "one of the few co-sponsors".
    if (p.text.toLowerCase() === 'of' && k - 2 >= floor && QUANTIFIER.test(tokens[k - 2]!.text)) {
      k -= 2;
      if (k - 1 >= floor && /^(a|an|the)$/i.test(tokens[k - 1]!.text)) k--;
      break;
    }
    // "a source close to him", "people close to the president".
    if (p.text.toLowerCase() === 'to' && k - 2 >= floor && tokens[k - 2]!.text.toLowerCase() === 'close') {
      k -= 2;
      continue;
    }
    // "Developers and supporters in Congress", "Smith and Jones", "Lee (D-Ore.) and Diaz".
    if (/^(and|&)$/i.test(p.text) && k - 2 >= floor && (/^(NOUN|PROPN)$/.test(tokens[k - 2]!.pos) || tokens[k - 2]!.text === ')') && /^(NOUN|PROPN|DET|ADJ)$/.test(tokens[k]!.pos)) {
      k--;
      sawAnd = true;
      continue;
    }
    // "Lee, Park and Diaz": names listed before the "and".
    if (p.text === ',' && sawAnd && k - 2 >= floor && (tokens[k - 2]!.pos === 'PROPN' || tokens[k - 2]!.text === ')') && tokens[k]!.pos === 'PROPN') {
      k--;
      continue;
    }
    // A parenthesis inside a name: "Sen. Jane Doe (D-Ore.)".
    if (p.text === ')') {
      let m = k - 2;
      while (m >= floor && m > k - 10 && tokens[m]!.text !== '(') m--;
      if (m >= floor && tokens[m]!.text === '(' && m - 1 >= floor && tokens[m - 1]!.pos === 'PROPN') {
        k = m;
        continue;
      }
    }
    break;
  }
  return [k, j + 1];
}

/**
 * The subject before a relative or participial clause that ends at `j`: scanning left within the
 * clause (no punctuation) for "who"/"that" or an -ing/-ed verb right after a noun, whose noun
 * phrase opens the sentence or follows a comma or conjunction.
 */
function relativeSubject(tokens: Token[], j: number, floor: number): [number, number] | null {
  for (let r = j; r > floor && r > j - 20; r--) {
    const t = tokens[r]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return null;
    const participle = /(ing|ed)$/i.test(t.text) || tokens[r + 1]?.text.toLowerCase() === 'by';
    const opener = (t.pos === 'PRON' && /^(who|that)$/i.test(t.text)) || (t.pos === 'VERB' && participle && /^(NOUN|PROPN)$/.test(tokens[r - 1]!.pos));
    if (!opener) continue;
    const np = nounPhraseLeft(tokens, r - 1, floor);
    if (!np || !/^(NOUN|PROPN)$/.test(tokens[np[1] - 1]!.pos)) continue;
    const before = tokens[np[0] - 1];
    if (np[0] === floor || !before || before.text === ',' || before.pos === 'CCONJ' || before.pos === 'ADV' || OPEN_MARKS.test(before.text)) return np;
  }
  return null;
}

function adjAfterDeterminer(tokens: Token[], j: number, floor: number): boolean {
  let m = j - 1;
  while (m >= floor && m > j - 5 && (tokens[m]!.pos === 'ADJ' || (tokens[m]!.pos === 'VERB' && /ed$/.test(tokens[m]!.text)) || tokens[m]!.text === '-' || tokens[m]!.pos === 'NOUN')) m--;
  return m >= floor && m < j && tokens[m]!.pos === 'DET' && !/^(that|this|which|what)$/i.test(tokens[m]!.text);
}

/** A dashed aside that lists or qualifies ("— including A, B and C —", "— co-editor of a book, a study of X —"): no finite verb. */
function listAppositive(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 30) return false;
  const opener = tokens[from]!;
  // A listing participle ("including …"), a quantifier, or a noun phrase ("co-editor of a book, a study of …").
  if (!(opener.pos === 'VERB' && /ing$/i.test(opener.text)) && !/^(such|especially|notably|mostly|many|most|some|all|both|and|or)$/i.test(opener.text) && !/^(NOUN|PROPN|DET|ADJ)$/.test(opener.pos)) return false;
  // Verbs are allowed only inside a relative clause of the aside ("the company that owns X, which is streamed on Y").
  let relative = false;
  for (let m = from + 1; m < to; m++) {
    if (/^(who|that|which|whose|whom)$/i.test(tokens[m]!.text)) relative = true;
    if (tokens[m]!.quote >= 0) return false;
    if (!relative && (tokens[m]!.pos === 'AUX' || (tokens[m]!.pos === 'VERB' && !/(ing|ed)$/i.test(tokens[m]!.text)))) return false;
  }
  return true;
}

/** An apostrophe closing a plural or -s possessive ("Sanders’ campaign"), not a quotation mark. */
function isPossessiveMark(tokens: Token[], m: number): boolean {
  const t = tokens[m]!;
  const prev = tokens[m - 1];
  const next = tokens[m + 1];
  return /^['’]$/.test(t.text) && t.quote < 0 && !!prev && /s$/i.test(prev.text) && prev.end === t.start && !!next && next.start > t.end && /^(NOUN|PROPN|ADJ)$/.test(next.pos);
}

/** Start token of an appositive-like segment ending at k (no finite verb unless after "who"). */
function nounPhraseLeftLoose(tokens: Token[], k: number, floor: number): number | null {
  let m = k;
  let sawWho = false;
  while (m >= floor && tokens[m]!.text !== ',' && !(CLOSE_MARKS.test(tokens[m]!.text) && !isPossessiveMark(tokens, m)) && !OPEN_MARKS.test(tokens[m]!.text)) {
    const t = tokens[m]!;
    if (/^(who|whose|which|that)$/i.test(t.text)) sawWho = true;
    m--;
  }
  const start = m + 1;
  if (start > k) return null;
  // An appositive never opens with a conjunction: ", and the meeting deteriorated, said X".
  if (/^(and|but|or|so|yet)$/i.test(tokens[start]!.text)) return null;
  // A participial appositive may hold verbs of its own: ", speaking on condition of anonymity to discuss the schedule,".
  if (tokens[start]!.pos === 'VERB' && (/(ing|ed)$/i.test(tokens[start]!.text) || tokens[start + 1]?.text.toLowerCase() === 'by')) sawWho = true;
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
    if (d >= start && d < x - 1 && (/^['’]s$/.test(tokens[d]!.text) || tokens[d]!.pos === 'DET' || /^(his|her|its|their|our|my|your)$/i.test(tokens[d]!.text))) return true;
    return x > start && (x === k || /^(NOUN|PROPN)$/.test(tokens[x + 1]!.pos)) && (/^(DET|ADJ|ADV)$/.test(prev.pos) || /^['’]s$/.test(prev.text) || modifierBefore);
  };
  // An irregular participle before "by" ("a letter sent by her lawyer") is not a finite verb either.
  const passiveParticiple = (x: number): boolean => x > start && tokens[x - 1]!.pos === 'NOUN' && tokens[x + 1]?.text.toLowerCase() === 'by';
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

/** Noun phrase starting at k: DET? ADJ* (PROPN|NOUN)+ ("of" NP)? — for "according to X", "said X", "by X". */
function nounPhraseRight(tokens: Token[], k: number, end: number): [number, number] | null {
  let m = k;
  if (m < end && tokens[m]!.pos === 'PRON') {
    const lower = tokens[m]!.text.toLowerCase();
    if (/^(his|her|their|its|our|my)$/.test(lower)) m++;
    else return [m, m + 1];
  }
  const start = k;
  let sawNoun = false;
  while (m < end) {
    const t = tokens[m]!;
    if (t.pos === 'DET' && m === start) { m++; continue; }
    // "the 46-year-old": an age standing for the person (the tokenizer splits it at the hyphens).
    if (t.pos === 'NUM' && tokens[m + 1]?.text === '-' && /^(year|month)s?$/i.test(tokens[m + 2]?.text ?? '') && tokens[m + 3]?.text === '-' && /^old$/i.test(tokens[m + 4]?.text ?? '') && m + 5 <= end) {
      sawNoun = true;
      m += 5;
      continue;
    }
    if (t.pos === 'ADJ' || t.pos === 'NUM') { m++; continue; }
    // "one unaligned Florida strategist": an -ed modifier before the noun.
    if (t.pos === 'VERB' && /ed$/i.test(t.text) && m + 1 < end && /^(NOUN|PROPN|ADJ)$/.test(tokens[m + 1]!.pos) && m > start) { m++; continue; }
    if (t.pos === 'PROPN' || t.pos === 'NOUN') { sawNoun = true; m++; continue; }
    if (/^['’]s$/.test(t.text) && sawNoun) { m++; continue; }
    if ((t.text === '.' || t.text === '-' || t.text === '&') && sawNoun && m + 1 < end && tokens[m + 1]!.pos === 'PROPN') { m++; continue; }
    if (t.text.toLowerCase() === 'of' && sawNoun && m + 1 < end && /^(DET|PROPN|NOUN|ADJ|PRON)$/.test(tokens[m + 1]!.pos)) { m++; continue; }
    break;
  }
  return sawNoun ? [start, m] : null;
}

/** Inverted speaker: "said X" / "said the official, a spokesman for Y". Returns [start, headEnd, spanEnd]. */
function speakerRight(tokens: Token[], k: number, end: number): [number, number, number] | null {
  const np = nounPhraseRight(tokens, k, end);
  if (!np) return null;
  let spanEnd = np[1];
  // Appositive up to the end of the sentence: ", a spokesman for the agency."
  if (spanEnd < end && tokens[spanEnd]!.text === ',') {
    let m = spanEnd + 1;
    while (m < end && !END_PUNCT.test(tokens[m]!.text) && !OPEN_MARKS.test(tokens[m]!.text) && tokens[m]!.text !== ',') m++;
    if (m >= end - 1 || END_PUNCT.test(tokens[m]!.text)) spanEnd = m;
  }
  return [np[0], np[1], spanEnd];
}

/**
 * The sentence's first speech report with its speaker before its cue whose content holds token `t`:
 * a verb coordinated inside that content ("Rendell said he'd had pneumonia and called it common",
 * "said it was a disaster and asking, “…”") is that reporter's own.
 */
function speechReportHolding(prior: RawAttribution[], s: Sentence, inQuote: number, t: Token): RawAttribution | undefined {
  return prior.find((a) => a.firstSentence === s.index && a.speaker && a.cue?.kind === 'speech' && a.inQuote === inQuote
    && a.speaker[1] <= a.cue.first && a.contentStart <= t.start && t.end <= a.contentEnd);
}

/** Verbs before "to" + a cue that say the report was not made: "declined to say", "refused to comment". */
const NEGATIVE_IMPLICATIVE = /^(decline|refuse|fail|neglect|hesitate|forget|avoid)$/i;

/** Verbs and adjectives after which "to" + a cue is still the subject's report: "continued to insist", "quick to note". */
const MATRIX_BEFORE_TO = /^(continue|begin|start|use|try|tend|proceed|rush|pivot|hasten|likely|unlikely|quick|careful|eager|keen|first|correct|right|wrong)$/i;

/**
 * The matrix verb or adjective before the "to" at `to` ("continued to", "was quick to", "went on
 * to"), skipping adverbs; its index, or null when what precedes "to" does not hand on a report.
 */
function matrixBeforeTo(tokens: Token[], to: number, floor: number): number | null {
  let m = to - 1;
  while (m > floor && tokens[m]!.pos === 'ADV' && !/^(likely|unlikely)$/i.test(tokens[m]!.text)) m--;
  if (m < floor) return null;
  const t = tokens[m]!;
  // "went on to say"
  if (/^on$/i.test(t.text) && m - 1 >= floor && tokens[m - 1]!.lemma === 'go') return m - 1;
  // ("used to" is the habit; "was used to" is a passive.)
  if (t.lemma === 'use' && !/^used$/i.test(t.text)) return null;
  const word = t.pos === 'VERB' ? t.lemma : t.text;
  return MATRIX_BEFORE_TO.test(word) && /^(VERB|ADJ|ADV)$/.test(t.pos) ? m : null;
}

/**
 * Subject of the clause before a coordinating "and" at j: the NP before the nearest finite verb.
 * A noun phrase that is an object ("met survivors of the attack and said"), sits in a subordinate
 * clause ("after he clinched the nomination and said", "questions on who Lee would like to see but
 * said") or follows a date ("Grassley on Wednesday downplayed X and said") is passed over for the
 * main clause's subject further left, when that is a name, a role ("the mayor") or a personal pronoun.
 */
function coordinatedSubject(tokens: Token[], j: number, floor: number): [number, number] | null {
  let nearest: [number, number] | null = null;
  for (let v = j - 1; v > floor; v--) {
    const t = tokens[v]!;
    // ("The mayor was quick to praise X after he won and said …": a copula is the main clause's verb too.)
    const copula = t.pos === 'AUX' && nearest !== null && /^(ADJ|DET|ADV)$/.test(tokens[v + 1]?.pos ?? '');
    if ((t.pos !== 'VERB' && !copula) || tokens[v - 1]!.text.toLowerCase() === 'to') continue;
    if (/ing$/i.test(t.text) && tokens[v - 1]!.pos !== 'AUX') continue;
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
    // "stressed her support of the raid that killed him and said …": a restrictive relative
    // clause's verb is not the one coordinated; the main clause's is further left. (", who have
    // marched and called for …" goes on with the relative clause: "who" stays the subject.)
    if (np && np[1] - np[0] === 1 && /^(that|which)$/i.test(tokens[np[0]]!.text)) continue;
    if (np && (/^(PROPN|NOUN|PRON)$/.test(tokens[np[1] - 1]!.pos) || tokens[np[1] - 1]!.text === ')')) {
      if (nearest) return mainSubjectLike(tokens, np) ? np : nearest;
      const prev = np[0] > floor ? tokens[np[0] - 1]! : null;
      // ("rounded out the list of candidates interviewed": a particle after the verb.)
      const particle = prev && /^(ADV|PART)$/.test(prev.pos) && np[0] - 2 >= floor && tokens[np[0] - 2]!.pos === 'VERB';
      const embedded = prev && (particle || /^(VERB|ADP|SCONJ)$/.test(prev.pos) || SUBORDINATORS.test(prev.text) || WH_WORDS.test(prev.text) || /^(that|which|who)$/i.test(prev.text));
      if (!embedded) return np;
      nearest = np;
    }
  }
  return nearest;
}

/** A main clause's subject worth preferring over a nearer one: a name, a role ("the mayor") or a personal pronoun. */
function mainSubjectLike(tokens: Token[], np: [number, number]): boolean {
  const last = tokens[np[1] - 1]!;
  return last.pos === 'PROPN' || last.text === ')' || titleHeads.has(last.text.toLowerCase()) || (np[1] - np[0] === 1 && /^(he|she|they|we|i)$/i.test(last.text));
}

/**
 * Who speaks in a participle report: "After saying C, the nurse …" → the main clause's subject after
 * the comma; "The quarrel began after the developer joined the board, calling …" → the subject of
 * the nearest clause before it; otherwise the sentence's subject.
 */
function participleSubject(tokens: Token[], s: Sentence, cue: number): [number, number] | null {
  const before = tokens[cue - 1];
  if (before && /^(after|before|while|when|in|without|by)$/i.test(before.text) && cue - 1 === s.tokenStart) {
    for (let m = cue + 1; m < s.tokenEnd - 1; m++) {
      if (tokens[m]!.text !== ',' || tokens[m]!.quote >= 0) continue;
      const np = nounPhraseRight(tokens, m + 1, s.tokenEnd);
      if (np && /^(VERB|AUX)$/.test(tokens[np[1]]?.pos ?? '')) return np;
      break;
    }
  }
  if (before?.text === ',' || isDashAt(tokens, cue - 1)) {
    const near = coordinatedSubject(tokens, cue - 1, s.tokenStart);
    if (near && /^(PROPN|NOUN|PRON)$/.test(tokens[near[1] - 1]!.pos) && !/^(it|this|that|which|who|whom)$/i.test(tokens[near[0]]!.text)) return near;
  }
  return sentenceSubject(tokens, s);
}

/** The subject noun phrase of a sentence (for ", saying …"): the first NP before the first verb. */
function sentenceSubject(tokens: Token[], s: Sentence): [number, number] | null {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const np = nounPhraseLeft(tokens, k - 1, s.tokenStart);
      return np;
    }
  }
  return null;
}

const TIME_NOUN = /^(day|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const MONTH_OR_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;

/** "Cruz himself said": an emphatic reflexive after its subject. */
function emphaticReflexive(tokens: Token[], j: number, s: Sentence): boolean {
  return j > s.tokenStart && /^(himself|herself|themselves|itself|myself|ourselves)$/i.test(tokens[j]!.text) && /^(NOUN|PROPN|PRON)$/.test(tokens[j - 1]!.pos);
}

/** "…; most said", "Many say": a quantifier the tagger reads as an adverb, alone at the clause's start, is its subject. */
function loneSubject(tokens: Token[], j: number, s: Sentence): boolean {
  return /^(most|many|some|few|several|others)$/i.test(tokens[j]!.text) && (j === s.tokenStart || /^[;:,“"]$/.test(tokens[j - 1]!.text));
}

/** "They all said", "Lee and Park both said": a quantifier floated after its subject. */

function floatingQuantifier(tokens: Token[], j: number, s: Sentence): boolean {
  return j > s.tokenStart && /^(all|both|each)$/i.test(tokens[j]!.text) && (/^(NOUN|PROPN|PRON)$/.test(tokens[j - 1]!.pos) || tokens[j - 1]!.text === ')');
}

/** A capitalised time noun opening the sentence right before its verb is a surname: "Day said …". */
function timeWordIsName(tokens: Token[], j: number, s: Sentence): boolean {
  const t = tokens[j]!;
  return j === s.tokenStart && /^[A-Z][a-z]/.test(t.text) && /^(NOUN|PROPN)$/.test(t.pos) && /^(day|week|month|year|morning|evening|night|weekend)$/i.test(t.text);
}

/**
 * Skips back over a date between a subject and its cue: "Lavrov on Tuesday, January 31, said",
 * "Smith, on Monday, said". Returns the index before the date group, or j when there is none.
 */
function skipDateBack(tokens: Token[], j: number, floor: number): number {
  let k = j;
  const afterComma = k >= floor && tokens[k]!.text === ',';
  if (afterComma) k--;
  let sawDate = false;
  while (k >= floor && (MONTH_OR_DAY.test(tokens[k]!.text) || tokens[k]!.pos === 'NUM' || (tokens[k]!.text === ',' && sawDate))) {
    if (MONTH_OR_DAY.test(tokens[k]!.text)) sawDate = true;
    k--;
  }
  // "who in 2010 said", "Smith in 2019 wrote": a year after "in", right before the verb.
  if (!sawDate && k < j && k - 1 >= floor && tokens[j]!.text !== ',' && /^(1[89]|20)\d\d$/.test(tokens[k + 1]!.text) && tokens[k]!.text.toLowerCase() === 'in' && /^(PRON|PROPN|NOUN)$/.test(tokens[k - 1]!.pos)) return k - 1;
  if (!sawDate) return j;
  if (k - 1 >= floor && /^(early|late)$/i.test(tokens[k]!.text) && tokens[k - 1]!.pos === 'ADP' && tokens[k - 1]!.text.toLowerCase() !== 'on') {
    // "Lee in late August said" skips it; "a poll released in late August found" keeps it in the subject.
    if (relativeSubject(tokens, k - 2, floor)) return j;
    k -= 2;
  } else if (k >= floor && /^(on|last|this|early|late)$/i.test(tokens[k]!.text)) k--;
  else if (k >= floor && tokens[k]!.text !== ',' && tokens[k]!.pos === 'ADP') return j; // "… since he quit in February, said": the date ends a clause
  // "Smith, on Friday, said" and "Lavrov on Tuesday, January 31, said" skip the date; in "X, in a
  // statement released by the campaign on Thursday, said" it ends an appositive (an open comma
  // before it, then a preposition or article), which the speaker chain reads whole.
  if (afterComma && !(k >= floor && tokens[k]!.text === ',')) {
    let c = k;
    while (c > floor && tokens[c]!.text !== ',') c--;
    const opener = tokens[c + 1];
    if (c > floor && tokens[c]!.text === ',' && opener && (/^(ADP|DET|VERB)$/.test(opener.pos) || /[a-z](ing|ed)$/.test(opener.text) || /^(who|which)$/i.test(opener.text))) return j;
  }
  if (k >= floor && tokens[k]!.text === ',') k--;
  return k;
}

/**
 * Does an attribution found so far hold this offset in its content? They are found sentence by
 * sentence, so only the last few can reach it.
 */
function recentCovers(prior: RawAttribution[], offset: number): boolean {
  for (let k = prior.length - 1, n = 0; k >= 0 && n < 40; k--, n++) {
    const a = prior[k]!;
    if (a.contentStart <= offset && offset < a.contentEnd) return true;
  }
  return false;
}

/** Top-level content spans sorted by start, and a test of overlap with [start, end) in log time. */
function contentIndex(atts: RawAttribution[]): (start: number, end: number, pred: (a: RawAttribution) => boolean) => boolean {
  const sorted = atts.filter((a) => a.inQuote < 0).sort((x, y) => x.contentStart - y.contentStart);
  return (_start, end, pred) => {
    const lo = lowerBoundBy(sorted, end, (a) => a.contentStart);
    // Contents are local: look back over the nearest ones only.
    for (let k = lo - 1, n = 0; k >= 0 && n < 200; k--, n++) if (pred(sorted[k]!)) return true;
    return false;
  };
}

/** A passive cue: "was stated by" → index after "by"; "was said" → 'agentless'; else null. */
function findPassive(tokens: Token[], s: Sentence, cue: CueHit): number | 'agentless' | null {
  // "was first reported by", "were later confirmed by": adverbs may stand between.
  let p = cue.first - 1;
  while (p > s.tokenStart && (tokens[p]!.pos === 'ADV' || /^(not|n't|n’t)$/i.test(tokens[p]!.text))) p--;
  const prev = tokens[p];
  if (!prev || !/^(was|were|is|are|been|be|being|isn|wasn|aren|weren|['’]s|['’]re)$/i.test(prev.text)) return null;
  if (!/ed$|en$|aid$|old$|ote$/.test(tokens[cue.first]!.text)) return null;
  const next = tokens[cue.last];
  if (next && next.text.toLowerCase() === 'by' && cue.last + 1 < s.tokenEnd) return cue.last + 1;
  // "Farmers are worried that …", "Democrats are opposed to …": a participle of a state of mind
  // is an adjective; its subject holds the view.
  if (STATIVE_PARTICIPLES.has(tokens[cue.first]!.text.toLowerCase())) return null;
  return 'agentless';
}

// ------------------------------------------------------------------ offsets

/** End of the clause from token k: the sentence end, or a comma before a participle or relative clause. */
function clauseEnd(layer: TextLayer, s: Sentence, k: number): number {
  const { tokens } = layer;
  for (let m = k + 1; m < s.tokenEnd - 1; m++) {
    const t = tokens[m]!;
    if (t.text === ';') return tokens[m - 1]!.end;
    // "declared the need for strong will: “C,” she said": the quotation has a speaker of its own.
    if (t.text === ':' && t.quote < 0 && OPEN_MARKS.test(tokens[m + 1]?.text ?? '')) return tokens[m - 1]!.end;
    // "bemoaned the delays and said he …": a second verb phrase of the subject is not the object.
    if (/^(and|but)$/i.test(t.text) && t.quote < 0) {
      let v = m + 1;
      while (v < s.tokenEnd && tokens[v]!.pos === 'ADV') v++;
      const n = tokens[v];
      if (n && n.pos === 'VERB' && (/ed$/i.test(n.text) || IRREGULAR_FINITE.test(n.text))) return tokens[m - 1]!.end;
    }
    if (t.text === ',' && t.quote < 0) {
      const n = tokens[m + 1]!;
      if (/ing$/i.test(n.text) && n.pos === 'VERB' || /^(while|as|but|although|though|because|according)$/i.test(n.text)) return tokens[m - 1]!.end;
      // "Since she endorsed Lee this month, Warren has been …": a subject and its verb after the
      // comma start the main clause.
      // (A verb right after a noun may be a noun the tagger misread: "the tax cuts".)
      const clause = n.quote < 0 && !/^(who|whom|whose|which|that)$/i.test(n.text) ? subjectAndVerb(tokens, m + 1, s.tokenEnd) : null;
      if (clause && finiteAt(tokens, clause[1]) && (tokens[clause[1]]!.pos === 'AUX' || !/^(PROPN|NOUN)$/.test(tokens[clause[1] - 1]!.pos))) return tokens[m - 1]!.end;
    }
  }
  return extendIntoQuote(layer, s, sentenceEndOffset(layer, s));
}

/** A finite verb: an auxiliary, or a verb that is not a participle opening the stretch or an infinitive. */
function hasFiniteVerb(tokens: Token[], from: number, to: number, appositiveParticiples = false): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return true;
    if (t.pos !== 'VERB' || k === from) continue;
    if (/ing$/i.test(t.text) || tokens[k - 1]!.text.toLowerCase() === 'to') continue;
    // ("The memo, sent to …": a participle opening an appositive.)
    if (appositiveParticiples && tokens[k - 1]!.text === ',' && (/(ed|en)$/i.test(t.text) || IRREGULAR_PARTICIPLE.test(t.text))) continue;
    return true;
  }
  return false;
}

function sentenceEndOffset(layer: TextLayer, s: Sentence): number {
  const { tokens } = layer;
  let k = s.tokenEnd - 1;
  while (k > s.tokenStart && END_PUNCT.test(tokens[k]!.text)) k--;
  return tokens[k]!.end;
}

function sentenceEndOffsetIfAfter(layer: TextLayer, s: Sentence, off: number): number {
  const e = sentenceEndOffset(layer, s);
  return e > off ? e : off;
}

/** Where the sentence's content starts: its first token, or the start of a quotation it continues. */
function quoteAwareSentenceStart(layer: TextLayer, s: Sentence): number {
  const first = layer.tokens[s.tokenStart]!;
  if (first.quote >= 0) {
    const q = firstPart(layer.quotations, layer.quotations[first.quote]!);
    if (q.start < first.start) return q.start;
  }
  return first.start;
}

/** An indirect content that runs into a quotation which goes on past the sentence ends with it. */
function extendIntoQuote(layer: TextLayer, s: Sentence, end: number): number {
  const lastTok = layer.tokens[s.tokenEnd - 1]!;
  if (lastTok.quote >= 0) {
    const q = lastPart(layer.quotations, layer.quotations[lastTok.quote]!);
    if (q.end > end) return q.end;
  }
  return end;
}

function firstPart(quotations: Quotation[], q: Quotation): Quotation {
  return q.continues >= 0 ? quotations[q.continues]! : q;
}

function lastPart(quotations: Quotation[], q: Quotation): Quotation {
  const root = q.continues >= 0 ? q.continues : q.index;
  let last = q;
  for (let k = q.index + 1; k < quotations.length && quotations[k]!.continues === root; k++) last = quotations[k]!;
  return last;
}

function extendToTrailingAdjunct(tokens: Token[], s: Sentence, from: number, c: Content): void {
  let k = from;
  while (k < s.tokenEnd && !END_PUNCT.test(tokens[k]!.text)) k++;
  if (k > from) c.end = tokens[k - 1]!.end;
}

function sentenceAt(sentences: Sentence[], offset: number, hint: number): number {
  let k = Math.min(Math.max(hint, 0), sentences.length - 1);
  while (k > 0 && sentences[k]!.start > offset) k--;
  while (k + 1 < sentences.length && sentences[k + 1]!.start <= offset) k++;
  return k;
}

/** Direct when the content is one quotation, mixed when it holds one, else indirect. */
function formOf(layer: TextLayer, start: number, end: number): StatementForm {
  for (const q of layer.quotations) {
    if (q.end <= start) continue;
    if (q.start >= end) break;
    if (q.start <= start + 1 && q.end >= end - 1) return 'direct';
    return 'mixed';
  }
  return 'indirect';
}

/**
 * Keeps one attribution per content span and speaker (the first found: it has the nearer cue).
 * The same content with two speakers stays twice: "according to A, it was stated by B".
 */
function dedupe(atts: RawAttribution[]): RawAttribution[] {
  const seen = new Set<string>();
  return atts.filter((a) => {
    const k = `${a.contentStart}:${a.contentEnd}:${a.inQuote}:${a.speaker?.join('-') ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
