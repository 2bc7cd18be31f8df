// Stage 2, named entities, part of the span rules (span-joins.ts runs them after its own): names the
// tagger cut at a lower-case connector inside them — the capitalised words before "in", "of (the)" or
// "the" left out ("More in | Common", "Keepers of the | Moorland") or tagged as a name of their own
// ("Save | the | Children", "Idaho Right | to | Life"); a Spanish, Portuguese, Italian or French name cut at its "and" ("Agua | y |
// Drenaje de Saltillo"). Words in data/lexicon/entity-words.json (nameInnerConnectors, placeOfHeads,
// romanceNameConjunctions, romanceNameConnectors). Also a Romance name held by a preposition alone ("Ecologistas en Acción") and a hyphenated compound inside an organisation's name ("Socio-Economic").

import type { Token } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { MONTHS, RELATIVE_DAYS, WEEKDAYS } from '../../lexicon/calendar.js';
import { bySurface, titleHeads } from './gazetteer.js';
import { givenNameClass } from './given-names.js';
import { ARTICLES, FACILITY_HEADS, FUNCTION_WORDS, HYPHEN_PREFIXES, LIST_JOINERS, LOWER_SURNAME_PARTICLES, NAME_INNER_CONNECTORS, ORGANISATION_OF_HEADS, ORGANISATION_TAIL_WORDS, PLACE_OF_HEADS, ROMANCE_NAME_CONJUNCTIONS, ROMANCE_NAME_CONNECTORS } from './words.js';
import { cap, oneSpaceBetween, organisationPhraseEnd, spanAt, type SpanTypeRule, type SpanView } from './span-rule.js';
import type { Prepared, TagSpan } from './tagger.js';

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
/** A given name as the list has it (any band). */
const givenName = (lower: string): boolean => givenNameClass(lower) !== 0;
/** A joined run's type: a person's, a place's when every piece the tagger found in it is one, else an organisation's. */
const runType = (person: boolean, inside: readonly TagSpan[]): TagSpan['type'] => (person ? 'PER' : inside.every((x) => x.type === 'LOC') ? 'LOC' : 'ORG');
/** A given name as written or without its accents ("José" → "jose"). */
const givenNameFolded = (lower: string): boolean => givenName(lower) || givenName(lower.normalize('NFD').replace(/\p{M}/gu, ''));
/** Are tokens a and b written against each other, with no space between? */
const touching = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/**
 * Token i is a capitalised English word ("More", "Save") that is no title, given name, function word,
 * day, month or place of the gazetteer; a noun, an adjective or a verb's bare form (not "Inside",
 * "Crossed", "Aligning"), in a sentence that is no title-case headline ("Pundit Turns Adviser in the Service of Trump").
 */
export function commonCapital(toks: readonly Token[], prep: Prepared, i: number): boolean {
  const t = toks[i]!;
  const lower = prep.lower[i]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || prep.headline[i] || prep.gaz[i] || !isLexicalWord(lower) || titleHeads.has(lower) || givenName(lower) || CALENDAR_WORDS.has(lower) || FUNCTION_WORDS.has(lower)) return false;
  return /^(NOUN|PROPN|ADJ|VERB)$/.test(t.pos) && (t.pos !== 'VERB' || t.lemma === lower) && !titleCaseSentence(toks, prep, i);
}

/** A word with no ending of a plural, a past or a gerund: before a bare "the" a name opens with a verb's bare form ("Save the Children", "Keep the Promise"), not "Truths the Left", "Crossed the River Styx". */
const BARE_ENDING = /(?:s|ed|ing)$/;

/** Is token i's sentence written in title case: every English word that is no function word capitalised, three or more of them? */
function titleCaseSentence(toks: readonly Token[], prep: Prepared, i: number): boolean {
  const sentence = toks[i]!.sentence;
  let a = i;
  while (a > 0 && toks[a - 1]!.sentence === sentence) a--;
  let capitals = 0;
  for (let j = a; j < toks.length && toks[j]!.sentence === sentence; j++) {
    if (!/^\p{L}/u.test(toks[j]!.text) || FUNCTION_WORDS.has(prep.lower[j]!) || NAME_INNER_CONNECTORS.has(prep.lower[j]!)) continue;
    if (!cap(toks[j])) return false;
    capitals++;
  }
  return capitals >= 3;
}

/**
 * Where a name runs back from span k over a lower-case connector ("in", "of the", "the") and one to
 * three capitalised English words in no span before it ("More | in | Common"), or -1. The words are
 * no title ("Leader of the Opposition"), given name, function word, day, month or place of the
 * gazetteer, one space apart, after a lower-case word of their sentence; at a sentence's start (where a
 * capital shows nothing) only when the article writes the same name again inside a sentence, or when
 * the word is a body's head word before "of" ("Department of | Justice").
 */
export function connectorRunStart(v: SpanView): number {
  const { toks, prep, spans, k } = v;
  const s = spans[k]!;
  const sentence = toks[s.from]!.sentence;
  const connector = (i: number): boolean => i >= 0 && NAME_INNER_CONNECTORS.has(prep.lower[i]!) && !cap(toks[i]);
  let c = connector(s.from - 1) ? s.from - 1 : s.from;
  // ("of the", "for the": a connector and "the".)
  if (c < s.from && prep.lower[c] === 'the' && prep.lower[c - 1] !== 'the' && connector(c - 1)) c--;
  if (c === s.from) return -1;
  const bareThe = c === s.from - 1 && prep.lower[c] === 'the';
  const word = (i: number): boolean => toks[i]!.sentence === sentence && commonCapital(toks, prep, i) && !spanAt(spans, i);
  let a = c;
  while (a > 0 && c - a < 3 && word(a - 1) && !prep.first[a]) a--;
  if (a === c || (bareThe && BARE_ENDING.test(prep.lower[a]!))) return -1;
  for (let i = Math.max(a - 1, 0); i < s.from; i++) if (!oneSpaceBetween(v, toks[i]!, toks[i + 1]!)) return -1;
  // (At a sentence's start, only a name the article also writes inside a sentence: "Friends of the Earth said … a report by Friends of the Earth".)
  // (Or a body's head word before "of": "Department of | Justice said".)
  // (After a capitalised article that opens the sentence too: "A Department of | Transportation official said".)
  if (prep.first[a] || (a > 0 && prep.first[a - 1] && cap(toks[a - 1]) && ARTICLES.has(prep.lower[a - 1]!))) return recursInside(toks, prep, a, s.to) || (c === a + 1 && ORGANISATION_OF_HEADS.has(prep.lower[a]!) && prep.lower[c] === 'of') ? a : -1;
  // (After a lower-case word of its sentence: a dateline, a line's start or a list's comma shows no name's start.)
  const before = toks[a - 1];
  // (Not after a capital's connector: "Minister of | State for Coastal Affairs" goes on a title's phrase.)
  // (Nor after "and": "Trump Plaza Hotel and | Casino in Atlantic City" goes on a name before it.)
  if (!before || before.sentence !== sentence || !/^\p{Ll}/u.test(before.text) || (connector(a - 1) && cap(toks[a - 2])) || LIST_JOINERS.has(before.lower)) return -1;
  return a;
}

/** Do the words from..to (a name at a sentence's start) occur again in the article inside a sentence, after a lower-case word? */
function recursInside(toks: readonly Token[], prep: Prepared, from: number, to: number): boolean {
  const n = to - from;
  for (let i = 1; i + n <= toks.length; i++) {
    if (i === from || prep.first[i] || toks[i]!.text !== toks[from]!.text || !/^\p{Ll}/u.test(toks[i - 1]!.text)) continue;
    let j = 1;
    while (j < n && toks[i + j]!.text === toks[from + j]!.text) j++;
    if (j === n) return true;
  }
  return false;
}

/**
 * Where a name at token `from` runs back over one or two capitalised common nouns in no span, one space
 * apart in its sentence ("Fisheries | Management Scotland"): the first one's index, else `from`. No day
 * word ("Yesterday | Audit Scotland").
 */
export function commonNounsBefore(v: SpanView, from: number): number {
  const { toks, prep, spans } = v;
  let a = from;
  const noun = (i: number) => i >= 0 && toks[i]!.sentence === toks[from]!.sentence && (toks[i]!.pos === 'NOUN' || toks[i]!.pos === 'PROPN') && commonCapital(toks, prep, i) && !RELATIVE_DAYS.has(prep.lower[i]!) && !spanAt(spans, i);
  while (from - a < 2 && noun(a - 1) && oneSpaceBetween(v, toks[a - 1]!, toks[a]!)) a--;
  return a;
}

/**
 * The run of a name in Spanish, Portuguese, Italian or French around span s: capitalised words (no
 * function word: not "The") and, between two of them, that language's lower-case "and", prepositions and
 * articles ("Agua y Drenaje de Saltillo"), one space apart in one sentence, from the first capitalised
 * word before s to the last after it; with the tokens' range and whether it holds an "and".
 */
function romanceRun(v: SpanView, s: TagSpan): RomanceRun {
  // (The two romance rules ask in turn, with the same view of one span: the second gets the first's answer.)
  if (lastRun.view === v && lastRun.span === s) return lastRun.run;
  const run = findRomanceRun(v, s);
  lastRun = { view: v, span: s, run };
  return run;
}

interface RomanceRun { from: number; to: number; and: boolean; joined: boolean }

/** Is token i a lower-case conjunction, preposition or article of a romance language ("y", "de", "da")? */
function romanceSmallWord(toks: readonly Token[], prep: Prepared, i: number): boolean {
  return (ROMANCE_NAME_CONJUNCTIONS.has(prep.lower[i]!) || ROMANCE_NAME_CONNECTORS.has(prep.lower[i]!)) && /^\p{Ll}+$/u.test(toks[i]!.text);
}

/** The sentences that hold such a word, found once an article: in another, a run has neither an "and" nor a connector, and both romance rules pass its spans by. */
const romanceSentencesOf = new WeakMap<Prepared, ReadonlySet<number>>();
function inRomanceSentence(v: SpanView, s: TagSpan): boolean {
  let found = romanceSentencesOf.get(v.prep);
  if (!found) {
    const marked = new Set<number>();
    for (let i = 0; i < v.toks.length; i++) if (romanceSmallWord(v.toks, v.prep, i)) marked.add(v.toks[i]!.sentence);
    romanceSentencesOf.set(v.prep, (found = marked));
  }
  return found.has(v.toks[s.from]!.sentence);
}
let lastRun: { view: SpanView | null; span: TagSpan | null; run: RomanceRun } = { view: null, span: null, run: { from: 0, to: 0, and: false, joined: false } };

function findRomanceRun(v: SpanView, s: TagSpan): RomanceRun {
  const { toks, prep } = v;
  const sentence = toks[s.from]!.sentence;
  const word = (i: number) => i >= 0 && i < toks.length && toks[i]!.sentence === sentence && /^\p{Lu}\p{Ll}/u.test(toks[i]!.text) && !FUNCTION_WORDS.has(prep.lower[i]!);
  const small = (i: number) => i >= 0 && i < toks.length && toks[i]!.sentence === sentence && romanceSmallWord(toks, prep, i);
  const near = (a: number, b: number) => oneSpaceBetween(v, toks[a]!, toks[b]!);
  let and = false;
  let from = s.from;
  for (;;) {
    if (word(from - 1) && near(from - 1, from)) from--;
    else {
      let c = from - 1;
      while (small(c) && near(c, c + 1)) c--;
      if (c === from - 1 || !word(c) || !near(c, c + 1)) break;
      for (let i = c + 1; i < from; i++) and ||= ROMANCE_NAME_CONJUNCTIONS.has(prep.lower[i]!);
      from = c;
    }
  }
  let to = s.to;
  for (;;) {
    if (word(to) && near(to - 1, to)) to++;
    else {
      let c = to;
      while (small(c) && near(c - 1, c)) c++;
      if (c === to || !word(c) || !near(c - 1, c)) break;
      for (let i = to; i < c; i++) and ||= ROMANCE_NAME_CONJUNCTIONS.has(prep.lower[i]!);
      to = c + 1;
    }
  }
  // (Whether a connector stands anywhere in the run, inside span s too: "Tribunal de Justiça" | "Antidopagem".)
  let joined = false;
  for (let i = from + 1; i < to - 1 && !joined; i++) joined = small(i);
  return { from, to, and, joined };
}

/** The spans inside a run, or null when one reaches past it or one before span s opens it (span s opens the name). */
function spansOfRun(spans: readonly TagSpan[], s: TagSpan, run: { from: number; to: number }): TagSpan[] | null {
  const inside = spans.filter((x) => x.from < run.to && x.to > run.from);
  return inside.some((x) => x.from < run.from || x.to > run.to) || inside[0] !== s ? null : inside;
}

/**
 * Tokens a and b (= a + 2) are capitalised words written against the hyphen between them, in one
 * sentence, no third part after b, outside a capitals headline; not both names of the gazetteer, not a title's word, and no
 * combining form or prefix first ("Sino-US").
 */
function hyphenedPart(v: SpanView, a: number, b: number): boolean {
  const { toks, prep } = v;
  const [x, h, y] = [toks[a], toks[a + 1], toks[b]];
  if (a < 0 || !x || !y || h?.text !== '-' || !touching(x, h) || !touching(h, y) || x.sentence !== y.sentence) return false;
  if (!HYPHENED_WORD.test(x.text) || !HYPHENED_WORD.test(y.text) || (toks[b + 1]?.text === '-' && touching(y, toks[b + 1]))) return false;
  if ((prep.gaz[a] && prep.gaz[b]) || HYPHEN_PREFIXES.has(prep.lower[a]!) || prep.headline[a]) return false;
  return !titleHeads.has(prep.lower[a]!) && !titleHeads.has(prep.lower[b]!);
}
/** A capitalised word of letters ("Cola", "K", "KLM"). */
const HYPHENED_WORD = /^\p{Lu}\p{L}*$/u;

export const SPAN_CONNECTOR_RULES: readonly SpanTypeRule[] = [
  {
    id: 'romance-conjunction-name',
    reason: 'the "and" of Spanish, Portuguese, Italian or French ("y", "e", "et") between capitalised words is inside one name, with the prepositions and articles of that language around it ("Agua y Drenaje de Saltillo", "José Ortega y Gasset"), however the tagger cut and typed the pieces: a person when a given name that is no English word opens it, a place when every piece is one, else an organisation',
    example: 'The water board, Servicios de Agua y Drenaje de Saltillo, said supplies would be cut.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      if (!inRomanceSentence(v, s)) return undefined;
      const run = romanceRun(v, s);
      if (!run.and) return undefined;
      // (Spans reaching past the run, or one before span k inside it, leave it alone: span k opens the name.)
      const inside = spansOfRun(spans, s, run);
      if (!inside) return undefined;
      const first = toks[run.from]!.lower;
      // (A given name that is no English word opens a person's name, whatever the tagger typed the pieces: "José Ortega y Gasset".)
      const given = !isLexicalWord(first) && givenNameFolded(first);
      return { from: run.from, to: run.to, type: runType(given, inside) };
    },
  },
  {
    id: 'romance-connector-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'capitalised words joined by a lower-case preposition or article of Spanish, Portuguese, Italian or French ("de", "en", "sin", "da") are one name when two or more of them are no English words ("Ecologistas en Acción", "Tribunal de Justiça Desportiva Antidopagem"): the tagger kept only a piece, or cut it in two; an organisation unless a given name opens it or the tagger read its first word as a person ("Fernández | de | Kirchner"), a place when every piece is one',
    example: 'Ecologistas en Acción said the wells were illegal.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      if (!inRomanceSentence(v, s)) return undefined;
      const run = romanceRun(v, s);
      if (!run.joined || (run.from === s.from && run.to === s.to)) return undefined;
      const inside = spansOfRun(spans, s, run);
      if (!inside) return undefined;
      // (A title or a person after the name stays apart: "Banco de Portugal | Governor | Mário Centeno"; so does a person's place: "Ana Ruiz | de | Madrid".)
      if (inside.some((x, j) => j > 0 && (givenName(prep.lower[x.from]!) || (inside[0]!.type === 'PER' && x.type === 'LOC' && prep.gaz[x.from])))) return undefined;
      let foreign = 0;
      for (let i = run.from; i < run.to; i++) {
        if (titleHeads.has(prep.lower[i]!)) return undefined;
        if (cap(toks[i]) && !isLexicalWord(prep.lower[i]!)) foreign++;
      }
      if (foreign < 2) return undefined;
      const first = prep.lower[run.from]!;
      const given = givenNameFolded(first);
      // (A surname's particle, not "en" or "sin", joins a person the tagger read: "Fernández | de | Kirchner".)
      let particles = true;
      for (let i = run.from; i < run.to; i++) if (/^\p{Ll}/u.test(toks[i]!.text) && !LOWER_SURNAME_PARTICLES.has(prep.lower[i]!)) particles = false;
      const person = given || (particles && inside[0]!.from === run.from && inside.every((x) => x.type === 'PER'));
      return { from: run.from, to: run.to, type: runType(person, inside) };
    },
  },
  {
    id: 'hyphen-inside-organisation',
    reason: 'a hyphenated compound of capitalised words ("Socio-Economic", "Short-Term") that an organisation\'s name opens or holds is inside that name: the tagger cut it at the hyphen, keeping the words before it apart or leaving them out; two names tagged as organisations or places on both sides stay a pair ("Merck-Pfizer")',
    example: 'The Agro-Pastoral Development Network said the rains had failed.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const hyphenAt = (i: number) => toks[i]?.text === '-' && touching(toks[i - 1], toks[i]) && touching(toks[i], toks[i + 1]) && toks[i - 1]!.sentence === toks[i + 1]!.sentence;
      const word = (i: number) => /^\p{Lu}\p{Ll}+$/u.test(toks[i]?.text ?? '') && !prep.gaz[i];
      // ("Association of Short" | "Term Rental Hosts", "Socio" | "Economic Rights …": the next span opens after the hyphen.)
      const next = spans[k + 1];
      if (next && next.from === s.to + 1 && hyphenAt(s.to) && word(s.to - 1) && word(next.from) && s.type !== 'PER') {
        const pair = (s.type === 'ORG' || s.type === 'LOC') && (next.type === 'ORG' || next.type === 'LOC');
        return !pair && (s.type === 'ORG' || next.type === 'ORG') ? { from: s.from, to: next.to, type: 'ORG' } : undefined;
      }
      // ("Anti" left out before "-Corruption Commission".)
      const before = s.from - 2;
      return s.type === 'ORG' && before >= 0 && hyphenAt(s.from - 1) && word(before) && word(s.from) && !spanAt(spans, before) ? { from: before, to: s.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'hyphenated-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'two capitalised words written against one hyphen ("Coca-Cola", "Rolls-Royce", "K-Electric") are one name: the tagger kept only the part after the hyphen, or typed the parts apart; two names of their own stay a pair (both known to the gazetteer, or tagged apart with one type, unless the first is a letter: "Israel-Hamas", "Merck-Pfizer"), and so do a title\'s words ("Attorney-General") and a combining form ("Sino-", "Anglo-", "Ex-"; entity-words.json hyphenPrefixes)',
    example: 'Hewlett-Packard said sales rose.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      // (Forward: "K" | "-Electric", "Air France" | "-KLM"; backward: "Coca-" | "Cola", the word before in no span.)
      if (hyphenedPart(v, s.to - 1, s.to + 1)) {
        const other = next?.from === s.to + 1 ? next : undefined;
        // (One letter names nothing alone: "Q" | "Telecom" typed alike is one name all the same.)
        if (other && (other.type === 'MISC' || (other.type === s.type && toks[s.to - 1]!.text.length > 1))) return undefined;
        if (!other && (spanAt(spans, s.to + 1) || prep.gaz[s.to + 1])) return undefined;
        return { from: s.from, to: other ? other.to : s.to + 2, type: other?.type === 'ORG' ? 'ORG' : s.type };
      }
      const before = s.from - 2;
      // (A word in no span is no name the gazetteer knows: "the Rotterdam-Max Harlan deal" is a pair.)
      return hyphenedPart(v, before, s.from) && !spanAt(spans, before) && !prep.gaz[before] && !(before > 0 && toks[before - 1]!.text === '-' && touching(toks[before - 1], toks[before])) ? { from: before, to: s.to, type: s.type } : undefined;
    },
  },
  {
    id: 'organisation-phrase-and',
    types: ['ORG'],
    reason: 'an organisation\'s name that holds its head word and a capitalised "of/for/on" phrase ("Institute for Public Policy Research") goes on over "and" and the capitalised words after it ("… and Analysis", "Centre for Disease Control and Prevention"): the tagger ended the name at the "and"; words that close with a head word of their own ("… and Harlow Foundation") name another body',
    example: 'The Harlow Institute for Coastal Research and Training said the dunes were shrinking.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      const end = s.type === 'ORG' ? organisationPhraseEnd(v, s.from, s.to) : -1;
      return end > s.to ? { from: s.from, to: end, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'bracketed-acronym-inside-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a name, its acronym in brackets and an organisation\'s name that closes with a body\'s head or closing word right after the bracket ("Enterprise Singapore (EnterpriseSG) Consumer Product Safety Office") are one body, a unit of the first: the tagger read three names, the first perhaps as a person',
    example: 'The Harlow Water Board (HWB) Customer Services Office said bills would rise.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const [s, acronym, unit] = [spans[k]!, spans[k + 1], spans[k + 2]];
      if (!acronym || !unit || prep.lower[s.to] !== '(' || acronym.from !== s.to + 1 || acronym.to !== acronym.from + 1 || prep.lower[acronym.to] !== ')' || unit.from !== acronym.to + 1) return undefined;
      if (!/^\p{Lu}[\p{L}\d]*\p{Lu}/u.test(toks[acronym.from]!.text) || toks[unit.from]!.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[acronym.to]!, toks[unit.from]!)) return undefined;
      return unit.type === 'ORG' && ORGANISATION_TAIL_WORDS.has(prep.lower[unit.to - 1]!) ? { from: s.from, to: unit.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'initial-against-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a capital initial and its full stop written against the capitalised word after it, with no space ("S.Paulo"), abbreviate a word of one name: the tagger cut the name after the stop when the article names the same word elsewhere ("São Paulo" before "Folha de S.Paulo")',
    example: 'The shop opened in São Paulo. Jornal de S.Bento reported the sale.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const [s, next] = [spans[k]!, spans[k + 1]];
      const initial = toks[s.to - 1]!;
      if (!next || next.from !== s.to || next.type === 'MISC' || !/^\p{Lu}\.$/u.test(initial.text) || !touching(initial, toks[next.from]) || !cap(toks[next.from]) || s.to - s.from < 2) return undefined;
      return { from: s.from, to: next.to, type: next.type === 'ORG' ? 'ORG' : s.type };
    },
  },
  {
    id: 'connector-inside-name',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'capitalised English words in no name, inside a sentence, then a lower-case connector ("in", "of the", "the") right before a name are that name\'s first words ("More in Common", "a report by Save the Children"): the tagger kept only the words after the connector; a title before "of" stays apart ("Leader of the Opposition")',
    example: 'A poll by Fewer in Harmony found that most voters were unhappy.',
    apply: (v) => {
      const { prep, spans, k } = v;
      const s = spans[k]!;
      const from = connectorRunStart(v);
      if (from < 0) return undefined;
      // (A place's common noun keeps a place a place: "the Isle of Man", "the Tower of London".)
      const place = s.type === 'LOC' && (PLACE_OF_HEADS.has(prep.lower[from]!) || FACILITY_HEADS.has(prep.lower[from]!));
      return { from, to: s.to, type: s.type === 'MISC' ? 'MISC' : place ? 'LOC' : 'ORG' };
    },
  },
  {
    id: 'to-inside-name',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'a name ending in a capitalised English noun, a lower-case "to" and capitalised English words tagged as a name right after it are one organisation\'s name ("Idaho Right | to | Life", "Right to Play"), whatever the tagger typed its parts ("Ohio Right | to | Know" read as a person); names of companies or places that are no English words, and a range after "from" ("from Ford to Toyota"), stay apart',
    example: 'Ohio Right to Know said the records were public.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const [s, next] = [spans[k]!, spans[k + 1]];
      if (prep.lower[s.to] !== 'to' || !next || next.from !== s.to + 1 || toks[next.from]!.sentence !== toks[s.from]!.sentence) return undefined;
      if (!oneSpaceBetween(v, toks[s.to - 1]!, toks[s.to]!) || !oneSpaceBetween(v, toks[s.to]!, toks[next.from]!) || toks[s.to - 1]!.pos !== 'NOUN' && toks[s.to - 1]!.pos !== 'PROPN') return undefined;
      // (A range of names: "from Shell to BP", "moved from Apple to Google".)
      for (let i = s.from - 1; i >= 0 && toks[i]!.sentence === toks[s.from]!.sentence; i--) if (prep.lower[i] === 'from') return undefined;
      for (let i = next.from; i < next.to; i++) if (!commonCapital(toks, prep, i)) return undefined;
      return commonCapital(toks, prep, s.to - 1) ? { from: s.from, to: next.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'the-inside-name',
    reason: 'a capitalised English word tagged alone, "the", and a name right after it are one organisation\'s name ("Save | the | Children", whatever the tagger typed its parts): English puts no "the" between two names; a given name ("Alexander the Great"), a title, a day or a name the gazetteer knows stays apart',
    example: 'Staff at Rescue the Strays said the shelter was full.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      if (s.to - s.from !== 1 || prep.lower[s.to] !== 'the' || cap(toks[s.to]) || !next || next.from !== s.to + 1 || toks[next.from]!.sentence !== toks[s.from]!.sentence) return undefined;
      // (A word with no plural's, past's or gerund's ending, after no article: "throughout the South | the Evangelicals", "19 Hard Truths | the Left" stay apart.)
      if (BARE_ENDING.test(prep.lower[s.from]!) || ARTICLES.has(prep.lower[s.from - 1] ?? '')) return undefined;
      if (!commonCapital(toks, prep, s.from) || bySurface.has(prep.lower[s.from]!) || !cap(toks[next.from]) || !oneSpaceBetween(v, toks[s.from]!, toks[s.to]!) || !oneSpaceBetween(v, toks[s.to]!, toks[next.from]!)) return undefined;
      return { from: s.from, to: next.to, type: 'ORG' };
    },
  },
];
