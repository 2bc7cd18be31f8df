// Stage 2, named entities: a name the tagger read as a person that the article itself shows to be a
// company by what its sentence says of it — taken up next by "the company" or "the carmaker", owning
// an "its" after its verb, reporting a loss or cutting jobs ("Norrvik Fastigheter said it would cut
// 200 jobs at its plant. The company said …"). Only a name that no given name opens and no known
// person's surname ends, the subject of its verb: "Mary Barra said the company …" keeps Mary Barra a
// person. Rules in COMPANY_SUBJECT_RULES; words in data/lexicon/entity-words.json.

import type { TextLayer } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { givenNameClass } from './given-names.js';
import { isTableSurname } from './wikidata.js';
import { lowerJoin, type Cand } from './candidate.js';
import type { Prepared } from './tagger.js';
import { ARTICLES, BROAD_COMPANY_NOUNS, COMPANY_NOUNS, PERSON_JOB_COMPANY_NOUNS, COMPANY_RESULT_NOUNS, COMPANY_RESULT_VERBS, PERSON_PRONOUNS, SUBJECT_STOP_PRONOUNS } from './words.js';

/** What a company-subject rule sees: the article, its candidates, the name and the verb after it. */
export interface SubjectView {
  layer: TextLayer;
  prep: Prepared;
  cands: readonly Cand[];
  c: Cand;
  /** The token of the name's verb (right after the name). */
  verb: number;
}

/** One rule: an id, a one-line reason, an example, and whether the sentence shows the name to be a company. */
export interface CompanySubjectRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly applies: (v: SubjectView) => boolean;
}

/**
 * "Skyvane diverted a flight … The airline said": a definite company noun heading its phrase ("the
 * airline", "the German carmaker"; not "the group date", not "the company Quillon") within the two
 * sentences after the name's, with no other person or organisation named between and no "he" or
 * "her" (which take up a person); with `subject`, only a noun that a verb follows ("the company said",
 * not "the company's chief", who may be the name).
 */
export function companyNounTakesUp(layer: TextLayer, prep: Prepared, cands: readonly Cand[], c: Cand, subject = false): boolean {
  const toks = layer.tokens;
  const name = lowerJoin(toks, c.from, c.to);
  const last = toks[c.from]!.sentence + 2;
  for (let k = c.to; k + 1 < toks.length && toks[k]!.sentence <= last; k++) {
    if (PERSON_PRONOUNS.has(prep.lower[k]!) || cands.some((o) => o.from === k && o.type !== 'Place' && lowerJoin(toks, o.from, o.to) !== name)) return false;
    if (prep.lower[k] !== 'the') continue;
    let n = k + 1;
    while (n < k + 3 && n + 1 < toks.length && !COMPANY_NOUNS.has(prep.lower[n]!) && /^\p{L}+$/u.test(toks[n]!.text)) n++;
    const after = toks[n + 1];
    if (subject && !(after && after.sentence === toks[n]!.sentence && (after.pos === 'VERB' || after.pos === 'AUX'))) continue;
    if (COMPANY_NOUNS.has(prep.lower[n]!) && !BROAD_COMPANY_NOUNS.has(prep.lower[n]!) && !prep.cap[n] && !(after && after.sentence === toks[n]!.sentence && (prep.cap[n + 1] || after.pos === 'NOUN' || after.pos === 'PROPN'))) return true;
  }
  return false;
}

/** The tokens after the name's verb in its sentence, up to twelve. */
function* afterVerb(v: SubjectView): Generator<number> {
  const toks = v.layer.tokens;
  for (let i = v.verb + 1; i < toks.length && i <= v.verb + 12 && toks[i]!.sentence === toks[v.verb]!.sentence; i++) yield i;
}

export const COMPANY_SUBJECT_RULES: readonly CompanySubjectRule[] = [
  {
    id: 'taken-up-by-company-noun',
    reason: 'a name of two words or more opening its sentence as the subject, then "the company", "the carmaker" or "the lender" as a verb\'s subject within two sentences, with no other actor and no "he" or "she" between: the article calls the name a company (a person is taken up by "he", "she" or the surname)',
    example: 'Orvalle Dantec opened a plant in Lyon. The carmaker said it would hire 300 people.',
    applies: (v) => v.c.to - v.c.from > 1 && v.prep.first[v.c.from]! && companyNounTakesUp(v.layer, v.prep, v.cands, v.c, true),
  },
  {
    id: 'own-its-after-verb',
    reason: 'an "its" after the name\'s verb in its sentence, before any common noun in the singular, any other actor and any personal pronoun, is the name\'s own: a person\'s is "his" or "her"',
    example: 'Brekkvold Tarsen said it would close its plant in Leeds.',
    applies: (v) => {
      const { layer, prep, cands } = v;
      const toks = layer.tokens;
      for (const i of afterVerb(v)) {
        if (prep.lower[i] === 'its') return true;
        const t = toks[i]!;
        if (PERSON_PRONOUNS.has(prep.lower[i]!) || SUBJECT_STOP_PRONOUNS.has(prep.lower[i]!) || t.text === '"' || t.text === '“' || cands.some((o) => o.from === i && o.type !== 'Place')) return false;
        // (A singular noun may own the "its": "said the council would cut its budget"; not one before
        // "of its", which is a part of what the "its" owns: "the wireless portion of its business".)
        if (t.pos === 'NOUN' && t.lemma === t.lower && !(prep.lower[i + 1] === 'of' && prep.lower[i + 2] === 'its')) return false;
      }
      return false;
    },
  },
  {
    id: 'company-result-object',
    reason: 'a name whose verb, or the verb its auxiliaries and "to" lead to ("plans to cut"), is one of a company\'s results or staffing ("reported", "posted", "cut", "shed") with a loss, a profit, earnings or jobs as its object, within four words, is a company',
    example: 'Kallverk Marin plans to cut 400 jobs in Norway.',
    applies: (v) => {
      const toks = v.layer.tokens;
      let verb = v.verb;
      // (Over the verb chain: "has cut", "plans to shed", "will post".)
      while (verb < v.verb + 3 && !COMPANY_RESULT_VERBS.has(v.prep.lower[verb]!) && toks[verb + 1]?.sentence === toks[verb]!.sentence && /^(VERB|AUX|PART)$/.test(toks[verb + 1]!.pos)) verb++;
      if (!COMPANY_RESULT_VERBS.has(v.prep.lower[verb]!)) return false;
      for (let i = verb + 1; i <= verb + 4 && i < toks.length && toks[i]!.sentence === toks[verb]!.sentence; i++) if (COMPANY_RESULT_NOUNS.has(v.prep.lower[i]!)) return true;
      return false;
    },
  },
  {
    id: 'copular-company-noun',
    reason: 'a name that "is" or "was" a company noun heading its phrase ("is the world\'s largest airline", "was a family-owned retailer") is a company; not a trade a person has ("is a publisher"), nor the noun before another ("is the company\'s chief", "is a bank manager")',
    example: 'Torvane Lundqvik is the biggest lender in Iceland.',
    applies: (v) => {
      const { layer, prep, verb } = v;
      const toks = layer.tokens;
      if (toks[verb]!.lemma !== 'be' || !ARTICLES.has(prep.lower[verb + 1] ?? '')) return false;
      for (let i = verb + 2; i <= verb + 7 && i < toks.length && toks[i]!.sentence === toks[verb]!.sentence; i++) {
        const w = prep.lower[i]!;
        if (COMPANY_NOUNS.has(w) && !prep.cap[i]) {
          const after = toks[i + 1];
          const heads = !after || after.sentence !== toks[i]!.sentence || !(after.pos === 'NOUN' || after.pos === 'PROPN' || after.text === "'s" || after.text === '’s');
          return heads && !PERSON_JOB_COMPANY_NOUNS.has(w) && !BROAD_COMPANY_NOUNS.has(w);
        }
        if (!/^(ADJ|ADV|NOUN|NUM|PART|PUNCT)$/.test(toks[i]!.pos) || w === ',') return false;
      }
      return false;
    },
  },
];

/**
 * The token of the verb right after name c when c may be a company the tagger read as a person, else
 * -1: c is no gazetteer entry, no given name opens it and no known person's surname ends it (a name of
 * one word is no English word either, and no part of a person's full name in the article), nothing
 * but the sentence's start, a comma or an adverb stands before it, and a verb follows it.
 */
function unknownSubjectVerb(layer: TextLayer, prep: Prepared, cands: readonly Cand[], c: Cand): number {
  const toks = layer.tokens;
  if (c.gaz || c.kind !== 'name' || c.type !== 'Person' || prep.headline[c.from]) return -1;
  const first = prep.lower[c.from]!;
  const lastWord = prep.lower[c.to - 1]!;
  if (givenNameClass(first) !== 0 || isTableSurname(lastWord)) return -1;
  if (c.to - c.from === 1 && (isLexicalWord(first) || cands.some((o) => o.type === 'Person' && o.to - o.from > 1 && prep.lower.slice(o.from, o.to).includes(first)))) return -1;
  const sentence = toks[c.from]!.sentence;
  const prev = toks[c.from - 1];
  if (prev && prev.sentence === sentence && prev.text !== ',' && prev.pos !== 'ADV') return -1;
  const next = toks[c.to];
  return next && next.sentence === sentence && (next.pos === 'VERB' || next.pos === 'AUX') ? c.to : -1;
}

/** Does the article show person-typed name c to be a company by a rule of COMPANY_SUBJECT_RULES? */
export function companySubject(layer: TextLayer, prep: Prepared, cands: readonly Cand[], c: Cand): boolean {
  const verb = unknownSubjectVerb(layer, prep, cands, c);
  if (verb < 0) return false;
  const v: SubjectView = { layer, prep, cands, c, verb };
  return COMPANY_SUBJECT_RULES.some((r) => r.applies(v));
}
