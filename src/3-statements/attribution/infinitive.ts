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
import { nounPhraseLeft } from '../grammar/noun-phrases.js';
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
  if (orderedAct(c)) return null;
  const subj = coordinatedSubject(tokens, cue.first - 1, s.tokenStart);
  if (!subj) return null;
  const content = readContentAfter(layer, s, cue, cue.last, false);
  if (content && mainVerbBetween(tokens, cue.last, content.start)) return null;
  return content ? make(layer, s, c.inQuote, { content, cue, speaker: subj, rule: 'infinitive-purpose' }) : null;
}

/**
 * "Roussel, who has vowed to see the reform through, said … that C": a comma and a finite verb
 * between the infinitive and the content it seemed to take close a relative clause — the content is
 * the main verb's, the infinitive reports nothing.
 */
function mainVerbBetween(tokens: Token[], from: number, contentStart: number): boolean {
  for (let k = from; k + 1 < tokens.length && tokens[k + 1]!.start < contentStart; k++) {
    if (tokens[k]!.text !== ',') continue;
    let v = k + 1;
    while (v < tokens.length && tokens[v]!.pos === 'ADV') v++;
    const t = tokens[v];
    if (t && t.start < contentStart && (t.pos === 'AUX' || t.pos === 'VERB') && !/ing$/i.test(t.text) && t.lower !== t.lemma) return true;
  }
  return false;
}

/**
 * "The court ordered the mayor to explain why …", "urged residents to report …": the infinitive after
 * a verb of telling and its object is the act asked of the object — the content of the telling verb,
 * when that verb was read — not a report by the clause's subject.
 */
function orderedAct(c: CueContext): boolean {
  const { tokens, s, cue } = c;
  const np = cue.first - 2 >= s.tokenStart ? nounPhraseLeft(tokens, cue.first - 2, s.tokenStart) : null;
  const v = np && np[1] === cue.first - 1 ? np[0] - 1 : -1;
  return v >= s.tokenStart && tokens[v]!.pos === 'VERB' && WORDS.tellLikeVerbs.has(tokens[v]!.lemma) && c.prior.some((a) => a.cue?.first === v);
}

/** "so-called", "the said plan": a cue used as a modifier reports nothing. ("Some say …": a lone determiner is a subject.) */
export function notModifier(c: CueContext): null | undefined {
  const { tokens, s, cue, before, beforeLower } = c;
  if (!before || cue.first <= s.tokenStart) return undefined;
  if (beforeLower === 'so-' || beforeLower === 'so') return null;
  if (beforeLower === '-' && tokens[cue.first - 2]?.lower === 'so') return null;
  const standalone = isWord(LONE_DETERMINERS, beforeLower!) && (cue.first - 1 === s.tokenStart || /^[,;:“"]$/.test(tokens[cue.first - 2]!.text));
  if (before.pos === 'DET' && beforeLower !== 'that' && !floatingQuantifier(tokens, cue.first - 1, s) && !standalone) return null;
  // ("The company, in written evidence to the committee, said …", "in prepared remarks": a past
  // participle between a preposition and its noun modifies the noun.)
  const t = tokens[cue.first]!;
  if (before.pos === 'ADP' && beforeLower !== 'to' && cue.last === cue.first + 1 && t.lower !== t.lemma && !/ing$/.test(t.lower) && tokens[cue.last]?.pos === 'NOUN') return null;
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
  const before = comma ? headBeforeComma(tokens, cue.first - 2, c.s.tokenStart) : c.before;
  if (!before || !/^(NOUN|PROPN)$/.test(before.pos) || !(isExactWord(WORDS.documentAuthorParticiples, t.lower) || isExactWord(WORDS.documentHolderParticiples, t.lower))) return undefined;
  const head = before.lower;
  if (!isDocument(head) && !isDocument(head.replace(/s$/, '')) && !CUE_NOUNS.has(head)) return undefined;
  const next = tokens[cue.first + 1];
  if (!next || !(next.pos === 'ADP' || tokenIs(TIME_WORDS, next) || isMonthOrDay(next.text) || tokenIs(WORDS.deicticDeterminers, next))) return undefined;
  // (Only when the document goes on to report by a verb of its own: "In a poll released Monday, 50
  // percent chose X" has no other cue, and PolNeAR reads the participle as the poll's.)
  return documentReportsAfter(tokens, cue.last, c.s.tokenEnd, comma) ? null : undefined;
}

/** A reporting verb of the document within twelve words of k, in its clause (past the closing comma of a participle set off by commas); a participle of finding counts ("data released last week showing that …"). */
function documentReportsAfter(tokens: Token[], k: number, end: number, pastComma: boolean): boolean {
  let comma = pastComma;
  for (let m = k; m < end && m < k + 12; m++) {
    const t = tokens[m]!;
    if (t.pos === 'PUNCT') {
      // (A hyphen inside a name, "the Nord-Data institute", joins words: it closes nothing.)
      if (t.text === '-' && t.start === tokens[m - 1]!.end && tokens[m + 1]?.start === t.end) continue;
      if (t.text !== ',' || !comma) return false;
      comma = false;
      continue;
    }
    if (!/^(VERB|NOUN)$/.test(t.pos) || (/ing$/.test(t.lower) && !isFindingVerb(t.lemma)) || isExactWord(WORDS.documentAuthorParticiples, t.lower) || isExactWord(WORDS.documentHolderParticiples, t.lower)) continue;
    const hit = cueAt(tokens, m, end);
    if (hit && hit.kind !== 'according' && hit.kind !== 'adjective') return true;
  }
  return false;
}

/** The head of the noun phrase that ends at `j`, before a comma ("an analysis by the bank" → analysis, past its "by/of" phrase). */
function headBeforeComma(tokens: Token[], j: number, floor: number): Token | undefined {
  const np = nounPhraseLeft(tokens, j, floor);
  if (!np) return undefined;
  for (let m = np[0] + 1; m < np[1]; m++) if (tokenIs(WORDS.byOf, tokens[m]!)) return tokens[m - 1];
  return tokens[np[1] - 1];
}

/** "show up", "call up": a particle "up" makes another verb. */
export function notParticleVerb(c: CueContext): null | undefined {
  const { tokens, cue } = c;
  // ("said up to 50 people were hurt": "up to" and a number are a count, not a particle.)
  const count = tokens[cue.last + 1]?.lower === 'to' && tokens[cue.last + 2]?.pos === 'NUM';
  return cue.kind !== 'phrase' && isWord(WORDS.up, tokens[cue.last]?.text ?? '') && !count ? null : undefined;
}

/**
 * "said X in a video posted on Facebook on Monday", "with a letter sent to members": a verb in -ed
 * right after a noun that a preposition governs (the preposition, an article, adjectives, one noun:
 * grammar.json objectOnlyPrepositions) and before a preposition or a time is a participle describing
 * that noun — the object of a preposition is no subject — so it reports nothing.
 */
export function notParticipleOfObject(c: CueContext): null | undefined {
  const { tokens, s, cue } = c;
  const t = tokens[cue.first]!;
  const next = tokens[cue.last];
  if (!/ed$/i.test(t.lower) || t.lower === t.lemma || !next || !(next.pos === 'ADP' || tokenIs(TIME_WORDS, next) || isMonthOrDay(next.text))) return undefined;
  let k = cue.first - 1;
  if (k <= s.tokenStart || tokens[k]!.pos !== 'NOUN') return undefined;
  k--;
  while (k > s.tokenStart && tokens[k]!.pos === 'ADJ') k--;
  if (tokens[k]!.pos !== 'DET' || k <= s.tokenStart) return undefined;
  // ("…, a representative for the singer confirmed on Monday": after a noun for a person, "for", "of",
  // "at" name where the person belongs, and the verb is that person's.)
  const owner = tokens[k - 2];
  if (owner && owner.pos === 'NOUN' && tokenIs(WORDS.personNouns, owner) && tokenIs(WORDS.roleOfPrepositions, tokens[k - 1]!)) return undefined;
  return tokenIs(WORDS.objectOnlyPrepositions, tokens[k - 1]!) ? null : undefined;
}
