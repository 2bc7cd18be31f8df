// Stage 3, step 3 (speakers.ts, pronouns.ts): the sex the text gives a named person whose given name
// may not say it — an honorific before the name ("Ms Doyle", "Mr. Priebus") or a noun for a man or a
// woman in an appositive ("Her brother, Ang Tenzing,", "Ang Tenzing, her brother,"). Read for a person
// when pronoun resolution first asks; a person the text gives both sexes gets neither.

import type { Entity, Mention } from '../types.js';
import { WORDS, isWord } from './grammar/lexicon.js';

export type Sex = 'female' | 'male';

/** How many characters around a name the honorific or the appositive may take. */
const REACH = 40;

/** Lower-case words of a stretch (letters, digits, hyphens and apostrophes) and its commas. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'’-]+|,/gu) ?? [];
}

function honorificSex(word: string | undefined): Sex | null {
  if (!word) return null;
  return isWord(WORDS.feminineHonorifics, word) ? 'female' : isWord(WORDS.masculineHonorifics, word) ? 'male' : null;
}

function nounSex(word: string | undefined): Sex | null {
  if (!word) return null;
  return WORDS.feminineNouns.has(word) ? 'female' : WORDS.masculineNouns.has(word) ? 'male' : null;
}

/** "Her brother, X", "The mayor's wife, X": a possessive or an article, a noun for a man or a woman and a comma right before the name. */
function appositiveBefore(before: readonly string[]): Sex | null {
  const n = before.length;
  if (before[n - 1] !== ',') return null;
  const sex = nounSex(before[n - 2]);
  const det = before[n - 3] ?? '';
  return sex && (WORDS.possessiveDeterminers3.has(det) || WORDS.articles.has(det) || /['’]s$/.test(det)) ? sex : null;
}

/** "X, her brother,", "X, a grandmother of three,": a comma, a possessive or an article, at most two words and a noun for a man or a woman. */
function appositiveAfter(after: readonly string[]): Sex | null {
  if (after[0] !== ',' || !(WORDS.possessiveDeterminers3.has(after[1] ?? '') || WORDS.articles.has(after[1] ?? ''))) return null;
  for (let k = 2; k <= 4 && k < after.length; k++) {
    if (after[k] === ',') return null;
    const sex = nounSex(after[k]);
    if (sex) return after[k + 1] === undefined || after[k + 1] === ',' || after[k + 1] === 'of' ? sex : null;
  }
  return null;
}

/** What one mention of a person says of their sex: an honorific in or right before it ("Ms Doyle", "Mr. Priebus"), or an appositive beside it. */
function mentionSex(text: string, m: Mention): Sex | null {
  const before = words(text.slice(Math.max(0, m.start - REACH), m.start));
  // (The honorific right before the name, its full stop left out by `words`: "Mr. Priebus".)
  const honorific = /\s/.test(text[m.start - 1] ?? '') ? before.at(-1) : undefined;
  return honorificSex(words(m.text)[0]) ?? honorificSex(honorific) ?? appositiveBefore(before) ?? appositiveAfter(words(text.slice(m.end, m.end + REACH)));
}

/** What the text says of one entity's sex over all its name mentions; null when nothing, or both. */
function sexOfEntity(text: string, names: readonly Mention[], key: string): Sex | null {
  let found: Sex | null = null;
  for (const m of names) {
    if (m.entity !== key || m.kind !== 'name') continue;
    const sex = mentionSex(text, m);
    if (!sex) continue;
    if (found && found !== sex) return null;
    found = sex;
  }
  return found;
}

/** The sex the text gives a named person, asked by entity key: read from that person's mentions on the first ask (pronoun resolution asks for few). */
export interface DescribedSexes {
  get(key: string): Sex | undefined;
}

/**
 * The sex the text gives each named person, by entity key, read on demand.
 * @param names - mentions of names, sorted by start
 */
export function describedSexes(text: string, names: readonly Mention[], byKey: ReadonlyMap<string, Entity>): DescribedSexes {
  const memo = new Map<string, Sex | null>();
  return {
    get(key: string): Sex | undefined {
      let sex = memo.get(key);
      if (sex === undefined) memo.set(key, (sex = byKey.get(key)?.type === 'Person' ? sexOfEntity(text, names, key) : null));
      return sex ?? undefined;
    },
  };
}
