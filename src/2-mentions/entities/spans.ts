// Stage 2, named entities, first step after the tagger: reshapes its name spans before they become
// candidates — splits "Ford CEO Alan Mulally" at the title (also "Ford Chief", "Verano | Chief | Officer
// Lisa Marsh"), joins a place to the company or airport it opens ("China | Eastern Airlines") and a name
// cut twice the same way ("Aer | Lingus"), cuts headline verbs out of names ("Obama | Says"), drops
// spans of function words ("Was"), moves a given name an organisation's span took back to the person
// after it ("National Development Desmond | Lee") and gives a lone word the class of its name elsewhere.

import { honorifics, titleHeads, titleModifiers } from './gazetteer.js';
import { type Prepared, type TagSpan, tagSpan } from './tagger.js';
import { AUXILIARIES, CARRIER_MODE_WORDS, CARRIER_NAME_ENDS, COMPANY_TITLE_OPENERS, FUNCTION_WORDS, HEADLINE_VERBS, NAME_END_STOPS, NUMBERED_SERVICE_WORDS, ORGANISATION_TAIL_WORDS, RELATIVE_WORDS, PLACE_SERVICE_HEADS, QUALIFIED_HEADS, SCHOOL_RUN_HEADS, SPLIT_TITLES } from './words.js';
import type { Token, TextLayer } from '../../types.js';
import { givenNameClass, isCommonGivenName } from './given-names.js';
import { isLexicalWord } from '../../1-text/wink-model.js';

/** "Ford Motor Company CEO Alan Mulally" tagged as one name: the title splits an organisation
 * (or place) from the person named after it; the title itself belongs to neither. */
export function splitTitledSpans(toks: Token[], prep: Prepared, tagged: readonly TagSpan[]): TagSpan[] {
  const pieces: TagSpan[] = [];
  const spans = tagged.slice();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    let cut = -1;
    if (s.type !== 'MISC') for (let k = s.to - 2; k > s.from; k--) if (/^\p{Lu}/u.test(toks[k]!.text) && SPLIT_TITLES.has(prep.lower[k]!)) { cut = k; break; }
    // (The person may come after spans of title words alone: "FactWatch Executive | Director | Ann Roe".)
    const holder = titleSpansAfter(toks, prep, spans, i);
    const titleEnd = cut > 0 ? -1 : trailingTitle(toks, prep, s, spans[holder]);
    const between = cut > 0 || titleEnd > s.from ? null : titleBetween(toks, prep, spans, i);
    if (between) {
      pieces.push(tagSpan(s.from, s.to, s.type === 'PER' ? 'ORG' : s.type));
      const person = spans[between.person]!;
      spans[between.person] = tagSpan(between.from, person.to, person.type);
      i = between.person - 1;
      continue;
    }
    if (titleEnd > s.from) {
      pieces.push({ from: s.from, to: titleEnd, type: s.type === 'PER' ? 'ORG' : s.type });
      i = holder - 1;
      continue;
    }
    const of = cut > 0 ? -1 : personOfInstitution(toks, prep, s);
    if (of > 0) {
      pieces.push({ from: s.from, to: of, type: 'PER' }, { from: prep.lower[of + 1] === 'the' ? of + 2 : of + 1, to: s.to, type: 'ORG' });
      continue;
    }
    if (cut > 0) {
      let left = cut;
      while (left > s.from && (titleHeads.has(prep.lower[left - 1]!) || titleModifiers.has(prep.lower[left - 1]!))) left--;
      if (left > s.from) pieces.push({ from: s.from, to: left, type: s.type === 'PER' ? 'ORG' : s.type });
      pieces.push({ from: cut + 1, to: s.to, type: 'PER' });
    } else pieces.push(s);
  }
  return pieces;
}

/**
 * "Sofia Lindqvist of Stockholm University" read as one span: a common given name (after any title) and one or two
 * more capitalised words, "of", and an institution whose last word is an organisation's head
 * ("University", "Institute", "Commission") are a person and the body they belong to — the index of
 * "of", else -1.
 */
function personOfInstitution(toks: Token[], prep: Prepared, s: TagSpan): number {
  if (s.type !== 'ORG' && s.type !== 'PER') return -1;
  const last = prep.lower[s.to - 1]!;
  // (A title or a form of address may open the span: "Dr Sofia Lindqvist of …".)
  let first = s.from;
  while (first < s.to && (honorifics.has(prep.lower[first]!) || titleHeads.has(prep.lower[first]!))) first++;
  if (!(ORGANISATION_TAIL_WORDS.has(last) || SCHOOL_RUN_HEADS.has(last)) || !isCommonGivenName(prep.lower[first] ?? '')) return -1;
  for (let k = first + 2; k <= first + 3 && k < s.to - 2; k++) {
    if (prep.lower[k] !== 'of') continue;
    const name = toks.slice(first, k);
    return name.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !ORGANISATION_TAIL_WORDS.has(t.lower)) ? k : -1;
  }
  return -1;
}

/** The index of the first span after span i that is not made of capitalised title words alone, right after span i or such spans. */
function titleSpansAfter(toks: Token[], prep: Prepared, spans: readonly TagSpan[], i: number): number {
  let j = i + 1;
  const titleOnly = (t: TagSpan) => { for (let k = t.from; k < t.to; k++) if (!/^\p{Lu}/u.test(toks[k]!.text) || !(SPLIT_TITLES.has(prep.lower[k]!) || titleHeads.has(prep.lower[k]!) || titleModifiers.has(prep.lower[k]!))) return false; return true; };
  while (j < spans.length && j - i <= 2 && spans[j]!.from === spans[j - 1]!.to && titleOnly(spans[j]!)) j++;
  return j;
}

/**
 * "Halden Chief | Executive | Robert Nardelli", "Halden CEO, Robert Nardelli": the tagger ended a name
 * on a title, perhaps leaving the title's rest out, before the person holding it. The name ends before
 * its capitalised title words when only capitalised title words, and perhaps a comma, stand between
 * it and the next name, a person's; returns that end, or -1.
 */
function trailingTitle(toks: Token[], prep: Prepared, s: TagSpan, next: TagSpan | undefined): number {
  if (s.type === 'MISC' || !next || next.type !== 'PER' || next.from - s.to > 3) return -1;
  const titleWord = (k: number) => /^\p{Lu}/u.test(toks[k]!.text) && (SPLIT_TITLES.has(prep.lower[k]!) || titleHeads.has(prep.lower[k]!) || titleModifiers.has(prep.lower[k]!));
  // (A comma may set the person off after the title: "Halden CEO, Robert Nardelli, said".)
  for (let k = s.to; k < next.from; k++) if (!titleWord(k) && !(k === next.from - 1 && toks[k]!.text === ',')) return -1;
  if (!SPLIT_TITLES.has(prep.lower[s.to - 1]!) || !titleWord(s.to - 1)) return -1;
  let end = s.to - 1;
  while (end > s.from && titleWord(end - 1)) end--;
  return end;
}

/**
 * "Verano | Chief | Operating | Officer Lisa Marsh": the tagger ended a name before a company officer's
 * capitalised title, and read the title's words as names of their own or into the person after it.
 * The name is the company (the caller retypes a person as an organisation). Returns the index of the
 * person's span among `spans` and where the person's own name starts, or null.
 */
function titleBetween(toks: Token[], prep: Prepared, spans: TagSpan[], i: number): { person: number; from: number } | null {
  const s = spans[i]!;
  if (s.type === 'MISC' || s.to >= toks.length) return null;
  const titleWord = (k: number) => /^\p{Lu}/u.test(toks[k]!.text) && (SPLIT_TITLES.has(prep.lower[k]!) || titleHeads.has(prep.lower[k]!) || titleModifiers.has(prep.lower[k]!));
  if (!COMPANY_TITLE_OPENERS.has(prep.lower[s.to]!) || !titleWord(s.to)) return null;
  let k = s.to;
  while (k < toks.length && k - s.to < 4 && titleWord(k)) k++;
  // The spans the title's words fall in: title words only, then the person.
  for (let j = i + 1; j < spans.length && spans[j]!.from <= k; j++) {
    const t = spans[j]!;
    if (t.to <= k) continue;
    return t.type === 'PER' && t.to - Math.max(k, t.from) >= 2 ? { person: j, from: Math.max(k, t.from) } : null;
  }
  return null;
}

/**
 * Span s ends in an organisation's head word ("Tribunal", "Union") and stands in a sentence of running
 * text (three or more lower-case words that are no function words): a capitalised headline verb inside it
 * ("Claims", "Warns") is part of the body's name, not a title-case headline's verb.
 */
function headlineVerbInBody(toks: readonly Token[], prep: Prepared, s: TagSpan): boolean {
  if (s.to - s.from < 3 || !/^\p{Lu}\p{Ll}/u.test(toks[s.to - 1]!.text) || !ORGANISATION_TAIL_WORDS.has(prep.lower[s.to - 1]!)) return false;
  const sentence = toks[s.from]!.sentence;
  let lower = 0;
  for (let i = s.from; i >= 0 && toks[i]!.sentence === sentence; i--) if (/^\p{Ll}/u.test(toks[i]!.text) && !FUNCTION_WORDS.has(prep.lower[i]!)) lower++;
  for (let i = s.to; i < toks.length && toks[i]!.sentence === sentence && lower < 3; i++) if (/^\p{Ll}/u.test(toks[i]!.text) && !FUNCTION_WORDS.has(prep.lower[i]!)) lower++;
  return lower >= 3;
}

/** A person's span that ends in a capitalised word before a verb in lower case ("Amina Said told reporters"): that word is a surname, not a headline's verb. */
function surnameBeforeVerb(toks: readonly Token[], s: TagSpan): boolean {
  const next = toks[s.to];
  return s.type === 'PER' && !!next && next.sentence === toks[s.from]!.sentence && (next.pos === 'VERB' || next.pos === 'AUX') && /^\p{Ll}/u.test(next.text);
}

/**
 * Title-case headlines ("Obama Says Trump Is Unfit") run a name into the verb after it: a span ends
 * before a capitalised headline verb or auxiliary ("Says", "Would") that is not its first word (a title
 * whose auxiliary follows "Who", "The Kid Who Would Be King", is kept whole), and
 * never ends in a capitalised function word ("Refugees As"). A span made only
 * of function words ("Was", "Do") is no name and is dropped. Edits `pieces` in place.
 */
export function trimHeadlineWords(toks: Token[], prep: Prepared, pieces: TagSpan[]): void {
  let w = 0;
  for (const s of pieces) {
    let to = s.to;
    // (Not a body's name in running text whose inner word is also a headline verb: "the Specific Claims Tribunal has ruled".)
    for (let k = s.from + 1; k < s.to && !headlineVerbInBody(toks, prep, s) && !(k === s.to - 1 && surnameBeforeVerb(toks, s)); k++) {
      if ((HEADLINE_VERBS.has(prep.lower[k]!) || (AUXILIARIES.has(prep.lower[k]!) && !RELATIVE_WORDS.has(prep.lower[k - 1]!))) && /^\p{Lu}/u.test(toks[k]!.text)) {
        to = k;
        break;
      }
    }
    // A capitalised function word does not end a name ("Refugees As", "Debating The").
    while (to - s.from > 1 && NAME_END_STOPS.has(prep.lower[to - 1]!) && /^\p{Lu}\p{Ll}*$/u.test(toks[to - 1]!.text)) to--;
    let words = 0;
    // "US", "IT" in capitals are names, not the pronouns.
    for (let k = s.from; k < to; k++) if (!FUNCTION_WORDS.has(prep.lower[k]!) || (toks[k]!.text.length > 1 && !/\p{Ll}/u.test(toks[k]!.text))) words++;
    if (!words) continue;
    pieces[w++] = to === s.to ? s : tagSpan(s.from, to, s.type);
  }
  pieces.length = w;
}

/**
 * A place name the tagger split from the company or airport it opens ("China | Eastern Airlines",
 * "Qatar | Airways", "Air | France"): one span, an organisation (a Place for an airport). A body of
 * government after a country stays apart ("U.S. | Senate"), as CoNLL-2003 writes it.
 */
export function joinQualifiedNames(prep: Prepared, pieces: TagSpan[]): void {
  // A known multi-word name that the tagger cut in parts ("Ottoman | Empire") is one span.
  for (let k = 0; k < pieces.length; k++) {
    const a = pieces[k]!;
    const g = prep.gaz[a.from]!;
    if (!g.startsWith('B-') || g === 'B-demonym') continue;
    let end = a.from + 1;
    while (end < prep.gaz.length && prep.gaz[end]!.startsWith('I-')) end++;
    let last = k;
    while (last + 1 < pieces.length && pieces[last + 1]!.from < end) last++;
    if (last === k || pieces[last]!.to > end) continue;
    pieces.splice(k, last - k + 1, { from: a.from, to: end, type: g === 'B-org' ? 'ORG' : 'LOC' });
  }
  // ("South Wales Police": a police force or water utility's word the tagger left outside any name.)
  for (let k = 0; k < pieces.length; k++) {
    const a = pieces[k]!;
    const at = a.to;
    if (a.type === 'LOC' && at < prep.lower.length && prep.cap[at] && !prep.first[at] && PLACE_SERVICE_HEADS.has(prep.lower[at]!) && pieces[k + 1]?.from !== at) pieces.splice(k + 1, 0, tagSpan(at, at + 1, 'ORG'));
  }
  for (let k = 0; k + 1 < pieces.length; k++) {
    const a = pieces[k]!;
    const b = pieces[k + 1]!;
    if (b.from !== a.to) continue;
    const placeFirst = (a.type === 'LOC' || (a.type === 'MISC' && prep.gaz[a.from]!.endsWith('demonym'))) && (b.type === 'ORG' || b.type === 'MISC' || (b.type === 'PER' && b.to - b.from === 1 && PLACE_SERVICE_HEADS.has(prep.lower[b.from]!))) && QUALIFIED_HEADS.has(prep.lower[b.to - 1]!);
    const airFirst = a.to - a.from === 1 && prep.lower[a.from] === 'air' && b.type === 'LOC';
    if (!placeFirst && !airFirst) continue;
    pieces.splice(k, 2, { from: a.from, to: b.to, type: prep.lower[b.to - 1] === 'airport' || prep.lower[b.to - 1] === 'university' ? 'LOC' : 'ORG' });
  }
}

/**
 * "Aer | Lingus", "Best | Buy": a name the tagger cut after an unknown first word, the same way at
 * least twice in the article. A cut that recurs is the tagger's habit, not two names side by side
 * (those are a known place or demonym before an organisation: "U.S. | Senate"): one span, an
 * organisation when either part was read as one. Edits `pieces` in place.
 */
export function joinRecurringCuts(toks: Token[], prep: Prepared, pieces: TagSpan[]): void {
  const pairKey = (a: TagSpan, b: TagSpan) => `${prep.lower[a.from]} ${prep.lower[b.from]}`;
  const cut = (a: TagSpan, b: TagSpan) =>
    a.to - a.from === 1 && b.from === a.to && !prep.gaz[a.from] && a.type !== 'MISC' && b.type !== 'MISC' && toks[a.from]!.sentence === toks[b.from]!.sentence;
  const seen = new Map<string, number>();
  for (let k = 0; k + 1 < pieces.length; k++) if (cut(pieces[k]!, pieces[k + 1]!)) seen.set(pairKey(pieces[k]!, pieces[k + 1]!), (seen.get(pairKey(pieces[k]!, pieces[k + 1]!)) ?? 0) + 1);
  let w = 0;
  for (let k = 0; k < pieces.length; k++) {
    const a = pieces[k]!;
    const b = pieces[k + 1];
    if (b && cut(a, b) && (seen.get(pairKey(a, b)) ?? 0) >= 2) {
      pieces[w++] = { from: a.from, to: b.to, type: a.type === 'ORG' || b.type === 'ORG' ? 'ORG' : b.type };
      k++;
    } else pieces[w++] = a;
  }
  pieces.length = w;
}

/**
 * "Air France Flight 447" tagged "Air | France(LOC) | Flight(ORG)": the carrier takes back the
 * capitalised word for its mode of transport ("Air", "Bus", "Rail"; entity-words.json
 * carrierModeWords) the tagger left out before a place or before one word in no lexicon and no given
 * name ("Bus | Vannin"), and a name of such a word and such a word read as a person is the carrier
 * ("Bus Vannin"); a lone service word before a number ("Flight 447") is no name of its own; a name that
 * ends in an airline's last word, or that the tagger cut before it, is the carrier ("Adam Air", "Mandala | Airlines"). Edits
 * `pieces` in place.
 */
export function mendCarrierNames(toks: Token[], prep: Prepared, pieces: TagSpan[]): void {
  const mode = (i: number) => i >= 0 && CARRIER_MODE_WORDS.has(prep.lower[i]!) && /^\p{Lu}/u.test(toks[i]!.text);
  const nameWord = (i: number) => /^\p{Lu}\p{Ll}/u.test(toks[i]!.text) && !isLexicalWord(prep.lower[i]!) && givenNameClass(prep.lower[i]!) === 0;
  let w = 0;
  for (let k = 0; k < pieces.length; k++) {
    const s = pieces[k]!;
    const floor = w > 0 ? pieces[w - 1]!.to : 0;
    const lone = s.type === 'PER' && s.to - s.from === 1 && nameWord(s.from) && toks[s.from - 1]?.end === toks[s.from]!.start - 1;
    if ((s.type === 'LOC' || lone) && s.from - 1 >= floor && mode(s.from - 1)) {
      pieces[w++] = { from: s.from - 1, to: s.to, type: 'ORG' };
      continue;
    }
    if (s.type === 'PER' && s.to - s.from === 2 && mode(s.from) && nameWord(s.from + 1)) {
      pieces[w++] = tagSpan(s.from, s.to, 'ORG');
      continue;
    }
    if (s.to - s.from === 1 && NUMBERED_SERVICE_WORDS.has(prep.lower[s.from]!) && toks[s.to]?.pos === 'NUM') continue;
    const carrier = carrierNameEnd(toks, prep, pieces, k);
    if (carrier > 0) {
      pieces[w++] = tagSpan(s.from, carrier, 'ORG');
      if (carrier > s.to) k++;
      continue;
    }
    pieces[w++] = s;
  }
  pieces.length = w;
}

/**
 * "Adam Air", "Harlow Air said", "Mandala | Airlines": the end of an airline's name — a name of two words
 * or more read as a person or a place that ends in an airline's last word (entity-words.json
 * carrierNameEnds), or such a name and that word the tagger read alone right after it — or -1; not before
 * another capitalised word ("Royal Air Force", "Clean Air Act") other than a numbered service ("Adam Air
 * Flight 574").
 */
function carrierNameEnd(toks: Token[], prep: Prepared, pieces: readonly TagSpan[], k: number): number {
  const s = pieces[k]!;
  if (s.type !== 'PER' && s.type !== 'LOC') return -1;
  // (The tagger may read the service word before the number into the name: "Adam Air Flight | 574".)
  const nameEnd = (t: TagSpan) => (t.to - t.from >= 2 && NUMBERED_SERVICE_WORDS.has(prep.lower[t.to - 1]!) && toks[t.to]?.pos === 'NUM' ? t.to - 1 : t.to);
  const next = pieces[k + 1];
  const own = nameEnd(s);
  const cut = own === s.to && !!next && next.from === s.to && nameEnd(next) - next.from === 1 && CARRIER_NAME_ENDS.has(prep.lower[next.from]!) && toks[next.from]!.start === toks[s.to - 1]!.end + 1;
  const end = cut ? nameEnd(next!) : own;
  if ((!cut && own - s.from < 2) || !CARRIER_NAME_ENDS.has(prep.lower[end - 1]!) || !/^\p{Lu}/u.test(toks[end - 1]!.text)) return -1;
  const after = toks[end];
  const capitalAfter = !!after && after.sentence === toks[s.from]!.sentence && /^\p{Lu}/u.test(after.text) && !NUMBERED_SERVICE_WORDS.has(prep.lower[end]!);
  return capitalAfter ? -1 : end;
}

/**
 * "Minister for National Development Desmond | Lee": a common given name (given-names.json) that
 * ends an organisation's span right before a person's is that person's first name; it moves across.
 * Edits `pieces` in place.
 */
export function moveGivenNameTails(toks: Token[], prep: Prepared, pieces: TagSpan[]): void {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const s = pieces[k]!;
    const next = pieces[k + 1]!;
    const last = s.to - 1;
    if (s.type !== 'ORG' || s.to - s.from < 2 || next.type !== 'PER' || next.from !== s.to || next.to - next.from !== 1) continue;
    if (!isCommonGivenName(prep.lower[last]!) || prep.gaz[last] || toks[last]!.sentence !== toks[next.from]!.sentence) continue;
    // (What the name leaves at the organisation's end, a headline's "for" or "About", is no part of it.)
    let to = last;
    while (to - s.from > 1 && NAME_END_STOPS.has(prep.lower[to - 1]!)) to--;
    pieces[k] = tagSpan(s.from, to, s.type);
    pieces[k + 1] = { ...next, from: last };
  }
}

/**
 * A word the tagger missed once but named elsewhere in the article ("Lindqvist scored twice ... Oskar
 * Lindqvist"): a lone capitalised token equal to a surname or a one-word name tagged elsewhere gets
 * that span's class, unless the article also writes it in lower case.
 */
export function propagate(layer: TextLayer, prep: Prepared, pieces: TagSpan[]): void {
  const known = new Map<string, TagSpan['type']>();
  const taken = new Uint8Array(layer.tokens.length);
  for (const s of pieces) {
    for (let k = s.from; k < s.to; k++) taken[k] = 1;
    if (s.type === 'MISC') continue;
    if (s.type === 'PER' && s.to - s.from > 1) known.set(prep.lower[s.to - 1]!, 'PER');
    else if (s.to - s.from === 1 && !known.has(prep.lower[s.from]!)) known.set(prep.lower[s.from]!, s.type);
  }
  if (!known.size) return;
  const toks = layer.tokens;
  let added = false;
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !prep.cap[i] || prep.lowerElsewhere[i] || prep.headline[i] || prep.gaz[i]) continue;
    const type = known.get(prep.lower[i]!);
    if (!type || titleHeads.has(prep.lower[i]!) || honorifics.has(prep.lower[i]!)) continue;
    // Only a lone capitalised word: "Lindqvist scored", not the first word of some other name.
    if ((i + 1 < toks.length && prep.cap[i + 1] && toks[i + 1]!.sentence === toks[i]!.sentence) || (i > 0 && taken[i - 1] && toks[i - 1]!.sentence === toks[i]!.sentence)) continue;
    pieces.push({ from: i, to: i + 1, type });
    added = true;
  }
  if (added) pieces.sort((a, b) => a.from - b.from);
}
