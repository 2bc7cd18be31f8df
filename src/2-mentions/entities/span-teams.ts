// Stage 2, named entities, part of the span rules (span-persons.ts lists them after its own): a name
// the tagger read as one person that is the subject of a plural verb ("Dunmore United have sacked their
// manager", "Harbour City are top") names a team or organisation, as British usage makes them plural;
// a city before a sports role and a person's name ("Verona coach Marco Bellini") names the town's club.

import { isCommonGivenName } from './given-names.js';
import { cap, type SpanTypeRule } from './span-rule.js';
import { tagSpan } from './tagger.js';
import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };

/** Plural finite verbs right after a subject ("have", "are", "were"). */
const PLURAL_VERBS: ReadonlySet<string> = new Set(words.pluralSubjectVerbs);
/** Lower-case sports roles a club's name stands before ("coach", "striker", "boss"). */
const TEAM_STAFF_TITLES: ReadonlySet<string> = new Set(words.teamStaffTitles);

export const SPAN_TEAM_RULES: readonly SpanTypeRule[] = [
  {
    id: 'plural-verb-team',
    types: ['PER'],
    reason: 'a single person never takes a plural verb: a name typed as a person (one word too: "Arsenal have rejected a bid") that opens its sentence or clause and is followed right away by "have", "are" or "were" ("Dunmore United have …") is a team or organisation, as British usage makes them plural; not a name in a list ("X and Y have"), after "of" or a preposition ("the parents of Ann Lee have"), nor a family ("the Lockwoods are"), nor one a common given name opens',
    example: 'Kestrel Athletic have sacked their manager after eight defeats.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const sentence = toks[s.from]!.sentence;
      if (toks[s.to]?.sentence !== sentence || !PLURAL_VERBS.has(prep.lower[s.to]!)) return undefined;
      // (The name opens its sentence, or a clause after a comma or colon: not "Smith and | Ann Lee are", "parents of | Ann Lee are".)
      const before = toks[s.from - 1];
      if (before && before.sentence === sentence && before.text !== ',' && before.text !== ':') return undefined;
      // ("Ann Lee, Tom Brown | and Mary Jones have": a list that ends later; "John Smith are" has no given name in a team.)
      if (!toks.slice(s.from, s.to).every((t) => cap(t)) || isCommonGivenName(prep.lower[s.from]!)) return undefined;
      return tagSpan(s.from, s.to, 'ORG');
    },
  },
  {
    id: 'town-club-before-staff',
    types: ['PER', 'LOC'],
    reason: 'a city the gazetteer knows, read as a place or a person, right before a lower-case sports role ("coach", "striker", "boss") and a person\'s name names the club that plays there, an organisation: a town employs no coach; a country before one stays a place (its national side is written as the country)',
    example: 'Verona striker Tom Avery was sent off in the second half.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const next = spans[k + 1];
      const role = toks[s.to];
      if (!role || !TEAM_STAFF_TITLES.has(role.text) || !next || next.type !== 'PER' || next.from !== s.to + 1) return undefined;
      // (The span is one whole gazetteer entry for a city or capital: "Verona", "Buenos Aires".)
      const kind = /^B-(city|capital)$/.exec(prep.gaz[s.from] ?? '')?.[1];
      if (!kind || (s.to - s.from > 1 && prep.gaz[s.to - 1] !== `I-${kind}`) || prep.gaz[s.to] === `I-${kind}`) return undefined;
      return role.sentence === toks[s.from]!.sentence && cap(toks[next.from]) ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
];
