// Runs one family's rule table (cases/<family>.ts) against stage 3's rule layer: readText then
// findAttributions, no NER and no confidence model. The two fallbacks that run after the model
// ('quoted-words', 'unattributed-quotation') are read from analyze() with minConfidence 0.

import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findAttributions, type RuleId } from '../../../src/3-statements/index.js';
import type { FamilyCases } from './cases/types.js';

/** What one rule read: its content, and its speaker's text (null when it gives none). */
export interface Reading {
  content: string;
  speaker: string | null;
}

/** Rules that run after the confidence model, in index.ts: only the full pipeline shows them. */
const FALLBACKS: ReadonlySet<RuleId> = new Set(['quoted-words', 'unattributed-quotation']);

/** Every reading of `rule` in `text`. */
export async function readingsOf(rule: RuleId, text: string): Promise<Reading[]> {
  return FALLBACKS.has(rule) ? fallbackReadings(rule, text) : ruleLayerReadings(rule, text);
}

function ruleLayerReadings(rule: RuleId, text: string): Reading[] {
  const layer = readText(text);
  return findAttributions(layer)
    .filter((a) => a.rule === rule)
    .map((a) => ({
      content: text.slice(a.contentStart, a.contentEnd),
      speaker: a.speaker ? text.slice(layer.tokens[a.speaker[0]]!.start, layer.tokens[a.speaker[1] - 1]!.end) : null,
    }));
}

// (The pipeline loads the tagger's and NER's models: only the floating family's fallback rows import it.)
async function fallbackReadings(rule: RuleId, text: string): Promise<Reading[]> {
  const { analyze } = await import('../../../src/pipeline.js');
  const analysis = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 });
  return analysis.statements.filter((s) => s.rule === rule).map((s) => ({ content: s.content.text, speaker: s.speaker?.text ?? null }));
}

/** The tests of one family: every row is read by its rule, and no negative row is. */
export function describeFamily(cases: FamilyCases): void {
  describe(`stage-3 rules, family ${cases.family}`, () => {
    it.each(cases.rows)('%s reads %j', async (rule, sentence, content, speaker) => {
      expect(await readingsOf(rule, sentence)).toContainEqual({ content, speaker });
    });
    it.each(cases.negatives)('%s reads nothing in %j (%s)', async (rule, sentence) => {
      expect(await readingsOf(rule, sentence)).toEqual([]);
    });
  });
}
