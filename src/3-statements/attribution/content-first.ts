// Cue rules for a speaker with content before it: "C, X said.", "“C,” X said, “C2.”", "C1, X
// said, C2", and the cases where what stands before the speaker is only an opener, so the content
// follows the cue after all ("When the storm hit, X said C", "Minutes after …, X announced Y").

import { isAnonymityPhrase } from '../vetoes.js';
import { readContentAfter } from './content-after.js';
import { hearerOnly } from './hearer.js';
import { contentBefore, readContinuation } from './content-before.js';
import type { Token } from '../../types.js';
import { lowerBound } from '../../spans.js';
import type { CueContext } from './cue-context.js';
import { make, type Content, type RawAttribution } from './make.js';
import type { RuleId } from '../rules.js';
import { afterCueClause, bareVerbAfterPlural, commaBetween, finiteAt, hasFiniteVerb, subjectAndVerb } from '../grammar/clauses.js';
import { participialOpener, prepositionalOpener, timeOpener } from '../grammar/openers.js';
import { sentenceEndOffset } from '../grammar/quotes.js';
import { timeOnly } from '../grammar/content-shape.js';
import { mediumOnly } from '../grammar/medium-only.js';
import { END_PUNCT, isMonthOrDay, OPEN_MARKS, SUBORDINATORS, TIME_NOUN, TIME_WORDS } from '../grammar/words.js';
import { WORDS, isWord, tokenIs } from '../grammar/lexicon.js';

type Result = RawAttribution | null | undefined;
type After = ReturnType<typeof afterCueClause>;

/** The speaker found left of the cue: its span, head, and the boundary token before it (content first) or null. */
export interface LeftSpeaker {
  spk: [number, number];
  head: [number, number];
  boundary: number;
}

function said(c: CueContext, l: LeftSpeaker, content: Content, rule: RuleId): RawAttribution | null {
  return make(c.layer, c.s, c.inQuote, { content, cue: c.cue, speaker: l.spk, head: l.head, rule });
}

/** Content first, when what stands before the speaker is a clause or a quotation. Undefined: read the content after the cue instead. */
export function contentFirst(c: CueContext, l: LeftSpeaker): Result {
  const { tokens, s, cue, layer } = c;
  const { boundary } = l;
  const after = afterCueClause(tokens, s, cue.last);
  const content = contentBefore(layer, s, boundary, tokens[l.spk[0]]!.start);
  // ("He said he had not read it, and when asked whether …, he said, “I hope not.”": what stands before
  // the speaker holds an earlier report of the sentence, whose content ends there; this cue's words
  // are the quotation after it.)
  if (after.kind === 'continues' && quotationAfterCue(tokens, cue.last, after.at) && earlierReportBefore(c, boundary)) {
    const rest = readContinuation(layer, s, after.at);
    return said(c, l, { start: tokens[after.at]!.start, end: rest.end, form: rest.quoted }, 'subordinate-opener-content-after');
  }
  const opener = openerFirst(c, l, content);
  if (opener !== undefined) return opener;
  // (A cue read earlier in the clause is its verb, even where the tagger saw a noun: "The campaign plans to …".)
  const cueBefore = c.prior.some((a) => a.firstSentence === s.index && a.cue && a.cue.first >= s.tokenStart && a.cue.first < boundary);
  // ("Families face eviction, the agency said …": a verb the tagger read as a noun after a plural subject makes a clause too.)
  const clause = hasFiniteVerb(tokens, s.tokenStart, boundary) || bareVerbAfterPlural(tokens, s.tokenStart, boundary);
  if (content && content.form === 'indirect' && !clause && !cueBefore) return verblessFirst(c, l, content, after);
  return clauseFirst(c, l, content, after);
}

/**
 * Content first only when what comes before is a clause or a quotation, not an adverbial ("On May
 * 3, at a rally, she said that …") or a subordinate clause ("When X arrived, she said …"), nor a
 * title in quotes inside an adverbial ("On the broadcast of “Fox News Sunday,” X said his …").
 */
function openerFirst(c: CueContext, l: LeftSpeaker, content: Content | null): Result {
  const { tokens, s, cue, layer } = c;
  const subordinate = ((tokenIs(SUBORDINATORS, tokens[s.tokenStart]!) || participialOpener(tokens, s) || prepositionalOpener(tokens, s.tokenStart, l.boundary)) && content?.form === 'indirect')
    || (participialOpener(tokens, s) && content?.form === 'mixed');
  const quotedAdverbial = content?.form === 'mixed' && !hasFiniteVerb(tokens, s.tokenStart, l.boundary);
  if (!subordinate && !quotedAdverbial) return undefined;
  const svc = readContentAfter(layer, s, cue, cue.last, false);
  if (svc) return said(c, l, svc, 'subordinate-opener-content-after');
  // A participial opener, or a temporal clause that holds a report of its own ("After saying C,
  // the man asked …"), is never what was said.
  const last = c.prior.at(-1);
  const openerReport = !!last && last.firstSentence === s.index && last.contentEnd <= tokens[l.boundary]!.start;
  return participialOpener(tokens, s) || openerReport ? null : undefined;
}

/** What stands before the speaker has no finite verb: the report runs through ("Climate change, X often says, is …"), follows the cue, or is a verbless answer. */
function verblessFirst(c: CueContext, l: LeftSpeaker, content: Content, after: After): Result {
  const { tokens, s, cue, layer } = c;
  const { boundary } = l;
  // ("Later in the interview, Marsh said, “…”", "Now, he added, “…”": a time before the speaker dates
  // the saying; the quotation after the cue is what was said, as PolNeAR marks it.)
  const quoted = after.kind === 'continues' && quotationAfterCue(tokens, cue.last, after.at);
  if (quoted && timeOpener(tokens, s.tokenStart, boundary)) {
    const rest = readContinuation(layer, s, after.at);
    return said(c, l, { start: tokens[after.at]!.start, end: rest.end, form: rest.quoted }, 'verbless-opener-content-after');
  }
  if (after.kind === 'continues' && boundary > s.tokenStart && /^(NOUN|PROPN|PRON|ADJ|NUM|DET|ADV|SYM|X)$/.test(tokens[boundary - 1]!.pos) && !/^(ADP|SCONJ)$/.test(tokens[s.tokenStart]!.pos)) {
    const rest = readContinuation(layer, s, after.at);
    return said(c, l, { start: content.start, end: rest.end, form: 'indirect' }, 'interrupting-runs-through');
  }
  const svc = readContentAfter(layer, s, cue, cue.last, false);
  const adverbial = adverbialOpener(tokens, s.tokenStart, boundary);
  // "Millions face hunger, Oxfam said, adding that …": the participle after the comma takes what
  // follows it, so what stands first is the content (a clause whose verb the tagger read as a noun).
  if (!adverbial && participleAfterComma(tokens, cue.last, s.tokenEnd)) return said(c, l, content, 'content-before-participle-after');
  if (svc) return said(c, l, svc, 'verbless-opener-content-after');
  // "People like Scott, he said.": a verbless answer, when the cue closes the sentence and what
  // comes first is neither an adverbial nor a time.
  const closes = cue.kind === 'speech' && after.kind === 'end' && after.at === cue.last && END_PUNCT.test(tokens[after.at]?.text ?? '');
  return closes && !adverbial && boundary - s.tokenStart >= 2 ? said(c, l, content, 'verbless-answer') : null;
}

/** Does the sentence open with an adverbial (a preposition, a conjunction, an adverb) or hold a time before the speaker? */
function adverbialOpener(tokens: Token[], start: number, boundary: number): boolean {
  // ("Out-of-state sales …": a preposition joined by a hyphen to the next word opens a compound modifier, not an adverbial.)
  const first = tokens[start]!;
  const compound = tokens[start + 1]?.text === '-' && tokens[start + 1]!.start === first.end;
  // ("Nearly 8 million people …": an adverb before a number counts, it opens no adverbial.)
  const count = tokenIs(WORDS.countAdverbs, first) && /^(NUM|DET|ADJ)$/.test(tokens[start + 1]?.pos ?? '');
  return (/^(ADP|SCONJ|ADV)$/.test(first.pos) && !compound && !count) || tokens.slice(start, boundary).some((t) => isMonthOrDay(t.text) || isWord(TIME_NOUN, t.text.replace(/s$/i, '')));
}

/** After the cue (token `from`) and a short adjunct ("on Tuesday"), a comma and an "-ing" verb (", adding that", ", warning that")? */
function participleAfterComma(tokens: Token[], from: number, end: number): boolean {
  // (Only a prepositional adjunct may stand between: "Trump attacked Romney, calling him …" has an object.)
  if (tokens[from]?.text !== ',' && tokens[from]?.pos !== 'ADP') return false;
  for (let m = from; m + 1 < end && m < from + 8; m++) {
    const t = tokens[m]!;
    const next = tokens[m + 1]!;
    if (t.text === ',') return /ing$/i.test(next.text) && (next.pos === 'VERB' || tokens[m + 2]?.lower === 'that');
    if (t.pos === 'VERB' || t.pos === 'AUX' || END_PUNCT.test(t.text) || t.quote >= 0) return false;
  }
  return false;
}

/** Does a form of "be" stand between the speaker's end and the cue (a passive: "can be found", "was told")? */
function passiveBetween(tokens: Token[], from: number, cue: number): boolean {
  for (let k = from; k < cue; k++) if (tokens[k]!.pos === 'AUX' && tokens[k]!.lemma === 'be') return true;
  return false;
}

/** A clause or quotation before the speaker: the content, with what continues it after the cue. */
function clauseFirst(c: CueContext, l: LeftSpeaker, content: Content | null, after: After): Result {
  const { tokens, s, cue, layer } = c;
  const { boundary } = l;
  const crossSentence = boundary < s.tokenStart;
  const next = tokens[cue.last];
  const bareCue = !next || END_PUNCT.test(next.text) || next.text === ',' || next.pos === 'ADV' || next.pos === 'ADP' || next.lower === 'to' || tokenIs(TIME_WORDS, next) || hearerOnly(tokens, s, cue);
  // "Minutes after the vote began, the clerk announced four votes for Ruiz": when the cue has a
  // complement of its own right after it, the clause before the speaker was only an opener.
  if (content && content.form === 'indirect' && !crossSentence) {
    const svc = readContentAfter(layer, s, cue, cue.last, false);
    // (Not a phrase of anonymity: "C, a source told Reuters on condition of anonymity" reports C.)
    // (Nor a time: "…, the Times reported late Thursday".)
    // (Nor a medium: "…, the club said on its website on Tuesday".)
    if (svc && !commaBetween(tokens, cue.last, svc.start) && !isAnonymityPhrase(layer.text.slice(svc.start, svc.end)) && !timeOnly(c.tokens, svc.start, svc.end) && !mediumOnly(tokens, cue.last, lowerBound(tokens, svc.end) - 1)) return said(c, l, svc, 'opener-then-complement');
  }
  // "It was, he said, one of the bitterest failures": what stands before the speaker cannot end a
  // clause (a copula, an article, a conjunction), so the report runs on past the cue.
  if (content && content.form === 'indirect' && !crossSentence && after.kind === 'end' && tokens[after.at]?.text === ',' && boundary > s.tokenStart
    && (/^(AUX|DET|ADP|CCONJ|SCONJ|PART)$/.test(tokens[boundary - 1]!.pos) || tokenIs(WORDS.soThen, tokens[boundary - 1]!)) && after.at + 1 < s.tokenEnd - 1) {
    return said(c, l, { start: content.start, end: sentenceEndOffset(layer, s), form: 'indirect' }, 'interrupting-runs-on');
  }
  // ("“…” The bread can be bought at her shop": a passive after the speaker's place reports nothing.)
  if (content && after.kind === 'end' && (!crossSentence || bareCue) && !passiveBetween(tokens, l.spk[1], cue.first)) return said(c, l, content, 'content-before');
  // "“C!!!” Lee wrote in a September 16, 2012 email to …": after the previous sentence's quotation,
  // an adjunct that only looks like a clause ("to top officials") is still the cue's.
  const opensQuote = (k: number) => tokens[k]!.quote >= 0 && OPEN_MARKS.test(tokens[k]!.text);
  if (content && crossSentence && bareCue && after.kind === 'continues' && !opensQuote(after.at)) return said(c, l, content, 'content-before-cross-sentence');
  // "“C1.” He added, “C2.”": the quotation of the previous sentence is left to the statement before
  // (or read as floating); this cue takes what follows it.
  if (!(content && after.kind === 'continues' && !crossSentence)) return undefined;
  // "“C,” she said, and a big reason for it was …": after a quotation, a clause joined by
  // "and"/"but" is narration unless it is quoted too.
  const joined = isWord(WORDS.joiners, tokens[after.at - 1]?.text ?? '');
  if (content.form === 'direct' && joined && !opensQuote(after.at)) return said(c, l, content, 'content-before-then-narration');
  // ("“C,” Berg said, a complaint his team later played down": an appositive that sums up the words is no continuation.)
  if (summaryAppositive(tokens, after.at)) return said(c, l, content, 'content-before-summary-appositive');
  if (content.form === 'direct' && narrationAfterQuotation(tokens, after.at, s.tokenEnd)) return said(c, l, content, 'content-before-then-adjunct');
  const rest = readContinuation(layer, s, after.at);
  content.end = Math.max(content.end, rest.end);
  if (rest.quoted !== content.form) content.form = 'mixed';
  return said(c, l, content, 'content-before-continued');
}

/** Does a report read earlier in the sentence, outside quotation marks, have its cue and its whole content before the speaker's boundary token? (A cue inside the quotation this speaker closes is the quoted words'.) */
function earlierReportBefore(c: CueContext, boundary: number): boolean {
  const { tokens, s } = c;
  const from = tokens[s.tokenStart]!.start;
  const to = tokens[boundary]!.start;
  return c.prior.some((a) => a.firstSentence === s.index && !!a.cue && a.cue.first >= s.tokenStart && a.cue.first < boundary && tokens[a.cue.first]!.quote < 0 && a.contentStart >= from && a.contentEnd <= to);
}

/** Does a quotation open at `at`, after the cue and its comma or colon ("said, “…”", "told reporters: “…”"), with no quotation between? */
function quotationAfterCue(tokens: Token[], from: number, at: number): boolean {
  const t = tokens[at];
  if (!t || t.quote < 0 || !OPEN_MARKS.test(t.text) || at - from > 6 || !/^[,:]$/.test(tokens[at - 1]?.text ?? '')) return false;
  for (let m = from; m < at; m++) if (tokens[m]!.quote >= 0) return false;
  return true;
}

/** Does an indefinite article and a noun for words or views (grammar.json reportSummaryNouns), an adjective between at most, open the stretch at `at`, unquoted ("…, a claim the ministry denied")? */
function summaryAppositive(tokens: Token[], at: number): boolean {
  const first = tokens[at];
  if (!first || first.quote >= 0 || !tokenIs(WORDS.indefiniteArticles, first)) return false;
  const noun = tokens[at + 1]?.pos === 'ADJ' ? tokens[at + 2] : tokens[at + 1];
  return !!noun && noun.pos === 'NOUN' && tokenIs(WORDS.reportSummaryNouns, noun);
}

/**
 * "“C,” she said, cutting off a reporter", "“C,” they said, under Article 21 of …", "“C,” he said,
 * though he declined to name them": after a quotation, words to the sentence's end with no
 * quotation among them that open no clause — no "that", no finite verb, no subject and its verb —
 * are the writer's adjunct. ("“C,” she said, would use …" and "…, that the plan …" continue the words.)
 */
function narrationAfterQuotation(tokens: Token[], at: number, end: number): boolean {
  const first = tokens[at];
  if (!first || first.quote >= 0 || tokenIs(WORDS.that, first) || finiteAt(tokens, at)) return false;
  const clause = subjectAndVerb(tokens, at, end);
  if (clause && finiteAt(tokens, clause[1])) return false;
  for (let m = at + 1; m < end; m++) if (tokens[m]!.quote >= 0) return false;
  return true;
}
