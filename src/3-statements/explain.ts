// Stage 3, explained: for each statement of an Analysis, the rule that read it (id, family and reason
// from rules.ts), its cue with the cue-lexicon class it comes from (cues.ts), and the confidence
// model's view of it (confidence.ts: the features with their weights, and the bias). Pure; read by
// `newsgraph annotate --explain` (annotate/contract.ts) and `newsgraph build --explain` (build.ts).

import { MODEL as BUNDLED, confidenceOf, floorOf, statementFeatures, type ConfidenceModel } from './confidence.js';
import { ADJECTIVE_CUES, COGNITION_VERBS, CUE_NOUNS, INFINITIVE_CUES, OBJECT_CUES, SPEECH_VERBS } from './cues.js';
import { ruleInfo } from './rules.js';
import type { Analysis, CueLexiconClass, Entity, FeatureWeight, Statement, StatementExplanation } from '../types.js';

export type { CueLexiconClass, FeatureWeight, StatementExplanation } from '../types.js';

/** Options of explainStatements. */
export interface ExplainOptions {
  /** The confidence model (default: the bundled one, data/models/statement-confidence.json). */
  model?: ConfidenceModel;
}

/**
 * Explains every statement of an analysis, in the analysis's order.
 * @param analysis - the result of analyze()
 * @param options - see ExplainOptions
 */
export function explainStatements(analysis: Analysis, options: ExplainOptions = {}): StatementExplanation[] {
  const m = options.model ?? BUNDLED;
  const weights = new Map(Object.entries(m.weights));
  const entities = new Map<string, Entity>(analysis.mentions.entities.map((e) => [e.key, e]));
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  return analysis.statements.map((s) => {
    const info = s.rule ? ruleInfo(s.rule) : undefined;
    const scoredBy = scoredByOf(s);
    let explained: StatementExplanation['model'] = null;
    let floor: string | null = null;
    if (scoredBy === 'model') {
      const feats = statementFeatures(analysis.text, entities, s, s.parent ? (byId.get(s.parent) ?? null) : null);
      const p = confidenceOf(feats, m);
      explained = { bias: m.bias, confidence: Math.round(p * 1000) / 1000, features: weighted(feats, weights) };
      if (p < m.threshold) floor = floorOf(analysis.text, s);
    }
    return {
      statement: s.id,
      rule: info?.id ?? null,
      family: info?.family ?? null,
      reason: info?.reason ?? null,
      cue: s.cue ? { text: s.cue.text, lemma: s.cueLemma, lexicon: cueLexiconClass(s.cueLemma) } : null,
      kind: s.kind ?? null,
      confidence: s.confidence,
      scoredBy,
      threshold: m.threshold,
      floor,
      model: explained,
    };
  });
}

/**
 * The cue-lexicon class of a cue lemma, in the order the confidence model tests them (a lemma in
 * two lists counts as the first): speech, cognition, object, infinitive, noun, adjective, phrase.
 */
export function cueLexiconClass(lemma: string | null): CueLexiconClass {
  if (!lemma) return 'none';
  if (SPEECH_VERBS.has(lemma)) return 'speech';
  if (COGNITION_VERBS.has(lemma)) return 'cognition';
  if (OBJECT_CUES.has(lemma)) return 'object';
  if (INFINITIVE_CUES.has(lemma)) return 'infinitive';
  if (CUE_NOUNS.has(lemma)) return 'noun';
  if (ADJECTIVE_CUES.has(lemma.split(' ')[0]!) || lemma === 'be against') return 'adjective';
  return 'phrase';
}

// Quoted words get a fixed share (index.ts QUOTED_WORDS_CONFIDENCE) and unattributed quotations no
// score; every other statement was scored by the model.
function scoredByOf(s: Statement): StatementExplanation['scoredBy'] {
  if (s.confidence === null) return 'none';
  return s.rule === 'quoted-words' ? 'fixed' : 'model';
}

/** Features with their weights, largest |weight| first, then unweighted ones; ties by feature name. */
function weighted(feats: readonly string[], weights: ReadonlyMap<string, number>): FeatureWeight[] {
  const out = feats.map((feature) => ({ feature, weight: weights.get(feature) ?? null }));
  const size = (w: number | null): number => (w === null ? -1 : Math.abs(w));
  return out.sort((a, b) => size(b.weight) - size(a.weight) || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
}
