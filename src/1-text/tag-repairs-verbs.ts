// Stage 1, inside tokenisation (tokens.ts, after tag-repairs.ts's clause repairs): verbs wink reads as
// nouns where their subject stands apart from them — a plural subject with a modifier after it ("firms
// bidding for the harbour contract plan to appeal"), read with the modifier's last noun as a compound —
// is a relative pronoun ("residents who fear a flood"), or is a bare plural ("Polls show a tie").

import tagging from '../../data/lexicon/tagging.json' with { type: 'json' };
import cues from '../../data/lexicon/cues.json' with { type: 'json' };
import type { Sentence, Token } from '../types.js';
import { finiteLater, opensClause, singularNoun } from './tag-repairs.js';
import { isLexicalWord } from './wink-model.js';

const VERBS_BEFORE_INFINITIVE: ReadonlySet<string> = new Set(tagging.verbsBeforeInfinitive.words);
/** Verbs that are also common nouns and head a relative clause: the cue verbs (cues.json speech, cognition, infinitive, stance, bareClause) and the transitive and infinitive verbs of tagging.json. */
const RELATIVE_CLAUSE_VERBS: ReadonlySet<string> = new Set([...cues.speech, ...cues.cognition, ...cues.infinitive, ...cues.stance, ...cues.bareClause, ...tagging.verbsBeforeObject.words, ...VERBS_BEFORE_INFINITIVE]);
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(tagging.relativeSubjects.words);
/** Verbs that take a clause or state a stance or a thought (cues.json bareClause, stance, cognition). */
const CLAUSE_OR_STANCE_VERBS: ReadonlySet<string> = new Set([...cues.bareClause, ...cues.stance, ...cues.cognition]);
/** Verbs a share of a group takes ("64 percent call him unfit", "a third say"): speech, and CLAUSE_OR_STANCE_VERBS. */
const SHARE_VERBS: ReadonlySet<string> = new Set([...cues.speech, ...CLAUSE_OR_STANCE_VERBS]);
const SHARE_NOUNS: ReadonlySet<string> = new Set(tagging.shareNouns.words);
const SINGULAR_FRACTIONS: ReadonlySet<string> = new Set(tagging.singularFractions.words);
const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set(tagging.pluralQuantifiers.words);
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(tagging.degreeAdverbs.words);

/**
 * "Officials said firms bidding for the harbour contract plan to appeal", "Leaders of the union plan to
 * strike": a bare verb that takes an infinitive (tagging.json verbsBeforeInfinitive), which wink tags a
 * noun after a singular noun and before "to" and a verb, is the clause's verb when a plural noun opens
 * the clause within ten words before it, with a participle or a preposition after it and no verb between
 * — the plural is its subject, the singular the last word of its modifier. Not when a finite verb
 * follows in the clause ("Critics of the pension plan to cut payouts said …": there "plan" is a noun).
 */
export function repairInfinitiveVerbsAfterModifiedPlural(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 3; i + 2 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || !VERBS_BEFORE_INFINITIVE.has(t.lemma) || tokens[i + 1]!.lower !== 'to' || tokens[i + 2]!.pos !== 'VERB') continue;
    const before = tokens[i - 1]!;
    // (After a plural noun the verb is repairVerbsBeforeInfinitive's.)
    if (before.pos !== 'NOUN' || !singularNoun(before)) continue;
    if (modifiedPluralSubject(tokens, i - 2, s) && !finiteLater(tokens, i + 3, s.tokenEnd)) t.pos = 'VERB';
  }
}

/**
 * "Residents living near the dam fear it will break", "Growers in the valley support the levy": a verb
 * that takes a clause or states a stance or thought (CLAUSE_OR_STANCE_VERBS), in its bare form, which
 * wink tags a noun after a singular noun, is the clause's verb when a plural noun with a participle or
 * a preposition after it opens the clause within ten words before it (modifiedPluralSubject) and a
 * pronoun, a determiner or "that" (not a relative "that" with its verb next) follows — no noun
 * compound goes on so ("the dam fear it").
 */
export function repairClauseVerbsAfterModifiedPlural(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 3; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || t.text !== t.lower || !CLAUSE_OR_STANCE_VERBS.has(t.lemma)) continue;
    const next = tokens[i + 1]!;
    if (next.lower === 'that' ? /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '') : !/^(DET|PRON)$/.test(next.pos)) continue;
    const before = tokens[i - 1]!;
    if (before.pos !== 'NOUN' || !singularNoun(before)) continue;
    if (modifiedPluralSubject(tokens, i - 2, s)) t.pos = 'VERB';
  }
}

/**
 * Walking back from k over a modifier's words (nouns, adjectives, determiners, prepositions, names,
 * numbers, -ing forms), at most ten: is there a plural noun with a preposition or an -ing form right
 * after it, whose noun phrase opens a clause (tag-repairs.ts opensClause)? (A plural that opens the
 * sentence may be tagged a name: "Leaders of …".)
 */
function modifiedPluralSubject(tokens: Token[], k: number, s: Sentence): boolean {
  for (let m = k; m >= s.tokenStart && m > k - 10; m--) {
    const t = tokens[m]!;
    const next = tokens[m + 1]!;
    if (pluralNoun(t, m === s.tokenStart) && (next.pos === 'ADP' || next.lower.endsWith('ing'))) {
      let d = m;
      while (d > s.tokenStart && /^(DET|ADJ|NUM)$/.test(tokens[d - 1]!.pos)) d--;
      if (opensClause(tokens, d, s)) return true;
    }
    if (!MODIFIER_WORDS.has(t.pos) && !t.lower.endsWith('ing')) return false;
  }
  return false;
}

/** A plural common noun, or at the sentence's start a capitalised plural of an English word wink tags a name ("Leaders"). */
function pluralNoun(t: Token, first: boolean): boolean {
  if (t.pos === 'NOUN') return !singularNoun(t);
  return first && t.pos === 'PROPN' && t.lower.endsWith('s') && isLexicalWord(t.lower.slice(0, -1));
}

const MODIFIER_WORDS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'DET', 'ADP', 'PROPN', 'NUM']);

/**
 * "residents who fear a flood", "a rule that limits the press", "polls which show a tie": a verb (its bare or
 * -s form; RELATIVE_CLAUSE_VERBS) that wink tags a noun right after a relative pronoun that is its subject
 * (tagging.json relativeSubjects) is the relative clause's verb. After "who", whatever follows but a verb
 * or a mark; after "that" and "which", which are also determiners and conjunctions ("told the board that
 * reports show …", "the idea that support …"), only when a noun before agrees with the form (a singular
 * before the -s form, a plural before the bare one), a determiner, pronoun, name or number opens its
 * object, and no finite verb follows in the clause.
 */
export function repairVerbsAfterRelativePronoun(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !RELATIVE_SUBJECTS.has(tokens[i - 1]!.lower) || !RELATIVE_CLAUSE_VERBS.has(t.lemma) || t.text !== t.lower) continue;
    const third = t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`;
    if (!third && t.lower !== t.lemma) continue;
    const next = tokens[i + 1]!;
    if (tokens[i - 1]!.lower === 'who') {
      if (!/^(VERB|AUX|PUNCT|CCONJ)$/.test(next.pos)) t.pos = 'VERB';
      continue;
    }
    const ante = tokens[i - 2];
    if (ante === undefined || i - 2 < s.tokenStart || ante.pos !== 'NOUN' || singularNoun(ante) !== third || !/^(DET|PRON|PROPN|NUM)$/.test(next.pos)) continue;
    if (!finiteLater(tokens, i + 1, s.tokenEnd)) t.pos = 'VERB';
  }
}

/**
 * "Polls show a tie", "Most growers support the levy", "Anglers fear that …": a verb that takes a clause or
 * states a stance or thought (CLAUSE_OR_STANCE_VERBS), in its bare form, which wink tags a noun right after
 * a plural noun whose phrase opens a clause, is that clause's verb when a determiner, pronoun, name,
 * number or "that" (not a relative "that" with its verb next) follows — a plural noun does not modify another noun there.
 */
export function repairVerbsAfterPluralSubject(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || !CLAUSE_OR_STANCE_VERBS.has(t.lemma)) continue;
    const next = tokens[i + 1]!;
    // ("the jobs report that came out …": "that" with a verb right after it opens a relative clause.)
    if (next.lower === 'that' ? /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '') : !/^(DET|PRON|PROPN|NUM)$/.test(next.pos)) continue;
    if (!pluralNoun(tokens[i - 1]!, i - 1 === s.tokenStart)) continue;
    let d = i - 1;
    while (d > s.tokenStart && /^(DET|ADJ|NUM)$/.test(tokens[d - 1]!.pos)) d--;
    if (opensClause(tokens, d, s)) t.pos = 'VERB';
  }
}

/**
 * "64 percent call him unfit", "Nearly a third say they …", "Many fear the plant will close": a verb
 * of speech, thought or stance in its bare form (SHARE_VERBS) that wink tags a noun right after a
 * share of a group (tagging.json shareNouns, after a number, a determiner or "per") or a quantifier
 * standing alone (pluralQuantifiers) is the clause's verb, when that subject opens a clause (an
 * approximator may stand before it: "about 40 per cent") and a determiner, pronoun, name, number or
 * "that" opens what follows ("some say in the matter", "a 60 percent support rate" keep their nouns).
 */
export function repairVerbsAfterShare(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || t.text !== t.lower || !SHARE_VERBS.has(t.lemma)) continue;
    const next = tokens[i + 1]!;
    if (next.lower === 'that' ? /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '') : !/^(DET|PRON|PROPN|NUM)$/.test(next.pos)) continue;
    // ("the third report that …": an ordinal before a noun.)
    if (SINGULAR_FRACTIONS.has(tokens[i - 1]!.lower) && (next.lower === 'that' || tokens[i - 2]?.lower === 'the')) continue;
    const d = shareSubjectStart(tokens, i - 1, s);
    if (d >= 0 && opensClause(tokens, d, s)) t.pos = 'VERB';
  }
}

/** Where the share subject ending at k opens ("64 percent", "two-thirds", "a third", "about 40 per cent", "many"), or -1. */
function shareSubjectStart(tokens: Token[], k: number, s: Sentence): number {
  const head = tokens[k]!;
  let d = k;
  if (PLURAL_QUANTIFIERS.has(head.lower) && head.pos !== 'VERB') return k;
  if (!SHARE_NOUNS.has(head.lower) || head.pos === 'VERB') return -1;
  if (head.lower === 'cent' && tokens[d - 1]?.lower === 'per') d--;
  // ("two-thirds": the number is written against the hyphen.)
  if (d - 2 >= s.tokenStart && tokens[d - 1]!.text === '-' && tokens[d - 1]!.start === tokens[d - 2]!.end) d--;
  if (d - 1 < s.tokenStart || !/^(NUM|DET)$/.test(tokens[d - 1]!.pos)) return head.lower === 'half' ? k : -1;
  d--;
  while (d > s.tokenStart && (tokens[d - 1]!.pos === 'ADV' || DEGREE_ADVERBS.has(tokens[d - 1]!.lower))) d--;
  return d;
}
