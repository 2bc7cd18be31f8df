// Stage 2, named entities, part of the span rules (span-organisations.ts lists COUNTRY_LED_ORGANISATION
// in its table, where it stood): a place's name the tagger typed apart before the organisation's name it
// opens ("Kenya | Ports Authority", "Oman | Oil Company"; a province's or state's: "Alberta | Health
// Services"), and the test of a name closed by an organisation's head word or a company's word that
// span-organisations.ts shares.

import type { Token } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { isCommonGivenName } from './given-names.js';
import { isBody } from './government.js';
import { COMPANY_HEADS, LEGAL_FORMS, ORGANISATION_OF_HEADS } from './words.js';
import { cap, oneSpaceBetween, wholeGazetteerEntry, type SpanTypeRule } from './span-rule.js';
import type { Prepared, TagSpan } from './tagger.js';

/** The name ending before token `to` ends in an organisation's head word or a company's word, perhaps with a legal form after it ("… Petroleum Company Limited"). */
export function headedName(toks: readonly Token[], prep: Prepared, to: number): boolean {
  const last = LEGAL_FORMS.has(toks[to - 1]!.text) ? to - 2 : to - 1;
  return last >= 0 && cap(toks[last]) && (ORGANISATION_OF_HEADS.has(prep.lower[last]!) || COMPANY_HEADS.has(prep.lower[last]!));
}

/** Span s is exactly one gazetteer entry for a country ("Kenya", "Sri Lanka", "Saudi"). */
const wholeCountry = (prep: Prepared, s: TagSpan): boolean => wholeGazetteerEntry(prep, s.from, s.to, /^B-country$/);
/** Span s is exactly one gazetteer entry for a province, state or other region ("Alberta", "Queensland", "Ohio"). */
const wholeRegion = (prep: Prepared, s: TagSpan): boolean => wholeGazetteerEntry(prep, s.from, s.to, /^B-(region|us-state)$/);

/** Span s is two or three capitalised English words, no given name, the last an organisation's head word or a company's word ("Ports Authority", "Oil Company"). */
function commonHeadedName(toks: readonly Token[], prep: Prepared, s: TagSpan): boolean {
  if (s.to - s.from < 2 || s.to - s.from > 3 || !headedName(toks, prep, s.to) || LEGAL_FORMS.has(toks[s.to - 1]!.text)) return false;
  for (let i = s.from; i < s.to; i++) if (!/^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) || !isLexicalWord(prep.lower[i]!) || prep.gaz[i] || isCommonGivenName(prep.lower[i]!)) return false;
  return true;
}

export const COUNTRY_LED_ORGANISATION: SpanTypeRule = {
  id: 'country-led-organisation',
  types: ['LOC', 'MISC'],
  reason: 'a country\'s name right before an organisation the tagger cut to a common word ("UK | Sport", "Kenya | Power"), to a name opened by "National" or by an organisation\'s head word and "of" ("Kenya | National Bureau of Statistics", "Kenya | Union of Teachers") or to two or three capitalised English words closed by an organisation\'s head word or a company\'s word ("Oman | Ports Authority", "Oman | Oil Company", also after a country\'s name of two words or one the tagger read as a nationality: "Sri Lanka | Ports Authority", "Saudi | Electricity Company") is the first word of that organisation\'s name; a government body after it stays apart ("U.S. | Treasury")',
  example: 'According to the Kenya National Bureau of Statistics, maize output rose.',
  apply: (v) => {
    const { toks, prep, spans, k } = v;
    const s = spans[k]!;
    const next = spans[k + 1];
    if (!next || next.type !== 'ORG' || next.from !== s.to || !wholeCountry(prep, s)) return undefined;
    if (!oneSpaceBetween(v, toks[s.to - 1]!, toks[next.from]!) || isBody(prep.lower, next.from, next.to)) return undefined;
    // (A country's name of more words, or one the tagger read as a nationality: "Sri Lanka | Ports Authority", "Saudi | Electricity Company".)
    if (s.type !== 'LOC' || s.to - s.from !== 1) return commonHeadedName(toks, prep, next) ? { from: s.from, to: next.to, type: 'ORG' } : undefined;
    // ("National" or an organisation's head word and "of" open it: "Kenya | Union of Teachers", "Ghana | Association of Bankers".)
    const national = toks[next.from]!.text === 'National' || (ORGANISATION_OF_HEADS.has(prep.lower[next.from]!) && cap(toks[next.from]) && prep.lower[next.from + 1] === 'of');
    // (A word, not an acronym: "UK | RAF" stays apart.)
    const commonWord = next.to - next.from === 1 && /^\p{Lu}\p{Ll}+$/u.test(toks[next.from]!.text) && isLexicalWord(prep.lower[next.from]!);
    // (Or capitalised English words closed by an organisation's head word or a company's word: "Kenya | Ports Authority", "Oman | Oil Company".)
    return national || commonWord || commonHeadedName(toks, prep, next) ? { from: s.from, to: next.to, type: 'ORG' } : undefined;
  },
};

export const REGION_LED_ORGANISATION: SpanTypeRule = {
  id: 'region-led-organisation',
  types: ['LOC'],
  reason: 'a province\'s, state\'s or region\'s name the tagger read as a place right before two or three capitalised English words closed by an organisation\'s head word or a company\'s word ("Alberta | Health Services", "Queensland | Ports Authority"), or a name opened by "National" or a head word and "of", is the first word of that organisation\'s name, as a country\'s is (country-led-organisation); a government body after it stays apart ("Ontario | Ministry of Health"), and so does one common word ("Ohio | Sport")',
  example: 'Manitoba Water Services said it would lift the boil-water order.',
  apply: (v) => {
    const { toks, prep, spans, k } = v;
    const s = spans[k]!;
    const next = spans[k + 1];
    if (s.type !== 'LOC' || !next || next.type !== 'ORG' || next.from !== s.to || !wholeRegion(prep, s)) return undefined;
    if (!oneSpaceBetween(v, toks[s.to - 1]!, toks[next.from]!) || isBody(prep.lower, next.from, next.to)) return undefined;
    const national = toks[next.from]!.text === 'National' || (ORGANISATION_OF_HEADS.has(prep.lower[next.from]!) && cap(toks[next.from]) && prep.lower[next.from + 1] === 'of');
    return national || commonHeadedName(toks, prep, next) ? { from: s.from, to: next.to, type: 'ORG' } : undefined;
  },
};
