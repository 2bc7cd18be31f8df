// Cue rules for a speaker after its verb: "Said Ellis: “C”" opening a sentence (inverted-opening)
// and "“C,” said X." / "C, said the official." (inverted). Only verbs of saying invert.

import type { Token } from '../../types.js';
import { BARE_CLAUSE_VERBS, OBJECT_CUES, SAYING_VERBS, cueAt } from '../cues.js';
import { readContentAfter } from './content-after.js';
import { contentBefore, readContinuation } from './content-before.js';
import type { CueContext } from './cue-context.js';
import { make, type RawAttribution } from './make.js';
import { afterCueClause } from '../grammar/clauses.js';
import { closesQuotation, opensQuotation } from '../grammar/quotes.js';
import { speakerRight } from '../grammar/subjects.js';
import { CLOSE_MARKS, isMonthOrDay } from '../grammar/words.js';
import { WORDS, isWord, tokenIs } from '../grammar/lexicon.js';

type Result = RawAttribution | null | undefined;

/** Sentence-initial inversion: "Said Ellis: “C”". */
export function invertedOpening(c: CueContext): Result {
  const { tokens, s, cue, layer } = c;
  // (Only a verb of saying proper inverts at a sentence's start: "READ MORE: …" is a link label.)
  if (cue.first !== s.tokenStart || cue.kind !== 'speech' || !SAYING_VERBS.has(cue.lemma)) return undefined;
  const right = speakerRight(tokens, cue.last, s.tokenEnd);
  const after = right ? tokens[right[1]] : undefined;
  if (!(right && after && /^[:,]$/.test(after.text))) return undefined;
  const content = readContentAfter(layer, s, cue, right[1], true);
  if (content) return make(layer, s, c.inQuote, { content, cue, speaker: [right[0], right[1]], rule: 'inverted-opening' });
  return undefined;
}

/**
 * Inverted order after the content: "“C,” said X." Only reporting verbs invert ("…, said Smith");
 * "…, blasted Clinton" has Clinton as its object, and so has "…, attacked Rubio" though counts made
 * "attack" a speech verb: a verb that also takes its content as object inverts only when it is a
 * verb of saying proper.
 */
export function inverted(c: CueContext): Result {
  const { tokens, s, cue, layer } = c;
  const bj = cue.first - 1;
  if (cue.kind === 'object' || (OBJECT_CUES.has(cue.lemma) && !SAYING_VERBS.has(cue.lemma))) return null;
  if (!(bj >= s.tokenStart && (tokens[bj]!.text === ',' || CLOSE_MARKS.test(tokens[bj]!.text) || closesQuotation(layer, tokens[bj]!) || /^[—–-]$/.test(tokens[bj]!.text)))) return null;
  // (A straight mark that opens a quotation closes none: 'the government had "pushed the State into a debt trap"'.)
  if (opensQuotation(layer, tokens[bj]!)) return null;
  const right = speakerRight(tokens, cue.last, s.tokenEnd);
  // ("…, said Tuesday.": a day or a month after the cue is its time, no speaker.)
  if (!right || tokens.slice(right[0], right[1]).every((t) => isMonthOrDay(t.text))) return null;
  // "…, said the event brought back memories": a noun phrase with a verb after it is the subject
  // of the reported clause, not an inverted speaker. ("said the base chief known as Bob": a
  // participle with "as"/"by" still describes the speaker.)
  const afterNp = tokens[right[1]];
  const describes = afterNp && afterNp.pos === 'VERB' && /(ed|wn)$/i.test(afterNp.text) && isWord(WORDS.asBy, tokens[right[1] + 1]?.text ?? '');
  if (afterNp && right[1] < s.tokenEnd && (afterNp.pos === 'VERB' || afterNp.pos === 'AUX') && !describes) return null;
  // "…, begun two years ago, …": a time expression, not a speaker.
  if (afterNp && tokenIs(WORDS.timePostpositions, afterNp)) return null;
  const content = contentBefore(layer, s, bj, tokens[cue.first]!.start);
  if (!content) return null;
  const after = afterCueClause(tokens, s, right[2], false);
  if (after.kind === 'continues') {
    const rest = readContinuation(layer, s, after.at);
    content.end = Math.max(content.end, rest.end);
  } else if (after.kind === 'other') return null;
  return make(layer, s, c.inQuote, { content, cue, speaker: [right[0], relativeReportStart(tokens, right[1], right[2])], head: [right[0], right[1]], rule: 'inverted' });
}

/**
 * "“…,” said Ana Ruiz, chief economist at Norland Bank, who expects one more hike": a relative clause
 * after the inverted speaker whose verb is a cue of speech or thought is a report of its own, no part
 * of the speaker's phrase when that verb takes a clause (cues.json bareClause): where the phrase ends
 * (the comma before "who"), else `end` as read.
 */
function relativeReportStart(tokens: Token[], from: number, end: number): number {
  for (let k = from; k + 2 < end; k++) {
    if (tokens[k]!.text !== ',' || !tokenIs(WORDS.personalRelativePronouns, tokens[k + 1]!)) continue;
    let v = k + 2;
    while (v < end && tokens[v]!.pos === 'ADV') v++;
    const hit = v < end ? cueAt(tokens, v, end) : null;
    // (A verb that takes a clause of words or thought, "who believes the plan …"; not "who published a book", "who opted to …".)
    return hit && (hit.kind === 'speech' || hit.kind === 'cognition') && BARE_CLAUSE_VERBS.has(hit.lemma) ? k : end;
  }
  return end;
}
