// Stage 2, named entities, second step: the tagged spans become typed name candidates (trimmed of
// titles and forms of address; months, units, currencies and lone titles dropped; demonyms and
// gazetteer types applied), plus the demonyms the tagger missed and "the West".

import grammar from '../../../data/lexicon/grammar.json' with { type: 'json' };
import nonNamesData from '../../../data/gazetteers/non-names.json' with { type: 'json' };
import type { EntityType, MentionKind, TextLayer, Token } from '../../types.js';
import { MONTH_WORDS_CAPITALISED } from '../calendar-words.js';
import { cand, isAcronym, isDottedAcronym, lowerJoin, textOf, type Cand } from './candidate.js';
import { companyContext } from './companies.js';
import { bySurface, gazEntry, givenNameRanks, givenNameTitles, honorificModifiers, honorifics, militaryRanks, surnameTitles, titleHeads, titleModifiers, type GazEntry } from './gazetteer.js';
import { givenNameClass, isCommonGivenName } from './given-names.js';
import { romanisedSyllable, surnameSyllable, syllableAfter } from './span-joins.js';
import { companyNamedFeature } from './span-places.js';
import type { Prepared, TagSpan } from './tagger.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { COMPANY_SUFFIXES, GROUP_ADJECTIVES } from './words.js';

const MONTHS = new RegExp(`^(?:${MONTH_WORDS_CAPITALISED})\\.?$`);
const NON_NAMES = new Set((nonNamesData as { words: string[] }).words);

const TYPE: Record<TagSpan['type'], EntityType | null> = { PER: 'Person', ORG: 'Organization', LOC: 'Place', MISC: null };

/** A web address or an account handle ("https://…", "www.…", "@name"): never a word of a name. */
const LINK_TOKEN = /:\/\/|^www\.|^@\w/;

/** The gazetteer entry of a surface, lower case; a dotted acronym it does not hold is looked up without its stops ("f.b.i." as "fbi"). */
function gazetteerOf(surfaceLower: string): GazEntry | undefined {
  return bySurface.get(surfaceLower) ?? (isDottedAcronym(surfaceLower) ? bySurface.get(surfaceLower.replaceAll('.', '')) : undefined);
}

/** The West as a political bloc: "the West", "sanctions by the West". */
const WEST: GazEntry = gazEntry({ kind: 'region', type: 'Place', name: 'West', subtype: 'bloc' });

/**
 * "The Hague", "THE HAGUE", "the Hague": the article before a name whose gazetteer name opens with
 * "The" — the article is the name's own word, not the determiner that candidatesOf strips; the
 * surface to look up and where the name starts (at a capitalised "The", else the name as written).
 */
function theOfName(toks: Token[], prep: Prepared, from: number, to: number): { from: number; surface: string } | undefined {
  const the = from - 1;
  if (the < 0 || prep.lower[the] !== 'the' || toks[the]!.sentence !== toks[from]!.sentence || bySurface.has(lowerJoin(toks, from, to))) return undefined;
  const surface = lowerJoin(toks, the, to);
  if (!gazetteerOf(surface)?.name.startsWith('The ')) return undefined;
  return { from: /^\p{Lu}/u.test(toks[the]!.text) ? the : from, surface };
}

/** Typed name candidates of the tagged spans, trimmed; marks the tokens of the spans kept in `covered`. */
export function candidatesOf(layer: TextLayer, prep: Prepared, pieces: TagSpan[], covered: Uint8Array): Cand[] {
  const toks = layer.tokens;
  const cands: Cand[] = [];
  for (const s of pieces) {
    let { from, to } = s;
    // "Aer Lingus Group PLC", "Chrysler LLC": a company suffix the tagger left out ends the name.
    while (to < toks.length && toks[to]!.sentence === toks[from]!.sentence && toks[to]!.start - toks[to - 1]!.end <= 1 && COMPANY_SUFFIXES.has(toks[to]!.text)) to++;
    if (s.type !== 'MISC' && to - from > 1 && COMPANY_SUFFIXES.has(toks[to - 1]!.text)) s.type = 'ORG';
    s.to = to;
    // "Ken Thomas https://twitter.com/…": a name ends before a link or a handle the tagger ran into.
    for (let k = from; k < to; k++) if (LINK_TOKEN.test(toks[k]!.text)) to = k;
    if (to === from) continue;
    // Forms of address, titles before a person's name and a sentence-initial "The" are not part of the name.
    // ("Dean Jones": a title that is far more often a given name opens a two-word name as one.)
    // ("Mayor Col Haines": a rank that is also a short given name, after a title that is no rank, before one more word, is the given name.)
    const civilianTitleBefore = (k: number) => k > 0 && toks[k - 1]!.sentence === toks[k]!.sentence && titleHeads.has(prep.lower[k - 1]!) && !militaryRanks.has(prep.lower[k - 1]!);
    const givenName = (k: number) => to - k === 2 && (givenNameTitles.has(prep.lower[k]!) || (givenNameRanks.has(toks[k]!.text.toLowerCase()) && civilianTitleBefore(k)));
    // ("The Rt Rev Fiona Rennie": a modifier of a form of address goes with it.)
    // ("Tan Sri Ali Hassan": a form of address of two words goes as a pair; "Sri" alone opens given names.)
    const paired = (k: number) => (k + 1 < to && honorifics.has(`${prep.lower[k]} ${prep.lower[k + 1]}`)) || (k > s.from && honorifics.has(`${prep.lower[k - 1]} ${prep.lower[k]}`));
    // ("Farmer Tom Keogh": an occupation that is also a surname is a title before a given name and more of the name.)
    // ("Climatologist Paulo Ferraz", "Visitor Ahmed Al Hammadi": an English word that is no given name, before a common given name and more of the name, describes the person.)
    // ("Survivor Nusrat Begum", "Farmer Dewi Lestari": an English word that is no given name before two or three names that are no English words describes the person.)
    // ("Moon Jae-in": a Korean surname before a hyphenated given name is none.)
    const occupation = (k: number) => s.type === 'PER' && to - k >= 3 && /^\p{Lu}/u.test(toks[k + 1]!.text) && !(surnameSyllable(toks[k]!.text) && syllableAfter(toks, k + 1) === to) && ((surnameTitles.has(prep.lower[k]!) ? givenNameClass(prep.lower[k + 1]!) !== 0 : describingWord(prep.lower[k]!, prep.lower[k + 1]!, titleCaseBefore(toks, prep, k))) || describedForeignName(toks, prep.lower, k, to));
    const strip = (k: number) => honorifics.has(prep.lower[k]!) || paired(k) || occupation(k) || (honorificModifiers.has(prep.lower[k]!) && k + 1 < to && honorifics.has(prep.lower[k + 1]!)) || prep.lower[k] === 'the' || (s.type === 'PER' && !givenName(k) && (titleHeads.has(prep.lower[k]!) || titleModifiers.has(prep.lower[k]!)));
    while (to - from > 1 && strip(from)) from++;
    if (strip(from)) continue;
    // ("The Hague", "The Bronx": a place whose own name opens with "The" keeps it.)
    const withThe = theOfName(toks, prep, from, to);
    if (withThe) from = withThe.from;
    const surfaceLower = withThe?.surface ?? lowerJoin(toks, from, to);
    // Time zones, units, titles standing alone ("CEO"), products written in camel case ("iPhone"),
    // a faith or an ethnic group ("a Muslim civil rights group", "Latino voters", two words: "Native Hawaiian farmers").
    if (to - from === 1 && (NON_NAMES.has(surfaceLower) || titleHeads.has(surfaceLower) || GROUP_ADJECTIVES.has(surfaceLower) || /^\p{Ll}+\p{Lu}/u.test(toks[from]!.text))) continue;
    if (to - from === 2 && GROUP_ADJECTIVES.has(surfaceLower)) continue;
    // "Jan 31": a month, not a person.
    if (to - from === 1 && MONTHS.test(toks[from]!.text) && to < toks.length && /^\d{1,2}(st|nd|rd|th)?$/.test(toks[to]!.text)) continue;
    // "US$ 40 billion": a currency, not the country.
    if (to < toks.length && toks[to]!.start === toks[to - 1]!.end && /^\$/.test(toks[to]!.text)) continue;
    let type = TYPE[s.type];
    const gaz = gazetteerOf(surfaceLower);
    let kind: MentionKind = 'name';
    if (gaz?.kind === 'demonym') {
      // "Russian" tagged as a name is the country's demonym (CoNLL calls it MISC).
      if (type === null || type === 'Place') {
        type = 'Place';
        kind = 'demonym';
      } else continue;
    } else if (type === null) {
      // A MISC span that the gazetteer knows as a country or organisation is one.
      if (gaz && (gaz.kind === 'country' || gaz.kind === 'org' || gaz.kind === 'continent')) type = gaz.type;
      else if (companyContext(layer, prep, from, to)) type = 'Organization';
      else continue;
    } else if (gaz && (gaz.kind === 'country' || gaz.kind === 'continent') && type === 'Organization' && !prep.headline[from]) {
      type = 'Place';
    } else if (gaz && (gaz.kind === 'country' || gaz.kind === 'continent') && type === 'Person' && to - from > 1) {
      // "Latin America", "South Africa" tagged as a person: a country or continent of two words or
      // more is no one's name (one word may be: "Jordan said", "Chad").
      type = 'Place';
    } else if (gaz?.kind === 'org' && type === 'Place' && !companyNamedFeature(toks, prep, from, to)) {
      type = 'Organization';
    }
    // An acronym is short capitals that are not just the name shouted ("MOSCOW", a headline's "ESSEX").
    if (kind === 'name' && isAcronym(textOf(layer, from, to)) && !prep.headline[from] && gaz?.name.toLowerCase() !== surfaceLower) kind = 'acronym';
    cands.push(cand(from, to, type, kind, gaz?.kind === 'org' && type === 'Place' ? undefined : gaz));
    for (let k = s.from; k < s.to; k++) covered[k] = 1;
  }
  return cands;
}

/**
 * A lower-case English word (wink's lexicon) that is no given name at all, before a common given name: a
 * description of the person, not part of the name. Not a word of three letters or fewer that is no noun
 * for a person: such words open double given names of other languages ("Tor Arne Haugland", "Bo Erik"),
 * except after a capitalised word, in a title-case line, where the word may be a verb ("Lawmakers Rip Ann Roe").
 */
function describingWord(word: string, next: string, titleCase: boolean): boolean {
  return givenNameClass(word) === 0 && isLexicalWord(word) && isCommonGivenName(next) && (word.length > 3 || PERSON_NOUNS.has(word) || titleCase);
}

/** Is token k written after a capitalised word of its sentence that is no title or form of address ("Lawmakers | Rip Ann Roe"): a title-case line, where any word may be capitalised? */
function titleCaseBefore(toks: readonly Token[], prep: Prepared, k: number): boolean {
  const before = toks[k - 1];
  return !!before && before.sentence === toks[k]!.sentence && /^\p{Lu}/u.test(before.text) && !titleHeads.has(prep.lower[k - 1]!) && !honorifics.has(prep.lower[k - 1]!);
}

/** Nouns for a person by trade or lot (grammar.json personNouns: "farmer", "survivor", "vendor"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set(grammar.lists.personNouns.words);
/** Token k is a noun for a person (grammar.json personNouns) that is no given name (or only a surname: "Farmer") before two or three capitalised words up to `to`, the first no English word ("Survivor | Nusrat Begum"): a description of the person. */
function describedForeignName(toks: readonly Token[], lower: readonly string[], k: number, to: number): boolean {
  if (to - k > 4 || !PERSON_NOUNS.has(lower[k]!) || (givenNameClass(lower[k]!) !== 0 && !surnameTitles.has(lower[k]!))) return false;
  for (let j = k + 1; j < to; j++) if (!/^\p{Lu}\p{Ll}/u.test(toks[j]!.text)) return false;
  return !isLexicalWord(lower[k + 1]!);
}

/** Demonyms the tagger left out ("Egyptian counterpart", "Russian President"). */
export function addUntaggedDemonyms(toks: Token[], prep: Prepared, covered: Uint8Array, cands: Cand[]): void {
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || !prep.gaz[i]!.startsWith('B-demonym')) continue;
    let j = i + 1;
    while (j < toks.length && prep.gaz[j] === 'I-demonym') j++;
    const gaz = bySurface.get(lowerJoin(toks, i, j));
    if (gaz) cands.push(cand(i, j, 'Place', 'demonym', gaz));
    i = j - 1;
  }
}

/**
 * "The foundation's chairman, You Ying-lung, said": a romanised East Asian name the tagger left out —
 * a capitalised syllable (the surname), one space, a capitalised syllable, a hyphen and a lower-case
 * syllable written against both — is a person, unless a capitalised word runs on into it from
 * before or all three syllables are English words ("Big Bang-ha").
 */
export function addUntaggedSyllableNames(toks: Token[], prep: Prepared, covered: Uint8Array, cands: Cand[]): void {
  for (let i = 0; i + 3 < toks.length; i++) {
    const [surname, first] = [toks[i]!, toks[i + 1]!];
    if (covered[i] || covered[i + 1] || first.start !== surname.end + 1 || first.sentence !== surname.sentence || !surnameSyllable(surname.text) || !romanisedSyllable(first.text)) continue;
    const end = syllableAfter(toks, i + 1);
    if (end < 0 || covered[end - 1] || [i, i + 1, end - 1].every((k) => isLexicalWord(prep.lower[k]!))) continue;
    if (i > 0 && prep.cap[i - 1] && toks[i - 1]!.sentence === surname.sentence && !prep.first[i]) continue;
    cands.push(cand(i, end, 'Person', 'name', undefined));
    for (let k = i; k < end; k++) covered[k] = 1;
  }
}

/** "the West" standing alone (not "West Bank", "West Ham", "the West Wing"). */
export function addTheWest(toks: Token[], prep: Prepared, cands: Cand[]): void {
  for (let i = 1; i < toks.length; i++) {
    if (toks[i]!.text !== 'West' || prep.lower[i - 1] !== 'the' || prep.headline[i]) continue;
    if (i + 1 < toks.length && prep.cap[i + 1] && toks[i + 1]!.sentence === toks[i]!.sentence) continue;
    const at = cands.find((c) => c.from <= i && c.to > i);
    if (at && (at.from !== i || at.to !== i + 1)) continue;
    if (at) Object.assign(at, { type: 'Place', kind: 'name', gaz: WEST });
    else cands.push(cand(i, i + 1, 'Place', 'name', WEST));
  }
}

/**
 * A place written as the first part of a hyphenated modifier ("a Hong Kong-based group", "U.S.-led
 * planes", "the Dublin-born director") modifies the noun as a demonym does ("an American-led
 * force"): it stays a mention of the place, of kind 'demonym', not a name standing alone. So does an
 * organisation or a person ("the Congress-led front", "a Trump-appointed judge"): the phrase names
 * the noun after the modifier, not them.
 */
export function markPlaceModifiers(toks: Token[], cands: Cand[]): void {
  for (const c of cands) {
    const [hyphen, word] = [toks[c.to], toks[c.to + 1]];
    if (c.kind !== 'name' || hyphen?.text !== '-' || !word || toks[c.to - 1]!.end !== hyphen.start || hyphen.end !== word.start) continue;
    if (/^\p{Ll}+$/u.test(word.text)) c.kind = 'demonym';
  }
}
