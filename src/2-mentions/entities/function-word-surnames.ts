// Stage 2, named entities: Chinese surnames spelt as an English function word ("He", "An") that the
// tagger leaves out or reads as the pronoun: before a romanised given name they open a person's name
// ("spokesperson He Yanling"), and "He" capitalised inside a sentence after such a name is that surname.
// Words in data/lexicon/entity-words.json functionWordSurnames; run by entities.ts after the candidates are made.

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import type { Token } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { cand, type Cand } from './candidate.js';
import type { Prepared } from './tagger.js';

/** The surnames, as written ("He", "An"). */
const FUNCTION_WORD_SURNAMES: ReadonlySet<string> = new Set(words.functionWordSurnames.words);
/** One pinyin syllable: an initial, then a final ("yan", "ling", "dong", "xiao"). */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)';
/** A given name of one to three pinyin syllables written as one word ("Yanling", "Lifeng", "Ning"). */
const PINYIN_GIVEN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,3}$`);

/** Is token t a Title-case romanised given name that is no English word ("Yanling", not "Said" or "Hang")? */
function pinyinGivenName(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}\p{Ll}+$/u.test(t.text) && PINYIN_GIVEN_NAME.test(t.lower) && !isLexicalWord(t.lower);
}

/**
 * Adds "He Yanling" (one space, one sentence, the given name in no other name: a person the tagger
 * read as the given name alone is widened over the surname), then each "He" capitalised inside a
 * sentence — not its first word, but after a quotation's closing comma ('"…," He said') — of an
 * article that names such a person, as a mention of that name.
 * `cands` is sorted by position afterwards by the caller.
 */
export function addFunctionWordSurnames(toks: readonly Token[], prep: Prepared, covered: Uint8Array, cands: Cand[]): void {
  const found = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) {
    const [surname, given] = [toks[i]!, toks[i + 1]!];
    if (!FUNCTION_WORD_SURNAMES.has(surname.text) || given.sentence !== surname.sentence || given.start !== surname.end + 1 || !pinyinGivenName(given)) continue;
    // (The span steps may have read the whole name already: "He | Junwei" tagged as the given name alone.)
    if (covered[i]) {
      if (cands.some((c) => c.type === 'Person' && c.from === i && c.to === i + 2)) found.add(surname.text);
      continue;
    }
    // (No capitalised word runs on after the given name: "He Hong Kong …" is no name.)
    const after = toks[i + 2];
    if (after && after.sentence === given.sentence && prep.cap[i + 2] && after.start === given.end + 1) continue;
    const held = cands.find((c) => c.from <= i + 1 && c.to > i + 1);
    if (held && (held.type !== 'Person' || held.from !== i + 1 || held.to !== i + 2)) continue;
    if (held) held.from = i;
    else cands.push(cand(i, i + 2, 'Person', 'name', undefined));
    covered[i] = covered[i + 1] = 1;
    found.add(surname.text);
  }
  if (!found.size) return;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!found.has(t.text) || covered[i] || t.sentence !== toks[i - 1]!.sentence) continue;
    // (Right after a quotation closed by a comma, "?" or "!", the attribution goes on: '"…," He said.')
    const afterQuote = /^["”'’]$/.test(toks[i - 1]!.text) && /^[,?!]$/.test(toks[i - 2]?.text ?? '');
    if (!afterQuote && (prep.first[i] || /^["“'‘(]$/.test(toks[i - 1]!.text))) continue;
    cands.push(cand(i, i + 1, 'Person', 'name', undefined));
    covered[i] = 1;
  }
}
