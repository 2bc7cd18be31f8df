// Stage 3: the organisation a person told the words to or spoke to ("told Yle", "speaking to the BBC's
// Today programme", "in an interview with Reuters") heard them as an outlet. Speakers
// (organisation-descriptions.ts) do not take it for "the company" a later sentence means; words in
// data/lexicon/context.json outletHearerWords and personSubjectPronouns.

import type { Entity, Mention, TextLayer } from '../types.js';
import { lowerBound } from '../spans.js';
import { CONTEXT_WORDS } from './context/words.js';

/** Words that may stand between a verb of telling and the outlet told: "state broadcaster", "the", "Finnish", "CBC 's". */
const HEARER_DESCRIPTION: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);

/**
 * Is the organisation at `start` the one a person told the words to or spoke to (three describing
 * words between at most)? An organisation told by another may be the company meant ("The regulator
 * told Northwind Foods that the company must recall the pies"): only a person's telling counts.
 */
export function heardAsOutlet(layer: TextLayer, mentions: readonly Mention[], byKey: ReadonlyMap<string, Entity>, start: number): boolean {
  const t = layer.tokens;
  for (let k = lowerBound(t, start) - 1, n = 0; k >= 0 && n <= 4; k--, n++) {
    const tok = t[k]!;
    if (CONTEXT_WORDS.outletHearerWords.has(tok.lemma) && tok.pos === 'VERB') return personTold(layer, mentions, byKey, tok.start);
    if (k > 0 && CONTEXT_WORDS.outletHearerWords.has(`${t[k - 1]!.lemma} ${tok.lower}`)) return true;
    if (!HEARER_DESCRIPTION.has(tok.pos)) return false;
  }
  return false;
}

/** Is the subject of the verb of telling at `at` a person: "he"/"she" right before it, or a person the sentence names last before it? */
function personTold(layer: TextLayer, mentions: readonly Mention[], byKey: ReadonlyMap<string, Entity>, at: number): boolean {
  const t = layer.tokens;
  const k = lowerBound(t, at) - 1;
  if (k >= 0 && CONTEXT_WORDS.personSubjectPronouns.has(t[k]!.lower)) return true;
  const sentence = layer.sentences[t[k + 1]!.sentence]!;
  const m = mentions[lowerBound(mentions, at) - 1];
  return !!m && m.start >= sentence.start && byKey.get(m.entity)?.type === 'Person';
}
