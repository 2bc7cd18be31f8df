// Stage 1, inside tokenisation (tokens.ts, repairProperNouns): a surname that is also an English word
// at a sentence's start ("Cook said …", "Garland, the attorney general, said …"), which wink reads as a
// verb or an adjective, before a reporting verb right after it or after an appositive set off by commas.

import tagging from '../../data/lexicon/tagging.json' with { type: 'json' };
import type { Sentence, Token } from '../types.js';

const REPORTING_FORMS: ReadonlySet<string> = new Set(tagging.reportingForms.words);
const NOT_NAMES: ReadonlySet<string> = new Set(tagging.narrationAdverbs.words);
/** Parts of speech an appositive after a name is made of ("the attorney general", "a former aide", "54", "of the board"). */
const APPOSITIVE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART', 'CCONJ']);
/** The longest appositive read between the commas. */
const APPOSITIVE_MAX = 10;

/**
 * "Cook said sales rose" (wink: Cook VERB, said ADJ), "Garland, the attorney general, said …",
 * "Cook, 54, told …": the capitalised first word i of sentence s, which wink reads as a verb or an
 * adjective (or a singular noun before an appositive), is a surname when a reporting form as written
 * (tagging.json reportingForms) follows it — right after it, or after an appositive of nouns,
 * adjectives, numbers and prepositions (no verb) set off by commas. The reporting form becomes the
 * verb. Not a reporting form or a narration adverb itself ("Later said"). True when repaired.
 */
export function repairSurnameAtStart(tokens: Token[], i: number, s: Sentence): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || i + 2 >= s.tokenEnd || REPORTING_FORMS.has(t.lower) || NOT_NAMES.has(t.lower)) return false;
  if (REPORTING_FORMS.has(next.text) && next.pos !== 'VERB' && (t.pos === 'VERB' || t.pos === 'ADJ')) {
    t.pos = 'PROPN';
    next.pos = 'VERB';
    return true;
  }
  const singular = t.pos === 'VERB' || t.pos === 'ADJ' || (t.pos === 'NOUN' && !t.lower.endsWith('s'));
  if (next.text !== ',' || !singular) return false;
  const close = appositiveEnd(tokens, i + 2, s);
  if (close < 0 || !REPORTING_FORMS.has(tokens[close + 1]?.text ?? '') || tokens[close + 1]!.pos !== 'VERB') return false;
  t.pos = 'PROPN';
  return true;
}

/** The comma that closes an appositive opening at k (at least one word, no verb, no quotation), or -1. */
function appositiveEnd(tokens: Token[], k: number, s: Sentence): number {
  for (let j = k; j < s.tokenEnd && j < k + APPOSITIVE_MAX; j++) {
    const w = tokens[j]!;
    if (w.text === ',') return j > k && j + 1 < s.tokenEnd ? j : -1;
    if (w.quote >= 0 || !APPOSITIVE_POS.has(w.pos)) return -1;
  }
  return -1;
}
