// Stage 2, named entities: a name the tagger read as a person that the article itself shows to be a
// company by what its sentence says of it — taken up next by "the company" or "the carmaker", owning
// an "its" after its verb, reporting a loss or cutting jobs, being "the biggest lender" or set off as
// "X, a Danish shipping company," ("Norrvik Fastigheter said it would cut 200 jobs at its plant. The
// company said …"). Only a name that no given name opens and no known person's surname ends, the
// subject of its verb or the head of an appositive: "Mary Barra said the company …" keeps Mary Barra a
// person. Rules in COMPANY_SUBJECT_RULES; words in data/lexicon/entity-words.json.

import type { TextLayer } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { givenNameClass } from './given-names.js';
import { isTableSurname } from './wikidata.js';
import { lowerJoin, type Cand } from './candidate.js';
import type { Prepared } from './tagger.js';
import homonymWords from '../../../data/lexicon/homonyms.json' with { type: 'json' };
import { ARTICLES, BROAD_COMPANY_NOUNS, COMPANY_HEADS, QUALIFIED_HEADS, COMPANY_NOUNS, COMPANY_NOUNS_ALSO_PEOPLE, PERSON_JOB_COMPANY_NOUNS, COMPANY_RESULT_NOUNS, COMPANY_RESULT_VERBS, PERSON_PRONOUNS, SUBJECT_STOP_PRONOUNS } from './words.js';

/** What a company-subject rule sees: the article, its candidates, the name and the verb after it. */
export interface SubjectView {
  layer: TextLayer;
  prep: Prepared;
  cands: readonly Cand[];
  c: Cand;
  /** The token right after the name: its verb, or the comma before an appositive. */
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

const SPEECH_VERBS: ReadonlySet<string> = new Set(homonymWords.speechVerbs.words);

/** Is token i a verb (or auxiliary)? */
const verbAt = (v: SubjectView, i: number): boolean => v.layer.tokens[i]?.pos === 'VERB' || v.layer.tokens[i]?.pos === 'AUX';

/**
 * The first token after the name's verb that `hit` accepts, before any singular common noun (which may
 * be what a pronoun refers to: "said the council would cut its budget"; not one before "of its", a part
 * of what the "its" owns: "the wireless portion of its business", nor a channel's noun right after the
 * verb: "said in a statement that it …"), any other actor, any personal
 * pronoun or a quotation mark; else -1.
 */
function ownPronoun(v: SubjectView, hit: (i: number) => boolean): number {
  const { layer, prep, cands } = v;
  for (const i of afterVerb(v)) {
    if (hit(i)) return i;
    const t = layer.tokens[i]!;
    const w = prep.lower[i]!;
    if (PERSON_PRONOUNS.has(w) || SUBJECT_STOP_PRONOUNS.has(w) || t.text === '"' || t.text === '“' || cands.some((o) => o.from === i && o.type !== 'Place')) return -1;
    // (Nor the noun of a channel right after the verb, "said in a statement that it would cut …": no referent of "it".)
    const channel = i === v.verb + 3 && prep.lower[v.verb + 1] === 'in' && (ARTICLES.has(prep.lower[v.verb + 2]!) || prep.lower[v.verb + 2] === 'its');
    if (t.pos === 'NOUN' && t.lemma === t.lower && !channel && !(prep.lower[i + 1] === 'of' && prep.lower[i + 2] === 'its')) return -1;
  }
  return -1;
}

/** Does a verb of a company's results, reached from token `from` over auxiliaries and "to" ("has cut", "plans to shed"), take a loss, a profit, earnings or jobs within four words? */
function resultFrom(v: SubjectView, from: number): boolean {
  const toks = v.layer.tokens;
  const lower = v.prep.lower;
  let verb = from;
  while (verb < from + 3 && !COMPANY_RESULT_VERBS.has(lower[verb]!) && toks[verb + 1]?.sentence === toks[verb]!.sentence && /^(VERB|AUX|PART)$/.test(toks[verb + 1]!.pos)) verb++;
  if (!COMPANY_RESULT_VERBS.has(lower[verb]!)) return false;
  for (let i = verb + 1; i <= verb + 4 && i < toks.length && toks[i]!.sentence === toks[verb]!.sentence; i++) if (COMPANY_RESULT_NOUNS.has(lower[i]!)) return true;
  return false;
}

/**
 * Does a phrase opened by an article at token `at` have a company noun for its head, after at most
 * five modifiers ("the world's most profitable airline", "a Danish shipping company")? Not a noun
 * before another ("a company spokesman", "the bank's chief"), nor one that also describes a person
 * ("a publisher", "a crane operator").
 */
function companyPhraseAt(v: SubjectView, at: number): boolean {
  const { layer, prep } = v;
  const toks = layer.tokens;
  if (!ARTICLES.has(prep.lower[at] ?? '')) return false;
  for (let i = at + 1; i <= at + 6 && i < toks.length && toks[i]!.sentence === toks[at]!.sentence; i++) {
    const w = prep.lower[i]!;
    if (COMPANY_NOUNS.has(w) && !prep.cap[i]) {
      const after = toks[i + 1];
      const heads = !after || after.sentence !== toks[i]!.sentence || !(after.pos === 'NOUN' || after.pos === 'PROPN' || after.text === "'s" || after.text === '’s');
      return heads && !PERSON_JOB_COMPANY_NOUNS.has(w) && !COMPANY_NOUNS_ALSO_PEOPLE.has(w);
    }
    // (Modifiers only, a participle among them: "a Danish shipping company", "a family-owned retailer".)
    const participle = toks[i]!.pos === 'VERB' && /(?:ing|ed)$/.test(w);
    if ((!participle && !/^(ADJ|ADV|NOUN|NUM|PART|PUNCT|PROPN)$/.test(toks[i]!.pos)) || w === ',') return false;
  }
  return false;
}

export const COMPANY_SUBJECT_RULES: readonly CompanySubjectRule[] = [
  {
    id: 'taken-up-by-company-noun',
    reason: 'a name of two words or more opening its sentence as the subject, or a closing report\'s subject after a comma ("…, X confirmed"), then "the company", "the carmaker" or "the lender" as a verb\'s subject within two sentences, with no other actor and no "he" or "she" between: the article calls the name a company (a person is taken up by "he", "she" or the surname)',
    example: 'Orvalle Dantec opened a plant in Lyon. The carmaker said it would hire 300 people.',
    applies: (v) => verbAt(v, v.verb) && v.c.to - v.c.from > 1 && (v.prep.first[v.c.from]! || v.layer.tokens[v.c.from - 1]?.text === ',') && companyNounTakesUp(v.layer, v.prep, v.cands, v.c, true),
  },
  {
    id: 'own-its-after-verb',
    reason: 'an "its" after the name\'s verb in its sentence, before any common noun in the singular, any other actor and any personal pronoun, is the name\'s own: a person\'s is "his" or "her"',
    example: 'Brekkvold Tarsen said it would close its plant in Leeds.',
    applies: (v) => verbAt(v, v.verb) && ownPronoun(v, (i) => v.prep.lower[i] === 'its') >= 0,
  },
  {
    id: 'company-result-object',
    reason: 'a name whose verb, or the verb its auxiliaries and "to" lead to ("plans to cut"), or that of an "it" after its verb that stands for it ("said it would cut"), is one of a company\'s results or staffing ("reported", "posted", "cut", "shed") with a loss, a profit, earnings or jobs as its object, within four words, is a company',
    example: 'Kallverk Marin said on Monday it would cut 400 jobs in Norway.',
    applies: (v) => verbAt(v, v.verb) && (resultFrom(v, v.verb) || ownPronoun(v, (i) => v.prep.lower[i] === 'it' && resultFrom(v, i + 1)) >= 0),
  },
  {
    id: 'said-it-company-word',
    reason: 'a name of two words or more closed by a word that ends the names of airlines, railways, broadcasters and companies ("Air", "Airways", "Express", "Radio"; qualifiedHeads, companyHeads), then a verb of speech and "it" as the subject of the reported clause ("said it was cooperating"), is a company: "it" stands for the speaker, who is no person',
    example: 'Kestrel Air said it had grounded two planes.',
    applies: (v) => {
      const { prep, c, verb } = v;
      const last = prep.lower[c.to - 1]!;
      const after = v.layer.tokens[verb + 2];
      return c.to - c.from > 1 && (QUALIFIED_HEADS.has(last) || COMPANY_HEADS.has(last)) && SPEECH_VERBS.has(prep.lower[verb]!) && prep.lower[verb + 1] === 'it' && !!after && (after.pos === 'VERB' || after.pos === 'AUX');
    },
  },
  {
    id: 'copular-company-noun',
    reason: 'a name that "is" or "was" a company noun heading its phrase ("is the world\'s largest airline", "was a family-owned retailer") is a company; not a noun that also describes a person ("is a publisher"), nor the noun before another ("is the company\'s chief", "is a bank manager")',
    example: 'Torvane Lundqvik is the biggest lender in Iceland.',
    applies: (v) => v.layer.tokens[v.verb]!.lemma === 'be' && verbAt(v, v.verb) && companyPhraseAt(v, v.verb + 1),
  },
  {
    id: 'appositive-company-noun',
    reason: 'a name set off by a comma and a phrase that a company noun heads ("X, the Swedish property group,", "X, a Danish shipping company,") is that company; not a company\'s person ("X, a company spokesman,", "X, the bank\'s chief economist,")',
    example: 'Velmor Tansk, a Danish shipping company, said it would buy two ships.',
    applies: (v) => v.prep.lower[v.verb] === ',' && companyPhraseAt(v, v.verb + 1),
  },
];

/**
 * The token of the verb right after name c when c may be a company the tagger read as a person, else
 * -1: c is no gazetteer entry, no given name opens it and no known person's surname ends it (a name of
 * one word is no English word either, and no part of a person's full name in the article), nothing
 * but the sentence's start, a comma or an adverb stands before it, and a verb or a comma follows it.
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
  return next && next.sentence === sentence && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',') ? c.to : -1;
}

/** Does the article show person-typed name c to be a company by a rule of COMPANY_SUBJECT_RULES? */
export function companySubject(layer: TextLayer, prep: Prepared, cands: readonly Cand[], c: Cand): boolean {
  const verb = unknownSubjectVerb(layer, prep, cands, c);
  if (verb < 0) return false;
  const v: SubjectView = { layer, prep, cands, c, verb };
  return COMPANY_SUBJECT_RULES.some((r) => r.applies(v));
}
