// Stage 2, named entities, after the tagger's spans are reshaped (spans.ts): spans the tagger (trained
// on CoNLL, where "Dallas Cowboys" is a team) typed or cut wrongly — organisation names cut before a
// legal form, an "of" phrase or a bracketed acronym ("Gold Fields | of South Africa Ltd"), companies
// and events typed as people or places ("Offshore Data Services", "Texas Open"), a title or party
// adjective left at the end of a place ("Texas Sen."), an institution typed as a place ("Washington
// University"), a person typed as a place or organisation ("Jordan Spieth said"), a product or index typed
// as an actor ("Airbus A380", "iPod Nano", "FTSE 100 index"). Rules in
// SPAN_TYPE_RULES (with span-ships.ts's SHIP_NAME, span-common-nouns.ts's SPAN_COMMON_NOUN_RULES, span-legal-forms.ts's LEGAL_FORM_NAME, span-joins.ts's SPAN_JOIN_RULES, span-products.ts's SPAN_PRODUCT_RULES, span-places.ts's SPAN_PLACE_RULES, span-outlets.ts's SPAN_OUTLET_RULES, span-kinds.ts's SPAN_KIND_RULES and span-persons.ts's SPAN_PERSON_RULES); words in data/lexicon/homonyms.json, entity-words.json and given-names.json.

import words from '../../../data/lexicon/homonyms.json' with { type: 'json' };
import type { Token } from '../../types.js';
import { titleHeads } from './gazetteer.js';
import { ALSO_WORD, givenNameClass, isCommonGivenName } from './given-names.js';
import { ACRONYM_NAME_CONNECTORS, COMPASS_WORDS, COMPANY_HEADS, EVENT_COMPANY_HEADS, EVENT_COMPANY_NOUNS, SERVICE_BEFORE_PLACE, ORGANISATION_TAIL_WORDS, COMPANY_NOUNS, EVENT_HEADS, FACILITY_HEADS, LANGUAGE_NAMES, LOCATIVES, NATIONAL_NAME_HEADS, PLACE_SERVICE_HEADS, ORGANISATION_OF_HEADS, ORGANISATION_ON_HEADS, ORGANISATION_TAIL_OPENERS, SCHOOL_RUN_HEADS } from './words.js';
import { type Prepared, type TagSpan, tagSpan } from './tagger.js';
import { SPAN_JOIN_RULES } from './span-joins.js';
import { forgetPersonRules, PERSON_AFTER_RULES, SPAN_PERSON_RULES } from './span-persons.js';
import { AMOUNT_AFTER_NAME, SPAN_PRODUCT_RULES } from './span-products.js';
import { SPAN_PLACE_RULES } from './span-places.js';
import { SPAN_PARTY_SPORT_RULES } from './span-party-sport.js';
import { SPAN_PLACE_LIST_RULES } from './span-place-lists.js';
import { SPAN_CURRENCY_RULES } from './span-currency-amounts.js';
import { SPAN_JOB_TITLE_RULES } from './span-job-titles.js';
import { SPAN_OUTLET_RULES } from './span-outlets.js';
import { SPAN_KIND_RULES } from './span-kinds.js';
import { SPAN_WHOLE_BODY_RULES } from './span-whole-bodies.js';
import { SPAN_CONTEXT_RULES } from './span-context-types.js';
import { SPAN_HEAD_NAME_RULES } from './span-head-names.js';
import { SPAN_COMPOUND_NAME_RULES } from './span-compound-names.js';
import { SPAN_COMMON_NOUN_RULES } from './span-common-nouns.js';
import { forgetShips, SHIP_NAME } from './span-ships.js';
import { CALENDAR_WORDS, cap, forgetSpanIndex, indexSpans, oneSpaceBetween, organisationTailEnd, PLACE_GAZ, rulesByType, spanAt, surnameLike, wholeGazetteerEntry, type SpanTypeRule, type SpanView } from './span-rule.js';
import { PARTY_LETTERS } from '../../lexicon/party-tags.js';
import { isBody } from './government.js';
import { LEGAL_FORM_NAME, legalFormEnd } from './span-legal-forms.js';

export type { SpanTypeRule } from './span-rule.js';

const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(words.partyAdjectives.words);
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(words.institutionHeads.words);
const OCCUPATIONS: ReadonlySet<string> = new Set(words.occupations.words);
const SPEECH_VERBS: ReadonlySet<string> = new Set(words.speechVerbs.words);


/** Is the token, alone, a place of the gazetteer (a country, capital, city, US state or region, not the first word of a longer one: "West Bank")? */
const placeWord = (p: Prepared, i: number): boolean => PLACE_GAZ.test(p.gaz[i] ?? '') && !(p.gaz[i + 1] ?? '').startsWith('I-');
/** A plural of a common noun ("Cowboys" → cowboy: a team's name), as stage 1's lemma says; surnames in -s keep theirs ("Reyes"). */
const pluralNoun = (t: Token): boolean => t.lower.endsWith('s') && t.lemma !== t.lower;

/** "Jordan Spieth said", "… Spieth said" elsewhere, "actress America Ferrera": evidence that a place-led two-word name is a person. */
function personEvidence(v: SpanView, s: TagSpan): boolean {
  const { toks, prep } = v;
  if (OCCUPATIONS.has(prep.lower[s.from - 1] ?? '')) return true;
  if (SPEECH_VERBS.has(prep.lower[s.to] ?? '')) return true;
  if (givenNameAndSurname(v, s)) return true;
  const surname = toks[s.to - 1]!.text;
  for (let i = 0; i < toks.length; i++) {
    if (i >= s.from && i < s.to) continue;
    if (toks[i]!.text === surname && !cap(toks[i - 1]) && SPEECH_VERBS.has(prep.lower[i + 1] ?? '')) return true;
  }
  return false;
}

/**
 * "Paris Hilton", "Jordan Peterson": the place is also a common given name (given to 2,000 people or
 * more, given-names.ts), the word after it is no English word, nor the plural of one (not in wink's
 * lexicon: not "China Daily", "Georgia Tech", "Bristol Rovers"), and no locative comes before ("at
 * London Heathrow"): a given name and a surname.
 */
function givenNameAndSurname(v: SpanView, s: TagSpan): boolean {
  const g = givenNameClass(v.prep.lower[s.from]!);
  return g !== 0 && g !== 3 && !LOCATIVES.has(v.prep.lower[s.from - 1] ?? '') && surnameLike(v.prep.lower[s.from + 1]!);
}


/** The span a name makes with the words up to an acronym in brackets that spells their capitals ("State Law and Order Restoration Council (SLORC)"), or undefined. */
function acronymConfirmedSpan(v: SpanView, s: TagSpan): TagSpan | undefined {
  const { toks, prep, spans } = v;
  const sentence = toks[s.from]!.sentence;
  let initials = '';
  for (let j = s.from; j + 2 < toks.length && toks[j]!.sentence === sentence; j++) {
    const t = toks[j]!;
    if (t.text === '(') {
      const acro = toks[j + 1]!.text;
      if (j <= s.to || toks[j + 2]!.text !== ')' || !/^\p{Lu}{2,8}$/u.test(acro) || acro !== initials) return undefined;
      const inside = spans.filter((x) => x.from < j && x.to > s.from);
      // (A person's span among them only after an organisation's that opens the name: "Utkal | Jana Dal (UJD)", a party's
      // name; not one that opens it, "Aircraft | Communications Addressing … (ACARS)", which the acronym then stands for alone.)
      const person = (x: TagSpan) => x.type === 'PER' && (x.from === s.from || !inside.some((y) => y.type === 'ORG' && y.from < x.from));
      if (inside.some((x) => x.to > j || person(x))) return undefined;
      return { from: s.from, to: j, type: inside.some((x) => x.type === 'ORG') ? 'ORG' : s.type };
    }
    if (cap(t)) initials += t.text[0];
    else if (!ACRONYM_NAME_CONNECTORS.has(prep.lower[j]!) || !cap(toks[j + 1])) return undefined;
  }
  return undefined;
}

/** Parts of speech a name's words have. */
const NAME_WORD_TAGS = /^(PROPN|NOUN|ADJ|NUM)$/;

/** The end of a run of capitalised words from token `last` (it and at most four more, in its sentence) that a school head closes ("… High School"), or -1. */
function schoolRunEnd(v: SpanView, last: number): number {
  const { toks, prep } = v;
  let end = -1;
  // (Only name words: a capitalised preposition or article belongs to a title-case headline, "Small Steps Toward College Savings".)
  const nameWord = (i: number) => i < toks.length && cap(toks[i]) && NAME_WORD_TAGS.test(toks[i]!.pos) && toks[i]!.sentence === toks[last]!.sentence && (i === last || !prep.first[i]);
  for (let i = last; i <= last + 4 && nameWord(i); i++) {
    if (SCHOOL_RUN_HEADS.has(prep.lower[i]!)) end = i + 1;
  }
  // ("The New England Journal of Medicine": the head's "of" and the capitalised words after it.)
  if (end > 0 && prep.lower[end] === 'of' && nameWord(end + 1)) {
    let to = end + 1;
    while (to < end + 4 && nameWord(to)) to++;
    end = to;
  }
  return end;
}

/** Words that determine an event's name before it ("the Asian Games", "this year's Games", "next Games"). */
const NAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'that', 'those', 'next', 'last', 'its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", '’s']);

/**
 * The company a name ending in a word of EVENT_COMPANY_HEADS makes ("Kalvaro Games said"), with the word
 * in no span before it that opens it ("Vaskilo | Games"), or undefined: see rule event-company-name.
 */
function eventCompanySpan(v: SpanView, s: TagSpan): TagSpan | undefined {
  const { toks, prep, spans, k } = v;
  const last = s.to - 1;
  if (!EVENT_COMPANY_HEADS.has(prep.lower[last]!) || !/^\p{Lu}\p{Ll}+$/u.test(toks[last]!.text)) return undefined;
  let from = s.from;
  // ("Vaskilo | Games": a word the tagger left out, no English word, in no span, one space before.)
  const opener = from - 1;
  if (s.to - s.from === 1 && opener >= 0 && (k === 0 || spans[k - 1]!.to <= opener) && /^\p{Lu}\p{Ll}+$/u.test(toks[opener]!.text) && !prep.gaz[opener] && surnameLike(prep.lower[opener]!) && toks[opener]!.sentence === toks[last]!.sentence && oneSpaceBetween(v, toks[opener]!, toks[from]!)) from = opener;
  if (last - from < 1) return undefined;
  for (let i = from; i < last; i++) if (!/^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) || prep.gaz[i] || CALENDAR_WORDS.has(prep.lower[i]!)) return undefined;
  const before = from > 0 && toks[from - 1]!.sentence === toks[from]!.sentence ? toks[from - 1]! : undefined;
  if (before && (NAME_DETERMINERS.has(before.lower) || before.pos === 'NUM' || cap(before))) return undefined;
  // (Acting as a company: the subject of a singular verb — "plans", "said", "is", not "open" or "are" — or after a company noun.)
  const verb = toks[s.to];
  const singular = !!verb && verb.sentence === toks[last]!.sentence && (verb.pos === 'VERB' || verb.pos === 'AUX') && verb.lemma !== verb.lower && verb.lower !== 'are' && verb.lower !== 'were';
  const companyNoun = !!before && !cap(before) && (COMPANY_NOUNS.has(before.lower) || EVENT_COMPANY_NOUNS.has(before.lower));
  return singular || companyNoun ? { from, to: s.to, type: 'ORG' } : undefined;
}

/** Does a common given name (20,000 bearers or more, or 2,000, or one that is also an English word) open the span ("Samantha Power", "Doris Day")? */
const givenNameFirst = (p: Prepared, s: TagSpan): boolean => {
  const band = givenNameClass(p.lower[s.from]!);
  return band === 1 || band === 2 || band === ALSO_WORD;
};

/**
 * Rules that only trim a span, run on every span before SPAN_TYPE_RULES so that those read the name
 * they leave, and the spans around it, as the name: an amount glued to its end ("Nile Telecom | EGP3.5").
 */
export const SPAN_TRIM_RULES: readonly SpanTypeRule[] = [AMOUNT_AFTER_NAME];

/** The span rules, in order; the first that applies to a span gives its new form. */
export const SPAN_TYPE_RULES: readonly SpanTypeRule[] = [
  // (Names whose edge word gives their kind, whatever the tagger cut: span-head-names.ts.)
  ...SPAN_HEAD_NAME_RULES,
  // (Names cut at a generic word inside them: span-compound-names.ts.)
  ...SPAN_COMPOUND_NAME_RULES,
  // (Capitalised common nouns and names a class noun types: span-common-nouns.ts.)
  ...SPAN_COMMON_NOUN_RULES,
  SHIP_NAME,
  // Parties named by their members' plural and national sports bodies (span-party-sport.ts): "the Sweden Democrats", "Swimming Australia".
  ...SPAN_PARTY_SPORT_RULES,
  {
    id: 'party-state-tag',
    reason: 'a party\'s letter after a politician\'s name, in brackets or after a comma, with its state ("(R)", ", D-Calif.,"), names the party: one organisation, whatever the tagger made of its pieces; an independent\'s "I" names none, and its state is a place',
    example: 'Rep. Ann Lee, D-Calif., said the bill was dead.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const tagged = (i: number) => PARTY_LETTERS.has(toks[i]?.text ?? '') && (prep.lower[i - 1] === '(' || prep.lower[i - 1] === ',');
      const party = (i: number) => !!PARTY_LETTERS.get(toks[i]!.text);
      // (The state alone, its letter left out of the span: "R-AZ", "I-Vt.")
      if (!tagged(s.from)) return !tagged(s.from - 1) ? undefined : party(s.from - 1) ? { from: s.from - 1, to: s.to, type: 'ORG' } : s.type === 'LOC' ? undefined : tagSpan(s.from, s.to, 'LOC');
      const next = spans[k + 1];
      if (s.to - s.from > 1) return party(s.from) ? tagSpan(s.from, s.to, 'ORG') : { from: s.from + 1, to: s.to, type: 'LOC' };
      if (next?.from === s.to) return party(s.from) ? { from: s.from, to: next.to, type: 'ORG' } : null;
      if (prep.lower[s.to] !== ')' && prep.lower[s.to] !== ',') return undefined;
      return party(s.from) ? tagSpan(s.from, s.to, 'ORG') : null;
    },
  },
  {
    id: 'acronym-confirmed-name',
    reason: 'capitalised words and small words before an acronym in brackets that spells their capitals are one name, however the tagger cut it; it comes before the rules that join a name\'s pieces two at a time, which would stop short of the acronym ("the Rwanda | Biomedical | Centre (RBC)" joined as "Rwanda Biomedical" by country-led-organisation)',
    example: 'The Alliance for Clean Water in Ghana (ACWG) said the wells were dry.',
    apply: (v) => acronymConfirmedSpan(v, v.spans[v.k]!),
  },
  // Organisation names cut into more than two pieces (span-whole-bodies.ts): a list of fields before a body's head word.
  ...SPAN_WHOLE_BODY_RULES,
  // One-word names a word beside them types (span-context-types.ts): "on X", "the Centre", "TELLY favourite", "Tory MP".
  ...SPAN_CONTEXT_RULES,
  // Names cut at punctuation inside them (span-joins.ts): bracketed town letters, a plural's apostrophe, hyphenated given names.
  ...SPAN_JOIN_RULES,
  // Names whose kind their own words or the words around them tell (span-kinds.ts): clubs, storms, streets, places before an office or a local.
  ...SPAN_KIND_RULES,
  // Products and indices typed as actors (span-products.ts): "Airbus A380", "787 Dreamliner", "iPod Nano".
  ...SPAN_PRODUCT_RULES,
  // Amounts typed as names (span-currency-amounts.ts): "P1.2 billion", "GH¢70,000".
  ...SPAN_CURRENCY_RULES,
  LEGAL_FORM_NAME,
  {
    id: 'bracketed-acronym-letter',
    reason: 'an acronym in capitals with one to three capitals in brackets written against it ("CPI(M)", "CPN(UML)"; no space either side) is one name, a party\'s or a body\'s that tells apart bodies of one acronym: one organisation, not the acronym and a letter',
    example: 'Meanwhile, the HPK(R) said it would contest every seat.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      const [open, letters, close] = [toks[s.to], toks[s.to + 1], toks[s.to + 2]];
      if (s.to - s.from !== 1 || !/^[A-Z]{2,6}$/.test(toks[s.from]!.text) || open?.text !== '(' || !letters || !/^[A-Z]{1,3}$/.test(letters.text) || close?.text !== ')') return undefined;
      return toks[s.from]!.end === open.start && open.end === letters.start && letters.end === close.start ? { from: s.from, to: s.to + 3, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'compass-before-body',
    reason: 'a capitalised point of the compass right before an organisation\'s name of two words or more that a region opens and a body\'s head word ends ("West | Yorkshire Police", "North | Yorkshire County Council") opens the region\'s name, so the body\'s too: one organisation, whether the tagger left the word out or typed it apart',
    example: 'Officers from East Harlowshire Police said the road was closed.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      // (The compass word typed apart as a one-word span: the organisation is the next span.)
      const apart = s.to - s.from === 1 && spans[k + 1]?.from === s.to ? spans[k + 1]! : undefined;
      const body = apart ?? s;
      const at = apart ? s.from : s.from - 1;
      if (at < 0 || body.type !== 'ORG' || body.to - body.from < 2 || !COMPASS_WORDS.has(prep.lower[at]!) || !/^\p{Lu}\p{Ll}+$/u.test(toks[at]!.text)) return undefined;
      if (toks[at]!.sentence !== toks[body.from]!.sentence || toks[at]!.end + 1 !== toks[body.from]!.start || (!apart && spanAt(spans, at)) || (cap(toks[at - 1]) && toks[at - 1]!.sentence === toks[at]!.sentence)) return undefined;
      if (!isBody(prep.lower, body.from + 1, body.to) && !ORGANISATION_TAIL_WORDS.has(prep.lower[body.to - 1]!)) return undefined;
      return { from: at, to: body.to, type: 'ORG' };
    },
  },
  {
    id: 'organisation-of-tail',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'an organisation\'s name (or a name of two words or more the tagger read as MISC or as a place) that ends in a word like "Commission", "Council" or "League" goes on over a capitalised "of/for/on" phrase ("Commission on Presidential Debates"; "on" only after a body that sits on a subject, not "University on Long Island"), not over a date, a title or a person',
    example: 'The Council for Coastal Fisheries said the quota was too low.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      const head = v.prep.lower[s.to - 1]!;
      const opener = v.prep.lower[s.to] ?? '';
      // (Or a place's name and the head word the tagger read as a place: "the Harlow Centre | for Disease Control".)
      const typed = s.type === 'ORG' || ((s.type === 'MISC' || s.type === 'LOC') && s.to - s.from >= 2 && cap(v.toks[s.to - 1]));
      if (!typed || !ORGANISATION_OF_HEADS.has(head) || !ORGANISATION_TAIL_OPENERS.has(opener) || (opener === 'on' && !ORGANISATION_ON_HEADS.has(head))) return undefined;
      const end = organisationTailEnd(v, s);
      return end > s.to ? { from: s.from, to: end, type: 'ORG' } : undefined;
    },
  },
  // Names that the words around them make places (span-places.ts): a court's town.
  ...SPAN_PLACE_RULES,
  // Names typed as people in a list of places after a locative (span-place-lists.ts): "in Albay, Camarines Sur and Catanduanes".
  ...SPAN_PLACE_LIST_RULES,
  // News outlets read as places or cut before their head word (span-outlets.ts): "in Tarvik News".
  ...SPAN_OUTLET_RULES,
  // Spans that are no person's name (span-persons.ts): title words, organisations in lists, capitalised common nouns.
  // Job titles typed as organisations (span-job-titles.ts): "its Public Relations Manager".
  ...SPAN_JOB_TITLE_RULES,
  ...SPAN_PERSON_RULES,
  {
    id: 'abbreviated-title-tail',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'an abbreviated title ("Sen.", "Gov.", "Rep.") never ends a place or organisation: it belongs to the person after it',
    example: 'Texas Sen. Dana Ruiz says the plan will fail.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from < 2) return undefined;
      let end = s.to;
      while (end > s.from && toks[end - 1]!.text.endsWith('.') && titleHeads.has(prep.lower[end - 1]!)) end--;
      return end === s.to ? undefined : end > s.from ? { from: s.from, to: end, type: s.type === 'ORG' && placeWord(prep, s.from) ? 'LOC' : s.type } : null;
    },
  },
  {
    id: 'party-adjective-tail',
    reason: 'a party\'s adjective after a place, before a lower-case word, describes what follows: "Nevada Democratic caucus-goers" names Nevada',
    example: 'Early results of a poll of Nevada Democratic voters came in.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const next = toks[s.to];
      if (s.to - s.from < 2 || !placeWord(prep, s.from) || !PARTY_ADJECTIVES.has(prep.lower[s.to - 1]!) || !next || cap(next)) return undefined;
      return { from: s.from, to: s.to - 1, type: 'LOC' };
    },
  },
  {
    id: 'institution-head',
    types: ['PER', 'LOC'],
    reason: 'a place-led name ending in an institution\'s word ("University", "House", "Examiner", "Radio") is an organisation, whether the tagger read a place or a person ("Damascus Radio said")',
    example: 'She teaches law at Fairview University in Ohio.',
    apply: ({ prep, spans, k }) => {
      const s = spans[k]!;
      return s.to - s.from >= 2 && placeWord(prep, s.from) && INSTITUTION_HEADS.has(prep.lower[s.to - 1]!) ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
  {
    id: 'place-service-body',
    types: ['PER', 'LOC'],
    reason: 'a name made of a place\'s words (and points of the compass) and a police force\'s or water utility\'s word ("South Wales Police", "Sydney Water") is that body, an organisation, whatever the tagger typed it',
    example: 'A man was arrested, South Wales Police said.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (s.to - s.from < 2 || !cap(toks[s.to - 1]) || !PLACE_SERVICE_HEADS.has(prep.lower[s.to - 1]!)) return undefined;
      for (let i = s.from; i < s.to - 1; i++) if (!prep.gaz[i] && !COMPASS_WORDS.has(prep.lower[i]!)) return undefined;
      return tagSpan(s.from, s.to, 'ORG');
    },
  },
  {
    id: 'service-before-place',
    reason: 'a police force\'s or statistics office\'s word right before a country\'s or region\'s name, with nothing between ("Police Wales", "Statistics Canada"), is that body\'s name, an organisation, whatever the tagger typed it, left out or typed apart',
    example: 'Police Harlowshire said the road was closed.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      // (The word a span of its own, the place the next span, a country or region the gazetteer knows or one or two
      // words the tagger read as a place: "Statistics | Korea"; not in a title-case headline.)
      const next = spans[k + 1];
      const place = (t: TagSpan) => wholeGazetteerEntry(prep, t.from, t.to, /^B-(country|region)$/) || (t.type === 'LOC' && t.to - t.from <= 2 && !prep.gaz[t.from]);
      if (s.to - s.from === 1 && next?.from === s.to && SERVICE_BEFORE_PLACE.has(prep.lower[s.from]!) && /^\p{Lu}\p{Ll}/u.test(toks[s.from]!.text) && !prep.headline[s.from] && place(next) && oneSpaceBetween(v, toks[s.from]!, toks[next.from]!)) return { from: s.from, to: next.to, type: 'ORG' };
      if (s.type === 'ORG') return undefined;
      // (The word inside the span, or left out right before it.)
      const at = SERVICE_BEFORE_PLACE.has(prep.lower[s.from]!) ? s.from : s.from - 1;
      if (at < 0 || !SERVICE_BEFORE_PLACE.has(prep.lower[at]!) || !/^\p{Lu}\p{Ll}/u.test(toks[at]!.text) || (at < s.from && spans[k - 1]?.to === s.from)) return undefined;
      // (The place is one gazetteer entry for a country or region, the rest of the span.)
      const kind = /^B-(country|region)$/.exec(prep.gaz[at + 1] ?? '')?.[1];
      if (!kind || toks[at]!.end + 1 !== toks[at + 1]!.start || prep.gaz[s.to] === `I-${kind}`) return undefined;
      for (let i = at + 2; i < s.to; i++) if (prep.gaz[i] !== `I-${kind}`) return undefined;
      return tagSpan(at, s.to, 'ORG');
    },
  },
  {
    id: 'institution-name-run',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'capitalised words running on from a name to "School", "University", "College", "Academy", "Institute", "Hospital" or "Seminary" are one organisation\'s name, however the tagger cut or typed its parts',
    example: 'Students from Maple Ridge Catholic High School marched on Friday.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      const end = schoolRunEnd(v, s.to - 1);
      return end > s.to || (end === s.to && s.type !== 'ORG' && s.to - s.from >= 2) ? { from: s.from, to: end, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'airport-name',
    reason: 'an airport is a place, one name with the name before "(International) Airport", whatever the tagger called either ("Changi" a person, "Reagan National Airport" an organisation)',
    example: "Crowds gathered at Budapest's Ferenc Liszt International Airport.",
    apply: ({ prep, spans, k }) => {
      const s = spans[k]!;
      const next = spans[k + 1];
      if (next && next.from === s.to && prep.lower[next.to - 1] === 'airport' && prep.lower[s.to - 1] !== 'airport') return { from: s.from, to: next.to, type: 'LOC' };
      return prep.lower[s.to - 1] === 'airport' && s.to - s.from >= 2 && s.type !== 'LOC' ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
  {
    id: 'facility-head-place',
    types: ['PER'],
    reason: 'a name of two words or more typed as a person that ends in a building\'s or site\'s word ("Factory", "Stadium", "Square", "Bridge") is a place, unless a common given name opens it',
    example: 'Crowds gathered at the Tarvin Factory on Monday.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      return s.to - s.from >= 2 && cap(toks[s.to - 1]) && FACILITY_HEADS.has(prep.lower[s.to - 1]!) && !givenNameFirst(prep, s) ? tagSpan(s.from, s.to, 'LOC') : undefined;
    },
  },
  {
    id: 'place-led-person',
    types: ['ORG', 'LOC'],
    reason: 'a two-word name led by a place name ("Jordan", "Victoria", "Paris"), with no "the" before it and not ending in a plural noun ("Dallas Cowboys"), is a person after an occupation word, as the speaker of a speech verb (here or by its last word elsewhere), or when the place is a common given name and the next word no English word ("Paris Hilton")',
    example: 'The golfer Jordan Vale missed the cut. Vale said the greens were fast.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      const last = v.prep.lower[s.to - 1]!;
      if (s.to - s.from !== 2 || !placeWord(v.prep, s.from) || v.prep.gaz[s.from + 1] || INSTITUTION_HEADS.has(last) || pluralNoun(v.toks[s.to - 1]!) || v.prep.lower[s.from - 1] === 'the') return undefined;
      // ("Wisconsin Trump rally": a name before a common noun modifies it.)
      const next = v.toks[s.to];
      if (next && next.pos === 'NOUN' && !cap(next)) return undefined;
      return personEvidence(v, s) ? tagSpan(s.from, s.to, 'PER') : undefined;
    },
  },
  {
    id: 'given-name-person',
    types: ['ORG'],
    reason: 'an organisation outside the gazetteer that is a common given name (given to 2,000 people or more, and no English word), perhaps a middle initial, and a word that is no English word, is a person ("Marcy Halvorsen", "Mary J. Blige")',
    example: 'Shares of Marcy Halvorsen fell after the verdict.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      // ("Mary J. Blige": an organisation has no middle initial.)
      const initial = s.to - s.from === 3 && /^\p{Lu}\.$/u.test(toks[s.from + 1]!.text);
      if ((s.to - s.from !== 2 && !initial) || prep.gaz[s.from] || prep.gaz[s.to - 1]) return undefined;
      return isCommonGivenName(prep.lower[s.from]!) && surnameLike(prep.lower[s.to - 1]!) ? tagSpan(s.from, s.to, 'PER') : undefined;
    },
  },
  {
    id: 'national-party-name',
    reason: 'a nation\'s adjective right before a party\'s or movement\'s name ("Party", "Congress", "Union", "Red Cross"), perhaps with its "of" phrase ("Civil Liberties Union of Washington"), is part of that name, which the tagger cut after the adjective',
    example: 'Leaders of the Moldovan Farmers Party met in the capital.',
    apply: ({ prep, spans, k }) => {
      const s = spans[k]!;
      const next = spans[k + 1];
      if (!next || next.from !== s.to || next.type !== 'ORG') return undefined;
      // (The head may stand before the name's "of" phrase: "the American | Civil Liberties Union of Washington".)
      const of = prep.lower.slice(next.from + 1, next.to - 1).findIndex((w) => ORGANISATION_TAIL_OPENERS.has(w));
      if (!NATIONAL_NAME_HEADS.has(prep.lower[of < 0 ? next.to - 1 : next.from + of]!)) return undefined;
      for (let j = s.from; j < s.to; j++) if (!/-demonym$/.test(prep.gaz[j] ?? '')) return undefined;
      return { from: s.from, to: next.to, type: 'ORG' };
    },
  },
  {
    id: 'possessive-company-name',
    types: ['ORG'],
    reason: 'a company whose name holds a possessive ("Merriam\'s Foods Inc") is called by the part up to and with the "\'s" ("Merriam\'s said"): that "\'s" is part of the name, not a possessive',
    example: "Harlow's Bakeries Inc agreed to the bid. Harlow's said the price was fair.",
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const poss = (i: number) => i < prep.lower.length && (prep.lower[i] === "'s" || prep.lower[i] === '’s');
      if (!poss(s.to)) return undefined;
      const words = toks.slice(s.from, s.to).map((t) => t.text).join(' ');
      const named = spans.some((t) => t !== s && poss(t.to) && toks.slice(t.from, t.to).map((x) => x.text).join(' ') === words && legalFormEnd(v, t) > t.to + 1);
      return named ? tagSpan(s.from, s.to + 1, s.type) : undefined;
    },
  },
  {
    id: 'event-company-name',
    reason: 'a name ending in a word as often a company\'s as an event\'s ("Games"), with nothing determining it (no "the", possessive or number before it: an event is "the Commonwealth Games"), made of capitalised words in no gazetteer entry, is a company when it acts as one: the subject of a verb in the singular ("Kalvaro Games plans", "… said"; not "… open") or after a company noun ("developer Riot Games"); one capitalised word that is no English word, in no span right before the word the tagger read alone, opens it ("Vaskilo | Games" at a sentence\'s start)',
    example: 'Vaskilo Games plans to cut 180 jobs, the company said on Thursday.',
    apply: (v) => eventCompanySpan(v, v.spans[v.k]!),
  },
  {
    id: 'company-head',
    types: ['PER', 'LOC', 'MISC'],
    reason: 'a name of two words or more ending in a company\'s word ("Services", "Communications", "Electric Power") is a company, unless a common given name opens it ("Samantha Power") and the word could be a surname (a plural one, "Kia Motors", cannot)',
    example: 'Harbour Freight Services said it would hire drivers.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const head = prep.lower[s.to - 1]!;
      if (s.to - s.from < 2 || !cap(toks[s.to - 1]) || !COMPANY_HEADS.has(head) || (givenNameFirst(prep, s) && !head.endsWith('s'))) return undefined;
      return tagSpan(s.from, s.to, 'ORG');
    },
  },
  {
    id: 'language-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a language\'s name ("Hindi", "Yoruba", "Te Reo") is no place and no actor, whatever the tagger read: "she said in Yoruba" names no place',
    example: '"We will rebuild," she said in Yoruba.',
    apply: ({ prep, spans, k }) => {
      const s = spans[k]!;
      const n = s.to - s.from;
      return n <= 2 && LANGUAGE_NAMES.has(n === 1 ? prep.lower[s.from]! : n === 2 ? `${prep.lower[s.from]} ${prep.lower[s.from + 1]}` : '') ? tagSpan(s.from, s.to, 'MISC') : undefined;
    },
  },
  {
    id: 'event-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a name ending in an event\'s word ("Open", "Festival", "Cup", "Day"), or a name right before a capitalised one ("Hong Kong | Open"), names a tournament, festival, holiday, show or conference: no actor and no place, unless a common given name ("Doris Day") or an organisation\'s head word ("Organisation of the Islamic Conference") opens it or a person comes before the word',
    example: 'She won the Lakeside Open last year and skipped Founders Day.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const event = (i: number) => i < toks.length && toks[i]!.sentence === toks[s.from]!.sentence && cap(toks[i]) && EVENT_HEADS.has(prep.lower[i]!);
      const ends = s.to - s.from >= 2 && event(s.to - 1);
      // (Only a place or organisation opens an event's name: "Aravinda de Silva | Next Series" is a person.)
      if (!ends && !(s.type !== 'PER' && event(s.to) && !prep.first[s.to])) return undefined;
      // (An organisation's head word opens a body's name: "Organisation of the Islamic Conference". Both
      // tests come after the event's word, which few spans have: a given name is looked up for those only.)
      if (givenNameFirst(prep, s) || ORGANISATION_OF_HEADS.has(prep.lower[s.from]!)) return undefined;
      return ends ? tagSpan(s.from, s.to, 'MISC') : { from: s.from, to: s.to + 1, type: 'MISC' };
    },
  },
];

/** SPAN_TYPE_RULES by the span type they may apply to. */
const TYPE_RULES_OF = rulesByType(SPAN_TYPE_RULES);

/** Applies SPAN_TRIM_RULES, then SPAN_TYPE_RULES, to the tagger's spans in place (a span a rule empties is dropped; one that joins the next spans replaces them). */
export function retypeSpans(toks: readonly Token[], prep: Prepared, spans: TagSpan[], text = ''): void {
  for (let k = 0; k < spans.length; k++) {
    for (const r of SPAN_TRIM_RULES) {
      const m = r.apply({ text, toks, prep, spans, k });
      if (m) spans[k] = m;
    }
  }
  const out: TagSpan[] = [];
  // (The type rules leave `spans` as it is: spanAt answers from an index of it.)
  indexSpans(spans, toks.length);
  try {
    for (let k = 0; k < spans.length; k++) {
      let made: TagSpan | null = spans[k]!;
      const view: SpanView = { text, toks, prep, spans, k };
      for (const r of TYPE_RULES_OF[made.type]) {
        const m = r.apply(view);
        if (m === undefined) continue;
        made = m;
        break;
      }
      if (!made) continue;
      out.push(made);
      // A rule that joins the next spans ("Changi" + "International Airport") takes their place.
      while (k + 1 < spans.length && spans[k + 1]!.from < made.to) k++;
    }
  } finally {
    forgetSpanIndex();
  }
  forgetShips(spans);
  forgetPersonRules(spans);
  for (let k = 0; k < out.length; k++) {
    const view: SpanView = { text, toks, prep, spans: out, k };
    const m = PERSON_AFTER_RULES.map((r) => r.apply(view)).find((x) => x);
    if (m) out.splice(k, 2, m);
  }
  spans.splice(0, spans.length, ...out);
}
