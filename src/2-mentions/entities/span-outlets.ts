// Stage 2, named entities, part of the span rules (span-types.ts's SPAN_TYPE_RULES): a news outlet's
// name the tagger read as a place ("in Tarvik News", "wrote in the Harbour Times") or cut before its
// head word ("Nunatsiaq | News"), or a foreign-language outlet read as a person ("Les Échos reported").
// The heads are entity-words.json outletHeads; a place the gazetteer knows keeps its reading ("Newport News").

import { cap, PLACE_GAZ, surnameLike, type SpanTypeRule } from './span-rule.js';
import { tagSpan } from './tagger.js';
import { FOREIGN_ARTICLES, OUTLET_HEADS, OUTLET_VERBS } from './words.js';

/** The span rules that make news outlets. */
export const SPAN_OUTLET_RULES: readonly SpanTypeRule[] = [
  {
    id: 'outlet-head-name',
    types: ['LOC'],
    reason: 'a name of two or more capitalised words that ends in an outlet\'s head word ("News", "Times", "Herald", "Gazette") and that the tagger read as a place is a publication: no town\'s name ends in one but those the gazetteer knows ("Newport News")',
    example: 'She wrote in an opinion piece in Tarvik News that rents had doubled.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from < 2 || !OUTLET_HEADS.has(toks[s.to - 1]!.text) || PLACE_GAZ.test(prep.gaz[s.from] ?? '')) return undefined;
      return tagSpan(s.from, s.to, 'ORG');
    },
  },
  {
    id: 'outlet-head-joined',
    reason: 'an outlet\'s head word the tagger typed apart right after a name ("Nunatsiaq | News", "Tarvik | Herald") closes that name: a publication, whatever the tagger typed the first part',
    example: 'Its president wrote in Nunatsiaq News that children were doing homework in bathrooms.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const next = spans[k + 1];
      if (!next || next.from !== s.to || next.to - next.from !== 1 || !OUTLET_HEADS.has(toks[next.from]!.text) || toks[next.from]!.sentence !== toks[s.from]!.sentence) return undefined;
      if (!cap(toks[s.to - 1]) || PLACE_GAZ.test(prep.gaz[s.from] ?? '')) return undefined;
      return tagSpan(s.from, next.to, 'ORG');
    },
  },
  {
    id: 'foreign-article-outlet',
    types: ['PER'],
    reason: 'a name of two or three words the tagger read as a person, opened by a definite article of French, Spanish, Italian or German ("Les", "El", "Die") and a word that is no English word, the subject of a verb of reporting ("reported", "quoted", "cited"), is a publication kept untranslated ("Les Échos", "El Periódico"), no person',
    example: 'El Faro reported that the talks had stalled.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from < 2 || s.to - s.from > 3 || !cap(toks[s.from]) || !FOREIGN_ARTICLES.has(prep.lower[s.from]!) || !surnameLike(prep.lower[s.from + 1]!)) return undefined;
      const verb = toks[s.to];
      return verb && verb.sentence === toks[s.from]!.sentence && OUTLET_VERBS.has(prep.lower[s.to]!) ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
];
