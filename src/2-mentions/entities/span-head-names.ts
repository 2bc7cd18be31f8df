// Stage 2, named entities, part of the span rules (span-types.ts lists SPAN_HEAD_NAME_RULES first):
// names whose kind the word at their edge gives, however the tagger cut or typed them — a body a
// nationality opens ("Scottish Chamber Orchestra"), a service joined by "and" ("Fire and Rescue
// Service"), a club's letters ("Riverside FC"), a firm's "&", a journal's or a work's title, an area's word,
// a natural feature's word ("Scarborough Shoal", "Mount | Lewotobi").

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import homonymWords from '../../../data/lexicon/homonyms.json' with { type: 'json' };
import { isLexicalWord } from '../../1-text/wink-model.js';
import { postNominals, titleHeads } from './gazetteer.js';
import { isCommonGivenName } from './given-names.js';
import { COMPANY_HEADS, FACILITY_HEADS, FEATURE_OPENERS, FUNCTION_WORDS, JOURNAL_NOUNS, ORGANISATION_TAIL_OPENERS, ORGANISATION_TAIL_WORDS, SCHOOL_RUN_HEADS } from './words.js';
import { CALENDAR_WORDS, cap, oneSpaceBetween, PLACE_GAZ, spanAt, type SpanTypeRule, type SpanView } from './span-rule.js';
import { type TagSpan, tagSpan } from './tagger.js';

/** Last words of an organisation's name: public, civil and cultural bodies ("Service", "Authority", "Orchestra", "Museum"); not a title's head ("Commissioner"). */
const BODY_HEADS: ReadonlySet<string> = new Set([...ORGANISATION_TAIL_WORDS, ...words.cultureBodyHeads.words].filter((w) => !titleHeads.has(w)));
/** A club's letters after its town ("FC", "FK"), as written. */
const CLUB_SUFFIXES: ReadonlySet<string> = new Set(words.clubSuffixes.words);
/** Nouns of a work or craft right before its title ("film", "book", "rover"). */
const WORK_NOUNS: ReadonlySet<string> = new Set(words.workNouns.words);
/** Finite speech verbs ("said", "told"; homonyms.json speechVerbs): a person, not a club, says them right after a rank at the bar. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(homonymWords.speechVerbs.words);
/** Last words of an administrative area's name ("County", "Province", "Oblast"). */
const PLACE_NAME_TAILS: ReadonlySet<string> = new Set(words.placeNameTails.words);
/** Last words of the name of a natural feature of sea or land ("Shoal", "Reef", "Strait", "Peninsula"). */
const NATURAL_FEATURE_HEADS: ReadonlySet<string> = new Set(words.naturalFeatureHeads.words);

/** Is token i a capitalised word of a name (Title case, not a function word), in the sentence of token `of`? */
function nameWord(v: SpanView, i: number, of: number): boolean {
  const t = v.toks[i];
  return !!t && t.sentence === v.toks[of]!.sentence && /^\p{Lu}[\p{Ll}'’-]/u.test(t.text) && !FUNCTION_WORDS.has(v.prep.lower[i]!);
}

/**
 * The end of a run of name words from token `from` (each one space after the last) whose last word is
 * a body's head, or -1. No span the tagger read as MISC may be in it, nor one read as an organisation
 * unless `orgs`; the run may not end inside a span.
 */
function bodyHeadEnd(v: SpanView, from: number, orgs: boolean, misc = false): number {
  let end = -1;
  for (let i = from; i < from + 5 && nameWord(v, i, from) && (i === from || oneSpaceBetween(v, v.toks[i - 1]!, v.toks[i]!)); i++) {
    const type = spanAt(v.spans, i)?.type;
    // (With `misc`, a span read as MISC that opens at `from`, no nationality: "Food and | Drug Administration".)
    const miscPart = misc && type === 'MISC' && spanAt(v.spans, i)!.from === from && !v.prep.gaz[from];
    if ((type === 'MISC' && !miscPart) || (type === 'ORG' && !orgs)) return -1;
    if (BODY_HEADS.has(v.prep.lower[i]!)) end = i + 1;
  }
  return end > 0 && (spanAt(v.spans, end - 1)?.to ?? end) <= end ? end : -1;
}

/**
 * The first token of the name words the tagger left out right before span k's start `from` (each one
 * space before the next, no earlier span among them, at most `most` words, none that `stop` refuses).
 */
function leftOut(v: SpanView, from: number, most: number, stop: (i: number) => boolean = () => false): number {
  const { toks, spans, k } = v;
  const start = from;
  while (from > start - most && (k === 0 || spans[k - 1]!.to < from) && nameWord(v, from - 1, start) && !stop(from - 1) && oneSpaceBetween(v, toks[from - 1]!, toks[from]!)) from--;
  return from;
}

/** Is span s a name of one person elsewhere in the article: a span of two words or more the tagger read as a person that ends with s's last word? */
function personElsewhere(v: SpanView, s: TagSpan): boolean {
  const last = v.prep.lower[s.to - 1];
  return v.spans.some((t) => t !== s && t.type === 'PER' && t.to - t.from > 1 && v.prep.lower[t.to - 1] === last);
}

/** Is the word at i written alone elsewhere as a person's one-word name ("… Gerard Mak SC … Mak said")? */
function surnameAlone(v: SpanView, i: number): boolean {
  return v.spans.some((t) => t.type === 'PER' && t.to - t.from === 1 && t.from !== i && v.prep.lower[t.from] === v.prep.lower[i]);
}

/** A name of two words or more read as an organisation that the gazetteer does not know and no body's or company's word closes: no more a maker than its title ("the orbiter Selene Pathfinder", not "the documentary CNN aired" or "the film Harbour Pictures made"). */
function unknownTwoWordName(v: SpanView, s: TagSpan): boolean {
  if (s.to - s.from < 2 || BODY_HEADS.has(v.prep.lower[s.to - 1]!) || COMPANY_HEADS.has(v.prep.lower[s.to - 1]!)) return false;
  for (let i = s.from; i < s.to; i++) if (v.prep.gaz[i] || !/^\p{Lu}\p{Ll}/u.test(v.toks[i]!.text)) return false;
  return true;
}

/**
 * The title set off by commas after a work's noun that holds span s, its lower-case small words too
 * ("her memoir, Rivers | of | Salt, was"): from the comma after the noun to the closing comma or the
 * sentence's end, capitalised words and function words only, a capitalised word first and last, at
 * most six words; [from, to] or null.
 */
function setOffTitle(v: SpanView, s: TagSpan): [number, number] | null {
  const { toks, prep } = v;
  const sentence = toks[s.from]!.sentence;
  let from = s.from;
  while (from > s.from - 4 && from > 0 && toks[from - 1]!.sentence === sentence && (cap(toks[from - 1]) || FUNCTION_WORDS.has(prep.lower[from - 1]!)) && prep.lower[from - 1] !== ',') from--;
  const noun = toks[from - 2];
  if (prep.lower[from - 1] !== ',' || !noun || noun.sentence !== sentence || noun.pos !== 'NOUN' || !WORK_NOUNS.has(noun.text) || !cap(toks[from])) return null;
  let to = s.to;
  while (to < from + 6 && toks[to]?.sentence === sentence && (cap(toks[to]) || FUNCTION_WORDS.has(prep.lower[to]!)) && prep.lower[to] !== ',') to++;
  const closed = prep.lower[to] === ',' || toks[to]?.sentence !== sentence || toks[to]?.pos === 'PUNCT';
  return closed && cap(toks[to - 1]) && to - from <= 6 ? [from, to] : null;
}

export const SPAN_HEAD_NAME_RULES: readonly SpanTypeRule[] = [
  {
    id: 'demonym-led-body',
    types: ['MISC'],
    reason: 'a nationality the tagger read alone ("Scottish", "British"), then capitalised words it left out or read as a person or a place, ending in a body\'s head ("Orchestra", "Museum", "Service"; entity-words.json cultureBodyHeads, organisationOfHeads, organisationTailWords), is one organisation that the nationality opens; a nationality before a name the tagger read as an organisation stays apart ("Russian | Foreign Ministry"), as CoNLL-2003 writes it, and a head that an "of/for" phrase follows is left to the rules that read it',
    example: 'She played the cello in the Danish Radio Orchestra for years.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      if (s.to - s.from !== 1 || v.prep.gaz[s.from] !== 'B-demonym' || !oneSpaceBetween(v, v.toks[s.from]!, v.toks[s.to] ?? v.toks[s.from]!)) return undefined;
      // (Not the end of a hyphenated word: "African-American | Museum".)
      if (v.toks[s.from - 1]?.end === v.toks[s.from]!.start) return undefined;
      const end = bodyHeadEnd(v, s.to, false);
      // (A body's "of/for" phrase goes on after the head: left to the rules that read it, "Kenyan | Ministry of | Health".)
      return end > 0 && !ORGANISATION_TAIL_OPENERS.has(v.prep.lower[end] ?? '') ? tagSpan(s.from, end, 'ORG') : undefined;
    },
  },
  {
    id: 'and-joined-service',
    types: ['PER', 'LOC'],
    reason: 'two runs of capitalised English words joined by "and" or "&", the second ending in a body\'s head ("Fire and Rescue Service", "Fire and Emergency Services"), are one public body\'s name, as "Food and Drug Administration" is, when the tagger read the first as a person or a place (the second as anything, MISC too: "U.S. Food and | Drug Administration"): its last word is a common noun, no name, and no common given name opens it ("Ann Roe and …"); a point of the compass or a place before it opens the name ("West Midlands Fire and Rescue Service")',
    example: 'Harlow Fire and Rescue Service sent four engines to the blaze.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const and = s.to;
      const last = prep.lower[and - 1]!;
      if ((prep.lower[and] !== 'and' && prep.lower[and] !== '&') || !cap(toks[and - 1]) || !isLexicalWord(last) || isCommonGivenName(last) || PLACE_GAZ.test(prep.gaz[and - 1] ?? '')) return undefined;
      if (!isLexicalWord(prep.lower[and + 1] ?? '')) return undefined;
      // (Nor a person's name that ends in an English word: "Ann Roe and …".)
      if (s.type === 'PER' && isCommonGivenName(prep.lower[s.from]!)) return undefined;
      // (The tagger may read the part after "and" as MISC: "U.S. Food and | Drug Administration".)
      const end = bodyHeadEnd(v, and + 1, true, true);
      if (end < 0) return undefined;
      // (The words the tagger left out before the span: "West | Midlands Fire".)
      return tagSpan(leftOut(v, s.from, s.from, (i) => !!prep.first[i + 1]), end, 'ORG');
    },
  },
  {
    id: 'club-suffix-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a club\'s letters written after its town ("FC", "FK", "AFC"; entity-words.json clubSuffixes) make the town and the letters one sports club, an organisation, however the tagger cut or typed them',
    example: 'Harlow Town FC signed the striker on a free transfer.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      // (The letters alone, the town before them left out by the tagger: "Dunmore | AFC".)
      if (s.to - s.from === 1 && CLUB_SUFFIXES.has(toks[s.from]!.text)) {
        const from = leftOut(v, s.from, 2, (i) => CALENDAR_WORDS.has(v.prep.lower[i]!));
        return from < s.from ? tagSpan(from, s.to, 'ORG') : undefined;
      }
      const at = s.to;
      const suffix = toks[at];
      if (!suffix || !CLUB_SUFFIXES.has(suffix.text) || suffix.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[at - 1]!, suffix)) return undefined;
      if (CLUB_SUFFIXES.has(toks[s.from]!.text)) return undefined;
      // (Letters that are also a rank at the bar after a person's given name and a surname, one that is no English word, that the
      // article writes alone as a person's or that a speech verb follows: "Gerard Mak SC … Mak said", "Gerard Mak SC said";
      // rule post-nominal-letters.)
      if (s.type === 'PER' && s.to - s.from >= 2 && postNominals.has(suffix.text) && isCommonGivenName(v.prep.lower[s.from]!) && (!isLexicalWord(v.prep.lower[at - 1]!) || surnameAlone(v, at - 1) || SPEECH_VERBS.has(v.prep.lower[at + 1] ?? ''))) return undefined;
      const next = spans[k + 1];
      return tagSpan(s.from, next && next.from === at ? Math.max(next.to, at + 1) : at + 1, 'ORG');
    },
  },
  {
    id: 'ampersand-firm',
    types: ['PER', 'LOC'],
    reason: 'no person\'s or place\'s name holds "&": a name the tagger read as a person or a place with capitalised words on both sides of one ("Hollis & Crane") is a firm, an organisation',
    example: 'said Ann Roe, a strategist at Bramley & Cole.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from < 3) return undefined;
      for (let i = s.from + 1; i < s.to - 1; i++) if (toks[i]!.text === '&' && cap(toks[i + 1])) return tagSpan(s.from, s.to, 'ORG');
      return undefined;
    },
  },
  {
    id: 'journal-title-name',
    types: ['PER', 'LOC'],
    reason: 'capitalised words right after a lower-case "journal" (entity-words.json journalNouns) name the journal, an organisation, with the words the tagger left out before its span ("the journal Planetary | Science Letters"), whatever it typed them',
    example: 'The results appear in the journal Coastal Ecology Reports this week.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      if (s.type !== 'PER' && s.type !== 'LOC') return undefined;
      const from = leftOut(v, s.from, 3);
      const noun = toks[from - 1];
      return noun && noun.sentence === toks[s.from]!.sentence && JOURNAL_NOUNS.has(noun.text) ? tagSpan(from, s.to, 'ORG') : undefined;
    },
  },
  {
    id: 'work-title-after-noun',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'capitalised words right after a noun of a creative work or a named craft ("the film Harmattan", "her new book, Sweet Lies,", "the rover Kestrel"; entity-words.json workNouns) are its title, no person, place or organisation (a title set off by commas with its small words: "her memoir, Rivers of Salt,"; one read as an organisation only when it has two words or more, all Title case, that the gazetteer does not know and no body\'s or company\'s word closes: not "the documentary CNN aired"): not a person\'s name written in full elsewhere in the article ("the book Trump wrote" after "Donald Trump"), nor one read as a person or place that a common given name opens ("the film Jane Campion made")',
    example: 'Her second film Quiet Harbour opened the festival.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      if (s.type === 'ORG' && !unknownTwoWordName(v, s)) return undefined;
      // (Set off by commas: "her new book, Sweet Lies, is out".)
      const comma = prep.lower[s.from - 1] === ',' && (prep.lower[s.to] === ',' || toks[s.to]?.sentence !== toks[s.from]!.sentence);
      const noun = toks[comma ? s.from - 2 : s.from - 1];
      // (A title with small words the tagger cut it at: "her memoir, Rivers of | Salt,".)
      const title = comma ? null : setOffTitle(v, s);
      if (!title && (!noun || noun.sentence !== toks[s.from]!.sentence || noun.pos !== 'NOUN' || !WORK_NOUNS.has(noun.text))) return undefined;
      const [from, to] = title ?? [s.from, s.to];
      if (personElsewhere(v, s) || (s.type !== 'ORG' && to - from > 1 && isCommonGivenName(prep.lower[from]!))) return undefined;
      return tagSpan(from, to, 'MISC');
    },
  },
  {
    id: 'place-tail-name',
    types: ['PER'],
    reason: 'a name of two words or more ending in the word for an administrative area ("Marsabit County", "Helmand Province", "Kharkiv Oblast"; entity-words.json placeNameTails) that the tagger read as a person is that area, a place: no person\'s name ends in one; after a city the gazetteer knows it may be a club ("Derby County"), and after a common given name a person ("Ann District"), left as read',
    example: 'Floods cut the roads in Turkana County on Friday.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const last = s.to - 1;
      if (s.to - s.from < 2 || !/^\p{Lu}\p{Ll}+$/u.test(toks[last]!.text) || !PLACE_NAME_TAILS.has(prep.lower[last]!)) return undefined;
      for (let i = s.from; i < last; i++) if (PLACE_GAZ.test(prep.gaz[i] ?? '') || !cap(toks[i])) return undefined;
      return isCommonGivenName(prep.lower[s.from]!) ? undefined : tagSpan(s.from, s.to, 'LOC');
    },
  },
  {
    id: 'feature-opener-joined',
    types: ['LOC', 'PER', 'MISC'],
    reason: 'a natural feature\'s opening word read alone ("Mount", "Lake", "Cape"; entity-words.json featureOpeners) and the capitalised names the tagger read apart right after it, one space apart (with a hyphen\'s lower-case half: "Laki-laki"), are one place, the feature, when they are no English words; not a body\'s name ("Mount | Sinai Hospital") nor a span the tagger read as an organisation',
    example: 'Ash fell on villages near Mount Karang Tua-tua on Sunday.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      if (s.to - s.from !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(toks[s.from]!.text) || !FEATURE_OPENERS.has(prep.lower[s.from]!)) return undefined;
      let end = s.to;
      for (let j = k + 1; j < spans.length && spans[j]!.from === end && spans[j]!.type !== 'ORG' && cap(toks[end]) && oneSpaceBetween(v, toks[end - 1]!, toks[end]!); j++) end = spans[j]!.to;
      // (Words in no lexicon only, a feature's own name: not "Gulf | Cargo Link", a firm's.)
      for (let i = s.to; i < end; i++) if (isLexicalWord(prep.lower[i]!)) return undefined;
      if (end === s.to) return undefined;
      // (A hyphen and a lower-case half written against the last word: "Laki-laki".)
      const glued = (i: number) => !!toks[i] && toks[i]!.start === toks[i - 1]!.end;
      if (toks[end]?.text === '-' && glued(end) && glued(end + 1) && /^\p{Ll}+$/u.test(toks[end + 1]!.text)) end += 2;
      const last = prep.lower[end - 1]!;
      return BODY_HEADS.has(last) || COMPANY_HEADS.has(last) || SCHOOL_RUN_HEADS.has(last) || FACILITY_HEADS.has(last) ? undefined : { from: s.from, to: end, type: 'LOC' };
    },
  },
  {
    id: 'natural-feature-place',
    types: ['PER', 'ORG', 'MISC'],
    reason: 'a name of two words or more, all capitalised, ending in the word for a natural feature of sea or land ("Scarborough Shoal", "Kerama Reef", "Taiwan Strait", "Kamchatka Peninsula"; entity-words.json naturalFeatureHeads) is that feature, a place, whatever the tagger typed it; after a common given name it may be a person, left as read',
    example: 'Coast guard ships patrolled near Harrow Shoal on Monday.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const last = s.to - 1;
      if (s.to - s.from < 2 || !/^\p{Lu}\p{Ll}+$/u.test(toks[last]!.text) || !NATURAL_FEATURE_HEADS.has(prep.lower[last]!)) return undefined;
      for (let i = s.from; i < last; i++) if (!cap(toks[i])) return undefined;
      return isCommonGivenName(prep.lower[s.from]!) ? undefined : tagSpan(s.from, s.to, 'LOC');
    },
  },
];
