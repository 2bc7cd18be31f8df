// Cue rules for passives and appearances: "As reported by X, C", "it was stated by X" (the agent
// speaks), and the readings with no named source — "X seemed to …", "X appeared divided", "X was
// asked whether …", "X is seen as …", any other agentless passive of a cue.

import type { Token } from '../../types.js';
import { RAISING_VERBS, SAYING_VERBS, cueAt } from '../cues.js';
import { DISCOVERY_PASSIVES, PASSIVE_QUESTIONS, PASSIVE_VIEWS, RAISING_PASSIVES, SUMMONS_PASSIVES } from '../passive-cues.js';
import { pastTime, readContentAfter } from './content-after.js';
import type { CueContext } from './cue-context.js';
import { make, type Content, type RawAttribution } from './make.js';
import { clauseEnd, relativeClauseEnd } from '../grammar/clauses.js';
import { nounPhraseLeft, nounPhraseRight } from '../grammar/noun-phrases.js';
import { extendToTrailingAdjunct, sentenceEndOffset } from '../grammar/quotes.js';
import { OPEN_MARKS, TIME_NOUN, TIME_WORDS, WH_WORDS, isMonthOrDay } from '../grammar/words.js';
import { WORDS, isWord, tokenIs } from '../grammar/lexicon.js';

type Result = RawAttribution | null | undefined;
type Subject = [[number, number], [number, number], number | null];

/** "As reported by the Gazette, C": the sentence after the comma is the report. */
export function asReportedBy(c: CueContext): Result {
  const { tokens, s, cue, layer } = c;
  if (!(cue.first === s.tokenStart + 1 && tokenIs(WORDS.as, tokens[s.tokenStart]!) && tokens[cue.last]?.lower === 'by')) return undefined;
  const agent = nounPhraseRight(tokens, cue.last + 1, s.tokenEnd);
  if (!(agent && tokens[agent[1]]?.text === ',' && agent[1] + 1 < s.tokenEnd - 1)) return undefined;
  return make(layer, s, c.inQuote, { content: { start: tokens[agent[1] + 1]!.start, end: sentenceEndOffset(layer, s), form: 'indirect' }, cue, speaker: agent, rule: 'as-reported-by' });
}

/** Passive with an agent: "it was stated by X"; the content is the clause before the passive (or from "it"). */
export function passiveAgent(c: CueContext): Result {
  const { tokens, s, cue, layer } = c;
  const passive = c.passive();
  if (typeof passive !== 'number') return undefined;
  const agent = nounPhraseRight(tokens, passive, s.tokenEnd);
  if (!agent) return null;
  // ("were expected by the end of the month", "is due by Friday": "by" and a time is a deadline, no agent.)
  if (timeAgent(tokens, agent)) return undefined;
  // ("His lawyers had been told by an official last week that …": the agent of a verb of telling told the that-clause after it.)
  const after = pastTime(tokens, agent[1], s.tokenEnd);
  if (WORDS.tellLikeVerbs.has(cue.lemma) && after < s.tokenEnd && tokenIs(WORDS.that, tokens[after]!)) {
    const told = readContentAfter(layer, s, cue, after, false);
    // (A time the noun phrase took in is the telling's: "an official | last week".)
    let ae = agent[1];
    while (ae - 1 > agent[0] && (tokenIs(TIME_WORDS, tokens[ae - 1]!) || TIME_NOUN.has(tokens[ae - 1]!.lower))) ae--;
    return told ? make(layer, s, c.inQuote, { content: told, cue, speaker: [agent[0], ae], rule: 'passive-agent' }) : null;
  }
  let be = cue.first - 1;
  while (be > s.tokenStart && tokens[be]!.pos === 'ADV') be--;
  // ("The surgeon has been called a charlatan by peers": with a complement before "by", what was said runs through it.)
  const end = passive - 1 > cue.last ? tokens[passive - 2]!.end : tokens[Math.max(s.tokenStart, be)]!.start;
  const content: Content = { start: tokens[s.tokenStart]!.start, end, form: 'indirect' };
  const subj = nounPhraseLeft(tokens, c.subjectEnd(), s.tokenStart);
  if (subj && subj[1] - subj[0] === 1 && isWord(WORDS.itThatThis, tokens[subj[0]]!.text)) {
    // "it was stated by X": "it" stands for what was said; the clause from "it" holds the report.
    content.start = tokens[subj[0]]!.start;
    content.end = tokens[agent[1] - 1]!.end;
    extendToTrailingAdjunct(tokens, s, agent[1], content);
  } else {
    // "…, before reading a poem she said was written by a poet": a verb of saying right before the
    // passive makes its subject a noun phrase ("a poem"), not the clause before it.
    const prev = tokens[be - 1];
    if (prev && prev.quote < 0 && prev.pos === 'VERB' && SAYING_VERBS.has(prev.lemma)) return null;
    // ("The officer told the committee the update had been written by a vendor": a passive inside
    // what an earlier verb of saying reports is part of that report; its agent said nothing.)
    if (sayingVerbBefore(tokens, s.tokenStart, be)) return null;
  }
  return make(layer, s, c.inQuote, { content, cue, speaker: agent, rule: 'passive-agent' });
}

/** Does a verb of saying outside quotation marks stand between tokens `from` and `to`? */
function sayingVerbBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.quote < 0 && tokens[k]!.pos === 'VERB' && SAYING_VERBS.has(tokens[k]!.lemma)) return true;
  return false;
}

/** Is the noun phrase after "by" a point in time: a weekday, a month, a year, "the end of …", "midnight"? */
function timeAgent(tokens: Token[], agent: [number, number]): boolean {
  let k = agent[0];
  if (tokenIs(WORDS.articles, tokens[k]!) && k + 1 < agent[1]) k++;
  const t = tokens[k]!;
  return isMonthOrDay(t.text) || TIME_NOUN.has(t.lower) || tokenIs(WORDS.periodBoundaryNouns, t) || (t.pos === 'NUM' && /^\d{4}$/.test(t.text));
}

/** The clause from the subject to `end`, cut at the end of a relative clause when the subject ends in "who/which/that". */
function subjectClause(c: CueContext, spk: [number, number], v: number, end: number): Content {
  const { tokens, s } = c;
  if (isWord(WORDS.relativePronouns, tokens[spk[1] - 1]!.text)) end = relativeClauseEnd(tokens, v, s.tokenEnd, end);
  return { start: tokens[spk[0]]!.start, end, form: 'indirect' };
}

/**
 * "The bill was rejected | after talks broke down when leaders insisted that …": an agentless
 * passive's subject and verb end before an adverbial clause or phrase (grammar.json
 * adverbialOpeners), which says when or why and may hold reports of its own.
 */
function beforeAdverbial(tokens: Token[], v: number, end: number): number {
  for (let m = v; m < tokens.length && tokens[m]!.end <= end; m++) {
    // ("had been told just before the vote that …", "unclear exactly when": an adverb binds the word to what follows.)
    if (tokens[m]!.quote < 0 && tokenIs(WORDS.adverbialOpeners, tokens[m]!) && tokens[m - 1]!.pos !== 'ADV') return Math.min(end, tokens[m - 1]!.end);
  }
  return end;
}

/** Tags of a word after "to" that make "to" a preposition: "called to the scene", "called to him", "called to Leeds". */
const NO_INFINITIVE_AFTER_TO: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

/** Does an earlier report of the sentence hold the cue in its content, which starts after the subject read for it begins? */
function subjectCrossesContent(c: CueContext, spk: [number, number]): boolean {
  const at = c.tokens[c.cue.first]!.start;
  const from = c.tokens[spk[0]]!.start;
  for (let k = c.prior.length - 1, n = 0; k >= 0 && n < 40; k--, n++) {
    const a = c.prior[k]!;
    if (a.contentStart <= at && at < a.contentEnd && from < a.contentStart && a.contentStart >= c.tokens[c.s.tokenStart]!.start) return true;
  }
  return false;
}

/**
 * An appearance or an agentless passive, with its subject found: read with no source. Returns
 * undefined for any other cue (an agentful report is read by the subject-first rules).
 */
export function appearance(c: CueContext, left: Subject): Result {
  const { tokens, s, cue, layer } = c;
  const passive = c.passive();
  if (!(RAISING_VERBS.has(cue.lemma) || passive === 'agentless')) return undefined;
  const [spk] = left;
  const baseLemma = cue.lemma.split(' ')[0]!;
  const genericPassive = passive === 'agentless' && !RAISING_PASSIVES.has(cue.lemma) && !PASSIVE_VIEWS.has(baseLemma) && !PASSIVE_QUESTIONS.has(baseLemma);
  const noSource = (content: Content, rule: 'raising-infinitive' | 'raising-adjective' | 'passive-view' | 'passive-generic-subject') => make(layer, s, c.inQuote, { content, cue, speaker: null, rule });
  let v = cue.last;
  while (v < s.tokenEnd && tokens[v]!.pos === 'ADV') v++;
  // "The music seemed to match the mood": what appears is the clause with its subject. ("Cruz seemed to blame X" is Cruz's report: "blame" is a cue.)
  // ("Officers were called to the scene at 10pm", "Paramedics were called but …": people summoned, no words.)
  if (passive === 'agentless' && SUMMONS_PASSIVES.has(baseLemma) && ((tokens[v]?.lower === 'to' && NO_INFINITIVE_AFTER_TO.has(tokens[v + 1]?.pos ?? '')) || v >= s.tokenEnd || /^(PUNCT|CCONJ)$/.test(tokens[v]!.pos))) return null;
  if (tokens[v]?.lower === 'to' && v + 1 < s.tokenEnd && tokens[v + 1]!.pos !== 'PUNCT' && !cueAt(tokens, v + 1, s.tokenEnd)) {
    // ("The final, which is expected to draw crowds, starts at noon": the relative clause ends at ", starts".)
    return noSource(subjectClause(c, spk, v, clauseEnd(layer, s, v)), 'raising-infinitive');
  }
  // "The team appeared paralyzed", "the deal seems unlikely": an appearance with an adjective.
  if (RAISING_VERBS.has(cue.lemma) && v < s.tokenEnd && (tokens[v]!.pos === 'ADJ' || (tokens[v]!.pos === 'VERB' && /ed$/i.test(tokens[v]!.text)))) {
    return noSource({ start: tokens[spk[0]]!.start, end: clauseEnd(layer, s, v), form: 'indirect' }, 'raising-adjective');
  }
  // "She was asked whether she would run": what was asked, put by no named asker.
  if (passive === 'agentless' && PASSIVE_QUESTIONS.has(baseLemma)) {
    const asked = readContentAfter(layer, s, cue, cue.last, false);
    return asked ? make(layer, s, c.inQuote, { content: asked, cue, speaker: null, rule: 'passive-question' }) : null;
  }
  // "The senator is seen as a moderate", "The firm was criticized for its delays": the clause with its subject is the view.
  // ("Ginsburg is best known for her views", "… known for making Botox": a cue that holds its "for" or "as" takes any phrase after it.)
  const heldPreposition = cue.lemma.includes(' ') && tokens[v]!.pos !== 'PUNCT';
  if (passive === 'agentless' && PASSIVE_VIEWS.has(baseLemma) && v < s.tokenEnd && (tokenIs(WORDS.asFor, tokens[v]!) || /^(ADJ|DET|NOUN)$/.test(tokens[v]!.pos) || heldPreposition)) {
    return noSource(subjectClause(c, spk, v, clauseEnd(layer, s, v)), 'passive-view');
  }
  // Any other agentless passive of a cue: a clause or quotation after it is what was said ("was
  // asked what happened"); otherwise its subject is what the unnamed source spoke of ("The purchase
  // price was not disclosed"). Broad; the confidence model weighs it.
  if (genericPassive) {
    // ("The ministry denied the claim, saying the report was published in error": a subject read back
    // past the start of the earlier report's content the passive sits in is no subject of it.)
    if (subjectCrossesContent(c, spk)) return null;
    // ("It was announced on Thursday that …": a time between the cue and its clause.)
    const after = tokens[pastTime(tokens, v, s.tokenEnd)];
    if ((!!after && (tokenIs(WORDS.that, after) || after.text === ':')) || (after && tokenIs(WH_WORDS, after)) || (after && OPEN_MARKS.test(after.text) && after.quote >= 0)) {
      const asked = readContentAfter(layer, s, cue, cue.last, false);
      return asked ? make(layer, s, c.inQuote, { content: asked, cue, speaker: null, rule: 'passive-generic-content' }) : null;
    }
    // ("The documents, which were leaked, show that …": an agentless passive with no clause after it
    // that makes up a relative clause set off by commas describes the noun; the sentence's verb reports.)
    if (spk[1] - spk[0] === 1 && tokenIs(WORDS.relativePronouns, tokens[spk[0]]!) && tokens[spk[0] - 1]?.text === ',') return undefined;
    // ("“The plan was written in 1998. Nobody followed it.”": inside a quotation the subject is the
    // quoted speaker's topic, told in their own words; no unnamed source spoke of it.)
    if (c.inQuote >= 0) return null;
    // ("The man was found on a road": a discovery, no words; "was found guilty" is a judgment, read on.)
    if (DISCOVERY_PASSIVES.has(baseLemma) && tokens[v]?.pos !== 'ADJ') return null;
    return noSource(subjectClause(c, spk, v, beforeAdverbial(tokens, v, clauseEnd(layer, s, v - 1))), 'passive-generic-subject');
  }
  return passive === 'agentless' ? null : undefined;
}
