// Document pass 10 (adjust): "A quoted B as saying C", "B was quoted by A as saying C" and "B, cited
// by A, said C" are two reports of one content: A's (the paper or agency passing the words on) and,
// nested in it, B's own (rules relayed-report, cited-by). Returns adjusted copies and the added reports.

import type { TextLayer } from '../../types.js';
import type { CueHit } from '../cues.js';
import { type RawAttribution, revised } from '../attribution/make.js';
import { nounPhraseLeft } from '../grammar/noun-phrases.js';
import { formOf, sentenceEndOffset } from '../grammar/quotes.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';

/** Parts of speech of a relaying source's name ("the state news agency", "Russia's Interfax"). */
const AGENT_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PART']);

/** How far after "quoted" the "as saying" may stand (the quoted person's name and role). */
const MAX_OBJECT_TOKENS = 14;

/** The token index of "as" in "quoted B as saying", or -1. */
function asSaying(layer: TextLayer, from: number, sentenceEnd: number): number {
  const t = layer.tokens;
  for (let k = from + 1; k < Math.min(sentenceEnd - 1, from + MAX_OBJECT_TOKENS); k++) {
    if (t[k]!.lower === 'as' && tokenIs(WORDS.asSayingVerbs, t[k + 1]!)) return k;
    if (/^[.;:!?]$/.test(t[k]!.text)) return -1;
  }
  return -1;
}

/** Who relays and who is relayed, as token ranges, and where B's "as saying" stands. */
interface Relay {
  relayer: [number, number] | null;
  reported: [number, number];
  as: number;
}

/**
 * "A quoted B as saying": A is the cue's speaker, B stands between the cue and "as". "B was quoted
 * by A as saying": A is the agent after "by", B the noun phrase before the auxiliary.
 */
function readRelay(layer: TextLayer, a: RawAttribution, as: number): Relay | null {
  const t = layer.tokens;
  const cue = a.cue!;
  if (t[cue.last]?.lower !== 'by') return { relayer: a.speaker, reported: [cue.last, as], as };
  if (as <= cue.last + 1) return null;
  let k = cue.first - 1;
  while (k >= 0 && (t[k]!.pos === 'AUX' || t[k]!.pos === 'ADV')) k--;
  const sentence = layer.sentences[t[cue.first]!.sentence]!;
  const reported = k >= sentence.tokenStart ? nounPhraseLeft(t, k, sentence.tokenStart) : null;
  return reported ? { relayer: [cue.last + 1, as], reported, as } : null;
}

/**
 * The content C: after "as saying (that)" when a clause follows it; else the content read before
 * the cue, as read, cut before B when the reading ran into B ("“C,” B was quoted by A as saying").
 */
function relayedContent(layer: TextLayer, a: RawAttribution, r: Relay): [number, number] | null {
  const t = layer.tokens;
  const sentence = layer.sentences[t[r.as]!.sentence]!;
  let c = r.as + 2;
  if (t[c]?.lower === 'that') c++;
  if (c < sentence.tokenEnd - 1 && t[c]!.pos !== 'PUNCT') return [t[c]!.start, a.contentEnd > t[c]!.start ? a.contentEnd : sentenceEndOffset(layer, sentence)];
  const cueStart = t[a.cue!.first]!.start;
  if (a.contentStart >= cueStart) return null;
  const b = t[r.reported[0]]!.start;
  if (a.contentEnd <= b || a.contentEnd > cueStart) return [a.contentStart, a.contentEnd];
  let e = b;
  while (e > a.contentStart && /[\s,]/.test(layer.text[e - 1]!)) e--;
  return e > a.contentStart ? [a.contentStart, e] : null;
}

/** ", quoted by A," / ", cited by A" inside a speaker phrase ("Ortiz, cited by the Gazette"): the comma's index, or -1. */
function citedBy(layer: TextLayer, speaker: [number, number]): number {
  const t = layer.tokens;
  for (let k = speaker[0] + 1; k + 3 < speaker[1] + 1; k++) {
    if (t[k]!.text === ',' && tokenIs(WORDS.relayParticiples, t[k + 1]!) && t[k + 2]!.lower === 'by') return k;
  }
  return -1;
}

/** "“C,” said Ortiz, cited by the Gazette": the Gazette's report (rule cited-by) and Ortiz's in it, the speaker cut at the comma. */
function splitCitedBy(layer: TextLayer, a: RawAttribution, comma: number): RawAttribution[] {
  const t = layer.tokens;
  let end = comma + 3;
  while (end < a.speaker![1] && t[end]!.text !== ',') end++;
  // (The source is a noun phrase: not "the report, cited by the mayor as proof, said".)
  if (end === comma + 3 || t.slice(comma + 3, end).some((x) => !AGENT_POS.has(x.pos) && x.lower !== 'of')) return [a];
  const agent: [number, number] = [comma + 3, end];
  const reported: [number, number] = [a.speaker![0], comma];
  const head: [number, number] = a.speakerHead && a.speakerHead[1] <= comma ? a.speakerHead : reported;
  const cue: CueHit = { first: comma + 1, last: comma + 3, lemma: t[comma + 1]!.lemma, kind: 'speech' };
  return [
    revised(a, { cue, speaker: agent, speakerHead: agent, rule: 'cited-by' }),
    revised(a, { speaker: reported, speakerHead: head, relayedBy: comma + 1 }),
  ];
}

/**
 * "the Gazette quoted Lena Ortiz as saying C", "“C,” the Gazette quoted Ortiz as saying", "Ortiz was
 * quoted by the Gazette as saying C": the Gazette's report of C (its own cue) and Ortiz's report of C
 * nested in it. With no relayer named the report is Ortiz's alone.
 */
export function quotedAsSaying(layer: TextLayer, input: readonly RawAttribution[]): RawAttribution[] {
  const t = layer.tokens;
  // "as saying" read on its own (a participle reporting for "the Gazette") is the same report.
  const sayings = new Set<number>();
  const out: RawAttribution[] = [];
  for (const a of input) {
    if (a.cue?.lemma !== 'quote') {
      const comma = a.cue && a.speaker ? citedBy(layer, a.speaker) : -1;
      if (comma >= 0) for (const r of splitCitedBy(layer, a, comma)) out.push(r);
      else out.push(a);
      continue;
    }
    const sentence = layer.sentences[t[a.cue.first]!.sentence]!;
    const as = asSaying(layer, a.cue.last - 1, sentence.tokenEnd);
    const relay = as > a.cue.last ? readRelay(layer, a, as) : null;
    const content = relay ? relayedContent(layer, a, relay) : null;
    if (!relay || !content) {
      out.push(a);
      continue;
    }
    sayings.add(as + 1);
    const [contentStart, contentEnd] = content;
    const form = a.contentStart === contentStart ? a.form : formOf(layer, contentStart, contentEnd);
    const reported: RawAttribution = revised(a, { speaker: relay.reported, speakerHead: relay.reported, inherit: false, contentStart, contentEnd, form });
    if (!relay.relayer) {
      out.push(reported);
      continue;
    }
    const saying: CueHit = { first: as, last: as + 2, lemma: t[as + 1]!.lemma, kind: 'speech' };
    out.push(revised(reported, { speaker: relay.relayer, speakerHead: relay.relayer }));
    out.push(revised(reported, { cue: saying, relayedBy: a.cue.first, rule: 'relayed-report' }));
  }
  return sayings.size ? out.filter((a) => !(a.cue && a.cue.lemma !== 'quote' && sayings.has(a.cue.first))) : out;
}
