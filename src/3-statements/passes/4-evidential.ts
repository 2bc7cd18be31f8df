// Document pass 4: hearsay marked by an adverb ("reportedly"), with no source (rule evidential-adverb).

import type { TextLayer } from '../../types.js';
import { EVIDENTIAL_ADVERBS, type CueHit } from '../cues.js';
import { type RawAttribution, contentIndex, make } from '../attribution/make.js';
import { relativeClauseEnd } from '../grammar/clauses.js';
import { nounPhraseLeft } from '../grammar/noun-phrases.js';
import { sentenceEndOffset } from '../grammar/quotes.js';
import { isDashAt } from '../grammar/words.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';

/**
 * "The firm has reportedly hired a lobbyist", "Reportedly, the deal is off": the reporter marks
 * the clause as hearsay; it has no source. The clause runs from its subject (or after the
 * sentence-opening adverb's comma) to its end. Clauses inside another report's content are left to it.
 */
export function addEvidentialClauses(layer: TextLayer, atts: readonly RawAttribution[]): RawAttribution[] {
  const found: RawAttribution[] = [];
  const { tokens, sentences } = layer;
  const overlaps = contentIndex(atts);
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.quote >= 0 || !EVIDENTIAL_ADVERBS.has(t.lower)) continue;
      if (overlaps(t.start, t.end, () => true)) continue;
      const cue: CueHit = { first: i, last: i + 1, lemma: t.lower, kind: 'phrase' };
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
      if (tokenIs(WORDS.relativePronouns, tokens[start]!)) end = relativeClauseEnd(tokens, i + 1, s.tokenEnd, end);
      const a = make(layer, s, -1, { content: { start: tokens[start]!.start, end, form: 'indirect' }, cue, speaker: null, rule: 'evidential-adverb' });
      if (a) found.push(a);
    }
  }
  return found;
}
