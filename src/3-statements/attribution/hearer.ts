// The hearer after a tell-like cue: "told reporters that …", "warned officials to boost security",
// "told party members gathered at a hall that …". Stage 3, read by content-after.ts (the content
// after the cue) and content-first.ts (a cue whose only object is the hearer).

import type { Sentence, TextLayer, Token } from '../../types.js';
import type { CueHit } from '../cues.js';
import type { Content } from './make.js';
import { clauseAhead, clauseEnd, closesClause } from '../grammar/clauses.js';
import { coordinatedHearer, nounPhraseRight } from '../grammar/noun-phrases.js';
import { CLOSE_MARKS, END_PUNCT, OPEN_MARKS } from '../grammar/words.js';
import { WORDS, isWord, isExactWord, tokenIs } from '../grammar/lexicon.js';

/** Verbs whose first object is the hearer: "told reporters", "assured him that …". */
export const TELL_LIKE: ReadonlySet<string> = WORDS.tellLikeVerbs;

/**
 * After a tell-like cue at token k: the hearer and the act asked of them ("warned officials to
 * boost security": the content), or the token after the hearer ("told reporters that …").
 */
export function hearerThenAct(layer: TextLayer, s: Sentence, cue: CueHit, k: number): Content | number {
  const { tokens } = layer;
  const end = s.tokenEnd;
  const obj = hearerEnd(tokens, withQuotedTitle(tokens, coordinatedHearer(tokens, nounPhraseRight(tokens, k, end), end), k, end));
  // "shows Clinton leading by four points": a noun phrase before an -ing verb is that clause's subject, not a hearer.
  // Nor is a subject pronoun ever a hearer: "shows he won".
  let v = obj ? obj[1] : end;
  while (v < end && tokens[v]!.pos === 'ADV') v++;
  // Nor a noun phrase before an auxiliary: "warned the river could flood" reports a clause whose subject it is.
  const smallClause = (obj && v < end && ((tokens[v]!.pos === 'VERB' && /ing$/i.test(tokens[v]!.text)) || (tokens[v]!.pos === 'AUX' && v === obj[1]))) || tokenIs(WORDS.personalSubjectPronouns, tokens[k]!)
    || (tokenIs(WORDS.it, tokens[k]!) && /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? ''));
  // ("told BBC Scotland engineers would work …": "tell" must have a hearer, so a name before the
  // clause's subject is it.)
  if (obj && smallClause && v === obj[1] && tokens[v]!.pos === 'AUX' && isExactWord(WORDS.hearerRequiringVerbs, cue.lemma)) {
    const split = nameBeforeSubject(tokens, obj);
    if (split !== null) return split;
  }
  if (obj && !smallClause && !tokenIs(WORDS.that, tokens[k]!)) {
    // "warned officials to boost security", "urged Congress to act": the hearer and the act asked for.
    // "told supporters at a rally to vote": a short prepositional phrase may stand between.
    let to = obj[1];
    if (to < end && tokens[to]!.pos === 'ADP' && tokens[to]!.lower !== 'to') {
      const pp = nounPhraseRight(tokens, to + 1, end);
      if (pp && pp[1] - to <= 7) to = pp[1];
    }
    // ("urged families not to hide …": a negation before the infinitive.)
    if (to + 1 < end && tokenIs(WORDS.negations, tokens[to]!) && tokens[to + 1]!.lower === 'to') to++;
    // ("told Bush to quiet down": "tell" with an infinitive right after the hearer is an order too.)
    if (to < end && tokens[to]!.lower === 'to' && (cue.lemma !== 'tell' || to > obj[1] || /^[“"]/.test(tokens[to + 1]?.text ?? '') || tokens[to + 1]?.pos === 'VERB')) {
      return { start: tokens[k]!.start, end: clauseEnd(layer, s, to), form: 'indirect' };
    }
    // ("ordered the closure of three markets", "promised support for traders": a noun phrase and its
    // "of"/"for" phrase with no clause after them — no "that", no infinitive, no quotation — are the
    // object, not a hearer.)
    if (tokenIs(WORDS.nounComplementPrepositions, tokens[obj[1]] ?? tokens[k]!) && obj[1] < end && !clauseAhead(tokens, obj[1], end)) return k;
    // ("urged restraint.", "advised caution.": after a verb of asking for, a noun phrase that ends the
    // clause and names no one is what was asked for, not a hearer.)
    if (isWord(WORDS.requestVerbs, cue.lemma) && closesClause(tokens, obj[1], end) && !namesHearer(tokens[obj[1] - 1]!)) return { start: tokens[k]!.start, end: tokens[obj[1] - 1]!.end, form: 'indirect' };
    return hearerParticiple(tokens, obj[1], end) ?? obj[1];
  }
  return k;
}

/** A head that can be told or warned: a name, a pronoun, a noun for people or an organisation (grammar.json personNouns, organizationNouns). */
function namesHearer(t: Token): boolean {
  return t.pos !== 'NOUN' || tokenIs(WORDS.personNouns, t) || tokenIs(WORDS.organizationNouns, t);
}

/** "BBC Scotland engineers", "Sky News staff": where a common noun follows a run of names that opens the noun phrase (the subject of the clause told), or null. */
function nameBeforeSubject(tokens: Token[], np: [number, number]): number | null {
  let p = np[0];
  while (p < np[1] && tokens[p]!.pos === 'PROPN') p++;
  return p > np[0] && p < np[1] && tokens[p]!.pos === 'NOUN' ? p : null;
}

/** "told reporters more than 90 per cent of …", "told Ruiz 30 people were hurt": a number, determiner or quantifier after the hearer's noun opens the clause told; the hearer ends before it. */
function hearerEnd(tokens: Token[], np: [number, number] | null): [number, number] | null {
  if (!np) return np;
  for (let p = np[0] + 1; p < np[1]; p++) {
    const t = tokens[p]!;
    // ("told BBC Radio 4 the deal was done": a number between a name and an article ends the name.)
    if (t.pos === 'NUM' && tokens[p - 1]!.pos === 'PROPN' && p + 1 < tokens.length && tokenIs(WORDS.articles, tokens[p + 1]!)) return [np[0], p + 1];
    if (/^(NOUN|PROPN)$/.test(tokens[p - 1]!.pos) && (t.pos === 'NUM' || t.pos === 'DET' || tokenIs(WORDS.clauseQuantifiers, t))) return [np[0], p];
  }
  return np;
}

/**
 * "told party members gathered at a banquet hall in Burnaby that …": a participle after the hearer
 * (and its "of" phrase), with at most two prepositional phrases, describes the hearer; where the "that" after it stands, or
 * null when no "that" follows ("told reporters gathered there" is left as it was read).
 */
function hearerParticiple(tokens: Token[], at: number, end: number): number | null {
  // ("a crowd of about 100 party members gathered …": the hearer's "of" phrase first.)
  if (at < end && tokens[at]!.lower === 'of') {
    const of = nounPhraseRight(tokens, countBefore(tokens, at + 1, end) ? at + 2 : at + 1, end);
    if (!of || of[1] - at > 7) return null;
    at = of[1];
  }
  if (at >= end || tokens[at]!.pos !== 'VERB' || !/ed$/i.test(tokens[at]!.text)) return null;
  let k = at + 1;
  for (let pps = 0; pps < 2 && k < end && tokens[k]!.pos === 'ADP' && !tokenIs(WORDS.that, tokens[k]!); pps++) {
    // ("reporters gathered outside that …": a preposition with no object of its own is an adverb.)
    if (k + 1 < end && tokenIs(WORDS.that, tokens[k + 1]!)) {
      k++;
      break;
    }
    const pp = nounPhraseRight(tokens, k + 1, end);
    if (!pp || pp[1] - k > 7) return null;
    k = pp[1];
  }
  // ("that" before an article or a pronoun opens a clause whatever its tag.)
  return k < end && tokenIs(WORDS.that, tokens[k]!) && (tokens[k]!.pos === 'SCONJ' || /^(DET|PRON|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) ? k : null;
}

/**
 * "told NBC’s “Today” show that …", "told the “Today” show", "told CBS’s “Face the Nation” on Sunday": a programme’s title in
 * quotation marks after a possessive or an article, and the nouns after it, belong to the hearer (a title:
 * one to five words inside one pair of marks, the first capitalised).
 */
function withQuotedTitle(tokens: Token[], np: [number, number] | null, k: number, end: number): [number, number] | null {
  // ("the “Today” show": an article alone is no noun phrase yet.)
  const obj = np ?? (tokenIs(WORDS.articles, tokens[k]!) ? ([k, k + 1] as [number, number]) : null);
  if (!obj || obj[1] >= end || !OPEN_MARKS.test(tokens[obj[1]]!.text) || !(/^['’]s$/.test(tokens[obj[1] - 1]!.text) || tokenIs(WORDS.articles, tokens[obj[1] - 1]!))) return np;
  const open = obj[1];
  let close = open + 1;
  while (close < end && close <= open + 6 && !CLOSE_MARKS.test(tokens[close]!.text)) close++;
  if (close >= end || close > open + 6 || close === open + 1 || !/^\p{Lu}/u.test(tokens[open + 1]!.text)) return np;
  let last = close + 1;
  while (last < end && tokens[last]!.pos === 'NOUN') last++;
  return [obj[0], last];
}

/** Does a count open at token b: a two-word one ("at least", "up to": countPhrases) or a count adverb ("about", "nearly") before a number? */
export function countBefore(tokens: Token[], b: number, end: number): boolean {
  if (b + 2 < end && isWord(WORDS.countPhrases, `${tokens[b]!.lower} ${tokens[b + 1]!.lower}`)) return tokens[b + 2]!.pos === 'NUM';
  return b + 1 < end && tokenIs(WORDS.countAdverbs, tokens[b]!) && tokens[b + 1]!.pos === 'NUM';
}

/** "told reporters." / "told CNN on Sunday.": a tell-like cue whose only object is the hearer. */
export function hearerOnly(tokens: Token[], s: Sentence, cue: CueHit): boolean {
  if (!isExactWord(TELL_LIKE, cue.lemma)) return false;
  const obj = nounPhraseRight(tokens, cue.last, s.tokenEnd);
  const after = obj ? tokens[obj[1]] : undefined;
  return !!obj && (!after || obj[1] >= s.tokenEnd || END_PUNCT.test(after.text) || after.text === ',' || (after.pos === 'ADP' && !tokenIs(WORDS.thatTo, after)));
}
