// Stage 4 (RDF): Analysis (stages 1–3) → RDF/JS quads in the newsgraph ontology.
// Actors are their own nodes keyed by Entity.key, so the quads of several articles merge by plain
// union; statements, events and selectors hang off the article IRI. Odd data is skipped, never thrown.

import { DataFactory } from './n3.js';
import type { Literal, NamedNode, Quad } from 'n3';
import type { Analysis, Entity, EntityType, NewsEvent, Statement, StatementForm, StatementKind } from '../types.js';
import { periodStart, xsdDateType } from './dates.js';
import { evidenceTriples, quoteOf } from './evidence.js';
import { provenanceTriples, type RunInfo } from './provenance.js';
import { subtypeIri } from './subtypes.js';
import { mintIri, parseEntityKey } from './iri.js';
import { NG, OWL, RDF, RDFS, SKOS, XSD } from './namespaces.js';
import { sortQuads } from './turtle.js';

const { namedNode, quad } = DataFactory;

// Characters a literal cannot carry through a UTF-8 file and every RDF parser: lone UTF-16
// surrogates (JSON "\\ud800" escapes make them; UTF-8 cannot encode them, so the file would hold
// U+FFFD and the graph would not round-trip), U+0000 and the non-characters U+FFFE/U+FFFF (raptor's
// rapper silently cuts a literal there). Each becomes U+FFFD, one code unit for one, so the text
// offsets of selectors stay right.
const UNSAFE = /[\u0000\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe for an RDF literal (see UNSAFE): the same length, unchanged when already safe. */
export function rdfSafeText(text: string): string {
  return text.replace(UNSAFE, '\ufffd');
}

function literal(value: string, datatype?: NamedNode): Literal {
  return DataFactory.literal(rdfSafeText(value), datatype);
}

/** The ng:StatementForm individual for each form of Statement. */
export const FORM_IRIS: Readonly<Record<StatementForm, string>> = {
  direct: NG.Direct,
  indirect: NG.Indirect,
  mixed: NG.Mixed,
};

/** The concept of the ng:StatementKinds scheme for each statement kind. */
export const KIND_IRIS: Readonly<Record<StatementKind, string>> = {
  speech: NG.Speech,
  thought: NG.Thought,
  stance: NG.Stance,
  intention: NG.Intention,
  finding: NG.Finding,
  topic: NG.Topic,
};

/** The ng class for each entity type; keys without a known type become plain ng:Actor. */
export const ACTOR_CLASSES: Readonly<Record<EntityType, string>> = {
  Person: NG.Person,
  Organization: NG.Organization,
  Place: NG.Place,
};

/** What toQuadsReport gives: the quads, and a warning for each statement it could not write. */
export interface QuadsReport {
  quads: Quad[];
  /** "statement s3 dropped: …" lines; empty when everything was written. */
  warnings: string[];
}

/**
 * Turns one article's analysis into quads (default graph), sorted and without duplicates, with the
 * PROV-O provenance of the graph (see provenance.ts; `run` from the caller, who knows the options).
 * Every actor that a statement, event or affiliation refers to gets a typed, labelled node, even
 * when its key is missing from `analysis.mentions.entities` (then type and label come from the key).
 * Statements that would make the graph invalid (empty content, no usable offsets) are left out;
 * toQuadsReport says which.
 * @param analysis - the output of stages 1–3 for one article
 */
export function toQuads(analysis: Analysis, run?: RunInfo): Quad[] {
  return toQuadsReport(analysis, run).quads;
}

/** As toQuads, with a warning for every statement left out (see writableStatements). */
export function toQuadsReport(analysis: Analysis, run: RunInfo = NO_RUN_INFO): QuadsReport {
  const { statements, warnings } = writableStatements(analysis.statements, articleDateOf(analysis));
  const quads = buildQuads(analysis, statements, run);
  return { quads, warnings };
}

/** Provenance when the caller gives none: the software version only. */
export const NO_RUN_INFO: RunInfo = { options: {}, runDate: null, sha256: null };

/**
 * Splits statements into those stage 4 can write and warnings for the rest: a statement whose
 * content is empty or blank, or whose content or sentence offsets are not a valid span, would
 * break ontology/shapes.ttl, so it is dropped (messy text gives fewer results, never invalid RDF).
 */
export function writableStatements(statements: readonly Statement[], articleDate: string | null = null): { statements: Statement[]; warnings: string[] } {
  const kept: Statement[] = [];
  const warnings: string[] = [];
  for (const raw of statements) {
    // A statement is made by the time its article is published: a date whose period starts later
    // is a misreading (a future event in the content), so it is not written.
    const start = raw.date ? periodStart(raw.date) : null;
    const late = articleDate !== null && start !== null && start > articleDate;
    if (late) warnings.push(`statement ${raw.id}: date ${raw.date} is after its article (${articleDate}); not written.`);
    const s = late ? { ...raw, date: null } : raw;
    const why =
      s.content.text.trim() === ''
        ? 'its content is empty'
        : !validSpan(s.content.start, s.content.end) || !validSpan(s.sentence.start, s.sentence.end)
          ? 'its content or sentence offsets are not a valid span'
          : null;
    if (why === null) kept.push(s);
    else warnings.push(`statement ${s.id} (cue "${s.cue?.text ?? ''}") not written to RDF: ${why}.`);
  }
  return { statements: kept, warnings };
}

/**
 * The analysis as stage 4 writes it: the statements it cannot write (see writableStatements) taken
 * out and a warning added for each, so that counts and summaries agree with the graph. The same
 * object when nothing is dropped.
 */
export function rdfReady(analysis: Analysis): Analysis {
  const { statements, warnings } = writableStatements(analysis.statements, articleDateOf(analysis));
  if (warnings.length === 0) return analysis;
  return { ...analysis, statements, warnings: [...analysis.warnings, ...warnings] };
}

/** The article's date: the metadata's publication date, else the one stage 2 found (YYYY-MM-DD), else null. */
function articleDateOf(a: Analysis): string | null {
  const d = a.article.published ?? a.mentions.articleDate ?? null;
  return d && xsdDateType(d) === XSD.date ? d : null;
}

function validSpan(start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start;
}

function buildQuads(analysis: Analysis, statements: readonly Statement[], run: RunInfo): Quad[] {
  const out: Quad[] = [];
  const add = (s: string, p: string, o: NamedNode | Literal): void => {
    out.push(quad(namedNode(s), namedNode(p), o));
  };
  const article = mintIri({ kind: 'article', id: analysis.article.id });

  // 1. The article.
  add(article, RDF.type, namedNode(NG.Article));
  add(article, NG.articleId, literal(analysis.article.id));
  if (analysis.article.title) add(article, NG.title, literal(analysis.article.title));
  if (analysis.article.url) add(article, NG.url, literal(analysis.article.url, namedNode(XSD.anyURI)));
  const published = analysis.article.published;
  if (published && xsdDateType(published) === XSD.date) add(article, NG.published, literal(published, namedNode(XSD.date)));
  add(article, NG.textLength, count(analysis.text.text.length));
  if (analysis.mentions.dateline) add(article, NG.place, namedNode(actorIri(analysis.mentions.dateline)));
  for (const t of provenanceTriples(article, run)) add(t.s, t.p, t.datatype ? literal(t.o, namedNode(t.datatype)) : namedNode(t.o));

  // 2. Actors: every entity, then every key referred to but not listed.
  const entities = new Map(analysis.mentions.entities.map((e) => [e.key, e]));
  for (const e of entities.values()) addActor(add, e);
  for (const key of referencedKeys(analysis, statements)) {
    if (!entities.has(key)) addStubActor(add, key);
  }

  // 3. Statements and 4. events.
  const statementIds = new Set(statements.map((s) => s.id));
  for (const s of statements) addStatement(add, article, analysis.text.text, s, statementIds);
  for (const ev of analysis.events) addEvent(add, article, analysis.text.text, ev);

  return sortQuads(out);
}

type Add = (s: string, p: string, o: NamedNode | Literal) => void;

function actorIri(key: string): string {
  return mintIri({ kind: 'actor', key });
}

function count(n: number): Literal {
  return literal(String(n), namedNode(XSD.nonNegativeInteger));
}

function addActor(add: Add, e: Entity): void {
  const iri = actorIri(e.key);
  add(iri, RDF.type, namedNode(ACTOR_CLASSES[e.type]));
  add(iri, RDFS.label, literal(e.name));
  for (const alias of new Set(e.aliases)) {
    if (alias !== e.name && alias.trim() !== '') add(iri, SKOS.altLabel, literal(alias));
  }
  // A subtype outside the scheme ng:ActorSubtypes is left out (SHACL allows only its concepts).
  const subtype = e.subtype ? subtypeIri(e.subtype) : null;
  if (subtype) add(iri, NG.subtype, namedNode(subtype));
  if (e.anonymous) add(iri, NG.anonymous, literal('true', namedNode(XSD.boolean)));
  if (e.wikidata && /^Q[1-9][0-9]*$/.test(e.wikidata)) add(iri, OWL.sameAs, namedNode(mintIri({ kind: 'wikidata', id: e.wikidata })));
  // Roles are nodes of their own (label + holder) so that SPARQL can group by role and a viewer can show them.
  const seenRoles = new Set<string>();
  for (const label of e.roles) {
    if (label.trim() === '') continue;
    const role = mintIri({ kind: 'role', actor: iri, label });
    // Role IRIs fold case; keep the first spelling so a role has one label per article.
    if (seenRoles.has(role)) continue;
    seenRoles.add(role);
    add(iri, NG.role, namedNode(role));
    add(role, RDF.type, namedNode(NG.Role));
    add(role, RDFS.label, literal(label));
    add(role, NG.roleOf, namedNode(iri));
  }
  for (const key of e.affiliations) if (key !== e.key) add(iri, NG.affiliation, namedNode(actorIri(key)));
  if (e.speaksFor && e.speaksFor !== e.key) add(iri, NG.speaksFor, namedNode(actorIri(e.speaksFor)));
}

// An actor known only by its key: type and label come from "Type/Name" (plain ng:Actor without a known type).
function addStubActor(add: Add, key: string): void {
  const { type, name } = parseEntityKey(key);
  const iri = actorIri(key);
  add(iri, RDF.type, namedNode(type ? ACTOR_CLASSES[type] : NG.Actor));
  add(iri, RDFS.label, literal(name));
}

function referencedKeys(a: Analysis, statements: readonly Statement[]): Set<string> {
  const keys = new Set<string>();
  const put = (k: string | null | undefined): void => {
    if (k) keys.add(k);
  };
  put(a.mentions.dateline);
  for (const e of a.mentions.entities) {
    e.affiliations.forEach(put);
    put(e.speaksFor);
  }
  for (const s of statements) {
    put(s.speakerEntity);
    put(s.place);
    s.about.forEach(put);
  }
  for (const ev of a.events) {
    put(ev.actor);
    put(ev.place);
    ev.participants.forEach(put);
  }
  return keys;
}

function addDate(add: Add, subject: string, value: string | null): void {
  if (!value) return;
  const datatype = xsdDateType(value);
  if (datatype) add(subject, NG.date, literal(value, namedNode(datatype)));
  else add(subject, NG.dateText, literal(value));
}

// A span becomes an oa:SpecificResource with its selectors (see evidence.ts); a quote selector only
// when `text` is given. Invalid offsets are skipped.
function addEvidence(add: Add, subject: string, predicate: string, article: string, start: number, end: number, text?: string): void {
  if (!validSpan(start, end) || (text !== undefined && end > text.length)) return;
  const { iri, triples } = evidenceTriples(article, start, end, text === undefined ? null : quoteOf(text, start, end));
  add(subject, predicate, namedNode(iri));
  for (const t of triples) add(t.s, t.p, t.datatype ? literal(t.o, namedNode(t.datatype)) : namedNode(t.o));
}

function addStatement(add: Add, article: string, text: string, s: Statement, ids: ReadonlySet<string>): void {
  const iri = mintIri({ kind: 'statement', article, id: s.id });
  add(iri, RDF.type, namedNode(NG.Statement));
  if (s.unattributed) add(iri, RDF.type, namedNode(NG.UnattributedQuotation));
  add(iri, NG.reportedIn, namedNode(article));
  // A quotation a cue clause interrupts is its words alone, the pieces joined by an ellipsis; the evidence spans them all.
  add(iri, NG.content, literal(s.parts ? s.parts.map((p) => p.text).join(' … ') : s.content.text));
  add(iri, NG.form, namedNode(FORM_IRIS[s.form]));
  // A missing (or unknown) kind is "not classified": no triple rather than a guess.
  const kind = s.kind === undefined ? undefined : KIND_IRIS[s.kind];
  if (kind) add(iri, NG.kind, namedNode(kind));
  if (s.speakerEntity) add(iri, NG.speaker, namedNode(actorIri(s.speakerEntity)));
  if (s.speaker) add(iri, NG.speakerText, literal(s.speaker.text));
  if (s.cue) add(iri, NG.cue, literal(s.cue.text));
  if (s.cueLemma) add(iri, NG.cueLemma, literal(s.cueLemma));
  // Written only when true: a statement without ng:negated is affirmative.
  if (s.negated) add(iri, NG.negated, literal('true', namedNode(XSD.boolean)));
  // Three decimals, written as a plain xsd:decimal ("0.95"), so two runs give the same bytes.
  if (s.confidence !== null) add(iri, NG.confidence, literal(String(s.confidence), namedNode(XSD.decimal)));
  addDate(add, iri, s.date);
  if (s.place) add(iri, NG.place, namedNode(actorIri(s.place)));
  for (const key of new Set(s.about)) add(iri, NG.about, namedNode(actorIri(key)));
  // A parent that is not in this article (or the statement itself) cannot be linked.
  if (s.parent && s.parent !== s.id && ids.has(s.parent)) {
    add(iri, NG.nestedIn, namedNode(mintIri({ kind: 'statement', article, id: s.parent })));
  }
  addEvidence(add, iri, NG.evidence, article, s.content.start, s.content.end, text);
  addEvidence(add, iri, NG.sentenceEvidence, article, s.sentence.start, s.sentence.end);
}

function addEvent(add: Add, article: string, text: string, ev: NewsEvent): void {
  const iri = mintIri({ kind: 'event', article, id: ev.id });
  add(iri, RDF.type, namedNode(NG.Event));
  add(iri, NG.reportedIn, namedNode(article));
  add(iri, NG.text, literal(ev.span.text));
  add(iri, NG.verb, literal(ev.verb.text));
  add(iri, NG.lemma, literal(ev.verbLemma));
  if (ev.actor) add(iri, NG.actor, namedNode(actorIri(ev.actor)));
  for (const key of new Set(ev.participants)) add(iri, NG.participant, namedNode(actorIri(key)));
  addDate(add, iri, ev.date);
  if (ev.place) add(iri, NG.place, namedNode(actorIri(ev.place)));
  addEvidence(add, iri, NG.evidence, article, ev.span.start, ev.span.end, text);
}
