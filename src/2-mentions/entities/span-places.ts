// Stage 2, named entities: spans the tagger typed as an organisation or a person that name a place
// by the words around them — a court's town ("the Limassol district court"), a building named after
// a part of it ("on the steps of Aliiolani Hale"), a site's town after a possessive ("the union's Surry Hills office"), a Romance place name after "the" ("the Costa Brava"), a saint's name cut after "St." ("St. | Paul") or at its "'s" ("St. Peter | 's | Square"), another possessive place's name ("Queen | 's | Park"), a river or region that shares a company's name ("the Amazon rainforest"). Rules in
// SPAN_PLACE_RULES (part of span-types.ts's SPAN_TYPE_RULES); words in data/lexicon/entity-words.json.

import type { Token } from '../../types.js';
import { isAcronym } from './candidate.js';
import { bySurface } from './gazetteer.js';
import { givenNameClass } from './given-names.js';
import { cap, oneSpaceBetween, PLACE_GAZ, type SpanTypeRule, type SpanView } from './span-rule.js';
import { type Prepared, type TagSpan, tagSpan } from './tagger.js';
import { ARTICLES, BUILDING_PARTS, COMPANY_HEADS, DESCRIBED_BODY_NOUNS, FEATURE_NOUNS_AFTER_NAME, FEATURE_PREPOSITIONS, FOREIGN_PLACE_WORDS, LEGAL_FORMS, ORGANISATION_TAIL_WORDS, POSSESSIVE_PLACE_HEADS, SAINT_PLACE_HEADS, SAINT_WORDS, SCHOOL_RUN_HEADS, SITE_NOUNS, TOWN_COURT_NOUNS } from './words.js';

/** Lower-case words that may stand between a town and its court ("district", "magistrates'"), at most. */
const COURT_MODIFIERS = 2;
/** Possessive determiners that own a site as "'s" does ("its Leeds plant"). */
const POSSESSIVE_OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'our', 'his', 'her']);
/** Is token i an owner's possessive: "'s", a plural's apostrophe ("the unions' … office") or a possessive determiner? */
const ownerPossessive = (toks: readonly Token[], i: number): boolean => /^['’]s?$/.test(toks[i]?.text ?? '') || POSSESSIVE_OWNERS.has(toks[i]?.lower ?? '');


/** The saint's word before the "'s" at token `poss` and one or two capitalised words ("St. Anselm | 's"), or -1. */
function saintBefore(toks: readonly Token[], poss: number): number {
  if (!/^['’]s$/.test(toks[poss]?.text ?? '')) return -1;
  for (let w = poss - 2; w >= poss - 3 && w >= 0; w--) if (SAINT_WORDS.has(toks[w]!.text)) return w;
  return -1;
}

const POSSESSIVE = /^['’]s$/;
/** Parts of speech after a name that close its noun phrase ("in the Amazon, …", "in the Amazon and …"). */
const CLOSING_POS: ReadonlySet<string> = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'AUX']);
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The owner's word of a possessive place's name that span s holds or is cut from ("Queen | 's | Park",
 * "Queen's Park"): s is the owner alone, the head alone with the owner in no span, or the three
 * tokens; -1 when s is none of these. The name's head is the owner's index + 2.
 */
function possessiveOwner(v: SpanView, s: TagSpan): number {
  const { toks, spans, k } = v;
  const n = s.to - s.from;
  if (n === 1 && POSSESSIVE.test(toks[s.to]?.text ?? '')) return s.from;
  if (n === 1 && POSSESSIVE.test(toks[s.from - 1]?.text ?? '') && s.from >= 2 && (k === 0 || spans[k - 1]!.to <= s.from - 2)) return s.from - 2;
  return n === 3 && s.type !== 'LOC' && POSSESSIVE.test(toks[s.from + 1]!.text) ? s.from : -1;
}

/**
 * "the Amazon rainforest", "fires in the Amazon.": is the one word from..to, which the gazetteer knows as a
 * company, right after "the" and before a noun of land or water (entity-words.json featureNounsAfterName),
 * or after a preposition of place and "the" (entity-words.json featurePrepositions), closing its noun phrase? Then it is the river or region the company is
 * named after (span rule feature-named-like-company; candidates.ts keeps it a place against the gazetteer).
 */
export function companyNamedFeature(toks: readonly Token[], prep: Prepared, from: number, to: number): boolean {
  if (to - from !== 1 || prep.lower[from - 1] !== 'the' || !(prep.gaz[from] ?? '').endsWith('-org') || bySurface.get(prep.lower[from]!)?.subtype !== 'company') return false;
  const after = toks[to];
  const sameSentence = !!after && after.sentence === toks[from]!.sentence;
  if (sameSentence && FEATURE_NOUNS_AFTER_NAME.has(after.lower)) return true;
  // (A word that closes the noun phrase: punctuation, a preposition, a conjunction, a finite verb; not "the Apple operating system".)
  const closes = !sameSentence || (CLOSING_POS.has(after.pos) && !POSSESSIVE.test(after.text)) || (after.pos === 'VERB' && !after.lower.endsWith('ing'));
  return closes && FEATURE_PREPOSITIONS.has(prep.lower[from - 2] ?? '');
}

/** The span rules that make places. */
export const SPAN_PLACE_RULES: readonly SpanTypeRule[] = [
  {
    id: 'town-before-court',
    types: ['ORG'],
    reason: 'a capitalised name typed as an organisation between an article and a lower-case court ("the Limassol district court", "a Durban magistrates court"; right before the court only a place the gazetteer knows, not "the Roberts court") is the town the court sits in: English names a court with a capital letter when the name is the court\'s own ("Leeds Crown Court"), not an acronym, not a body the gazetteer knows',
    example: 'A clerk told the Tarvin district court that the files were lost.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const before = toks[s.from - 1];
      if (!before || !ARTICLES.has(before.lower) || before.sentence !== toks[s.from]!.sentence || (prep.gaz[s.from] ?? '').endsWith('-org')) return undefined;
      for (let i = s.from; i < s.to; i++) if (!cap(toks[i]) || isAcronym(toks[i]!.text)) return undefined;
      for (let j = s.to, words = 0; j < toks.length && toks[j]!.sentence === before.sentence && words <= COURT_MODIFIERS; j++) {
        const t = toks[j]!;
        // (With no word between, only a town the gazetteer knows: "the Roberts court" is a chief justice's court.)
        if (TOWN_COURT_NOUNS.has(t.text)) return words > 0 || PLACE_GAZ.test(prep.gaz[s.from] ?? '') ? tagSpan(s.from, s.to, 'LOC') : undefined;
        // ("magistrates' court": the apostrophe of a plural's possessive is a token of its own.)
        if (t.text === "'" || t.text === '’') continue;
        if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return undefined;
        words++;
      }
      return undefined;
    },
  },
  {
    id: 'building-part-place',
    types: ['PER'],
    reason: 'a name typed as a person right after a part of a building and "of" ("on the steps of Aliiolani Hale", "outside the gates of Tarvin Hall", "in front of"), that opens with no given name and owns nothing ("the steps of Ana Ruiz\'s house"), is the building: a place',
    example: 'She spoke to reporters on the steps of Kalani Hale.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (givenNameClass(prep.lower[s.from]!) !== 0 || /^['’]s$/.test(toks[s.to]?.text ?? '')) return undefined;
      const of = prep.lower[s.from - 1] === 'the' ? s.from - 2 : s.from - 1;
      const part = of - 1;
      if (part < 1 || prep.lower[of] !== 'of' || !BUILDING_PARTS.has(prep.lower[part]!) || toks[part]!.sentence !== toks[s.from]!.sentence) return undefined;
      // (The part is a definite one, "the steps of", or the front in "in front of".)
      return prep.lower[part - 1] === 'the' || (prep.lower[part] === 'front' && prep.lower[part - 1] === 'in') ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
  {
    id: 'possessive-site-place',
    types: ['PER'],
    reason: 'one to three capitalised words typed as a person between an owner\'s possessive and a lower-case noun of a site ("the federation\'s Surry Hills office", "its Mill Creek plant"; entity-words.json siteNouns) name the town or district the site is in: a place; no one\'s name stands between a possessive and "office"',
    example: 'Staff gathered outside the union\'s Moss Vale office on Friday.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      const site = toks[s.to];
      if (s.to - s.from > 3 || !ownerPossessive(toks, s.from - 1) || !site || site.sentence !== toks[s.from]!.sentence || !SITE_NOUNS.has(site.text)) return undefined;
      for (let i = s.from; i < s.to; i++) if (!/^\p{Lu}\p{Ll}/u.test(toks[i]!.text)) return undefined;
      return tagSpan(s.from, s.to, 'LOC');
    },
  },
  {
    id: 'foreign-place-word',
    types: ['PER', 'ORG', 'MISC'],
    reason: 'a name the tagger read as an organisation, a person or MISC, right after "the", that opens or ends with a generic word of French, Spanish, Portuguese or Italian place names (entity-words.json foreignPlaceWords: "côte", "costa", "sierra", "cap", "lago") is a place ("the Petite Côte", "the Costa Brava", "the Sierra Madre"); not one a body\'s or company\'s word closes or follows ("the Sierra Club", "the Costa Coffee chain", "Sierra Nevada Corp."), nor one a given name opens',
    example: 'Fishermen on the Petite Côte said the catch had fallen.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from < 2 || prep.lower[s.from - 1] !== 'the' || toks[s.from - 1]!.sentence !== toks[s.from]!.sentence) return undefined;
      if (!FOREIGN_PLACE_WORDS.has(prep.lower[s.from]!) && !FOREIGN_PLACE_WORDS.has(prep.lower[s.to - 1]!)) return undefined;
      const bodyWord = (i: number) => ORGANISATION_TAIL_WORDS.has(prep.lower[i] ?? '') || COMPANY_HEADS.has(prep.lower[i] ?? '') || DESCRIBED_BODY_NOUNS.has(prep.lower[i] ?? '') || LEGAL_FORMS.has(toks[i]?.text ?? '');
      for (let i = s.from; i < s.to; i++) if (bodyWord(i)) return undefined;
      // (A given name opens a person's name, unless it is the place word itself: "Sierra".)
      const first = prep.lower[s.from]!;
      if (bodyWord(s.to) || (givenNameClass(first) !== 0 && !FOREIGN_PLACE_WORDS.has(first))) return undefined;
      return tagSpan(s.from, s.to, 'LOC');
    },
  },
  {
    id: 'saint-possessive-place',
    reason: 'a saint\'s word, one or two capitalised words of the saint\'s name, "\'s" and a word that closes a place\'s or institution\'s name ("Square", "Cathedral", "Hospital"; entity-words.json saintPlaceHeads) are one name, which the tagger cuts at the "\'s" ("St. Peter | \'s | Square"): a place, an organisation when the word heads a school or a hospital; not a feast ("St. Patrick\'s Day")',
    example: 'Pilgrims filled St. Anselm\'s Square on Sunday.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      // (The saint's word opens the span, or stands in no span one space before it: "St. | Peter's".)
      // (Or the tagger read the head alone, the saint's words in no span before it: "St. Anselm 's | Square".)
      const w = SAINT_PLACE_HEADS.has(toks[s.from]!.text) ? saintBefore(toks, s.from - 1) : s.from - 1;
      const untagged = w >= 0 && (k === 0 || spans[k - 1]!.to <= w) && SAINT_WORDS.has(toks[w]!.text) && toks[w]!.sentence === toks[s.from]!.sentence && oneSpaceBetween(v, toks[w]!, toks[w + 1]!);
      const from = untagged ? w : s.from;
      if (!SAINT_WORDS.has(toks[from]!.text)) return undefined;
      let at = from + 1;
      while (at < from + 3 && /^\p{Lu}\p{Ll}/u.test(toks[at]?.text ?? '') && toks[at]!.sentence === toks[from]!.sentence) at++;
      const head = toks[at + 1];
      // (Only a name the tagger cut at the "'s": one it read whole keeps its type, "St Mary's Hospital".)
      if (at === from + 1 || (s.to > at && s.from <= at) || !/^['’]s$/.test(toks[at]?.text ?? '') || !head || head.sentence !== toks[from]!.sentence || !SAINT_PLACE_HEADS.has(head.text)) return undefined;
      return tagSpan(from, at + 2, SCHOOL_RUN_HEADS.has(head.lower) ? 'ORG' : 'LOC');
    },
  },
  {
    id: 'saint-place-name',
    reason: '"St." or "Saint" alone (or in no span) right before a name the tagger typed apart ("St. | Paul", "St. | John\'s") opens one name with it, and takes its "\'s" when no capitalised word follows ("St. John\'s", "St. George\'s"): English writes a saint\'s name after "St." as one name; a place, unless the tagger read the rest as an organisation ("St. | Mary\'s Hospital")',
    example: 'Residents of St. Paul said the river had risen.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      // (Or the saint's word in no span, one space before the name: "visited St. | John's".)
      const w = s.from - 1;
      const untagged = w >= 0 && (k === 0 || spans[k - 1]!.to <= w) && SAINT_WORDS.has(toks[w]!.text) && toks[w]!.sentence === toks[s.from]!.sentence && s.to - s.from === 1 && oneSpaceBetween(v, toks[w]!, toks[s.from]!);
      const next = untagged ? s : spans[k + 1];
      const from = untagged ? w : s.from;
      if (!untagged && (s.to - s.from !== 1 || !SAINT_WORDS.has(toks[s.from]!.text))) return undefined;
      if (!next || next.from !== from + 1 || toks[next.from]!.sentence !== toks[from]!.sentence) return undefined;
      const possessive = /^['’]s$/.test(toks[next.to]?.text ?? '') && !cap(toks[next.to + 1]) ? 1 : 0;
      return tagSpan(from, next.to + possessive, next.type === 'ORG' ? 'ORG' : 'LOC');
    },
  },
  {
    id: 'possessive-place-name',
    reason: 'one title-case word, "\'s" and a word that closes a place\'s name (entity-words.json possessivePlaceHeads: "Park", "Cross", "Vineyard"), no capitalised word after, are one place, which the tagger cuts at the "\'s" ("Queen | \'s | Park") or reads whole as an organisation; not a saint\'s name (saint-possessive-place), nor after a place the gazetteer knows ("Britain\'s Hyde Park") or a capitalised word ("Ann Lee\'s Island")',
    example: 'Protesters gathered outside Queen\'s Park on Monday.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const w = possessiveOwner(v, s);
      if (w < 0) return undefined;
      const [owner, head, after] = [toks[w]!, toks[w + 2], toks[w + 3]];
      if (!head || !POSSESSIVE_PLACE_HEADS.has(head.text) || !TITLE_WORD.test(owner.text) || SAINT_WORDS.has(owner.text) || PLACE_GAZ.test(prep.gaz[w] ?? '')) return undefined;
      if (head.sentence !== owner.sentence || (after && after.sentence === owner.sentence && cap(after)) || (w > 0 && toks[w - 1]!.sentence === owner.sentence && cap(toks[w - 1]))) return undefined;
      return owner.end === toks[w + 1]!.start && oneSpaceBetween(v, toks[w + 1]!, head) ? tagSpan(w, w + 3, 'LOC') : undefined;
    },
  },
  {
    id: 'feature-named-like-company',
    types: ['ORG', 'PER'],
    reason: 'one word the gazetteer knows as a company (no government body: "in the Kremlin"), right after "the", before a noun of land or water ("the Amazon rainforest"; entity-words.json featureNounsAfterName) or after a preposition of place, closing its noun phrase ("fires in the Amazon."; featurePrepositions), is the river or region the company is named after: a place (a company\'s name takes no "the" of its own; "the Amazon warehouse" keeps the company)',
    example: 'Fires in the Amazon rose by a third, and the Amazon basin lost forest.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      return companyNamedFeature(toks, prep, s.from, s.to) ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
];
