// Stage 3 of the flow: TextLayer + MentionLayer → statements (speech acts) and events.
// attribution.ts finds content/cue/speaker spans, speakers.ts resolves speakers to entities,
// context.ts adds date, place and topics, confidence.ts scores each statement (unlikely ones are
// dropped), events.ts finds plainly stated non-speech events.

import type { ArticleInput, Entity, MentionLayer, NewsEvent, Quotation, Span, Statement, StatementKind, TextLayer } from '../types.js';
import { findAttributions, quotedWords, type LoosePassage, type RawAttribution } from './attribution/index.js';
import { lowerBound, lowerBoundBy, indexHolding } from '../spans.js';
import { SAYING_VERBS } from './cues.js';
import { WORDS, isExactWord, tokenIs } from './grammar/lexicon.js';
import { AUX_OR_ADV } from './grammar/words.js';
import { DEFAULT_MIN_CONFIDENCE, statementConfidence, type ConfidenceModel } from './confidence.js';
import { vetoOf } from './vetoes.js';
import { colonDatelinePlace } from './passes/2-dash-colon.js';
import { contentShape, type ContentShape } from './grammar/content-shape.js';
import { contentParts, interruptedParts } from './grammar/quotes.js';
import { aboutSpans, speakerWithDescription, statementContexts, type StatementFrame } from './context/index.js';
import { findEvents } from './events.js';
import { initialsOf, resolveSpeakers, type ResolvedSpeaker } from './speakers.js';
import { hearerThenInfinitive, statementKind, TOPIC_PREPOSITIONS } from './kinds.js';
import { keptNested } from './nested-reports.js';

export { findAttributions, quotedWords } from './attribution/index.js';
export { RULES, ruleInfo } from './rules.js';
export type { RuleId, RuleInfo } from './rules.js';
export type { RawAttribution } from './attribution/index.js';

/** Options of stage 3. */
export interface StatementOptions {
  /** Statements less likely than this are dropped (0 keeps all); see confidence.ts. */
  minConfidence: number;
  /** The confidence model (default: the bundled one); scripts/train-confidence.ts passes its cross-validation folds' models. */
  model?: ConfidenceModel;
  /** Find the article's events (default true; only the graph reads them). */
  events?: boolean;
}

/**
 * Finds who said what, about whom, when and where.
 * @returns statements in order of content start, events, and the anonymous or unnamed sources
 *   found as speakers (to be added to the article's entities)
 */
export function findStatements(
  article: ArticleInput,
  layer: TextLayer,
  mentions: MentionLayer,
  options: StatementOptions = { minConfidence: DEFAULT_MIN_CONFIDENCE },
): { statements: Statement[]; events: NewsEvent[]; entities: Entity[] } {
  const atts = findAttributions(layer);
  const parents = atts.map((a, i) => parentOf(layer, atts, i, a));
  const resolved = resolveSpeakers(layer, mentions, atts, parents, article.id);
  const { extra } = resolved;
  // "He added that …, according to the minister, …" where the minister is the same speaker: the
  // "according to" restates the parent's attribution; drop it and hand its nested reports up.
  // (Other same-speaker nesting — "she says she hopes …, but she knows that …" — is a report of its own.)
  // (A transcript's turn is kept only for the named person its label spells — "BONDS:", "EARNINGS:"
  // head the market reports of wire stories —; the reports read inside another are handed up too.)
  const byKey = new Map(mentions.entities.map((e) => [e.key, e]));
  const labelled = (a: RawAttribution, i: number): boolean => !!a.speaker && initialled(byKey.get(resolved.speakers[i]?.entity ?? ''), layer.text.slice(layer.tokens[a.speaker[0]]!.start, layer.tokens[a.speaker[1] - 1]!.end));
  const keep = atts.map((a, i) => (a.rule !== 'transcript-turn' || labelled(a, i)) && (parents[i] === null || a.cue?.kind !== 'according' || resolved.speakers[i]?.entity == null || resolved.speakers[i]!.entity !== resolved.speakers[parents[i]!]?.entity));
  for (let i = 0; i < atts.length; i++) {
    let p = parents[i];
    while (p !== null && p !== undefined && !keep[p]) p = parents[p] ?? null;
    parents[i] = p ?? null;
  }
  const kept = atts.map((_, i) => i).filter((i) => keep[i]);
  return assemble(article, layer, mentions, kept.map((i) => atts[i]!), kept.map((i) => resolved.speakers[i]!), kept.map((i) => (parents[i] === null ? null : kept.indexOf(parents[i]!))), extra, options);
}

/**
 * Readings that are not statements (vetoes.ts: link labels, no comment, anonymity phrases), by id.
 * An anonymity phrase holds no report: what a verb of saying under it seemed to report ("A neighbour
 * who asked not to be named said …") moves up, dated by the article when its clause gives no date
 * (what a refusal to comment or "spoke on condition of anonymity to discuss the meeting" seemed to
 * hold stays under it).
 */
function readVetoes(layer: TextLayer, statements: Statement[], byId: Map<string, Statement>, articleDate: string | null): Set<string> {
  const vetoes = new Map(statements.map((s) => [s.id, vetoOf(layer, s)]));
  for (const s of statements) {
    while (s.parent !== null && vetoes.get(s.parent) === 'anonymity' && s.cueLemma !== null && SAYING_VERBS.has(s.cueLemma)) {
      s.date ??= articleDate;
      s.parent = byId.get(s.parent)!.parent;
    }
  }
  return new Set(statements.filter((s) => vetoes.get(s.id) !== null).map((s) => s.id));
}

function assemble(
  article: ArticleInput,
  layer: TextLayer,
  mentions: MentionLayer,
  atts: RawAttribution[],
  speakers: (ResolvedSpeaker | null)[],
  parents: (number | null)[],
  extra: Entity[],
  options: StatementOptions,
): { statements: Statement[]; events: NewsEvent[]; entities: Entity[] } {
  let allEntities = { ...mentions, entities: [...mentions.entities, ...extra] };
  const statements = buildStatements(layer, allEntities, atts, speakers, parents, 's');
  const byKey = new Map(allEntities.entities.map((e) => [e.key, e]));
  const byId = new Map(statements.map((s) => [s.id, s]));
  const vetoed = readVetoes(layer, statements, byId, mentions.articleDate);
  // A relayed report and its relay ("the Gazette quoted B as saying C", "B, cited by the Gazette,
  // said C") are one reading of the sentence: both are as likely as the report the rule read, scored
  // as a top-level one.
  const relayed = (s: Statement): boolean => s.parent !== null && (s.rule === 'relayed-report' || byId.get(s.parent)?.rule === 'cited-by');
  for (const s of statements) {
    if (relayed(s)) continue;
    s.confidence = Math.round(statementConfidence(layer, byKey, s, s.parent ? byId.get(s.parent) ?? null : null, options.model) * 1000) / 1000;
  }
  for (const s of statements) {
    if (!relayed(s)) continue;
    const relay = byId.get(s.parent!)!;
    if (s.rule === 'relayed-report') s.confidence = relay.confidence!;
    else relay.confidence = s.confidence = Math.round(statementConfidence(layer, byKey, s, null, options.model) * 1000) / 1000;
  }
  // A paragraph led by a capitalised label and a colon is a speaker's only when stage 2 found a
  // name there: "WATCH:", "BONDS:", "KEEPING SCORE:" are web and wire section labels (speaker-colon
  // read 1 of 14 right on ggt-dev); "SMITH:" in a transcript is a name. Scored 0, the drop takes it.
  // (Initials that stand for a person the article names are a transcript's label for that person: "KH:".)
  // (An interview's answer label "A", resolved to the interviewee, is that person's: speakers.ts answerLabel.)
  const answered = (s: Statement): boolean => isExactWord(WORDS.answerLabels, s.speaker?.text ?? '') && !!s.speakerEntity && byKey.get(s.speakerEntity)?.type === 'Person';
  for (const s of statements) if (s.rule === 'speaker-colon' && s.speaker && s.speaker.text === s.speaker.text.toUpperCase() && !namesSource(mentions, byKey, s.speaker) && !initialled(byKey.get(s.speakerEntity ?? ''), s.speaker.text) && !answered(s)) s.confidence = 0;
  // ("Lahore: The provincial government has …": a place and a colon before a lead sentence is a dateline.)
  for (const s of statements) if (colonDatelinePlace(layer, s, byKey.get(s.speakerEntity ?? '')?.type)) s.confidence = 0;
  // Vetoed readings score 0 and are dropped even when a named person speaks them.
  for (const id of vetoed) byId.get(id)!.confidence = 0;
  let statements2 = dropUnlikely(statements, options.minConfidence, (s) => !vetoed.has(s.id) && keptNested(layer, byKey, s, byId));
  // Quoted words inside a sentence that no kept statement holds are the words of the clause's
  // subject ("Reid has gone after Lee as a “human leech who will bleed the country”"). Their
  // speakers are resolved with every attribution's history, as the others' were.
  const quoted = quotedWords(layer, loosePassages(layer, statements2));
  if (quoted.length) {
    const res = resolveSpeakers(layer, mentions, [...atts, ...quoted], [...parents, ...quoted.map(() => null)], article.id);
    const known = new Set(extra.map((e) => e.key));
    extra = [...extra, ...res.extra.filter((e) => !known.has(e.key))];
    allEntities = { ...mentions, entities: [...mentions.entities, ...extra] };
    const more = buildStatements(layer, allEntities, quoted, res.speakers.slice(atts.length), quoted.map(() => null), 'w');
    for (const s of more) s.confidence = QUOTED_WORDS_CONFIDENCE;
    statements2 = renumber([...statements2, ...more.filter((s) => vetoOf(layer, s) === null)]);
  }
  for (const s of unattributedQuotations(layer, allEntities, statements2)) statements2.push(s);
  // Sources were resolved for every candidate; only those a kept statement names as its speaker or
  // talks about become entities (a dropped "proposals aimed at …" must not leave an anonymous
  // source named "proposals").
  const speaking = new Set(statements2.flatMap((s) => [s.speakerEntity, ...s.about]));
  if (extra.some((e) => !speaking.has(e.key))) {
    extra = extra.filter((e) => speaking.has(e.key));
    allEntities = { ...mentions, entities: [...mentions.entities, ...extra] };
  }
  const events = options.events === false ? [] : findEvents(layer, allEntities, statements2);
  return { statements: statements2, events, entities: extra };
}

/** Does the span hold a name stage 2 found for a person or organisation (not a label stage 3 made into a source)? */
/** Is the label the initials, the name or the surname of the named person it resolved to ("KH", "HOLMES" for Kelly Holmes)? */
function initialled(e: Entity | undefined, label: string): boolean {
  // (Or the person's name or surname in capitals: "AALTONEN:" for Henrik Aaltonen, speakers.ts labelledPerson.)
  return !!e && e.type === 'Person' && !e.anonymous && (initialsOf(e.name) === label || (e.name !== label && (e.name.toUpperCase() === label || e.name.toUpperCase().split(/\s+/).at(-1) === label)));
}

function namesSource(mentions: MentionLayer, byKey: ReadonlyMap<string, Entity>, span: Span | null): boolean {
  if (!span) return false;
  return mentions.mentions.some((m) => m.start < span.end && span.start < m.end && (m.kind === 'name' || m.kind === 'acronym') && /^(Person|Organization)$/.test(byKey.get(m.entity)?.type ?? ''));
}

/**
 * The confidence of quoted-words statements (quotedWords): the share of them that match an annotated
 * attribution on PolNeAR train (189 of 281). The learned model does not score them: it was trained
 * on the rules' statements, before this fallback runs.
 */
const QUOTED_WORDS_CONFIDENCE = 0.67;

/** Statements for raw attributions with resolved speakers and parents (indices into `atts`), ids `<prefix>1`, … */
function buildStatements(
  layer: TextLayer,
  allEntities: MentionLayer,
  atts: RawAttribution[],
  speakers: (ResolvedSpeaker | null)[],
  parents: (number | null)[],
  prefix: string,
): Statement[] {
  const ids = atts.map((_, i) => `${prefix}${i + 1}`);
  const negations = atts.map((a) => negated(layer, a));
  const kinds = atts.map((a, i) => kindOf(layer, a, speakers[i] && speakers[i]!.start >= 0 ? layer.text.slice(speakers[i]!.start, speakers[i]!.end) : null, negations[i]!));
  const frames: StatementFrame[] = atts.map((a, i) => {
    const first = layer.sentences[a.firstSentence]!;
    const last = layer.sentences[a.lastSentence]!;
    const sentenceEnd = Math.max(last.end, cueEnd(layer, a));
    const cue: [number, number] = a.cue ? [layer.tokens[a.cue.first]!.start, layer.tokens[a.cue.last - 1]!.end] : [a.contentStart, a.contentStart];
    const sp = speakers[i];
    return {
      contentStart: a.contentStart,
      contentEnd: a.contentEnd,
      sentenceStart: Math.min(first.start, cueStart(layer, a)),
      sentenceEnd,
      cueStart: cue[0],
      cueEnd: cue[1],
      paragraph: first.paragraph,
      speakerEntity: sp?.entity ?? null,
      speakerSpan: sp && sp.start >= 0 ? speakerWithDescription(layer.text, [sp.start, sp.end], cue, sentenceEnd) : null,
      speakerMention: sp && sp.start >= 0 ? [sp.start, sp.end] : null,
      nested: parents[i] !== null,
      direct: a.form === 'direct',
      clausal: !objectContent(layer, a),
      uttered: a.form === 'direct' || (a.cue?.kind !== 'cognition' && a.cue?.kind !== 'adjective'),
      thought: kinds[i] === 'thought',
      speech: kinds[i] === 'speech',
      parent: parents[i] ?? null,
    };
  });
  const contexts = statementContexts(layer, allEntities, frames);
  // ("B was quoted by A as saying C", "B, cited by A, said C": one occasion, passed on; B's words
  // take A's date and place when their own clause gives none.)
  atts.forEach((a, i) => {
    const p = parents[i];
    if (p === null || p === undefined || !(a.rule === 'relayed-report' || atts[p]!.rule === 'cited-by')) return;
    contexts[i] = { ...contexts[i]!, date: contexts[i]!.date ?? contexts[p]!.date, place: contexts[i]!.place ?? contexts[p]!.place };
  });
  return atts.map((a, i) => {
    const sp = speakers[i];
    const ctx = contexts[i]!;
    const f = frames[i]!;
    // (A frame that interrupts the content between commas: its speaker may stand before the cue.)
    const frameStart = a.speaker ? Math.min(f.cueStart, layer.tokens[a.speaker[0]]!.start) : f.cueStart;
    const frameEnd = a.speaker ? Math.max(f.cueEnd, layer.tokens[a.speaker[1] - 1]!.end) : f.cueEnd;
    const parts = contentParts(layer, a.contentStart, a.contentEnd, frameStart, frameEnd) ?? interruptedParts(layer.text, a.contentStart, a.contentEnd, frameStart, frameEnd);
    return {
      id: ids[i]!,
      content: span(layer.text, a.contentStart, a.contentEnd),
      speaker: sp && sp.start >= 0 ? span(layer.text, sp.start, sp.end) : null,
      speakerEntity: sp?.entity ?? null,
      cue: a.cue ? span(layer.text, layer.tokens[a.cue.first]!.start, layer.tokens[a.cue.last - 1]!.end) : null,
      cueLemma: a.cue?.lemma ?? null,
      form: a.form,
      date: ctx.date,
      place: ctx.place,
      about: ctx.about,
      sentence: { start: f.sentenceStart, end: f.sentenceEnd },
      parent: parents[i] === null ? null : ids[parents[i]!]!,
      confidence: null,
      kind: kinds[i]!,
      rule: a.rule,
      ...(negations[i] ? { negated: true as const } : {}),
      ...(parts ? { parts: parts.map(([start, end]) => span(layer.text, start, end)) } : {}),
    };
  });
}

/** "would not say", "won't explain", "did not immediately disclose": a negation among the auxiliaries and adverbs before the cue. */
function negated(layer: TextLayer, a: RawAttribution): boolean {
  if (!a.cue) return false;
  const t = layer.tokens;
  for (let k = a.cue.first - 1; k >= 0 && k >= a.cue.first - 4 && AUX_OR_ADV.has(t[k]!.pos); k--) {
    if (WORDS.negationsWithClitic.has(t[k]!.lower.replace('’', "'"))) return true;
  }
  return false;
}

/** "is expected to announce", "are set to ask": the cue follows a form of "be", a word of prospect and "to". */
function prospective(layer: TextLayer, a: RawAttribution): boolean {
  if (!a.cue || a.cue.first < 3) return false;
  const t = layer.tokens;
  const [be, frame, to] = [t[a.cue.first - 3]!, t[a.cue.first - 2]!, t[a.cue.first - 1]!];
  return to.lower === 'to' && tokenIs(WORDS.prospectiveFrames, frame) && tokenIs(WORDS.copulas, be);
}

/** The statement's kind (kinds.ts) from what the attribution's tokens say. */
function kindOf(layer: TextLayer, a: RawAttribution, speaker: string | null, isNegated: boolean): StatementKind {
  const topicObject = !!a.cue && afterTopicPreposition(layer, a);
  const content = layer.text.slice(a.contentStart, a.contentEnd);
  const hearerInfinitive = !!a.cue && a.contentStart >= layer.tokens[a.cue.last - 1]!.end && hearerThenInfinitive(layer.tokens, lowerBound(layer.tokens, a.contentStart), lowerBound(layer.tokens, a.contentEnd));
  return statementKind({ rule: a.rule, cue: a.cue, form: a.form, content, shape: shapeAfterCue(layer, a, topicObject), speaker, prospective: prospective(layer, a), negated: isNegated, afterTopicPreposition: topicObject, hearerInfinitive }).kind;
}

/** The content's shape when it follows its cue ("discussed the budget"); content before the cue ("C, X said") is a clause; the object of "about"/"of" (`topicObject`) a phrase. */
function shapeAfterCue(layer: TextLayer, a: RawAttribution, topicObject: boolean): ContentShape {
  if (!a.cue || a.contentStart < layer.tokens[a.cue.last - 1]!.end) return 'clause';
  const shape = contentShape(layer, a.contentStart, a.contentEnd);
  return shape === 'clause' && topicObject ? 'phrase' : shape;
}

/**
 * "told us about a concern the nurses share", "spoke highly of the coach": the content is the object of
 * "about" or "of" after the cue, a phrase whatever verbs its relative clauses hold — not a wh-clause
 * ("about how it works") and not a number ("said about 500 people came", where "about" is "nearly").
 */
function afterTopicPreposition(layer: TextLayer, a: RawAttribution): boolean {
  const t = layer.tokens;
  const k = lowerBound(t, a.contentStart);
  const prep = t[k - 1];
  if (!prep || k - 1 < a.cue!.last || !TOPIC_PREPOSITIONS.has(prep.lower)) return false;
  return t[k] !== undefined && t[k]!.pos !== 'NUM' && !tokenIs(WORDS.whWords, t[k]!);
}

/** Statements in order of content start (outer before inner), renumbered s1, s2, … with parents renamed. */
function renumber(statements: Statement[]): Statement[] {
  const sorted = [...statements].sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  const rename = new Map(sorted.map((s, i) => [s.id, `s${i + 1}`]));
  return sorted.map((s) => ({ ...s, id: rename.get(s.id)!, parent: s.parent === null ? null : rename.get(s.parent)! }));
}

/**
 * Statements at or above `min` confidence (and those `keepAnyway` holds), renumbered s1, s2, …; a dropped
 * statement's nested reports move up to its own parent. Scores are computed before any drop, so they do not depend
 * on the threshold.
 */
function dropUnlikely(statements: Statement[], min: number, keepAnyway: (s: Statement) => boolean): Statement[] {
  if (min <= 0) return statements;
  const byId = new Map(statements.map((s) => [s.id, s]));
  const kept = statements.filter((s) => s.confidence! >= min || keepAnyway(s));
  if (kept.length === statements.length) return statements;
  const rename = new Map(kept.map((s, i) => [s.id, `s${i + 1}`]));
  return kept.map((s) => {
    let p = s.parent;
    while (p !== null && !rename.has(p)) p = byId.get(p)!.parent;
    return { ...s, id: rename.get(s.id)!, parent: p === null ? null : rename.get(p)! };
  });
}

/**
 * Quotations that no statement holds: kept as statements without a speaker ("q1", "q2", …) so that
 * nothing the article quotes is lost. A quotation counts as held when a statement's content covers
 * at least half of it.
 */
function unattributedQuotations(layer: TextLayer, mentions: MentionLayer, statements: Statement[]): Statement[] {
  // (A nickname quoted inside a name, "Robert C. “Bobby” Scott", quotes no one.)
  const inName = (p: LoosePassage): boolean => mentions.mentions.some((m) => m.kind === 'name' && m.start < p.start && p.end < m.end);
  const loose = loosePassages(layer, statements).filter((p) => !inName(p));
  const abouts = aboutSpans(layer, mentions, loose);
  const out: Statement[] = [];
  loose.forEach(({ start, end }, i) => {
    const sentence = layer.sentences[Math.max(0, indexHolding(layer.sentences, start))] ?? { start, end };
    out.push({
      id: `q${i + 1}`,
      content: span(layer.text, start, end),
      speaker: null,
      speakerEntity: null,
      cue: null,
      cueLemma: null,
      form: 'direct',
      date: null,
      place: null,
      about: abouts[i]!,
      sentence: { start: Math.min(sentence.start, start), end: Math.max(sentence.end, end) },
      parent: null,
      confidence: null,
      kind: 'speech',
      rule: 'unattributed-quotation',
      unattributed: true,
    });
  });
  return out;
}

/** Quoted passages (a quotation with the parts that continue it) that no statement holds. */
function loosePassages(layer: TextLayer, statements: Statement[]): LoosePassage[] {
  const contents = statements.map((s) => s.content).sort((a, b) => a.start - b.start);
  const loose: LoosePassage[] = [];
  for (const q of layer.quotations) {
    if (q.continues >= 0) continue;
    const parts = [q];
    for (let k = q.index + 1; k < layer.quotations.length && layer.quotations[k]!.continues === q.index; k++) parts.push(layer.quotations[k]!);
    const end = parts.at(-1)!.end;
    if (!layer.text.slice(q.start, end).trim()) continue;
    if (!heldBy(contents, q.start, end)) {
      loose.push({ quote: q.index, start: q.start, end });
      continue;
    }
    // A statement holding most of a passage may leave its first paragraphs out (a report that
    // starts in the passage's second paragraph): the parts no statement touches are loose.
    let run: Quotation[] = [];
    for (const part of [...parts, null]) {
      if (part && !touchedBy(contents, part.start, part.end)) {
        run.push(part);
        continue;
      }
      if (run.length && layer.text.slice(run[0]!.start, run.at(-1)!.end).trim()) loose.push({ quote: run[0]!.index, start: run[0]!.start, end: run.at(-1)!.end });
      run = [];
    }
  }
  return loose;
}

/** Does any statement's content overlap [start, end)? */
function touchedBy(contents: Span[], start: number, end: number): boolean {
  const k = lowerBound(contents, end);
  for (let j = k - 1, n = 0; j >= 0 && n < 200; j--, n++) if (contents[j]!.end > start) return true;
  return false;
}

/** Does a statement's content cover at least half of [start, end)? Looks at nearby statements only. */
function heldBy(contents: Span[], start: number, end: number): boolean {
  const len = end - start;
  const k = lowerBound(contents, end);
  // Contents are local: a statement starting far before the quotation cannot hold half of it.
  for (let j = k - 1, n = 0; j >= 0 && n < 200; j--, n++) {
    const c = contents[j]!;
    if (Math.min(end, c.end) - Math.max(start, c.start) >= len / 2) return true;
  }
  return false;
}

/**
 * The attribution that relays this one ("the Gazette quoted B as saying C"), else the smallest other
 * statement whose content holds this one's cue (or, for cue-less ones, its content start).
 * Attributions come sorted by content start, so candidates are found by binary search and a
 * bounded look back: contents are local to their paragraphs.
 */
function parentOf(layer: TextLayer, atts: RawAttribution[], i: number, a: RawAttribution): number | null {
  if (a.relayedBy >= 0) {
    const relay = atts.findIndex((o) => o !== a && o.cue?.first === a.relayedBy);
    if (relay >= 0) return relay;
  }
  const at = a.cue ? layer.tokens[a.cue.first]!.start : a.contentStart;
  const lo = lowerBoundBy(atts, at + 1, (o) => o.contentStart);
  let best: number | null = null;
  const la = a.contentEnd - a.contentStart;
  for (let k = lo - 1, n = 0; k >= 0 && n < 300; k--, n++) {
    if (k === i) continue;
    const o = atts[k]!;
    const lo2 = o.contentEnd - o.contentStart;
    // Parents are strictly "larger" in the order (length, then earlier index), so nesting has no cycles.
    if (o.contentStart <= at && at < o.contentEnd && (lo2 > la || (lo2 === la && k < i))) {
      if (best === null || lo2 < atts[best]!.contentEnd - atts[best]!.contentStart) best = k;
    }
  }
  return best;
}

/** Indirect content after its cue that is the cue's object, a noun phrase ("announced the company's move"), not a clause. */
function objectContent(layer: TextLayer, a: RawAttribution): boolean {
  if (a.form !== 'indirect' || !a.cue || layer.tokens[a.cue.last - 1]!.end > a.contentStart) return false;
  const first = layer.tokens[lowerBound(layer.tokens, a.contentStart)];
  // ("said the bridge would reopen in May" opens with an article too, but is a clause; "named three
  // players on Wednesday" opens with a number.)
  return !!first && first.start < a.contentEnd && (tokenIs(WORDS.articles, first) || tokenIs(WORDS.possessiveDeterminers, first) || first.pos === 'NUM') && contentShape(layer, a.contentStart, beforeSubordinate(layer, a)) === 'phrase';
}

/** Where the content's first comma before a subordinate clause stands ("a 14% rise on Monday, as spending recovered": the clause is the writer's), else its end. */
function beforeSubordinate(layer: TextLayer, a: RawAttribution): number {
  const { tokens } = layer;
  for (let k = lowerBound(tokens, a.contentStart); k + 1 < tokens.length && tokens[k + 1]!.end <= a.contentEnd; k++) {
    if (tokens[k]!.text === ',' && tokens[k]!.quote < 0 && tokenIs(WORDS.subordinators, tokens[k + 1]!)) return tokens[k]!.start;
  }
  return a.contentEnd;
}

function cueStart(layer: TextLayer, a: RawAttribution): number {
  const first = a.speaker ? Math.min(a.speaker[0], a.cue?.first ?? a.speaker[0]) : a.cue?.first;
  return first === undefined ? a.contentStart : Math.min(a.contentStart, layer.tokens[first]!.start);
}

function cueEnd(layer: TextLayer, a: RawAttribution): number {
  const last = Math.max(a.speaker?.[1] ?? 0, a.cue?.last ?? 0);
  return last > 0 ? Math.max(a.contentEnd, layer.tokens[last - 1]!.end) : a.contentEnd;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
