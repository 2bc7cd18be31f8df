// Stage 1, after tokens: paragraphs of scraped copy that are not the article's text — another
// story's headline after a link label, credits, captions' credits, bylines, editors' notes, wire sign-offs, prompts to the reader —
// each found by a named rule (words in data/lexicon/boilerplate.json). Later stages read no names
// and no statements from a paragraph marked here.

import lists from '../../data/lexicon/boilerplate.json' with { type: 'json' };
import type { Paragraph, Token } from '../types.js';

const LINK_LABELS: ReadonlySet<string> = new Set(lists.linkLabels.words);
const CREDIT_LABELS: readonly string[] = lists.creditLabels.words;
const CAPTION_LABELS: ReadonlySet<string> = new Set(lists.captionLabels.words);
const PROMPTS: readonly string[] = lists.prompts.words;
const BYLINE_WORDS: ReadonlySet<string> = new Set(lists.bylineConnectors.words);
const CORRECTION_NOTES: readonly string[] = lists.correctionNotes.words;
const UPDATE_NOTES: readonly string[] = lists.updateNotes.words;
const PUBLICATION_OPENERS: readonly string[] = lists.publicationNotes.openers;
const PUBLICATION_MARKERS: readonly string[] = lists.publicationNotes.markers;

/** One paragraph of the text with its tokens, as the rules see it. */
export interface ParagraphView {
  /** The paragraph's text, white space squeezed, lower case: all of it, or its first VIEW_LENGTH characters or more. */
  lower: string;
  /** Its tokens. */
  tokens: readonly Token[];
}

/** One boilerplate rule: id, one-line reason, an example paragraph it marks, and its test. */
export interface BoilerplateRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly test: (p: ParagraphView) => boolean;
  /** Marks only the paragraph's first sentence when more follow (an editor's note before the article's text). */
  readonly firstSentenceOnly?: true;
}

/** The words before a colon near the paragraph's start ("read more" of "READ MORE: …"), or null. */
function labelOf(lower: string): string | null {
  const colon = lower.indexOf(':');
  return colon > 0 && colon <= 30 ? lower.slice(0, colon).trim() : null;
}

const startsWithAny = (text: string, words: readonly string[]): boolean =>
  words.some((w) => text.startsWith(w) && !(text.length > w.length && /[\p{L}\p{N}]/u.test(text[w.length]!)));

/** "By Jane Roe and John Doe, Staff Writers": a short paragraph of names after "By", without a verb. */
function byline(p: ParagraphView): boolean {
  const t = p.tokens;
  if (t.length < 2 || t.length > 16 || t[0]!.text !== 'By' || t[1]!.pos !== 'PROPN') return false;
  return t.every((k, i) => i === 0 || k.pos === 'PROPN' || k.pos === 'PUNCT' || BYLINE_WORDS.has(k.text.toLowerCase()));
}

/** "PTI AB RT", "AFP XX": a paragraph of two to five short runs of capitals and nothing else — a wire service's sign-off of desk initials. */
function wireSignoff(p: ParagraphView): boolean {
  const t = p.tokens;
  return t.length >= 2 && t.length <= 5 && t.every((k) => /^\p{Lu}{2,4}$/u.test(k.text));
}

/** The rules, tried in order; the first that holds names the paragraph's kind. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    id: 'link-label',
    reason: 'a link label and a colon ("READ MORE:", "WATCH:") open another story\'s headline, not this article\'s text',
    example: 'READ MORE: Mayor says the library will close in June',
    test: (p) => LINK_LABELS.has(labelOf(p.lower) ?? ''),
  },
  {
    id: 'credit-line',
    reason: 'a credit line ("(Reporting by …; Editing by …)") names who wrote the copy, not actors of the story',
    example: '(Reporting by Ines Moreau in Lyon; Editing by Tomas Berg)',
    test: (p) => p.lower.length <= 400 && startsWithAny(p.lower.replace(/^[([]\s*/, ''), CREDIT_LABELS),
  },
  {
    id: 'caption-credit',
    reason: 'a short paragraph opened by "Photo:", "Credit:" or "Source:" credits a picture or a figure',
    example: 'Photo: Karl Wendt / Harbour Press',
    test: (p) => p.lower.length <= 200 && CAPTION_LABELS.has(labelOf(p.lower) ?? ''),
  },
  {
    id: 'byline',
    reason: 'a byline ("By Jane Roe, Staff Writer") names the article\'s author, who is not an actor of the story',
    example: 'By Maren Holt and Idris Kane, Staff Writers',
    test: byline,
  },
  {
    id: 'correction-note',
    reason: 'an editor\'s note on the article itself ("Correction: An earlier version of this story …", "This article has been updated …") says what the article said, not what anyone in the story said',
    example: 'Correction: An earlier version of this story misstated the year the ferry was built.',
    test: (p) => p.lower.length <= 400 && startsWithAny(p.lower, CORRECTION_NOTES),
  },
  {
    id: 'update-note',
    reason: 'an editor\'s notice that the article was updated ("This story has been updated.") states no fact; the article\'s text may follow it in the same paragraph',
    example: 'This story has been updated. The mayor said she would decide in May.',
    test: (p) => startsWithAny(p.lower, UPDATE_NOTES),
    firstSentenceOnly: true,
  },
  {
    id: 'publication-note',
    reason: 'a closing note on where the article first appeared ("This report by The Canadian Press was first published …") is about the copy, not the story',
    example: 'This report by The Canadian Press was first published Oct. 2, 2026.',
    test: (p) => p.lower.length <= 250 && startsWithAny(p.lower, PUBLICATION_OPENERS) && PUBLICATION_MARKERS.some((m) => p.lower.includes(m)),
  },
  {
    id: 'wire-signoff',
    reason: 'a wire service\'s closing line of desk initials ("PTI AB RT") names the editors who handled the copy, no actor of the story',
    example: 'PTI AB RT',
    test: wireSignoff,
  },
  {
    id: 'reader-prompt',
    reason: 'a prompt to the reader ("Sign up for …", "Follow us on …", "Story continues below") is page furniture',
    example: 'Follow us on Mastodon for the latest from the council.',
    test: (p) => p.lower.length <= 200 && startsWithAny(p.lower, PROMPTS),
  },
];

/**
 * How much of a paragraph the rules read: its opening words, and whether it is longer than 400
 * characters (the longest a rule marks).
 */
const VIEW_LENGTH = 401;

/**
 * The paragraph squeezed and in lower case, at least its first VIEW_LENGTH characters: a prefix of
 * the text squeezes to a prefix of the squeezed paragraph, so a long paragraph is not read whole.
 */
function squeezedLower(text: string, start: number, end: number): string {
  for (let take = 2 * VIEW_LENGTH; ; take *= 4) {
    const stop = Math.min(end, start + take);
    const lower = text.slice(start, stop).replace(/\s+/g, ' ').toLowerCase();
    if (stop === end || lower.length >= VIEW_LENGTH) return lower;
  }
}

/**
 * Marks the boilerplate paragraphs: each gets the id of the first rule that holds (new objects;
 * paragraphs that are the article's text are returned as they are).
 */
export function markBoilerplate(text: string, paragraphs: readonly Paragraph[], tokens: readonly Token[]): Paragraph[] {
  let k = 0;
  return paragraphs.map((para) => {
    while (k < tokens.length && tokens[k]!.start < para.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k]!.start < para.end) k++;
    const view = { lower: squeezedLower(text, para.start, para.end), tokens: tokens.slice(from, k) };
    const rule = BOILERPLATE_RULES.find((r) => r.test(view));
    if (!rule) return para;
    const end = rule.firstSentenceOnly ? firstSentenceEnd(view.tokens) : null;
    // (Built field by field, every marked paragraph with the same fields: a spread gave each a hidden class of its own.)
    return { index: para.index, start: para.start, end: para.end, boilerplate: rule.id, boilerplateEnd: end ?? undefined };
  });
}

/** The end of the first sentence of a paragraph's tokens when another sentence follows it, else null. */
function firstSentenceEnd(tokens: readonly Token[]): number | null {
  const first = tokens[0]?.sentence;
  const k = tokens.findIndex((t) => t.sentence !== first);
  return k > 0 ? tokens[k - 1]!.end : null;
}
