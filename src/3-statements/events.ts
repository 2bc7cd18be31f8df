// Stage 3, step 5: events that are not speech, where the text states them plainly: a named actor,
// a past-tense event verb from data/lexicon/events.json and its participants ("Russia launched a
// special operation on February 24"), or a trip ("during a trip to South Korea"). Modal, negated
// and infinitive verbs are not events; neither are reporting cues.

import lexicon from '../../data/lexicon/events.json' with { type: 'json' };
import { lowerBound, startingWithin } from '../spans.js';
import type { Entity, Mention, MentionLayer, NewsEvent, Sentence, Span, Statement, TextLayer, Token } from '../types.js';
import { WORDS, isWord, tokenIs } from './grammar/lexicon.js';

const VERBS: ReadonlySet<string> = new Set(lexicon.verbs);
const MOTION: ReadonlySet<string> = new Set(lexicon.motion);
const NOUN_EVENT = new RegExp(`\\b(?:on|during|after|before)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[a-z-]+\\s+)?(${lexicon.nouns.join('|')})\\s+(?:to|in)\\s+$`, 'i');
const NOT_FACT: ReadonlySet<string> = WORDS.notFact;
const OBJECT_PRONOUNS: ReadonlySet<string> = WORDS.objectPronouns3;

/**
 * Finds plainly stated non-speech events.
 * @param layer - text layer
 * @param mentions - entities, mentions and dates (anonymous sources included)
 * @param statements - statements already found: their cues are not events, and their speakers
 *   resolve object pronouns in their content ("X said Y handed him a letter": him = X)
 */
export function findEvents(layer: TextLayer, mentions: MentionLayer, statements: Statement[]): NewsEvent[] {
  const byKey = new Map(mentions.entities.map((e) => [e.key, e]));
  const names = mentions.mentions.filter((m) => m.kind !== 'pronoun').sort((a, b) => a.start - b.start);
  const cues = new Set(statements.flatMap((s) => (s.cue ? [s.cue.start] : [])));
  const events: NewsEvent[] = [];
  const seen = new Set<string>();
  const sortedStatements = [...statements].sort((a, b) => a.content.start - b.content.start);
  const ctx: EventCtx = { layer, mentions, byKey, names, statements: sortedStatements, contents: sortedStatements.map((s) => s.content), dates: [...mentions.dates].sort((a, b) => a.start - b.start) };
  for (const s of layer.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = layer.tokens[i]!;
      if (t.pos !== 'VERB' || !VERBS.has(t.lemma) || cues.has(t.start) || !isPlainPast(layer.tokens, i, s)) continue;
      const actor = subjectOf(ctx, i, s);
      if (!actor) continue;
      const ev = makeEvent(ctx, s, i, actor, t.lemma, events.length);
      if (ev && !seen.has(ev.verb.start + '')) {
        seen.add(ev.verb.start + '');
        events.push(ev);
      }
    }
  }
  for (const ev of tripEvents(ctx, events.length)) events.push(ev);
  events.sort((a, b) => a.span.start - b.span.start);
  events.forEach((e, k) => (e.id = `e${k + 1}`));
  return events;
}

interface EventCtx {
  layer: TextLayer;
  mentions: MentionLayer;
  byKey: Map<string, Entity>;
  names: Mention[];
  /** Statements sorted by content start, and the dates sorted by start. */
  statements: Statement[];
  contents: Span[];
  dates: MentionLayer['dates'];
}

/** Statements whose content holds `at`, looking back from it over the nearest ones only. */
function holders(ctx: EventCtx, at: number): Statement[] {
  const k = lowerBound(ctx.contents, at + 1);
  const out: Statement[] = [];
  for (let j = k - 1, n = 0; j >= 0 && n < 200; j--, n++) {
    const st = ctx.statements[j]!;
    if (st.content.start <= at && at < st.content.end) out.push(st);
  }
  return out;
}

function innermostHolder(ctx: EventCtx, at: number): Statement | undefined {
  return holders(ctx, at).sort((a, b) => a.content.end - a.content.start - (b.content.end - b.content.start))[0];
}

function outermostHolder(ctx: EventCtx, at: number): Statement | undefined {
  return holders(ctx, at).sort((a, b) => a.content.start - b.content.start)[0];
}

/** Past tense, not modal, negated or an infinitive: "launched", "has launched", not "will launch". */
function isPlainPast(tokens: Token[], i: number, s: Sentence): boolean {
  const t = tokens[i]!;
  for (let k = i - 1; k >= Math.max(s.tokenStart, i - 3); k--) {
    const p = tokens[k]!;
    if (tokenIs(NOT_FACT, p)) return false;
    if (p.pos !== 'AUX' && p.pos !== 'ADV' && p.pos !== 'PART') break;
  }
  const next = tokens[i + 1];
  // A participle modifying a noun ("the aid sent to Kyiv") is not a clause of its own.
  if (i > s.tokenStart && tokens[i - 1]!.pos === 'NOUN' && next?.pos === 'ADP') return false;
  return t.lower !== t.lemma || isWord(WORDS.perfectAuxiliaries, tokens[i - 1]?.text ?? '');
}

/** The entity acting: the mention (or pronoun) right before the verb, auxiliaries skipped. */
function subjectOf(ctx: EventCtx, i: number, s: Sentence): string | null {
  const { tokens } = ctx.layer;
  let j = i - 1;
  while (j >= s.tokenStart && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
  // "Shukri at a meeting handed": skip one short prepositional phrase.
  if (j >= s.tokenStart && tokens[j]!.pos !== 'PROPN' && tokens[j]!.pos !== 'PRON') {
    let k = j;
    while (k > s.tokenStart && k > j - 5 && tokens[k]!.pos !== 'ADP') k--;
    if (tokens[k]!.pos === 'ADP' && tokenIs(WORDS.timePrepositions, tokens[k]!)) j = k - 1;
  }
  if (j < s.tokenStart) return null;
  const end = tokens[j]!.end;
  const m = ctx.names.find((n) => n.end === end && n.kind !== 'demonym');
  if (m) return m.entity;
  const w = tokens[j]!.text;
  if (isWord(WORDS.heShe, w)) return lastOf(ctx, tokens[j]!.start, (e) => e.type === 'Person');
  if (isWord(WORDS.who, w)) return lastOf(ctx, tokens[j]!.start, (e) => e.type !== 'Place');
  return null;
}

function lastOf(ctx: EventCtx, before: number, pred: (e: Entity) => boolean): string | null {
  for (let k = lowerBound(ctx.names, before) - 1; k >= 0; k--) {
    const m = ctx.names[k]!;
    if (m.start >= before) continue;
    const e = ctx.byKey.get(m.entity);
    if (e && pred(e)) return e.key;
  }
  return null;
}

/** The clause holding token i: from the sentence start (or the start of the content holding it) to the next clause break. */
function clauseOf(ctx: EventCtx, s: Sentence, i: number): { start: number; end: number } {
  const { tokens } = ctx.layer;
  const at = tokens[i]!.start;
  const holder = innermostHolder(ctx, at);
  let start = Math.max(s.start, holder?.content.start ?? s.start);
  let endTok = i + 1;
  while (endTok < s.tokenEnd && !/^[.;!?]$/.test(tokens[endTok]!.text) && !(tokens[endTok]!.text === ',' && isWord(WORDS.clauseLinks, tokens[endTok + 1]?.text ?? ''))) endTok++;
  const end = Math.min(tokens[endTok - 1]!.end, holder ? holder.content.end : Infinity);
  if (start > at) start = s.start;
  return { start, end };
}

function makeEvent(ctx: EventCtx, s: Sentence, i: number, actor: string, lemma: string, n: number): NewsEvent | null {
  const { layer } = ctx;
  const verb = layer.tokens[i]!;
  const clause = clauseOf(ctx, s, i);
  const holder = outermostHolder(ctx, verb.start);
  const participants: string[] = [];
  let place: string | null = null;
  for (const m of startingWithin(ctx.names, verb.end, clause.end)) {
    if (m.end > clause.end) continue;
    const e = ctx.byKey.get(m.entity);
    if (!e || e.key === actor) continue;
    // "US" in "US Secretary of State Anthony Blinken" qualifies a person; it is not a participant.
    if (e.type === 'Place' && /^\s+[A-Z]/.test(layer.text.slice(m.end, m.end + 2)) && m.kind !== 'name') continue;
    if (e.type === 'Place' && !place && /\b(in|at|near|into|to)\s+(?:the\s+)?$/i.test(layer.text.slice(Math.max(0, m.start - 12), m.start))) place = e.key;
    if (!participants.includes(e.key)) participants.push(e.key);
  }
  // Object pronouns inside reported content stand for the reporting speaker: "handed him a message".
  for (let k = i + 1; k < s.tokenEnd && layer.tokens[k]!.end <= clause.end; k++) {
    const t = layer.tokens[k]!;
    if (tokenIs(OBJECT_PRONOUNS, t) && holder?.speakerEntity && !participants.includes(holder.speakerEntity) && holder.speakerEntity !== actor) participants.unshift(holder.speakerEntity);
  }
  if (!place && MOTION.has(lemma)) place = participants.find((p) => ctx.byKey.get(p)?.type === 'Place') ?? null;
  const date = startingWithin(ctx.dates, clause.start, clause.end).find((d) => d.end <= clause.end && !(holder && d.start < holder.content.start))?.value
    ?? (holder ? null : startingWithin(ctx.dates, s.start, verb.start).find((d) => d.end <= verb.start)?.value) ?? null;
  return {
    id: `e${n + 1}`,
    span: span(layer.text, clause.start, clause.end),
    verb: span(layer.text, verb.start, verb.end),
    verbLemma: lemma,
    actor,
    participants,
    date: date ?? null,
    place,
  };
}

/** "during a trip to South Korea", "on a visit to Cairo": the nearest actor before it travelled there. */
function tripEvents(ctx: EventCtx, n: number): NewsEvent[] {
  const out: NewsEvent[] = [];
  const { layer } = ctx;
  for (const m of ctx.names) {
    const e = ctx.byKey.get(m.entity);
    if (!e || e.type !== 'Place') continue;
    const before = layer.text.slice(Math.max(0, m.start - 60), m.start);
    const hit = NOUN_EVENT.exec(before);
    if (!hit) continue;
    const start = m.start - before.length + hit.index;
    const sentence = layer.sentences.find((s) => s.start <= start && start < s.end);
    if (!sentence) continue;
    const actor = lastOf(ctx, start, (x) => x.type === 'Person' || x.type === 'Organization');
    if (!actor) continue;
    const nounAt = start + hit[0].toLowerCase().lastIndexOf(hit[1]!.toLowerCase());
    out.push({
      id: `e${n + out.length + 1}`,
      span: span(layer.text, start, m.end),
      verb: span(layer.text, nounAt, nounAt + hit[1]!.length),
      verbLemma: hit[1]!.toLowerCase(),
      actor,
      participants: [],
      date: null,
      place: e.key,
    });
  }
  return out;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
