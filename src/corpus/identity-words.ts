// The words corpus identity and the identity report judge names by (data/lexicon/actor-names.json),
// as sets built once: name particles, headline verbs, function words, generational suffixes,
// nicknames; and the one
// punctuation pattern of a possessive ending ("Clinton's", "Clinton’s", "Reynolds'").

import words from '../../data/lexicon/actor-names.json' with { type: 'json' };

/** Particles that may open or sit inside a person's name ("de", "van", "bin"): never an epithet. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(words.nameParticles);
/** Verbs a title-case headline writes after a name ("Obama Says", "Trump Slams"). */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(words.headlineVerbs);
/** Function words: never a name alone, never inside a person's name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(words.functionWords);
/** Generational suffixes that end a name ("Jr.", "III"): no surname. */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(words.generationalSuffixes);
/** Nickname → given name ("joe" → "joseph"), lower case. */
export const NICKNAMES: ReadonlyMap<string, string> = new Map(Object.entries(words.nicknames));
/** Quantifiers, numbers and possessives that open a description ("Some Democrats", "His lawyers"). */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(words.descriptionOpeners);
/** A possessive at the end of a label. */
export const POSSESSIVE_END = /['\u2019]s?$/u;
