// Stage 3 grammar: whether what follows a cue is only its medium ("…, the club said on its website
// on Tuesday") — words shared by the clause rules (clauses.ts) and the medium rules (medium.ts), kept
// apart from both so that neither imports the other.
import type { Token } from '../../types.js';
import { CONTEXT_WORDS } from '../context/words.js';
import { WORDS, isExactWord, tokenIs } from './lexicon.js';

/** An utterance noun (context.json) or a noun for a source's own media (grammar.json ownMediaNouns): "statement", "interview", "post", "filing". */
export function mediumNoun(t: Token): boolean {
  return t.pos === 'NOUN' && (CONTEXT_WORDS.utteranceNouns.has(t.lower) || tokenIs(WORDS.ownMediaNouns, t));
}

/** Do tokens a..last (inclusive) make a short adjunct with no verb ("on X", "on Monday", "with regulators")? */
export function adjunctOnly(tokens: readonly Token[], a: number, last: number): boolean {
  if (last - a >= 8) return false;
  for (let m = a; m <= last; m++) if (/^(VERB|AUX|SCONJ)$/.test(tokens[m]!.pos)) return false;
  return true;
}

/**
 * "…, the club said on its official website on Tuesday", "…, the firm announced on Facebook": from
 * token k to `last`, only a medium — "on"/"in", a platform's name or a source's own medium, and a
 * short adjunct — so nothing said stands after the cue.
 */
export function mediumOnly(tokens: readonly Token[], k: number, last: number): boolean {
  if (k + 1 > last || !(tokens[k]!.lower === 'on' || tokenIs(WORDS.mediumPrepositions, tokens[k]!))) return false;
  if (isExactWord(WORDS.platformNames, tokens[k + 1]!.text)) return adjunctOnly(tokens, k + 2, last);
  let m = k + 1;
  while (m < last && m <= k + 4 && !mediumNoun(tokens[m]!) && /^(DET|PRON|ADJ|PROPN|NOUN)$/.test(tokens[m]!.pos)) m++;
  return mediumNoun(tokens[m]!) && adjunctOnly(tokens, m + 1, last);
}
