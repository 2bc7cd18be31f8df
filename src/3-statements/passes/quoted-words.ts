// After the confidence model: quoted words no kept statement holds belong to the subject of their
// clause (rule quoted-words). Called from index.ts.

import type { Sentence, TextLayer, Token } from '../../types.js';
import { lowerBound } from '../../spans.js';
import type { RawAttribution } from '../attribution/make.js';
import { sentenceAt } from '../grammar/quotes.js';
import { clauseSubjectBefore, sentenceSubject } from '../grammar/clause-subjects.js';
import { isDashAt } from '../grammar/words.js';

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
    const clauseSubject = clauseSubjectBefore(tokens, s.tokenStart, qi);
    if (!clauseSubject) continue;
    const subj = afterDash(tokens, qi, p.end) ? namedSentenceSubject(tokens, s, qi) ?? clauseSubject : clauseSubject;
    const lastSentence = sentenceAt(sentences, p.end - 1, s.index);
    out.push({ contentStart: p.start, contentEnd: p.end, cue: null, speaker: subj, speakerHead: subj, inherit: false, form: 'direct', firstSentence: s.index, lastSentence, inQuote: -1, rule: 'quoted-words', relayedBy: -1 });
  }
  return out;
}

/** Does the quotation at token qi follow a dash, closing its sentence (not a dashed aside)? */
function afterDash(tokens: Token[], qi: number, end: number): boolean {
  if (!isDashAt(tokens, qi - 1)) return false;
  const next = lowerBound(tokens, end);
  return !(next < tokens.length && tokens[next]!.sentence === tokens[qi]!.sentence && isDashAt(tokens, next));
}

/**
 * "Judge Mann agreed with the defence that, while X, Y - “I conclude …”": after a dash the quotation
 * is the sentence's named subject's, not that of the clause just before it. (After a colon it is
 * the clause's: "she got so upset that I had to change my answer: “…”".)
 */
function namedSentenceSubject(tokens: Token[], s: Sentence, qi: number): [number, number] | null {
  const np = sentenceSubject(tokens, s);
  if (!np || np[1] > qi || tokens[np[1] - 1]!.pos !== 'PROPN') return null;
  for (let k = np[0]; k < np[1]; k++) if (tokens[k]!.quote >= 0) return null;
  return np;
}
