// Stage 3, step 4: the same document's date across paragraphs. A speaker that refers back to a
// document with "the" ("The audit found …", "…, the statement said", "according to the report") or
// names its authors ("the researchers found") speaks with the date the story gave that document
// when it was named ("said on Tuesday", "a study published on Tuesday", "in its final report yesterday").

import kinds from '../../../data/lexicon/kinds.json' with { type: 'json' };
import { isDocument } from '../kinds.js';
import type { DateMention, Sentence, Token } from '../../types.js';
import { lowerBound, startingWithin } from '../../spans.js';
import { clauseOutside, laterThan, type ClauseWindow } from './time.js';
import { CONTEXT_WORDS, phraseHeadEnd, wordsOf } from './words.js';
import { WORDS } from '../grammar/lexicon.js';

/** How many paragraphs back the document may have been named and dated (a report is quoted again several paragraphs on). */
const DOCUMENT_REACH = 5;

/** What the rule reads of a statement. */
export interface DocumentFrame {
  paragraph: number;
  nested: boolean;
  speakerEntity: string | null;
  speakerSpan: [number, number] | null;
  speakerMention?: [number, number] | null;
  contentStart: number;
  contentEnd: number;
  /** The content is a clause or a quotation, not an object ("published a report"). */
  clausal: boolean;
  cueStart: number;
  cueEnd: number;
}

/** What a statement refers back to: the document nouns it names, or any document (its authors: "the researchers"). */
type Reference = { nouns: ReadonlySet<string> } | { authors: true };

/** A noun for a document (a source, a written thing, a statement or a judgment), in the singular or the plural. */
function documentNoun(w: string): boolean {
  const one = w.replace(/s$/, '');
  return isDocument(w) || isDocument(one) || CONTEXT_WORDS.occasionDocuments.has(w) || CONTEXT_WORDS.occasionDocuments.has(one);
}

/** The head of a speaker phrase: its last word before a preposition, a relative pronoun or a clause mark ("the final report of the board" → "report"). */
function headOf(words: readonly string[]): string {
  return words[phraseHeadEnd(words) - 1] ?? '';
}

/** "The audit", "its final report", "the researchers": a definite description of a document or of its authors (an unnamed speaker), else null. */
function reference(text: string, f: DocumentFrame, anonymous: (key: string | null) => boolean): Reference | null {
  const span = f.speakerMention ?? f.speakerSpan;
  if (!span || !anonymous(f.speakerEntity)) return null;
  const words = wordsOf(text.slice(span[0], span[1]));
  if (!CONTEXT_WORDS.definiteReferrers.has(words[0] ?? '')) return null;
  const head = headOf(words);
  if (documentNoun(head)) return { nouns: new Set([head, head.replace(/s$/, '')]) };
  return CONTEXT_WORDS.documentAuthors.has(head) ? { authors: true } : null;
}

/**
 * The words by which a statement names its own source or occasion: its speaker phrase ("a statement
 * issued by the commission on Monday", "The National Audit Office"), its clause from the cue on
 * outside the content ("said in its final report yesterday"), a phrase opened by a preposition before
 * the speaker ("In a report on Monday, the office said"), and the object of a verb of issuing ("The
 * office on Tuesday published a report"); not other words before the cue ("The job figures for January
 * extended a surge that began last fall, when the market showed …" names no source of the market's).
 */
function sourceWords(text: string, clause: ClauseWindow, g: DocumentFrame): string[] {
  // (The speaker with its description, before the cue up to it: "A coalition of groups sent a letter this week urging …".)
  const span = g.speakerSpan ?? g.speakerMention;
  const words = span ? wordsOf(text.slice(span[0], span[1])) : [];
  words.push(...wordsOf(clauseOutside(text, { ...clause, start: Math.max(clause.start, Math.min(clause.end, g.cueStart)) }, g.contentStart, g.contentEnd)));
  // (Before the speaker when the content comes after it: "In a report on Monday, the office said that …".)
  const fronted = span && g.contentStart >= span[1] && span[0] > clause.start ? wordsOf(text.slice(clause.start, span[0])) : [];
  if (CONTEXT_WORDS.scenePrepositions.has(fronted[0] ?? '')) words.push(...fronted);
  if (!g.clausal && wordsOf(text.slice(g.cueStart, g.cueEnd)).some((w) => CONTEXT_WORDS.issuingParticiples.has(w))) words.push(...wordsOf(text.slice(g.contentStart, g.contentEnd)));
  return words;
}

/** Does a statement name what the reference points at: the noun among the words that name its source, or (for authors) a document as its speaker? */
function names(text: string, ref: Reference, g: DocumentFrame, clause: ClauseWindow): boolean {
  if ('nouns' in ref) return sourceWords(text, clause, g).some((w) => ref.nouns.has(w));
  const span = g.speakerMention ?? g.speakerSpan;
  return !!span && wordsOf(text.slice(span[0], span[1])).some((w) => isDocument(w) || isDocument(w.replace(/s$/, '')));
}

/** How many tokens from a verb of issuing its document's noun may stand ("sent a letter", "The report, published"). */
const ISSUE_NOUN_REACH = 4;
/** How many tokens after the verb of issuing its date may stand ("sent a letter to the minister on Monday"). */
const ISSUE_DATE_REACH = 8;

/** The text a narrated issue is read from. */
export interface DocumentText {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Date mentions sorted by start. */
  dates: readonly DateMention[];
  published: string | null;
}

/** What a sentence says of the document: its date ("sent a letter on Monday"), "named" (no date: the search goes on), "new" (a document introduced undated: it ends), or null (not named). */
type Narrated = string | 'named' | 'new' | null;

/**
 * A sentence that names the document, outside any statement's words, beside a verb of issuing and a date ("The
 * watchdog sent a letter to the minister on Monday.", "The inquiry's report, published on Monday, runs to
 * 400 pages."): that date; a sentence that names it otherwise goes on ("The report runs to 400 pages"),
 * unless it introduces a document ("A new report …").
 */
function narratedIssue(t: DocumentText, s: Sentence, ref: Reference, contents: readonly (readonly [number, number])[]): Narrated {
  const { tokens } = t;
  const here = contents.filter(([a, b]) => a < s.end && b > s.start);
  const said = (k: number) => here.some(([a, b]) => tokens[k]!.start >= a && tokens[k]!.end <= b);
  const isNoun = (k: number) => !said(k) && ('nouns' in ref ? ref.nouns.has(tokens[k]!.lower) : isDocument(tokens[k]!.lower) || isDocument(tokens[k]!.lower.replace(/s$/, '')));
  let named: Narrated = null;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!isNoun(k)) continue;
    named = named ?? 'named';
    for (let b = k - 1; b >= s.tokenStart && b >= k - 3; b--) if (WORDS.indefiniteArticles.has(tokens[b]!.lower)) named = 'new';
  }
  if (named === null) return null;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!CONTEXT_WORDS.issuingParticiples.has(tokens[k]!.lower) || said(k)) continue;
    let near = false;
    for (let n = Math.max(s.tokenStart, k - ISSUE_NOUN_REACH); n < Math.min(s.tokenEnd, k + ISSUE_NOUN_REACH + 1); n++) near ||= isNoun(n);
    if (!near) continue;
    const d = startingWithin(t.dates, tokens[k]!.end, s.end).find((m) => m.end <= s.end && lowerBound(tokens, m.start) <= k + ISSUE_DATE_REACH && !here.some(([a, b]) => m.start >= a && m.end <= b));
    if (d && !laterThan(d.value, t.published)) return d.value;
  }
  return named;
}

/**
 * The dates of statements whose speaker refers back to a document: the own date of the nearest
 * statement before (five paragraphs at most) whose clause names that document ("The National Audit
 * Office said on Tuesday …\n\nThe audit found …"), or the date of a sentence that narrates
 * its issue ("The watchdog sent a letter to the minister on Monday."), passing over the statements and
 * sentences that only referred back to it with no date; an undated one that named it otherwise ("A new
 * report found …") ends the search. Only statements whose own clause gave no date.
 * @param clauses - each statement's clause
 * @param own - each statement's own date (undefined: its clause gave none)
 * @returns per statement index, the document's date
 */
export function sameDocumentDates(t: DocumentText, frames: readonly DocumentFrame[], clauses: readonly ClauseWindow[], own: readonly (string | null | undefined)[], anonymous: (key: string | null) => boolean): Map<number, string> {
  const { text, published } = t;
  const out = new Map<number, string>();
  // (What the statements say: a document named there is not narrated.)
  const contents = frames.map((f) => [f.contentStart, f.contentEnd] as const);
  let prev = -1;
  frames.forEach((f, i) => {
    if (f.nested) return;
    const p = prev;
    prev = i;
    if (own[i] !== undefined) return;
    // ("The report found … It said …": "it" for the same document in its paragraph goes on with its date.)
    if (p >= 0 && out.has(p) && pronounForSame(text, f, frames[p]!)) {
      out.set(i, out.get(p)!);
      return;
    }
    const ref = reference(text, f, anonymous);
    if (!ref) return;
    const floor = f.paragraph - DOCUMENT_REACH;
    const before: { at: number; j?: number; s?: Sentence }[] = [];
    for (let j = i - 1; j >= 0 && frames[j]!.paragraph >= floor; j--) if (!frames[j]!.nested) before.push({ at: frames[j]!.contentStart, j });
    // (A sentence after its statements: "A coalition sent a letter this week urging …" is read as narration when its statement did not name the letter.)
    for (let k = lowerBound(t.sentences, Math.min(f.contentStart, f.cueStart) + 1) - 1; k >= 0 && t.sentences[k]!.paragraph >= floor; k--) {
      const s = t.sentences[k]!;
      if (s.end <= f.contentStart && s.end <= f.cueStart) before.push({ at: s.start - 0.5, s });
    }
    before.sort((x, y) => y.at - x.at);
    for (const { j, s } of before) {
      if (s) {
        const narrated = narratedIssue(t, s, ref, contents);
        if (narrated === null || narrated === 'named') continue;
        if (narrated !== 'new') out.set(i, narrated);
        return;
      }
      const g = frames[j!]!;
      if (!names(text, ref, g, clauses[j!]!)) continue;
      const date = own[j!];
      if (typeof date === 'string') {
        if (!laterThan(date, published)) out.set(i, date);
        return;
      }
      // (Another statement that refers back to it with no date of its own: "The report also found …".)
      if (date === undefined && reference(text, g, anonymous) !== null) continue;
      return;
    }
  });
  return out;
}

/** Is the speaker "it" or "they" for the same unnamed source as the statement `g` before it, in its paragraph? */
function pronounForSame(text: string, f: DocumentFrame, g: DocumentFrame): boolean {
  const span = f.speakerSpan;
  if (!span || f.paragraph !== g.paragraph || f.speakerEntity === null || f.speakerEntity !== g.speakerEntity) return false;
  const words = wordsOf(text.slice(span[0], span[1]));
  return words.length === 1 && CONTEXT_WORDS.organisationSubjectPronouns.has(words[0]!);
}

/** How many paragraphs on the document that dates a present-perfect finding may stand. */
const FINDING_LEAD_REACH = 2;
/** Verbs of a finding ("has found", "have shown"; kinds.json documentReportVerbs and findingAlways), as lemmas. */
const FINDING_VERBS: ReadonlySet<string> = new Set([...kinds.documentReportVerbs, ...kinds.findingAlways]);

/**
 * "A parliamentary inquiry has found that …\n\nThe report, presented on Tuesday, found that …": an
 * unnamed body's finding in the present perfect, undated, sums up the document the next statement
 * refers back to with "the" and dates (in its paragraph or the next two): the finding is that
 * document's. Only the next statement: anyone else's words between make it another occasion.
 * @param cueLemma - the lemma of each statement's cue verb
 * @param dates - each statement's date so far (only those still the publication day change)
 * @returns per statement index, the document's date
 */
export function findingLeadDates(text: string, frames: readonly DocumentFrame[], cueLemma: (i: number) => string, own: readonly (string | null | undefined)[], dates: readonly (string | null)[], published: string | null, anonymous: (key: string | null) => boolean): Map<number, string> {
  const out = new Map<number, string>();
  frames.forEach((f, i) => {
    if (f.nested || own[i] !== undefined || dates[i] !== published || !anonymous(f.speakerEntity) || !FINDING_VERBS.has(cueLemma(i))) return;
    const before = wordsOf(text.slice(Math.max(0, f.cueStart - 12), f.cueStart)).at(-1) ?? '';
    if (!CONTEXT_WORDS.presentPerfectAuxiliaries.has(before)) return;
    let k = i + 1;
    while (k < frames.length && frames[k]!.nested) k++;
    const next = frames[k];
    if (!next || next.paragraph > f.paragraph + FINDING_LEAD_REACH) return;
    const ref = reference(text, next, anonymous);
    const date = own[k];
    if (ref && 'nouns' in ref && typeof date === 'string' && !laterThan(date, published)) out.set(i, date);
  });
  return out;
}
