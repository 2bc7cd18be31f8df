// Stage 3, step 4: when, where and about whom. A statement's date and place come from its own
// sentence outside the content ("On May 3, at a rally in Ohio, she said …"), else carry over from
// the previous statement of the same paragraph (the same occasion), else the article date.
// `about` lists the entities named in the content, the speaker excluded.

import { roleHolders } from '../2-mentions/coreference.js';
import { lowerBound, startingWithin } from '../spans.js';
import type { Entity, Mention, MentionLayer, TextLayer } from '../types.js';

export interface StatementFrame {
  contentStart: number;
  contentEnd: number;
  /** Sentence range holding the statement (offsets). */
  sentenceStart: number;
  sentenceEnd: number;
  paragraph: number;
  speakerEntity: string | null;
  nested: boolean;
  /** End of the cue; when the cue sits inside the content ("it was stated by X during a trip to Y"), what follows it is the cue's own frame. */
  cueEnd: number;
}

export interface StatementContext {
  date: string | null;
  place: string | null;
  about: string[];
}

/** Words before a place name that make it the place of speaking: "at a rally in Ohio", "during a trip to Seoul". */
const LOCATIVE_BEFORE = /\b(in|at|during (?:a |an |the |his |her |their )?(?:trip|visit|tour|stop|meeting|summit|rally|speech|conference|forum)\s+(?:to|in)|on (?:a |an |the |his |her |their )?(?:trip|visit|tour)\s+to|visiting|speaking\s+(?:in|at|from)|from)\s+(?:the\s+)?$/i;
/** Prepositions that make a capital city literal ("a visit to Cairo"), not its government. */
const LITERAL_BEFORE = /\b(in|to|at|from|near|into|outside|inside|across|around|via|through|visit(?:ed|ing)?|toward|towards)\s+(?:the\s+)?$/i;

/** What the context step looks up, sorted by offset once per article. */
interface ContextIndex {
  layer: TextLayer;
  byKey: Map<string, Entity>;
  entities: Entity[];
  places: Mention[];
  dates: MentionLayer['dates'];
  mentions: Mention[];
}

function indexOf(layer: TextLayer, mentions: MentionLayer): ContextIndex {
  const byKey = new Map(mentions.entities.map((e) => [e.key, e]));
  const sorted = mentions.mentions.filter((m) => m.kind !== 'pronoun').sort((a, b) => a.start - b.start);
  return {
    layer,
    byKey,
    entities: mentions.entities,
    places: sorted.filter((m) => byKey.get(m.entity)?.type === 'Place' && (m.kind === 'name' || m.kind === 'acronym')),
    dates: [...mentions.dates].sort((a, b) => a.start - b.start),
    mentions: sorted,
  };
}

/**
 * Dates, places and topics for statements given in reading order.
 * @param frames - statements in order of content start
 */
export function statementContexts(layer: TextLayer, mentions: MentionLayer, frames: StatementFrame[]): StatementContext[] {
  const ix = indexOf(layer, mentions);
  const out: StatementContext[] = [];
  let carry: { paragraph: number; date: string | null; place: string | null } | null = null;
  for (const f of frames) {
    const cueInside = f.cueEnd > f.contentStart && f.cueEnd < f.contentEnd;
    const outside = (s: number, e: number) => s >= f.sentenceStart && e <= f.sentenceEnd && (e <= f.contentStart || s >= f.contentEnd || (cueInside && s >= f.cueEnd));
    const ownDate = startingWithin(ix.dates, f.sentenceStart, f.sentenceEnd).find((d) => outside(d.start, d.end))?.value ?? null;
    const ownPlace = startingWithin(ix.places, f.sentenceStart, f.sentenceEnd).find((m) => outside(m.start, m.end) && LOCATIVE_BEFORE.test(layer.text.slice(Math.max(f.sentenceStart, m.start - 60), m.start)))?.entity ?? null;
    let date: string | null = ownDate;
    let place: string | null = ownPlace;
    const sameOccasion: boolean = carry !== null && carry.paragraph === f.paragraph;
    if (!f.nested) {
      if (!date) date = sameOccasion ? carry!.date : null;
      if (!place) place = sameOccasion ? carry!.place : null;
      if (ownDate || ownPlace || !sameOccasion) carry = { paragraph: f.paragraph, date: ownDate ?? (sameOccasion ? carry!.date : null), place: ownPlace ?? (sameOccasion ? carry!.place : null) };
      date ??= mentions.articleDate;
    }
    out.push({ date, place, about: about(ix, f) });
  }
  return out;
}

/** What stretches of content name (for quotations no speaker was found for): one list per span. */
export function aboutSpans(layer: TextLayer, mentions: MentionLayer, spans: { start: number; end: number }[]): string[][] {
  const ix = indexOf(layer, mentions);
  return spans.map(({ start, end }) => about(ix, { contentStart: start, contentEnd: end, sentenceStart: start, sentenceEnd: end, paragraph: 0, speakerEntity: null, nested: false, cueEnd: start }));
}

function insideQuotation(layer: TextLayer, offset: number): boolean {
  const k = lowerBound(layer.quotations, offset) - 1;
  return k >= 0 && layer.quotations[k]!.start < offset && offset < layer.quotations[k]!.end;
}

function about(ix: ContextIndex, f: StatementFrame): string[] {
  const { layer, byKey } = ix;
  const keys: string[] = [];
  for (const m of startingWithin(ix.mentions, f.contentStart, f.contentEnd)) {
    const e = byKey.get(m.entity);
    if (!e) continue;
    let key = e.key;
    // In the speaker's own words a role noun is someone else: a minister quoted on "the minister".
    if (m.kind === 'nominal' && key === f.speakerEntity && insideQuotation(layer, m.start)) {
      const other = roleHolders(m.text, ix.entities, ix.mentions, m.start).find((h) => h.key !== f.speakerEntity);
      if (!other) continue;
      key = other.key;
    }
    // A capital standing for its government ("Moscow is ready") is about the country.
    if (e.speaksFor && !LITERAL_BEFORE.test(layer.text.slice(Math.max(0, m.start - 30), m.start))) key = e.speaksFor;
    if (key === f.speakerEntity || e.anonymous) continue;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
