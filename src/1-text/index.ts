// Stage 1 of the flow: raw text → TextLayer (paragraphs, sentences, tokens, quotations), with the
// paragraphs that are page furniture rather than the article marked as boilerplate.
// Pure: no I/O. Later stages read offsets from here and never re-tokenise.

import type { TextLayer } from '../types.js';
import { markBoilerplate } from './boilerplate.js';
import { findParagraphs } from './paragraphs.js';
import { findQuotations } from './quotations.js';
import { tokenize } from './tokens.js';

export { BOILERPLATE_RULES, markBoilerplate } from './boilerplate.js';
export { findParagraphs } from './paragraphs.js';
export { findQuotations } from './quotations.js';
export { tokenize } from './tokens.js';
export { expectManyArticles } from './wink-model.js';

/**
 * Reads an article's text into its text layer.
 * @param text - the article text (any line ends; CRLF is treated like LF by offset-preserving rules)
 */
export function readText(text: string): TextLayer {
  const paragraphs = findParagraphs(text);
  const quotations = findQuotations(text, paragraphs);
  const { tokens, sentences } = tokenize(text, paragraphs, quotations);
  return { text, paragraphs: markBoilerplate(text, paragraphs, tokens), sentences, tokens, quotations };
}
