// Document pass 6: stance nouns with a possessor ("her criticism of the plan") (rule possessed-stance);
// not the medium of a report already read ("said in its statement that …").

import type { Sentence, TextLayer, Token } from '../../types.js';
import { STANCE_NOUNS, type CueHit } from '../cues.js';
import { looseObject } from '../attribution/content-after.js';
import { type Content, type RawAttribution, make } from '../attribution/make.js';
import { clauseEnd } from '../grammar/clauses.js';
import { nounPhraseLeft } from '../grammar/noun-phrases.js';
import { WORDS, isWord, tokenIs } from '../grammar/lexicon.js';
import { SUBJECT_PRONOUNS } from '../grammar/words.js';
import { CONTEXT_WORDS } from '../context/words.js';

/**
 * "the mayor's support for the levy", "her criticism of the plan", "their claim that …": a noun of
 * stance or speech with a possessor reports the possessor's view; the content is what the noun
 * takes (a that-clause, an infinitive, or a preposition's object).
 */
export function addPossessedStances(layer: TextLayer, earlier: readonly RawAttribution[]): RawAttribution[] {
  const found: RawAttribution[] = [];
  const { tokens, sentences } = layer;
  for (const s of sentences) {
    for (let i = s.tokenStart + 1; i < s.tokenEnd - 2; i++) {
      const t = tokens[i]!;
      if (t.pos !== 'NOUN' || !STANCE_NOUNS.has(t.lower) || t.quote >= 0) continue;
      // The possessor: "his", "her", "their", or a name with "'s" (an adjective may stand between).
      let p = i - 1;
      if (tokens[p]!.pos === 'ADJ' && p - 1 >= s.tokenStart) p--;
      let speaker: [number, number] | null = null;
      if (isWord(WORDS.possessiveDeterminers3, tokens[p]!.text)) speaker = [p, p + 1];
      else if (/^['’]s?$/.test(tokens[p]!.text) && p - 1 >= s.tokenStart) {
        const np = nounPhraseLeft(tokens, p - 1, s.tokenStart);
        // A name, or an institution ("the government's announcement that …").
        if (np && (tokens[np[1] - 1]!.pos === 'PROPN' || tokenIs(WORDS.organizationNouns, tokens[np[1] - 1]!))) speaker = [np[0], p];
      }
      if (!speaker) continue;
      const n = tokens[i + 1]!;
      // ("In his statement to police, Arkhipov said …", "her remarks to reporters": "to" after a noun for
      // words said (context.json utteranceNouns) and before a body or people names the hearer; the words
      // are the clause's own report.)
      if (tokenIs(WORDS.to, n) && CONTEXT_WORDS.utteranceNouns.has(t.lower) && hearerAt(tokens[i + 2]) && !infinitiveAfterHearer(tokens, i + 3, s.tokenEnd)) continue;
      let content: Content | null = null;
      if (tokenIs(WORDS.that, n) && (n.pos === 'SCONJ' || complementThat(tokens, i + 1))) content = { start: n.start, end: clauseEnd(layer, s, i + 1), form: 'indirect' };
      else if (tokenIs(WORDS.that, n) && tokens[i + 2]!.text === ',') content = thatThenAside(layer, s, i + 1);
      else if (tokenIs(WORDS.to, n) && tokens[i + 2]!.pos === 'VERB') content = { start: n.start, end: clauseEnd(layer, s, i + 1), form: 'indirect' };
      // ("China's claim to the shoal": an entitlement's "to"/"on"/"over" phrase names what is held, nothing said.)
      else if (tokenIs(WORDS.entitlementNouns, t) && tokenIs(WORDS.entitlementPrepositions, n)) continue;
      else if (tokenIs(WORDS.stanceNounPrepositions, n)) content = looseObject(layer, s, i + 1);
      if (!content) continue;
      const cue: CueHit = { first: i, last: i + 1, lemma: t.lemma.toLowerCase(), kind: 'phrase' };
      const a = make(layer, s, -1, { content, cue, speaker: speaker, rule: 'possessed-stance' });
      // ("The fund said in its latest statement that …": the noun is the medium of a verb's report of the same words.)
      if (a && !earlier.some((o) => o.contentStart === a.contentStart && o.contentEnd === a.contentEnd && !!o.cue && o.cue.last <= speaker[0])) found.push(a);
    }
  }
  return found;
}

/** A hearer after "to": a determiner, a name, or a noun for a body or for people ("police", "reporters", "the court"). */
function hearerAt(t: Token | undefined): boolean {
  return !!t && (/^(DET|PROPN)$/.test(t.pos) || tokenIs(WORDS.organizationNouns, t) || tokenIs(WORDS.personNouns, t));
}

/** "warning to residents | to stay indoors": a to-infinitive within four words after the hearer's first word, what the words ask of the hearer. */
function infinitiveAfterHearer(tokens: readonly Token[], k: number, end: number): boolean {
  for (let m = k; m < end - 1 && m < k + 4; m++) {
    if (tokens[m]!.pos === 'PUNCT') return false;
    if (tokenIs(WORDS.to, tokens[m]!) && tokens[m + 1]!.pos === 'VERB') return true;
  }
  return false;
}

/**
 * "the government's announcement that it would buy …": a "that" the tagger read as a relative
 * pronoun opens the noun's content when a subject pronoun and an auxiliary follow it (a relative
 * clause after the noun lacks its own subject: "the announcement that came on Monday").
 */
function complementThat(tokens: readonly Token[], that: number): boolean {
  const subject = tokens[that + 1];
  return !!subject && subject.pos === 'PRON' && tokenIs(SUBJECT_PRONOUNS, subject) && tokens[that + 2]?.pos === 'AUX';
}

/** "their defence that, while the fence is ugly, the permit is valid": the clause runs on past the aside after "that". */
function thatThenAside(layer: TextLayer, s: Sentence, that: number): Content | null {
  const { tokens } = layer;
  for (let m = that + 2; m < s.tokenEnd - 1; m++) {
    if (tokens[m]!.text === ',' && tokens[m]!.quote < 0) return { start: tokens[that]!.start, end: clauseEnd(layer, s, m), form: 'indirect' };
  }
  return null;
}
