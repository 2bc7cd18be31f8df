// Stage 2, named entities, part of the span rules (span-types.ts runs them after the joins): names the
// tagger typed as actors that name made things or market indices — a maker's name with a model's
// number or code ("Airbus A380", "Boeing 787 Dreamliner", "Trent 900 engines", "FTSE 100 index"), a
// model's name after its number ("the 787 Dreamliner"), an acronym in brackets after an index's name
// ("(DJIA)"), a name with a word written with a small "i" ("iPod Nano", "30GB iPod"), a disease named
// after a person ("Alzheimer's"), a product's name after "called" ("the drug, called Alyvex"), a brand's product ("Greenway Classic Houmous", its brand alone an organisation), a medicine's brand ("the drug Velmexa", "Dravotin pills"). They become MISC: no actor, no place; a currency's abbreviation before an amount ("Rs 48 crore") is
// dropped, and an amount the tagger read into a name's end ("Petra Mobile | JD2.5 million") is cut off
// before the other rules read the name (AMOUNT_AFTER_NAME, span-types.ts SPAN_TRIM_RULES). Words in data/lexicon/entity-words.json (productNouns, consumerProductNouns, currencyAbbreviations, amountScaleWords, eponymousDiseases).

import type { Token } from '../../types.js';
import { AMOUNT_SCALE_WORDS, COMPANY_HEADS, CONSUMER_PRODUCT_NOUNS, CURRENCY_ABBREVIATIONS, DISEASE_NOUNS, DOSAGE_FORM_NOUNS, EPONYMOUS_DISEASES, EVENT_HEADS, LEGAL_FORMS, MEDICINE_NOUNS, NAMED_PRODUCT_NOUNS, NAMING_PARTICIPLES, ORGANISATION_OF_HEADS, PRODUCT_NOUNS } from './words.js';
import { cap, spanAt, type SpanTypeRule, type SpanView } from './span-rule.js';
import { givenNameClass, isCommonGivenName } from './given-names.js';
import { type TagSpan, tagSpan } from './tagger.js';

/** A model's number or code after a maker's name: "787", "A380", "737-800", "A400M", "737s" (not a score, "15-10", or a time, "10pm"). */
const MODEL_CODE = /^\p{Lu}{0,3}\d{2,4}(?:\p{Lu}{1,3}|s)?(?:-\d{3}\p{Lu}{0,3})?$/u;
/** A model's bare number that a model's name may follow ("787 Dreamliner"): three or four digits, no year ("2008 Olympics"), no clock time ("0800 UTC"). */
const MODEL_NUMBER = /^[1-9]\d{2,3}$/;
const YEAR = /^(?:19|20)\d\d$/;
/** A currency's letters written against an amount: "JD2.5", "KD3", "Sh200" (one to three letters, a capital first, then digits). */
export const PREFIXED_AMOUNT = /^\p{Lu}\p{L}{0,2}\d+(?:[.,]\d+)*$/u;

/** Every start of a name of EPONYMOUS_DISEASES up to a space, and the whole name: what the first word of a span that is such a name is ("lou", "lou gehrig"). */
const DISEASE_OPENINGS: ReadonlySet<string> = new Set([...EPONYMOUS_DISEASES].flatMap((name) => [...name.matchAll(/ /g)].map((m) => name.slice(0, m.index)).concat(name)));

/**
 * "Greenway Classic Houmous": a span the tagger read as a person or a place, of two to four words in
 * title case, that ends in a consumer product's noun (entity-words.json consumerProductNouns) and opens
 * with no given name and no place the gazetteer knows — a brand, a variety and the product.
 */
function brandProduct(v: SpanView, s: TagSpan): boolean {
  const { toks, prep } = v;
  const n = s.to - s.from;
  if ((s.type !== 'PER' && s.type !== 'LOC') || n < 2 || n > 4 || !CONSUMER_PRODUCT_NOUNS.has(prep.lower[s.to - 1]!)) return false;
  // (A product owns nothing: "Harbour Cola's funding" is the company's.)
  if (givenNameClass(prep.lower[s.from]!) !== 0 || prep.gaz[s.from] || /^['’]s?$/.test(toks[s.to]?.text ?? '')) return false;
  for (let i = s.from; i < s.to; i++) if (!/^\p{Lu}\p{Ll}/u.test(toks[i]!.text)) return false;
  return true;
}

/** A model's number that a model's name may follow. */
const modelNumber = (t: Token | undefined): boolean => !!t && ((MODEL_NUMBER.test(t.text) && !YEAR.test(t.text)) || (MODEL_CODE.test(t.text) && /^\p{Lu}|\d\p{Lu}/u.test(t.text)));

/**
 * The end of a model's name that opens at token i, right after a model's number ("787 | Dreamliner"),
 * or -1: a capitalised word or a span that is no person, with no number after it (not a results
 * line: "Melrose 107 Stirling County 9") and no common noun it counts ("some 300 Apple employees").
 */
function modelNameEnd(v: SpanView, i: number): number {
  const { toks, prep, spans } = v;
  const t = toks[i];
  if (!t || t.sentence !== toks[i - 1]!.sentence || !cap(t) || prep.first[i]) return -1;
  const span = spanAt(spans, i);
  if (span && (span.from !== i || span.type === 'PER' || span.type === 'MISC')) return -1;
  const end = span ? span.to : i + 1;
  const after = toks[end];
  if (after && after.sentence === t.sentence && (/^\d/.test(after.text) || (after.pos === 'NOUN' && !cap(after) && !PRODUCT_NOUNS.has(prep.lower[end]!)))) return -1;
  return end;
}

/**
 * The end of a product's or index's name made of the span and a model's number, or -1: a code with
 * capitals or a hyphen ("Airbus A380", "Boeing 737-800"), a number before a product noun ("Trent
 * 900 engines", "Standard & Poor's 500 index"), or a maker's number and a model's name ("Boeing 787
 * Dreamliner"). A bare number alone after a name is no model's: results lines ("Arsenal 2 Chelsea 1",
 * "Saqlain Mushtaq 113").
 */
function modelEnd(v: SpanView, s: TagSpan): number {
  const { toks, prep } = v;
  const sentence = toks[s.from]!.sentence;
  const poss = prep.lower[s.to] === "'s" || prep.lower[s.to] === '’s';
  const i = poss ? s.to + 1 : s.to;
  const code = toks[i];
  if (!code || code.sentence !== sentence || !MODEL_CODE.test(code.text)) return -1;
  const next = toks[i + 1];
  if (next && next.sentence === sentence && PRODUCT_NOUNS.has(prep.lower[i + 1]!)) return i + 1;
  if (poss) return -1;
  if (/^\p{Lu}|\d\p{Lu}|-/u.test(code.text) || code.text.endsWith('s')) return i + 1;
  return s.type !== 'PER' && modelNumber(code) ? modelNameEnd(v, i + 1) : -1;
}

/** Is the span one word in capitals right inside brackets ("( DJIA )")? */
function bracketedAcronym(v: SpanView, s: TagSpan): boolean {
  const { toks } = v;
  return s.to - s.from === 1 && toks[s.from - 1]?.text === '(' && toks[s.to]?.text === ')' && /^\p{Lu}{2,6}$/u.test(toks[s.from]!.text);
}

/**
 * Does a product's, index's or event's name end right before the bracket at token i: a MISC span,
 * perhaps with up to three lower-case words after it, whose last word is a product noun or an event's
 * word ("Dow Jones Industrial Average (DJIA)", "Dow Jones industrial average (INDU)", "Worldwide
 * Developers Conference (WWDC)"; not "National League for Democracy (NLD)")?
 */
function productBefore({ toks, prep, spans }: SpanView, i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 3 && /^\p{Ll}+$/u.test(toks[j - 1]!.text)) j--;
  const last = prep.lower[i - 1] ?? '';
  // (An event's name the tagger typed an organisation is MISC once event-name has read it, unless a
  // body's head word opens it: "Organisation of the Islamic Conference (OIC)".)
  return (PRODUCT_NOUNS.has(last) || EVENT_HEADS.has(last)) && spans.some((t) => t.to === j && (t.type === 'MISC' || (j === i && EVENT_HEADS.has(last) && !ORGANISATION_OF_HEADS.has(prep.lower[t.from]!))));
}

/**
 * "its Alzheimer's drug", "Down syndrome", "Lou Gehrig's disease": a span that is exactly a name of
 * eponymousDiseases, before "'s" and a disease noun or before a disease noun; before "'s" alone only
 * when no person's fuller name in the article ends with it ("Ana Wilson … Wilson's plan" is hers).
 */
export function eponymousDisease({ toks, prep, spans, k }: SpanView): boolean {
  const s = spans[k]!;
  // (The first word alone first: few spans open a disease's name, and the joined words cost a string each.)
  if (!DISEASE_OPENINGS.has(prep.lower[s.from]!) || !EPONYMOUS_DISEASES.has(prep.lower.slice(s.from, s.to).join(' '))) return false;
  const possessive = prep.lower[s.to] === "'s" || prep.lower[s.to] === '’s';
  const noun = prep.lower[possessive ? s.to + 1 : s.to] ?? '';
  if (DISEASE_NOUNS.has(noun) && toks[s.to]!.sentence === toks[s.from]!.sentence) return true;
  const word = prep.lower[s.to - 1]!;
  return possessive && !spans.some((t) => t.type === 'PER' && t.to - t.from > 1 && prep.lower[t.to - 1] === word);
}

/** The rule amount-after-name, run on every span before SPAN_TYPE_RULES (span-types.ts SPAN_TRIM_RULES): the name it leaves is what the rules read. */
export const AMOUNT_AFTER_NAME: SpanTypeRule = {
  id: 'amount-after-name',
  reason: 'a currency\'s letters written against an amount with a decimal or a word of scale after it ("JD2.5 million", "KD3 billion"), or a currency\'s abbreviation before a number ("Rs 40 crore"), that the tagger read as the last word of the name before it, are the amount, no part of the name',
  example: 'The regulator fined Harbour Mobile JD2.5 million on Sunday.',
  apply: ({ toks, spans, k }) => {
    const s = spans[k]!;
    // (One word, the case of most spans, answered first; no read past the last token, after which V8
    // left the optimised code of span-types.ts's retypeSpans, which holds this rule, and compiled it again.)
    if (s.to - s.from < 2) return undefined;
    const last = toks[s.to - 1]!;
    const next = s.to < toks.length ? toks[s.to] : undefined;
    const glued = PREFIXED_AMOUNT.test(last.text) && (last.text.includes('.') || (!!next && AMOUNT_SCALE_WORDS.has(next.lower)));
    const before = CURRENCY_ABBREVIATIONS.has(last.text) && next?.pos === 'NUM';
    if (s.to - s.from < 2 || (!glued && !before)) return undefined;
    return tagSpan(s.from, s.to - 1, s.type);
  },
};

/** The product rules, in order (SPAN_TYPE_RULES spreads them in after the joins). */
/** Words of an appositive between its article and a medicine's noun, at most ("Velmexa, a new weight-loss drug,"). */
const APPOSITIVE_MODIFIERS = 3;
/** The articles that open an appositive describing a name ("Velmexa, a diabetes drug,"); "the" opens a clause's subject as often ("According to Ann Lee, the injection will …"). */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Do the words around span s say it names a medicine: a singular medicine's noun right before it, not
 * before a verb ("the weight-loss drug Velmexa", not "the vaccine Norvale developed"), a dosage form
 * right after ("Dravotin pills"), or an appositive after a comma, opened by "a" or "an", that ends in a medicine's
 * noun right before punctuation ("Velmexa, a diabetes drug," — not "Norvale, a drug maker,")? Words in
 * entity-words.json medicineNouns, dosageFormNouns.
 */
function medicineContext(v: SpanView, s: TagSpan): boolean {
  const { toks, prep } = v;
  const sentence = toks[s.from]!.sentence;
  const inSentence = (i: number) => i >= 0 && i < toks.length && toks[i]!.sentence === sentence;
  const before = s.from - 1;
  if (inSentence(before) && MEDICINE_NOUNS.has(prep.lower[before]!) && !cap(toks[before]) && toks[s.to]?.pos !== 'VERB') return true;
  if (inSentence(s.to) && DOSAGE_FORM_NOUNS.has(prep.lower[s.to]!)) return true;
  if (prep.lower[s.to] !== ',' || !inSentence(s.to + 1) || !INDEFINITE_ARTICLES.has(prep.lower[s.to + 1]!)) return false;
  for (let i = s.to + 2; i <= s.to + 2 + APPOSITIVE_MODIFIERS && inSentence(i) && !cap(toks[i]); i++) {
    if (MEDICINE_NOUNS.has(prep.lower[i]!)) return !inSentence(i + 1) || toks[i + 1]!.pos === 'PUNCT';
  }
  return false;
}

/** Could span s be a medicine's brand: one or two title-case words, none the gazetteer knows or a company's word, no common given name first? */
function brandShaped(v: SpanView, s: TagSpan): boolean {
  const { toks, prep } = v;
  if (s.to - s.from > 2 || isCommonGivenName(prep.lower[s.from]!)) return false;
  for (let i = s.from; i < s.to; i++) if (prep.gaz[i] || COMPANY_HEADS.has(prep.lower[i]!) || !/^\p{Lu}\p{Ll}/u.test(toks[i]!.text)) return false;
  return true;
}

// The medicines an article names by the words around one of their mentions, lower case, found once per article.
const medicinesOf = new WeakMap<readonly TagSpan[], ReadonlySet<string>>();
/** The words of the spans of the article that medicineContext shows to be medicines. */
function medicineNames(v: SpanView): ReadonlySet<string> {
  let names = medicinesOf.get(v.spans);
  if (!names) {
    const found = new Set<string>();
    for (const t of v.spans) if (t.type !== 'MISC' && brandShaped(v, t) && medicineContext(v, t)) found.add(v.prep.lower.slice(t.from, t.to).join(' '));
    medicinesOf.set(v.spans, (names = found));
  }
  return names;
}

export const SPAN_PRODUCT_RULES: readonly SpanTypeRule[] = [
  {
    id: 'named-product',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a name of one to three words right after a naming participle ("called", "named", "dubbed") that follows a noun for a made thing, a medicine or software, perhaps with a comma between ("the drug, called Alyvex", "an app named Tallo"; entity-words.json productNouns and namedProductNouns) is that product\'s name: no actor and no place',
    example: 'The pill, called Norvatin, will go on sale in March.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const p = s.from - 1;
      if (s.to - s.from > 3 || p < 1 || !NAMING_PARTICIPLES.has(prep.lower[p]!) || cap(toks[p]) || toks[p]!.sentence !== toks[s.from]!.sentence) return undefined;
      const noun = prep.lower[p - 1] === ',' ? p - 2 : p - 1;
      return noun >= 0 && toks[noun]!.sentence === toks[s.from]!.sentence && NAMED_PRODUCT_NOUNS.has(prep.lower[noun]!) ? tagSpan(s.from, s.to, 'MISC') : undefined;
    },
  },
  {
    id: 'currency-before-amount',
    reason: 'a currency\'s abbreviation before an amount ("Rs 48 crore", "Sh 200 million", "RM 3 billion") is no actor: the tagger reads it as an organisation',
    example: 'The clinics will be built at a cost of Rs 48 crore, officials said.',
    apply: ({ toks, spans, k }) => {
      const s = spans[k]!;
      return s.to - s.from === 1 && CURRENCY_ABBREVIATIONS.has(toks[s.from]!.text) && toks[s.to]?.pos === 'NUM' ? null : undefined;
    },
  },
  {
    id: 'model-number-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a maker\'s name before a model\'s number or code ("Airbus A380", "Boeing 787 Dreamliner", "Trent 900 engines") or an index\'s name before its number ("FTSE 100 index") names a product or an index: no actor',
    example: 'The airline ordered ten Larkwing L450 jets and two Corvane 360 Skyrunners.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      const end = modelEnd(v, s);
      return end > s.to ? { from: s.from, to: end, type: 'MISC' } : undefined;
    },
  },
  {
    id: 'numbered-model-name',
    types: ['ORG', 'LOC'],
    reason: 'a name right after a model\'s number or code, itself after a small word ("the new 787 Dreamliner", "six A350 XWB jets"), is the model\'s name: no actor',
    example: 'The carrier will take delivery of its first 360 Skyrunner in May.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      const before = toks[s.from - 2];
      if (s.from < 2 || !modelNumber(toks[s.from - 1]) || !before || cap(before) || /\d/.test(before.text)) return undefined;
      return modelNameEnd(v, s.from) === s.to ? { from: s.from - 1, to: s.to, type: 'MISC' } : undefined;
    },
  },
  {
    id: 'bracketed-acronym-of-product',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'an acronym in brackets right after a product\'s, index\'s or event\'s name, one that ends in a product noun or an event\'s word ("Dow Jones Industrial Average (DJIA)", "Worldwide Developers Conference (WWDC)"), names the same thing: no actor',
    example: 'The Harlow Composite Index (HCI) fell 2%.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      return bracketedAcronym(v, s) && productBefore(v, s.from - 1) ? tagSpan(s.from, s.to, 'MISC') : undefined;
    },
  },
  {
    id: 'eponymous-disease',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a disease named after a person ("Alzheimer\'s", "Parkinson\'s disease", "Down syndrome") is no actor: the tagger reads the name before "\'s" as an organisation or a person',
    example: "Shares rose after the firm said its Crohn's drug worked.",
    apply: (v) => {
      const s = v.spans[v.k]!;
      return eponymousDisease(v) ? tagSpan(s.from, s.to, 'MISC') : undefined;
    },
  },
  {
    id: 'brand-product-name',
    types: ['PER', 'LOC'],
    reason: 'a name of two to four capitalised words ending in a consumer product\'s noun ("Houmous", "Yoghurt", "Shampoo"; entity-words.json consumerProductNouns) and opened by no given name is a brand\'s product ("Greenway Classic Houmous"): no actor and no place, whatever the tagger typed it',
    example: 'The recall covers Millbrook Greek Yoghurt sold in Tesco stores.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      return brandProduct(v, s) ? tagSpan(s.from, s.to, 'MISC') : undefined;
    },
  },
  {
    id: 'brand-alone',
    types: ['PER', 'LOC'],
    reason: 'the first word of a brand\'s product named in the article (rule brand-product-name), written alone as a person or a place ("… Greenway Classic Houmous. Greenway said it was sorry"), is the brand: the company that makes the product, an organisation',
    example: 'Stores pulled Millbrook Greek Yoghurt. Millbrook said it would refund buyers.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      const word = v.prep.lower[s.from]!;
      if (s.to - s.from !== 1 || v.prep.gaz[s.from]) return undefined;
      return v.spans.some((t) => t.from !== s.from && v.prep.lower[t.from] === word && brandProduct(v, t)) ? tagSpan(s.from, s.to, 'ORG') : undefined;
    },
  },
  {
    id: 'i-prefixed-product',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a name with a word written with a small "i" before a capital ("iPod Nano", "iTunes Music Store", "30GB iPod") is a device, program or service, the way makers name products: no actor, unless a legal form or a company word ends it ("iRobot Corp")',
    example: 'Sales of the iWidget Mini doubled after the iTrack Music Store opened.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      const last = toks[s.to - 1]!;
      if (!toks.slice(s.from, s.to).some((t) => /^i\p{Lu}/u.test(t.text)) || LEGAL_FORMS.has(last.text) || COMPANY_HEADS.has(prep.lower[s.to - 1]!)) return undefined;
      return tagSpan(s.from, s.to, 'MISC');
    },
  },
  {
    id: 'medicine-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a name of one or two title-case words that the words around one of its mentions show to be a medicine\'s brand ("the weight-loss drug Velmexa", "Dravotin pills", "Velmexa, a diabetes drug,"; entity-words.json medicineNouns, dosageFormNouns) is a product at every mention: no actor and no place (the tagger reads an unknown brand as a person); not a name the gazetteer knows, a company\'s word or a common given name',
    example: 'Patients on Velmexa, a diabetes drug, gained weight. Velmexa is sold in 30 countries.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      if (!brandShaped(v, s)) return undefined;
      const names = medicineNames(v);
      return names.size && names.has(v.prep.lower.slice(s.from, s.to).join(' ')) ? tagSpan(s.from, s.to, 'MISC') : undefined;
    },
  },
];
