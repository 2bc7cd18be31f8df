// Stage 3, step 1: reporting cues. Looks tokens up in the cue lexicon (data/lexicon/cues.json, hand
// compiled, and cues-polnear.json, derived from PolNeAR's train split by scripts/derive-cues.ts):
// reporting verbs by lemma, multiword cues ("according to", "pointed out") and the nouns that
// introduce reported content ("in a statement"). Structure around the cue is judged in attribution.ts.

import lexicon from '../../data/lexicon/cues.json' with { type: 'json' };
import { CONTEXT_WORDS } from './context/words.js';
import { TIME_NOUNS } from '../lexicon/calendar.js';
import { ingStems } from '../lexicon/inflection.js';
import derived from '../../data/lexicon/cues-polnear.json' with { type: 'json' };
import type { Token } from '../types.js';
import { WORDS, isWord, tokenIs } from './grammar/lexicon.js';
import { intentionNounInPhrase, nounTaggedVerb } from './noun-tagged-verbs.js';

/** Verbs that narrate acts ("passed the bill", "signed the order", "launched a campaign"): never cues, whatever PolNeAR's counts say. */
const NOT_CUES: ReadonlySet<string> = new Set(lexicon.notCues);
/** Cue lemmas that are nouns first ("a bill", "the term"): their bare and -s forms need a verb's context (cues.json nounFirst). */
const NOUN_FIRST: ReadonlySet<string> = new Set(lexicon.nounFirst);
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(lexicon.namingParticiples);
const derivedCues = (list: readonly string[]): string[] => list.filter((l) => !NOT_CUES.has(l.split(' ')[0]!));

/** Speech verbs: they may introduce a bare clause ("she said the plan failed"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...lexicon.speech, ...derivedCues(derived.speech)]);
/** Verbs that report words as such ("said", "stated", "wrote"): nested reports made with them are kept whatever their score, and "with 30 percent saying …" gives the words to the share. */
export const SAYING_VERBS: ReadonlySet<string> = new Set(lexicon.saying);
/** Verbs of belief whose third-party subject after a bare verb of saying opens a nested view ("said its lawyers believe …"; cues.json nestedViews). */
export const NESTED_VIEWS: ReadonlySet<string> = new Set(lexicon.nestedViews);
/** Verbs of thought and intention: attributed when a that-clause, quotation or inversion shows it. */
export const COGNITION_VERBS: ReadonlySet<string> = new Set(lexicon.cognition);
/** Cues whose direct object is the content: "called for new talks", "criticized the plan". */
// (A verb of thought in the hand-compiled lexicon keeps its stricter reading — "saw the damage" is
// no report, "saw the plan as a trap" is — even where PolNeAR's counts would make it an object cue.)
export const OBJECT_CUES: ReadonlySet<string> = new Set([
  ...lexicon.object, ...derivedCues(derived.object).filter((l) => !lexicon.cognition.includes(l)), ...derivedCues(derived.prepositional), 'call for', 'call on',
]);
/**
 * Verb + preposition cues whose prepositional object is the content ("focused on", "voted for"),
 * as verb lemma → prepositions: cueAt asks for every verb token, and a string built each time would cost.
 */
const PREPOSITIONS_OF = new Map<string, Set<string>>();
for (const cue of derivedCues(derived.prepositional)) {
  const [verb, prep] = cue.split(' ') as [string, string];
  PREPOSITIONS_OF.set(verb, (PREPOSITIONS_OF.get(verb) ?? new Set()).add(prep));
}
/** Cues whose to-infinitive is the content: "wants to raise taxes". */
export const INFINITIVE_CUES: ReadonlySet<string> = new Set([...lexicon.infinitive, ...derivedCues(derived.infinitive)]);
/** The verb sets noun-tagged-verbs.ts reads (passed, so that it need not import this module). */
const REPORTING_VERBS = { speech: SPEECH_VERBS, cognition: COGNITION_VERBS, object: OBJECT_CUES };
/** Verbs of appearance: "the plan seems to work" has no source; the clause with its subject is what appears. */
export const RAISING_VERBS: ReadonlySet<string> = new Set(lexicon.raising);
/** Adverbs that mark a clause as hearsay or inference: "the firm has reportedly hired …" (no source). */
export const EVIDENTIAL_ADVERBS: ReadonlySet<string> = new Set(lexicon.evidentialAdverbs);
/** Verbs of taking a side: attributed to whoever takes it, even in a relative clause or a participle ("a group backing Rubio"). */
export const STANCE_VERBS: ReadonlySet<string> = new Set(lexicon.stance);
/** Light verbs that make a cue with a noun of speech or stance: "made the case", "took aim at". */
const LIGHT_VERBS: ReadonlySet<string> = new Set(lexicon.lightVerbs);
const LIGHT_NOUNS: ReadonlySet<string> = new Set(lexicon.lightNouns);
/** Where a light-verb cue takes its content: a preposition's object or a that-clause. */
const LIGHT_LINKS: ReadonlySet<string> = WORDS.lightLinks;

/**
 * "made the case that …", "took aim at …", "raised questions about …", "threw her support behind
 * …": a light verb, at most four words of its noun phrase, a noun of speech or stance, then "that"
 * or a preposition. The cue runs through the preposition (or stops before "that").
 */
function lightVerbCue(tokens: Token[], i: number, end: number, lemma: string): CueHit | null {
  for (let k = i + 1; k < end - 1 && k <= i + 5; k++) {
    const t = tokens[k]!;
    if (LIGHT_NOUNS.has(t.lower) && /^(NOUN|VERB|ADJ)$/.test(t.pos)) {
      const link = tokens[k + 1]!.lower;
      if (!isWord(LIGHT_LINKS, link) || k + 2 >= end || sceneAfter(tokens, k + 1, end)) return null;
      const noun = t.lemma.toLowerCase();
      return link === 'that'
        ? { first: i, last: k + 1, lemma: `${lemma} ${noun}`, kind: 'phrase' }
        : { first: i, last: k + 2, lemma: `${lemma} ${noun} ${link}`, kind: 'phrase' };
    }
    // (A count in figures is a tally, not a stance taken: "took 9,418 votes to Mr Crane's 9,106".)
    if (!/^(DET|ADJ|ADV|NUM|PRON)$/.test(t.pos) || t.quote !== tokens[i]!.quote || (t.pos === 'NUM' && /\d/.test(t.text))) return null;
  }
  return null;
}

/**
 * "issued a statement saying …", "released a statement expressing …": after a light verb, at most
 * three words of a noun phrase closed by a noun for words said (context.json utteranceNouns) and a
 * participle of saying or of a light verb.
 */
function utteranceThenReport(tokens: Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end - 1 && k <= i + 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' && CONTEXT_WORDS.utteranceNouns.has(t.lower)) {
      const next = tokens[k + 1]!;
      return /ing$/.test(next.lower) && (SAYING_VERBS.has(next.lemma) || LIGHT_VERBS.has(next.lemma));
    }
    // ("put out a statement saying": the particle of a phrasal verb first.)
    if (!/^(DET|ADJ|PRON)$/.test(t.pos) && !(k === i + 1 && tokenIs(WORDS.phrasalParticles, t))) return false;
  }
  return false;
}

/** Nouns of a view held that make a cue after "have": "had doubts about", "have concerns that". */
const HAVE_NOUNS: ReadonlySet<string> = new Set(lexicon.haveNouns);

/**
 * "its auditors had “substantial doubt” over whether …", "analysts have concerns that …": "have",
 * at most four words of its noun phrase (quotation marks around them allowed), a noun of a view
 * held, then "that", "whether" or a preposition of its topic. The cue runs through the preposition.
 */
function haveViewCue(tokens: Token[], i: number, end: number): CueHit | null {
  for (let k = i + 1; k < end - 2 && k <= i + 6; k++) {
    const t = tokens[k]!;
    if (HAVE_NOUNS.has(t.lower) && /^(NOUN|VERB)$/.test(t.pos)) {
      const link = /^[”"’']$/.test(tokens[k + 1]!.text) ? k + 2 : k + 1;
      const w = tokens[link]?.lower ?? '';
      if (link + 1 >= end || !isWord(WORDS.haveViewLinks, w)) return null;
      const noun = t.lemma.toLowerCase();
      return w === 'that' || w === 'whether' ? { first: i, last: k + 1, lemma: `have ${noun}`, kind: 'phrase' } : { first: i, last: link + 1, lemma: `have ${noun} ${w}`, kind: 'phrase' };
    }
    if (!/^(DET|ADJ|ADV|NUM)$/.test(t.pos) && !/^[“"‘']$/.test(t.text)) return null;
  }
  return null;
}

/** "made the pledge at a conference in Ohio", "issued accusations at the same time": "at" or "in" + an event (context.json eventNouns) or a time is where or when the words were said, not what about. */
function sceneAfter(tokens: Token[], link: number, end: number): boolean {
  if (!isWord(WORDS.atIn, tokens[link]!.lower)) return false;
  for (let k = link + 1; k < end && k <= link + 5; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'ADP') return false;
    if (t.pos === 'NOUN' && (CONTEXT_WORDS.eventNouns.has(t.lower) || TIME_NOUNS.has(t.lower))) return true;
  }
  return false;
}

/** Every lemma a verb cue may have: cueAt's first test. */
const VERB_CUE_LEMMAS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...COGNITION_VERBS, ...OBJECT_CUES, ...INFINITIVE_CUES, ...PREPOSITIONS_OF.keys(), ...LIGHT_VERBS]);

/** Participles that name a state of mind after "be" ("is worried", "are convinced", "was opposed to"): no passive; the subject holds the view. */
export const STATIVE_PARTICIPLES: ReadonlySet<string> = new Set(lexicon.stativeParticiples);
/** Nouns of stance or speech that report their possessor's view: "Lopez's promise to …", "her criticism of …". */
export const STANCE_NOUNS: ReadonlySet<string> = new Set(lexicon.stanceNouns);

/** Adjectives of attitude and certainty that report a view after a copula: "is confident that", "was critical of". */
export const ADJECTIVE_CUES: ReadonlySet<string> = new Set(lexicon.adjectives);
/** Verbs that link a subject to an adjective of attitude ("remains confident", "seemed wary of"), as forms. */
const COPULA: ReadonlySet<string> = WORDS.copulas;
/** Prepositions an adjective of attitude takes its object with: "critical of", "angry about", "wary of". */
const ADJECTIVE_PREPOSITIONS: ReadonlySet<string> = WORDS.adjectivePrepositions;

/**
 * Where the copula before an adjective cue stands (past adverbs and negation: "is not entirely
 * sure", "remains deeply skeptical"), or -1 when none does.
 */
export function copulaBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && k > i - 5 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || tokenIs(WORDS.copulaAdverbs, tokens[k]!))) k--;
  return k >= 0 && tokenIs(COPULA, tokens[k]!) && tokens[k]!.quote === tokens[i]!.quote ? k : -1;
}

/** Does a duration open at k: determiners, numbers and adjectives, then a noun of time ("a long time", "two hours", "weeks")? */
function durationAt(tokens: Token[], k: number, end: number): boolean {
  let m = k;
  while (m < end && m < k + 4 && /^(DET|NUM|ADJ)$/.test(tokens[m]!.pos)) m++;
  const w = tokens[m]?.lower.replace(/s$/, '') ?? '';
  return m < end && (TIME_NOUNS.has(w) || isWord(WORDS.durationNouns, w));
}

/** Determiners that can stand alone as a subject: "Some say …", "Many said …". */
export const LONE_DETERMINERS: ReadonlySet<string> = WORDS.loneDeterminers;
/** Nouns that carry reported content: "the report says", "in a statement". */
export const CUE_NOUNS: ReadonlySet<string> = new Set(lexicon.nouns);
/** Documents and counts that are a source after "in": "In a CNN poll, …", "… in a new study". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(lexicon.sources);

/** Verbs that take a bare complement clause without "that" in news prose (cues.json `bareClause`). */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set(lexicon.bareClause);

/** Multiword cues as lower-case token sequences, by first word, longest first (cueAt runs on every token). */
const PHRASES = new Map<string, string[][]>();
for (const p of lexicon.phrases.map((x) => x.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length)) {
  const list = PHRASES.get(p[0]!) ?? [];
  list.push(p);
  PHRASES.set(p[0]!, list);
}

/** Word forms wink sometimes mis-tags as nouns or adjectives that are still the verb in news copy. */
/** Cue forms that are also given names, as written (cues.json givenNameForms: "Said"). */
const GIVEN_NAME_FORMS: ReadonlySet<string> = new Set(lexicon.givenNameForms);
const SURE_FORMS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'stated', 'stressed', 'insisted', 'argued', 'claimed', 'warned', 'explained']);

export interface CueHit {
  /** First and last+1 token index of the cue. */
  first: number;
  last: number;
  /** Normalised cue: verb lemma, or the phrase ("according to", "point out"). */
  lemma: string;
  kind: 'speech' | 'cognition' | 'object' | 'according' | 'phrase' | 'adjective';
}

/** "just-concluded", "so-called", "long-promised": a word joined by a hyphen to the word before it is part of a compound modifier, not a verb. */
function inCompound(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const word = tokens[i - 2];
  return !!hyphen && !!word && hyphen.text === '-' && hyphen.end === tokens[i]!.start && word.end === hyphen.start;
}

/** A quantity and a unit of change from token k on ("0.4 per cent", "$2", "12 points"): a market or a score moving. */
function quantityAfter(tokens: Token[], k: number, end: number): boolean {
  // ("declined slightly from 58 percent to 55 percent", "gained by 2 points": an adverb and a preposition of change first.)
  if (k + 1 < end && tokens[k]!.pos === 'ADV') k++;
  if (k + 1 < end && isWord(WORDS.changePrepositions, tokens[k]!.lower)) k++;
  if (tokens[k]?.pos === 'SYM' || /^[$€£¥]$/.test(tokens[k]?.text ?? '')) return k + 1 < end && tokens[k + 1]!.pos === 'NUM';
  if (tokens[k]?.pos !== 'NUM' || k + 1 >= end) return false;
  const one = tokens[k + 1]!.lower;
  // ("employers added 275,000 jobs", "the party gained 12 seats": a count of things is a quantity
  // too, unless a verb follows it: "the coach added 20 players had signed up" reports a clause.)
  if (tokens[k + 1]!.pos === 'NOUN' && /s$/i.test(one) && !/^(AUX|VERB)$/.test(tokens[k + 2]?.pos ?? '')) return true;
  return isWord(WORDS.changeUnits, one) || (k + 2 < end && isWord(WORDS.changeUnits, `${one} ${tokens[k + 2]!.lower}`));
}

/**
 * The reporting cue starting at token `i`, if any.
 * @param tokens - all tokens of the article
 * @param i - index of the token to test
 * @param end - token index the cue may not reach (sentence end)
 */
export function cueAt(tokens: Token[], i: number, end: number): CueHit | null {
  const t = tokens[i]!;
  if (inCompound(tokens, i)) return null;
  const lower = t.lower;
  const phrases = PHRASES.get(lower);
  if (phrases) for (const phrase of phrases) {
    if (i + phrase.length > end) continue;
    let ok = true;
    for (let k = 1; k < phrase.length && ok; k++) ok = tokens[i + k]!.lower === phrase[k];
    if (!ok) continue;
    if (phrase[0] === 'according') return { first: i, last: i + 2, lemma: 'according to', kind: 'according' };
    // ("the Court of Appeals for the Seventh Circuit": a capitalised word after "of" is a word of a name,
    // no verb; "had only one appeal for the Whigs": a noun after a determiner or a number is a thing.)
    if (t.pos === 'PROPN' && tokens[i - 1]?.lower === 'of') continue;
    if (t.pos === 'NOUN' && /^(DET|NUM)$/.test(tokens[i - 1]?.pos ?? '')) continue;
    // "went on television", "goes on Fox News": "on" takes a medium, not what was said.
    if (phrase.length === 2 && phrase[1] === 'on' && t.lemma === 'go' && /^(NOUN|PROPN|DET|ADJ|NUM)$/.test(tokens[i + 2]?.pos ?? '')) continue;
    const verb = tokens[i]!.lemma;
    return { first: i, last: i + phrase.length, lemma: [verb, ...phrase.slice(1)].join(' '), kind: 'phrase' };
  }
  // "is confident that …", "remains critical of …", "were against …": an attitude after a copula.
  // (A participle of a state of mind the tagger calls an adjective is one too before a clause: "is concerned that".)
  // (So is one it calls a verb after a copula: "She is convinced that …" states a view, it reports no persuading.)
  const statedView = STATIVE_PARTICIPLES.has(lower) && isWord(WORDS.that, tokens[i + 1]?.text ?? '') && (t.pos === 'ADJ' || (t.pos === 'VERB' && copulaBefore(tokens, i) >= 0));
  if (((t.pos === 'ADJ' && ADJECTIVE_CUES.has(lower)) || statedView) || (lower === 'against' && t.pos === 'ADP')) {
    if (i + 1 >= end || copulaBefore(tokens, i) < 0) return null;
    if (lower === 'against') return { first: i, last: i + 1, lemma: 'be against', kind: 'adjective' };
    const prep = tokens[i + 1]!.lower;
    // ("eager to sign": "to" before a verb opens the infinitive the attitude is about.)
    // ("was silent for a long time", "quiet for hours": a duration after the preposition is no object of the attitude.)
    if (isWord(ADJECTIVE_PREPOSITIONS, prep) && durationAt(tokens, i + 2, end)) return null;
    if (isWord(ADJECTIVE_PREPOSITIONS, prep) && i + 2 < end && !(prep === 'to' && tokens[i + 2]!.pos === 'VERB')) return { first: i, last: i + 2, lemma: `${lower} ${prep}`, kind: 'adjective' };
    return { first: i, last: i + 1, lemma: lower, kind: 'adjective' };
  }
  if (t.lemma === 'have') return t.pos === 'VERB' || t.pos === 'AUX' ? haveViewCue(tokens, i, end) : null;
  if (t.pos === 'VERB' && WORDS.aspectBeforeGerund.has(t.lemma) && gerundAt(tokens, i + 1, end)) return aspectGerundCue(tokens, i, end);
  // (Most tokens are no cue: a lemma outside every verb list, and no -ing form a noun tag may hide, is none.)
  const edBase = t.pos === 'ADJ' ? adjectiveTaggedVerb(tokens, i, end) : null;
  if (!edBase && !VERB_CUE_LEMMAS.has(normaliseLemma(t.lemma, lower)) && (t.pos === 'VERB' || !t.text.endsWith('ing'))) return null;
  const ingBase = t.pos !== 'VERB' ? participleTaggedNoun(tokens, i, end) : null;
  // ("Her brother, Said Hamdan, told …": "Said" written with a capital inside a sentence, after a comma and before a name, is a given name.)
  const givenName = t.pos === 'PROPN' && GIVEN_NAME_FORMS.has(t.text) && tokens[i - 1]?.text === ',' && tokens[i + 1]?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]!.text);
  const isVerb = t.pos === 'VERB' || (SURE_FORMS.has(lower) && t.pos !== 'ADP' && t.pos !== 'DET' && !givenName) || !!ingBase || !!edBase || nounTaggedVerb(tokens, i, end, REPORTING_VERBS);
  if (!isVerb) return null;
  const lemma = ingBase ?? edBase ?? normaliseLemma(t.lemma, lower);
  if (NOUN_FIRST.has(lemma) && (lower === lemma || lower === `${lemma}s`) && !verbContextBefore(tokens, i)) return null;
  // ("launched a savings plan to help buyers", "Obama unveils jobs plan to …": the noun of a singular or object noun phrase.)
  if (intentionNounInPhrase(tokens, i)) return null;
  if (titleBeforeSpeaker(tokens, i, end) || namingParticiple(tokens, i) || describingParticiple(tokens, i, end)) return null;
  // ("made the remarks when asked to comment on …": a passive with its subject left out; pass 5 reads the question.)
  if (lower === 'asked' && i > 0 && tokenIs(WORDS.askedSubordinators, tokens[i - 1]!)) return null;
  if (isWord(WORDS.quantityVerbs, lemma) && quantityAfter(tokens, i + 1, end)) return null;
  // ("backed down on plans", "called off the vote": a particle makes a phrasal verb that reports nothing.)
  if (i + 1 < end && WORDS.phrasalNonCues.has(`${lemma} ${tokens[i + 1]!.lower}`)) return null;
  // ("issued a statement saying …", "released a statement expressing …": the participle reports, not the verb.)
  if ((LIGHT_VERBS.has(lemma) || isWord(WORDS.publishingVerbs, lemma)) && utteranceThenReport(tokens, i, end)) return null;
  if (LIGHT_VERBS.has(lemma)) {
    const light = lightVerbCue(tokens, i, end, lemma);
    if (light) return light;
  }
  // "railed against the deal", "voted for Sanders": the preposition's object is the content.
  const preps = PREPOSITIONS_OF.get(lemma);
  const prep = preps && i + 2 < end && tokens[i + 2]!.pos !== 'PUNCT' ? tokens[i + 1]!.lower : null;
  if (prep && preps!.has(prep)) return { first: i, last: i + 2, lemma: `${lemma} ${prep}`, kind: 'object' };
  if (SPEECH_VERBS.has(lemma)) return { first: i, last: i + 1, lemma, kind: 'speech' };
  if (COGNITION_VERBS.has(lemma)) return { first: i, last: i + 1, lemma, kind: 'cognition' };
  if (OBJECT_CUES.has(lemma) || INFINITIVE_CUES.has(lemma)) return { first: i, last: i + 1, lemma, kind: 'object' };
  return null;
}

/** Is token k an -ing form the tagger read as a verb or a noun ("began criticizing", "kept polling")? */
function gerundAt(tokens: Token[], k: number, end: number): boolean {
  const g = tokens[k];
  return k < end && !!g && (g.pos === 'VERB' || g.pos === 'NOUN') && g.lower.endsWith('ing');
}

/**
 * A verb of aspect before an -ing form (grammar.json aspectBeforeGerund): "began criticizing the
 * plan", "kept saying that …" are one cue, the -ing verb's, read from the aspect verb so that its
 * subject speaks; "began developing the gas field" reports nothing (PolNeAR marks "began
 * dismissing | the notion", "continued to question | whether …").
 */
function aspectGerundCue(tokens: Token[], i: number, end: number): CueHit | null {
  const hit = cueAt(tokens, i + 1, end);
  return hit && hit.first === i + 1 && hit.kind !== 'according' ? { ...hit, first: i } : null;
}

/**
 * "a report which alleged that …", "…, citing sources, alleged the office …": a past form of a verb
 * of saying or thinking that wink tagged an adjective, before a determiner, a pronoun or "that" —
 * where no attributive adjective stands ("the alleged victim" is one) — or after a perfect's "have"
 * ("have alleged in court documents that …"), and not after "be" (a passive: "it is alleged
 * that"). Returns the verb's lemma.
 */
function adjectiveTaggedVerb(tokens: Token[], i: number, end: number): string | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!next || i + 1 >= end || !prev || !t.lower.endsWith('ed') || prev.pos === 'DET') return null;
  // ("have alleged in court documents that …": after a perfect's "have" it is the participle, whatever follows.)
  const perfect = tokenIs(WORDS.perfectAuxiliaries, prev);
  if (prev.pos === 'AUX' && !perfect) return null;
  if (!perfect && (!(tokenIs(WORDS.complementOpeners, next) || tokenIs(WORDS.clauseOpeningWords, next) || thatAfterAdjunct(tokens, i + 1, end)) || next.lower === 'to')) return null;
  // alleged → allege, claimed → claim, admitted → admit.
  const stems = [t.lower.slice(0, -1), t.lower.slice(0, -2), t.lower.slice(0, -3)];
  return stems.find((b) => SPEECH_VERBS.has(b) || COGNITION_VERBS.has(b)) ?? null;
}

/** "alleged in court that", "claimed last week that": a short adjunct (no verb, no comma) between the word and "that". */
function thatAfterAdjunct(tokens: Token[], k: number, end: number): boolean {
  if (!/^(ADP|ADJ|DET)$/.test(tokens[k]!.pos) && !tokenIs(WORDS.timeWords, tokens[k]!)) return false;
  for (let m = k + 1; m < end && m <= k + 6; m++) {
    const t = tokens[m]!;
    if (t.lower === 'that') return true;
    if (!/^(ADP|DET|NOUN|PROPN|ADJ|NUM)$/.test(t.pos) && !tokenIs(WORDS.timeWords, t)) return false;
  }
  return false;
}

/** "a sedative called clonazepam", "a staffer named Bradley Podliska", "the drug, also called angel dust,": a participle that names what an indefinite noun phrase, or one before ", also", is called (cues.json namingParticiples). */
function namingParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const head = tokens[i - 1];
  if (!NAMING_PARTICIPLES.has(t.lower) || !head) return false;
  // ("A remediation agreement, also called deferred prosecution, …"; only with an adverb such as
  // "also": a bare ", called" may be the verb after an appositive, "Moore, an adviser, called …".)
  if (head.pos === 'ADV' && tokens[i - 2]?.text === ',' && /^(NOUN|PROPN)$/.test(tokens[i - 3]?.pos ?? '')) return true;
  if (!/^(NOUN|ADJ)$/.test(head.pos) || /^\p{Lu}/u.test(head.text)) return false;
  if (t.lower === 'called' && (tokenIs(WORDS.personNouns, head) || isWord(WORDS.personNouns, head.lower.replace(/s$/, '')))) return false;
  for (let k = i - 2; k >= 0 && k >= i - 6; k--) {
    const w = tokens[k]!;
    if (tokenIs(WORDS.indefiniteArticles, w)) return true;
    if (!/^(NOUN|PROPN|ADJ|NUM|PUNCT)$/.test(w.pos) || (w.pos === 'PUNCT' && w.text !== '-')) return false;
  }
  return false;
}

/**
 * "two people briefed on the matter said", "officials told of the plan say": a participle right after
 * a noun, before the clause's own verb of saying, describes the source; it is no cue.
 */
function describingParticiple(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  // (After a common noun only: "Sexton reflected on what he said" has a name and its verb.)
  if (t.lower === t.lemma || !/^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) return false;
  // ("A poll by the Ifop institute published Sunday found that …", "A survey by Datafolha released
  // Monday showed …": a verb of putting words out, in -ed, before a day names when the subject
  // appeared; the subject's own finite cue follows.)
  const published = isWord(WORDS.publishingVerbs, t.lemma) && t.lower.endsWith('ed') && !!tokens[i + 1] && tokenIs(WORDS.timeWords, tokens[i + 1]!);
  if ((tokens[i - 1]!.pos !== 'NOUN' || tokens[i + 1]?.pos !== 'ADP') && !published) return false;
  // Then a short noun phrase ("on the matter", "on Trump's plans") and the verb of saying.
  for (let k = i + 2; k < end && k <= i + 8; k++) {
    const w = tokens[k]!;
    // (Not a cue that closes the sentence: "…,” the order released Friday said." is read from its quotation.)
    if (published && w.pos === 'VERB' && !w.lower.endsWith('ing') && w.lower !== w.lemma && VERB_CUE_LEMMAS.has(normaliseLemma(w.lemma, w.lower))) return k + 1 < end && tokens[k + 1]!.pos !== 'PUNCT';
    if (SURE_FORMS.has(w.lower) && w.pos === 'VERB') return true;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(w.pos) || w.quote >= 0) return false;
  }
  return false;
}

/** "tenants advocate Josh Matlow told …": a word right before a name that a sure verb of saying follows describes that speaker; it is no verb. */
function titleBeforeSpeaker(tokens: Token[], i: number, end: number): boolean {
  // (A title is a noun's base form; "Police said Lott told …" is a past verb that reports a report.)
  if (tokens[i]!.lower !== tokens[i]!.lemma) return false;
  let k = i + 1;
  while (k < end && k <= i + 4 && tokens[k]!.pos === 'PROPN') k++;
  return k > i + 1 && k < end && SURE_FORMS.has(tokens[k]!.lower) && tokens[k]!.pos !== 'ADP';
}

/** "he bills himself", "who terms it", "will label", "to brand": what may stand before a bare or -s verb form that is also a common noun ("is brand new": not a form of "be"). */
function verbContextBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  return (prev.pos === 'AUX' && !isWord(WORDS.progressiveAuxiliaries, prev.lower)) || isWord(WORDS.to, prev.lower) || isWord(WORDS.subjectPronounsWho, prev.lower);
}

/**
 * ", warning that …", ", accusing him of …": an -ing form after a comma that wink tagged as a noun,
 * before a complement, when its verb is a cue. Returns the verb's lemma.
 */
function participleTaggedNoun(tokens: Token[], i: number, end: number): string | null {
  const t = tokens[i]!;
  // (", later revealing he …": an adverb may stand between the comma and the participle.)
  const afterComma = i > 0 && (tokens[i - 1]!.text === ',' || (i > 1 && tokens[i - 1]!.pos === 'ADV' && tokens[i - 2]!.text === ','));
  if (!afterComma || i + 1 >= end || !/^[a-z]+ing$/.test(t.text)) return null;
  const n = tokens[i + 1]!;
  if (!tokenIs(WORDS.stanceNounComplements, n) && !/^(DET|PRON|PROPN)$/.test(n.pos)) return null;
  // warning → warn, noting → note, admitting → admit.
  return ingStems(t.text).find((base) => SPEECH_VERBS.has(base) || COGNITION_VERBS.has(base) || OBJECT_CUES.has(base)) ?? null;
}

/** wink lemmatises a few reporting forms oddly ("says" → "says" when tagged NOUN). */
function normaliseLemma(lemma: string, lower: string): string {
  switch (lower) {
    case 'said': case 'says': case 'saying': return 'say';
    case 'told': case 'tells': case 'telling': return 'tell';
    case 'wrote': case 'writes': case 'written': return 'write';
    case 'found': return 'find';
    default: return lemma;
  }
}
