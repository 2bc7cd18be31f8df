// The cue rules: reads one reporting cue in its sentence with the first step of CUE_STEPS that
// applies. A step returns an attribution (a rule read it), null (no report here: stop), or
// undefined (not this step's case: go on). The order is the table below; rules.ts has every
// rule's reason and example, docs/rules.md their precision.

import type { Sentence, TextLayer } from '../../types.js';
import type { CueHit } from '../cues.js';
import { readAccordingTo } from './according-to.js';
import { readAdjectiveCue } from './adjective.js';
import { coordinatedVerb } from './coordinated.js';
import { cueContext, type CueContext, type Trim } from './cue-context.js';
import { notIdiom } from './idioms.js';
import { infinitivePurpose, notDocumentParticiple, notModifier, notParticipleOfObject, notParticleVerb } from './infinitive.js';
import { inverted, invertedOpening } from './inverted.js';
import type { RawAttribution } from './make.js';
import { asReportedBy, passiveAgent } from './passive.js';
import { notNonFinite, participleAdjunct, participleAfterDay, participleAfterName, participleAfterObject, participleBroad, participleStanceNoun, participleWithNoun } from './participle.js';
import { subjectFirst } from './subject-first.js';

/** One step of the cue rules: the rule ids it may produce (or a guard's name) and its reading. */
export interface CueStep {
  readonly id: string;
  readonly reason: string;
  readonly read: (c: CueContext) => RawAttribution | null | undefined;
}

/** The cue rules in order: the first step that returns something other than undefined decides. */
export const CUE_STEPS: readonly CueStep[] = [
  { id: 'guard:not-idiom', reason: '"it goes without saying", "needless to say": a fixed phrase reports no words', read: notIdiom },
  { id: 'according-to', reason: '"according to X"', read: (c) => (c.cue.kind === 'according' ? readAccordingTo(c.layer, c.s, c.cue, c.inQuote) : undefined) },
  { id: 'infinitive-purpose', reason: 'a cue after "to" with no verb of aspect before it', read: infinitivePurpose },
  { id: 'guard:not-modifier', reason: '"so-called", "the said plan": a cue used as a modifier', read: notModifier },
  { id: 'guard:not-particle-verb', reason: '"show up", "call up": another verb', read: notParticleVerb },
  { id: 'guard:not-document-participle', reason: '"a study published last year found", "documents seen by this newspaper show": a participle describing a document', read: notDocumentParticiple },
  { id: 'guard:not-participle-of-object', reason: '"in a video posted on Facebook", "with a letter sent to members": a participle describing the object of a preposition', read: notParticipleOfObject },
  { id: 'participle-adjunct', reason: '", saying C" / "Noting C, X …"', read: participleAdjunct },
  { id: 'participle-with-noun', reason: '"with N saying C"', read: participleWithNoun },
  { id: 'participle-after-object', reason: '"emailed parents saying C"', read: participleAfterObject },
  { id: 'participle-after-day', reason: '"messages early Friday saying C"', read: participleAfterDay },
  { id: 'participle-stance-noun', reason: '"a group backing X"', read: participleStanceNoun },
  { id: 'participle-after-name', reason: '"footage of X saying C"', read: participleAfterName },
  { id: 'participle-broad', reason: 'any other non-progressive -ing cue', read: participleBroad },
  { id: 'guard:not-non-finite', reason: 'other -ing forms, "to" and "be" are no report', read: notNonFinite },
  { id: 'as-reported-by', reason: '"As reported by X, C"', read: asReportedBy },
  { id: 'adjective-attitude', reason: '"X is confident that C"', read: (c) => (c.cue.kind === 'adjective' ? readAdjectiveCue(c.layer, c.s, c.cue, c.subjectEnd(), c.inQuote) : undefined) },
  { id: 'passive-agent', reason: '"it was stated by X"', read: passiveAgent },
  { id: 'coordinated-verb', reason: '"X promised A and said C"', read: coordinatedVerb },
  { id: 'subject-first', reason: 'a speaker left of the cue: appearances, passives, asides, content first or after (subject-first.ts)', read: subjectFirst },
  { id: 'inverted-opening', reason: '"Said X: “C”"', read: invertedOpening },
  { id: 'inverted', reason: '"“C,” said X." (last: null when it does not apply)', read: inverted },
];

/** The attribution one cue reports (or null), and the trims it made to earlier attributions. */
export function readCue(layer: TextLayer, s: Sentence, cue: CueHit, prior: readonly RawAttribution[]): { att: RawAttribution | null; trims: readonly Trim[] } {
  const c = cueContext(layer, s, cue, prior);
  for (const step of CUE_STEPS) {
    const r = step.read(c);
    if (r !== undefined) return { att: r, trims: c.trims };
  }
  return { att: null, trims: c.trims };
}
