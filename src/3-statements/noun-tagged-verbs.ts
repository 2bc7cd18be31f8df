// Stage 3, step 1 (cues.ts's helper): a reporting verb that wink tagged as a noun ("Clinton plans to",
// "polls show", "Analysts forecast sales of …"), told from a noun of the same form ("road projects
// that …") by the words around it. cueAt is its only caller and passes cues.ts's verb sets (no import cycle).

import lexicon from '../../data/lexicon/cues.json' with { type: 'json' };
import kinds from '../../data/lexicon/kinds.json' with { type: 'json' };
import type { Token } from '../types.js';
import { WORDS, isExactWord, tokenIs } from './grammar/lexicon.js';

/** cues.ts's verb sets: speech verbs, verbs of thought, cues with an object. */
export interface ReportingVerbs {
  readonly speech: ReadonlySet<string>;
  readonly cognition: ReadonlySet<string>;
  readonly object: ReadonlySet<string>;
}

/** Verbs whose past is their bare form, nouns too (cues.json pastAsBase: "forecast"). */
const PAST_AS_BASE: ReadonlySet<string> = new Set(lexicon.pastAsBase);
/** Verbs of intention that are nouns too, read as the verb before "to" and a verb (cues.json intentionNounForms: "plan", "vow"). */
const INTENTION_NOUN_FORMS: ReadonlySet<string> = new Set(lexicon.intentionNounForms);
/** Determiners of a plural subject ("the", "some", "many"): not "a", "this", "each", which make "a savings plan to …" a noun phrase. */
const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(lexicon.pluralSubjectDeterminers);
/** Determiners of a singular noun phrase ("a savings plan"): cues.json singularDeterminers. */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(lexicon.singularDeterminers);
/** Speech acts whose object carries the message ("demand a raise", "urge calm"): kinds.json speechActVerbs. */
const SPEECH_ACT_VERBS: ReadonlySet<string> = new Set(kinds.speechActVerbs);
/** Plural nouns without an -s ("police", "people"), besides those in -men. */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(lexicon.irregularPluralSubjects);
/** Verbs of saying and belief that are rarely nouns, read as the verb before a relative clause's subject gap (cues.json gapClauseVerbs: "say", "believe"). */
const GAP_CLAUSE_VERBS: ReadonlySet<string> = new Set(lexicon.gapClauseVerbs);

/**
 * A reporting verb in -s or -ed that wink tagged as a noun ("Clinton plans to", "the study shows
 * that"): a subject before it and a complement after it make it a verb.
 */
export function nounTaggedVerb(tokens: Token[], i: number, end: number, verbs: ReportingVerbs): boolean {
  const { speech: SPEECH_VERBS, cognition: COGNITION_VERBS, object: OBJECT_CUES } = verbs;
  const LONE_DETERMINERS = WORDS.loneDeterminers;
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || i === 0 || i + 1 >= end) return false;
  const prev = tokens[i - 1]!;
  // "polls show", "records suggest": a bare form after a plural noun, when it is a reporting verb.
  if (!/(s|ed)$/.test(t.text) && !tokenIs(WORDS.irregularFinite, t)) {
    const bare = t.lower;
    const reports = SPEECH_VERBS.has(bare) || COGNITION_VERBS.has(bare);
    // A subject pronoun or "that" after it opens the clause it takes.
    const clauseAfter = tokenIs(WORDS.clauseOpeningWords, tokens[i + 1]!);
    // "respondents who support Sanders": after a relative pronoun.
    if (tokenIs(WORDS.thatWho, prev) && (reports || OBJECT_CUES.has(bare)) && /^(DET|PROPN|NOUN|PRON|ADJ)$/.test(tokens[i + 1]!.pos)) return true;
    // "Some say they …": a determiner standing alone as the subject; "one in five say they …": a count.
    if (((prev.pos === 'DET' && tokenIs(LONE_DETERMINERS, prev)) || prev.pos === 'NUM') && reports && clauseAfter) return true;
    // ("Economists had forecast that …": after a perfect's or a modal's auxiliary, a verb the tagger read as a noun.)
    if (prev.pos === 'AUX' && reports && clauseAfter) return true;
    if (!/^(NOUN|PROPN)$/.test(prev.pos)) return false;
    // ("Residents plan to protest", "Farmers vow to block roads": a bare plural subject, a verb of intention the tagger read as a noun, "to" and a verb.)
    if (INTENTION_NOUN_FORMS.has(bare) && pluralSubjectBefore(tokens, i) && tokens[i + 1]!.lower === 'to' && tokens[i + 2]?.pos === 'VERB') return true;
    // "Voters support the plan", "China and Russia support the government": an object cue after a plural subject, before its object.
    const plural = /[^s']s$/i.test(prev.text) || (prev.pos === 'PROPN' && i >= 3 && tokens[i - 2]!.lower === 'and' && tokens[i - 3]!.pos === 'PROPN');
    if (OBJECT_CUES.has(bare) && plural && (/^(DET|PROPN)$/.test(tokens[i + 1]!.pos) || (tokens[i + 1]!.pos === 'PRON' && tokenIs(WORDS.nonSubjectPronouns, tokens[i + 1]!)))) return true;
    // "Analysts at the bank forecast sales of $2 billion", "The IMF forecast growth of 3%": a past that is its bare form, before a bare object.
    if (PAST_AS_BASE.has(bare) && (plural || prev.pos === 'PROPN') && bareObjectAfter(tokens, i + 1, end)) return true;
    if (!reports) return false;
    // ("a claim his supporters say was fabricated", "a man police say was armed": a plural subject, then
    // a finite auxiliary — the clause lost its subject to the relative's head; cues.json gapClauseVerbs.)
    if (GAP_CLAUSE_VERBS.has(bare) && (/[^s']s$/i.test(prev.text) || IRREGULAR_PLURALS.has(prev.lower)) && tokens[i + 1]!.pos === 'AUX' && tokenIs(WORDS.finiteAuxiliaries, tokens[i + 1]!)) return true;
    // ("Unions demand higher wages", "Farmers demand compensation for the drought": a plural subject
    // opening the clause, a speech act whose object carries the message (kinds.json speechActVerbs; not
    // a finding's "show": "Early polls show voters in …"), and a bare noun phrase.)
    if (SPEECH_ACT_VERBS.has(bare) && pluralSubjectBefore(tokens, i) && bareObjectAfter(tokens, i + 1, end)) return true;
    // ("Head teachers fear candidates sitting the exam will suffer": a plural subject, then a clause
    // with its own subject and finite verb.)
    if (/[^s']s$/i.test(prev.text) && bareClauseAfter(tokens, i + 1, end)) return true;
    // "records from the 2008 cycle show he …".
    if (clauseAfter && tokens[i + 1]!.lower !== 'it') return true;
    return /[^s']s$/i.test(prev.text) && (isExactWord(WORDS.subjectsAfterPluralReport, tokens[i + 1]!.text) || /^[A-Z]/.test(tokens[i + 1]!.text) || /^[,.:]$/.test(tokens[i + 1]!.text));
  }
  const next = tokens[i + 1]!;
  // ("cut the rate by 50 basis points to 5%", "return 12 bronze and ivory objects to Ghana": a plural
  // counted by a number before its modifiers is the noun, no verb.)
  if (countedPlural(tokens, i)) return false;
  // ("An arbitration panel in 2001 found …": a year after "in" closes the subject.)
  const year = prev.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(prev.text) && tokens[i - 2]?.pos === 'ADP';
  // ("The audit covered road projects that …": a noun after a verb that takes no clause is its object's head, no subject.)
  const subject = (prev.pos === 'PROPN' || (prev.pos === 'PRON' && tokenIs(WORDS.subjectPronounsWho, prev)) || (prev.pos === 'NOUN' && !objectOfVerb(tokens, i - 1, verbs)) || year);
  const complement = tokenIs(WORDS.complementOpeners, next) || next.pos === 'PROPN' || /^[“"':,]$/.test(next.text);
  // "“…?” he asks.": a pronoun subject and the end of the sentence.
  const closing = /^[.,;!?]$/.test(next.text) && (prev.pos === 'PRON' || prev.pos === 'PROPN');
  // ("The suspect fled in a van, the complaint states.", "…, the lawsuit claims.": a verb of saying that
  // closes the sentence after a comma and a determiner's noun is the inverted source's verb.)
  const invertedClose = /^[.;]$/.test(next.text) && SPEECH_VERBS.has(t.lemma) && inverted(tokens, i);
  // "A statement on its website, which shows a photograph, states: “…”": after the comma that closes the subject's aside, a colon and a quotation.
  const announces = prev.text === ',' && next.text === ':' && tokens[i + 2]?.quote !== undefined && tokens[i + 2]!.quote >= 0 && SPEECH_VERBS.has(t.lemma);
  // "The minister, Ann Lee, claims that …", "The Miners Association (APNI) estimates that …": after the comma or
  // bracket that closes a name's appositive, before a clause.
  // ("The union reports that …": a noun for a body or for people that the tagger read as an adjective.)
  const reports = SPEECH_VERBS.has(t.lemma) || COGNITION_VERBS.has(t.lemma);
  const appositive = (prev.text === ',' || prev.text === ')') && tokens[i - 2]?.pos === 'PROPN';
  // ("Amsel, who left the firm in 2026, disputes the findings": the comma closes a relative clause after the subject, an object follows.)
  const afterRelative = prev.text === ',' && (reports || OBJECT_CUES.has(t.lemma)) && /^(DET|PROPN)$/.test(next.pos) && closesRelative(tokens, i - 1);
  const adjectiveSubject = prev.pos === 'ADJ' && tokens[i - 2]?.pos === 'DET' && (tokenIs(WORDS.organizationNouns, prev) || tokenIs(WORDS.personNouns, prev));
  // ("Ana Ruiz, who lives in Tacna, fears the rescue will take longer": after the appositive, a clause with its own subject and verb.)
  const clause = reports && (appositive || adjectiveSubject) && (tokenIs(WORDS.clauseOpeningWords, next) || (appositive && bareClauseAfter(tokens, i + 1, end)));
  return (subject && (complement || closing || invertedClose)) || announces || clause || afterRelative;
}

/**
 * Is the noun before i the end of a determiner's noun phrase ("the complaint", "a new lawsuit", "the
 * class-action petition", "the tenants' lawsuit") that a comma after the clause opens?
 */
function inverted(tokens: Token[], i: number): boolean {
  let k = i - 1;
  const inPhrase = (t: Token): boolean => /^(NOUN|ADJ|PROPN)$/.test(t.pos) || t.text === '-' || /^['’]s?$/.test(t.text);
  while (k > i - 7 && k > 0 && inPhrase(tokens[k]!)) k--;
  return k < i - 1 && tokens[k]!.pos === 'DET' && tokens[k - 1]?.text === ',' && tokens[k - 1]!.sentence === tokens[i]!.sentence;
}

/**
 * "a savings plan to help buyers", "Obama unveils jobs plan to …": is the bare intention noun at i
 * ("plan", "vow"; cues.json intentionNounForms), tagged a verb, the head of a noun phrase — nouns or
 * adjectives before it that a singular determiner ("a", "each"; cues.json singularDeterminers) or a
 * verb opens?
 */
export function intentionNounInPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!INTENTION_NOUN_FORMS.has(t.lower) || i === 0) return false;
  let k = i - 1;
  while (k >= 0 && k >= i - 5 && tokens[k]!.sentence === t.sentence && /^(NOUN|ADJ|NUM|SYM)$/.test(tokens[k]!.pos)) k--;
  if (k === i - 1 || k < 0 || tokens[k]!.sentence !== t.sentence) return false;
  const before = tokens[k]!;
  return (before.pos === 'DET' && SINGULAR_DETERMINERS.has(before.lower)) || before.pos === 'VERB';
}

/**
 * Does the plural noun before i head a subject: a noun phrase in -s ("Residents", "Dairy farmers",
 * "The officials") opening the sentence or a clause (after a comma, "and", "but", a subordinator),
 * with no determiner of a singular before it ("a savings plan to …") and no possessive ("Biden's jobs plan to …")?
 */
function pluralSubjectBefore(tokens: Token[], i: number): boolean {
  const head = tokens[i - 1]!;
  const plural = /\p{Ll}s$/u.test(head.text) || /\p{Ll}men$/u.test(head.text) || IRREGULAR_PLURALS.has(head.lower);
  if (!/^(NOUN|PROPN)$/.test(head.pos) || !plural || tokens[i - 2]?.lower === "'s" || tokens[i - 2]?.lower === '’s') return false;
  let k = i - 2;
  while (k >= 0 && k >= i - 5 && tokens[k]!.sentence === head.sentence && /^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[k]!.pos) && !/['’]s$/.test(tokens[k]!.text)) k--;
  if (k >= 0 && tokens[k]!.sentence === head.sentence && tokens[k]!.pos === 'DET') {
    if (!PLURAL_DETERMINERS.has(tokens[k]!.lower)) return false;
    k--;
  }
  const before = k >= 0 ? tokens[k]! : undefined;
  return !before || before.sentence !== head.sentence || before.text === ',' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/** Does the comma at m close a relative clause set off after a name or a noun (", who …", ", which …"), with no other comma or quotation in it? */
function closesRelative(tokens: Token[], m: number): boolean {
  const sentence = tokens[m]!.sentence;
  for (let k = m - 1; k >= 2 && k >= m - 20 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.quote >= 0) return false;
    if (tokenIs(WORDS.relativePronounsAll, t) && tokens[k - 1]!.text === ',' && /^(NOUN|PROPN)$/.test(tokens[k - 2]!.pos)) return true;
  }
  return false;
}

/**
 * A bare clause from k: a noun phrase (determiners, adjectives, nouns, numbers), maybe a participle's
 * phrase after it ("candidates sitting the exam in May") or one prepositional phrase ("improvements
 * of 15 percent"), then a finite verb — within ten words, with no punctuation between.
 */
function bareClauseAfter(tokens: Token[], k: number, end: number): boolean {
  let m = k;
  const participle = (t: Token) => (t.pos === 'VERB' || t.pos === 'NOUN') && /ing$/i.test(t.text);
  const phraseWord = (t: Token) => /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos);
  while (m < end && m < k + 5 && phraseWord(tokens[m]!) && !(m > k && participle(tokens[m]!))) m++;
  if (m === k || m >= end || !/^(NOUN|PROPN)$/.test(tokens[m - 1]!.pos)) return false;
  // ("fear prices of grain will fall": a prepositional phrase of up to four words, numbers and their signs among them.)
  if (tokens[m]!.pos === 'ADP' && m + 1 < end && phraseWord(tokens[m + 1]!)) {
    const from = m + 1;
    m = from;
    while (m < end && m < from + 4 && (phraseWord(tokens[m]!) || tokens[m]!.pos === 'SYM')) m++;
  }
  if (participle(tokens[m]!)) {
    while (m < end && m < k + 10 && tokens[m]!.pos !== 'PUNCT' && tokens[m]!.pos !== 'AUX' && !tokenIs(WORDS.that, tokens[m]!)) m++;
  }
  return m < end && (tokens[m]!.pos === 'AUX' || (tokens[m]!.pos === 'VERB' && !/ing$/i.test(tokens[m]!.text)));
}

/** Is the word in -s at i the head of a counted noun phrase: a number (not after "a"/"the": "a 10 percent rise reflects") and up to four nouns, adjectives or "and" before it? */
function countedPlural(tokens: Token[], i: number): boolean {
  if (!tokens[i]!.lower.endsWith('s')) return false;
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && (/^(NOUN|ADJ)$/.test(tokens[k]!.pos) || tokenIs(WORDS.coordinators, tokens[k]!))) k--;
  return k < i - 1 && k >= 0 && tokens[k]!.pos === 'NUM' && tokens[k - 1]?.pos !== 'DET';
}


/** Tokens from k: a bare noun phrase (adjectives and nouns, no determiner) that ends the sentence or a preposition, a number or a punctuation mark follows ("sales of $2 billion", "growth of 3%"). */
function bareObjectAfter(tokens: Token[], k: number, end: number): boolean {
  let m = k;
  while (m < end && m < k + 4 && /^(ADJ|NOUN)$/.test(tokens[m]!.pos)) m++;
  return m > k && tokens[m - 1]!.pos === 'NOUN' && (m >= end || /^(ADP|NUM|SYM|PUNCT)$/.test(tokens[m]!.pos));
}

/** Is the noun at j the last word of a noun phrase that a verb taking no clause (no verb of saying or thought) has for object ("covered road | projects")? */
function objectOfVerb(tokens: Token[], j: number, verbs: ReportingVerbs): boolean {
  let k = j;
  while (k >= 0 && k > j - 5 && /^(NOUN|ADJ|DET|NUM)$/.test(tokens[k]!.pos)) k--;
  const verb = tokens[k];
  return !!verb && verb.pos === 'VERB' && !verbs.speech.has(verb.lemma) && !verbs.cognition.has(verb.lemma);
}
