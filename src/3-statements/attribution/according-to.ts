// "according to X": the source of the clause before or after it (rule according-to).

import type { Sentence, TextLayer, Token } from '../../types.js';
import { SAYING_VERBS, type CueHit } from '../cues.js';
import { type Content, type RawAttribution, make } from './make.js';
import { lowerBound } from '../../spans.js';
import { nounPhraseRight } from '../grammar/noun-phrases.js';
import { hasFiniteVerb } from '../grammar/clauses.js';
import { quoteAwareSentenceStart, sentenceEndOffset } from '../grammar/quotes.js';
import { END_PUNCT, IRREGULAR_PARTICIPLE } from '../grammar/words.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';
import { titleHeads } from '../../2-mentions/entities/gazetteer.js';

export function readAccordingTo(layer: TextLayer, s: Sentence, cue: CueHit, inQuote: number): RawAttribution | null {
  const { tokens } = layer;
  // The source runs to the next comma: "according to exit polls", "according to a 2014 study by X".
  let np = nounPhraseRight(tokens, cue.last, s.tokenEnd);
  let e = cue.last;
  while (e < s.tokenEnd && e - cue.last < 15 && tokens[e]!.text !== ',' && !END_PUNCT.test(tokens[e]!.text)) e++;
  if (e > cue.last && (!np || np[1] < e)) np = [cue.last, e];
  if (!np) return null;
  // ("according to its state secretary, Mick Tannous": a name after a role's comma is the source's own.)
  const named = appositiveName(tokens, np, s.tokenEnd);
  if (named > np[1]) np = [np[0], named];
  const [a, b] = np;
  // The source's own name: the words before a participle or relative clause that describes it
  // ("a court filing | made public on Friday", "a report | released Tuesday by the ministry").
  let h = a + 1;
  while (h < b && !(/^(NOUN|PROPN)$/.test(tokens[h - 1]!.pos) && described(tokens, h))) h++;
  // "according to him" / "according to the report, …"
  const startsSentence = cue.first === s.tokenStart || (cue.first === s.tokenStart + 1 && tokenIs(WORDS.sentenceOpeningConjunctions, tokens[s.tokenStart]!));
  let content: Content;
  if (startsSentence) {
    let k = b;
    while (k < s.tokenEnd && tokens[k]!.text !== ',') k++;
    if (k >= s.tokenEnd - 1) return null;
    k = pastAppositive(tokens, k, s.tokenEnd);
    content = { start: tokens[k + 1]!.start, end: sentenceEndOffset(layer, s), form: 'indirect' };
  } else {
    const prev = tokens[cue.first - 1]!;
    if (prev.text !== ',' && !/^[—–(]$/.test(prev.text)) {
      // "… is rising, according to …" without a comma still attributes the preceding clause.
      if (prev.pos === 'ADP' || prev.pos === 'DET') return null;
    }
    const clauseStart = quoteAwareSentenceStart(layer, s);
    content = { start: clauseStart, end: prev.text === ',' ? prev.start : tokens[cue.first]!.start, form: 'indirect' };
    const conj = tokens[prev.text === ',' ? cue.first - 2 : cue.first - 1];
    // ("…, according to the army, which said …": a relative clause describes the source; the content stays before.)
    if (b < s.tokenEnd && tokens[b]!.text === ',' && b + 2 < s.tokenEnd && !tokenIs(WORDS.relativePronounsAll, tokens[b + 1]!) && named <= 0) {
      // "…, but, according to X, C": a new clause starts after X. ", according to X, C" mid-clause:
      // the content runs on after X.
      // "NPD said according to those figures, C": after a verb of saying the content is C alone.
      if (conj && (tokenIs(WORDS.contrastConjunctions, conj) || (conj.pos === 'VERB' && SAYING_VERBS.has(conj.lemma)))) content.start = tokens[b + 1]!.start;
      content.end = sentenceEndOffset(layer, s);
    }
  }
  // ("“Brazil will not be intimidated,” Lula said …, according to a transcript released by the
  // presidency": a record of words already attributed is their medium, not a source of its own.)
  if (tokenIs(WORDS.relayRecordNouns, tokens[h - 1]!) && reportInside(tokens, content)) return null;
  return make(layer, s, inQuote, { content, cue, speaker: [a, b], head: [a, h], rule: 'according-to' });
}

/**
 * "According to Thierry Lemaire, a Paris-based wine merchant, demand remains strong": after the
 * source's comma at `k`, an appositive (an article and a noun phrase with no verb) or a relative clause
 * closed by a second comma describes the source; the comma the content follows is that second one. Else `k`.
 */
function pastAppositive(tokens: Token[], k: number, end: number): number {
  // ("According to the agent, who spoke on condition of anonymity, the player will sign": a relative clause describes the source too.)
  const relative = tokenIs(WORDS.relativePronounsAll, tokens[k + 1]!);
  if (!relative && !tokenIs(WORDS.articles, tokens[k + 1]!)) return k;
  let m = k + 2;
  while (m < end && m < k + 25 && tokens[m]!.text !== ',' && !END_PUNCT.test(tokens[m]!.text) && (relative || !/^(VERB|AUX)$/.test(tokens[m]!.pos))) m++;
  return m < end - 1 && tokens[m]!.text === ',' && hasFiniteVerb(tokens, m + 1, end) ? m : k;
}

/**
 * "its state secretary, Mick Tannous", "the company's chief executive, Jane Roe": after a source
 * headed by a noun for a person or a title (grammar.json personNouns, titles.json heads) and its
 * comma, one to five capitalised words of a name (the first a proper noun) closed by a comma or the
 * sentence's end are that person's name. The token index after the name, or -1.
 */
function appositiveName(tokens: Token[], np: [number, number], end: number): number {
  const [a, b] = np;
  const head = tokens[b - 1]!;
  if (b - a < 2 || b + 1 >= end || tokens[b]!.text !== ',' || !/^\p{Ll}/u.test(head.text) || !(tokenIs(WORDS.personNouns, head) || titleHeads.has(head.lower))) return -1;
  if (tokens[b + 1]!.pos !== 'PROPN') return -1;
  let k = b + 1;
  while (k < end && k - b <= 5 && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return k - b <= 5 && (k === end || tokens[k]!.text === ',' || END_PUNCT.test(tokens[k]!.text)) ? k : -1;
}

/** Does the content hold a verb of saying of its own ("Lula said", "telling CCTV")? */
function reportInside(tokens: Token[], content: Content): boolean {
  for (let k = lowerBound(tokens, content.start); k < tokens.length && tokens[k]!.start < content.end; k++) {
    if (tokens[k]!.pos === 'VERB' && SAYING_VERBS.has(tokens[k]!.lemma)) return true;
  }
  return false;
}

/** Does a participle ("made", "released", "obtained") or a relative word start at token `k`, describing the noun phrase before it? */
function described(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return (t.pos === 'VERB' && (/ed$/i.test(t.text) || tokenIs(IRREGULAR_PARTICIPLE, t))) || tokenIs(WORDS.relativePronounsAll, t);
}
