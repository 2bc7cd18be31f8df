// Document pass 2: quotations signed with a dash and speaker-colon paragraphs (rules dash-signed,
// speaker-colon).

import type { TextLayer } from '../../types.js';
import { lowerBoundBy } from '../../spans.js';
import { type CueHit } from '../cues.js';
import { type RawAttribution, contentIndex, make } from '../attribution/make.js';
import { firstPart } from '../grammar/quotes.js';
import { WORDS, isExactWord } from '../grammar/lexicon.js';

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
  for (const p of paragraphs) {
    // ("Clinton to Planned Parenthood: …", "Former AG Mukasey at RNC: …": the hearer or venue after
    // "to"/"at" is not the speaker.)
    const m = /^["“]?([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,5})(?:\s+(?:to|at|on|in)(?:\s+[A-Z][\p{L}.'’-]*){1,4})?:\s+(?=\S)/u.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (!m || isExactWord(WORDS.paragraphLabels, /^\w+/.exec(m[1]!)?.[0] ?? '')) continue;
    const rest = text.slice(p.start + m[0].length, p.end);
    if (rest.trim().split(/\s+/).length < 3 || covered(p.start + m[0].length, p.end)) continue;
    const nameStart = p.start + m[0].indexOf(m[1]!);
    const s0 = tokenAt(nameStart);
    const s1 = tokenAt(nameStart + m[1]!.length - 1) + 1;
    const colon = tokenAt(p.start + m[0].lastIndexOf(':'));
    // The tagger reads many capitalised names at a paragraph's start as verbs ("Lynch: …"); only a
    // lower-case verb shows a clause.
    if (tokens.slice(s0, s1).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^[A-Z]/.test(t.text))) continue;
    const s = layer.sentences[tokens[s0]!.sentence]!;
    const cue: CueHit = { first: colon, last: colon + 1, lemma: 'say', kind: 'speech' };
    const a = make(layer, s, -1, { content: { start: p.start + m[0].length, end: p.end, form: 'indirect' }, cue, speaker: [s0, s1], rule: 'speaker-colon' });
    if (a) found.push(a);
  }
  return found;
}
