// Cue rules for the words before a cue: a purpose or complement infinitive ("used the speech to
// call for …") reports for the clause's subject; modifiers and refusals block a reading
// ("so-called", "the said plan", "declined to say", "show up").

import { CUE_NOUNS, LONE_DETERMINERS, cueAt } from '../cues.js';
import { isDocument, isFindingVerb } from '../kinds.js';
import { isAnonymityPhrase } from '../vetoes.js';
import { readContentAfter } from './content-after.js';
import type { Token } from '../../types.js';
import type { CueContext } from './cue-context.js';
import { make, type RawAttribution } from './make.js';
import { floatingQuantifier } from '../grammar/openers.js';
import { coordinatedSubject } from '../grammar/clause-subjects.js';
import { NEGATIVE_IMPLICATIVE, TIME_WORDS, isMonthOrDay } from '../grammar/words.js';
import { WORDS, isExactWord, isWord, tokenIs } from '../grammar/lexicon.js';

/**
 * "took to the steps of City Hall to assail X", "used the speech to call for Y": any "to" + cue
 * without a verb of aspect before it is read broadly and left to the confidence model, which weighs
 * "to" before the cue; after "declined to", "refused to" nothing was said.
 */
export function infinitivePurpose(c: CueContext): RawAttribution | null | undefined {
  const { tokens, s, cue, layer } = c;
  if (!c.before || cue.first <= s.tokenStart || c.beforeLower !== 'to' || c.matrix !== null) return undefined;
  if (tokens[cue.first - 2] && isWord(NEGATIVE_IMPLICATIVE, tokens[cue.first - 2]!.lemma)) return null;
  // ("because he was not authorized to speak to the media": the source's anonymity, nothing said.)
  const from = tokens[Math.max(s.tokenStart, cue.first - 3)]!.start;
  if (isAnonymityPhrase(layer.text.slice(from, tokens[cue.last - 1]!.end))) return null;
  const subj = coordinatedSubject(tokens, cue.first - 1, s.tokenStart);
  if (!subj) return null;
  const content = readContentAfter(layer, s, cue, cue.last, false);
  return content ? make(layer, s, c.inQuote, { content, cue, speaker: subj, rule: 'infinitive-purpose' }) : null;
}

/** "so-called", "the said plan": a cue used as a modifier reports nothing. ("Some say …": a lone determiner is a subject.) */
export function notModifier(c: CueContext): null | undefined {
  const { tokens, s, cue, before, beforeLower } = c;
  if (!before || cue.first <= s.tokenStart) return undefined;
  if (beforeLower === 'so-' || beforeLower === 'so') return null;
  if (beforeLower === '-' && tokens[cue.first - 2]?.lower === 'so') return null;
  const standalone = isWord(LONE_DETERMINERS, beforeLower!) && (cue.first - 1 === s.tokenStart || /^[,;:“"]$/.test(tokens[cue.first - 2]!.text));
  if (before.pos === 'DET' && beforeLower !== 'that' && !floatingQuantifier(tokens, cue.first - 1, s) && !standalone) return null;
  return undefined;
}

/**
 * "A study published last year found …", "documents seen by this newspaper show …": a participle of
 * putting out or holding a document (grammar.json documentAuthorParticiples, documentHolderParticiples)
 * right after the document's noun, before a time, "by" or a preposition, is a reduced relative that
 * describes the document; the verb after it reports.
 */
export function notDocumentParticiple(c: CueContext): null | undefined {
  const { tokens, cue } = c;
  const t = tokens[cue.first]!;
  // (Set off by a comma too: "An analysis by the bank, published last month, found …"; the document's
  // noun is then the head of the phrase before the comma.)
  const comma = c.before?.text === ',';
  const before = comma ? nounPhraseHeadBefore(tokens, cue.first - 1, c.s.tokenStart) : c.before;
  if (!before || !/^(NOUN|PROPN)$/.test(before.pos) || !(isExactWord(WORDS.documentAuthorParticiples, t.lower) || isExactWord(WORDS.documentHolderParticiples, t.lower))) return undefined;
  const head = before.lower;
  if (!isDocument(head) && !isDocument(head.replace(/s$/, '')) && !CUE_NOUNS.has(head)) return undefined;
  const next = tokens[cue.first + 1];
  if (!next || !(next.pos === 'ADP' || tokenIs(TIME_WORDS, next) || isMonthOrDay(next.text) || tokenIs(WORDS.deicticDeterminers, next))) return undefined;
  // (Only when the document goes on to report by a verb of its own: "In a poll released Monday, 50
  // percent chose X" has no other cue, and PolNeAR reads the participle as the poll's.)
  let commas = comma ? 1 : 0;
  for (let k = cue.last; k < c.s.tokenEnd && k < cue.last + 12 && (tokens[k]!.pos !== 'PUNCT' || (tokens[k]!.text === ',' && commas-- > 0)); k++) {
    const t2 = tokens[k]!;
    // (A participle of finding counts: "data released last week showing that …".)
    const ing = /ing$/.test(t2.lower) && !isFindingVerb(t2.lemma);
    if (!/^(VERB|NOUN)$/.test(t2.pos) || ing || isExactWord(WORDS.documentAuthorParticiples, t2.lower) || isExactWord(WORDS.documentHolderParticiples, t2.lower)) continue;
    const hit = cueAt(tokens, k, c.s.tokenEnd);
    if (hit && hit.kind !== 'according' && hit.kind !== 'adjective') return null;
  }
  return undefined;
}

/** The head of the noun phrase that ends before the comma at `comma` ("an analysis by the bank" → analysis), past an "of"/"by" phrase; undefined when none. */
function nounPhraseHeadBefore(tokens: Token[], comma: number, floor: number): Token | undefined {
  let k = comma - 1;
  // Back over the "by/of X" phrase to the noun it follows.
  for (let m = k; m > floor && m > comma - 8; m--) {
    if (tokenIs(WORDS.byOf, tokens[m]!) && /^(NOUN|PROPN)$/.test(tokens[m - 1]!.pos)) {
      k = m - 1;
      break;
    }
  }
  return k >= floor ? tokens[k] : undefined;
}

/** "show up", "call up": a particle "up" makes another verb. */
export function notParticleVerb(c: CueContext): null | undefined {
  const { tokens, cue } = c;
  // ("said up to 50 people were hurt": "up to" and a number are a count, not a particle.)
  const count = tokens[cue.last + 1]?.lower === 'to' && tokens[cue.last + 2]?.pos === 'NUM';
  return cue.kind !== 'phrase' && isWord(WORDS.up, tokens[cue.last]?.text ?? '') && !count ? null : undefined;
}
