// Document pass 11: what a court, jury or inquest heard ("C, the court heard.", "The inquest heard
// that C.", "C, the jury was told."): evidence given to a hearing by someone the sentence does not
// name (rules hearing-heard-before, hearing-heard-after). The usual lead of British, Irish and
// Australian court reports; other readings of the same cue are dropped.

import type { Sentence, TextLayer, Token } from '../../types.js';
import { type CueHit } from '../cues.js';
import { type RawAttribution, make } from '../attribution/make.js';
import { quoteAwareSentenceStart, sentenceEndOffset } from '../grammar/quotes.js';
import { END_PUNCT } from '../grammar/words.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';

/** A hearing and its cue in a sentence: the cue's tokens, the hearing's noun phrase and where its phrase stands. */
interface Hearing {
  cue: CueHit;
  subject: [number, number];
}

/** The attributions with the hearing reports added and other readings of their cues removed. */
export function addHearingReports(layer: TextLayer, atts: RawAttribution[]): RawAttribution[] {
  const found: RawAttribution[] = [];
  for (const s of layer.sentences) {
    const h = hearingIn(layer.tokens, s);
    if (!h) continue;
    const a = reportOf(layer, s, h);
    if (a) found.push(a);
  }
  if (!found.length) return atts;
  // (The same cue read otherwise — "the court was told" as a passive with no content — is not kept.)
  const cues = found.map((a) => a.cue!);
  const other = atts.filter((a) => !a.cue || !cues.some((c) => a.cue!.first < c.last && c.first < a.cue!.last));
  return [...other, ...found];
}

/** "the jury heard", "Manchester Crown Court has heard", "the inquest was told", outside quotations. */
function hearingIn(tokens: Token[], s: Sentence): Hearing | null {
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0 || !(t.lower === 'heard' || t.lower === 'told')) continue;
    let k = i - 1;
    const told = t.lower === 'told';
    // ("the jury was told": a passive; "the court has heard": a perfect; a headline's bare "…, MPs
    // told", "Jury told …" drops the passive's auxiliary.)
    if (told && tokenIs(WORDS.passiveAuxiliaries, tokens[k]!)) k--;
    else if (told && !bareHeadlineHearer(tokens, s, k)) continue;
    else if (!told && tokenIs(WORDS.perfectAuxiliaries, tokens[k]!)) k--;
    if (k < s.tokenStart || !tokenIs(WORDS.hearingBodies, tokens[k]!)) continue;
    let a = k;
    while (a - 1 >= s.tokenStart && /^(DET|ADJ|PROPN|NOUN)$/.test(tokens[a - 1]!.pos) && tokens[a - 1]!.quote < 0) a--;
    return { cue: { first: i, last: i + 1, lemma: told ? 'be told' : 'hear', kind: 'speech' }, subject: [a, k + 1] };
  }
  return null;
}

/**
 * "…, MPs told", "…, court told", "Jury told accountant 'lied for years'": a hearing's noun with no
 * article right before "told", after a comma or opening a sentence without a full stop — a
 * headline's passive ("MPs were told"), not "MPs told the minister that …".
 */
function bareHeadlineHearer(tokens: Token[], s: Sentence, k: number): boolean {
  if (k < s.tokenStart || !tokenIs(WORDS.hearingBodies, tokens[k]!)) return false;
  const last = tokens[s.tokenEnd - 1]!;
  if (k === s.tokenStart) return !END_PUNCT.test(last.text);
  return tokens[k - 1]!.text === ',' && (k + 2 >= s.tokenEnd || (k + 2 === s.tokenEnd - 1 && END_PUNCT.test(last.text)));
}

/** The report the hearing heard: the clause before its comma, or the clause after its cue. */
function reportOf(layer: TextLayer, s: Sentence, h: Hearing): RawAttribution | null {
  const { tokens } = layer;
  const [a] = h.subject;
  const after = h.cue.last;
  // "C, the court heard (on Monday)." — the hearing closes the sentence.
  if (a > s.tokenStart && tokens[a - 1]!.text === ',' && closes(tokens, after, s.tokenEnd)) {
    const content = { start: quoteAwareSentenceStart(layer, s), end: tokens[a - 1]!.start, form: 'indirect' as const };
    return make(layer, s, -1, { content, cue: h.cue, speaker: null, rule: 'hearing-heard-before' });
  }
  // "The inquest heard that C.", "The court heard how C." — the hearing opens the sentence. (Without
  // "that" or "how", "The court heard Veterans Affairs was …" may be what came out at the hearing
  // from documents; it is left to the other rules.)
  // ("Jury told accountant 'lied for years'": a headline says what was heard straight after its cue.)
  const headline = a === s.tokenStart && h.cue.first === a + 1 && tokens[h.cue.first]!.lower === 'told' && after < s.tokenEnd - 1;
  if (a === s.tokenStart && after < s.tokenEnd - 2 && (headline || tokenIs(WORDS.hearingComplementizers, tokens[after]!))) {
    const content = { start: tokens[after]!.start, end: sentenceEndOffset(layer, s), form: 'indirect' as const };
    return make(layer, s, -1, { content, cue: h.cue, speaker: null, rule: 'hearing-heard-after' });
  }
  return null;
}

/** Nothing but a short time or place adjunct ("on Monday", "yesterday") between the cue and the sentence's end. */
function closes(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (END_PUNCT.test(t.text)) return true;
    if (k - from >= 5 || !/^(ADP|PROPN|NOUN|DET|ADV|NUM|ADJ)$/.test(t.pos)) return false;
  }
  return true;
}
