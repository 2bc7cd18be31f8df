// Stage 1 helper (issue 23.7): is an article English? newsgraph's rules and models are for English
// news; another language gives a few wrong statements without a word. The language is told by
// franc-min (trigram language identifier, MIT, 82 languages) on the first LANGUAGE_SAMPLE characters,
// unless that start is plainly English by its function words (data/lexicon/english-markers.json).
// A pure decision over an injectable identifier, and a loader that finds franc-min when installed.

import { createRequire } from 'node:module';
import markers from '../../data/lexicon/english-markers.json' with { type: 'json' };

/** Characters of the text the identifier sees (the start of an article is its most typical prose). */
export const LANGUAGE_SAMPLE = 1000;
/** Below this many letters the identifier guesses; no verdict is given. */
export const LANGUAGE_MIN_LETTERS = 60;

/** Words a sample needs before its share of English function words is trusted. */
export const ENGLISH_MARKER_MIN_WORDS = 40;
/** Share of English function words (english-markers.json) at which a sample is English without franc-min. */
export const ENGLISH_MARKER_SHARE = 0.12;

const ENGLISH_MARKERS: ReadonlySet<string> = new Set(markers.words);

/** Relative score (0–1, the best 1) English must stay under for a text to count as another language. */
export const ENGLISH_MARGIN = 0.9;

/**
 * An identifier: ISO 639-3 codes with scores relative to the best (1), best first, as franc's
 * francAll gives them; [["und", 1]] when it cannot tell.
 */
export type LanguageIdentifier = (text: string) => ReadonlyArray<readonly [string, number]>;

/** The verdict on one text: its language when known, and whether newsgraph should read it as English. */
export interface LanguageVerdict {
  /** ISO 639-3 ("eng", "deu"), or "und" when unknown or too short to tell. */
  language: string;
  /** False only when the identifier is sure it is another language. */
  english: boolean;
}

/**
 * Judges a text with `identify`; short texts, "und" and texts where English scores within
 * ENGLISH_MARGIN of the best count as English (nothing to warn about).
 */
export function judgeLanguage(text: string, identify: LanguageIdentifier): LanguageVerdict {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < LANGUAGE_MIN_LETTERS) return { language: 'und', english: true };
  if (plainlyEnglish(sample)) return { language: 'eng', english: true };
  const scores = identify(sample);
  const language = scores[0]?.[0] ?? 'und';
  // English-like or near English: tables of names and numbers (sports results, earnings) score
  // English ≥ 0.98 behind a wrong best guess; a real German or French article puts English ≈ 0.6.
  const englishScore = Math.max(0, ...scores.filter(([c]) => c === 'eng' || c === 'sco').map(([, v]) => v));
  return { language, english: language === 'eng' || language === 'und' || language === 'sco' || englishScore >= ENGLISH_MARGIN };
}

/**
 * True when at least ENGLISH_MARKER_MIN_WORDS words of `sample` have ENGLISH_MARKER_SHARE of them
 * English function words: franc-min (≈3 ms a text, 8% of a corpus build) is not needed to say so.
 * Every article of the evaluation corpora franc-min calls English; 95% pass this test, none of
 * another language does (a German or French text has almost none of these words).
 */
export function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < ENGLISH_MARKER_MIN_WORDS) return false;
  let found = 0;
  for (const w of words) if (ENGLISH_MARKERS.has(w)) found++;
  return found >= ENGLISH_MARKER_SHARE * words.length;
}

/** The warning line for a text that is not English, or null. `name` says which input. */
export function languageWarning(name: string, verdict: LanguageVerdict): string | null {
  if (verdict.english) return null;
  return `${name}: the text looks like ${languageName(verdict.language)} (${verdict.language}), not English; newsgraph reads English news, so its statements will be few and unreliable.`;
}

const NAMES: Readonly<Record<string, string>> = {
  deu: 'German', fra: 'French', spa: 'Spanish', ita: 'Italian', por: 'Portuguese', nld: 'Dutch', rus: 'Russian',
  ukr: 'Ukrainian', pol: 'Polish', swe: 'Swedish', nob: 'Norwegian', dan: 'Danish', fin: 'Finnish', tur: 'Turkish',
  arb: 'Arabic', cmn: 'Chinese', jpn: 'Japanese', kor: 'Korean', hin: 'Hindi', ell: 'Greek', ces: 'Czech', ron: 'Romanian', hun: 'Hungarian',
};

function languageName(code: string): string {
  return NAMES[code] ?? 'another language';
}

let loaded: LanguageIdentifier | null | undefined;

/**
 * franc-min's identifier, or null when the package is not installed (the check is then skipped;
 * the caller says so once). Loaded synchronously (require of an ES module, Node >= 20.19) and once.
 */
export function loadLanguageIdentifier(): LanguageIdentifier | null {
  if (loaded !== undefined) return loaded;
  try {
    const mod = createRequire(import.meta.url)('franc-min') as { francAll: (text: string, options?: { minLength?: number }) => Array<[string, number]> };
    loaded = (text) => mod.francAll(text, { minLength: 10 });
  } catch {
    loaded = null;
  }
  return loaded;
}
