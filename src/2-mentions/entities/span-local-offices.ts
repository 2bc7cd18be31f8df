// Stage 2, named entities, a step right after splitTitledSpans: a local office written between the
// area it serves and its holder ("Harlan County Sheriff Dwayne Mercer", "Embakasi East MP Kevin
// Mwangi"), which the tagger reads as one person or cuts inside the title. The area becomes a place,
// the holder a person, and the title is left to roles.ts. Words: entity-words.json.

import type { Token } from '../../types.js';
import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import { isLexicalWord } from '../../1-text/wink-model.js';
import { honorifics, titleHeads, titleModifiers } from './gazetteer.js';
import type { Prepared, TagSpan } from './tagger.js';
import { COMPASS_WORDS, FUNCTION_WORDS, OFFICE_HOLDER_BODIES } from './words.js';

/** A title phrase's tokens written together, lower case, curly apostrophes straightened: "state'sattorney". */
const squeeze = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, '');

const COUNTY_TITLES: ReadonlySet<string> = new Set(words.countyOfficeTitles.words.map(squeeze));
/** Every leading part of a squeezed title ("s", "st", … "state'sattorney"): a run of tokens that is none of these can begin no title. */
const COUNTY_TITLE_PREFIXES: ReadonlySet<string> = new Set([...COUNTY_TITLES].flatMap((t) => [...t].map((_, i) => t.slice(0, i + 1))));
const COUNTY_AREAS: ReadonlySet<string> = new Set(words.countyOfficeTitles.areas);
const MEMBER_TITLES: ReadonlySet<string> = new Set(words.constituencyMemberTitles.words);

/** What a local-office rule reads: the tokens, the tagger's facts, the spans, and where the title's words stand. */
interface OfficeView {
  toks: readonly Token[];
  prep: Prepared;
  pieces: readonly TagSpan[];
  /** The area's first token (after any "The" or "former") … */
  place: number;
  /** … the title's first token … */
  title: number;
  /** … and the token after the title. */
  titleEnd: number;
}

/** One local-office rule: whether the words before the title are the area it names. */
interface LocalOfficeRule {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  /** The number of tokens of the title at `at` this rule knows (0: none). */
  readonly titleAt: (toks: readonly Token[], at: number) => number;
  /** Whether a lower-case title still makes the area a place (no holder is then read). */
  readonly lowerTitle: boolean;
  readonly isArea: (v: OfficeView) => boolean;
}

const cap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
const pieceType = (pieces: readonly TagSpan[], i: number): TagSpan['type'] | null => pieces.find((s) => s.from <= i && i < s.to)?.type ?? null;

/** The longest title of `titles` whose tokens (one to four) start at `at`, in tokens (0: none). */
function titleLength(toks: readonly Token[], at: number, titles: ReadonlySet<string>, prefixes: ReadonlySet<string>): number {
  let joined = '';
  let best = 0;
  for (let n = 1; n <= 4 && at + n <= toks.length; n++) {
    if (n > 1 && toks[at + n - 1]!.sentence !== toks[at]!.sentence) break;
    joined += squeeze(toks[at + n - 1]!.text);
    if (titles.has(joined)) best = n;
    // (No title goes on from here: most tokens stop at the first.)
    if (!prefixes.has(joined)) break;
  }
  return best;
}

export const LOCAL_OFFICE_RULES: readonly LocalOfficeRule[] = [
  {
    id: 'county-office-holder',
    reason: 'capitalised words ending in "County", "Parish" or "Borough" right before a county office\'s title ("Sheriff", "State\'s Attorney", "Coroner"; entity-words.json countyOfficeTitles) are the county, a place, and a capitalised name after a capitalised title its holder, a person',
    example: 'Brazos County Sheriff Luann Whitcomb said the road was closed.',
    titleAt: (toks, at) => titleLength(toks, at, COUNTY_TITLES, COUNTY_TITLE_PREFIXES),
    lowerTitle: true,
    isArea: ({ toks, prep, place, title }) => {
      if (title - place < 2 || !COUNTY_AREAS.has(prep.lower[title - 1]!)) return false;
      for (let i = place; i < title; i++) if (!cap(toks[i]) || prep.gaz[i] === 'B-org' || prep.gaz[i] === 'B-country') return false;
      return true;
    },
  },
  {
    id: 'constituency-member',
    reason: 'one to three capitalised words that are no English words (a compass word aside) right before the letters of a constituency\'s member ("MP", "MLA", "MCA"; entity-words.json constituencyMemberTitles) name the constituency, a place, unless the tagger read them as a body (a party: "Labour MP"); the name after the letters is the member',
    example: 'Kisauni North MP Halima Odhiambo opened the clinic.',
    titleAt: (toks, at) => (MEMBER_TITLES.has(toks[at]!.text) ? 1 : 0),
    lowerTitle: false,
    isArea: ({ toks, prep, pieces, place, title }) => {
      if (title - place > 3) return false;
      let unknown = false;
      for (let i = place; i < title; i++) {
        const type = pieceType(pieces, i);
        if (!/^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) || type === 'ORG' || type === 'MISC' || prep.gaz[i]) return false;
        if (COMPASS_WORDS.has(prep.lower[i]!)) continue;
        if (isLexicalWord(prep.lower[i]!)) return false;
        unknown = true;
      }
      return unknown;
    },
  },
];

/** The first token of the capitalised words right before `title` in its sentence (up to four), past a leading function word, title modifier or form of address. */
function areaStart(toks: readonly Token[], prep: Prepared, title: number): number {
  let p = title;
  while (p > 0 && title - p < 4 && toks[p - 1]!.sentence === toks[title]!.sentence && cap(toks[p - 1])) p--;
  while (p < title && (FUNCTION_WORDS.has(prep.lower[p]!) || titleModifiers.has(prep.lower[p]!) || honorifics.has(prep.lower[p]!) || titleHeads.has(prep.lower[p]!))) p++;
  return p;
}

/** The end of the holder's name right after a title ending at `from`: one to four capitalised words (none a title's), or `from`. */
function holderEnd(toks: readonly Token[], prep: Prepared, from: number): number {
  let e = from;
  while (e < toks.length && e - from < 4 && toks[e]!.sentence === toks[from - 1]!.sentence && /^\p{Lu}\p{Ll}/u.test(toks[e]!.text) && !titleHeads.has(prep.lower[e]!) && !FUNCTION_WORDS.has(prep.lower[e]!)) e++;
  return e;
}

/** The spans one rule makes at title token `t`, and the tokens they replace, or null. */
function readOffice(toks: readonly Token[], prep: Prepared, pieces: readonly TagSpan[], t: number): { from: number; to: number; made: TagSpan[] } | null {
  for (const rule of LOCAL_OFFICE_RULES) {
    const n = rule.titleAt(toks, t);
    if (!n || (!rule.lowerTitle && !cap(toks[t]))) continue;
    // (The office's own body, after a possessive or as a body's word, is no holder's title: "Clark County Coroner's Office".)
    const after = toks[t + n];
    if (after && after.sentence === toks[t]!.sentence && (/^['’]s?$/.test(after.text) || OFFICE_HOLDER_BODIES.has(after.lower))) return null;
    const place = areaStart(toks, prep, t);
    if (place >= t || !rule.isArea({ toks, prep, pieces, place, title: t, titleEnd: t + n })) continue;
    const made: TagSpan[] = [{ from: place, to: t, type: 'LOC' }];
    const end = cap(toks[t]) ? holderEnd(toks, prep, t + n) : t + n;
    const holder = end - (t + n) >= 2 || (end - (t + n) === 1 && pieceType(pieces, t + n) === 'PER');
    if (holder) made.push({ from: t + n, to: end, type: 'PER' });
    return { from: place, to: holder ? end : t + n, made };
  }
  return null;
}

/**
 * "Harlan County Sheriff Dwayne Mercer", "Cook County | State's Attorney Maria Flores", "Embakasi East |
 * MP | Kevin Mwangi": rewrites the spans over an area, a local office's title and its holder
 * (LOCAL_OFFICE_RULES) as the area's place and the holder's person. Edits `pieces` in place.
 */
export function splitLocalOffices(toks: readonly Token[], prep: Prepared, pieces: TagSpan[]): void {
  for (let t = 1; t < toks.length; t++) {
    const read = readOffice(toks, prep, pieces, t);
    if (!read) continue;
    const kept = pieces.filter((s) => s.to <= read.from || s.from >= read.to);
    // (A span that runs past the holder keeps its own reading: the rule does not apply.)
    if (pieces.some((s) => s.from < read.to && s.to > read.to) || pieces.some((s) => s.from < read.from && s.to > read.from)) continue;
    pieces.splice(0, pieces.length, ...kept, ...read.made);
    pieces.sort((a, b) => a.from - b.from);
    t = read.to - 1;
  }
}
