// Stage 2, named entities, part of the span rules (span-types.ts lists SPAN_CURRENCY_RULES after the
// product rules): amounts the tagger reads as names — a currency's letter glued to an amount with a
// decimal or a word of scale ("P1.2 billion", the Philippine peso), and a country's letters before a
// currency sign ("GH¢70,000"). Words in data/lexicon/entity-words.json (amountScaleWords, currencySignsAfterLetters).

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import { AMOUNT_SCALE_WORDS } from './words.js';
import { PREFIXED_AMOUNT } from './span-products.js';
import type { SpanTypeRule } from './span-rule.js';

/** Currency signs written right after a country's letters ("¢" of "GH¢"). */
const CURRENCY_SIGNS_AFTER_LETTERS: ReadonlySet<string> = new Set(words.currencySignsAfterLetters.words);

export const SPAN_CURRENCY_RULES: readonly SpanTypeRule[] = [
  {
    id: 'glued-amount-alone',
    reason: 'one word of a currency\'s letter or letters written against an amount with a decimal, or before a word of scale ("P1.2 billion", "Sh3 million"; entity-words.json amountScaleWords), is an amount, no actor: the tagger reads it as a person (amount-after-name cuts it from a name it ends; this is one standing alone)',
    example: 'The agency said P2.4 billion had been released to the towns.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from !== 1) return undefined;
      const t = toks[s.from]!;
      const next = toks[s.to];
      return PREFIXED_AMOUNT.test(t.text) && (t.text.includes('.') || (!!next && next.sentence === t.sentence && AMOUNT_SCALE_WORDS.has(next.lower))) ? null : undefined;
    },
  },
  {
    id: 'currency-letters-before-sign',
    reason: 'a country\'s capital letters written right against a currency sign and an amount ("GH¢70,000", "GH₵2 million"; entity-words.json currencySignsAfterLetters) are part of the currency, no organisation or place',
    example: 'Cocoa farmers will receive GH¢3,228 per bag from Friday.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      const [last, sign, amount] = [toks[s.to - 1]!, toks[s.to], toks[s.to + 1]];
      if (s.to - s.from !== 1 || !/^\p{Lu}{1,3}$/u.test(last.text) || !sign || !CURRENCY_SIGNS_AFTER_LETTERS.has(sign.text) || sign.start !== last.end) return undefined;
      return amount && amount.start === sign.end && /^\d/.test(amount.text) ? null : undefined;
    },
  },
];
