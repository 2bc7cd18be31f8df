// Document pass 3: sentences opened or closed by "in" + a source noun (rules
// document-source-opening, document-source-closing).

import type { TextLayer } from '../../types.js';
import { SOURCE_NOUNS, type CueHit } from '../cues.js';
import { type RawAttribution, contentIndex, make } from '../attribution/make.js';
import { hasFiniteVerb } from '../grammar/clauses.js';
import { quoteAwareSentenceStart, sentenceEndOffset } from '../grammar/quotes.js';
import { END_PUNCT } from '../grammar/words.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';

/**
 * A sentence with no reporting verb that opens or closes with "in" + a document or count: "In the
 * latest Harbor Institute survey, the mayor leads by four points", "The mayor led 2-1 in a new
 * poll". The poll is the source; the rest of the sentence is what it says.
 */
export function addDocumentSources(layer: TextLayer, atts: readonly RawAttribution[]): RawAttribution[] {
  const found: RawAttribution[] = [];
  const { tokens, sentences } = layer;
  const overlaps = contentIndex(atts);
  // The source phrase: "in" + up to 10 tokens of a noun phrase (no verb but participles) ending in a source noun.
  const sourceAfter = (i: number, end: number): number => {
    let k = i + 1;
    while (k < end && k - i <= 10 && tokens[k]!.text !== ',' && !END_PUNCT.test(tokens[k]!.text)) {
      const t = tokens[k]!;
      if ((t.pos === 'VERB' && !/(ed|ing)$/.test(t.text)) || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ') return -1;
      // (One noun phrase, with an "of", "by" or "for" phrase at most: "in Frankfurt after the Reuters report" is a place and a time.)
      if (t.pos === 'ADP' && !tokenIs(WORDS.sourcePhrasePrepositions, t)) return -1;
      k++;
    }
    const head = tokens[k - 1]!;
    return k > i + 1 && head.pos === 'NOUN' && SOURCE_NOUNS.has(head.lemma) ? k : -1;
  };
  for (const s of sentences) {
    if (s.tokenEnd - s.tokenStart < 6 || overlaps(s.start, s.end, (a) => a.contentStart < s.end && s.start < a.contentEnd)) continue;
    const first = tokens[s.tokenStart]!;
    const cueOf = (i: number): CueHit => ({ first: i, last: i + 1, lemma: 'in', kind: 'according' });
    if (tokenIs(WORDS.in, first) && first.quote < 0) {
      const k = sourceAfter(s.tokenStart, s.tokenEnd);
      if (k > 0 && tokens[k]?.text === ',' && hasFiniteVerb(tokens, k + 1, s.tokenEnd)) {
        const a = make(layer, s, -1, { content: { start: tokens[k + 1]!.start, end: sentenceEndOffset(layer, s), form: 'indirect' }, cue: cueOf(s.tokenStart), speaker: [s.tokenStart + 1, k], rule: 'document-source-opening' });
        if (a) found.push(a);
        continue;
      }
    }
    // "…, the mayor led 2-1 in a new poll."
    for (let i = s.tokenEnd - 2; i > s.tokenStart + 2 && i > s.tokenEnd - 13; i--) {
      if (!tokenIs(WORDS.in, tokens[i]!) || tokens[i]!.quote >= 0) continue;
      const k = sourceAfter(i, s.tokenEnd);
      if (k < 0 || k < s.tokenEnd - 1 || !hasFiniteVerb(tokens, s.tokenStart, i)) continue;
      const a = make(layer, s, -1, { content: { start: quoteAwareSentenceStart(layer, s), end: tokens[i - 1]!.end, form: 'indirect' }, cue: cueOf(i), speaker: [i + 1, k], rule: 'document-source-closing' });
      if (a) found.push(a);
      break;
    }
  }
  return found;
}
