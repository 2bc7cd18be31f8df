// Stage 2, named entities, part of the span rules (span-organisations.ts lists them in its table): a body
// named "<words> <country or continent>" — a national chapter or a national body ("Greenpeace Africa",
// "Tourism Ireland", "Sport England") — however the tagger cut or typed it, and the sentence's first
// word the tagger leaves out of a name (`openingNameWord`, also read by span-types.ts for "X Corp.").

import type { Token } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { RELATIVE_DAYS } from '../../lexicon/calendar.js';
import { titleHeads, titleModifiers } from './gazetteer.js';
import { givenNameClass } from './given-names.js';
import { ARTICLES, COMPASS_WORDS, COMPANY_NOUNS, ORGANISATION_OF_HEADS, DESCRIBED_BODY_NOUNS, FUNCTION_WORDS, PLACE_PART_MODIFIERS, RELATIVE_WORDS } from './words.js';
import { commonNounsBefore } from './span-connectors.js';
import { CALENDAR_WORDS, oneSpaceBetween, spanAt, wholeGazetteerEntry, type SpanTypeRule, type SpanView } from './span-rule.js';
import type { Prepared } from './tagger.js';
import cues from '../../../data/lexicon/cues.json' with { type: 'json' };

/** Verbs of saying and thinking (cues.json speech, cognition): at a sentence's start an imperative or a discourse word ("Say Mexico demanded …", "Imagine Canada …"), no body's first word. */
const SAYING_THINKING_VERBS: ReadonlySet<string> = new Set([...cues.speech, ...cues.cognition]);

const givenName = (lower: string): boolean => givenNameClass(lower) !== 0;

/** A country's, region's or continent's gazetteer entry opens at token i. */
const nationAt = (prep: Prepared, i: number): boolean => prep.gaz[i] === 'B-country' || prep.gaz[i] === 'B-region' || prep.gaz[i] === 'B-continent';

/** Tokens from..to are exactly one country's, region's or continent's gazetteer entry. */
const wholeNation = (prep: Prepared, from: number, to: number): boolean => wholeGazetteerEntry(prep, from, to, /^B-(country|region|continent)$/);

/** An ending of a participle, a gerund or an adverb ("Struggling", "Troubled", "Separately"): a word that describes, not a name's noun. */
const DESCRIBING_ENDING = /(?:ing|ed|ly)$/;

/**
 * Is token i a sentence's first word that the tagger may have left out of the name after it — a
 * capitalised English noun, as "Prairie" in "Prairie | Potash Corp. said" or "Business" in "Business |
 * Mauritius criticised"? Not a word that describes or times the name: no function word, adverb or
 * preposition (wink's tag), day, month or "yesterday", title or title modifier ("Former"), part of a
 * place ("Rural"), given name, place or nationality, noun for a kind of company or body ("Rival" is
 * none: "Insurer"), plural ("Hosts", "Champions"), verb of saying or thinking ("Say", "Imagine") nor
 * participle or adverb by its ending. With `fields`,
 * a title's modifier may be one when it names a field ("Health", "Transport", "Environment" — as in
 * "Health Minister", but also "Health Canada"): before a nation's name that is a subject ("Former Ireland
 * captain X" has none), not before a company.
 */
export function openingNameWord(toks: readonly Token[], prep: Prepared, i: number, fields = false): boolean {
  const t = toks[i];
  if (!t || !prep.first[i] || prep.headline[i] || prep.gaz[i] || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || (t.pos !== 'PROPN' && t.pos !== 'NOUN')) return false;
  const w = prep.lower[i]!;
  if (!isLexicalWord(w) || FUNCTION_WORDS.has(w) || CALENDAR_WORDS.has(w) || RELATIVE_DAYS.has(w) || titleHeads.has(w) || (!fields && titleModifiers.has(w)) || PLACE_PART_MODIFIERS.has(w)) return false;
  if (givenName(w) || COMPANY_NOUNS.has(w) || DESCRIBED_BODY_NOUNS.has(w) || DESCRIBING_ENDING.test(w) || SAYING_THINKING_VERBS.has(w)) return false;
  return !lexicalPlural(w);
}

/** After a name ending at `end`: a verb, "'s", or a comma and a relative, an appositive or a verb ("Salmon Scotland, which represents …") — the name is a clause's subject. */
function subjectAfter(v: SpanView, end: number): boolean {
  const { toks, prep } = v;
  const after = toks[end];
  if (!after || after.sentence !== toks[end - 1]!.sentence) return false;
  if (after.pos === 'VERB' || after.pos === 'AUX' || prep.lower[end] === "'s" || prep.lower[end] === '’s') return true;
  // (Or the comma that closes an appositive before its verb: "The agency, Sport England, said".)
  const next = toks[end + 1];
  return after.text === ',' && (RELATIVE_WORDS.has(prep.lower[end + 1] ?? '') || ARTICLES.has(prep.lower[end + 1] ?? '') || (!!next && next.sentence === after.sentence && (next.pos === 'VERB' || next.pos === 'AUX')));
}

/** A plural of an English noun ("Hosts", "Champions"): before a nation's name it describes the side, as in "Hosts Ireland". */
const lexicalPlural = (w: string): boolean => w.endsWith('s') && isLexicalWord(w.slice(0, -1));

/** Capitalised words before a nation's name inside span s that make it a body's: no given name, plural, verb of saying or thinking, title or place opening them ("Tourism", "Oxfam"), not "Kathy | Ireland", "Hosts | Ireland", "Suppose | Canada". */
function bodyWords(toks: readonly Token[], prep: Prepared, from: number, to: number): boolean {
  if (givenName(prep.lower[from]!) || lexicalPlural(prep.lower[from]!) || SAYING_THINKING_VERBS.has(prep.lower[from]!)) return false;
  for (let i = from; i < to; i++) if (!/^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) || titleHeads.has(prep.lower[i]!) || prep.gaz[i]) return false;
  return true;
}

/** Token i is a capitalised English word that may stand in a body's field words: no given name, title, place, part of a place ("Eastern and Northern Europe"), function word or day. */
function fieldWord(toks: readonly Token[], prep: Prepared, i: number): boolean {
  const t = toks[i];
  if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || prep.gaz[i] || prep.headline[i]) return false;
  const w = prep.lower[i]!;
  return isLexicalWord(w) && !givenName(w) && !titleHeads.has(w) && !FUNCTION_WORDS.has(w) && !CALENDAR_WORDS.has(w) && !RELATIVE_DAYS.has(w) && !PLACE_PART_MODIFIERS.has(w) && !COMPASS_WORDS.has(w);
}

/**
 * The run of field words joined by one "and" that ends in a nation's name, from span k on ("Fisheries |
 * and | Oceans Canada", "Environment and | Climate | Change Canada"): [from, to] of the whole name, or
 * null. Field words in no span may open it before span k (not a sentence's adverb: openingNameWord
 * there); the spans after it up to the nation's must hold field words only.
 */
function coordinatedNationRun(v: SpanView): [number, number] | null {
  const { toks, prep, spans, k } = v;
  const s = spans[k]!;
  // (The run goes on through span k's first word, so that word is a nation's, "and" or a field word: most spans' first words are none.)
  if (!nationAt(prep, s.from) && prep.lower[s.from] !== 'and' && !fieldWord(toks, prep, s.from)) return null;
  const sentence = toks[s.from]!.sentence;
  const near = (a: number) => toks[a + 1]?.sentence === sentence && oneSpaceBetween(v, toks[a]!, toks[a + 1]!);
  const free = (i: number) => i >= 0 && !spanAt(spans, i) && toks[i]!.sentence === sentence;
  // (No word the tagger read as a place, "China, Korea and Japan", nor a body's head word, which ends a name of its own: "Defense
  // Department and Israel Defense Forces".)
  const field = (i: number) => fieldWord(toks, prep, i) && spanAt(spans, i)?.type !== 'LOC' && !ORGANISATION_OF_HEADS.has(prep.lower[i]!);
  let from = s.from;
  let and = false;
  // (Back over free field words, and one "and" between them.)
  for (;;) {
    if (free(from - 1) && field(from - 1) && near(from - 1) && (!prep.first[from - 1] || openingNameWord(toks, prep, from - 1, true))) from--;
    else if (!and && free(from - 2) && prep.lower[from - 1] === 'and' && field(from - 2) && near(from - 2) && near(from - 1) && (!prep.first[from - 2] || openingNameWord(toks, prep, from - 2, true))) [from, and] = [from - 2, true];
    else break;
  }
  if (from - 1 >= 0 && toks[from - 1]!.sentence === sentence && /^\p{Lu}/u.test(toks[from - 1]!.text) && !FUNCTION_WORDS.has(prep.lower[from - 1]!)) return null;
  // (Forward over field words, in spans or not, and one "and", to the end of a nation's name.)
  let ands = 0;
  for (let i = from; i < toks.length && toks[i]!.sentence === sentence; i++) {
    if (nationAt(prep, i)) {
      const owner = spanAt(spans, i);
      return ands === 1 && owner && owner.to > i && wholeNation(prep, i, owner.to) && i > from ? [from, owner.to] : null;
    }
    if (prep.lower[i] === 'and' && i > from) ands++;
    else if (!field(i)) return null;
    if (!near(i)) return null;
  }
  return null;
}

export const SPAN_CHAPTER_RULES: readonly SpanTypeRule[] = [
  {
    id: 'national-chapter',
    types: ['PER', 'ORG'],
    reason: 'an organisation\'s name and a country\'s, nation\'s or continent\'s name one space after it (the continent also when the tagger read it as a person: "Greenpeace Africa said"), before a verb or "\'s", are one organisation, its national chapter or national body ("BirdLife South Africa said", "Transparency International Kenya\'s report", "Audit Scotland warned", "Historic England said"); also a lone English word the tagger read as a person or an organisation (or two read as a person: "Moorland Management"), unless it names a part or period of the place ("Northern Iraq", "Rural India"; placePartModifiers) or is a given name or a title; before a comma and a relative or an appositive too ("Salmon Scotland, which represents …"), and over one or two capitalised common nouns in no name before it ("Fisheries Management Scotland"); a results table\'s "Club Country" rows have no verb after them',
    example: 'Oxfam Tarvinia said the aid had not arrived.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const [s, next] = [spans[k]!, spans[k + 1]];
      // (Or a continent, the region it serves: "Greenpeace | Africa"; the tagger may read it as a person after a name.)
      if (!next || (next.type !== 'LOC' && next.type !== 'PER') || next.from !== s.to || !nationAt(prep, next.from) || prep.gaz[next.to]?.startsWith('I-')) return undefined;
      // (A person's name only as one English word, an organisation's as any name but a lone word naming a part of the place: "Audit | Scotland", not "Northern | Iraq".)
      const word = prep.lower[s.from]!;
      const lone = s.to - s.from === 1 && isLexicalWord(word);
      // (A person's name of English words that are no given names nor titles is none: "Moorland Management | Scotland".)
      const common = (i: number) => /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && isLexicalWord(prep.lower[i]!) && !givenName(prep.lower[i]!) && !titleHeads.has(prep.lower[i]!);
      if (lone ? PLACE_PART_MODIFIERS.has(word) || !common(s.from) : s.type === 'PER' && !(common(s.from) && common(s.to - 1) && s.to - s.from === 2)) return undefined;
      if (!oneSpaceBetween(v, toks[s.to - 1]!, toks[next.from]!) || !subjectAfter(v, next.to)) return undefined;
      // (Common nouns in no name before it open it: "Fisheries | Management Scotland".)
      return { from: commonNounsBefore(v, s.from), to: next.to, type: 'ORG' };
    },
  },
  {
    id: 'chapter-read-as-person',
    types: ['PER'],
    reason: 'a name the tagger read whole as one person that ends in a country\'s, region\'s or continent\'s name, with capitalised words before it that no given name or title opens ("Oxfam Asia", "Tourism Mauritius", "Enterprise Ireland"), is an organisation, a national body or a body\'s regional branch: a person\'s name opens with a given name ("Kathy Ireland")',
    example: 'Reefwatch Asia said the reefs were bleaching.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from < 2) return undefined;
      let m = s.from + 1;
      while (m < s.to && !nationAt(prep, m)) m++;
      return m < s.to && wholeNation(prep, m, s.to) && bodyWords(toks, prep, s.from, m) ? { from: s.from, to: s.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'opening-word-before-nation',
    reason: 'a sentence\'s first word, a capitalised English noun in no name (openingNameWord: no adverb, day, title, part of a place, plural, participle), right before a country\'s, region\'s or continent\'s name, or an acronym of two to four capitals the gazetteer does not know (a state\'s: "Infrastructure NSW"), that is a clause\'s subject (a verb, "\'s" or an appositive after it) opens a national body\'s name the tagger cut ("Business | Mauritius criticised", "Cricket | Iceland said"); not "Yesterday Ireland", "Meanwhile Ireland", "Rural Ireland", "Hosts Ireland"',
    example: 'Tourism Iceland said visitor numbers had doubled.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const w = s.from - 1;
      // (Or an acronym of a state's or region's name the gazetteer does not know: "Infrastructure | NSW said".)
      const acronym = s.to - s.from === 1 && s.type !== 'PER' && /^\p{Lu}{2,4}$/u.test(toks[s.from]!.text) && !prep.gaz[s.from];
      if (w < 0 || !(wholeNation(prep, s.from, s.to) || acronym) || spanAt(spans, w) || !openingNameWord(toks, prep, w, true) || toks[w]!.sentence !== toks[s.from]!.sentence) return undefined;
      return oneSpaceBetween(v, toks[w]!, toks[s.from]!) && subjectAfter(v, s.to) ? { from: w, to: s.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'coordinated-national-body',
    reason: 'capitalised English words for a body\'s fields joined by one "and" and closed by a country\'s, region\'s or continent\'s name are one national body ("Fisheries and Oceans Canada", "Environment and Climate Change Canada"), however the tagger cut the pieces; not a name with a place or person in its field words ("Germany and Sport England") nor one a capitalised word goes on before',
    example: 'The quota will fall, Fisheries and Oceans Canada said.',
    apply: (v) => {
      const run = coordinatedNationRun(v);
      return run ? { from: run[0], to: run[1], type: 'ORG' } : undefined;
    },
  },
];
