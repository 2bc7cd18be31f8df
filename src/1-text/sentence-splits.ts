// Stage 1, inside tokenisation (tokens.ts): sentence ends wink misses, each cut after its sentences
// are read — a dateline ("WASHINGTON —"), a unit written with a slash ("130km/h."), a live blog's
// timestamp line ("09:40 GMT"), a common word read as an abbreviation ("caving in."), the platform X
// or a clock's "a.m." before a quotation ("said on X.", "at 2 a.m. “…") — with the tokens' sentence indices renumbered;
// and a sentence end wink makes that is none, after an abbreviated given name ("Ma. | Teresa Ramos").

import { DATELINE_PARAGRAPHS, afterDateline } from './dateline.js';
import type { Paragraph, Sentence, Token } from '../types.js';
import tagging from '../../data/lexicon/tagging.json' with { type: 'json' };

/** The prepositions before a platform's name: "on X", "via X". */
const PLATFORM_PREPOSITIONS: ReadonlySet<string> = new Set(tagging.platformPrepositions.words);

/** Common words wink reads with a full stop as abbreviations ("in.", "no."). */
const SENTENCE_FINAL_WORDS: ReadonlySet<string> = new Set(tagging.sentenceFinalWords.words);

/** Abbreviated given names with their full stop, as written ("Ma.", "Wm."): tagging.json givenNameAbbreviations. */
const GIVEN_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(tagging.givenNameAbbreviations.words);

const capitalisedWord = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);

/** A dateline ends its sentence: "WASHINGTON —" | "The White House is weighing …, according to …". */
export function splitDatelines(text: string, tokens: Token[], sentences: Sentence[], paragraphs: Paragraph[]): Sentence[] {
  let out = sentences;
  for (const p of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const at = afterDateline(text, p);
    if (at < 0) continue;
    const i = out.findIndex((s) => s.start < at && at < s.end);
    if (i < 0) continue;
    const s = out[i]!;
    let k = s.tokenStart;
    while (k < s.tokenEnd && tokens[k]!.start < at) k++;
    if (k === s.tokenStart || k === s.tokenEnd || tokens[k]!.start !== at) continue;
    out = splitSentenceAt(tokens, out, i, k);
  }
  return out;
}

/**
 * A sentence, its fields always in this order: every Sentence then has one hidden class. Copies made
 * by spreading (`{ ...s, index }`) had up to five, and the stages' code that reads sentences was
 * deoptimised and compiled again each time it met another (node --trace-deopt: "wrong map").
 */
export function sentence(index: number, start: number, end: number, paragraph: number, tokenStart: number, tokenEnd: number): Sentence {
  return { index, start, end, paragraph, tokenStart, tokenEnd };
}

/** The sentences with sentence i cut before token k, renumbered, and the tokens' sentence indices with them. */
function splitSentenceAt(tokens: Token[], sentences: Sentence[], i: number, k: number): Sentence[] {
  const s = sentences[i]!;
  const head = sentence(s.index, s.start, tokens[k - 1]!.end, s.paragraph, s.tokenStart, k);
  const rest = sentence(s.index, tokens[k]!.start, s.end, s.paragraph, k, s.tokenEnd);
  // (Pushed, not mapped: an array from map() has holey elements, and the sentences of every other
  // article are packed; code indexing them deoptimised at the first article with a cut.)
  const out: Sentence[] = [];
  for (const x of [...sentences.slice(0, i), head, rest, ...sentences.slice(i + 1)]) out.push(sentence(out.length, x.start, x.end, x.paragraph, x.tokenStart, x.tokenEnd));
  for (const x of out.slice(i)) for (let j = x.tokenStart; j < x.tokenEnd; j++) tokens[j]!.sentence = x.index;
  return out;
}

/** A sentence end wink missed after token k: one kind per entry of MISSED_ENDS, tried in order. */
type MissedEnd = (text: string, tokens: Token[], s: Sentence, k: number) => boolean;

/** A clock time ("09:40", "10.05"), its "a.m."/"pm" and a time zone's capitals ("GMT", "ET"). */
const CLOCK = /^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$/i;
const MERIDIEM = /^[ap]\.?m\.?$/i;
const ZONE = /^\p{Lu}{2,4}$/u;

/** The token after a live blog's timestamp that opens sentence s ("09:40 GMT"), or -1. */
function afterTimestamp(tokens: Token[], s: Sentence): number {
  if (!CLOCK.test(tokens[s.tokenStart]!.text)) return -1;
  let k = s.tokenStart + 1;
  if (k < s.tokenEnd && MERIDIEM.test(tokens[k]!.text)) k++;
  if (k < s.tokenEnd && ZONE.test(tokens[k]!.text)) k++;
  return k;
}

const MISSED_ENDS: readonly MissedEnd[] = [
  // "gusts of 130km/h. The council said …": wink reads "h." after the slash as an abbreviation, like an initial.
  (_text, tokens, _s, k) => tokens[k - 1]?.text === '/' && tokens[k]!.text.length === 2 && tokens[k]!.text.endsWith('.') && capitalisedWord(tokens[k + 1]!.text),
  // "12:41 — Shadow chancellor Mel Stride says …": a live blog's entry time and its dash open the entry, like a dateline.
  (_text, tokens, s, k) => /^(?:[—–]|--?)$/.test(tokens[k]!.text) && afterTimestamp(tokens, s) === k,
  // "09:40 GMT⏎ScottishPower says …": a live blog's entry opens with a line holding only its time, no part of the speaker's name.
  (text, tokens, s, k) => k - s.tokenStart <= 2 && afterTimestamp(tokens, s) === k + 1 && text.slice(tokens[k]!.end, tokens[k + 1]!.start).includes('\n'),
  // "… of caving in. “This is a gift,”", "she said no. The …": a common word with the sentence's full stop, not "5 in." nor "no. 5".
  (_text, tokens, _s, k) => SENTENCE_FINAL_WORDS.has(tokens[k]!.text) && tokens[k - 1]?.pos !== 'NUM' && (/^[“"‘']$/.test(tokens[k + 1]!.text) || capitalisedWord(tokens[k + 1]!.text)),
  // "… came in after 2 a.m. “When we arrived, …”": "a.m."/"p.m." after a number, then an opening quotation mark, ends the sentence.
  (_text, tokens, _s, k) => /^[ap]\.m\.$/i.test(tokens[k]!.text) && /^\d/.test(tokens[k - 1]?.text ?? '') && /^[“"‘']$/.test(tokens[k + 1]!.text),
  // "…,” Anna Berg said on X. “Now we act.”": the platform X after "on"/"via", with the sentence's full stop, is no initial.
  (_text, tokens, _s, k) => tokens[k]!.text === 'X.' && PLATFORM_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') && (/^[“"‘']$/.test(tokens[k + 1]!.text) || capitalisedWord(tokens[k + 1]!.text)),
];

/** Does any of MISSED_ENDS end the sentence after token k? (A loop: some() with a closure made one per token.) */
function missedEndAt(text: string, tokens: Token[], s: Sentence, k: number): boolean {
  for (const end of MISSED_ENDS) if (end(text, tokens, s, k)) return true;
  return false;
}

/**
 * Sentence ends wink ran over (MISSED_ENDS: a unit with a slash, a live blog's timestamp line, the
 * platform X), each cut after the token that closes the sentence; a sentence cut goes on being read
 * from its second part.
 */
export function splitMissedEnds(text: string, tokens: Token[], sentences: Sentence[]): Sentence[] {
  let out = sentences;
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    for (let k = s.tokenStart; k + 1 < s.tokenEnd; k++) {
      if (!missedEndAt(text, tokens, s, k)) continue;
      out = splitSentenceAt(tokens, out, i, k + 1);
      break;
    }
  }
  return out;
}

/** Does the sentence before s, in s's paragraph, end in an abbreviated given name that the capitalised word opening s goes on ("Ma." | "Teresa Ramos said …")? */
function goesOnAfterGivenName(tokens: Token[], prev: Sentence | undefined, s: Sentence): boolean {
  return !!prev && prev.paragraph === s.paragraph && prev.tokenEnd === s.tokenStart && capitalisedWord(tokens[s.tokenStart]!.text) && endsInGivenNameAbbreviation(tokens, prev);
}

/** Does the sentence end in an abbreviated given name, read as one token ("Ma.") or as the word and its full stop ("Ma" "."), the stop against the word? */
function endsInGivenNameAbbreviation(tokens: Token[], s: Sentence): boolean {
  const last = tokens[s.tokenEnd - 1]!;
  if (GIVEN_NAME_ABBREVIATIONS.has(last.text)) return true;
  const word = tokens[s.tokenEnd - 2];
  return last.text === '.' && s.tokenEnd - 2 >= s.tokenStart && word!.end === last.start && GIVEN_NAME_ABBREVIATIONS.has(`${word!.text}.`);
}

/**
 * "Ma. Teresa Ramos, the mayor, said …": wink ends a sentence after an abbreviated given name
 * (tagging.json givenNameAbbreviations) with its full stop; the sentence after it, opening with a
 * capitalised word in the same paragraph, is the same sentence. Sentences are renumbered only when one is joined.
 */
export function joinGivenNameAbbreviations(tokens: Token[], sentences: Sentence[]): Sentence[] {
  let any = false;
  for (let i = 1; i < sentences.length && !any; i++) any = goesOnAfterGivenName(tokens, sentences[i - 1], sentences[i]!);
  if (!any) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    if (prev && goesOnAfterGivenName(tokens, prev, s)) out[out.length - 1] = sentence(prev.index, prev.start, s.end, prev.paragraph, prev.tokenStart, s.tokenEnd);
    else out.push(sentence(out.length, s.start, s.end, s.paragraph, s.tokenStart, s.tokenEnd));
  }
  for (const s of out) for (let k = s.tokenStart; k < s.tokenEnd; k++) tokens[k]!.sentence = s.index;
  return out;
}
