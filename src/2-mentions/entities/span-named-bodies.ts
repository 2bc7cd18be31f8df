// Stage 2, named entities, part of the span rules (span-joins.ts runs them after the organisation
// rules): organisation names the tagger cut where a common word or "and" stands inside them — a
// utility's pair of services ("Zia Power | and | Light"), a journal's name with "and" ("the journal
// Age | and | Ageing"), a place or a name before common words read as a person ("Gulf | Cargo Link") and a
// nationality before a body's head word and its "of" phrase ("Costa Rican | Chamber of | Restaurants"), a
// head word and "of" left out before the name ("the Chamber of | Real Estate");
// and an office-holder's body ("the Comptroller General | 's Office"), rule titled-office-body, which
// span-organisations.ts runs in its own table.
// Words in data/lexicon/entity-words.json (utilityWords, journalNouns, organisationOfHeads, officeHolderBodies).

import { isLexicalWord } from '../../1-text/wink-model.js';
import { titleHeads, titleModifiers } from './gazetteer.js';
import { givenNameClass } from './given-names.js';
import { isBody } from './government.js';
import { COMPANY_HEADS, FUNCTION_WORDS, JOURNAL_NOUNS, LEGAL_FORMS, NAME_CONNECTORS, OFFICE_HOLDER_BODIES, ORGANISATION_OF_HEADS, ORGANISATION_TAIL_OPENERS, UTILITY_WORDS } from './words.js';
import { commonCapital } from './span-connectors.js';
import { cap, oneSpaceBetween, organisationTailEnd, spanAt, type SpanTypeRule, type SpanView } from './span-rule.js';
import type { Token } from '../../types.js';
import type { Prepared, TagSpan } from './tagger.js';

/** Token i is a capitalised English word ("Cargo", "Chamber"): no given name, no title, in no gazetteer entry, in token i's sentence. */
function commonWord(v: SpanView, i: number, sentence: number): boolean {
  const t = v.toks[i];
  if (!t || t.sentence !== sentence || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || v.prep.gaz[i] || v.prep.headline[i]) return false;
  const w = v.prep.lower[i]!;
  return isLexicalWord(w) && givenNameClass(w) === 0 && !titleHeads.has(w) && !titleModifiers.has(w);
}

/** Span s opens with a whole gazetteer entry for a country or its adjective, and holds nothing more ("Costa Rican", "Kenya"). */
function nationOnly(v: SpanView, s: TagSpan): boolean {
  const kind = /^B-(country|demonym)$/.exec(v.prep.gaz[s.from] ?? '')?.[1];
  if (!kind) return false;
  for (let i = s.from + 1; i < s.to; i++) if (v.prep.gaz[i] !== `I-${kind}`) return false;
  return v.prep.gaz[s.to] !== `I-${kind}`;
}

/**
 * The end of the name span k starts when "and" or "&" and capitalised words follow it ("Power | and
 * Light"), else -1: with `words`, its last word and the one word after "and" are both of them and no
 * capitalised word follows; else one to `most` capitalised words one space apart, no span running past them.
 */
function pairEnd(v: SpanView, words: ReadonlySet<string> | null, most = 1): number {
  const { toks, prep, spans, k } = v;
  const s = spans[k]!;
  const and = s.to;
  const second = and + 1;
  const sentence = toks[s.from]!.sentence;
  const capital = (i: number) => cap(toks[i]) && toks[i]!.sentence === sentence;
  if ((prep.lower[and] !== 'and' && prep.lower[and] !== '&') || !capital(second)) return -1;
  if (words && (!words.has(prep.lower[s.to - 1]!) || !words.has(prep.lower[second]!))) return -1;
  let end = second + 1;
  while (end - second < most && capital(end) && oneSpaceBetween(v, toks[end - 1]!, toks[end]!)) end++;
  // (A utility's pair may end in a company's word or legal form: "Gas and Electric Company".)
  if (words && capital(end) && (COMPANY_HEADS.has(prep.lower[end]!) || LEGAL_FORMS.has(toks[end]!.text)) && oneSpaceBetween(v, toks[end - 1]!, toks[end]!)) end++;
  // (No capitalised word after it, and no span running past it.)
  if (capital(end)) return -1;
  for (let i = second; i < end; i++) if ((spanAt(spans, i)?.to ?? end) > end || (spanAt(spans, i)?.from ?? second) < second) return -1;
  return oneSpaceBetween(v, toks[and - 1]!, toks[and]!) && oneSpaceBetween(v, toks[and]!, toks[second]!) ? end : -1;
}

/**
 * "the Attorney-General's | Chambers", "the Prime Minister's | Office": the first token of a
 * capitalised title (title heads and modifiers, hyphenated or not) written before the "'s" at p, or -1
 * when no title head stands there.
 */
function titleBeforePossessive(toks: readonly Token[], prep: Prepared, p: number): number {
  let from = p;
  let head = false;
  const titleWord = (i: number) => cap(toks[i]) && !FUNCTION_WORDS.has(prep.lower[i]!) && (titleHeads.has(prep.lower[i]!) || titleModifiers.has(prep.lower[i]!));
  while (from > 0 && toks[from - 1]!.sentence === toks[p]!.sentence) {
    if (titleWord(from - 1)) head ||= titleHeads.has(prep.lower[from - 1]!);
    // (A hyphen written between two title words: "Attorney-General", "Secretary-General".)
    else if (!(toks[from - 1]!.text === '-' && titleWord(from - 2) && toks[from - 2]!.end === toks[from - 1]!.start && toks[from - 1]!.end === toks[from]!.start)) break;
    from--;
  }
  // ("General" after an office's noun, as adjectives stand after it: "the Comptroller | General's Office", "the Accountant | General's Office".)
  const office = from - 1;
  if (head && toks[from]?.lower === 'general' && office >= 0 && /^\p{Lu}\p{Ll}+$/u.test(toks[office]!.text) && !FUNCTION_WORDS.has(prep.lower[office]!) && !prep.gaz[office] && toks[office]!.sentence === toks[p]!.sentence && toks[office]!.end + 1 === toks[from]!.start) from = office;
  return head && from < p ? from : -1;
}

/** Is the word a possessive's "'s" (either apostrophe)? */
const isPossessive = (lower: string | undefined): boolean => lower === "'s" || lower === '’s';

/** The rule titled-office-body (span-organisations.ts puts it in its table, where it stood). */
export const TITLED_OFFICE_BODY: SpanTypeRule = {
  id: 'titled-office-body',
  reason: 'a capitalised title, "\'s" and a word for an office-holder\'s staff or rooms ("Office", "Chambers", "Department") name one public body ("the Prime Minister\'s Office", "the Attorney-General\'s Chambers", "the Accountant General\'s Office", with the noun "General" follows): the tagger reads the last word alone, or with "\'s", as a person or a body, or the title as a name of its own',
  example: "The Solicitor General's Office said it would appeal.",
  apply: ({ toks, prep, spans, k }) => {
    const s = spans[k]!;
    // (The title, or its first word, in a span of its own before "'s" and the body's word: "the Comptroller General | 's Office", "the Comptroller | General's Office".)
    let q = s.to;
    while (q < s.to + 2 && cap(toks[q]) && (titleHeads.has(prep.lower[q]!) || titleModifiers.has(prep.lower[q]!))) q++;
    const body = toks[q + 1];
    if (isPossessive(prep.lower[q]) && body && cap(body) && OFFICE_HOLDER_BODIES.has(body.lower)) {
      const from = titleBeforePossessive(toks, prep, q);
      return from >= 0 && from < s.to && (k === 0 || spans[k - 1]!.to <= from) ? { from: Math.min(from, s.from), to: q + 2, type: 'ORG' } : undefined;
    }
    const last = prep.lower[s.to - 1]!;
    if (!OFFICE_HOLDER_BODIES.has(last) || !cap(toks[s.to - 1])) return undefined;
    // (The span holds the body's word alone, or "'s" and the word.)
    const p = s.to - 2;
    if ((prep.lower[p] !== "'s" && prep.lower[p] !== '’s') || p < s.from - 1 || (k > 0 && spans[k - 1]!.to > p - 1)) return undefined;
    const from = titleBeforePossessive(toks, prep, p);
    return from < 0 ? undefined : { from, to: s.to, type: 'ORG' };
  },
};

export const SPAN_NAMED_BODY_RULES: readonly SpanTypeRule[] = [
  {
    id: 'head-of-before-name',
    types: ['PER', 'ORG', 'MISC'],
    reason: 'a body\'s capitalised head word in no name ("Chamber", "Federation"), "of" and a name right after it that the tagger read alone ("the Chamber of | Real Estate", "the Federation of | Harbour Pilots"), or after one more capitalised field and "and" ("the Chamber of Mines and | Energy"), are one organisation: the tagger leaves the head word out; not after a capitalised word, where the head is a piece of a longer name, nor before a place\'s name ("the University of | Leeds" stays for the place rules)',
    example: 'The Chamber of Real Estate said a cap would drive investors away.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // (A field and "and" may stand between "of" and the span: "Chamber of Mines and | Energy".)
      const field = prep.lower[s.from - 1] === 'and' && commonWord(v, s.from - 2, toks[s.from]!.sentence) && !spanAt(spans, s.from - 2) ? 2 : 0;
      const head = s.from - 2 - field;
      if (head < 0 || prep.lower[head + 1] !== 'of' || !ORGANISATION_OF_HEADS.has(prep.lower[head]!)) return undefined;
      const sentence = toks[s.from]!.sentence;
      if (!commonWord(v, head, sentence) || (k > 0 && spans[k - 1]!.to > head) || isBody(prep.lower, head, s.to)) return undefined;
      // (Not a piece of a longer name: after a capitalised word — "Harlow Chamber of | Commerce" is another rule's.)
      const before = toks[head - 1];
      if (before && before.sentence === sentence && cap(before) && !FUNCTION_WORDS.has(before.lower)) return undefined;
      for (let i = head; i < s.from; i++) if (!oneSpaceBetween(v, toks[i]!, toks[i + 1]!)) return undefined;
      return { from: head, to: s.to, type: 'ORG' };
    },
  },
  {
    id: 'utility-pair-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a name whose last word is a utility\'s service ("Power", "Gas", "Water"), "and" or "&", and another service ("Light", "Electric"), perhaps with a company\'s word or legal form after it, name one utility company ("Zia Power and Light", "Mesa Gas and Electric Company"): the tagger cuts it at "and" and reads the pieces as people',
    example: 'Harlow Power and Light said on Monday that rates would rise.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      if (!cap(v.toks[s.to - 1])) return undefined;
      const end = pairEnd(v, UTILITY_WORDS);
      return end < 0 ? undefined : { from: s.from, to: end, type: 'ORG' };
    },
  },
  {
    id: 'journal-and-name',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'after "journal", a name, "and" and one to three more capitalised words are one journal\'s name ("the journal Age and Ageing", "the journal Science and Public Policy"): the tagger reads two names',
    example: 'The study was published in the journal Sleep and Memory on Tuesday.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      if (!JOURNAL_NOUNS.has(v.prep.lower[s.from - 1] ?? '') || v.toks[s.from - 1]!.sentence !== v.toks[s.from]!.sentence) return undefined;
      const end = pairEnd(v, null, 3);
      return end < 0 ? undefined : { from: s.from, to: end, type: 'ORG' };
    },
  },
  {
    id: 'name-before-common-person',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'a one-word place, organisation or MISC name ("Gulf" read as a nationality) and, one space after it, two or three capitalised English words the tagger read as a person (no given name, no title) are one organisation\'s name ("Gulf | Cargo Link", "Oasis | Freight Link"): no person is named by common words; not after a capitalised word or a connector, where the place is a piece of a longer name ("the Test and | County | Cricket Board")',
    example: 'Gulf Cargo Link said on Monday that shipments would rise.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const [s, next] = [spans[k]!, spans[k + 1]];
      // (An organisation's or MISC word in title case: an acronym before a stage name is none — "Burton, AKA Danger Mouse".)
      if ((s.type !== 'LOC' && !((s.type === 'ORG' || s.type === 'MISC') && /^\p{Lu}\p{Ll}+$/u.test(toks[s.from]!.text))) || s.to - s.from !== 1 || !next || next.type !== 'PER' || next.from !== s.to || next.to - next.from < 2 || next.to - next.from > 3) return undefined;
      const sentence = toks[s.from]!.sentence;
      // (Not a piece of a longer name: after a capitalised word, or a connector after one — "the Test and | County | Cricket Board".)
      const before = toks[s.from - 1];
      const longer = (t: typeof before) => !!t && t.sentence === sentence && cap(t);
      if (longer(before) || (before && NAME_CONNECTORS.has(before.lower) && longer(toks[s.from - 2]))) return undefined;
      // (Nouns, adjectives or verbs' bare forms in no title-case headline: not "Republicans | Have Stake".)
      for (let i = next.from; i < next.to; i++) if (!commonWord(v, i, sentence) || !commonCapital(toks, v.prep, i)) return undefined;
      return oneSpaceBetween(v, toks[s.from]!, toks[next.from]!) ? { from: s.from, to: next.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'nation-before-body-of',
    types: ['LOC', 'MISC'],
    reason: 'a country\'s name or adjective, one or two capitalised English words in no name, the last a body\'s head word ("Chamber", "Association"), and its capitalised "of/for" phrase are one organisation ("the Costa Rican | Chamber of | Restaurants", "the Malawi | Association for | Retired Teachers"): the tagger leaves the head word out; a government body stays apart ("the Kenyan | Ministry of Health")',
    example: 'The Costa Rican Chamber of Restaurants said that sales fell.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      if (!nationOnly(v, s)) return undefined;
      const sentence = toks[s.from]!.sentence;
      let head = s.to;
      while (head < s.to + 2 && commonWord(v, head, sentence) && !spanAt(spans, head) && oneSpaceBetween(v, toks[head - 1]!, toks[head]!)) head++;
      if (head === s.to || !ORGANISATION_OF_HEADS.has(prep.lower[head - 1]!) || !ORGANISATION_TAIL_OPENERS.has(prep.lower[head] ?? '') || prep.lower[head] === 'on') return undefined;
      const end = organisationTailEnd(v, { from: s.from, to: head, type: 'ORG' });
      if (end < 0 || isBody(prep.lower, s.to, end)) return undefined;
      // (The phrase ends where a span ends, not inside one.)
      const last = spanAt(spans, end - 1);
      return !last || last.to === end ? { from: s.from, to: end, type: 'ORG' } : undefined;
    },
  },
];
