// Document pass 2: quotations signed with a dash, speaker-colon paragraphs, transcript turns and pull
// quotes signed with a name (rules dash-signed, speaker-colon, transcript-turn, pull-quote-signed).

import type { Statement, TextLayer } from '../../types.js';
import { DATELINE_PARAGRAPHS, colonDatelineAt } from '../../1-text/dateline.js';
import { indexHolding, lowerBoundBy } from '../../spans.js';
import { type CueHit } from '../cues.js';
import { type RawAttribution, contentIndex, make } from '../attribution/make.js';
import { firstPart } from '../grammar/quotes.js';
import { WORDS, isExactWord } from '../grammar/lexicon.js';

/** A date after a signature's comma: "…, March 10, 2024", "…, 10 March 2024", "…, 2024". */
const CITATION_DATE = /^\s*,\s*(?:\p{Lu}\p{L}+\.?\s+\d{1,2}\b|\d{1,2}\s+\p{Lu}\p{L}+|\d{4}\b)/u;

/**
 * Two layouts with punctuation for a cue: a quotation signed with a dash ("“…” ― Jane Doe"), and
 * a paragraph led by a speaker and a colon (headlines "Smith: Talks Have Failed", transcripts
 * "SMITH: We will not …").
 */
export function addDashAndColonAttributions(layer: TextLayer, atts: readonly RawAttribution[]): RawAttribution[] {
  const found: RawAttribution[] = [];
  const { text, tokens, quotations, paragraphs } = layer;
  const tokenAt = (offset: number) => Math.min(tokens.length - 1, lowerBoundBy(tokens, offset + 1, (t) => t.end));
  const overlaps = contentIndex(atts);
  const covered = (start: number, end: number) => overlaps(start, end, (a) => a.contentStart < end && start < a.contentEnd);
  for (const q of quotations) {
    if (!q.closed || q.continues >= 0) continue;
    const m = /^\s*[―—–]\s*([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,4})/u.exec(text.slice(q.end, q.end + 80));
    if (!m || covered(q.start, q.end)) continue;
    // ("“Lazarev concedes” — Dorovian Broadcasting Corporation, March 10, 2024": a cited source's title and date, as Wikinews lists its sources.)
    if (CITATION_DATE.test(text.slice(q.end + m.index + m[0].length, q.end + m.index + m[0].length + 40))) continue;
    const first = firstPart(quotations, q);
    const dash = tokenAt(q.end + m[0].indexOf(m[0].trim()[0]!));
    const nameStart = q.end + m.index + m[0].length - m[1]!.length;
    const s0 = tokenAt(nameStart);
    const s1 = tokenAt(nameStart + m[1]!.length - 1) + 1;
    const s = layer.sentences[tokens[s0]!.sentence]!;
    const cue: CueHit = { first: dash, last: dash + 1, lemma: 'sign', kind: 'speech' };
    const a = make(layer, s, -1, { content: { start: first.start, end: q.end, form: 'direct' }, cue, speaker: [s0, s1], rule: 'dash-signed' });
    if (a) found.push(a);
  }
  // (An interview printed as questions and answers: after a "Q:" paragraph, "A:" opens the interviewee's answer.)
  let questions = false;
  for (const p of paragraphs) {
    // ("Clinton to Planned Parenthood: …", "Former AG Mukasey at RNC: …": the hearer or venue after
    // "to"/"at" is not the speaker.)
    const m = /^["“]?([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,5})(?:\s+(?:to|at|on|in)(?:\s+[A-Z][\p{L}.'’-]*){1,8})?:\s+(?=\S)/u.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (m && isExactWord(WORDS.questionLabels, m[1]!)) questions = true;
    const answer = !!m && questions && isExactWord(WORDS.answerLabels, m[1]!);
    if (!m || (labelWord(m[1]!) && !answer)) continue;
    const rest = text.slice(p.start + m[0].length, p.end);
    // ("TAPPER: And obviously, I think …": a transcript's label in capitals opens the labelled person's
    // turn, which holds the reports read inside it; a label in ordinary case may be a headline's.)
    // (Only a label the article also names in ordinary case, "Jake Tapper", "Aaltonen": an unnamed host's turn stays out, and the reports in it top-level.)
    const turn = transcriptLabel(m[1]!) && namedInText(text, m[1]!);
    if (rest.trim().split(/\s+/).length < 3 || (!turn && covered(p.start + m[0].length, p.end))) continue;
    const nameStart = p.start + m[0].indexOf(m[1]!);
    const s0 = tokenAt(nameStart);
    const s1 = tokenAt(nameStart + m[1]!.length - 1) + 1;
    const colon = tokenAt(p.start + m[0].lastIndexOf(':'));
    // The tagger reads many capitalised names at a paragraph's start as verbs ("Lynch: …"); only a
    // lower-case verb shows a clause.
    if (tokens.slice(s0, s1).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^[A-Z]/.test(t.text))) continue;
    const s = layer.sentences[tokens[s0]!.sentence]!;
    const cue: CueHit = { first: colon, last: colon + 1, lemma: 'say', kind: 'speech' };
    const a = make(layer, s, -1, { content: { start: p.start + m[0].length, end: p.end, form: 'indirect' }, cue, speaker: [s0, s1], rule: turn ? 'transcript-turn' : 'speaker-colon' });
    if (a) found.push(a);
  }
  for (const a of pullQuotes(layer)) found.push(a);
  return found;
}

/** Does a label word open the label before a colon ("Editor's Note", "Exclusive"; grammar.json paragraphLabels), or a note's noun close it ("Delegate Update", "Paid Notice"; labelHeadNouns)? */
function labelWord(label: string): boolean {
  return isExactWord(WORDS.paragraphLabels, /^\w+/.exec(label)?.[0] ?? '') || isExactWord(WORDS.labelHeadNouns, label.split(/\s+/).at(-1)!);
}

/**
 * "Lahore: The provincial government has imposed …": a title-case place and a colon before a lead
 * sentence, in the article's first paragraphs, is a dateline, not a speaker's label (stage 2 read a
 * place there; "Sanders: Brexit's message could …", a headline's, names a person). Not a label that
 * opens another paragraph too, as a transcript's speaker does.
 */
export function colonDatelinePlace(layer: TextLayer, s: Statement, speakerType: string | undefined): boolean {
  if (s.rule !== 'speaker-colon' || speakerType !== 'Place' || !s.speaker) return false;
  const { text, paragraphs } = layer;
  const k = indexHolding(paragraphs, s.speaker.start);
  const p = paragraphs[k];
  if (!p || k >= DATELINE_PARAGRAPHS || p.start !== s.speaker.start || !colonDatelineAt(text.slice(p.start, p.end))) return false;
  const label = `${s.speaker.text}:`;
  return !paragraphs.some((q, x) => x !== k && text.startsWith(label, q.start));
}

/** A transcript's speaker label: a name in capitals of two letters or more ("TAPPER", "HENRIK AALTONEN"), no initials ("Q", "KH" stay speaker-colon). */
function transcriptLabel(label: string): boolean {
  return /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}$/u.test(label) && label.replace(/[^\p{Lu}]/gu, '').length >= 3;
}

/** Does the text name the label's last word in ordinary case ("Aaltonen" for "HENRIK AALTONEN")? */
function namedInText(text: string, label: string): boolean {
  const last = label.split(/\s+/).at(-1)!;
  const name = last[0]! + last.slice(1).toLowerCase();
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + name.length] ?? '')) return true;
  }
  return false;
}

/**
 * A pull quote: a paragraph of one or two sentences with no quotation marks, signed by a name
 * after its last full stop, with no verb ("The levy will fail. Dana Ruiz, Harbour Watch").
 */
const PULL_QUOTE = /^([^"“”«»\n]{30,400}?[.!?])\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*\p{L}){1,5})(?:,\s+[^"“”!?\n]{2,60}[^.!?\s])?\s*$/u;

/** Are most of the words capitalised (a headline in Title Case)? */
function titleCase(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

function pullQuotes(layer: TextLayer): RawAttribution[] {
  const found: RawAttribution[] = [];
  const { text, tokens } = layer;
  for (const p of layer.paragraphs) {
    if (p.boilerplate !== undefined || p.end - p.start > 500) continue;
    const m = PULL_QUOTE.exec(text.slice(p.start, p.end));
    // (A signature closes with no full stop; a Title Case paragraph is a headline.)
    if (!m || /[.]\s*$/.test(m[0]) || titleCase(m[1]!)) continue;
    const contentEnd = p.start + m[1]!.length;
    const signStart = p.start + m[0].indexOf(m[2]!, m[1]!.length);
    const s0 = lowerBoundBy(tokens, signStart, (t) => t.start);
    const s1 = lowerBoundBy(tokens, p.end, (t) => t.start);
    const h1 = lowerBoundBy(tokens, signStart + m[2]!.length, (t) => t.start);
    // A signature names someone: a proper noun ("Jane Roe"), not capitalised common words.
    if (!tokens.slice(s0, h1).some((t) => t.pos === 'PROPN')) continue;
    // The signature opens a sentence of its own ("… Gov. Nikki Haley." is one sentence).
    if (s0 === 0 || tokens[s0]!.sentence === tokens[s0 - 1]!.sentence) continue;
    const stop = s0 - 1;
    const s = layer.sentences[tokens[stop]!.sentence]!;
    const cue: CueHit = { first: stop, last: stop + 1, lemma: 'sign', kind: 'speech' };
    const a = make(layer, s, -1, { content: { start: p.start, end: contentEnd, form: 'indirect' }, cue, speaker: [s0, s1], head: [s0, h1], rule: 'pull-quote-signed' });
    if (a) found.push(a);
  }
  return found;
}
