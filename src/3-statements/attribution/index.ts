// Stage 3, step 2: attributions. The cue rules over every sentence, then the numbered document
// passes (passes/) in order; returns attributions sorted by content start, duplicates removed.

import type { TextLayer, Token } from '../../types.js';
import { lowerBound } from '../../spans.js';
import { SPEECH_VERBS, cueAt, type CueHit } from '../cues.js';
import { pastTime } from './content-after.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';
import { readCue } from './cue-rules.js';
import { applyTrims } from './cue-context.js';
import { type RawAttribution, dedupe } from './make.js';
import { addDashAndColonAttributions } from '../passes/2-dash-colon.js';
import { addDocumentSources } from '../passes/3-document-sources.js';
import { addEvidentialClauses } from '../passes/4-evidential.js';
import { addAskedOpeners, endInsideQuestions } from '../passes/5-asked-openers.js';
import { addPossessedStances } from '../passes/6-possessed-stances.js';
import { addHearingReports } from '../passes/11-hearing-heard.js';
import { extendOverFollowingQuotes } from '../passes/7-following-quotes.js';
import { addFloatingQuotes } from '../passes/8-floating-quotes.js';
import { endBeforeCoordinatedReports } from '../passes/9-coordinated-ends.js';
import { quotedAsSaying } from '../passes/10-quoted-as-saying.js';
import { endAtOpeningClause } from '../passes/12-opening-clause-ends.js';

/**
 * Adds `more` to `to`. (Not `to.push(...more)`: a spread call over arrays of different element
 * kinds — an empty list, a list of attributions — made V8 deoptimise findAttributions and its
 * inlined rules ≈100 times in 400 articles, recompiling them each time.)
 */
function append<T>(to: T[], more: readonly T[]): void {
  for (const x of more) to.push(x);
}

/**
 * Finds the attributions of an article.
 * @param layer - the text layer from stage 1
 * @returns attributions in order of content start; nested ones carry `inQuote`
 */
export function findAttributions(layer: TextLayer): RawAttribution[] {
  let out: RawAttribution[] = [];
  const { tokens, sentences } = layer;
  for (const s of sentences) {
    const claimed: [number, number][] = [];
    const adjuncts: [number, number][] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const cue = withoutTimePreposition(tokens, cueAt(tokens, i, s.tokenEnd), s.tokenEnd);
      if (!cue) continue;
      if (claimed.some(([a, b]) => cue.first >= a && cue.first < b)) continue;
      if (adjuncts.some(([a, b]) => cue.first >= a && cue.first < b) && !clauseVerbAt(tokens, cue.first)) continue;
      const { att, trims } = readCue(layer, s, cue, out);
      if (trims.length) out = applyTrims(out, trims);
      if (att) {
        out.push(att);
        claimed.push([cue.first, cue.last]);
        if (att.speaker) claimed.push(att.speaker);
        // ("estimated in a note released in July that …": the stretch between the cue and the content
        // that follows it is the cue's adjunct, and a participle after a noun there reports nothing of its own.)
        if (att.contentStart >= tokens[cue.last - 1]!.end) adjuncts.push([cue.last, lowerBound(tokens, att.contentStart)]);
        i = cue.last - 1;
      }
    }
  }
  // The document passes, in order: each adds what it reads (2–6, 8) or returns adjusted copies (5's question ends, 11, 7, 9, 10, 12).
  append(out, addDashAndColonAttributions(layer, out));
  append(out, addDocumentSources(layer, out));
  append(out, addEvidentialClauses(layer, out));
  const asked = addAskedOpeners(layer);
  out = endInsideQuestions(layer, out, asked);
  append(out, asked);
  append(out, addPossessedStances(layer, out));
  out = addHearingReports(layer, out);
  out = extendOverFollowingQuotes(layer, out);
  append(out, addFloatingQuotes(layer, out));
  out = endBeforeCoordinatedReports(layer, out);
  out = quotedAsSaying(layer, out);
  out = endAtOpeningClause(layer, out);
  out.sort((a, b) => a.contentStart - b.contentStart || b.contentEnd - a.contentEnd);
  return dedupe(out);
}

/**
 * "agreed on Wednesday to raise the target": a verb-and-preposition cue whose preposition opens a time
 * ("on Wednesday") with an infinitive or a "that" clause right after it is its verb alone, the time an
 * adjunct; the verb's own cue, or the cue as read. (Not "according to July's poll", "voted against Tuesday's bill".)
 */
function withoutTimePreposition(tokens: Token[], cue: CueHit | null, end: number): CueHit | null {
  if (!cue || cue.kind === 'according' || cue.last - cue.first < 2 || tokens[cue.last - 1]!.pos !== 'ADP') return cue;
  const m = pastTime(tokens, cue.last - 1, end);
  const next = tokens[m];
  if (m <= cue.last || m >= end || !next) return cue;
  const clause = (next.lower === 'to' && tokens[m + 1]?.pos === 'VERB') || (tokenIs(WORDS.that, next) && next.pos === 'SCONJ');
  return clause ? cueAt(tokens, cue.first, cue.first + 1) ?? cue : cue;
}

/**
 * Could token i be a clause's own verb ("Neighbours who have met him say that …": a first cue read
 * wrongly may run its content past the real one), or a participle set off by a comma ("reported,
 * citing two officials, that …"), or a report interrupting one ("…, Ruiz said, that …")? Not another word in -ing, nor a participle right after a noun ("a
 * note released in July"), nor a noun's modifier.
 */
function clauseVerbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (t.pos === 'VERB' && /ing$/i.test(t.lower) && before?.text === ',') return true;
  // ("had warned them, Ruiz said, that …": a verb of saying set off by commas before the cue's "that" interrupts it.)
  if (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma) && tokens[i + 1]?.text === ',' && !!tokens[i + 2] && tokenIs(WORDS.that, tokens[i + 2]!)) return true;
  if (t.pos !== 'VERB' || /ing$/i.test(t.lower) || !before || /^(DET|ADJ|ADP)$/.test(before.pos)) return false;
  return !(/^(NOUN|PROPN)$/.test(before.pos) && t.lower !== t.lemma && !/s$/i.test(t.lower));
}

export type { RawAttribution } from './make.js';
export { quotedWords, type LoosePassage } from '../passes/quoted-words.js';
