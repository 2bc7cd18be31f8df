// Stage 2, named entities, part of the span rules (span-types.ts lists SPAN_JOB_TITLE_RULES before
// the person rules): a capitalised job title the tagger read as an organisation ("its Public Relations
// Manager, Mr. X", "the National Chairman of the association") names a post, no body.

import { titleHeads } from './gazetteer.js';
import { cap, type SpanTypeRule } from './span-rule.js';

/** Possessive determiners before a post ("its", "their"): what owns a job title, never a body's own name. */
const POST_OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);

export const SPAN_JOB_TITLE_RULES: readonly SpanTypeRule[] = [
  {
    id: 'owned-job-title',
    types: ['ORG'],
    reason: 'capitalised words the tagger read as an organisation that end in a title\'s head ("Manager", "Chairman", "Director"; titles.json) are a post, no body, after a possessive determiner ("its Public Relations Manager") or when "of" and a lower-case noun phrase follow ("the National Chairman of the association"): a body\'s name is owned by no one and belongs to nothing written in lower case',
    example: 'A statement signed by its Head of Corporate Affairs Manager, Ama Boateng, said prices would rise.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const last = s.to - 1;
      if (!cap(toks[last]) || !titleHeads.has(prep.lower[last]!)) return undefined;
      for (let i = s.from; i < s.to; i++) if (!/^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text)) return undefined;
      const sentence = toks[s.from]!.sentence;
      const owned = POST_OWNERS.has(prep.lower[s.from - 1] ?? '') && toks[s.from - 1]!.sentence === sentence;
      // ("of the association": "of", an article or none, a lower-case word.)
      const of = prep.lower[s.to] === 'of' && toks[s.to]!.sentence === sentence;
      const noun = of ? toks[prep.lower[s.to + 1] === 'the' || prep.lower[s.to + 1] === 'a' ? s.to + 2 : s.to + 1] : undefined;
      const lowerOf = !!noun && noun.sentence === sentence && /^\p{Ll}/u.test(noun.text);
      return owned || lowerOf ? null : undefined;
    },
  },
];
