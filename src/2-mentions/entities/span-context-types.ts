// Stage 2, named entities, part of the span rules (span-types.ts lists SPAN_CONTEXT_RULES after
// SPAN_WHOLE_BODY_RULES): one-word names the tagger typed wrongly that a word beside them types — a
// platform after "a post on" ("X"), India's central government ("the Centre") — session 29 (names40).

import { ORGANISATION_TAIL_OPENERS, PLATFORM_LETTERS, POSTING_WORDS } from './words.js';
import { cap, type SpanTypeRule } from './span-rule.js';
import { tagSpan } from './tagger.js';

/** The span rules that type a one-word name by the word beside it. */
export const SPAN_CONTEXT_RULES: readonly SpanTypeRule[] = [
  {
    id: 'platform-after-post',
    reason: 'a platform named by one capital letter ("X"; entity-words.json platformLetters) right after "on" and a word of posting up to three words before ("in a post on X", "wrote on X"; postingWords) is the platform, an organisation, no person or place',
    example: 'In a video posted on X, the mayor thanked the crews.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.type === 'ORG' || s.to - s.from !== 1 || !PLATFORM_LETTERS.has(toks[s.from]!.text) || prep.lower[s.from - 1] !== 'on') return undefined;
      const sentence = toks[s.from]!.sentence;
      for (let i = s.from - 2; i >= s.from - 4 && i >= 0 && toks[i]!.sentence === sentence; i--) if (POSTING_WORDS.has(prep.lower[i]!)) return tagSpan(s.from, s.to, 'ORG');
      return undefined;
    },
  },
  {
    id: 'the-centre-government',
    reason: '"the Centre" standing alone, capitalised after "the", is a government (India\'s central government, or a centre named before), an organisation: not a place, as the tagger reads a building\'s word; not before "of", "for", "on" or a capitalised word, which go on with a name ("the Center on Budget …")',
    example: 'The Centre has asked the states to report every case.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.type === 'ORG' || s.type === 'MISC' || s.to - s.from !== 1 || (toks[s.from]!.text !== 'Centre' && toks[s.from]!.text !== 'Center') || prep.lower[s.from - 1] !== 'the') return undefined;
      const next = toks[s.to];
      const goesOn = !!next && next.sentence === toks[s.from]!.sentence && (cap(next) || ORGANISATION_TAIL_OPENERS.has(prep.lower[s.to]!));
      return goesOn ? undefined : tagSpan(s.from, s.to, 'ORG');
    },
  },
];
