// Stage 2, named entities, part of the span rules (span-types.ts runs them before its place-led rules):
// spans the tagger typed as people that name none — capitalised title words ("the Vice | Chairman"),
// a one-word organisation in a list of organisations ("GM and Chrysler") or before a job title and its
// holder ("Uralsib analyst Chris Weafer"), a capitalised common noun ("Maintenance, Repair and
// Overhaul") — and people's names the tagger ran into a title, an office's number or a body's name
// ("Labour MP | Rachel Hopkins", span-titled-persons.ts; "Minister II | X", "Chairman of the X Committee | Y") or cut in
// pieces ("Nguyen | Van | Thang", "Eko | Listiyanto"), and an organisation's name cut at a word typed as a
// person ("Global | Fisher | Partners"). Words from wink's lexicon, given-names.json,
// entity-words.json and the Wikidata table.

import dateWords from '../../../data/lexicon/date-words.json' with { type: 'json' };
import { isLexicalWord } from '../../1-text/wink-model.js';
import { WEEKDAYS } from '../../lexicon/calendar.js';
import { givenNameRanks, honorifics, militaryRanks, postNominals, rankModifiers, rankUnits, titleHeads, titleModifiers } from './gazetteer.js';
import { givenNameClass, isCommonGivenName } from './given-names.js';
import { SPAN_TEAM_RULES } from './span-teams.js';
import { initialAfterTitle, personAfterTitle } from './span-titled-persons.js';
import { cap, oneSpaceBetween, titleOfBefore, type SpanTypeRule, type SpanView } from './span-rule.js';
import { type TagSpan, tagSpan } from './tagger.js';
import { titleFieldBefore } from './span-kinds.js';
import type { Token } from '../../types.js';
import { isTableSurname } from './wikidata.js';
import { ARABIC_ARTICLES, COMPANY_HEADS, DESCRIBED_BODY_NOUNS, DIRECTION_PREPOSITIONS, FEATURE_OPENERS, FEATURE_TAILS, LEADER_INSTITUTION_NOUNS, LIST_JOINERS, ORGANISATION_OF_HEADS, ORGANISATION_TAIL_WORDS, SPLIT_TITLES } from './words.js';


/** Words that date a weekday after them ("on Friday", "last Sunday", "until Monday"): date-words.json weekdayModifiers and a few prepositions of time. */
const DATING_WORDS: ReadonlySet<string> = new Set([...dateWords.weekdayModifiers, 'every', 'each', 'till', 'through', 'before', 'after', 'and', 'or']);

/** Does the token at i make the name before it an actor: a possessive or a verb ("Dole's team", "Dole decided")? */
const actsAfter = ({ toks, prep }: SpanView, i: number): boolean => {
  const t = toks[i];
  return !!t && t.sentence === toks[i - 1]!.sentence && (prep.lower[i] === "'s" || prep.lower[i] === '’s' || t.pos === 'VERB' || t.pos === 'AUX');
};

/** Does the word end a person's name of two words or more in the article ("Ana Black" for "Black")? */
const endsFullerName = ({ prep, spans }: SpanView, word: string): boolean => spans.some((t) => t.type === 'PER' && t.to - t.from > 1 && prep.lower[t.to - 1] === word);

/**
 * The spans in a list with the span, each across a comma or "and"/"or" (", and" too): "GM | , |
 * Chrysler | and | Ford"; none unless a conjunction joins two of them (commas alone set off clauses
 * too: "her tenure at HP, Fiorina said").
 */
function listMates(v: SpanView, s: TagSpan): TagSpan[] {
  const { toks, prep, spans } = v;
  const sentence = toks[s.from]!.sentence;
  const joined = (i: number) => i >= 0 && i < toks.length && toks[i]!.sentence === sentence && LIST_JOINERS.has(prep.lower[i]!);
  const mates: TagSpan[] = [];
  let conjunction = false;
  const step = (from: number, to: number, t: TagSpan | undefined): boolean => {
    if (!t) return false;
    for (let i = from; i < to; i++) if (prep.lower[i] !== ',') conjunction = true;
    mates.push(t);
    return true;
  };
  for (let left = s, i = s.from - 1; joined(i); i = left.from - 1) {
    const gap = joined(i - 1) ? i - 1 : i;
    const t = spans.find((x) => x.to === gap);
    if (!step(gap, left.from, t)) break;
    left = t!;
  }
  for (let right = s, i = s.to; joined(i); i = right.to) {
    const gap = joined(i + 1) ? i + 2 : i + 1;
    const t = spans.find((x) => x.from === gap);
    if (!step(right.to, gap, t)) break;
    right = t!;
  }
  return conjunction ? mates : [];
}

// The one-word names listed with organisations only, found once per article (cleared by forgetPersonRules).
const coordinatedOf = new WeakMap<readonly TagSpan[], Set<string>>();
function coordinatedOrganisations(v: SpanView): ReadonlySet<string> {
  let words = coordinatedOf.get(v.spans);
  if (!words) {
    words = new Set();
    for (const t of v.spans) {
      const word = v.prep.lower[t.from]!;
      if (t.type !== 'PER' || t.to - t.from !== 1 || givenNameClass(word) !== 0 || isTableSurname(word) || endsFullerName(v, word)) continue;
      const mates = listMates(v, t);
      if (mates.length && mates.every((m) => m.type === 'ORG')) words.add(word);
    }
    coordinatedOf.set(v.spans, words);
  }
  return words;
}

/** The person rules, in order (SPAN_TYPE_RULES spreads them in before its place-led rules). */
export const SPAN_PERSON_RULES: readonly SpanTypeRule[] = [
  {
    id: 'post-nominal-letters',
    reason: 'letters after a person\'s name — an honour, a rank at the bar, an office ("Sarah Whitlock KC", "Rachel Hopkins MP") — are not part of the name, and alone, in a span of their own right after a person\'s, name nothing ("Simon Farrow | KC")',
    example: 'Opening the case, Sarah Whitlock KC told jurors the fire was deliberate.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      const before = spans[k - 1];
      if (s.to - s.from === 1 && postNominals.has(toks[s.from]!.text) && before?.type === 'PER' && before.to === s.from && oneSpaceBetween(v, toks[s.from - 1]!, toks[s.from]!)) return null;
      if (s.type === 'LOC' || s.type === 'MISC' || s.to - s.from < 3 || !postNominals.has(toks[s.to - 1]!.text)) return undefined;
      for (let i = s.from; i < s.to - 1; i++) if (!cap(toks[i])) return undefined;
      return { from: s.from, to: s.to - 1, type: 'PER' };
    },
  },
  {
    id: 'numbered-office',
    types: ['PER'],
    reason: 'a Roman numeral right after a capitalised title head numbers the office, not the person ("Finance Minister II", "Deputy Minister I" in Malaysian and Bruneian cabinets): a person\'s name the tagger opened with it starts after it',
    example: 'Education Minister II Farid Osman said the exams would go ahead.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      const title = toks[s.from - 1];
      if (s.to - s.from < 3 || !ROMAN_NUMERAL.test(toks[s.from]!.text) || !cap(title) || !titleHeads.has(title!.lower) || title!.sentence !== toks[s.from]!.sentence) return undefined;
      return tagSpan(s.from + 1, s.to, 'PER');
    },
  },
  {
    id: 'person-after-named-body',
    types: ['ORG', 'LOC'],
    reason: 'after a capitalised title and "of (the)", a body\'s name the tagger ran on past its head word ("Committee", "Council") into two or three capitalised words that open with a given name or a word that is no English word is the body and then the person holding the title ("Chairman of the Harbour Committee | Dara Okafor")',
    example: 'Chairman of the Harbour Safety Committee Dara Okafor said the pier was unsafe.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (titleOfBefore(toks, prep, s) < 0) return undefined;
      let head = -1;
      for (let i = s.from + 1; i < s.to - 2; i++) if (ORGANISATION_TAIL_WORDS.has(prep.lower[i]!)) head = i;
      const first = prep.lower[head + 1]!;
      if (head < 0 || s.to - head - 1 > 3 || (givenNameClass(first) === 0 && isLexicalWord(first))) return undefined;
      for (let i = head + 1; i < s.to; i++) if (!cap(toks[i]) || ORGANISATION_TAIL_WORDS.has(prep.lower[i]!) || titleHeads.has(prep.lower[i]!)) return undefined;
      return tagSpan(head + 1, s.to, 'PER');
    },
  },
  {
    id: 'honorific-after-title-field',
    reason: 'after a capitalised title and "of (the)" or "for" (perhaps with more fields and "and": "Minister for Lands and | Tourism Dr …"), a name the tagger ran from the title\'s field ("Education") into a form of address ("Dato", "Haji", "Datuk", "Dr") and capitalised words is the field and then the person holding the title, who starts at the form of address ("Minister of Education | Dato Haji Rahim Osman", "Minister for Lands | Dr Kwame Mensah")',
    example: 'Minister of Fisheries Dato Haji Rahim Osman said the quota would stay.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      if (titleOfBefore(toks, prep, s, true) < 0 && !titleFieldBefore(v, s.from)) return undefined;
      let h = s.from + 1;
      while (h < s.to - 1 && !(cap(toks[h]) && honorifics.has(prep.lower[h]!))) h++;
      if (h >= s.to - 1) return undefined;
      for (let i = h; i < s.to; i++) if (!cap(toks[i]) || ORGANISATION_TAIL_WORDS.has(prep.lower[i]!) || titleHeads.has(prep.lower[i]!)) return undefined;
      return tagSpan(h, s.to, 'PER');
    },
  },
  {
    id: 'word-between-person-pieces',
    types: ['PER'],
    reason: 'one capitalised word the tagger typed otherwise (no verb) between two one-word person spans, one space each side and outside a headline, is the middle of one person\'s name ("Nguyen | Van | Thang", Vietnamese names of three words; "Tran | Thi | Mai"; after a form of address in the first piece, "Alhaji Usman | Bello | Ododo", Nigerian names): English puts no name between two people\'s names without a comma or "and"; when the last piece is an organisation\'s head word and no common given name opens them, the three are one organisation\'s name ("Climate | Action | Network")',
    example: 'Deputy Minister Pham Quang Vinh said exports rose.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const [s, mid, last] = [spans[k]!, spans[k + 1], spans[k + 2]];
      // (Three one-word pieces, outside a headline's capitals: "Jeb Bush | Hits | Marco Rubio" is a headline's verb between two people.)
      // (A form of address may open the first piece: "Alhaji Usman | Bello | Ododo".)
      let name = s.from;
      while (name < s.to - 1 && honorifics.has(prep.lower[name]!)) name++;
      if (s.to - name !== 1 || !mid || !last || mid.type === 'PER' || mid.to - mid.from !== 1 || mid.from !== s.to || last.type !== 'PER' || last.to - last.from !== 1 || last.from !== mid.to) return undefined;
      if (!cap(toks[mid.from]) || prep.headline[s.from] || toks[mid.from]!.pos === 'VERB' || toks[last.to - 1]!.sentence !== toks[s.from]!.sentence) return undefined;
      // (A title the tagger typed as a person is no piece of a name: "Chairman | Dorrit | Vasquez" is left to titled-given-name.)
      for (let i = name; i < s.to; i++) if (titleHeads.has(prep.lower[i]!) || honorifics.has(prep.lower[i]!)) return undefined;
      if (!oneSpaceBetween(v, toks[s.to - 1]!, toks[mid.from]!) || !oneSpaceBetween(v, toks[mid.from]!, toks[last.from]!)) return undefined;
      // (An organisation's head word last, after no common given name, ends a body's name: "Climate | Action | Network".)
      const body = cap(toks[last.from]) && ORGANISATION_OF_HEADS.has(prep.lower[last.from]!) && !isCommonGivenName(prep.lower[s.from]!);
      return tagSpan(s.from, last.to, body ? 'ORG' : 'PER');
    },
  },
  {
    id: 'word-between-organisation-pieces',
    types: ['ORG'],
    reason: 'one capitalised word the tagger typed as a person (no verb) between two organisation spans, one space each side and outside a headline, is the middle of one organisation\'s name ("Global | Fisher | Partners", a word read as a surname), unless it is a common given name ("Commodore | Maria | Elena Ruiz") or a title ("Party | Chairman | Dorrit"), or a title opens the first ("Emperor | Charles | VI"): English puts no person between two organisations\' names without a comma or "and"',
    example: 'A survey by Global Fisher Partners found that trust had fallen.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const [s, mid, last] = [spans[k]!, spans[k + 1], spans[k + 2]];
      if (!mid || !last || mid.type !== 'PER' || mid.to - mid.from !== 1 || mid.from !== s.to || last.type !== 'ORG' || last.from !== mid.to) return undefined;
      // (Not a headline's verb between two companies: "Harbour | Buys | Northgate".)
      if (!/^\p{Lu}\p{Ll}/u.test(toks[mid.from]!.text) || prep.headline[s.from] || toks[mid.from]!.pos === 'VERB' || toks[last.from]!.sentence !== toks[s.from]!.sentence) return undefined;
      // (A title typed as an organisation opens a person's name, "Emperor | Charles | VI", and one in the middle ends a role, "Party | Chairman | Dorrit Vasquez"; a common given name in the middle opens one too, "Commodore | Maria | Elena Ruiz".)
      for (let i = s.from; i <= mid.from; i++) if (titleHeads.has(prep.lower[i]!) || honorifics.has(prep.lower[i]!)) return undefined;
      if (isCommonGivenName(prep.lower[mid.from]!)) return undefined;
      return oneSpaceBetween(v, toks[s.to - 1]!, toks[mid.from]!) && oneSpaceBetween(v, toks[mid.from]!, toks[last.from]!) ? tagSpan(s.from, last.to, 'ORG') : undefined;
    },
  },
  {
    id: 'unknown-word-before-person',
    types: ['ORG', 'LOC'],
    reason: 'a capitalised word that is no English word, no given name the list knows and no name the gazetteer knows, typed as an organisation or place one space before a one-word person span of the same kind, is that person\'s given name ("Eko | Listiyanto", Indonesian names the tagger cut); an organisation is not written against a person\'s name',
    example: 'On Monday Wahyu Sutrisno said the rupiah would hold.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const [s, next] = [spans[k]!, spans[k + 1]];
      if (s.to - s.from !== 1 || !next || next.type !== 'PER' || next.to - next.from !== 1 || next.from !== s.to) return undefined;
      const unknown = (i: number) => /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && !isLexicalWord(prep.lower[i]!) && !prep.gaz[i];
      if (!unknown(s.from) || !unknown(next.from) || givenNameClass(prep.lower[s.from]!) !== 0 || toks[next.from]!.sentence !== toks[s.from]!.sentence) return undefined;
      return oneSpaceBetween(v, toks[s.from]!, toks[next.from]!) ? tagSpan(s.from, next.to, 'PER') : undefined;
    },
  },
  {
    id: 'given-name-before-organisation',
    types: ['PER', 'ORG'],
    reason: 'a common given name (no English word, not written against the word before, not after "the") one space before one capitalised word typed as an organisation — no body\'s word, no plural noun — with no capitalised word after it, is a person whose surname a company also bears ("Doug Ford", "Michael Dell"): the tagger types the surname by the company and leaves the given name out or apart',
    example: 'Doug Ford met the workers on Monday.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      if (s.to - s.from !== 1) return undefined;
      // The given name is the person span itself ("Doug | Ford") or an untagged word before the organisation ("Doug Ford").
      const org = s.type === 'PER' ? spans[k + 1] : s;
      const given = s.type === 'PER' ? s.from : s.from - 1;
      if (!org || org.type !== 'ORG' || org.to - org.from !== 1 || org.from !== given + 1 || given < 0) return undefined;
      if (s.type === 'ORG' && spans[k - 1]?.to === s.from) return undefined;
      const [g, o, after] = [toks[given]!, toks[org.from]!, toks[org.to]];
      const word = /^\p{Lu}\p{Ll}+$/u;
      if (!word.test(g.text) || !word.test(o.text) || !isCommonGivenName(prep.lower[given]!) || g.sentence !== o.sentence) return undefined;
      // (Nor after "the": a show or a thing named for a person, "The Kelly File".)
      const before = given > 0 ? toks[given - 1]! : undefined;
      if ((after && after.sentence === o.sentence && cap(after)) || (before && (before.end === g.start || (before.sentence === g.sentence && prep.lower[given - 1] === 'the')))) return undefined;
      // (A body's word is no surname: "Brady Campaign", "Harmonie Club", "the Clinton Camp"; nor a plural noun: "Denver Broncos".)
      const w = prep.lower[org.from]!;
      if (COMPANY_HEADS.has(w) || ORGANISATION_OF_HEADS.has(w) || DESCRIBED_BODY_NOUNS.has(w) || LEADER_INSTITUTION_NOUNS.has(w) || (w.endsWith('s') && isLexicalWord(w))) return undefined;
      return oneSpaceBetween(v, g, o) ? tagSpan(given, org.to, 'PER') : undefined;
    },
  },
  {
    id: 'person-after-title',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a title head inside a span typed as an organisation or a place, followed by a given name and a surname, ends the organisation\'s words: the name after it is the person holding the title ("Labour MP Rachel Hopkins", "MLA Kavitha Reddy"); lower-case surname particles may stand inside that name ("Opposition MP Carla van Wyk"), and a form of address may open it ("Opposition MP Mrs. Litia Cakau")',
    example: 'Labour MP Rachel Hopkins said the bill was flawed.',
    apply: personAfterTitle,
  },
  {
    id: 'given-name-after-title',
    types: ['ORG', 'LOC'],
    reason: 'a capitalised title head right before two or three capitalised words typed as an organisation or place, opened by a common given name, none of them a title word or a body\'s head word, names the titled person ("DJ | Marcus Vale", "Nurse | Ana Lopez"): a title is held by a person',
    example: 'The singer hit back at DJ Tomas Varga on Sunday.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const title = toks[s.from - 1];
      if (s.to - s.from < 2 || s.to - s.from > 3 || !title || !cap(title) || !titleHeads.has(title.lower) || title.sentence !== toks[s.from]!.sentence) return undefined;
      if (!isCommonGivenName(prep.lower[s.from]!) || prep.gaz[s.from]) return undefined;
      const bodyWord = (w: string) => titleHeads.has(w) || titleModifiers.has(w) || ORGANISATION_OF_HEADS.has(w) || ORGANISATION_TAIL_WORDS.has(w) || COMPANY_HEADS.has(w);
      for (let i = s.from; i < s.to; i++) if (!cap(toks[i]) || bodyWord(prep.lower[i]!)) return undefined;
      return tagSpan(s.from, s.to, 'PER');
    },
  },
  {
    id: 'initial-after-title',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'after a title or role word ("spokesperson", "Minister", "Dr"), one or two single capital letters without a full stop and then one or two capitalised words are a person\'s initials and surname ("R Selvam", "M K Rajan": South Asian and other styles), however the tagger typed them; a body\'s head word ending them ("B Corp") keeps them a body',
    example: 'Party spokesperson T Ravindran said the vote was rigged.',
    apply: initialAfterTitle,
  },
  {
    id: 'titled-surname',
    types: ['ORG', 'LOC'],
    reason: 'a capitalised title head and one capitalised word, read as an organisation or place ("Justice | Sattar", "Advocate Khan"), whose word is no English word and ends a fuller person\'s name in the article or a name after the same title ("Justice Babar Sattar"), is that person named by title and surname',
    example: 'Justice Ana Okafor heard the case. Justice Okafor then adjourned it.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      if (s.to - s.from !== 2 || !cap(toks[s.from]) || !titleHeads.has(prep.lower[s.from]!) || !cap(toks[s.from + 1])) return undefined;
      // (The fuller name may be read the same way, title and all: "Justice Babar Sattar" typed as an organisation.)
      const word = prep.lower[s.from + 1]!;
      // (Not an English word, unless a surname of the Wikidata table: "General | Motors" is a company.)
      if (prep.gaz[s.from] || (isLexicalWord(word) && !isTableSurname(word))) return undefined;
      const titledFuller = spans.some((t) => t.to - t.from >= 3 && prep.lower[t.from] === prep.lower[s.from] && prep.lower[t.to - 1] === word && toks.slice(t.from, t.to).every(cap));
      return titledFuller || endsFullerName(v, word) ? tagSpan(s.from + 1, s.to, 'PER') : undefined;
    },
  },
  {
    id: 'name-after-lower-title',
    types: ['ORG', 'LOC'],
    reason: 'two or three capitalised words the tagger read as an organisation or place, right after a lower-case title ("spokesperson", "spokesman", "minister") and before a reporting verb or a comma, name the title\'s holder ("Foreign Ministry spokesperson Mao Ning said", "official Faisal Al-Harbi said", an Arabic article and its hyphen counting as no word) — unless an organisation\'s head word ends them',
    example: 'Foreign Ministry spokesperson Mao Ning said the visit was private.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const title = toks[s.from - 1];
      const after = toks[s.to];
      // (A hyphen joining an Arabic article to the word after it is no word of its own: "Faisal Al-Harbi".)
      const joined = (i: number) => toks[i]!.text === '-' && toks[i - 1]?.end === toks[i]!.start && toks[i + 1]?.start === toks[i]!.end && ARABIC_ARTICLES.has(prep.lower[i - 1]!);
      let words = 0;
      for (let i = s.from; i < s.to; i++) if (!joined(i)) words++;
      if (words < 2 || words > 3 || !title || cap(title) || !titleHeads.has(title.lower)) return undefined;
      if (!after || (after.text !== ',' && after.pos !== 'VERB') || ORGANISATION_OF_HEADS.has(prep.lower[s.to - 1]!) || prep.gaz[s.from]) return undefined;
      for (let i = s.from; i < s.to; i++) if (!joined(i) && !(joined(i + 1) && cap(toks[i])) && (!cap(toks[i]) || isLexicalWord(prep.lower[i]!))) return undefined;
      return tagSpan(s.from, s.to, 'PER');
    },
  },
  {
    id: 'given-name-rank',
    reason: 'a rank\'s abbreviation that is also a short given name ("Col": Colin, Colleen), written without a full stop after a title that is no rank ("Mayor", "Councillor") and read alone, right before a one-word person, is that person\'s given name: no civilian office is written before a rank',
    example: 'Shire Council Mayor Col Haines said the levy was unfair.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      const before = toks[s.from - 1];
      if (s.to - s.from !== 1 || !givenNameRanks.has(toks[s.from]!.text.toLowerCase()) || !next || next.type !== 'PER' || next.from !== s.to || next.to - next.from !== 1) return undefined;
      if (!before || before.sentence !== toks[s.from]!.sentence || !titleHeads.has(prep.lower[s.from - 1]!) || militaryRanks.has(prep.lower[s.from - 1]!) || !oneSpaceBetween(v, toks[s.from]!, toks[next.from]!)) return undefined;
      return { from: s.from, to: next.to, type: 'PER' };
    },
  },
  {
    id: 'title-words-only',
    reason: 'a span made only of capitalised title words, whose title goes on after it ("the Vice | Chairman of", "the Chief Executive | Officer"), is part of a role, no name',
    example: 'Ana Ruiz, the Vice Chairman of Harlow, resigned.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const titleWord = (i: number) => i < toks.length && cap(toks[i]) && toks[i]!.sentence === toks[s.from]!.sentence && (titleHeads.has(prep.lower[i]!) || titleModifiers.has(prep.lower[i]!));
      // (Not at a sentence's start, where a capitalised word may open a body's name: "Party | Chairman X".)
      if (prep.first[s.from]) return undefined;
      for (let i = s.from; i < s.to; i++) if (!titleWord(i)) return undefined;
      return titleWord(s.to) && titleHeads.has(prep.lower[s.to]!) ? null : undefined;
    },
  },
  {
    id: 'coordinated-organisation',
    types: ['PER'],
    reason: 'a one-word name typed as a person in a list with organisations and no person ("GM and Chrysler", "Toyota, Nissan and Honda"), and that word alone elsewhere in the article, is an organisation, unless it is a common given name, the surname of a person in the Wikidata table ("Trump and Fox News") or ends a fuller person\'s name in the article ("Paul Manafort ... Manafort and CNN")',
    example: 'Shares of Harlow, Tarvin and Kestrel Systems fell. Tarvin said sales were weak.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      if (s.to - s.from !== 1) return undefined;
      return coordinatedOrganisations(v).has(v.prep.lower[s.from]!) ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
  {
    id: 'employer-before-title',
    types: ['PER'],
    reason: 'a one-word name typed as a person right before a lower-case job title and a person\'s full name ("Uralsib analyst Chris Weafer", "Harlow spokesman Ana Ruiz") is the employer, an organisation, unless it is a given name, a surname of the Wikidata table ("Trump spokeswoman Hope Hicks") or ends a fuller person\'s name in the article',
    example: 'Tarvin analyst Ana Ruiz said prices would fall.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      const word = prep.lower[s.from]!;
      if (s.to - s.from !== 1 || !next || next.type !== 'PER' || next.to - next.from < 2 || next.from !== s.to + 1) return undefined;
      const title = toks[s.to]!;
      if (!/^\p{Ll}+$/u.test(title.text) || !SPLIT_TITLES.has(title.lower) || title.sentence !== toks[s.from]!.sentence) return undefined;
      return givenNameClass(word) !== 0 || isTableSurname(word) || endsFullerName(v, word) ? undefined : tagSpan(s.from, s.to, 'ORG');
    },
  },
  {
    id: 'lone-common-noun',
    types: ['PER'],
    reason: 'one capitalised English word typed as a person ("Maintenance", "Repair", "Autumn"), between no other capitalised words, that is no given name nor the surname of a person in the Wikidata table ("Bush", "Trump"), has no title before it, ends no fuller name in the article and nowhere acts ("Dole said", "Dole\'s"), is no person: the tagger read a capitalised common noun',
    example: 'Analysts said Upkeep, Refit and Salvage work would grow.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const word = prep.lower[s.from]!;
      if (s.to - s.from !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(toks[s.from]!.text) || !isLexicalWord(word) || givenNameClass(word) !== 0 || isTableSurname(word)) return undefined;
      const before = prep.lower[s.from - 1] ?? '';
      if (titleHeads.has(before) || honorifics.has(before) || honorifics.has(before.replace(/\.$/, ''))) return undefined;
      // (Part of a longer name the tagger cut: "Willie | Wood", "Saddam | Hussein".)
      const sentence = toks[s.from]!.sentence;
      if ([s.from - 1, s.to].some((i) => cap(toks[i]) && toks[i]!.sentence === sentence)) return undefined;
      return endsFullerName(v, word) || spans.some((t) => t.type === 'PER' && prep.lower[t.to - 1] === word && actsAfter(v, t.to)) ? undefined : null;
    },
  },
  {
    id: 'place-after-direction',
    types: ['PER'],
    reason: 'one capitalised word typed as a person right after a preposition of direction ("looks out towards Sligo", "a village near Kilkee"), that is no given name nor the surname of a person in the Wikidata table, ends no fuller name in the article and nowhere acts ("Kilkee said"), is a place',
    example: 'The keeper looked out towards Rathmoy as the ferry came in.',
    apply: (v) => {
      const { prep, spans, k } = v;
      const s = spans[k]!;
      const word = prep.lower[s.from]!;
      if (s.to - s.from !== 1 || !DIRECTION_PREPOSITIONS.has(prep.lower[s.from - 1] ?? '') || givenNameClass(word) !== 0 || isTableSurname(word)) return undefined;
      return endsFullerName(v, word) || spans.some((t) => t.type === 'PER' && prep.lower[t.to - 1] === word && actsAfter(v, t.to)) ? undefined : { ...s, type: 'LOC' };
    },
  },
  {
    id: 'rank-title-before-person',
    types: ['ORG', 'LOC'],
    reason: 'an academic rank written out and a title\'s head ("Associate Professor", "Visiting Professor"), typed as an organisation or place one space before a person\'s name, is that person\'s title, no body',
    example: 'Associate Professor Ana Ruiz said the data were incomplete.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      if (s.to - s.from !== 2 || next?.type !== 'PER' || next.from !== s.to || toks[next.from]!.sentence !== toks[s.from]!.sentence) return undefined;
      if (!cap(toks[s.from]) || !cap(toks[s.from + 1]) || !rankModifiers.has(prep.lower[s.from]!) || !titleHeads.has(prep.lower[s.from + 1]!)) return undefined;
      return oneSpaceBetween(v, toks[s.to - 1]!, toks[next.from]!) ? null : undefined;
    },
  },
  {
    id: 'rank-unit-title',
    reason: 'a word for a unit ("Battalion", "Squadron", "Wing", "Fire") read alone as a name right before a capitalised title head ("Chief", "Leader", "Commander") opens that rank\'s title ("Battalion Chief", "Squadron Leader"): part of the role, no organisation (titles.json rankUnits)',
    example: 'Battalion Chief Ana Ruiz said the fire was out by dawn.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const head = toks[s.to];
      if (s.to - s.from !== 1 || !cap(toks[s.from]) || !rankUnits.has(prep.lower[s.from]!) || !head || !cap(head) || !titleHeads.has(prep.lower[s.to]!)) return undefined;
      return head.sentence === toks[s.from]!.sentence && oneSpaceBetween(v, toks[s.from]!, head) ? null : undefined;
    },
  },
  {
    id: 'titled-name-tail',
    types: ['PER'],
    reason: 'after a capitalised title\'s head, a person\'s name and one or two capitalised words right after it that are no English word and no name the gazetteer knows, typed as an organisation or place ("Professor Tan | Wei Ming"), are one person\'s name; an organisation is not written against a person\'s name, and a capitalised word after them would start one',
    example: 'Associate Professor Lim Kok Seng said the data were incomplete.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      // (The title before the span, or its first word: "Lecturer Tan | Wei Ming".)
      const titled = (t: Token | undefined): t is Token => !!t && cap(t) && titleHeads.has(t.lower);
      const title = titled(toks[s.from - 1]) ? toks[s.from - 1] : s.to - s.from >= 2 && titled(toks[s.from]) ? toks[s.from] : undefined;
      if (!title || !next || (next.type !== 'ORG' && next.type !== 'LOC') || next.from !== s.to || next.to - next.from > 2 || cap(toks[next.to])) return undefined;
      for (let i = next.from; i < next.to; i++) if (!/^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) || isLexicalWord(prep.lower[i]!) || prep.gaz[i] || toks[i]!.sentence !== title.sentence) return undefined;
      return oneSpaceBetween(v, toks[s.to - 1]!, toks[next.from]!) ? tagSpan(s.from, next.to, 'PER') : undefined;
    },
  },
  {
    id: 'feature-opener-place',
    types: ['PER'],
    reason: 'a name of two words or more typed as a person that a natural feature\'s word opens ("Lake Kivu", "Mount Elgon", "Cape Agulhas") is a place, unless a common given name opens it',
    example: 'Fishermen near Lake Tarvo said the catch had fallen.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      return s.to - s.from >= 2 && cap(toks[s.from]) && FEATURE_OPENERS.has(prep.lower[s.from]!) && !isCommonGivenName(prep.lower[s.from]!) ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
  {
    id: 'weekday-place-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a capitalised weekday in no span, one space before a span that ends in a town\'s or natural feature\'s last word ("Harbor", "Creek", "Island"), opens that place\'s name ("Friday Harbor", "Sunday Creek"), unless a word before it dates it ("on Friday", "last Sunday", "until Friday"): the tagger leaves weekdays out of names and reads the rest as a person',
    example: 'Sunday Creek residents said the road had flooded.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const day = s.from - 1;
      if (day < 0 || !WEEKDAYS.has(prep.lower[day]!) || !/^\p{Lu}\p{Ll}+$/u.test(toks[day]!.text) || (k > 0 && spans[k - 1]!.to > day)) return undefined;
      if (!FEATURE_TAILS.has(prep.lower[s.to - 1]!) || !cap(toks[s.to - 1]) || toks[day]!.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[day]!, toks[s.from]!)) return undefined;
      const before = day > 0 && toks[day - 1]!.sentence === toks[day]!.sentence ? prep.lower[day - 1]! : '';
      return DATING_WORDS.has(before) ? undefined : { from: day, to: s.to, type: 'LOC' };
    },
  },
  // A name read as a person before a plural verb (span-teams.ts): a team.
  ...SPAN_TEAM_RULES,
];

/**
 * Rules retypeSpans runs on its own output, once every span has its type: a join that needs the type
 * the other rules gave the next span ("Paulo" | "Albuquerque Teles", the second read as a person only
 * by place-led-person).
 */
export const PERSON_AFTER_RULES: readonly SpanTypeRule[] = [
  {
    id: 'given-name-before-retyped-person',
    types: ['PER'],
    reason: 'a one-word person span that is a given name (a common one, or a rarer one that is no English word) and no place the gazetteer knows, one space before a person\'s name of one or two words in the same sentence that no title\'s head opens ("Orlando | Mayor"), and after no capitalised word ("Harbour Amerigo | Lécuyer", "From Ottilie | Reyes" stay apart, as given-name-before-person keeps them), opens that name: the tagger cut "Paulo | Albuquerque Teles" where a place name stands among the names, and the rules read the rest as a person',
    example: 'Paulo Albuquerque Teles said the vote would happen.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      if (s.to - s.from !== 1 || !next || next.type !== 'PER' || next.from !== s.to || next.to - next.from > 2) return undefined;
      const word = toks[s.from]!;
      const given = isCommonGivenName(word.lower) || (givenNameClass(word.lower) === 3 && !isLexicalWord(word.lower));
      if (!given || v.prep.gaz[s.from] || titleHeads.has(v.prep.lower[next.from]!) || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || !oneSpaceBetween(v, word, toks[next.from]!) || word.sentence !== toks[next.from]!.sentence) return undefined;
      const before = toks[s.from - 1];
      if (before && before.sentence === word.sentence && /^\p{Lu}/u.test(before.text)) return undefined;
      return { from: s.from, to: next.to, type: 'PER' };
    },
  },
];

/** Forgets what the rules found in an article's spans (retypeSpans calls it when it replaces them). */
export function forgetPersonRules(spans: readonly TagSpan[]): void {
  coordinatedOf.delete(spans);
}

/** A Roman numeral of an office's number ("II", "III", "IV"); not "I", which is also the pronoun. */
const ROMAN_NUMERAL = /^(?:II|III|IV)$/;
