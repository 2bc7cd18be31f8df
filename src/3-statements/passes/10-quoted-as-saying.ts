// Document pass 10 (adjust): "A quoted B as saying C" reports B's words, passed on by A. The
// speaker is B, not the paper or agency that quoted them; the content is C. Returns adjusted copies.

import type { TextLayer } from '../../types.js';
import type { RawAttribution } from '../attribution/make.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';

/** How far after "quoted" the "as saying" may stand (the quoted person's name and role). */
const MAX_OBJECT_TOKENS = 14;

/** The token index of "as" in "quoted B as saying", or -1. */
function asSaying(layer: TextLayer, from: number, sentenceEnd: number): number {
  const t = layer.tokens;
  for (let k = from + 1; k < Math.min(sentenceEnd - 1, from + MAX_OBJECT_TOKENS); k++) {
    if (t[k]!.lower === 'as' && tokenIs(WORDS.asSayingVerbs, t[k + 1]!)) return k;
    if (/^[.;:!?]$/.test(t[k]!.text)) return -1;
  }
  return -1;
}

/** "the Gazette quoted Lena Ortiz as saying C", "“C,” the Gazette quoted Ortiz as saying": the speaker is Ortiz. */
export function quotedAsSaying(layer: TextLayer, input: readonly RawAttribution[]): RawAttribution[] {
  const t = layer.tokens;
  // "as saying" read on its own (a participle reporting for "the Gazette") is the same report.
  const sayings = new Set<number>();
  const out = input.map((a) => {
    if (a.cue?.lemma !== 'quote') return a;
    const sentence = layer.sentences[t[a.cue.first]!.sentence]!;
    const as = asSaying(layer, a.cue.last - 1, sentence.tokenEnd);
    if (as < 0 || as <= a.cue.last) return a;
    sayings.add(as + 1);
    const speaker: [number, number] = [a.cue.last, as];
    if (a.contentStart < t[a.cue.first]!.start) return { ...a, speaker, speakerHead: speaker, inherit: false };
    // Content after the cue: it starts after "as saying" (and a "that").
    let c = as + 2;
    if (t[c]?.lower === 'that') c++;
    if (c >= sentence.tokenEnd || t[c]!.start >= a.contentEnd) return a;
    return { ...a, speaker, speakerHead: speaker, inherit: false, contentStart: t[c]!.start };
  });
  return sayings.size ? out.filter((a) => !(a.cue && a.cue.lemma !== 'quote' && sayings.has(a.cue.first))) : out;
}
