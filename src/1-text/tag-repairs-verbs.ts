// Stage 1, inside tokenisation (tokens.ts, after tag-repairs.ts's clause repairs): verbs wink reads as
// nouns where their subject stands apart from them — a plural subject with a modifier after it ("firms
// bidding for the harbour contract plan to appeal"), read with the modifier's last noun as a compound.

import tagging from '../../data/lexicon/tagging.json' with { type: 'json' };
import type { Sentence, Token } from '../types.js';
import { finiteLater, opensClause, singularNoun } from './tag-repairs.js';
import { isLexicalWord } from './wink-model.js';

const VERBS_BEFORE_INFINITIVE: ReadonlySet<string> = new Set(tagging.verbsBeforeInfinitive.words);

/**
 * "Officials said firms bidding for the harbour contract plan to appeal", "Leaders of the union plan to
 * strike": a bare verb that takes an infinitive (tagging.json verbsBeforeInfinitive), which wink tags a
 * noun after a singular noun and before "to" and a verb, is the clause's verb when a plural noun opens
 * the clause within ten words before it, with a participle or a preposition after it and no verb between
 * — the plural is its subject, the singular the last word of its modifier. Not when a finite verb
 * follows in the clause ("Critics of the pension plan to cut payouts said …": there "plan" is a noun).
 */
export function repairInfinitiveVerbsAfterModifiedPlural(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 3; i + 2 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || !VERBS_BEFORE_INFINITIVE.has(t.lemma) || tokens[i + 1]!.lower !== 'to' || tokens[i + 2]!.pos !== 'VERB') continue;
    const before = tokens[i - 1]!;
    // (After a plural noun the verb is repairVerbsBeforeInfinitive's.)
    if (before.pos !== 'NOUN' || !singularNoun(before)) continue;
    if (modifiedPluralSubject(tokens, i - 2, s) && !finiteLater(tokens, i + 3, s.tokenEnd)) t.pos = 'VERB';
  }
}

/**
 * Walking back from k over a modifier's words (nouns, adjectives, determiners, prepositions, names,
 * numbers, -ing forms), at most ten: is there a plural noun with a preposition or an -ing form right
 * after it, whose noun phrase opens a clause (tag-repairs.ts opensClause)? (A plural that opens the
 * sentence may be tagged a name: "Leaders of …".)
 */
function modifiedPluralSubject(tokens: Token[], k: number, s: Sentence): boolean {
  for (let m = k; m >= s.tokenStart && m > k - 10; m--) {
    const t = tokens[m]!;
    const next = tokens[m + 1]!;
    if (pluralNoun(t, m === s.tokenStart) && (next.pos === 'ADP' || next.lower.endsWith('ing'))) {
      let d = m;
      while (d > s.tokenStart && /^(DET|ADJ|NUM)$/.test(tokens[d - 1]!.pos)) d--;
      if (opensClause(tokens, d, s)) return true;
    }
    if (!MODIFIER_WORDS.has(t.pos) && !t.lower.endsWith('ing')) return false;
  }
  return false;
}

/** A plural common noun, or at the sentence's start a capitalised plural of an English word wink tags a name ("Leaders"). */
function pluralNoun(t: Token, first: boolean): boolean {
  if (t.pos === 'NOUN') return !singularNoun(t);
  return first && t.pos === 'PROPN' && t.lower.endsWith('s') && isLexicalWord(t.lower.slice(0, -1));
}

const MODIFIER_WORDS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'DET', 'ADP', 'PROPN', 'NUM']);
