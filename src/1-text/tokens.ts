// Stage 1, step 3: tokens, parts of speech, lemmas and sentences, from wink-nlp (≈500k words/s).
// wink gives token strings only, so offsets are recovered by walking the raw text; sentences that
// wink runs across a paragraph break are cut there.

import type createWink from 'wink-nlp';
import tagging from '../../data/lexicon/tagging.json' with { type: 'json' };
import entityWords from '../../data/lexicon/entity-words.json' with { type: 'json' };
import { requirePackage } from '../require.js';
import type { Paragraph, Pos, Quotation, Sentence, Token } from '../types.js';
import { INTRINSIC_LEXEMES, WINK_MODEL } from './wink-model.js';
import { winkInput } from './wink-input.js';
import { joinGivenNameAbbreviations, sentence, splitDatelines, splitMissedEnds } from './sentence-splits.js';
import { repairCompounds, repairNounsAfterTo, repairPastTenseNouns, repairModifiersAfterPossessive, repairPluralObjects, repairPluralSubjects, repairVerbsBeforeInfinitive, repairVerbsBeforeObject, repairHyphenatedTitles, repairVerbsAfterPartitive, repairVerbsAfterRelativeClause, repairClauseVerbsAfterSubject, repairGerundsAfterIn, repairInitialismsInNames, repairThenModifier, repairNounsAfterDemonstrative, repairVerbsAfterAppositive, repairPassiveSpeechParticiples, repairParticipleModifiers } from './tag-repairs.js';
import { repairBareVerbsAfterPlural, repairReportParticiplesAfterName } from './tag-repairs-that.js';
import { repairSurnameAtStart } from './tag-repairs-names.js';
import { repairClauseVerbsAfterModifiedPlural, repairInfinitiveVerbsAfterModifiedPlural, repairVerbsAfterPluralSubject, repairVerbsAfterRelativePronoun, repairVerbsAfterShare } from './tag-repairs-verbs.js';
import { type ReadPieces, splitGluedWords } from './glued-words.js';

// By require (src/require.ts): an ESM import of the CommonJS package lexes it first.
const winkNLP = requirePackage<typeof createWink>('wink-nlp');
type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;
// wink-nlp's lexeme table (model.features.lexeme): OOV words are added to it as documents are read.
type LexemeTable = { hash: Record<string, number>; list: string[] };
let lexemes: LexemeTable | null = null;

/**
 * Learned lexemes after which the wink instance is replaced by a fresh one. forgetNewLexemes keeps
 * wink's hash as a fresh instance has it, but its list and private extrinsic lexicon grow ≈80
 * entries per article (≈180 bytes each) for as long as the process lives; a fresh instance every
 * ≈1,200 articles bounds them (≈18 MB a thread), and tokenises exactly as the old one would have.
 * A replacement costs more than its ≈20 ms: wink's hot functions meet the new instance's closures
 * and are deoptimised and compiled again ("wrong call target"); at 30,000 that happened every ≈370
 * articles, once in each thread of an annotate of PolNeAR train.
 */
export const LEXICON_LIMIT = 100_000;
let lexiconLimit = LEXICON_LIMIT;

/** Sets the learned-lexeme bound (tests use a small one to replace wink often); returns the old one. */
export function setLexiconLimit(limit: number): number {
  const old = lexiconLimit;
  lexiconLimit = limit;
  return old;
}

/** The shared wink-nlp instance, loaded on first use and replaced when its lexicon is full. */
function wink(): Wink {
  if (nlp && lexemes && lexemes.list.length - INTRINSIC_LEXEMES > lexiconLimit) nlp = null;
  if (!nlp) {
    // Keep a handle on the lexeme table that wink builds in core(), to undo its growth (see forgetNewLexemes).
    // A replacement takes over the old instance's lexeme hash: forgetNewLexemes has restored it to
    // what a fresh instance holds, and building it again (the lazy lookups, then the full copy) cost
    // ≈150 ms at every replacement.
    const core = (WINK_MODEL as unknown as { core: () => { features: { lexeme: LexemeTable } } }).core;
    const spy = { ...WINK_MODEL, core: () => {
      const c = core();
      if (lexemes) c.features.lexeme.hash = lexemes.hash;
      lexemes = c.features.lexeme;
      return c;
    } } as typeof WINK_MODEL;
    nlp = winkNLP(spy, ['sbd', 'pos']);
  }
  return nlp;
}

/** Learned lexemes the current wink instance holds (for tests of the bound). */
export function learnedLexemes(): number {
  return lexemes ? lexemes.list.length - INTRINSIC_LEXEMES : 0;
}

// wink's tokenizer splits "Trump's" or "word." differently once the whole string is in its lexeme
// hash, and every document adds its OOV words there: the tokens of an article would depend on the
// articles read before it in the same process (so on --jobs and input order). Dropping the hash keys
// a document added makes each article tokenised as by a fresh instance; the list and wink's private
// extrinsic lexicon keep growing in step, so indices stay consistent.
function forgetNewLexemes(from: number): void {
  if (!lexemes) return;
  for (let i = from; i < lexemes.list.length; i++) {
    const word = lexemes.list[i]!;
    if (lexemes.hash[word] === i) delete lexemes.hash[word];
  }
}

const CHUNK = 200_000;

/**
 * [from, to) pieces of about CHUNK characters, cut between paragraphs; a single paragraph longer
 * than that (pathological input) is cut after a full stop and a space.
 */
function chunks(text: string, paragraphs: Paragraph[]): [number, number][] {
  if (text.length <= CHUNK) return [[0, text.length]];
  const out: [number, number][] = [];
  let from = 0;
  const cut = (at: number) => {
    if (at > from) out.push([from, at]);
    from = at;
  };
  for (const p of paragraphs) {
    if (p.start - from >= CHUNK) cut(p.start);
    while (p.end - from > CHUNK * 2) {
      const stop = text.lastIndexOf('. ', from + CHUNK);
      cut(stop > from ? stop + 2 : from + CHUNK);
    }
  }
  cut(text.length);
  return out;
}

/**
 * Tokenises the text, tags parts of speech and splits sentences.
 * @param text - the article text
 * @param paragraphs - from findParagraphs; sentences never cross them
 * @param quotations - from findQuotations; each token's `quote` is the one holding it, else -1
 * @returns tokens and sentences
 */
export function tokenize(text: string, paragraphs: Paragraph[], quotations: Quotation[] = []): { tokens: Token[]; sentences: Sentence[] } {
  // (Three steps, three functions: V8 compiles and, when a rare branch first runs, recompiles each
  // on its own, not the whole of tokenize with wink's reader inlined.)
  const fed = winkInput(text);
  const read = readWink(text, fed, paragraphs);
  const located = locateTokens(text, fed, read);
  markQuotations(located.tokens, quotations);
  const { tokens, sentences } = splitGluedWords(located.tokens, sentencesOf(located.tokens, located.tokenOf, read.spans, paragraphs), readPieces);
  const merged = splitMissedEnds(text, tokens, splitDatelines(text, tokens, joinGivenNameAbbreviations(tokens, mergeLowercaseStarts(tokens, sentences)), paragraphs));
  repairProperNouns(tokens, merged);
  return { tokens, sentences: merged };
}

/** What wink reads in a text: its token strings, their tags and lemmas, and its sentences as token index ranges [first, last]. */
interface WinkRead {
  words: string[];
  tags: string[];
  lemmas: string[];
  spans: [number, number][];
}

/** wink's reading of `fed` (the text with long runs broken, guardRuns); its new lexemes are forgotten after. */
function readWink(text: string, fed: string, paragraphs: Paragraph[]): WinkRead {
  const w = wink();
  const its = w.its;
  const known = lexemes?.list.length ?? 0;
  // Very long texts are read in pieces cut at paragraph breaks (sentences never cross them), so
  // wink's document never holds more than CHUNK characters at once.
  const read: WinkRead = { words: [], tags: [], lemmas: [], spans: [] };
  const { words, tags, lemmas, spans } = read;
  try {
    for (const [from, to] of chunks(text, paragraphs)) {
      const doc = w.readDoc(from === 0 && to === text.length ? fed : fed.slice(from, to));
      const base = words.length;
      const all = doc.tokens();
      for (const x of all.out() as string[]) words.push(x);
      for (const x of all.out(its.pos) as string[]) tags.push(x);
      for (const x of all.out(its.lemma as never) as unknown as string[]) lemmas.push(x);
      for (const [a, b] of doc.sentences().out(its.span) as unknown as [number, number][]) spans.push([a + base, b + base]);
    }
  } finally {
    forgetNewLexemes(known);
  }
  return read;
}

/** The two pieces of a glued word ("about" | "Vladimir") as wink reads them side by side; its new lexemes are forgotten after. */
const readPieces: ReadPieces = (head, tail) => {
  const w = wink();
  const known = lexemes?.list.length ?? 0;
  try {
    const all = w.readDoc(`${head} ${tail}`).tokens();
    const tags = all.out(w.its.pos) as string[];
    const lemmas = all.out(w.its.lemma as never) as unknown as string[];
    const words = all.out() as string[];
    // (wink keeps each piece one token; should it not, the head is a word of its own and the tail a name.)
    if (words.length !== 2) return [{ pos: 'X', lemma: head.toLowerCase() }, { pos: 'PROPN', lemma: tail.toLowerCase() }];
    return [{ pos: tags[0] as Pos, lemma: lemmas[0]!.toLowerCase() }, { pos: tags[1] as Pos, lemma: lemmas[1]!.toLowerCase() }];
  } finally {
    forgetNewLexemes(known);
  }
};

/** A token as locateTokens makes them, before sentences and quotations are known. */
function token(start: number, end: number, text: string, lemma: string, pos: Pos): Token {
  return { start, end, text, lower: text.toLowerCase(), lemma, pos, sentence: 0, quote: -1 };
}

// A tag repair rewrites a token's lemma in place now and then (a past-tense verb wink tagged a noun,
// tag-repairs.ts). V8 takes a field no object has changed yet for a constant, and the optimised code
// of every function that reads it depends on that: the first rewrite, well into a run, deoptimised
// five functions at once (locateTokens, repairPluralObjects, …). One token rewritten here, at load,
// makes the field mutable before anything is optimised.
const primer = token(0, 0, '', '', 'X');
primer.lemma = 'x';

/** Tokens at their offsets in the text, and for each wink token the index of its token (-1: a line break wink emitted). */
function locateTokens(text: string, fed: string, { words, tags, lemmas }: WinkRead): { tokens: Token[]; tokenOf: number[] } {
  const tokens: Token[] = [];
  const tokenOf: number[] = new Array(words.length);
  // (Compared once: when wink read a changed copy, `fed === text` compared the two texts up to their
  // first difference at every token.)
  const fedIsText = fed === text;
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // wink emits line breaks as tokens; they carry no meaning here.
    if (!word.trim()) {
      tokenOf[i] = -1;
      continue;
    }
    let at = fed.indexOf(word, cursor);
    // wink may normalise a token (rare); fall back to the next non-space character.
    if (at < 0 || at - cursor > 64) {
      at = cursor;
      while (at < text.length && /\s/.test(text[at]!)) at++;
      if (at >= text.length) break;
      tokenOf[i] = tokens.length;
      const piece = text.slice(at, at + word.length);
      tokens.push(token(at, Math.min(text.length, at + word.length), piece, word.toLowerCase(), (tags[i] ?? 'X') as Pos));
      cursor = at + word.length;
      continue;
    }
    tokenOf[i] = tokens.length;
    // (A word with letters folded for wink keeps the text's letters, and its own lower case for a lemma.)
    const own = fedIsText ? word : text.slice(at, at + word.length);
    const lemma = own === word ? (lemmas[i] ?? word).toLowerCase() : own.toLowerCase();
    tokens.push(token(at, at + word.length, own, lemma, (tags[i] ?? 'X') as Pos));
    cursor = at + word.length;
  }
  return { tokens, tokenOf };
}

/** Sentence token ranges from wink's sentences, cut at paragraph breaks; sets each token's `sentence`. */
function sentencesOf(tokens: Token[], tokenOf: number[], spans: [number, number][], paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  // (A pointer that only moves forward: asked for a sentence's first and last offsets, it answers
  // the later paragraph for both, so sentences are not cut at paragraph breaks. Cutting them is right
  // but is held back until the NER model is retrained on the new cuts: see docs/design.md.)
  let para = 0;
  const paraOf = (offset: number) => {
    while (para + 1 < paragraphs.length && paragraphs[para + 1]!.start <= offset) para++;
    return para;
  };
  const pushSentence = (from: number, to: number) => {
    if (to <= from) return;
    const index = sentences.length;
    for (let k = from; k < to; k++) tokens[k]!.sentence = index;
    sentences.push(sentence(index, tokens[from]!.start, tokens[to - 1]!.end, paraOf(tokens[from]!.start), from, to));
  };
  for (let [s, e] of spans) {
    while (s <= e && !(tokenOf[s]! >= 0)) s++;
    while (e >= s && !(tokenOf[e]! >= 0)) e--;
    if (s > e) continue;
    const from = tokenOf[s]!;
    const last = tokenOf[e]!;
    let start = from;
    for (let k = from + 1; k <= last; k++) {
      if (paraOf(tokens[k]!.start) !== paraOf(tokens[k - 1]!.start)) {
        pushSentence(start, k);
        start = k;
      }
    }
    pushSentence(start, last + 1);
  }
  return sentences;
}

/** Marks each token with the quotation that holds it (quotations are in text order and do not overlap). */
function markQuotations(tokens: Token[], quotations: Quotation[]): void {
  let q = 0;
  for (const t of tokens) {
    while (q < quotations.length && quotations[q]!.end <= t.start) q++;
    const cur = quotations[q];
    if (cur && t.start >= cur.start && t.end <= cur.end) t.quote = cur.index;
  }
}

/**
 * A "sentence" that starts with a lower-case word continues the previous one: wink ends sentences
 * after abbreviations in parentheses ("Sen. Ann Lee (D-Ore.) said …") and after "?”" in
 * "“Is it over?” she asked." So does one that opens with a comma or semicolon ("Sen. Ann Lee
 * (R-Ga.)" | ", a co-author, said …"), or closes a parenthesis the previous one left open within
 * its first tokens ("Rep. Dana Whitfield (R-S." | "D.) said …").
 */
function mergeLowercaseStarts(tokens: Token[], sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const read of sentences) {
    const prev = out.at(-1);
    let s = read;
    // "… ‘Let’s see.’" | "” Ruiz said.": closing marks of a quotation the previous sentence holds
    // belong to it. (The sentence is copied, not changed: the first write to a field V8 has seen
    // only set when made deoptimises the code that read it, late in a long run.)
    while (prev && prev.paragraph === s.paragraph && s.tokenStart < s.tokenEnd && closesPrevious(tokens, prev, s.tokenStart)) {
      const k = s.tokenStart + 1;
      prev.tokenEnd = k;
      prev.end = tokens[k - 1]!.end;
      s = sentence(s.index, k < s.tokenEnd ? tokens[k]!.start : s.start, s.end, s.paragraph, k, s.tokenEnd);
    }
    if (s.tokenStart >= s.tokenEnd) continue;
    const first = tokens[s.tokenStart]!;
    if (prev && prev.paragraph === s.paragraph && (/^[a-z,;]/.test(first.text) || closesOpenParenthesis(tokens, prev, s))) {
      prev.end = s.end;
      prev.tokenEnd = s.tokenEnd;
      continue;
    }
    out.push(sentence(out.length, s.start, s.end, s.paragraph, s.tokenStart, s.tokenEnd));
  }
  for (const s of out) for (let k = s.tokenStart; k < s.tokenEnd; k++) tokens[k]!.sentence = s.index;
  return out;
}

// Token k is a closing quotation mark of the quotation the previous sentence ends in.
function closesPrevious(tokens: Token[], prev: Sentence, k: number): boolean {
  const t = tokens[k]!;
  if (t.quote < 0 || tokens[prev.tokenEnd - 1]!.quote !== t.quote) return false;
  const last = k + 1 >= tokens.length || tokens[k + 1]!.quote !== t.quote;
  // An opening mark typed where the quotation closes (“Is it over?“ he asked) counts when it is the last.
  if (t.text === '“') return last;
  return /^([”’"»']|'')$/.test(t.text) && (last || /^([”’"»']|'')$/.test(tokens[k + 1]!.text));
}

// The previous sentence ends inside "(…" and this one closes it within three tokens.
function closesOpenParenthesis(tokens: Token[], prev: Sentence, s: Sentence): boolean {
  let close = -1;
  for (let k = s.tokenStart; k < Math.min(s.tokenEnd, s.tokenStart + 3); k++) {
    if (tokens[k]!.text === ')') {
      close = k;
      break;
    }
    if (tokens[k]!.text === '(') return false;
  }
  if (close < 0) return false;
  for (let k = prev.tokenEnd - 1; k >= prev.tokenStart && k >= prev.tokenEnd - 8; k--) {
    if (tokens[k]!.text === ')') return false;
    if (tokens[k]!.text === '(') return true;
  }
  return false;
}

const REPAIRABLE = new Set(['VERB', 'NOUN', 'ADJ', 'ADV', 'X']);
const REPORTING_FORMS: ReadonlySet<string> = new Set(tagging.reportingForms.words);
/** Sentence adverbs that do stand before "said" ("Later said", "Also said" in headlines). */
const NOT_NAMES: ReadonlySet<string> = new Set(tagging.narrationAdverbs.words);
/** Verb forms that modify a title or role noun right after them ("lead author", "managing director"). */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(tagging.titleModifiers.words);

// (Character codes, not regular expressions: these run on every token.)
const asciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const asciiLetter = (c: number): boolean => asciiUpper(c) || (c >= 97 && c <= 122);
/** "Senate", "Calls": an ASCII capital then an ASCII small letter. */
/** A capital then a small letter ("Lynch"; "Éireann", "Ó" names through the Unicode test, after the cheap ASCII one). */
// (The length is tested before the second character is read: a read past a one-letter word's end deoptimised repairProperNouns.)
const capitalisedWord = (w: string): boolean => (asciiUpper(w.charCodeAt(0)) && w.length > 1 && w.charCodeAt(1) >= 97 && w.charCodeAt(1) <= 122) || (w.charCodeAt(0) > 127 && UPPER_LOWER.test(w));
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

/**
 * From token k: one to four capitalised proper nouns, then a comma, a verb or an auxiliary; after
 * two or more, a verb not in its base form ("Ford Motor Company said", not "Watch Barack Obama
 * explain"; four: a title and a name of three words, "Works Minister Ana Maria Ruiz said").
 */
function nameRunThenVerb(tokens: Token[], k: number, end: number): boolean {
  let j = k;
  while (j < end && j < k + 4 && tokens[j]!.pos === 'PROPN' && capitalisedWord(tokens[j]!.text)) j++;
  if (j === k || j >= end) return false;
  const after = tokens[j]!;
  return after.text === ',' || after.pos === 'AUX' || (after.pos === 'VERB' && (j === k + 1 || after.lemma !== after.lower));
}

/**
 * "England skipper Ben Stokes said", "Arsenal skipper Martin Odegaard told": a lower-case word in its
 * base form that wink reads as a verb, between a singular proper noun and a name run that a verb
 * follows, is a title (a plural before it is a subject: "Senators grill Jane Doe").
 */
function titleBetweenNames(tokens: Token[], i: number, s: Sentence): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (i === s.tokenStart || t.lemma !== t.lower || !asciiLetter(t.text.charCodeAt(0)) || asciiUpper(t.text.charCodeAt(0))) return false;
  if (!prev || prev.pos !== 'PROPN' || !capitalisedWord(prev.text) || prev.lower.endsWith('s') || !nameRunThenVerb(tokens, i + 1, s.tokenEnd)) return false;
  // (A verb must follow the name, not a comma: "voters outside metro New York know Bloomberg, they …".)
  let j = i + 1;
  while (j < s.tokenEnd && tokens[j]!.pos === 'PROPN') j++;
  return tokens[j]?.pos === 'VERB' || tokens[j]?.pos === 'AUX';
}

/**
 * "“…,” race engineer Will Joseph said", "Will Ferrell said …": a capitalised modal before a name
 * is a given name — inside a sentence always, at its start when a verb follows the name and the
 * sentence asks nothing ("Will Smith attend?" keeps its modal).
 */
function givenNameModal(tokens: Token[], i: number, s: Sentence): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!capitalisedWord(t.text) || next?.pos !== 'PROPN' || !capitalisedWord(next.text)) return false;
  const opens = i === s.tokenStart || /^[“"'‘(:—–-]$/.test(tokens[i - 1]!.text);
  return !opens || (tokens[s.tokenEnd - 1]!.text !== '?' && nameRunThenVerb(tokens, i + 1, s.tokenEnd));
}

/**
 * wink's tagger reads unknown capitalised words as verbs or nouns ("Rep. Stephen Lynch said",
 * "Lynch" → VERB), and some surnames that are also foreign words as X ("Masse said"). Inside a sentence a capitalised word is a proper noun; at its start, one
 * followed straight by a verb is too ("Lynch said").
 */
function repairProperNouns(tokens: Token[], sentences: Sentence[]): void {
  for (const s of sentences) {
    // A Title Case headline ("Senator Calls Plan A Disgrace") capitalises its verbs too: leave it.
    let words = 0;
    let capitalised = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!asciiLetter(tokens[i]!.text.charCodeAt(0))) continue;
      words++;
      if (asciiUpper(tokens[i]!.text.charCodeAt(0))) capitalised++;
    }
    if (words >= 4 && capitalised / words >= 0.75) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.pos === 'VERB' && titleBetweenNames(tokens, i, s)) t.pos = 'NOUN';
      // ("said lead author Ingrid Solheim", "the managing director": a title's modifier, not a verb.)
      // (After an article, a verb or punctuation: "They lead efforts", "Officials lead talks" keep their verb.)
      if (t.pos === 'VERB' && TITLE_MODIFIERS.has(t.text) && i + 1 < s.tokenEnd && tokens[i + 1]!.pos === 'NOUN' && i > s.tokenStart && /^(DET|VERB|PUNCT)$/.test(tokens[i - 1]!.pos)) t.pos = 'ADJ';
      if (t.pos === 'AUX' && givenNameModal(tokens, i, s)) t.pos = 'PROPN';
      if (!REPAIRABLE.has(t.pos) || !capitalisedWord(t.text)) continue;
      const prev = tokens[i - 1];
      // (A straight quotation mark after a comma closes a quotation the sentence goes on after: '"…," Ford of Europe chief …'.)
      const closing = prev !== undefined && /^["']$/.test(prev.text) && tokens[i - 2]?.text === ',';
      const first = i === s.tokenStart || (prev !== undefined && /^[“"'‘(:—–-]$/.test(prev.text) && !closing);
      if (!first) t.pos = 'PROPN';
      else if (t.pos === 'VERB' && i + 1 < s.tokenEnd && (tokens[i + 1]!.pos === 'VERB' || tokens[i + 1]!.pos === 'AUX')) t.pos = 'PROPN';
      // "Josh Hendler, a strategist, warned …", "Ford Motor Company said …": a first word read as a
      // verb before the capitalised proper nouns that end the name (a comma or a verb follows).
      // ("Said Dorothy Poynter, …" opens an inverted report: a reporting verb is no name.)
      else if (t.pos === 'VERB' && !REPORTING_FORMS.has(t.lower) && nameRunThenVerb(tokens, i + 1, s.tokenEnd)) t.pos = 'PROPN';
      // "Jolly said …", "Wise told …": a surname that is also an adverb, right before a reporting verb.
      else if (t.pos === 'ADV' && i + 1 < s.tokenEnd && REPORTING_FORMS.has(tokens[i + 1]!.text) && !NOT_NAMES.has(t.lower)) t.pos = 'PROPN';
      // "“…,” De Guzman said", "De Vera told": a capitalised foreign word before a proper noun opens the name.
      else if (t.pos === 'X' && i + 1 < s.tokenEnd && tokens[i + 1]!.pos === 'PROPN' && capitalisedWord(tokens[i + 1]!.text)) t.pos = 'PROPN';
      // "Cook said …" (Cook VERB, said ADJ), "Garland, the attorney general, said …": a surname that is an English word.
      else repairSurnameAtStart(tokens, i, s);
    }
    repairSurnameParticles(tokens, s);
    repairCompounds(tokens, s);
    repairPastTenseNouns(tokens, s);
    repairPluralObjects(tokens, s);
    repairPluralSubjects(tokens, s);
    repairNounsAfterTo(tokens, s);
    repairVerbsBeforeInfinitive(tokens, s);
    repairInfinitiveVerbsAfterModifiedPlural(tokens, s);
    repairClauseVerbsAfterModifiedPlural(tokens, s);
    repairVerbsAfterRelativePronoun(tokens, s);
    repairVerbsAfterPluralSubject(tokens, s);
    repairBareVerbsAfterPlural(tokens, s);
    repairReportParticiplesAfterName(tokens, s);
    repairVerbsBeforeObject(tokens, s);
    repairVerbsAfterPartitive(tokens, s);
    repairVerbsAfterShare(tokens, s);
    repairVerbsAfterRelativeClause(tokens, s);
    repairClauseVerbsAfterSubject(tokens, s);
    repairGerundsAfterIn(tokens, s);
    repairThenModifier(tokens, s);
    repairNounsAfterDemonstrative(tokens, s);
    repairVerbsAfterAppositive(tokens, s);
    repairPassiveSpeechParticiples(tokens, s);
    repairParticipleModifiers(tokens, s);
    repairInitialismsInNames(tokens, s);
    repairHyphenatedTitles(tokens, s);
    repairModifiersAfterPossessive(tokens, s);
  }
}

/** Lower-case particles that open a surname ("de la Cruz", "van der Berg"; entity-words.json). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(entityWords.lowerSurnameParticles);

/**
 * "Maria de la Cruz said", "“…,” van der Berg said": lower-case surname particles before a
 * capitalised proper noun, after a name or where a phrase starts (sentence, quotation mark,
 * comma), are part of the name; wink reads them as nouns or foreign words.
 */
function repairSurnameParticles(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NUM' || t.pos === 'PROPN' || t.text !== t.lower || !SURNAME_PARTICLES.has(t.lower)) continue;
    let j = i;
    while (j < s.tokenEnd && tokens[j]!.text === tokens[j]!.lower && SURNAME_PARTICLES.has(tokens[j]!.lower) && tokens[j]!.pos !== 'NUM') j++;
    const next = tokens[j];
    const prev = tokens[i - 1];
    const opens = i === s.tokenStart || (prev !== undefined && (prev.pos === 'PROPN' ? capitalisedWord(prev.text) : /^[“”"'‘’(,:—–-]$/.test(prev.text)));
    if (j < s.tokenEnd && next!.pos === 'PROPN' && capitalisedWord(next!.text) && opens) for (let k = i; k < j; k++) tokens[k]!.pos = 'PROPN';
    i = j;
  }
}
