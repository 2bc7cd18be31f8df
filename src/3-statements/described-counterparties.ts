// Stage 3, speakers and about: a company named as another's party — "Its largest creditor, Harlow
// Timber Ltd., is owed …" — is defined by the company before it; a later "the company" still means
// that company (organisation-descriptions.ts for speakers, context/about.ts for about).

import { CONTEXT_WORDS, wordsOf } from './context/words.js';

/** How many modifiers may stand between "its" and the counterparty noun ("its largest unsecured creditor"). */
const COUNTERPARTY_MODIFIERS = 3;

/**
 * Does the name at `at` stand in apposition to "its", a few lower-case modifiers and a noun for
 * a party to a company's dealings ("Its largest creditor, | Harlow Timber Ltd.", context.json
 * counterpartyNouns)?
 */
export function counterpartyAppositive(text: string, at: number): boolean {
  const words = wordsOf(text.slice(Math.max(0, at - 80), at));
  if (words.at(-1) !== ',') return false;
  for (let k = words.length - 2, n = 0; k >= 0 && n <= COUNTERPARTY_MODIFIERS; k--, n++) {
    const w = words[k]!;
    if (CONTEXT_WORDS.organisationPossessives.has(w)) return n > 0 && CONTEXT_WORDS.counterpartyNouns.has(words.at(-2)!);
    if (!/^[\p{Ll}-]+$/u.test(w)) return false;
  }
  return false;
}
