// Stage 2, named entities, part of the span rules (span-persons.ts's person-after-title and
// initial-after-title): a person's name the tagger ran into the title or the portfolio before it, in
// one organisation or place span ("Labour MP | Rachel Hopkins", "Minister for Harbours | Tomas Varga",
// "Health Minister R Selvam"). Words from wink's lexicon, given-names.json and entity-words.json.

import { isLexicalWord } from '../../1-text/wink-model.js';
import { honorifics, titleHeads, titleModifiers } from './gazetteer.js';
import { givenNameClass, isCommonGivenName } from './given-names.js';
import { syllableAfter } from './span-joins.js';
import { cap, surnameLike, type SpanView } from './span-rule.js';
import { type TagSpan, tagSpan } from './tagger.js';
import { ARABIC_ARTICLES, COMPANY_HEADS, LOWER_SURNAME_PARTICLES, ORGANISATION_OF_HEADS, ORGANISATION_TAIL_WORDS, PATRONYMIC_PARTICLES } from './words.js';

/**
 * "Labour MP | Rachel Hopkins", "City Councilman Frank | DeLuca": a title head inside an organisation
 * or place span, then a given name (or a word that is no English word) and at least one more capitalised word (lower-case surname particles between them: "MP Carla van Wyk") (the next span's words
 * too when it follows at once) is a person; returns that person's span, or undefined.
 */
export function personAfterTitle(v: SpanView): TagSpan | undefined {
  const { toks, prep, spans, k } = v;
  const s = spans[k]!;
  const portfolio = personAfterPortfolio(v);
  if (portfolio || s.type === 'PER') return portfolio;
  const next = spans[k + 1];
  const to = next && next.from === s.to && next.type === 'PER' ? next.to : s.to;
  let title = -1;
  for (let i = s.from; i < s.to - 1; i++) if (cap(toks[i]) && titleHeads.has(prep.lower[i]!)) title = i;
  // (A given name, or a name that is no English word: "Labour MSP Morag Kerr", "Fianna Fáil TD Seán Byrne";
  // after a form of address, which stays with the name for candidates.ts to strip: "Opposition MP Mrs. Litia Cakau".)
  let name = title + 1;
  while (title >= 0 && name < to - 2 && honorifics.has(prep.lower[name]!.replace(/\.$/, ''))) name++;
  const first = prep.lower[name]!;
  // (Or two words, the last no English word: a given name the list lacks and a surname, "Professor Mei Takahashi".)
  const unlistedGiven = to - name === 2 && surnameLike(prep.lower[to - 1]!) && !prep.gaz[to - 1];
  if (title < 0 || to - name < 2 || (givenNameClass(first) === 0 && isLexicalWord(first) && !unlistedGiven)) return undefined;
  // (A lower-case surname particle may stand inside the name, between capitalised words: "MP Carla van Wyk";
  // not "bin", "ibn": a Gulf ruler's "Sheikh" belongs to the name, rule lower-case-surname-particle.)
  // (Or an Arabic article and its hyphen, written against the name after it: "MP Fatima al-Hassan".)
  const article = (i: number) => ARABIC_ARTICLES.has(toks[i]!.text) && toks[i + 1]!.text === '-' && toks[i + 1]!.end === toks[i + 2]!.start;
  const particle = (i: number) => i > title + 1 && i < to - 1 && ((LOWER_SURNAME_PARTICLES.has(toks[i]!.text) && !PATRONYMIC_PARTICLES.has(toks[i]!.text)) || article(i) || (toks[i]!.text === '-' && article(i - 1)));
  for (let i = title + 1; i < to; i++) if (particle(i) ? false : !cap(toks[i]) || titleHeads.has(prep.lower[i]!) || titleModifiers.has(prep.lower[i]!)) return undefined;
  return { from: title + 1, to, type: 'PER' };
}

/** A single capital letter without a full stop: an initial ("R" in "R Selvam"). */
const INITIAL = /^\p{Lu}$/u;

/**
 * "spokesperson | R Selvam", "Health Minister R Selvam" typed as a body or place: a title head or an
 * honorific (in the span or right before it), one or two initials, then one or two capitalised words
 * to the span's end; returns the person's span, or undefined.
 */
export function initialAfterTitle({ toks, prep, spans, k }: SpanView): TagSpan | undefined {
  const s = spans[k]!;
  if (prep.headline[s.from]) return undefined;
  const titled = (i: number) => i >= 0 && toks[i]!.sentence === toks[s.from]!.sentence && (titleHeads.has(prep.lower[i]!) || honorifics.has(prep.lower[i]!.replace(/\.$/, '')));
  let from = s.from;
  while (from < s.to && !(titled(from - 1) && INITIAL.test(toks[from]!.text))) from++;
  let j = from;
  while (j < s.to && j - from < 2 && INITIAL.test(toks[j]!.text)) j++;
  if (j === from || s.to - j < 1 || s.to - j > 2) return undefined;
  for (let i = j; i < s.to; i++) if (!/^\p{Lu}\p{Ll}/u.test(toks[i]!.text) || titleHeads.has(prep.lower[i]!) || ORGANISATION_TAIL_WORDS.has(prep.lower[i]!)) return undefined;
  return tagSpan(from, s.to, 'PER');
}

/**
 * "Minister for Harbours | Tomas Varga" read as one name: after a title head and "for"/"of" (and the portfolio's first field and "and": "Minister of Trade and | Industry Ana Ruiz"), the
 * capitalised common words of the portfolio, then a given name and a surname; returns the person's
 * span, or undefined.
 */
function personAfterPortfolio(v: SpanView): TagSpan | undefined {
  const { toks, prep, spans, k } = v;
  const s = spans[k]!;
  const of = s.from - 1;
  // (Or the "and" of a portfolio of two fields: "Minister of Foreign Trade and | Investment Ana Ruiz".)
  const and = prep.lower[of] === 'and' || prep.lower[of] === '&';
  if (of < 1 || (prep.lower[of] !== 'for' && prep.lower[of] !== 'of' && !and)) return undefined;
  // (The title may stand further back in its chain: "Minister of State for".)
  let t = of - 1;
  while (t > of - 5 && t > 0 && !titleHeads.has(prep.lower[t]!) && (cap(toks[t]) || prep.lower[t] === 'of' || prep.lower[t] === 'for')) t--;
  if (and && (prep.lower[t + 1] !== 'of' && prep.lower[t + 1] !== 'for')) return undefined;
  if (!cap(toks[t]) || !titleHeads.has(prep.lower[t]!) || toks[t]!.sentence !== toks[s.from]!.sentence) return undefined;
  // ("Secretary for Health | Lo Chung-mau": a short surname first, before a hyphenated given name
  // whose syllables may be English words; an English given name may open it: "John Lee Ka-chiu".)
  const syllableEnd = s.to - s.from >= 3 && toks[s.to - 2]!.text.length <= 4 ? syllableAfter(toks, s.to - 1) : -1;
  if (syllableEnd > 0) return { from: s.to - 3 > s.from && isCommonGivenName(prep.lower[s.to - 3]!) ? s.to - 3 : s.to - 2, to: syllableEnd, type: 'PER' };
  let j = s.from;
  // (The fields may be joined by "and" inside the span: "for Trade and Industry | Ana Ruiz".)
  while (j < s.to && ((cap(toks[j]) && givenNameClass(prep.lower[j]!) === 0 && isLexicalWord(prep.lower[j]!)) || (j > s.from && (prep.lower[j] === 'and' || prep.lower[j] === '&')))) j++;
  if (j === s.from || s.to - j < 2 || givenNameClass(prep.lower[j]!) === 0) return nameAfterJoinedFields(v);
  return { from: j, to: s.to, type: 'PER' };
}

/**
 * "Minister for Trade and Industry | Low Yen Ling said": when no given name ends the portfolio, whose
 * fields are joined by "and", the portfolio's last field is the word after its last "and", and two or
 * three capitalised words that close the span before a verb or a comma are the holder's name (a name
 * of English words: "Low", "Yen", "Ling"); a body's head word among them makes them none.
 */
function nameAfterJoinedFields({ toks, prep, spans, k }: SpanView): TagSpan | undefined {
  const s = spans[k]!;
  let and = -1;
  for (let i = s.from + 1; i < s.to; i++) if (prep.lower[i] === 'and' || prep.lower[i] === '&') and = i;
  const from = and + 2;
  const after = toks[s.to];
  if (and < 0 || s.to - from < 2 || s.to - from > 3 || !after || after.sentence !== toks[s.from]!.sentence || !(after.text === ',' || after.pos === 'VERB' || after.pos === 'AUX')) return undefined;
  const nameWord = (i: number) => /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && !prep.gaz[i] && !titleHeads.has(prep.lower[i]!) && !ORGANISATION_TAIL_WORDS.has(prep.lower[i]!) && !ORGANISATION_OF_HEADS.has(prep.lower[i]!) && !COMPANY_HEADS.has(prep.lower[i]!);
  for (let i = from; i < s.to; i++) if (!nameWord(i)) return undefined;
  return { from, to: s.to, type: 'PER' };
}
