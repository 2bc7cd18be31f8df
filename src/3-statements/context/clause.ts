// Stage 3, step 4: the stretch of text a statement's own time is read in — the cue's clause (its
// sentence cut to the cue's line, minus the content), a described statement's own stretch of its
// host's speaker description — and what in it does not date the saying: the speaker's description
// ("Smith, who joined the firm in 2012, said"), a clause of another time after the cue.

import { lowerBound, startingWithin } from '../../spans.js';
import type { MentionLayer, TextLayer } from '../../types.js';
import { isDocument } from '../kinds.js';
import { pastPerfectCue, type ClauseWindow } from './time.js';
import { CONTEXT_WORDS, wordsOf } from './words.js';
import { WORDS } from '../grammar/lexicon.js';

/** What the clause reading needs of a statement: context/index.ts StatementFrame's fields, by name (no import of index.ts, which imports this). */
export interface ClauseFrame {
  contentStart: number;
  contentEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  speakerEntity: string | null;
  speakerSpan: [number, number] | null;
  speakerMention?: [number, number] | null;
  direct: boolean;
  clausal: boolean;
  speech?: boolean;
  parent?: number | null;
  cueStart: number;
  cueEnd: number;
}

/** The cue's clause: its sentence cut to the line of the cue (a title or a dateline above is not the clause), minus the content. */
export function clauseOf(text: string, f: ClauseFrame): ClauseWindow {
  const at = Math.min(f.cueStart, f.contentStart);
  const lineStart = text.lastIndexOf('\n', Math.max(0, f.cueStart - 1)) + 1;
  const nl = text.indexOf('\n', f.cueEnd);
  const start = Math.max(f.sentenceStart, Math.min(lineStart, at));
  const end = Math.min(f.sentenceEnd, nl < 0 ? text.length : Math.max(nl, f.contentEnd));
  // (Not a cue inside the quotation marks: "“The plan was written in 1998. Nobody read it.”" — the phrase is the speaker's words, no frame.)
  const cueInside = f.cueEnd > f.contentStart && f.cueEnd < f.contentEnd && !insideQuotation(text, f.cueStart);
  // A cue inside the content frames only its own phrase, up to the next clause mark ("stated by X during a trip to Y").
  // (A sentence's end or a quotation mark ends it too: "“…,” Kearney said. “Sales fell in 2022 …”" — the second part is the content.)
  const mark = cueInside ? text.slice(f.cueEnd, f.contentEnd).search(/[,;:—–.!?“”"]/) : -1;
  const cueFrameEnd = (cueInside && adjunctAfterSpeaker(text, f)) || (mark < 0 ? f.contentEnd : f.cueEnd + mark);
  const isOutside = (s: number, e: number) => e <= f.contentStart || s >= f.contentEnd || (cueInside && s >= f.cueEnd && e <= cueFrameEnd);
  return { start, end, isOutside, cueStart: f.cueStart, cueEnd: f.cueEnd, ...(cueInside ? { cueFrame: [f.cueEnd, cueFrameEnd] as const } : {}) };
}

/**
 * Between two quoted parts, an adjunct of the saying after the speaker's description (context.json
 * adjunctOpeners): "“…,” said Dr. X, the mission's project scientist, at a briefing in Darmstadt,
 * Germany. “…”" — the cue's frame runs past the description (a title's full stop, the appositive's
 * commas) to that adjunct's end; the end offset, or 0 when there is none. Not a clause after the
 * speaker ("…, as he traced her career from …"), which tells of something else.
 */
function adjunctAfterSpeaker(text: string, f: ClauseFrame): number {
  const span = f.speakerSpan;
  if (!span || span[0] < f.cueEnd || span[1] >= f.contentEnd || !/[”"]/.test(text.slice(f.contentStart, f.cueStart))) return 0;
  const rest = text.slice(span[1], f.contentEnd);
  const open = /^\s*,\s*/.exec(rest);
  if (!open || !CONTEXT_WORDS.adjunctOpeners.has(wordsOf(rest.slice(open[0].length, open[0].length + 16))[0] ?? '')) return 0;
  const close = rest.slice(open[0].length).search(/[,;:—–.!?“”"]/);
  return close < 0 ? 0 : span[1] + open[0].length + close;
}

/** Is offset `at` between quotation marks opened on its line: the last curly mark before it an opening one, or an odd count of straight ones? */
function insideQuotation(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', Math.max(0, at - 1)) + 1, at);
  const curly = Math.max(line.lastIndexOf('“'), line.lastIndexOf('”'));
  if (curly >= 0) return line[curly] === '“' && !line.slice(curly).includes('"');
  return (line.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * The statement whose speaker description holds this one's cue ("Senator X, who has opposed the
 * levy since it was introduced in December, wrote …": "opposed" describes the writer), or undefined.
 */
export function describingHost<F extends ClauseFrame>(frames: readonly F[], f: F): F | undefined {
  const within = (g: F, at: number) => g.speakerSpan![0] < at && at < g.speakerSpan![1];
  // (Its speaker and cue in the host's phrase, in the host's sentence: an inherited speaker's "span" may reach back a sentence.)
  return frames.find((g) => g !== f && !!g.speakerSpan && g.sentenceStart === f.sentenceStart && g.speakerSpan[0] >= g.sentenceStart && g.speakerSpan[1] <= g.cueStart && !!f.speakerMention && within(g, f.speakerMention[0]) && f.cueEnd <= g.speakerSpan[1] && within(g, f.cueStart));
}

/** A described statement's clause: its own stretch of the host's speaker description, not the host's clause ("…, who criticised the budget in October, told reporters on Monday"). */
export function asideClause(clause: ClauseWindow, f: ClauseFrame, host: ClauseFrame): ClauseWindow {
  const start = Math.max(clause.start, Math.min(f.cueStart, f.speakerMention?.[0] ?? f.cueStart));
  return { ...clause, start, end: Math.min(clause.end, Math.max(host.speakerSpan![1], f.contentEnd)) };
}

/**
 * What in a statement's sentence does not date its saying: the speaker's description set off by a
 * comma ("Smith, who joined the firm in 2012, said …"); not a time between the speaker and the cue
 * ("The committee this week announced …").
 */
export function exceptions(text: string, f: ClauseFrame, dates: MentionLayer['dates']): [number, number][] {
  const trailing = relativeAfterSpeaker(text, f);
  return trailing ? [...descriptionExceptions(text, f, dates), trailing] : descriptionExceptions(text, f, dates);
}

/** How many words may stand between a speaker named after the cue and a comma before a relative clause on them ("of the Southern Voting Project"). */
const SPEAKER_TAIL_WORDS = 8;

/**
 * "“…,” said X of the Voting Project, which brought the case in 2024": after an inverted cue, a
 * relative clause after the comma that closes the speaker's phrase (its "of"/"at" tail read or not)
 * describes the speaker or their body, to the next comma or the sentence's end; not one of speaking
 * ("who spoke at a briefing on Thursday"), which tells of the occasion.
 */
function relativeAfterSpeaker(text: string, f: ClauseFrame): [number, number] | null {
  const m = f.speakerMention;
  if (!m || m[0] < f.cueEnd || m[1] >= f.sentenceEnd) return null;
  const rest = text.slice(m[1], f.sentenceEnd);
  const comma = rest.search(/[,;:—–()"“”]/);
  if (comma < 0 || rest[comma] !== ',' || wordsOf(rest.slice(0, comma)).length > SPEAKER_TAIL_WORDS) return null;
  const at = m[1] + comma + 1;
  if (!WORDS.relativePronounsAll.has(wordsOf(text.slice(at, at + 12))[0] ?? '') || speakingRelative(text, at)) return null;
  const close = text.slice(at, f.sentenceEnd).search(/[,;]/);
  return [at - 1, close < 0 ? f.sentenceEnd : at + close];
}

/** The speaker's description set off inside or right after the speaker phrase, or a relative clause in it with no comma. */
function descriptionExceptions(text: string, f: ClauseFrame, dates: MentionLayer['dates']): [number, number][] {
  if (!f.speakerSpan) return [];
  // ("An engineer who worked at the firm until 2024 told …": a relative clause with no comma describes the speaker too, before the
  // cue or after it: "…, according to two executives who attended a meeting last week".)
  const relative = relativeIn(text, f.speakerSpan);
  // (Not after the cue on a written source, whose relative clause tells when it was issued: "according to figures that were released Thursday".)
  if (relative >= 0 && !speakingRelative(text, relative) && (f.speakerSpan[1] <= f.cueStart || !documentBefore(text, relative))) return [[relative, f.speakerSpan[1]]];
  if (!f.speakerMention) return [];
  // (The comma inside the speaker phrase, "Smith, who joined …", or right after it, before the cue or after it: "said Ian Solomon, who was a director from 2010 to 2013".)
  const [start, end] = f.speakerMention;
  const comma = text.indexOf(',', start);
  if (comma < 0 || comma > end || comma >= f.speakerSpan[1]) return [];
  // ("Eskom, in a statement on Sunday, said": an adjunct of the saying between commas, not a description;
  // "The letter, published on Monday, warns": a written source's issue is when it spoke.)
  const first = wordsOf(text.slice(comma + 1, comma + 30))[0] ?? '';
  if (CONTEXT_WORDS.adjunctOpeners.has(first) || speakingRelative(text, comma + 1)) return [];
  // (Or a document named before its author: "A report by the bank's inspection panel, published in February, found".)
  const before = wordsOf(text.slice(Math.min(start, f.speakerSpan[0]), comma));
  const written = (w: string) => CONTEXT_WORDS.publicationNouns.has(w) || CONTEXT_WORDS.utteranceNouns.has(w);
  if (CONTEXT_WORDS.issuingParticiples.has(first) && (written(before.at(-1) ?? '') || before.slice(0, 3).some(written))) return [];
  // ("NLC President, Comrade X, who spoke with journalists in Abuja on Thursday, said": a relative clause of speaking after a
  // later comma of the phrase tells of the occasion; only the stretch before it describes.)
  for (let c = text.indexOf(',', comma + 1); c >= 0 && c < f.speakerSpan[1]; c = text.indexOf(',', c + 1)) if (speakingRelative(text, c + 1)) return [[comma, c]];
  // (Before the cue, a time after the description's closing comma is the saying's: "Kalahari Mining, the copper producer, yesterday said".)
  const close = f.speakerSpan[1] <= f.cueStart ? text.lastIndexOf(',', f.speakerSpan[1] - 1) : -1;
  return [[comma, close >= comma && timeOnly(text, dates, close + 1, f.speakerSpan[1]) ? close : f.speakerSpan[1]]];
}

/** Auxiliaries that may stand between a relative pronoun and its verb ("who was speaking", "who had spoken"). */
const RELATIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'has', 'have']);

/**
 * Does a relative clause of speaking open at `from` ("who spoke at a press briefing in Alausa on
 * Thursday", "who was addressing a rally"; context.json occasionRelativeVerbs)? It tells of the
 * occasion the words were said at: its time is the saying's, no description's.
 */
export function speakingRelative(text: string, from: number): boolean {
  const words = wordsOf(text.slice(from, from + 40));
  if (!WORDS.relativePronounsAll.has(words[0] ?? '')) return false;
  const verb = RELATIVE_AUXILIARIES.has(words[1] ?? '') ? words[2] : words[1];
  return CONTEXT_WORDS.occasionRelativeVerbs.has(verb ?? '');
}

/** Is the stretch nothing but time expressions and the prepositions that open them ("yesterday", "on Monday", "last week"), or nothing at all? */
function timeOnly(text: string, dates: MentionLayer['dates'], from: number, to: number): boolean {
  let rest = '';
  let at = from;
  for (const d of startingWithin(dates, from, to)) {
    if (d.end > to) return false;
    rest += ` ${text.slice(at, d.start)}`;
    at = d.end;
  }
  rest += ` ${text.slice(at, to)}`;
  return wordsOf(rest).every((w) => CONTEXT_WORDS.scenePrepositions.has(w) || CONTEXT_WORDS.sceneDateOpeners.has(w));
}

/** Parts of speech that may open a clause's subject ("the previous representative", "she", "Smith"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * "The by-election was called after the previous representative resigned in August": a clause after
 * the cue, outside the content, opened by a conjunction of another time (context.json
 * otherTimeConjunctions) with a subject and a verb, up to the next comma (in an object content too), tells of another event —
 * its date is not the saying's; "said after the meeting on Monday" (no verb) is the same occasion.
 */
export function otherEventClauses(layer: TextLayer, f: ClauseFrame, clause: ClauseWindow): [number, number][] {
  const { tokens } = layer;
  const out: [number, number][] = [];
  for (let k = lowerBound(tokens, f.cueEnd); k < tokens.length && tokens[k]!.start < clause.end; k++) {
    const t = tokens[k]!;
    // (Inside an object too: "has opposed the levy since it was introduced in December".)
    if (!CONTEXT_WORDS.otherTimeConjunctions.has(t.lower) || (!clause.isOutside(t.start, t.end) && (f.direct || f.clausal))) continue;
    let subject = false;
    for (let j = k + 1; j < tokens.length && tokens[j]!.start < clause.end && tokens[j]!.pos !== 'PUNCT'; j++) {
      const pos = tokens[j]!.pos;
      if ((pos === 'VERB' || pos === 'AUX') && subject) {
        const comma = layer.text.slice(t.end, clause.end).search(/[,;]/);
        out.push([t.start, comma < 0 ? clause.end : t.end + comma]);
        break;
      }
      if (!SUBJECT_POS.has(pos)) break;
      subject = true;
    }
  }
  return out;
}

/** The words of the cue's clause outside the content and the speaker's own description ("An official familiar with the talks said …"). */
export function clauseWords(text: string, clause: ClauseWindow, f: ClauseFrame): string[] {
  const holes: [number, number][] = [[f.contentStart, f.contentEnd], f.speakerSpan ? [adjunctEnd(text, f.speakerSpan), f.speakerSpan[1]] : [f.contentStart, f.contentStart]];
  holes.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = clause.start;
  for (const [a, b] of holes) {
    if (b <= at || a >= clause.end) continue;
    parts.push(text.slice(at, Math.max(at, a)));
    at = Math.max(at, b);
  }
  parts.push(text.slice(at, Math.max(at, clause.end)));
  // ("“…,” he said under cross-examination. “…”": the cue's own phrase inside a quotation it interrupts.)
  if (clause.cueFrame) parts.push(text.slice(clause.cueFrame[0], clause.cueFrame[1]));
  return wordsOf(parts.join(' , '));
}

/**
 * Where a fronted adjunct that the speaker phrase swallowed ends ("Outside court, the victim's son, X,
 * said", "At the hearing, her lawyer said"): after its comma when the phrase opens with a preposition
 * of the saying's scene (context.json adjunctOpeners, positionPrepositions); else the phrase's start.
 */
function adjunctEnd(text: string, span: readonly [number, number]): number {
  const phrase = text.slice(span[0], span[1]);
  const comma = phrase.indexOf(',');
  const first = wordsOf(phrase.slice(0, 12))[0] ?? '';
  return comma > 0 && (CONTEXT_WORDS.adjunctOpeners.has(first) || CONTEXT_WORDS.positionPrepositions.has(first)) ? span[0] + comma + 1 : span[0];
}

/** Is the word before offset `at` a written source ("figures", "a report"), by kinds.ts's isDocument, singular or plural? */
function documentBefore(text: string, at: number): boolean {
  const head = wordsOf(text.slice(Math.max(0, at - 30), at)).at(-1)?.toLowerCase() ?? '';
  return isDocument(head) || isDocument(head.replace(/s$/, ''));
}

/** Where a relative pronoun ("who", "which", "that": grammar.json relativePronounsAll) opens a relative clause inside the speaker phrase (not its first word, no comma before), or -1. */
function relativeIn(text: string, span: [number, number]): number {
  const re = /\p{L}+|,/gu;
  const part = text.slice(span[0], span[1]);
  let first = true;
  for (let m = re.exec(part); m; m = re.exec(part), first = false) {
    if (m[0] === ',') return -1;
    if (!first && WORDS.relativePronounsAll.has(m[0].toLowerCase())) return span[0] + m.index;
  }
  return -1;
}

/**
 * A nested report's clause: the words of the report that holds it, when the nested report is
 * someone else's words in the past perfect ("He told the court in March that an officer had warned
 * him before polling that …": an earlier occasion the text does not date, not March). A view ("said
 * on Monday that the company felt …"), a finding's respondents ("A poll in June showed that 72
 * percent said …") and the holder's own words keep the holder's clause.
 */
export function reportedClause(text: string, clause: ClauseWindow, frames: readonly ClauseFrame[], f: ClauseFrame): ClauseWindow {
  const holder = f.parent === null || f.parent === undefined ? undefined : frames[f.parent];
  if (!holder || !f.speech || !holder.speech || !pastPerfectCue(text, f.sentenceStart, f.cueStart)) return clause;
  for (let g: ClauseFrame | undefined = holder; g; g = g.parent === null || g.parent === undefined ? undefined : frames[g.parent]) {
    if (f.speakerEntity !== null && g.speakerEntity === f.speakerEntity) return clause;
  }
  return { ...clause, start: Math.max(clause.start, holder.contentStart), end: Math.min(clause.end, holder.contentEnd) };
}
