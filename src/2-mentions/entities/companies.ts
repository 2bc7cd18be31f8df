// Stage 2, named entities: companies. Company evidence around a name ("shares of X", "carmaker X",
// "X's chief executive", a legal form) types it as an organisation everywhere in the article; the
// last word of an unknown organisation's name gives its subtype (company, party, media, body).

import type { TextLayer } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import grammar from '../../../data/lexicon/grammar.json' with { type: 'json' };
import { givenNameClass, isCommonGivenName } from './given-names.js';
import { isTableSurname } from './wikidata.js';
import { cand, lowerJoin, prefixIndex, type Cand } from './candidate.js';
import { companyNounTakesUp, companySubject } from './company-subjects.js';
import type { Prepared } from './tagger.js';
import { GROUP_REFLEXIVES, NAMED_GROUP_NOUNS, NAMING_PARTICIPLES, SELF_NAMING_VERBS, FILING_NOUNS, FILING_VERBS, COMPANY_CHIEF_ROLES, COMPANY_NOUNS, COMPANY_OWNED, COMPANY_SHARES_AFTER, COMPANY_STAKE_NOUNS, COMPANY_SUFFIXES, MEDIA_NOUNS_AFTER, MEDIA_NOUNS_BEFORE, OFFICER_TITLES_AFTER_NAME, ORGANISATION_SUBTYPE_HEADS, PERSON_JOB_COMPANY_NOUNS, ROLE_BREAK_WORDS } from './words.js';

/** Finer type of an organisation not in the gazetteer, from its last word. */
export function orgSubtype(name: string): string | undefined {
  const last = name.split(/\s+/).at(-1)?.toLowerCase().replace(/\.$/, '') ?? '';
  for (const [subtype, heads] of ORGANISATION_SUBTYPE_HEADS) if (heads.has(last)) return subtype;
  return undefined;
}

/**
 * Companies the tagger took for people or places ("Chrysler said", "shares of Ryanair"): a name with
 * company evidence around it (a company suffix, "shares of X", "carmaker X", "X's chief executive",
 * "X shares") is an organisation, and so is every other mention of that name in the article, unless
 * the name is also part of a person's full name there ("Henry Ford" beside "Ford").
 */
export function companyEvidence(layer: TextLayer, prep: Prepared, cands: Cand[]): void {
  const toks = layer.tokens;
  const firms = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'name' || (c.gaz && c.gaz.type !== 'Organization')) continue;
    const evidence = companyContext(layer, prep, c.from, c.to) || takenUpAsCompany(layer, prep, cands, c) || companySubject(layer, prep, cands, c);
    if (c.type !== 'Organization' && !evidence) continue;
    if (c.type !== 'Organization' || evidence) firms.add(lowerJoin(toks, c.from, c.to));
    c.type = 'Organization';
  }
  if (!firms.size) return;
  const personWords = new Set(cands.filter((c) => c.type === 'Person' && c.to - c.from > 1).flatMap((c) => lowerJoin(toks, c.from, c.to).split(' ')));
  const firmPrefixes = prefixIndex([...firms]);
  for (const c of cands) {
    if (c.type === 'Organization' || c.kind !== 'name' || c.gaz) continue;
    const n = lowerJoin(toks, c.from, c.to);
    if (c.to - c.from === 1 && personWords.has(n)) continue;
    if (firms.has(n) || firmPrefixes.has(n)) c.type = 'Organization';
  }
}

/** Is there company evidence around tokens [from, to): a company suffix, "shares of X", "carmaker X", "the company, X,", "the newspaper X", "X's chief executive", "X shares", "the X newspaper", "X said in a filing"? */
export function companyContext(layer: TextLayer, prep: Prepared, from: number, to: number): boolean {
  const toks = layer.tokens;
  const lower = prep.lower;
  const sentence = toks[from]!.sentence;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k]!.sentence === sentence ? lower[k]! : '');
  const prev = at(from - 1);
  const prev2 = at(from - 2);
  const next = at(to);
  const next2 = at(to + 1);
  return (
    (to - from > 1 && COMPANY_SUFFIXES.has(toks[to - 1]!.text)) ||
    ((prev === 'of' || prev === 'in') && COMPANY_STAKE_NOUNS.has(prev2)) ||
    ((COMPANY_NOUNS.has(prev) || MEDIA_NOUNS_BEFORE.has(prev)) && from > 0 && !prep.cap[from - 1] && !tradeBeforePerson(prep, prev, from, to)) ||
    // ("the company, Evergreen Living, said": a name set off by commas after a company's noun; not
    // after "a lawyer for the firm, Daniel Phiri,", where the name is the lawyer's.)
    // (Nor after a trade that is a person's too: "A property developer, Faisal Murad, said" is a person.)
    (prev === ',' && next === ',' && COMPANY_NOUNS.has(prev2) && from > 1 && !prep.cap[from - 2] && !ROLE_BREAK_WORDS.has(at(from - 4)) && !ROLE_BREAK_WORDS.has(at(from - 3)) && !tradeBeforePerson(prep, prev2, from, to, introducedByA(at, from - 3))) ||
    (MEDIA_NOUNS_AFTER.has(next) && !prep.cap[to]) ||
    ((next === "'s" || next === '’s') && ((COMPANY_OWNED.has(next2) && next2 !== 'chief' && next2 !== 'chairman') || (next2 === 'chief' && COMPANY_CHIEF_ROLES.has(at(to + 2))))) ||
    COMPANY_SHARES_AFTER.has(next) ||
    (FILING_VERBS.has(next) && next2 === 'in' && (FILING_NOUNS.has(at(to + 3)) || FILING_NOUNS.has(at(to + 4)))) ||
    officerTitleAfter(layer, prep, to)
  );
}

/**
 * "FactWatch Executive Director Ann Roe", "Tessaro CEO Marco Bellini": an officer's title of one or two
 * capitalised words (entity-words.json officerTitlesAfterName) right after the name at `to` and a
 * capitalised name after the title, in one sentence.
 */
function officerTitleAfter(layer: TextLayer, prep: Prepared, to: number): boolean {
  const toks = layer.tokens;
  const sentence = toks[to - 1]!.sentence;
  const capital = (k: number) => k < toks.length && toks[k]!.sentence === sentence && prep.cap[k]!;
  if (!capital(to)) return false;
  const len = OFFICER_TITLES_AFTER_NAME.has(prep.lower[to]!) ? 1 : capital(to + 1) && OFFICER_TITLES_AFTER_NAME.has(`${prep.lower[to]} ${prep.lower[to + 1]}`) ? 2 : 0;
  return len > 0 && capital(to + len) && /^\p{Lu}\p{Ll}/u.test(toks[to + len]!.text);
}

/**
 * "broadcaster Miriam Foyle", "publisher Daniel Rourke": a company noun that is also a person's trade
 * (entity-words.json personJobCompanyNouns) before a common given name and one or two capitalised
 * words ending in no English word (not "publisher Penguin Books") names the person's job.
 */
function tradeBeforePerson(prep: Prepared, noun: string, from: number, to: number, introduced = false): boolean {
  const last = prep.lower[to - 1]!;
  // ("a developer, Faisal Murad,": after "a" and the trade, a given name of any frequency opens a person's name.)
  const given = introduced ? givenNameClass(prep.lower[from]!) !== 0 : isCommonGivenName(prep.lower[from]!);
  return PERSON_JOB_COMPANY_NOUNS.has(noun) && to - from >= 2 && to - from <= 3 && given && prep.cap[to - 1]! && !isLexicalWord(last) && !(last.endsWith('s') && isLexicalWord(last.slice(0, -1)));
}

/** Does "a" or "an" open the trade's phrase that ends at `k` ("a developer", "a property developer"), three words back at most? */
function introducedByA(at: (k: number) => string, k: number): boolean {
  for (let j = k; j >= k - 2; j--) {
    const w = at(j);
    if (INDEFINITE_ARTICLES.has(w)) return true;
    if (!/^\p{Ll}+$/u.test(w)) return false;
  }
  return false;
}

/** "a", "an" (grammar.json indefiniteArticles). */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(grammar.lists.indefiniteArticles.words);

/** An untagged or lone capitalised word that is no English word, no common given name and no known person's surname ("Ryanair", not "Apple", "The", "Demi" or "Obama") opening its sentence before a verb. */
function loneNameOpening(layer: TextLayer, prep: Prepared, from: number, to: number): boolean {
  const toks = layer.tokens;
  const word = toks[from]!;
  const next = toks[to];
  return to - from === 1 && prep.first[from]! && !prep.headline[from] && !prep.gaz[from] && /^\p{Lu}\p{L}*\p{Ll}\p{L}*$/u.test(word.text) && !isLexicalWord(word.lower) && !isCommonGivenName(word.lower) && !isTableSurname(word.lower) && next !== undefined && next.sentence === word.sentence && (next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * "Ryanair diverted a flight … The airline said …": a lone word naming the subject of its sentence,
 * taken up within the next two sentences by a definite company noun ("the airline", "the German
 * carmaker") with no other person or organisation named between, names that company. (People are introduced by full name;
 * a company by its one name, then "the company".)
 */
function takenUpAsCompany(layer: TextLayer, prep: Prepared, cands: Cand[], c: Cand): boolean {
  if (c.gaz || !loneNameOpening(layer, prep, c.from, c.to)) return false;
  const name = prep.lower[c.from]!;
  // (A surname the article gives a person in full is that person's: "Tony Podesta … Podesta said … the firm".)
  if (cands.some((o) => o.type === 'Person' && o.to - o.from > 1 && prep.lower.slice(o.from, o.to).includes(name))) return false;
  return companyNounTakesUp(layer, prep, cands, c);
}

/** Sentence-opening lone names the tagger left out that a definite company noun takes up next ("Ryanair diverted … The airline said"): organisations. */
export function addUntaggedCompanies(layer: TextLayer, prep: Prepared, covered: Uint8Array, cands: Cand[]): void {
  const toks = layer.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || !prep.first[i]) continue;
    const c = cand(i, i + 1, 'Organization', 'name', undefined);
    if (takenUpAsCompany(layer, prep, cands, c)) {
      cands.push(c);
      covered[i] = 1;
    }
  }
}

/** The capitalised words from token i on, in its sentence (four at most): [i, end). */
function capitalisedRun(layer: TextLayer, i: number): number {
  const toks = layer.tokens;
  let j = i;
  while (j < toks.length && j < i + 4 && toks[j]!.sentence === toks[i]!.sentence && /^\p{Lu}/u.test(toks[j]!.text)) j++;
  return j;
}

/** Is token i the last word before a group's name: a naming participle after a group's or company's noun ("a group called"), or a group's reflexive after a verb of naming ("a gang calling itself")? */
function namingBefore(prep: Prepared, i: number): boolean {
  if (GROUP_REFLEXIVES.has(prep.lower[i]!)) return SELF_NAMING_VERBS.has(prep.lower[i - 1]!);
  return NAMING_PARTICIPLES.has(prep.lower[i]!) && (NAMED_GROUP_NOUNS.has(prep.lower[i - 1]!) || COMPANY_NOUNS.has(prep.lower[i - 1]!));
}

/**
 * "a group called Qilin", "a startup named Brightwave", "a gang calling itself Black Lantern": after an
 * organisation's noun (a company noun or entity-words.json namedGroupNouns) and a naming participle,
 * or a verb of naming and "itself" or "themselves" (selfNamingVerbs, groupReflexives), the
 * capitalised words are that organisation's name — added when the tagger left them out, retyped when it read a person.
 */
export function addNamedOrganisations(layer: TextLayer, prep: Prepared, covered: Uint8Array, cands: Cand[]): void {
  const toks = layer.tokens;
  for (let i = 2; i + 1 < toks.length; i++) {
    if (!namingBefore(prep, i) || prep.headline[i]) continue;
    const end = capitalisedRun(layer, i + 1);
    if (end === i + 1 || toks[end - 1]!.sentence !== toks[i]!.sentence) continue;
    const known = cands.find((c) => c.from === i + 1);
    if (known) {
      if (known.type === 'Person' && !known.gaz) known.type = 'Organization';
      continue;
    }
    if (covered.subarray(i + 1, end).some((x) => x === 1)) continue;
    cands.push(cand(i + 1, end, 'Organization', 'name', undefined));
    covered.fill(1, i + 1, end);
  }
}
