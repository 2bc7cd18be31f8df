// Document pass 12 (adjust): a report read inside the adverbial clause or phrase that opens its
// sentence ("Though she called for refunds, the minister …", "In a statement announcing the merger,
// the union …") ends where the main clause begins. Returns new attributions; its input is left as it was.

import type { Sentence, TextLayer, Token } from '../../types.js';
import { lowerBound } from '../../spans.js';
import { type RawAttribution, revised } from '../attribution/make.js';
import { openingClauseEnd } from '../grammar/clauses.js';
import { isDashAt } from '../grammar/words.js';
import { formOf } from '../grammar/quotes.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';

/** How many adverbs may stand before the opening subordinator ("Back when …", "Even though …" is one word pair). */
const MAX_LEADING_ADVERBS = 2;

/**
 * Does the sentence open with an adverbial that holds the cue at token `cue` — a subordinator
 * (grammar.json openingSubordinators, maybe after an adverb: "Back when she wrote …"), or a preposition
 * whose clause the cue, a participle, belongs to ("In defending himself …", "In a statement announcing …")
 * — with no comma, dash or colon outside quotation marks between the sentence start and the cue?
 */
function cueInOpener(tokens: readonly Token[], s: Sentence, cue: number): boolean {
  let k = s.tokenStart;
  while (k < cue && k - s.tokenStart < MAX_LEADING_ADVERBS && tokens[k]!.pos === 'ADV' && !tokenIs(WORDS.openingSubordinators, tokens[k]!)) k++;
  const first = tokens[k];
  if (!first || k >= cue) return false;
  const subordinator = tokenIs(WORDS.openingSubordinators, first);
  const participle = k === s.tokenStart && first.pos === 'ADP' && tokens[cue]!.pos === 'VERB' && /ing$/i.test(tokens[cue]!.lower);
  if (!subordinator && !participle) return false;
  for (let m = k + 1; m < cue; m++) {
    const t = tokens[m]!;
    if (t.quote < 0 && (t.text === ',' || t.text === ':' || t.text === ';' || isDashAt(tokens as Token[], m))) return false;
  }
  return true;
}

/**
 * "Though it is hard to judge the rebels' claims about the attack, analysts say …": a report whose cue
 * lies in the sentence's opening adverbial and whose content follows the cue ends at the comma before
 * the main clause (openingClauseEnd: a noun phrase and a finite verb after it), so the main clause is
 * no part of it and the main clause's own report is not nested in it.
 */
export function endAtOpeningClause(layer: TextLayer, input: readonly RawAttribution[]): RawAttribution[] {
  const { tokens, sentences } = layer;
  return input.map((a) => {
    if (!a.cue || a.firstSentence !== a.lastSentence || a.contentStart < tokens[a.cue.last - 1]!.end) return a;
    const s = sentences[a.firstSentence]!;
    if (!cueInOpener(tokens, s, a.cue.first)) return a;
    const end = openingClauseEnd(tokens as Token[], a.cue.last, s.tokenEnd, a.contentEnd);
    if (!(end < a.contentEnd && lowerBound(tokens, end) > lowerBound(tokens, a.contentStart))) return a;
    return revised(a, { contentEnd: end, form: a.inQuote < 0 ? formOf(layer, a.contentStart, end) : a.form });
  });
}
