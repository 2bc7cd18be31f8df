// Stage 3, step 4: the same document's date across paragraphs. A speaker that refers back to a
// document with "the" ("The audit found …", "…, the statement said", "according to the report") or
// names its authors ("the researchers found") speaks with the date the story gave that document
// when it was named ("said on Tuesday", "a study published on Tuesday", "in its final report yesterday").

import kinds from '../../../data/lexicon/kinds.json' with { type: 'json' };
import { isDocument } from '../kinds.js';
import { clauseOutside, laterThan, type ClauseWindow } from './time.js';
import { CONTEXT_WORDS, wordsOf } from './words.js';
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
  const end = words.findIndex((w, i) => i > 0 && (WORDS.npInnerPrepositions.has(w) || WORDS.relativePronounsAll.has(w) || /^[,;:()—–"“”]$/.test(w)));
  return words[(end < 0 ? words.length : end) - 1] ?? '';
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

/**
 * The dates of statements whose speaker refers back to a document: the own date of the nearest
 * statement before (five paragraphs at most) whose clause names that document ("The National Audit
 * Office said on Tuesday …\n\nThe audit found …"), passing over the statements that only referred
 * back to it with no date of their own; an undated one that named it otherwise ("A new report
 * found …") ends the search. Only statements whose own clause gave no date.
 * @param clauses - each statement's clause
 * @param own - each statement's own date (undefined: its clause gave none)
 * @returns per statement index, the document's date
 */
export function sameDocumentDates(text: string, frames: readonly DocumentFrame[], clauses: readonly ClauseWindow[], own: readonly (string | null | undefined)[], published: string | null, anonymous: (key: string | null) => boolean): Map<number, string> {
  const out = new Map<number, string>();
  frames.forEach((f, i) => {
    if (f.nested || own[i] !== undefined) return;
    const ref = reference(text, f, anonymous);
    if (!ref) return;
    for (let j = i - 1; j >= 0 && frames[j]!.paragraph >= f.paragraph - DOCUMENT_REACH; j--) {
      const g = frames[j]!;
      if (g.nested || !names(text, ref, g, clauses[j]!)) continue;
      const date = own[j];
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
