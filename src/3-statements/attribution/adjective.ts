// Attitudes after a copula: "X is confident that C", "remains critical of Y" (rule adjective-attitude).

import type { Sentence, TextLayer, Token } from '../../types.js';
import { copulaBefore, type CueHit } from '../cues.js';
import { looseObject, pastTime } from './content-after.js';
import { type Content, type RawAttribution, make } from './make.js';
import { finiteAt, subjectAndVerb } from '../grammar/clauses.js';
import { extendIntoQuote, sentenceEndOffset } from '../grammar/quotes.js';
import { clauseOpeningSubject, speakerLeft } from '../grammar/subjects.js';
import { AUX_OR_ADV, WH_WORDS, isMonthOrDay } from '../grammar/words.js';
import { WORDS, isWord, tokenIs } from '../grammar/lexicon.js';

/**
 * An attitude after a copula: the copula's subject holds it ("it" holds nothing: "it is clear
 * that …" is the reporter's). The content is what the adjective takes: a that- or wh-clause, an
 * infinitive, the object of its preposition, or a bare clause ("is sure the plan will pass").
 */
export function readAdjectiveCue(layer: TextLayer, s: Sentence, cue: CueHit, j: number, inQuote: number): RawAttribution | null {
  const { tokens } = layer;
  const copula = copulaBefore(tokens, cue.first);
  // ("remains confident": a copula verb wink tags VERB is skipped like an auxiliary.)
  let k = j;
  if (copula >= s.tokenStart && k >= copula) {
    k = copula - 1;
    while (k >= s.tokenStart && AUX_OR_ADV.has(tokens[k]!.pos) && tokens[k]!.quote === tokens[cue.first]!.quote) k--;
  }
  if (k < s.tokenStart) return null;
  const left = speakerLeft(tokens, k, s.tokenStart, inQuote) ?? clauseOpeningSubject(layer, s, k, inQuote);
  if (!left) return null;
  const [spk, head] = left;
  const expletive = spk[1] - spk[0] === 1 && isWord(WORDS.expletiveSubjects, tokens[spk[0]]!.text);
  const end = s.tokenEnd;
  // ("were hopeful Tuesday that …", "was confident on Monday that …": the day the view was held, then its clause.)
  const at = pastDay(tokens, cue.last, end);
  if (at >= end) return null;
  const first = tokens[at]!;
  let content: Content | null = null;
  // ("is unsure if …" asks; "is happy if …" sets a condition.)
  const question = tokenIs(WH_WORDS, first) && (!tokenIs(WORDS.ifWhen, first) || (tokenIs(WORDS.if, first) && /^(un)?(sure|certain|clear)$/.test(cue.lemma)));
  if (tokenIs(WORDS.that, first) || question) {
    content = { start: first.start, end: extendIntoQuote(layer, s, sentenceEndOffset(layer, s)), form: 'indirect' };
  } else if (cue.lemma.includes(' ') || tokenIs(WORDS.to, first)) {
    content = looseObject(layer, s, at);
  } else if (/^(PRON|PROPN|DET|NOUN)$/.test(first.pos) && finiteAt(tokens, subjectAndVerb(tokens, at, end)?.[1] ?? end)) {
    content = { start: first.start, end: extendIntoQuote(layer, s, sentenceEndOffset(layer, s)), form: 'indirect' };
  }
  if (!content) return null;
  return make(layer, s, inQuote, { content, cue, speaker: expletive ? null : spk, head: expletive ? null : head, rule: 'adjective-attitude' });
}

/** Past a weekday or date right after the cue ("Tuesday", "on Monday", "last week") when "that" follows it; `k` otherwise. */
function pastDay(tokens: Token[], k: number, end: number): number {
  const m = isMonthOrDay(tokens[k]?.text ?? '') && k + 1 < end ? k + 1 : pastTime(tokens, k, end);
  return m > k && m < end && tokenIs(WORDS.that, tokens[m]!) ? m : k;
}
