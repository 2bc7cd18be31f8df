// Stage 2, named entities, part of the span rules (span-types.ts lists SPAN_PLACE_LIST_RULES after
// span-places.ts's): a name typed as a person in a list of places after a locative ("displaced in
// Albay, Camarines Sur and Catanduanes") is one more place of that list, not a person.

import type { Token } from '../../types.js';
import { givenNameClass } from './given-names.js';
import { cap, type SpanTypeRule, type SpanView } from './span-rule.js';
import { type TagSpan, tagSpan } from './tagger.js';
import { isTableSurname } from './wikidata.js';
import { LOCATIVES } from './words.js';

/** Most names a list is read over on either side of the span. */
const MOST_MEMBERS = 6;
/** Is token t a list's joiner: a comma, "and" or "or"? */
const joiner = (t: Token | undefined): boolean => !!t && (t.text === ',' || t.lower === 'and' || t.lower === 'or');

/**
 * Span s may be a place the tagger read as a person: one to three words in Title case, no common
 * given name first, no surname of the Wikidata table last, no last word of a fuller person's name in the article.
 */
function placeLikePerson(v: SpanView, s: TagSpan): boolean {
  const { toks, prep, spans } = v;
  if (s.type !== 'PER' || s.to - s.from > 3) return false;
  for (let i = s.from; i < s.to; i++) if (!/^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text)) return false;
  const last = prep.lower[s.to - 1]!;
  if (givenNameClass(prep.lower[s.from]!) !== 0 || isTableSurname(last)) return false;
  return !spans.some((t) => t !== s && t.type === 'PER' && t.to - t.from > s.to - s.from && prep.lower[t.to - 1] === last);
}

/** The span that ends right before the joiner(s) before token `at` (", and" counts as one), and whether "and"/"or" was among them. */
function memberBefore(v: SpanView, at: number): { span: TagSpan | undefined; conj: boolean } {
  const { toks, spans } = v;
  let i = at - 1;
  let conj = false;
  for (let n = 0; n < 2 && joiner(toks[i]) && toks[i]!.sentence === toks[at]!.sentence; n++, i--) conj ||= toks[i]!.text !== ',';
  return { span: i < at - 1 ? spans.find((t) => t.to === i + 1) : undefined, conj };
}

export const SPAN_PLACE_LIST_RULES: readonly SpanTypeRule[] = [
  {
    id: 'listed-place',
    types: ['PER'],
    reason: 'a name of one to three Title-case words typed as a person, in a list joined by commas and "and"/"or" that opens with a place right after a locative ("in", "across", "from"; entity-words.json locatives) and that a comma, a preposition or the sentence\'s end closes, is one more place of the list ("displaced in Albay, Camarines Sur and Catanduanes, the council said"): a list goes on with its kind; not a common given name, a surname of the Wikidata table, a fuller person\'s last word, nor a list a verb follows ("in Moscow, Putin and Lavrov said": the people are the subject)',
    example: 'Floods hit homes in Tarvik, Olsa Norte and Beruna, officials said.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      if (!placeLikePerson(v, s)) return undefined;
      // (Leftwards to the place after a locative, over members of the same kind.)
      let conj = false;
      let members = 2;
      let at = s.from;
      let anchor: TagSpan | undefined;
      for (let n = 0; n < MOST_MEMBERS && !anchor; n++) {
        const m = memberBefore(v, at);
        if (!m.span) return undefined;
        conj ||= m.conj;
        const locative = toks[m.span.from - 1];
        if (m.span.type === 'LOC' && locative && LOCATIVES.has(locative.lower) && locative.sentence === toks[s.from]!.sentence) anchor = m.span;
        else if (m.span.type === 'LOC' || placeLikePerson(v, m.span)) [at, members] = [m.span.from, members + 1];
        else return undefined;
      }
      if (!anchor) return undefined;
      // (Rightwards to the list's end, which a comma, a full stop or the sentence's end closes.)
      let end = s;
      for (let n = 0; n < MOST_MEMBERS; n++) {
        const j = end.to;
        const next = joiner(toks[j]) ? spans.find((t) => t.from === j + (joiner(toks[j + 1]) ? 2 : 1)) : undefined;
        if (!next || !(next.type === 'LOC' || placeLikePerson(v, next))) break;
        conj ||= toks[j]!.text !== ',' || (joiner(toks[j + 1]) && toks[j + 1]!.text !== ',');
        end = next;
        members++;
      }
      const after = toks[end.to];
      // (Or, in a list of three names or more, a preposition: "… and Bislig on Monday"; not a verb, "… and Lavrov said", nor
      // a preposition after two names, which may be people each in a place: "the deaths of Ann Roe in Ohio and Tom Lee in Iowa".)
      const closed = !after || after.sentence !== toks[s.from]!.sentence || after.text === ',' || after.text === '.' || after.text === ';' || (after.pos === 'ADP' && members >= 3);
      return conj && closed && cap(toks[s.from]) ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
];
