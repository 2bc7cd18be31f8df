// Stage 3, step 1 (passives): the cue lexicon's word sets that decide what an agentless passive
// reports ("is expected to", "is seen as", "was asked whether", "was found on a road"), read from
// data/lexicon/cues.json. attribution/passive.ts is their only reader; cues.ts keeps the active cues.

import lexicon from '../../data/lexicon/cues.json' with { type: 'json' };

/** Verbs whose agentless passive raises like "seem": "the mayor is expected to resign" has no source. */
export const RAISING_PASSIVES: ReadonlySet<string> = new Set(lexicon.raisingPassive);
/** Verbs whose agentless passive states a view with no source: "is seen as a moderate", "was criticized for …". */
export const PASSIVE_VIEWS: ReadonlySet<string> = new Set(lexicon.passiveViews);
/** Verbs whose agentless passive reports a question with no named asker: "was asked whether …". */
export const PASSIVE_QUESTIONS: ReadonlySet<string> = new Set(lexicon.passiveQuestions);
/** Verbs of finding whose agentless passive tells of a discovery, not of words (cues.json discoveryPassives: "was found on a road"). */
export const DISCOVERY_PASSIVES: ReadonlySet<string> = new Set(lexicon.discoveryPassives);
/** Verbs whose agentless passive with "to" and a noun phrase tells of people summoned to a place (cues.json summonsPassives: "were called to the scene"). */
export const SUMMONS_PASSIVES: ReadonlySet<string> = new Set(lexicon.summonsPassives);
