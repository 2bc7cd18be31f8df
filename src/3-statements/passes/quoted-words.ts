// After the confidence model: quoted words no kept statement holds belong to the subject of their
// clause (rule quoted-words). Called from index.ts.

import type { TextLayer } from '../../types.js';
import { lowerBound } from '../../spans.js';
import type { RawAttribution } from '../attribution/make.js';
import { sentenceAt } from '../grammar/quotes.js';
import { clauseSubjectBefore } from '../grammar/subjects.js';

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
