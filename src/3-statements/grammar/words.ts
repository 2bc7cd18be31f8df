// Closed word classes and punctuation tests used by the grammar helpers and the rules of stage 3.
// No attribution knowledge: parts of speech, marks and small word sets.

import type { Token } from '../../types.js';

export const AUX_OR_ADV = new Set(['AUX', 'ADV', 'PART']);

export const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON']);

export const OPEN_MARKS = /^([“"«„‘']|'')$/;

export const CLOSE_MARKS = /^([”"»’']|'')$/;

export const SUBORDINATORS = /^(when|if|while|although|though|as|because|after|before|since|unless|whereas|following|despite|once|until|whether)$/i;

export const WH_WORDS = /^(how|why|what|whether|if|when|where|who)$/i;

/** Prepositions that may sit inside a speaker noun phrase: "a spokeswoman for X", "officials at Y", "a report about Z", "a statement by the two". */
export const NP_INNER_ADP = /^(of|for|at|in|to|from|with|on|about|by)$/i;

export const END_PUNCT = /^[.!?;:]+$/;

export const DASH = /^(--|—|–)$/;

/** Is token k a dash: "--", "—", "–", or a hyphen with spaces on both sides ("the challenger - who … - said")? */
export function isDashAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return DASH.test(t.text) || (t.text === '-' && k > 0 && tokens[k - 1]!.end < t.start && (tokens[k + 1]?.start ?? 0) > t.end);
}

export const QUANTIFIER = /^(some|many|most|all|none|each|several|both|one|two|three|four|five|few|half|third|quarter|majority|minority|number|any|either|neither|much|part|dozens|hundreds|thousands|millions|members|percent|%)$/i;

/** Finite forms without -ed that start a second verb phrase of the subject ("… and said …"). */
export const IRREGULAR_FINITE = /^(said|told|wrote|says|tells|writes|thought|felt|knew|saw|made|took|gave|went|spoke|sought|sent|brought|held)$/i;

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'this', 'that', 'one', 'someone', 'everyone', 'nobody', 'some', 'many', 'others', 'both', 'all', 'most']);

export const POSSESSIVE = /^(his|her|their|its|our|my|your)$/i;

export const NON_SUBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'there']);

export const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|earlier|later|again|also|previously|repeatedly|publicly|privately|once|often|frequently|twice|then|now|last|this|next|week|month|year|morning|afternoon|evening|night|day|weekend|ago|already|still|even|just|however|too|instead|separately|bluntly|flatly|simply|further|firmly|openly|emphatically|angrily|proudly|quietly|loudly|repeatedly|explicitly|confidently)$/i;

export const TIME_NOUN = /^(day|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

export const MONTH_OR_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;

/** Irregular past participles that may close a subject ("the documents found", "the emails seen"). */
export const IRREGULAR_PARTICIPLE = /^(known|seen|shown|given|taken|held|made|led|run|set|put|found|kept|left|built|sent|paid|won|lost|hit|cut|read)$/i;

/** Verbs before "to" + a cue that say the report was not made: "declined to say", "refused to comment". */
export const NEGATIVE_IMPLICATIVE = /^(decline|refuse|fail|neglect|hesitate|forget|avoid)$/i;

/** Verbs and adjectives after which "to" + a cue is still the subject's report: "continued to insist", "quick to note". */
export const MATRIX_BEFORE_TO = /^(continue|begin|start|use|try|tend|proceed|rush|pivot|hasten|likely|unlikely|quick|careful|eager|keen|first|correct|right|wrong)$/i;
