// Stage 3, speakers, after resolveSpeakers's pass in cue order: "…, his manager said on Tuesday." in
// a lead, then "His manager, Grace Olawale, said …" — news names a source described in the lead
// a paragraph later. The description goes to the person the later speaker phrase names; a lead's
// "A federal judge ruled …" goes to the judge a later phrase names by the office ("Judge Helena Marsh");
// "A spokeswoman for the mayor said …" to the bare name the next speaker phrase introduces ("…,” said Ines Duarte.").

import type { Entity, TextLayer } from '../types.js';
import { indexHolding, lowerBound, lowerBoundBy, paragraphOf } from '../spans.js';
import { holdsOffice, officeConflict } from '../2-mentions/coreference.js';
import type { RawAttribution } from './attribution/index.js';
import { WORDS, isWord } from './grammar/lexicon.js';
import { insideQuotation } from './grammar/quotes.js';
import { agrees } from './pronouns.js';
import { personHeadOf, pluralNoun } from './speaker-names.js';
import { titleNoun } from './speakers-titles.js';

/** How many sentences after the description the named phrase may stand. */
const LOOK_AHEAD_SENTENCES = 8;

interface Resolved {
  start: number;
  end: number;
  entity: string | null;
}

/**
 * Gives a described source ("his manager", "the coach") the person a later speaker phrase names
 * with the same description before the name ("His manager, Grace Olawale, said"), when that comes
 * within eight sentences and the description opens with "the" or a possessive. Returns new
 * resolutions; the others are the same objects.
 */
export function sourcesNamedLater(layer: TextLayer, atts: readonly RawAttribution[], resolved: readonly (Resolved | null)[], extra: ReadonlyMap<string, Entity>, byKey: ReadonlyMap<string, Entity>): (Resolved | null)[] {
  const out = [...resolved];
  // The phrases of named people, by start, so that each description looks only at those after it.
  const namedPhrases = resolved.filter((r): r is Resolved => !!r?.entity && byKey.get(r.entity)?.type === 'Person' && !byKey.get(r.entity)!.anonymous).sort((a, b) => a.start - b.start);
  const bodyPhrases = resolved.filter((r): r is Resolved => !!r?.entity && byKey.get(r.entity)?.type === 'Organization').sort((a, b) => a.start - b.start);
  for (let i = 0; i < atts.length; i++) {
    const r = resolved[i];
    const source = r?.entity ? extra.get(r.entity) : undefined;
    if (!r || !source?.anonymous) continue;
    if (source.type === 'Organization') {
      // ("…, her national broadcaster said." then "The national broadcaster, Radio Norland, said": a body described, named later.)
      const body = laterNamedBody(layer, r, bodyPhrases, byKey);
      if (body) out[i] = { ...r, entity: body };
      continue;
    }
    if (source.type !== 'Person') continue;
    const described = descriptionOf(layer.text.slice(r.start, r.end));
    const named = (described ? laterNamed(layer, described, r.end, namedPhrases, byKey, inLead(layer, r.start)) : null) ?? introducedNext(layer, r, source, resolved, byKey);
    if (named) out[i] = { ...r, entity: named };
  }
  return out;
}

/**
 * "his manager", "the club's coach": the description in lower case, or null (no determiner of its
 * own, a name in it, a comma). An indefinite one ("a witness", "an aide") is looked for as the
 * definite description that takes it up ("The witness, Maria Georgiou, said").
 */
function descriptionOf(text: string): string | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || text.includes(',')) return null;
  const w0 = words[0]!;
  const indefinite = isWord(WORDS.indefiniteArticles, w0);
  // (A place's or body's possessive makes it definite too: "Poland's justice minister".)
  const definite = isWord(WORDS.possessiveDeterminers3, w0) || (isWord(WORDS.articles, w0) && !indefinite) || /^\p{Lu}\p{L}+['’]s$/u.test(w0);
  // (A lower-case possessor may stand in it: "the province's top doctor".)
  if (!(definite || indefinite) || !words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*(?:['’]s)?$/u.test(w))) return null;
  return (indefinite ? ['the', ...words.slice(1)] : words).join(' ').toLowerCase();
}

/** The named person of the first later speaker phrase (of `namedPhrases`, sorted by start) that opens with the description and a comma, or with its noun as the person's title. */
function laterNamed(layer: TextLayer, described: string, after: number, namedPhrases: readonly Resolved[], byKey: ReadonlyMap<string, Entity>, lead: boolean): string | null {
  const { sentences, text } = layer;
  const head = described.split(' ').at(-1)!;
  const last = sentences[Math.min(sentences.length - 1, lowerBound(sentences, after) + LOOK_AHEAD_SENTENCES)];
  const limit = last ? last.end : text.length;
  for (let k = lowerBoundBy(namedPhrases, after + 1, (r) => r.start); k < namedPhrases.length && namedPhrases[k]!.start <= limit; k++) {
    const r = namedPhrases[k]!;
    const phrase = text.slice(r.start, r.end).toLowerCase();
    const e = byKey.get(r.entity!)!;
    // ("His agent, Tebogo Molefe, said", or the description's noun as the title: "Agent Tebogo Molefe said".)
    if (phrase.startsWith(`${described},`) || (phrase.startsWith(`${head} `) && text.slice(r.start + head.length + 1, r.end) === e.name)) return e.key;
    // (Or a title that abbreviates the noun: "the province's top doctor" is "Dr. Kiran Bhatia-Lowe, the chief medical officer, said".)
    if (titledName(text.slice(r.start, r.end), e.name, head)) return e.key;
    // (In the lead, "A federal judge ruled …": the first later speaker who holds the office, "U.S.
    // District Judge Helena Marsh wrote", "Serhiy Lysenko, governor of the region, wrote".)
    // (Only one holding that office: "Poland's prime minister" is not "Justice Minister Ana Nowak".)
    if (lead && holdsOffice(e, head) && phrase.toLowerCase().split(/[^\p{L}-]+/u).includes(head.toLowerCase()) && !officeConflict(described.split(' ').slice(1), e)) return e.key;
  }
  return null;
}

/**
 * "her national broadcaster", "the state news agency" (an unnamed body's phrase `r`): the organisation
 * of the first later speaker phrase (of `bodyPhrases`, sorted by start) within the look-ahead that
 * gives its noun, after its own determiner or none and some of the same modifiers or none, and then
 * the name — "The national broadcaster, Radio Norland, said", "State news agency NNA reported",
 * "broadcaster RTV Norland said"; else null.
 */
function laterNamedBody(layer: TextLayer, r: Resolved, bodyPhrases: readonly Resolved[], byKey: ReadonlyMap<string, Entity>): string | null {
  const { sentences, text } = layer;
  const words = text.slice(r.start, r.end).trim().toLowerCase().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !(isWord(WORDS.articles, words[0]!) || isWord(WORDS.possessiveDeterminers3, words[0]!))) return null;
  const described = words.slice(1);
  const head = described.at(-1)!;
  if (!described.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  const last = sentences[Math.min(sentences.length - 1, lowerBound(sentences, r.end) + LOOK_AHEAD_SENTENCES)];
  const limit = last ? last.end : text.length;
  for (let k = lowerBoundBy(bodyPhrases, r.end + 1, (x) => x.start); k < bodyPhrases.length && bodyPhrases[k]!.start <= limit; k++) {
    const x = bodyPhrases[k]!;
    const e = byKey.get(x.entity!)!;
    const phrase = text.slice(x.start, x.end).trim().split(/\s+/);
    const from = isWord(WORDS.articles, phrase[0]!) ? 1 : 0;
    // (The description's noun, after none or some of its modifiers: "broadcaster RTV Norland" for "her national broadcaster".)
    let w = from;
    while (w < phrase.length && described.includes(phrase[w]!.toLowerCase().replace(/,$/, '')) && phrase[w - 1]?.toLowerCase() !== head) w++;
    if (w === from || w >= phrase.length || phrase[w - 1]!.toLowerCase().replace(/,$/, '') !== head) continue;
    // (The name right after the description, a comma between or not, and nothing but the name.)
    const rest = phrase.slice(w).join(' ').replace(/^,\s*/, '').replace(/,$/, '');
    if (rest === e.name || rest === `the ${e.name}` || rest === `The ${e.name}`) return e.key;
  }
  return null;
}

/** Does the phrase open with a title that abbreviates `noun` and then the name ("Dr. Kiran Bhatia-Lowe, …" for "doctor")? */
function titledName(phrase: string, name: string, noun: string): boolean {
  const m = /^(\p{L}+)\.?\s+/u.exec(phrase);
  return !!m && titleNoun(m[1]!) === noun && phrase.slice(m[0].length).startsWith(name);
}

/**
 * "A spokeswoman for the mayor said he would not back down. “…,” said Ines Duarte." — news describes a
 * person before naming them, and a name that speaks with no title or appositive on its first mention
 * was introduced by the description before it. The person of the next speaker phrase after the
 * described one (a single person: "a" or a possessive and a singular noun for people), in the next
 * sentence, when that phrase is the bare name (no comma after it), the article has not named that
 * person before, and the description's noun agrees with the given name's sex; else null.
 */
function introducedNext(layer: TextLayer, r: Resolved, source: Entity, resolved: readonly (Resolved | null)[], byKey: ReadonlyMap<string, Entity>): string | null {
  const { text, sentences } = layer;
  const head = personHeadOf(source.name);
  const w0 = text.slice(r.start, r.end).trim().split(/\s+/)[0] ?? '';
  // (An introduction is indefinite or owned — "a spokeswoman", "his aide"; "the executive" takes up someone the story described before.)
  if (!head || pluralNoun(head) || !(isWord(WORDS.indefiniteArticles, w0) || isWord(WORDS.possessiveDeterminers3, w0))) return null;
  let next: Resolved | null = null;
  // (Of phrases outside quotation marks: a name the quoted words hold is none.)
  for (const x of resolved) if (x && x.start >= r.end && (!next || x.start < next.start) && !insideQuotation(layer, x.start)) next = x;
  const e = next?.entity ? byKey.get(next.entity) : undefined;
  if (!next || !e || e.type !== 'Person' || e.anonymous || text.slice(next.start, next.end) !== e.name || /^\s*,/.test(text.slice(next.end))) return null;
  // (In the very next sentence: "…, said Eleanore Catenaro." or "Ed Brookover spoke …" opening the next paragraph.)
  if (indexHolding(sentences, next.start) !== indexHolding(sentences, r.end) + 1) return null;
  const surname = e.name.split(/\s+/).at(-1)!;
  if (text.slice(0, next.start).includes(surname)) return null;
  const sex = WORDS.feminineNouns.has(head) ? 'she' : WORDS.masculineNouns.has(head) ? 'he' : '';
  return agrees(e, sex) ? e.key : null;
}

/**
 * Is the offset in the lead: the article's first paragraph, or the second when the first is a
 * headline (one sentence with no full stop)?
 */
function inLead(layer: TextLayer, at: number): boolean {
  const { sentences, text } = layer;
  const first = sentences[0];
  if (!first) return false;
  const headline = sentences[1]?.paragraph !== first.paragraph && !/[.!?]["”’']?\s*$/u.test(text.slice(first.start, first.end));
  return paragraphOf(sentences, at) === first.paragraph + (headline ? 1 : 0);
}
