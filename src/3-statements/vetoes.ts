// Stage 3, after the rules have read their statements: readings that are not statements, each a
// named veto with its reason and an example (lists in data/lexicon/vetoes.json). A vetoed
// statement is dropped whatever its confidence: one in boilerplate ("READ MORE: …"), a source
// giving no comment, an anonymity phrase.

import vetoes from '../../data/lexicon/vetoes.json' with { type: 'json' };
import { lowerBound, indexHolding } from '../spans.js';
import type { Statement, TextLayer } from '../types.js';
import { timeOnly, tokenRange } from './grammar/content-shape.js';
import { WORDS, isWord, tokenIs } from './grammar/lexicon.js';
import { STATIVE_PARTICIPLES } from './cues.js';

const NO_COMMENT_CUES: ReadonlySet<string> = new Set(vetoes.noCommentCues);
const COMMENT_VERBS: ReadonlySet<string> = new Set(vetoes.commentVerbs);
const COMMENT_NOUNS: ReadonlySet<string> = new Set(vetoes.commentNouns);
const NOT_YET: ReadonlySet<string> = new Set(vetoes.notYetAdverbs);
const NO_COMMENT_PHRASES: readonly string[] = vetoes.noCommentPhrases;
/** Past forms of the verbs of saying that may follow an anonymity wish the content ran over ("… to be identified said"). */
const SAYING_FORMS: ReadonlySet<string> = new Set(vetoes.sayingFormsAfterWish);
const ANONYMITY: readonly string[] = vetoes.anonymityWords;
const ANONYMITY_CONTENTS: ReadonlySet<string> = new Set(vetoes.anonymityContents);
const VERIFICATION_VERBS: ReadonlySet<string> = new Set(vetoes.verificationVerbs);
const ABILITY_MODALS: ReadonlySet<string> = new Set(vetoes.abilityModals);
const NAME_GIVING_VERBS: ReadonlySet<string> = new Set(vetoes.nameGivingVerbs);
const NAME_NOUNS: ReadonlySet<string> = new Set(vetoes.nameNouns);
const AREA_NOTICE_NOUNS: ReadonlySet<string> = new Set(vetoes.areaNoticeNouns);
const ARMED_ATTACK_VERBS: ReadonlySet<string> = new Set(vetoes.armedAttackVerbs);
const ATTACK_TARGETS: ReadonlySet<string> = new Set(vetoes.attackTargets);
const WEAPONS: ReadonlySet<string> = new Set(vetoes.weapons);
const ARMED_ACTORS: ReadonlySet<string> = new Set(vetoes.armedActors);
const CASUALTY_PARTICIPLES: ReadonlySet<string> = new Set(vetoes.casualtyParticiples);
const NOTICE_VERBS: ReadonlySet<string> = new Set(vetoes.noticeIssuingVerbs);
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(vetoes.perceptionVerbs);
const SELLER_NOUNS: ReadonlySet<string> = new Set(vetoes.sellerNouns);
const RECALL_REASONS: ReadonlySet<string> = new Set(vetoes.recallReasons);
const FIRST_PERSON_BE: ReadonlySet<string> = new Set(vetoes.firstPersonPresentBe);
const DISCOURSE_SAYING: ReadonlySet<string> = new Set(vetoes.discourseSayingVerbs);
const COUNT_NOUNS: ReadonlySet<string> = new Set(vetoes.countNouns);
const COUNT_HEDGES: ReadonlySet<string> = new Set(vetoes.countHedges);
const REPETITION_NOUNS: ReadonlySet<string> = new Set(vetoes.repetitionNouns);
const VIEWING_VERBS: ReadonlySet<string> = new Set(vetoes.viewingVerbs);
const FUNDING_VERBS: ReadonlySet<string> = new Set(vetoes.fundingVerbs);
const RESULT_POSTING_VERBS: ReadonlySet<string> = new Set(vetoes.resultPostingVerbs);
const RESULT_NOUNS: ReadonlySet<string> = new Set(vetoes.resultNouns);
/** The rules of an agentless passive read with no clause (the subject is what was viewed or spoken of). */
const AGENTLESS_PASSIVES: ReadonlySet<string> = new Set(['passive-view', 'passive-generic-subject']);

/** One veto: an id, a one-line reason, an example sentence it removes, and its test. */
export interface Veto {
  readonly id: string;
  readonly reason: string;
  readonly example: string;
  readonly test: (layer: TextLayer, s: Statement) => boolean;
}

/** The content or the cue lies in a paragraph stage 1 marked as boilerplate (a link to another story, a credit, a prompt). */
function inBoilerplate(layer: TextLayer, s: Statement): boolean {
  const marked = (offset: number): boolean => {
    const k = indexHolding(layer.paragraphs, offset);
    const p = layer.paragraphs[k];
    return p !== undefined && p.boilerplate !== undefined && offset < (p.boilerplateEnd ?? p.end);
  };
  return marked(s.content.start) || (s.cue !== null && marked(s.cue.start));
}

/**
 * A photo credit closing a paragraph: "(Jo Lee/Harbour Press)", "(AFP/Getty Images)" — two to four
 * capitalised parts joined by slashes in parentheses, as news sites credit a picture.
 */
const PHOTO_CREDIT_END = /\((?:\p{Lu}[^()/\n]{1,40}\/){1,3}\p{Lu}[^()/\n]{1,40}\)\.?\s*$/u;

/** The content lies in a photo caption: a paragraph that ends with a photo credit. A caption restates the article's words beside a picture. */
function inCaption(layer: TextLayer, s: Statement): boolean {
  const k = indexHolding(layer.paragraphs, s.content.start);
  const para = layer.paragraphs[k];
  if (!para || s.content.end > para.end) return false;
  // (The paragraph must end with ")" or ")." before the pattern is tried on all of it; trimEnd drops what \s matches.)
  const text = layer.text.slice(para.start, para.end).trimEnd();
  return (text.endsWith(')') || text.endsWith(').')) && PHOTO_CREDIT_END.test(text);
}

/** "declined to comment", "refused to say", "did not respond to a request for comment". */
function noComment(layer: TextLayer, s: Statement): boolean {
  const lemma = s.cueLemma ?? '';
  // ("did not immediately report on the launch", "has not immediately confirmed": no answer yet.)
  if (s.cue && notYet(layer, s.cue.start)) return true;
  if (!NO_COMMENT_CUES.has(lemma)) return false;
  const [a, b] = tokenRange(layer, s.content.start, s.content.end);
  const t = layer.tokens;
  if (t[a]?.lower === 'to' && a + 1 < b && COMMENT_VERBS.has(t[a + 1]!.lemma)) return true;
  // ("refused to be drawn on the matter": the British formula.)
  if ((lemma === 'decline' || lemma === 'refuse') && NO_COMMENT_PHRASES.some((p) => s.content.text.toLowerCase().startsWith(`${p} `) || s.content.text.toLowerCase() === p)) return true;
  if (lemma === 'decline' || lemma === 'refuse') return b - a <= 2 && a < b && COMMENT_VERBS.has(t[b - 1]!.lemma);
  for (let k = a; k < b; k++) if (COMMENT_NOUNS.has(t[k]!.lower)) return true;
  return false;
}

/** "not immediately" (or "n't", "never") right before the cue at offset `at`. */
function notYet(layer: TextLayer, at: number): boolean {
  const t = layer.tokens;
  const c = lowerBound(t, at);
  return c >= 2 && NOT_YET.has(t[c - 1]!.lower) && tokenIs(WORDS.negations, t[c - 2]!);
}

/** The most letters an ANONYMITY_CONTENTS entry holds: a content with more letters is none of them, whatever its punctuation. */
const ANONYMITY_CONTENT_LETTERS = Math.max(...[...ANONYMITY_CONTENTS].map((w) => w.replace(/[^\p{L}]/gu, '').length));

const LETTER = /\p{L}/u;

/** The content opens with a phrase of anonymity ("condition of anonymity because …", "not to be named"). */
function anonymity(layer: TextLayer, s: Statement): boolean {
  if (isAnonymityPhrase(s.content.text)) return true;
  // ("who did not want to be identified said …": the passive of the wish read as a cue of its own.)
  // ("speaking on condition that he not be named": the subjunctive of the same wish.)
  const before = s.cue ? layer.text.slice(Math.max(0, s.cue.start - 9), s.cue.start) : '';
  if (s.cue && (/\bto be\s+$/i.test(before) || /\bnot be\s+$/i.test(before)) && ANONYMITY_CONTENTS.has(`to be ${s.cue.text.toLowerCase()}`)) return true;
  // (With its reason: "declined to be identified because the matter is private"; or run on over the
  // cue of the clause it sits in: "did not want to be identified said the ferry …".)
  const text = s.content.text.includes('because') ? s.content.text.replace(/\s+because\b[\s\S]*$/, '') : s.content.text;
  const words = wordsBeforeSaying(text);
  if (words !== null && ANONYMITY_CONTENTS.has(words.join(' ').toLowerCase().replace(/[^\p{L}\s]/gu, '').trim())) return true;
  const first = text.split(/\s+/, 9);
  return first.length < 9 && nameWithheld(first);
}

/** "to give her last name", "us not to use their surnames": (a hearer, "not") "to", a verb of giving (vetoes.json nameGivingVerbs) and, within six words, a name noun that closes the content. */
function nameWithheld(words: readonly string[]): boolean {
  let w = words.map((x) => x.toLowerCase().replace(/[^\p{L}]/gu, '')).filter((x) => x !== '');
  // (After a hearer and a negation: "asked us not to use their surnames".)
  while (w.length > 0 && w[0] !== 'to' && w.length > 3 && (w[0] === 'not' || isWord(WORDS.accusativePronouns, w[0]!))) w = w.slice(1);
  return w.length >= 3 && w.length <= 6 && w[0] === 'to' && NAME_GIVING_VERBS.has(w[1]!) && NAME_NOUNS.has(w.at(-1)!);
}

const SPACES = /\s+/g;

/**
 * The words of `text` (as split(/\s+/) gives them) before the first form of a verb of saying after
 * the first word, or all of them; null as soon as they hold more letters than an ANONYMITY_CONTENTS
 * entry. (Read word by word: splitting a whole paragraph of content, as every statement's was, cost
 * more than the test.)
 */
function wordsBeforeSaying(text: string): string[] | null {
  const words: string[] = [];
  let letters = 0;
  let from = 0;
  SPACES.lastIndex = 0;
  for (;;) {
    const m = SPACES.exec(text);
    const word = text.slice(from, m ? m.index : text.length);
    if (words.length > 0 && SAYING_FORMS.has(word.toLowerCase())) return words;
    words.push(word);
    for (const ch of word) if (LETTER.test(ch) && ++letters > ANONYMITY_CONTENT_LETTERS) return null;
    if (!m) return words;
    from = m.index + m[0].length;
  }
}

/** Does the text open with a phrase of anonymity ("condition of anonymity", "not authorized to speak")? */
export function isAnonymityPhrase(text: string): boolean {
  const head = text.slice(0, 48).toLowerCase();
  return ANONYMITY.some((w) => head.includes(w));
}

/** Quoted words in title case ("The Kid Who Would Be King"): the title of a work, not words spoken. */
function quotedTitle(_layer: TextLayer, s: Statement): boolean {
  if (s.rule !== 'quoted-words') return false;
  const words = s.content.text.replace(/[“”"‘’'«».,!?:;]/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const long = words.filter((w) => w.length > 3);
  return words.length >= 2 && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w)) && /^\p{Lu}/u.test(words[0]!);
}

/**
 * "Mr. Trump, tell me what you will do": a name, a comma and a verb in its base form. A singular
 * name as subject would take "tells" or "told"; before a bare "tell" it is the hearer addressed
 * (a vocative), and the verb an imperative — no one reports anything.
 */
function vocative(layer: TextLayer, s: Statement): boolean {
  if (!s.speaker || !s.cue || layer.text.slice(s.speaker.end, s.cue.start) !== ', ') return false;
  const [a, b] = tokenRange(layer, s.speaker.start, s.speaker.end);
  const [c] = tokenRange(layer, s.cue.start, s.cue.end);
  const verb = layer.tokens[c];
  // (The speaker is the name alone: "critics, like Rubio and Bush, say …" has a plural subject.)
  return a < b && layer.tokens.slice(a, b).every((t) => t.pos === 'PROPN') && verb?.pos === 'VERB' && verb.lower === verb.lemma;
}

/**
 * "None of the accounts could be independently confirmed by Reuters", "could not be verified by the
 * BBC": a verb of checking in the passive after a modal, with its agent — the writer's note on what
 * the outlet could check, not the outlet's report.
 */
function unverifiedBy(layer: TextLayer, s: Statement): boolean {
  if (s.rule !== 'passive-agent' || !s.cue || !VERIFICATION_VERBS.has(s.cue.text.trim().split(/\s+/)[0]!.toLowerCase())) return false;
  const [c] = tokenRange(layer, s.cue.start, s.cue.end);
  for (let k = c - 1; k >= 0 && k >= c - 5; k--) if (ABILITY_MODALS.has(layer.tokens[k]!.lower)) return true;
  return false;
}

/**
 * "Guardiola, asked about the comments, joked that …": "asked" right after a comma, in an appositive
 * that a comma closes before the subject's own finite verb, is the passive — the subject was asked;
 * the words are in the main clause's statement.
 */
function askedAppositive(layer: TextLayer, s: Statement): boolean {
  if (!s.cue) return false;
  const [c] = tokenRange(layer, s.cue.start, s.cue.end);
  const cue = layer.tokens[c];
  if (!cue || cue.lemma !== 'ask' || cue.lower === 'ask' || cue.lower === 'asks' || layer.tokens[c - 1]?.text !== ',') return false;
  // (The appositive closes at a comma before the subject's finite verb, inside the content or right after it.)
  const sentence = cue.sentence;
  for (let k = c + 1; k + 1 < layer.tokens.length && k < c + 30 && layer.tokens[k + 1]!.sentence === sentence; k++) {
    const next = layer.tokens[k + 1]!;
    if (layer.tokens[k]!.text === ',' && next.pos === 'VERB' && !next.lower.endsWith('ing') && next.lower !== next.lemma) return true;
  }
  return false;
}

/**
 * "issued extreme cold warnings for Illinois and Wisconsin", "issued storm alerts for Galway and
 * Clare": a notice noun (vetoes.json areaNoticeNouns) and "for", closing the cue or among the first
 * words of the content, with names alone after them — where the notice applies, not what it says.
 */
function noticeArea(layer: TextLayer, s: Statement): boolean {
  if (!s.cue) return false;
  const t = layer.tokens;
  const [c, d] = tokenRange(layer, s.cue.start, s.cue.end);
  const [a, b] = tokenRange(layer, s.content.start, s.content.end);
  const noticeFor = (k: number): boolean => t[k]?.lower === 'for' && AREA_NOTICE_NOUNS.has(t[k - 1]?.lower ?? '');
  let from = d - c >= 2 && noticeFor(d - 1) && a >= d ? a : -1;
  for (let k = a + 1; from < 0 && k < b && k <= a + 4; k++) if (noticeFor(k)) from = k + 1;
  if (from < 0 || from >= b) return false;
  const names = t.slice(from, b);
  return names.some((w) => w.pos === 'PROPN') && names.every((w) => w.pos === 'PROPN' || w.text === ',' || tokenIs(WORDS.coordinators, w));
}

/**
 * "The video was viewed a million times", "the post had been liked 400,000 times": an agentless
 * passive of a verb of viewing or liking (vetoes.json viewingVerbs; not "shared", "retweeted", which
 * pass words on) whose verb a count of times follows (a number or "thousands of", hedges such as "more
 * than" before it; countNouns, countHedges, repetitionNouns) tallies an audience.
 */
function countedTimes(layer: TextLayer, s: Statement): boolean {
  if (!s.cue || !AGENTLESS_PASSIVES.has(s.rule ?? '') || !VIEWING_VERBS.has(s.cueLemma ?? '')) return false;
  const t = layer.tokens;
  const [, d] = tokenRange(layer, s.cue.start, s.cue.end);
  let counted = false;
  for (let k = d; k < t.length && k < d + 7 && t[k]!.sentence === t[d - 1]!.sentence; k++) {
    const w = t[k]!;
    if (REPETITION_NOUNS.has(w.lower)) return counted;
    if (w.pos === 'NUM' || COUNT_NOUNS.has(w.lower)) counted = true;
    else if (!COUNT_HEDGES.has(w.lower)) return false;
  }
  return false;
}

/** "Not everyone is convinced by the data", "was surprised by the ruling": the agent of a participle of a state of mind (cues.json stativeParticiples) is its cause, not a source of words. */
function causeOfState(_layer: TextLayer, s: Statement): boolean {
  return s.rule === 'passive-agent' && !!s.cue && STATIVE_PARTICIPLES.has(s.cue.text.trim().split(/\s+/)[0]!.toLowerCase());
}

const QUOTE_MARKS = /^["“”‘’'«»]$/;
const CURRENCY_SIGN = /^[$€£¥]/;

/** Tokens [a, b) of the content with a phrase for content: no clause, quotation or infinitive opens it and no "that" or verb of its own follows in its first words. */
function phraseContent(layer: TextLayer, s: Statement): [number, number] | null {
  const [a, b] = tokenRange(layer, s.content.start, s.content.end);
  const t = layer.tokens;
  if (a >= b || !/^(DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(t[a]!.pos) || tokenIs(WORDS.that, t[a]!)) return null;
  return [a, b];
}

/** The head of the first noun phrase of tokens [a, b): its last noun before anything else ("a police | checkpoint | in Peshawar" → "checkpoint"). */
function firstNounHead(layer: TextLayer, a: number, b: number): string {
  const t = layer.tokens;
  let k = a;
  while (k < b && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(t[k]!.pos)) k++;
  for (let m = k - 1; m >= a; m--) if (t[m]!.pos === 'NOUN') return t[m]!.lower;
  return '';
}

/** The last word of the speaker's phrase, lower-case ("Houthi militants" → "militants"); '' without a speaker. */
function speakerHead(s: Statement): string {
  return s.speaker ? (s.speaker.text.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean).at(-1) ?? '') : '';
}

/**
 * "Militants attacked a police checkpoint, killing three", "The enemy attacked the city with drones":
 * an armed attack, not words — a target that is a place, building or vehicle (vetoes.json
 * attackTargets), a weapon after "with", an armed actor for subject, or a participle of killing
 * after the content. "attacked the minister's record", "attacked Clinton as a fraud" stay stances.
 */
function armedAttack(layer: TextLayer, s: Statement): boolean {
  if (!ARMED_ATTACK_VERBS.has(s.cueLemma ?? '') || !s.cue || s.cue.end > s.content.start) return false;
  const range = phraseContent(layer, s);
  if (!range) return false;
  const [a, b] = range;
  const t = layer.tokens;
  if (ATTACK_TARGETS.has(firstNounHead(layer, a, b))) return true;
  for (let k = a; k + 1 < b; k++) if (t[k]!.lower === 'with' && t.slice(k + 1, Math.min(b, k + 5)).some((w) => WEAPONS.has(w.lower))) return true;
  if (ARMED_ACTORS.has(speakerHead(s))) return true;
  const after = t[b]?.text === ',' ? t[b + 1] : undefined;
  return !!after && CASUALTY_PARTICIPLES.has(after.lower);
}

/** "The Met Office issued a red warning", "issued a black box warning about the risks": a notice issued (vetoes.json areaNoticeNouns) with no clause, quotation or infinitive of what it says is an act, no statement. */
function issuedNotice(layer: TextLayer, s: Statement): boolean {
  if (!NOTICE_VERBS.has(s.cueLemma ?? '') || !s.cue || s.cue.end > s.content.start) return false;
  const range = phraseContent(layer, s);
  if (!range) return false;
  const [a, b] = range;
  const t = layer.tokens;
  if (!AREA_NOTICE_NOUNS.has(firstNounHead(layer, a, b))) return false;
  // ("issued a warning that the dam could fail", "a warning to residents to stay indoors": the notice's words follow.)
  for (let k = a; k < b; k++) if (QUOTE_MARKS.test(t[k]!.text) || tokenIs(WORDS.that, t[k]!) || (t[k]!.lower === 'to' && t[k + 1]?.pos === 'VERB') || t[k]!.text === ':') return false;
  return true;
}

/** "directing a combined $20 million to a super PAC": a funding verb (vetoes.json fundingVerbs) with a currency sign among the first three words of its object sends money. */
function fundsDirected(layer: TextLayer, s: Statement): boolean {
  if (!FUNDING_VERBS.has(s.cueLemma ?? '') || !s.cue || s.cue.end > s.content.start) return false;
  const [a, b] = tokenRange(layer, s.content.start, s.content.end);
  for (let k = a; k < b && k < a + 3; k++) if (layer.tokens[k]!.pos === 'SYM' || CURRENCY_SIGN.test(layer.tokens[k]!.text)) return true;
  return false;
}

/**
 * "posted an easy victory", "posted a third straight defeat": "post" with a result (vetoes.json
 * resultNouns) among the first six words of its object's noun phrase, before any preposition or verb
 * ("posted a video of her win" posts the video).
 */
function postedResult(layer: TextLayer, s: Statement): boolean {
  if (!RESULT_POSTING_VERBS.has(s.cueLemma ?? '') || !s.cue || s.cue.end > s.content.start) return false;
  const range = phraseContent(layer, s);
  if (!range) return false;
  const t = layer.tokens;
  for (let k = range[0]; k < range[1] && k < range[0] + 6 && /^(DET|ADJ|ADV|NUM|NOUN)$/.test(t[k]!.pos); k++) if (RESULT_NOUNS.has(t[k]!.lower)) return true;
  return false;
}

/**
 * "Supermarket chain recalls hummus over listeria fears": a seller's recall of goods, not a memory —
 * a company noun for subject (vetoes.json sellerNouns) or a reason after "over"/"amid"
 * (recallReasons), with a phrase for content.
 */
function productRecall(layer: TextLayer, s: Statement): boolean {
  if (s.cueLemma !== 'recall' || !s.cue || s.cue.end > s.content.start) return false;
  const range = phraseContent(layer, s);
  if (!range) return false;
  const [a, b] = range;
  const t = layer.tokens;
  if (SELLER_NOUNS.has(speakerHead(s))) return true;
  for (let k = a; k < b; k++) if ((t[k]!.lower === 'over' || t[k]!.lower === 'amid') && t.slice(k + 1, Math.min(b, k + 5)).some((w) => RECALL_REASONS.has(w.lower))) return true;
  return false;
}

/**
 * "noticed trucks being dumped outside plants", "spotted smoke rising from the roof": a verb of
 * perceiving (vetoes.json perceptionVerbs) with a noun phrase and an -ing form before any finite verb
 * tells what was seen happen, not a view ("noticed that the trucks were gone" stays one).
 */
function perceivedEvent(layer: TextLayer, s: Statement): boolean {
  if (!PERCEPTION_VERBS.has(s.cueLemma ?? '') || !s.cue || s.cue.end > s.content.start) return false;
  const range = phraseContent(layer, s);
  if (!range) return false;
  const [a, b] = range;
  const t = layer.tokens;
  for (let k = a + 1; k < b && k <= a + 10; k++) {
    const w = t[k]!;
    if (/^(VERB|AUX)$/.test(w.pos) || (w.pos === 'NOUN' && w.lower.endsWith('ing'))) return w.lower.endsWith('ing') && t[k - 1]!.pos !== 'ADP' && /^(NOUN|PROPN|PRON)$/.test(t[k - 1]!.pos);
    if (w.pos === 'PUNCT' || tokenIs(WORDS.that, w)) return false;
  }
  return false;
}

/**
 * "I'm telling you, the vote is rigged", "And I'm saying, what is this?": the speaker's own saying in
 * the present progressive (vetoes.json firstPersonPresentBe, discourseSayingVerbs) stresses the words
 * around it, it reports no other words. Adverbs may stand before the cue ("I'm just saying"), a
 * negation may not; "I was telling them" is a past telling and stays.
 */
function firstPersonProgressive(layer: TextLayer, s: Statement): boolean {
  if (!s.speaker || !s.cue || !DISCOURSE_SAYING.has(s.cueLemma ?? '') || !s.cue.text.toLowerCase().endsWith('ing')) return false;
  const t = layer.tokens;
  const [c] = tokenRange(layer, s.cue.start, s.cue.end);
  let k = c - 1;
  while (k >= 0 && t[k]!.pos === 'ADV' && !tokenIs(WORDS.negations, t[k]!) && t[k]!.start >= s.speaker.end) k--;
  const before = layer.text.slice(s.speaker.start, k >= 0 ? t[k]!.end : s.speaker.start);
  return FIRST_PERSON_BE.has(before.toLowerCase().replace(/\s+/g, ' '));
}

/** The vetoes, each applied to every statement; the first that holds names the reason. */
export const VETOES: readonly Veto[] = [
  { id: 'boilerplate', reason: 'a paragraph stage 1 marked as page furniture ("READ MORE: …", a credit line, a prompt) holds another story\'s headline or no statement at all', example: 'The council met on Monday.\n\nREAD MORE: Mayor says the library will close in June', test: inBoilerplate },
  { id: 'photo-caption', reason: 'a paragraph closed by a photo credit ("(Jo Lee/Harbour Press)") is a caption: it restates beside a picture what the article reports', example: 'The ferry left the harbour on Monday.\n\nCaptain Ada Moss said the crossing was calm. (Jo Lee/Harbour Press)\n\nThe next ferry leaves on Friday.', test: inCaption },
  { id: 'no-comment', reason: '"declined to comment", "refused to be drawn on it", "did not respond to a request for comment", "did not immediately report on it": the source said nothing', example: 'The ferry company declined to comment on the lawsuit.', test: noComment },
  { id: 'quoted-title', reason: 'quoted words in title case are the title of a book, film or song, not words spoken', example: 'The studio released a trailer for “The Kid Who Would Be King” on Monday.', test: quotedTitle },
  { id: 'vocative', reason: '"Mr. Trump, tell me …": a name, a comma and a verb in its base form address someone, they report nothing (a singular subject would take "tells")', example: '“Mr. Reyes, do you really think the port needs a tax break? Mr. Reyes, tell me what you are going to do?” Diaz asked.', test: vocative },
  { id: 'time-only-content', reason: 'a content that is only a time ("Tuesday morning", "the next day") is when something was said or done, not what', example: 'The coach was fined on Monday. He apologized the next day.', test: (layer, s) => timeOnly(layer.tokens, s.content.start, s.content.end, { needsTime: true }) },
  { id: 'time-speaker', reason: 'a speaker that is only a time ("Tuesday", "this week") is a misread subject: a day says nothing', example: 'The last two weeks have signaled the start of a reckoning within the party.', test: (layer, s) => s.speaker !== null && timeOnly(layer.tokens, s.speaker.start, s.speaker.end, { needsTime: true, capitalsAreNames: true }) },
  { id: 'unverified-by', reason: '"could not be independently verified by Reuters": a verb of checking after a modal, in the passive with an agent, is the writer\'s note on what the outlet could check', example: 'None of the accounts could be independently confirmed by the Harbour Gazette.', test: unverifiedBy },
  { id: 'counted-times', reason: '"was viewed a million times", "had been liked 400,000 times": an agentless passive of viewing or liking with a count of times tallies an audience, it holds no view and reports no words', example: 'Her post about the ferry was liked 90,000 times.', test: countedTimes },
  { id: 'cause-of-state', reason: '"is convinced by the data", "was surprised by the ruling": the agent of a participle of a state of mind is its cause, not a source of words', example: 'Few traders were convinced by the figures.', test: causeOfState },
  { id: 'asked-appositive', reason: '"X, asked about Y, joked that …": "asked" after a comma, in an appositive closed before the subject\'s own verb, is the passive — X was asked, and what X said is the main clause\'s statement', example: 'The coach, asked about the injury at his news conference, joked that the striker would play until he was fifty.', test: askedAppositive },
  { id: 'notice-area', reason: '"issued cold warnings for Illinois and Wisconsin": names alone after a notice noun and "for" are where the notice applies, not what it says', example: 'The coast guard issued storm alerts for Galway, Clare and Kerry.', test: noticeArea },
  { id: 'armed-attack', reason: '"attacked a police checkpoint", "attacked the city with drones", "Militants attacked …, killing three": an armed attack (a place or vehicle for target, a weapon, an armed actor, a killing after it) is an act of force, not a position taken by words', example: 'Gunmen attacked a border post near Quetta on Sunday, killing two guards.', test: armedAttack },
  { id: 'issued-notice', reason: '"issued a red warning", "issued an alert for the coast": a notice issued with no clause, quotation or infinitive of what it says reports the act, not words', example: 'The weather service issued a flood warning on Tuesday.', test: issuedNotice },
  { id: 'perceived-event', reason: '"noticed trucks being dumped", "spotted smoke rising": a verb of perceiving with a noun phrase and an -ing form tells what was seen happen, not a view held or words said', example: 'A neighbour noticed water pouring from the roof.', test: perceivedEvent },
  { id: 'funds-directed', reason: '"directing a combined $20 million to a super PAC": a sum of money for the object of "direct" or "steer" is money sent, no order and no words', example: 'The Okafor family directed $3 million to the harbour fund last year.', test: fundsDirected },
  { id: 'posted-result', reason: '"posted an easy victory", "posted a loss of $2 billion": "post" with a result (a win, a score, a profit) for its object records an outcome in sports, elections or business, no words put online', example: 'Mayor Ana Ruiz posted an easy victory in the primary.', test: postedResult },
  { id: 'product-recall', reason: '"Supermarket chain recalls hummus over listeria fears": a seller recalling goods (a company noun for subject, or a reason after "over"/"amid") calls them back, it remembers nothing', example: 'A dairy firm recalled its yoghurts over salmonella fears.', test: productRecall },
  { id: 'first-person-progressive', reason: '"I\'m telling you, C", "I\'m saying, C": the speaker\'s own saying in the present progressive stresses the words around it, it reports no other words', example: '“And I’m telling you, the dam will not hold,” the engineer Tomas Berg said.', test: firstPersonProgressive },
  { id: 'anonymity', reason: '"spoke on condition of anonymity", "asked not to be named", "declined to give her last name": the phrase describes the source, it is not what they said', example: 'A harbour official, who spoke on condition of anonymity because the talks were private, said the ferry would stop running.', test: anonymity },
];

/** The id of the first veto that removes the statement, or null. */
export function vetoOf(layer: TextLayer, s: Statement): string | null {
  for (const v of VETOES) if (v.test(layer, s)) return v.id;
  return null;
}
