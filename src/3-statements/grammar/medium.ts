// Stage 3 grammar: the phrase that closes a report and names its medium — "…, in comments broadcast
// on television", "announced the strike in a post on X", "said on Twitter", "…, according to a
// translation" — is no part of what was said. Read by the content-after rules (content-after.ts).

import type { Sentence, TextLayer, Token } from '../../types.js';
import type { Content } from '../attribution/make.js';
import { CONTEXT_WORDS, pairListed } from '../context/words.js';
import { lowerBound } from '../../spans.js';
import { WORDS, isExactWord, tokenIs } from './lexicon.js';
import { hasFiniteVerb } from './clauses.js';
import { closesQuotation } from './quotes.js';
import { adjunctOnly, mediumNoun } from './medium-only.js';

/**
 * "said that Ankara would not back down, in comments broadcast live on television": a phrase after
 * a comma that names the medium of the words (in/during, at most three modifiers, an utterance or
 * publication noun: context.json) ends what was said. Returns the content, cut before that comma
 * when there is one.
 */
export function endBeforeMedium(layer: TextLayer, s: Sentence, content: Content): Content {
  const { tokens } = layer;
  for (let k = lowerBound(tokens, content.start); k + 2 < s.tokenEnd && tokens[k]!.end <= content.end; k++) {
    if (tokens[k]!.text === ',' && tokens[k]!.quote < 0 && accordingToRecord(tokens, k + 1, s.tokenEnd)) return { ...content, end: tokens[k - 1]!.end };
    // (The comma may stand inside a closing quotation mark: '… was “a red line,” according to a translation'.)
    if (tokens[k]!.text === ',' && closesQuotation(layer, tokens[k + 1]!) && accordingToRecord(tokens, k + 2, s.tokenEnd)) return { ...content, end: tokens[k + 1]!.end };
    if (tokens[k]!.text !== ',' || tokens[k]!.quote >= 0 || !tokenIs(WORDS.mediumPrepositions, tokens[k + 1]!)) continue;
    for (let m = k + 2; m < s.tokenEnd && m <= k + 5; m++) {
      const t = tokens[m]!;
      // (Not an event: "…, during the auto show in Frankfurt" may be when the reported act happens.)
      if (t.pos === 'NOUN' && (CONTEXT_WORDS.utteranceNouns.has(t.lower) || CONTEXT_WORDS.publicationNouns.has(t.lower))) {
        // (Whatever follows describes the occasion: "in an interview on Friday", "in a speech that drew cheers".)
        return { ...content, end: tokens[k - 1]!.end };
      }
      if (!/^(DET|ADJ|PROPN|NOUN|NUM)$/.test(t.pos)) break;
    }
  }
  // (A noun phrase read as a bare clause, "announced the strike in a post on X": its medium too.)
  // (Its verb may be the medium's own participle: "rejected the argument in a ruling released Thursday".)
  const cut = objectWithoutMedium(tokens, content);
  return hasFiniteVerb(tokens, lowerBound(tokens, content.start), lowerBound(tokens, cut.end), true) ? content : cut;
}

/**
 * ", according to a translation provided by the ministry", ", according to documents reviewed by
 * The Guardian": "according to" at token k, closing the sentence, names who passes the report on.
 */
function accordingToRecord(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]?.lower !== 'according' || tokens[k + 1]?.lower !== 'to' || k + 2 >= end) return false;
  // (Only one that closes the sentence: ", but, according to the minister, it was stated by …" goes on.)
  for (let m = k + 2; m < end; m++) if (tokens[m]!.text === ',' || tokens[m]!.text === ';') return false;
  return true;
}

/** At token k: "at" or "during", "a"/"an" or a possessive, at most three modifiers and an occasion's noun (context.json eventNouns), then at most a short adjunct, to `last`. */
function occasionAt(tokens: readonly Token[], k: number, last: number): boolean {
  // (Not "the": "demonstrations at the convention" may be what was said; "at a rally", "at her news conference" say where.)
  if (!CONTEXT_WORDS.bareOccasionPrepositions.has(tokens[k]!.lower) || !(tokenIs(WORDS.indefiniteArticles, tokens[k + 1]!) || tokenIs(WORDS.possessiveDeterminers, tokens[k + 1]!))) return false;
  for (let m = k + 2; m <= last && m <= k + 5; m++) {
    const t = tokens[m]!;
    if (t.pos === 'NOUN' && (CONTEXT_WORDS.eventNouns.has(t.lower) || pairListed(CONTEXT_WORDS.eventNouns, tokens[m - 1]!.lower, t.lower))) return adjunctOnly(tokens, m + 1, last);
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * "announced the strike in a post on X", "his resignation in a statement on Monday", "the plan on
 * Twitter": where a phrase that names the medium closes the content [from, last] (no comma before
 * it; "in" and an indefinite article or a possessive), its first token, else -1. Not after a verb
 * ("published in a statement" is what was said), and at least two words of content stay.
 */
function adjacentMedium(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from + 2; k < last; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || /^(VERB|AUX)$/.test(tokens[k - 1]!.pos)) continue;
    if (t.lower === 'on' && isExactWord(WORDS.platformNames, tokens[k + 1]!.text) && adjunctOnly(tokens, k + 2, last)) return k;
    // ("defended the measure at her morning news conference", "during a rally": the occasion closing it.)
    if (occasionAt(tokens, k, last)) return k;
    // ("in a post", "in his statement": not "in the interview last week", one the story has named.)
    if (t.lower !== 'in' || !(tokenIs(WORDS.articles, tokens[k + 1]!) && tokens[k + 1]!.lower !== 'the') && !tokenIs(WORDS.possessiveDeterminers, tokens[k + 1]!)) continue;
    let m = k + 1;
    while (m < last && m <= k + 4 && !mediumNoun(tokens[m]!) && /^(DET|PRON|ADJ|PROPN|NOUN|NUM)$/.test(tokens[m]!.pos)) m++;
    // ("rejected that argument in a ruling released Thursday": a participle describing the medium, then a short adjunct.)
    const p = tokens[m + 1];
    const described = p && p.pos === 'VERB' && !/ing$/i.test(p.lower) && p.lower !== p.lemma ? m + 2 : m + 1;
    if (mediumNoun(tokens[m]!) && adjunctOnly(tokens, described, last)) return k;
  }
  return -1;
}

/**
 * An object's content without a medium phrase that closes it with no comma before it
 * (adjacentMedium): "announced the strike in a post on X" announced "the strike". Not a clause's:
 * "why it was mentioned by X in an interview" holds the interview as its own verb's.
 */
export function objectWithoutMedium(tokens: readonly Token[], content: Content): Content {
  const from = lowerBound(tokens, content.start);
  let last = from;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= content.end) last++;
  while (last > from && /^[.!?;,]$/.test(tokens[last]!.text)) last--;
  const k = adjacentMedium(tokens, from, last);
  return k < 0 ? content : { ...content, end: tokens[k - 1]!.end };
}
