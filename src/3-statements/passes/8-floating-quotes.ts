// Document pass 8: a quoted paragraph with no cue is spoken by the last speaker (rule floating-quote),
// or by the named subject of a speech act the paragraph before ends with (floating-quote-after-act);
// a quotation closing its paragraph after "She was blunt." is that sentence's subject's (quote-after-manner).

import type { Quotation, Sentence, TextLayer } from '../../types.js';
import { lowerBoundBy } from '../../spans.js';
import { type RawAttribution, contentIndex, make } from '../attribution/make.js';
import { cueAt } from '../cues.js';
import { lastPart, sentenceAt } from '../grammar/quotes.js';
import { nounPhraseLeft } from '../grammar/noun-phrases.js';
import { END_PUNCT, OPEN_MARKS } from '../grammar/words.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';

/** A quotation that opens a paragraph or sentence with no cue of its own: spoken by the last speaker. */
export function addFloatingQuotes(layer: TextLayer, atts: readonly RawAttribution[]): RawAttribution[] {
  const found: RawAttribution[] = [];
  const { quotations, paragraphs, text } = layer;
  const overlaps = contentIndex(atts);
  const covered = (q: Quotation) => overlaps(q.contentStart, q.contentEnd, (a) => a.contentStart <= q.contentStart && a.contentEnd >= q.contentEnd - 1);
  // Top-level attributions by content end, for "the last speaker before this quotation".
  const byEnd = atts.filter((a) => a.inQuote < 0).sort((x, y) => x.contentEnd - y.contentEnd);
  for (const q of quotations) {
    if (q.continues >= 0 || covered(q)) continue;
    const para = paragraphs[q.paragraph]!;
    const last = lastPart(quotations, q);
    if (q.start !== para.start) {
      const a = afterManner(layer, q, last);
      if (a) found.push(a);
      continue;
    }
    // The quotation must fill its paragraph (give or take closing punctuation): a paragraph of quoted speech.
    if (q.start !== para.start) continue;
    const lastPara = paragraphs[last.paragraph]!;
    const tail = text.slice(last.end, lastPara.end).trim();
    if (tail.length > 2) continue;
    // Only when someone spoke shortly before.
    const lo = lowerBoundBy(byEnd, q.start + 1, (a) => a.contentEnd);
    const prev = byEnd[lo - 1];
    if (!prev) continue;
    const prevPara = layer.sentences[prev.lastSentence]!.paragraph;
    if (q.paragraph - prevPara > 2) continue;
    const s = layer.sentences[sentenceAt(layer.sentences, q.start, 0)]!;
    const content = { start: q.start, end: last.end, form: 'direct' as const };
    const actor = speechActSubject(layer, layer.sentences[s.index - 1], q.paragraph, prev.contentEnd);
    const a = actor
      ? make(layer, s, -1, { content, cue: null, speaker: actor, rule: 'floating-quote-after-act' })
      : make(layer, s, -1, { content, cue: null, speaker: null, inherit: true, rule: 'floating-quote' });
    if (a) {
      found.push(a);
      // (Kept sorted by content end: the next quotation's binary search must see it in its place.)
      byEnd.splice(lowerBoundBy(byEnd, a.contentEnd + 1, (x) => x.contentEnd), 0, a);
    }
  }
  return found;
}

/**
 * "Chairman Lena Ortiz objected.\n\n“We exclude nothing.”": the paragraph before the
 * quotation ends with a sentence, after the last report, whose named subject does something with words
 * (a verb of speech with no content read). That person speaks the quotation, not the last speaker.
 */
function speechActSubject(layer: TextLayer, before: Sentence | undefined, paragraph: number, lastReportEnd: number): [number, number] | null {
  const { tokens } = layer;
  if (!before || before.paragraph !== paragraph - 1 || before.start < lastReportEnd) return null;
  if (layer.paragraphs[before.paragraph]!.end > before.end + 1) return null;
  for (let k = before.tokenStart; k < before.tokenEnd; k++) if (tokens[k]!.quote >= 0) return null;
  // The main clause's verb of speech, its subject a name that opens the sentence or follows a comma.
  for (let k = before.tokenEnd - 1; k > before.tokenStart; k--) {
    if (tokens[k]!.pos !== 'VERB' || /ing$/i.test(tokens[k]!.text) || cueAt(tokens, k, before.tokenEnd)?.kind !== 'speech') continue;
    const np = nounPhraseLeft(tokens, k - 1, before.tokenStart);
    if (!np || np[1] !== k || tokens[k - 1]!.pos !== 'PROPN') return null;
    return np[0] === before.tokenStart || tokens[np[0] - 1]!.text === ',' ? np : null;
  }
  return null;
}

/**
 * "On flooding, she was blunt. “Nobody followed the plan.”": a quotation that opens a sentence and
 * closes its paragraph, right after a sentence of the same paragraph that only describes how its
 * subject — "he", "she" or a name — spoke or stood ("was blunt", "was more cautious"), is that subject's.
 */
function afterManner(layer: TextLayer, q: Quotation, last: Quotation): RawAttribution | null {
  const { tokens, text, sentences } = layer;
  const si = sentenceAt(sentences, q.start, 0);
  const s = sentences[si]!;
  const before = sentences[si - 1];
  const first = tokens[s.tokenStart]!;
  if (!before || before.paragraph !== s.paragraph || first.start !== q.start || !OPEN_MARKS.test(first.text)) return null;
  if (text.slice(last.end, layer.paragraphs[last.paragraph]!.end).trim().length > 2) return null;
  const subject = mannerSubject(layer, before);
  return subject ? make(layer, s, -1, { content: { start: q.start, end: last.end, form: 'direct' }, cue: null, speaker: subject, rule: 'quote-after-manner' }) : null;
}

/** The subject of "[opener,] she was (more) blunt.": "he", "she" or a name, a form of "be", adverbs, an adjective, the end. */
function mannerSubject(layer: TextLayer, before: Sentence): [number, number] | null {
  const { tokens } = layer;
  let k = before.tokenEnd - 1;
  if (!END_PUNCT.test(tokens[k]!.text)) return null;
  k--;
  // (wink reads some such adjectives after "was" as verbs, "she was blunt"; a participle is a passive.)
  const adj = tokens[k];
  if (!adj || !(adj.pos === 'ADJ' || (adj.pos === 'VERB' && !/(ed|en|ing)$/i.test(adj.text)))) return null;
  k--;
  while (k > before.tokenStart && tokens[k]!.pos === 'ADV') k--;
  const be = tokens[k];
  if (!be || be.pos !== 'AUX' || be.lemma !== 'be' || k <= before.tokenStart) return null;
  const subj = tokens[k - 1]!;
  let span: [number, number] | null = null;
  if (subj.pos === 'PRON' && tokenIs(WORDS.heShe, subj)) span = [k - 1, k];
  else if (subj.pos === 'PROPN') {
    const np = nounPhraseLeft(tokens, k - 1, before.tokenStart);
    if (np && np[1] === k) span = np;
  }
  if (!span) return null;
  for (let m = before.tokenStart; m < before.tokenEnd; m++) if (tokens[m]!.quote >= 0) return null;
  return span[0] === before.tokenStart || tokens[span[0] - 1]!.text === ',' ? span : null;
}
