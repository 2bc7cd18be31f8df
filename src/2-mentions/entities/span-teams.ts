// Stage 2, named entities, part of the span rules (span-persons.ts lists them after its own): a name
// the tagger read as one person that is the subject of a plural verb ("Dunmore United have sacked their
// manager", "Harbour City are top") names a team or organisation, as British usage makes them plural.

import { isCommonGivenName } from './given-names.js';
import { cap, type SpanTypeRule } from './span-rule.js';
import { tagSpan } from './tagger.js';
import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };

/** Plural finite verbs right after a subject ("have", "are", "were"). */
const PLURAL_VERBS: ReadonlySet<string> = new Set(words.pluralSubjectVerbs);

export const SPAN_TEAM_RULES: readonly SpanTypeRule[] = [
  {
    id: 'plural-verb-team',
    reason: 'a single person never takes a plural verb: a name typed as a person (one word too: "Arsenal have rejected a bid") that opens its sentence or clause and is followed right away by "have", "are" or "were" ("Dunmore United have …") is a team or organisation, as British usage makes them plural; not a name in a list ("X and Y have"), after "of" or a preposition ("the parents of Ann Lee have"), nor a family ("the Lockwoods are"), nor one a common given name opens',
    example: 'Kestrel Athletic have sacked their manager after eight defeats.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const sentence = toks[s.from]!.sentence;
      if (s.type !== 'PER' || toks[s.to]?.sentence !== sentence || !PLURAL_VERBS.has(prep.lower[s.to]!)) return undefined;
      // (The name opens its sentence, or a clause after a comma or colon: not "Smith and | Ann Lee are", "parents of | Ann Lee are".)
      const before = toks[s.from - 1];
      if (before && before.sentence === sentence && before.text !== ',' && before.text !== ':') return undefined;
      // ("Ann Lee, Tom Brown | and Mary Jones have": a list that ends later; "John Smith are" has no given name in a team.)
      if (!toks.slice(s.from, s.to).every((t) => cap(t)) || isCommonGivenName(prep.lower[s.from]!)) return undefined;
      return tagSpan(s.from, s.to, 'ORG');
    },
  },
];
