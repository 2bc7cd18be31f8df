// Stage 2, named entities, part of the span rules (span-types.ts lists LEGAL_FORM_NAME in its table): a
// company's name closed by a legal form ("Inc", "Ltd", "SpA"), run back over the words the tagger cut
// off — at a sentence's start only a title's word or a noun that could open a name ("Prairie | Potash
// Corp. said") — and a sentence-opening word that describes the company dropped ("Troubled | Acme Corp.").

import { isLexicalWord } from '../../1-text/wink-model.js';
import { titleHeads } from './gazetteer.js';
import { COMPANY_NAME_CONNECTORS, COMPANY_NOUNS, LEGAL_FORMS } from './words.js';
import { openingNameWord } from './span-chapters.js';
import { CALENDAR_WORDS, cap, spanAt, type SpanTypeRule, type SpanView } from './span-rule.js';
import type { TagSpan } from './tagger.js';

/** Gazetteer tags of places. */
const PLACE_GAZ = /-(country|capital|city|us-state|region|continent)$/;

/**
 * The end of a company's name that runs from the span's first word over capitalised words and
 * COMPANY_NAME_CONNECTORS to a legal form ("Gold Fields of South Africa Ltd", "Bear Stearns & Co
 * Inc"), or -1. "of" and "'s" after a person or a place end the run ("John Ruiz of Acme Corp",
 * "Britain's Acme Corp").
 */
export function legalFormEnd(v: SpanView, s: TagSpan): number {
  const { toks, prep, spans } = v;
  const sentence = toks[s.from]!.sentence;
  const same = (j: number) => j < toks.length && toks[j]!.sentence === sentence;
  for (let j = s.from; same(j); j++) {
    if (j > s.from && LEGAL_FORMS.has(toks[j]!.text)) {
      let end = j + 1;
      while (same(end) && LEGAL_FORMS.has(toks[end]!.text)) end++;
      return end;
    }
    if (cap(toks[j])) continue;
    if (!COMPANY_NAME_CONNECTORS.has(prep.lower[j]!) || !same(j + 1) || !cap(toks[j + 1])) return -1;
    if (prep.lower[j] !== '&' && (spanAt(spans, j - 1)?.type === 'PER' || PLACE_GAZ.test(prep.gaz[j - 1] ?? ''))) return -1;
  }
  return -1;
}

/**
 * Where a company's name ending in a legal form starts when the tagger left out its first words
 * ("General | Electric Co.", "Price | Stern Sloan Inc."): back over the proper nouns right before
 * it in the sentence that no other span holds — not a day or month, a place the gazetteer knows,
 * a word in capitals (a dateline) or a noun for a company ("Retailer Best Buy Co."), and at the
 * sentence's start only a title's word ("General"); none when another capitalised word stands
 * before them (a label: "Company Name Harlow Inc").
 */
function legalFormStart(v: SpanView, s: TagSpan, end: number): number {
  const { toks, prep, spans } = v;
  const sentence = toks[s.from]!.sentence;
  // (The name is a clause's subject: a verb or an appositive's comma after it — no form's label.)
  const after = toks[end];
  const subject = !!after && after.sentence === sentence && (after.pos === 'VERB' || after.pos === 'AUX' || after.text === ',');
  let j = s.from;
  while (j > 0) {
    const t = toks[j - 1]!;
    const lower = prep.lower[j - 1]!;
    if (t.sentence !== sentence || t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(t.text) || spanAt(spans, j - 1)) break;
    if (CALENDAR_WORDS.has(lower) || PLACE_GAZ.test(prep.gaz[j - 1] ?? '') || COMPANY_NOUNS.has(lower)) break;
    // (At a sentence's start only a title's word, "General", or a noun that neither times nor describes the name before a verb
    // ("Prairie | Potash Corp. said"; openingNameWord): a form's label, "Name Harlow Inc", and "Yesterday" are no part of it.)
    if ((j - 1 === 0 || toks[j - 2]!.sentence !== sentence) && !titleHeads.has(lower) && !(subject && openingNameWord(toks, prep, j - 1))) break;
    j--;
  }
  // (After another capitalised word the run is a label or a list: "Company Name Harlow Inc", "N / A Lead Underwriter X Inc".)
  return j < s.from && j > 0 && toks[j - 1]!.sentence === sentence && cap(toks[j - 1]) ? s.from : j;
}

/** Span s is one sentence-opening English word, no title's, that could not open a name (openingNameWord: "Troubled", "Embattled", "Former", "Separately"). */
function describingOpener(v: SpanView, s: TagSpan): boolean {
  const { toks, prep } = v;
  const w = prep.lower[s.from]!;
  return s.type !== 'ORG' && s.to - s.from === 1 && prep.first[s.from]! && /^\p{Lu}\p{Ll}+$/u.test(toks[s.from]!.text) && isLexicalWord(w) && !titleHeads.has(w) && !prep.gaz[s.from] && !openingNameWord(toks, prep, s.from);
}

export const LEGAL_FORM_NAME: SpanTypeRule = {
  id: 'legal-form-name',
  reason: 'a legal form ("Inc", "Ltd", "Co", "SpA") closes a company\'s name that runs back over the capitalised words and the connectors ("of", "&", "\'s") before it, however the tagger cut or typed them, and over the proper nouns it left out before its first word ("General | Electric Co.")',
  example: 'Dockers at Harlan Marine of Rotterdam Ltd walked out.',
  apply: (v) => {
    const s = v.spans[v.k]!;
    if (/demonym/.test(v.prep.gaz[s.from] ?? '')) return undefined;
    const end = legalFormEnd(v, s);
    if (end < s.to) return undefined;
    // (A sentence's first word the tagger typed apart that describes the company, "Troubled | Acme Corp.", "Former | …":
    // no word of its name, and no name of its own.)
    if (describingOpener(v, s) && end > s.to) return null;
    const from = legalFormStart(v, s, end);
    return end > s.to || from < s.from || s.type !== 'ORG' ? { from, to: end, type: 'ORG' } : undefined;
  },
};
