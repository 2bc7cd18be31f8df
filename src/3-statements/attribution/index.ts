// Stage 3, step 2: attributions. The cue rules over every sentence, then the numbered document
// passes (passes/) in order; returns attributions sorted by content start, duplicates removed.

import type { TextLayer } from '../../types.js';
import { cueAt } from '../cues.js';
import { readCue } from './cue-rules.js';
import { applyTrims } from './cue-context.js';
import { type RawAttribution, dedupe } from './make.js';
import { addDashAndColonAttributions } from '../passes/2-dash-colon.js';
import { addDocumentSources } from '../passes/3-document-sources.js';
import { addEvidentialClauses } from '../passes/4-evidential.js';
import { addAskedOpeners } from '../passes/5-asked-openers.js';
import { addPossessedStances } from '../passes/6-possessed-stances.js';
import { addHearingReports } from '../passes/11-hearing-heard.js';
import { extendOverFollowingQuotes } from '../passes/7-following-quotes.js';
import { addFloatingQuotes } from '../passes/8-floating-quotes.js';
import { endBeforeCoordinatedReports } from '../passes/9-coordinated-ends.js';
import { quotedAsSaying } from '../passes/10-quoted-as-saying.js';

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
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const cue = cueAt(tokens, i, s.tokenEnd);
      if (!cue) continue;
      if (claimed.some(([a, b]) => cue.first >= a && cue.first < b)) continue;
      const { att, trims } = readCue(layer, s, cue, out);
      if (trims.length) out = applyTrims(out, trims);
      if (att) {
        out.push(att);
        claimed.push([cue.first, cue.last]);
        if (att.speaker) claimed.push(att.speaker);
        i = cue.last - 1;
      }
    }
  }
  // The document passes, in order: each adds what it reads (2–6, 8) or returns adjusted copies (11, 7, 9, 10).
  append(out, addDashAndColonAttributions(layer, out));
  append(out, addDocumentSources(layer, out));
  append(out, addEvidentialClauses(layer, out));
  append(out, addAskedOpeners(layer));
  append(out, addPossessedStances(layer));
  out = addHearingReports(layer, out);
  out = extendOverFollowingQuotes(layer, out);
  append(out, addFloatingQuotes(layer, out));
  out = endBeforeCoordinatedReports(layer, out);
  out = quotedAsSaying(layer, out);
  out.sort((a, b) => a.contentStart - b.contentStart || b.contentEnd - a.contentEnd);
  return dedupe(out);
}

export type { RawAttribution } from './make.js';
export { quotedWords, type LoosePassage } from '../passes/quoted-words.js';
