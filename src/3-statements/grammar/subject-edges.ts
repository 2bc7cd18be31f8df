// Stage 3 grammar, beside subjects.ts: where a speaker's phrase starts and ends around its head noun
// phrase — a relative pronoun left out, an adjunct of occasion cut off, a name joined by "and", a name
// whose first word the tagger read as a verb. speakerLeft (subjects.ts) applies them in turn.

import type { Token } from '../../types.js';
import { nounPhraseLeft } from './noun-phrases.js';
import { END_PUNCT, OPEN_MARKS, isDashAt } from './words.js';
import { WORDS, isWord, tokenIs } from './lexicon.js';

/** A speaker read: its span, its head noun phrase, and the content boundary before it. */
type SpeakerRead = [[number, number], [number, number], number | null];

/**
 * "The attack, which witnesses said lasted an hour, …": the tagger reads "which witnesses" as one
 * noun phrase (an interrogative determiner and its noun), but the relative pronoun opens the clause
 * and is not the speaker's; the speaker starts after it (no boundary: the pronoun stands between),
 * so the relative clause is read as one (subject-first.ts asideOrRelative). ("that voters", "that
 * group" keep their demonstrative "that".)
 */
export function withoutRelativePronoun(tokens: Token[], read: SpeakerRead | null): SpeakerRead | null {
  if (!read) return read;
  const [[start, end], head] = read;
  if (end - start < 2 || head[0] !== start || head[1] - head[0] < 2 || !(isWord(WORDS.relativeWho, tokens[start]!.text) || thatOpensClause(tokens, head))) return read;
  return [[start + 1, end], [start + 1, head[1]], null];
}

/**
 * "laws that critics say target migrants", "said that voters want …", "that President Ruiz said":
 * "that" before a name or a plural is no demonstrative (that would be "those"); it opens a clause
 * and is not the speaker's. ("that group", "that person" keep it.)
 */
function thatOpensClause(tokens: Token[], head: [number, number]): boolean {
  if (!tokenIs(WORDS.that, tokens[head[0]]!)) return false;
  const last = tokens[head[1] - 1]!;
  return tokens[head[0] + 1]!.pos === 'PROPN' || (last.pos === 'NOUN' && last.lemma !== last.lower && !last.lower.endsWith('ss'));
}

/**
 * "The company, in prepared remarks, said": a phrase set off by commas right before the cue that
 * opens with a preposition of occasion (grammar.json speakerAdjunctPrepositions) tells when or how the
 * words were said; the speaker's span ends before it. ("Tom Miller, at a consulting firm, said" keeps its "at".)
 */
export function withoutAdjunct(tokens: Token[], read: SpeakerRead | null): SpeakerRead | null {
  if (!read) return read;
  const [[start, end], head] = read;
  if (tokens[end]?.text !== ',') return read;
  for (let c = end - 1; c >= head[1]; c--) {
    const t = tokens[c]!;
    if (t.quote >= 0 || END_PUNCT.test(t.text)) return read;
    if (t.text !== ',') continue;
    return c > start && tokenIs(WORDS.speakerAdjunctPrepositions, tokens[c + 1]!) ? [[start, c], head, read[2]] : read;
  }
  return read;
}

/**
 * "…, the company and the union said": a noun phrase with its own article joined by "and" to the
 * head goes with it when the joined phrase opens its clause (the sentence start, a comma, a dash or
 * an opening mark); in "The firm cut jobs and the union said" the phrase before "and" is an object.
 * So does a name before a possessive's group ("Ana Ruiz and her colleagues argue"); a common noun does
 * not ("The company and its founder said" keeps "its founder", which owned-sources.ts reads as the
 * company's founder).
 */
export function coordinatedHead(tokens: Token[], head: [number, number], floor: number): [number, number] {
  const and = head[0] - 1;
  if (and - 1 < floor || !tokenIs(WORDS.speakerJoiners, tokens[and]!) || !(tokenIs(WORDS.articles, tokens[head[0]]!) || tokenIs(WORDS.possessiveDeterminers3, tokens[head[0]]!))) return head;
  const left = nounPhraseLeft(tokens, and - 1, floor);
  const wanted = tokenIs(WORDS.articles, tokens[head[0]]!) ? /^(NOUN|PROPN)$/ : /^PROPN$/;
  if (!left || left[1] !== and || !wanted.test(tokens[and - 1]!.pos)) return head;
  const before = tokens[left[0] - 1];
  const opens = left[0] === floor || (!!before && (before.text === ',' || isDashAt(tokens, left[0] - 1) || OPEN_MARKS.test(before.text)));
  return opens ? [left[0], head[1]] : head;
}

/**
 * "Cook County Sheriff Ana Ruiz said", "Will County's clerk said": a capitalised word in its bare form
 * the tagger read as a verb or auxiliary, opening the clause (the sentence start, after a comma or an
 * opening mark) right before the name that heads the speaker, is the name's first word, not a verb
 * whose object it is. (Not "Is Mayor Ruiz going to …", nor a question's "Will Mayor Ruiz say …": an
 * auxiliary before a bare verb.)
 */
export function nameOpenedByVerb(tokens: Token[], head: [number, number], floor: number): [number, number] {
  const v = head[0] - 1;
  const t = tokens[v];
  if (v < floor || !t || !/^(VERB|AUX)$/.test(t.pos) || t.lemma !== t.lower || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || tokens[head[0]]!.pos !== 'PROPN') return head;
  const verb = tokens[head[1]];
  if (t.pos === 'AUX' && (!verb || verb.lemma === verb.lower)) return head;
  const before = tokens[v - 1];
  return v === floor || (!!before && (before.text === ',' || OPEN_MARKS.test(before.text))) ? [v, head[1]] : head;
}
