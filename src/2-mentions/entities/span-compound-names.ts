// Stage 2, named entities, part of the span rules (span-types.ts lists SPAN_COMPOUND_NAME_RULES after
// the head-word rules): names the tagger cut at a generic word inside them — a historical state's
// "Kingdom of" before its place ("Kingdom | of Benin"), a museum's adjective ("Ethnological | Museum"),
// an NHS trust's hospitals before "NHS Trust" ("… Teaching Hospitals | NHS Trust"), a given name's syllable
// after its hyphen ("Lam Wing | -kei").

import words from '../../../data/lexicon/entity-words.json' with { type: 'json' };
import { isLexicalWord } from '../../1-text/wink-model.js';
import { isCommonGivenName } from './given-names.js';
import { ORGANISATION_TAIL_WORDS } from './words.js';
import { cap, oneSpaceBetween, surnameLike, type SpanTypeRule, type SpanView } from './span-rule.js';
import { type TagSpan, tagSpan } from './tagger.js';

/** Words of a state's kind that open its name before "of" and its place ("Kingdom", "Empire", "Sultanate"). */
const STATE_OF_HEADS: ReadonlySet<string> = new Set(words.stateOfHeads.words);
/** Last words of cultural and learned bodies' names ("Museum", "Gallery", "Orchestra"). */
const CULTURE_BODY_HEADS: ReadonlySet<string> = new Set(words.cultureBodyHeads.words);

/** Span t starts one space after token i, in its sentence. */
const rightAfter = (v: SpanView, i: number, t: TagSpan | undefined): t is TagSpan => !!t && t.from === i + 1 && v.toks[t.from]!.sentence === v.toks[i]!.sentence && oneSpaceBetween(v, v.toks[i]!, v.toks[t.from]!);

/** Is the span's word at i a capitalised English word and no common given name ("Ethnological", "Teaching", "Hospitals")? */
const englishCapital = (v: SpanView, i: number): boolean => /^\p{Lu}\p{Ll}+$/u.test(v.toks[i]!.text) && isLexicalWord(v.prep.lower[i]!) && !isCommonGivenName(v.prep.lower[i]!) && !v.prep.gaz[i];

export const SPAN_COMPOUND_NAME_RULES: readonly SpanTypeRule[] = [
  {
    id: 'hyphenated-given-name-tail',
    types: ['PER'],
    reason: 'a person\'s name of two words or more that ends on a capitalised syllable written against a hyphen and a lower-case syllable that is no English word nor the plural of one ("Lam Wing | -kei", "Ho Kin | -wai": Cantonese and Korean given names) goes on over them: the tagger stopped at the hyphen, and a name cut inside a word is dropped from the output',
    example: 'Justices Alex Lam Wing-kei and Esther Toh sat.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const [last, hyphen, tail] = [toks[s.to - 1]!, toks[s.to], toks[s.to + 1]];
      // (Two words or more before the hyphen: a lone syllable and its surname before it are addUntaggedSyllableNames's, "Park Ha-eun".)
      if (s.to - s.from < 2 || hyphen?.text !== '-' || !tail || last.end !== hyphen.start || hyphen.end !== tail.start || !/^\p{Ll}+$/u.test(tail.text) || !surnameLike(prep.lower[s.to + 1]!)) return undefined;
      return cap(last) && (spans[k + 1]?.from ?? Infinity) > s.to + 1 ? tagSpan(s.from, s.to + 2, 'PER') : undefined;
    },
  },
  {
    id: 'state-of-place',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'a state\'s kind ("Kingdom", "Empire", "Sultanate"; entity-words.json stateOfHeads) alone in a span, "of", perhaps "the", and a place\'s name right after, no capitalised word after it, are one place, a state, as CoNLL-2003 writes "Republic of Ireland" (LOC): the tagger cut the name at "of" and typed its head an organisation',
    example: 'Bronzes were looted from the Kingdom of Benin in 1897.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      if (s.to - s.from !== 1 || !STATE_OF_HEADS.has(toks[s.from]!.text) || prep.lower[s.to] !== 'of') return undefined;
      const at = prep.lower[s.to + 1] === 'the' ? s.to + 1 : s.to;
      const place = spans[k + 1];
      if (!rightAfter(v, at, place) || place.type !== 'LOC' || !cap(toks[place.from])) return undefined;
      // (Not a body named after the place: "Federation of Kenya | Employers".)
      const after = toks[place.to];
      return after && after.sentence === toks[s.from]!.sentence && cap(after) ? undefined : tagSpan(s.from, place.to, 'LOC');
    },
  },
  {
    id: 'adjective-led-culture-body',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'a capitalised English word read alone as a name, then a span of a cultural body\'s head alone ("Museum", "Gallery", "Orchestra"; entity-words.json cultureBodyHeads) one space after it, are one body, an organisation: the tagger cut "Ethnological | Museum" and typed the head a place (a nationality before the head is demonym-led-body\'s)',
    example: 'The Ethnological Museum returned the bronzes.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      const head = spans[k + 1];
      if (s.to - s.from !== 1 || !englishCapital(v, s.from) || !rightAfter(v, s.from, head) || head.type === 'PER' || head.to - head.from !== 1) return undefined;
      return CULTURE_BODY_HEADS.has(toks[head.from]!.lower) && cap(toks[head.from]) ? tagSpan(s.from, head.to, 'ORG') : undefined;
    },
  },
  {
    id: 'service-before-acronym-body',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'capitalised words ending in an English word ("… Teaching Hospitals") right before a span that an acronym opens and a body\'s closing word ends ("NHS Trust", "NHS Foundation Trust"; entity-words.json organisationTailWords) are one body: an NHS trust is named after its hospitals, and the tagger cut it before the acronym and typed the first part a place',
    example: 'Patients are waiting at Harrowgate Teaching Hospitals NHS Trust.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const body = spans[k + 1];
      if (s.to - s.from < 2 || !englishCapital(v, s.to - 1) || !rightAfter(v, s.to - 1, body) || body.type !== 'ORG' || body.to - body.from < 2) return undefined;
      if (!/^\p{Lu}{2,}$/u.test(toks[body.from]!.text) || !ORGANISATION_TAIL_WORDS.has(prep.lower[body.to - 1]!) || !cap(toks[body.to - 1])) return undefined;
      for (let i = s.from; i < s.to; i++) if (!cap(toks[i])) return undefined;
      return tagSpan(s.from, body.to, 'ORG');
    },
  },
];
