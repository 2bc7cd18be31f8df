// Stage 1, after wink's tagging (tokens.ts, repairProperNouns): verbs wink reads inside compounds
// ("the think tank", "Lisbon-based"), past-tense and present-tense verbs it reads as nouns ("Canadians
// deserved answers", "the loophole costs billions"), plural nouns it reads as verbs ("rejected calls to",
// "return to talks") and titles written with hyphens ("secretary-general"), each mended to the tag the sentence needs.

import tagging from '../../data/lexicon/tagging.json' with { type: 'json' };
import cues from '../../data/lexicon/cues.json' with { type: 'json' };
import grammar from '../../data/lexicon/grammar.json' with { type: 'json' };
import type { Pos, Sentence, Token } from '../types.js';
import { isLexicalWord } from './wink-model.js';

const COMPOUND_NOUNS: ReadonlySet<string> = new Set(tagging.compoundNouns.words);
const NOUN_COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(tagging.nounComplementPrepositions.words);
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(tagging.relativeOpeners.words);
const VERBS_BEFORE_INFINITIVE: ReadonlySet<string> = new Set(tagging.verbsBeforeInfinitive.words);
/** Verbs that take a bare complement clause ("believes the plan works"; cues.json bareClause). */
const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set(cues.bareClause);
const VERBS_BEFORE_OBJECT: ReadonlySet<string> = new Set(tagging.verbsBeforeObject.words);
const HYPHENATED_TITLES: ReadonlySet<string> = new Set(tagging.hyphenatedTitles.words);
const POSSESSIVES_BEFORE_MODIFIER: ReadonlySet<string> = new Set(tagging.possessivesBeforeModifier.words);
const PARTITIVE_QUANTIFIERS: ReadonlySet<string> = new Set(tagging.partitiveQuantifiers.words);
const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(tagging.partitivePronouns.words);
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(grammar.lists.possessiveDeterminers.words);
/** Verbs of saying and thinking in their base form (cues.json saying, cognition). */
const REPORT_VERBS: ReadonlySet<string> = new Set([...cues.saying, ...cues.cognition]);
/** Verbs of speech in their base form (cues.json speech: "show", "suggest", "warn", …). */
const SPEECH_VERBS: ReadonlySet<string> = new Set(cues.speech);

/**
 * Compounds wink splits into a verb: "the think tank" (tagging.json compoundNouns) is two nouns;
 * "the Lisbon-based group", "Iran-backed rebels" — a participle joined by a hyphen to the name or
 * noun before it, right before a noun — is an adjective, no verb of the sentence.
 */
export function repairCompounds(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 2; i < s.tokenEnd - 1; i++) {
    const t = tokens[i]!;
    const hyphen = tokens[i - 1]!;
    const head = tokens[i - 2]!;
    if (t.pos !== 'VERB' || hyphen.text !== '-' || hyphen.start !== head.end || t.start !== hyphen.end || !t.lower.endsWith('ed')) continue;
    if ((head.pos === 'PROPN' || head.pos === 'NOUN') && (NOMINAL.has(tokens[i + 1]!.pos) || compoundAt(tokens, i + 1, s))) t.pos = 'ADJ';
  }
  // (After a determiner, a modifier or a preposition: "Analysts think tanks will …" keeps its verb.)
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && MODIFIER_BEFORE.has(tokens[i - 1]!.pos) && compoundAt(tokens, i, s)) t.pos = 'NOUN';
  }
}

function compoundAt(tokens: Token[], i: number, s: Sentence): boolean {
  if (i + 1 < s.tokenEnd && COMPOUND_NOUNS.has(`${tokens[i]!.lower} ${tokens[i + 1]!.lower}`)) return true;
  // ("a Colombo think-tank": the compound written with a hyphen.)
  const hyphen = tokens[i + 1];
  return i + 2 < s.tokenEnd && hyphen!.text === '-' && hyphen!.start === tokens[i]!.end && tokens[i + 2]!.start === hyphen!.end && COMPOUND_NOUNS.has(`${tokens[i]!.lower} ${tokens[i + 2]!.lower}`);
}

const NOMINAL: ReadonlySet<Pos> = new Set<Pos>(['NOUN', 'PROPN', 'ADJ']);
const MODIFIER_BEFORE: ReadonlySet<Pos> = new Set<Pos>(['DET', 'ADJ', 'PROPN', 'ADP']);

/** Tags before a past-tense verb that are its subject's last word, and after it its object's first. */
const SUBJECT_END: ReadonlySet<Pos> = new Set<Pos>(['NOUN', 'PROPN', 'PRON']);
const OBJECT_START: ReadonlySet<Pos> = new Set<Pos>(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);

/**
 * "Jihad Dib announced payments": the sentence opens with two or more proper nouns and nothing else
 * before `i` — a name as the subject, with no article or preposition that would make an -ed word
 * after it an adjective ("a Labour controlled council", "in Leeds based firms").
 */
function namesOpenSentence(tokens: Token[], s: Sentence, i: number): boolean {
  for (let k = s.tokenStart; k < i; k++) if (tokens[k]!.pos !== 'PROPN') return false;
  return i - s.tokenStart >= 2;
}

/**
 * "voters deserved answers", "Canadians deserved answers": a word in -ed that wink tags a noun, whose
 * stem is an English verb ("deserve"), between a subject and an object, is the clause's past-tense
 * verb; so is one wink tags an adjective right after a name that opens the sentence ("Jihad Dib
 * announced payments"). (Six letters at least: "seed", "bred", "speed" are nouns.)
 */
export function repairPastTenseNouns(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) {
    const t = tokens[i]!;
    const misread = t.pos === 'NOUN' || (t.pos === 'ADJ' && namesOpenSentence(tokens, s, i));
    if (!misread || t.text.length < 6 || !t.text.endsWith('ed') || !SUBJECT_END.has(tokens[i - 1]!.pos) || !OBJECT_START.has(tokens[i + 1]!.pos)) continue;
    const stem = isLexicalWord(t.lower.slice(0, -1)) ? t.lower.slice(0, -1) : isLexicalWord(t.lower.slice(0, -2)) ? t.lower.slice(0, -2) : null;
    if (stem === null) continue;
    t.pos = 'VERB';
    t.lemma = stem;
  }
}

/**
 * "rejected calls to hold an inquiry", "denied reports of a deal": a word in -s that wink tags a verb
 * right after a past-tense verb and before "to", "for" or "of" is a plural noun, the object — two
 * finite verbs do not follow each other (but after a relative opener they may: "those who voted wants to").
 */
export function repairPluralObjects(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.pos !== 'VERB' || !t.lower.endsWith('s') || t.lower === t.lemma || before.pos !== 'VERB' || !before.lower.endsWith('ed')) continue;
    if (!NOUN_COMPLEMENT_PREPOSITIONS.has(tokens[i + 1]!.lower) || (i - 2 >= s.tokenStart && RELATIVE_OPENERS.has(tokens[i - 2]!.lower))) continue;
    t.pos = 'NOUN';
  }
}

/** An auxiliary, or a verb in the past tense ("showed"; not a bare form, an -s or an -ing form). */
function finiteAfter(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma && /ed$/.test(t.lower));
}

/**
 * "Fishermen said catches had fallen", "officials warned cuts would hurt", "she said logs showed …": a
 * word in -s that wink tags a verb right after a verb in the past tense and right before an auxiliary
 * or a regular past tense is a plural noun, the
 * subject of the reported clause — two finite verbs do not follow each other (but after a relative
 * opener they may: "those who voted wants").
 */
export function repairPluralSubjects(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.pos !== 'VERB' || !t.lower.endsWith('s') || t.lower.endsWith('ss') || t.lower === t.lemma || before.pos !== 'VERB' || !finiteAfter(tokens[i + 1]!)) continue;
    // (A past tense: "said", "warned", not "says", "saying" or a bare "say".)
    if (before.lower === before.lemma || /(?:s|ing)$/.test(before.lower) || (i - 2 >= s.tokenStart && RELATIVE_OPENERS.has(tokens[i - 2]!.lower))) continue;
    t.pos = 'NOUN';
  }
}

/**
 * "return to talks and warned …": after "to", a word in -s that wink tags a verb, closing its phrase
 * (a conjunction or a punctuation mark next), is a plural noun — an infinitive has no -s ("to say",
 * never "to says").
 */
export function repairNounsAfterTo(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || tokens[i - 1]!.lower !== 'to' || !t.lower.endsWith('s') || t.lower === t.lemma || t.lower.endsWith('ss')) continue;
    if (PHRASE_CLOSERS.has(tokens[i + 1]!.pos)) t.pos = 'NOUN';
  }
}

const PHRASE_CLOSERS: ReadonlySet<Pos> = new Set<Pos>(['CCONJ', 'PUNCT']);

/**
 * "The researchers plan to follow …", "Residents hope to …": a bare verb that takes an infinitive
 * (tagging.json verbsBeforeInfinitive), which wink tags a noun right after a plural noun and before
 * "to" and a verb, is the clause's present-tense verb — a plural subject and its verb, not a
 * compound ("the city's plan to", "a pension plan to" have no plural before them).
 */
export function repairVerbsBeforeInfinitive(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i + 2 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !VERBS_BEFORE_INFINITIVE.has(t.lemma) || tokens[i + 1]!.lower !== 'to' || tokens[i + 2]!.pos !== 'VERB') continue;
    const before = tokens[i - 1]!;
    // ("Óscar Villanueva, the regional governor, plans to …": the -s form after an appositive set off by commas.)
    if (before.text === ',' && t.lower === `${t.lemma}s` && closesAppositive(tokens, i - 1, s.tokenStart) && !finiteLater(tokens, i + 3, s.tokenEnd)) {
      t.pos = 'VERB';
      continue;
    }
    // ("The union plans to …": a noun for a body or people that wink tags an adjective is the subject's noun.)
    if (before.pos === 'ADJ' && (BODY_OR_PEOPLE_NOUNS.has(before.lower))) before.pos = 'NOUN';
    if ((before.pos !== 'NOUN' && before.pos !== 'PROPN') || before.end >= t.start) continue;
    // A bare verb after a plural; the -s form after a determiner and a singular noun ("the federation plans", "her team plans
    // to …") or after a name ("Nordvik plans to …"), when no finite verb follows in its clause
    // ("pension plans to cover workers were approved", "the Nordvik plans to expand were shelved").
    const bare = before.pos === 'NOUN' && t.lower === t.lemma && before.lower.endsWith('s') && before.lemma !== before.lower;
    let d = i - 2;
    while (d > s.tokenStart && d >= i - 4 && /^(NOUN|ADJ|PROPN)$/.test(tokens[d]!.pos)) d--;
    const subject = before.pos === 'PROPN' || (singularNoun(before) && d >= s.tokenStart && SUBJECT_DETERMINERS.has(tokens[d]!.lower));
    const third = t.lower === `${t.lemma}s` && subject && !finiteLater(tokens, i + 3, s.tokenEnd);
    if (bare || third) t.pos = 'VERB';
  }
}

/**
 * Does the comma at `c` close an appositive after a name or a noun: "Óscar Villanueva, the regional
 * governor,", "The governor, Óscar Villanueva," — a comma before it, a name or a noun before that
 * comma, and between the commas a noun phrase with no verb?
 */
function closesAppositive(tokens: Token[], c: number, start: number): boolean {
  let o = c - 1;
  while (o > start && tokens[o]!.text !== ',') {
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|ADP|PRON)$/.test(tokens[o]!.pos)) return false;
    o--;
  }
  return o > start && o < c - 1 && /^(NOUN|PROPN)$/.test(tokens[o - 1]!.pos) && /^(NOUN|PROPN)$/.test(tokens[c - 1]!.pos);
}

/** Determiners that open a singular subject ("the loophole", "this plan", "its drug"). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(tagging.subjectDeterminers.words);
/** Nouns for organisations and people (grammar.json organizationNouns, personNouns), which are never adjectives before a verb of intention. */
const BODY_OR_PEOPLE_NOUNS: ReadonlySet<string> = new Set([...grammar.lists.organizationNouns.words, ...grammar.lists.personNouns.words]);
const ADVERBIAL_GERUNDS: ReadonlySet<string> = new Set(tagging.adverbialGerunds.words);
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(tagging.degreeAdverbs.words);

/** A noun in the singular: its lemma is the word, or it has no plural -s (wink's lemma of "organisation" is "organization"). */
export function singularNoun(t: Token): boolean {
  return t.lemma === t.lower || !t.lower.endsWith('s');
}

/**
 * "the loophole costs billions", "the plan faces opposition", "the reform costs too much": a transitive verb's -s form
 * (tagging.json verbsBeforeObject) that wink tags a noun after a determiner and a singular noun, before
 * an object (a number, determiner, pronoun, adjective or noun, or an adverb of degree that opens an amount:
 * tagging.json degreeAdverbs), is the clause's present-tense verb when the noun
 * phrase opens a clause (opensClause) and no finite verb follows in it ("the project costs rose" keeps its compound).
 */
export function repairVerbsBeforeObject(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 2; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    const [before, after] = [tokens[i - 1]!, tokens[i + 1]!];
    if (t.pos !== 'NOUN' || !VERBS_BEFORE_OBJECT.has(t.lemma) || t.lower !== `${t.lemma}s`) continue;
    // ("The union plans a rally": a noun for a body or people that wink tags an adjective is the subject's noun, as before "to".)
    const bodyNoun = before.pos === 'ADJ' && BODY_OR_PEOPLE_NOUNS.has(before.lower);
    // ("the cut signals a shift": a lone word wink tags an adjective right after the determiner, with a determiner or number after the verb, is the subject's noun.)
    const loneHead = before.pos === 'ADJ' && SUBJECT_DETERMINERS.has(tokens[i - 2]!.lower) && /^(DET|NUM)$/.test(after.pos);
    if ((before.pos !== 'NOUN' && !bodyNoun && !loneHead) || !singularNoun(before)) continue;
    if ((!/^(NUM|DET|PRON|NOUN|ADJ)$/.test(after.pos) && !DEGREE_ADVERBS.has(after.lower)) || finiteLater(tokens, i + 1, s.tokenEnd)) continue;
    let d = i - 2;
    while (d > s.tokenStart && d >= i - 4 && /^(NOUN|ADJ)$/.test(tokens[d]!.pos)) d--;
    if (!SUBJECT_DETERMINERS.has(tokens[d]!.lower) || !opensClause(tokens, d, s)) continue;
    t.pos = 'VERB';
    if (bodyNoun || loneHead) before.pos = 'NOUN';
  }
}

/** Does the noun phrase at d open a clause: at the sentence's start, after a punctuation mark, a conjunction, "that" or another relative opener ("whom the couple claims …"), or after a verb that takes a bare clause ("believes the …"; cues.json bareClause), not after a verb whose object it would be ("cut the project costs 10%")? */
export function opensClause(tokens: Token[], d: number, s: Sentence): boolean {
  if (d === s.tokenStart) return true;
  const prior = tokens[d - 1]!;
  return prior.pos === 'PUNCT' || prior.pos === 'SCONJ' || prior.pos === 'CCONJ' || RELATIVE_OPENERS.has(prior.lower) || (prior.pos === 'VERB' && BARE_CLAUSE_VERBS.has(prior.lemma));
}

/**
 * Is there a finite verb from k to the end of the clause (a comma or the sentence's end)? A relative
 * clause's own verbs ("a bill that would raise fines") are not its, and a verb phrase coordinated with
 * an earlier verb ("… this year and added that …") ends it.
 */
export function finiteLater(tokens: Token[], k: number, end: number): boolean {
  for (let m = k; m < end && tokens[m]!.text !== ',' && tokens[m]!.pos !== 'PUNCT'; m++) {
    const t = tokens[m]!;
    if (RELATIVE_OPENERS.has(t.lower) && /^(NOUN|PROPN)$/.test(tokens[m - 1]!.pos)) {
      m = relativeVerbsEnd(tokens, m + 1, end);
      continue;
    }
    if (t.pos === 'CCONJ' && /^(VERB|AUX)$/.test(tokens[m + 1]?.pos ?? '')) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && /(ed|s)$/.test(t.lower) && tokens[m - 1]!.lower !== 'to')) return true;
  }
  return false;
}

/**
 * The last token of a relative clause's verb group that starts at k ("who retired", "that would
 * raise", "which has been rising"): a verb, or auxiliaries and their verb; "workers who retired
 * early were paid" still has "were" after it.
 */
function relativeVerbsEnd(tokens: Token[], k: number, end: number): number {
  if (k >= end || !/^(VERB|AUX|ADJ)$/.test(tokens[k]!.pos)) return k - 1;
  if (tokens[k]!.pos !== 'AUX') return k;
  let m = k;
  while (m + 1 < end && /^(AUX|ADV|PART)$/.test(tokens[m + 1]!.pos)) m++;
  return m + 1 < end && tokens[m + 1]!.pos === 'VERB' ? m + 1 : m;
}

/**
 * "Its lead author, Prof Maria Lund, said …": a bare word wink tags a verb between a possessive
 * determiner (tagging.json possessivesBeforeModifier) and a noun modifies that noun — no finite
 * verb follows a possessive. (Participles, "its continued influence", keep the tag the rules read them by.)
 */
export function repairModifiersAfterPossessive(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.pos !== 'VERB' || t.lower !== t.lemma || !POSSESSIVES_BEFORE_MODIFIER.has(before.lower) || before.pos === 'AUX' || tokens[i + 1]!.pos !== 'NOUN') continue;
    t.pos = 'ADJ';
  }
}

/**
 * "Its secretary-general said", "the editor-in-chief": a title written with hyphens (tagging.json
 * hyphenatedTitles), whose last word wink tags an adjective ("general", "chief", "elect"), is one
 * noun: every word of it is tagged a noun, so that a noun phrase's head is the whole title.
 */
export function repairHyphenatedTitles(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart; i + 2 < s.tokenEnd; i++) {
    if (tokens[i]!.pos === 'PUNCT' || tokens[i + 1]!.text !== '-' || (i > s.tokenStart && tokens[i - 1]!.text === '-' && tokens[i - 1]!.end === tokens[i]!.start)) continue;
    // (The run of words joined by hyphens written against them, from i.)
    let end = i + 1;
    while (end + 1 < s.tokenEnd && tokens[end]!.text === '-' && tokens[end]!.start === tokens[end - 1]!.end && tokens[end + 1]!.start === tokens[end]!.end) end += 2;
    const words = tokens.slice(i, end).filter((t) => t.text !== '-');
    if (end - i < 3 || !HYPHENATED_TITLES.has(words.map((t) => t.lower).join('-'))) continue;
    for (const t of words) t.pos = 'NOUN';
  }
}

/**
 * "Several of them fear the plant will close", "Most of us doubt it": after a partitive subject (a
 * quantifier, "of" and an object pronoun; tagging.json partitiveQuantifiers, partitivePronouns), a
 * verb of saying or thinking in its base form that wink tags a noun is the clause's verb — a pronoun
 * closes its noun phrase, and no noun follows it there.
 */
export function repairVerbsAfterPartitive(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 3; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.lemma !== t.lower || !REPORT_VERBS.has(t.lower) || !PARTITIVE_PRONOUNS.has(tokens[i - 1]!.lower)) continue;
    if (tokens[i - 2]!.lower !== 'of' || !PARTITIVE_QUANTIFIERS.has(tokens[i - 3]!.lower)) continue;
    t.pos = 'VERB';
  }
}

/**
 * "The documents, which were leaked, show that …", "The emails, sent in 2026, show that …": a verb of
 * speech in its base form that wink tags a noun right after the comma that closes a relative clause
 * (or a participle's reduced one) set off by commas, before "that" and the
 * clause it opens, is the sentence's verb (a noun before "that" would stand in the relative clause's place).
 */
export function repairVerbsAfterRelativeClause(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 4; i + 2 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.lemma !== t.lower || !SPEECH_VERBS.has(t.lower) || tokens[i - 1]!.text !== ',') continue;
    if (tokens[i + 1]!.lower !== 'that' || /^(VERB|AUX)$/.test(tokens[i + 2]!.pos)) continue;
    if (relativeClauseBefore(tokens, i - 1, s.tokenStart)) t.pos = 'VERB';
  }
}

/** Does a relative clause set off by commas (", which …", or reduced: ", sent in 2026,") end at the comma at c, within twelve tokens? */
function relativeClauseBefore(tokens: Token[], c: number, start: number): boolean {
  for (let k = c - 1; k > start && k > c - 12; k--) {
    if (tokens[k]!.text === ',') return k + 1 < c && (RELATIVE_OPENERS.has(tokens[k + 1]!.lower) || tokens[k + 1]!.pos === 'VERB');
  }
  return false;
}

/**
 * "The union fears the cuts will hurt", "The institute fears further deductions could …": a verb that
 * takes a bare clause (cues.json bareClause) in its -s form, which wink tags a noun after a determiner
 * and a singular noun that open a clause, is the clause's verb when a clause follows it — "that", or a
 * noun phrase and its finite verb ("the union fears were justified" has no noun phrase between).
 */
export function repairClauseVerbsAfterSubject(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 2; i + 2 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.pos !== 'NOUN' || t.lower !== `${t.lemma}s` || !BARE_CLAUSE_VERBS.has(t.lemma)) continue;
    if (!(before.pos === 'ADJ' || (before.pos === 'NOUN' && singularNoun(before)))) continue;
    let d = i - 2;
    while (d > s.tokenStart && d >= i - 4 && /^(NOUN|ADJ)$/.test(tokens[d]!.pos)) d--;
    if (SUBJECT_DETERMINERS.has(tokens[d]!.lower) && opensClause(tokens, d, s) && clauseFollows(tokens, i + 1, s.tokenEnd)) t.pos = 'VERB';
  }
}

/** Does a clause open at k: "that", or a noun phrase of at most six words and then an auxiliary or a finite verb? */
function clauseFollows(tokens: Token[], k: number, end: number): boolean {
  if (tokens[k]!.lower === 'that') return true;
  // ("the other states voting Tuesday are …": a participle after a plural noun modifies it.)
  if (/ing$/.test(tokens[k]!.lower)) return false;
  return nounPhraseThenVerb(tokens, k, end, (v) => /(ed|s)$/.test(v.lower));
}

/** A noun phrase of at most six words from token k, then an auxiliary or a verb that `fits`? */
function nounPhraseThenVerb(tokens: Token[], k: number, end: number, fits: (v: Token) => boolean): boolean {
  let m = k;
  while (m < end && m < k + 6 && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[m]!.pos)) m++;
  const v = tokens[m];
  return m > k && m < end && !!v && (v.pos === 'AUX' || (v.pos === 'VERB' && fits(v)));
}

/**
 * "confirmed in writing that …", "In closing, she said …": a word of a fixed adverbial (tagging.json
 * adverbialGerunds) right after "in", with no object of its own — "that" or a punctuation mark next —
 * is a noun, not a participle that could report ("in saying that …" keeps its verb).
 */
export function repairGerundsAfterIn(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !ADVERBIAL_GERUNDS.has(t.lower) || tokens[i - 1]!.lower !== 'in') continue;
    const next = tokens[i + 1]!;
    if (next.lower === 'that' || next.pos === 'PUNCT') t.pos = 'NOUN';
  }
}

/**
 * "the BC Wildfire Service", "the NT Health Department": a word of two to four capitals that wink tags
 * something else (an adverb, "BC") after a determiner and before a proper noun is the name's first
 * word, an initialism.
 */
export function repairInitialismsInNames(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN' && /^\p{Lu}{2,4}$/u.test(t.text) && tokens[i - 1]!.pos === 'DET' && tokens[i + 1]!.pos === 'PROPN') t.pos = 'PROPN';
  }
}

/**
 * "the then chairman", "its then chief executive", "the then finance minister": "then" between "the"
 * (or "his", "its", "their") and a word is an adjective, and the word after it a noun where wink made
 * it a verb in its base form ("chairman", "finance") — no clause opens there.
 */
export function repairThenModifier(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'then' || !THEN_DETERMINERS.has(tokens[i - 1]!.lower)) continue;
    const next = tokens[i + 1]!;
    if (!/^\p{Ll}+$/u.test(next.text)) continue;
    t.pos = 'ADJ';
    if (next.pos === 'VERB' && next.lower === next.lemma) next.pos = 'NOUN';
  }
}

/** Determiners before an adjectival "then" ("the then mayor"; not "her", which is also an object: "told her then"). */
const THEN_DETERMINERS: ReadonlySet<string> = new Set(tagging.thenDeterminers.words);

/**
 * "told RFI after that match that …", "in this report": a word wink reads as a verb in its base form
 * right after a preposition and a demonstrative is a noun — a preposition's object, no clause.
 */
export function repairNounsAfterDemonstrative(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || t.lower !== t.lemma || !DEMONSTRATIVES.has(tokens[i - 1]!.lower) || tokens[i - 2]!.pos !== 'ADP') continue;
    t.pos = 'NOUN';
  }
}

/** "this", "that", "these", "those" as determiners (tagging.json demonstratives). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(tagging.demonstratives.words);

/**
 * "Data from Harbour Stats, the island's statistics office, show that fares rose": a verb that takes a bare
 * clause (cues.json bareClause) in its base form, right after the comma that closes an appositive and
 * before "that" and a clause, is the subject's verb, not a noun.
 */
export function repairVerbsAfterAppositive(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 3; i + 2 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || !BARE_CLAUSE_VERBS.has(t.lemma) || tokens[i - 1]!.text !== ',' || tokens[i + 1]!.lower !== 'that') continue;
    let c = i - 2;
    while (c > s.tokenStart && tokens[c]!.text !== ',') c--;
    if (c > s.tokenStart && /^(NOUN|PROPN)$/.test(tokens[c - 1]!.pos) && nounPhraseThenVerb(tokens, i + 2, s.tokenEnd, (v) => !/ing$/.test(v.lower))) t.pos = 'VERB';
  }
}

/**
 * "He was informed by the embassy that …": a word in -ed that wink tags an adjective, right after a
 * form of "be" and right before "by", whose stem is a verb of speech or of saying (cues.json), is a
 * passive participle — the agent after "by" is who spoke.
 */
export function repairPassiveSpeechParticiples(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || !t.lower.endsWith('ed') || tokens[i - 1]!.lemma !== 'be' || tokens[i + 1]!.lower !== 'by') continue;
    const stem = [t.lower.slice(0, -1), t.lower.slice(0, -2)].find((w) => SPEECH_VERBS.has(w) || REPORT_VERBS.has(w));
    if (stem === undefined) continue;
    t.pos = 'VERB';
    t.lemma = stem;
  }
}

/**
 * "the country's largest listed producer", "its most widely read paper": a word in -ed that wink tags a
 * verb, inside a noun phrase — after a determiner, a possessive "'s" or "its", then at least one
 * adjective or adverb, and right before a noun — is a modifier of that noun, not a verb of the clause.
 * (Not a verb of speech or thought: "her highly criticized speech" reports criticism, PolNeAR marks it.)
 */
export function repairParticipleModifiers(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 2; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || tokens[i + 1]!.pos !== 'NOUN' || SPEECH_VERBS.has(t.lemma) || REPORT_VERBS.has(t.lemma)) continue;
    let k = i - 1;
    while (k > s.tokenStart && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV')) k--;
    const d = tokens[k]!;
    if (k < i - 1 && (d.pos === 'DET' || d.lower === "'s" || d.lower === '\u2019s' || POSSESSIVE_DETERMINERS.has(d.lower))) t.pos = 'ADJ';
  }
}
