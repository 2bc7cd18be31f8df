// Stage 4 (RDF): quads ⇄ text. Turtle and N-Quads through N3.Writer, Turtle in through N3.Parser.
// Quads are sorted and de-duplicated before writing, so the same quads in any order give
// byte-identical output (diff-able graphs/, reproducible tests).

import { DataFactory, Parser, Writer } from './n3.js';
import type { Quad, Term } from 'n3';
import { NG, OA, PREFIXES, RDF } from './namespaces.js';

// Subjects are grouped by what they are, so a Turtle file reads top-down: article, statements,
// events, actors, roles, evidence (specific resources and selectors), anything else.
const SUBJECT_RANK: Readonly<Record<string, number>> = {
  [NG.Article]: 1,
  [NG.Statement]: 2,
  [NG.Event]: 3,
  [NG.Person]: 4,
  [NG.Organization]: 4,
  [NG.Place]: 4,
  [NG.Actor]: 4,
  [NG.Role]: 5,
  [OA.SpecificResource]: 6,
  [OA.TextPositionSelector]: 6,
  [OA.TextQuoteSelector]: 6,
};

/**
 * The rank sortQuads gives one subject (what it is, as SUBJECT_RANK orders them; 8 when untyped),
 * from that subject's quads: a writer of one subject at a time orders subjects by it, then by key.
 */
export function subjectRank(quads: readonly Quad[]): number {
  let rank = 8;
  for (const q of quads) if (q.predicate.value === RDF.type) rank = Math.min(rank === 8 ? 7 : rank, SUBJECT_RANK[q.object.value] ?? 7);
  return rank;
}

/**
 * Returns the quads sorted (kind of subject, subject, rdf:type first, predicate, object, graph) with
 * duplicates removed. The order is by UTF-16 code units, not locale, so it is the same on every machine.
 */
export function sortQuads(quads: readonly Quad[]): Quad[] {
  // The order of the keys "rank\0subject\0predicate\0object\0graph" (no part holds a \0), taken
  // a subject at a time: subjects by rank and key, then each subject's quads by predicate (its
  // place among the predicates' keys), object key and graph key. Sorting whole keys compared the
  // long shared subject and predicate IRIs at every step (8% of a build worker's time).
  const groups = new Map<string, SubjectGroup>();
  const predicates = new Map<string, number>();
  const predicateKeys = new Map<string, string>();
  for (const q of quads) {
    // An IRI is its own group id (no new string per quad); other subjects' keys start with a \0.
    const id = q.subject.termType === 'NamedNode' ? q.subject.value : `\u0000${termKey(q.subject)}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key: termKey(q.subject), rank: 8, entries: [] }));
    const p = predicateKey(q.predicate, predicateKeys);
    if (p === '0') g.rank = Math.min(g.rank, SUBJECT_RANK[q.object.value] ?? 7);
    predicates.set(p, 0);
    g.entries.push({ p, place: 0, o: null, g: null, q });
  }
  // sort() without a comparator orders strings by UTF-16 code units, as the comment above says.
  [...predicates.keys()].sort().forEach((p, i) => predicates.set(p, i));
  const out: Quad[] = [];
  for (const g of [...groups.values()].sort(bySubject)) {
    for (const e of g.entries) e.place = predicates.get(e.p)!;
    g.entries.sort(byRest);
    g.entries.forEach((e, i) => {
      const next = g.entries[i + 1];
      // Of equal keys (the same terms) the last is kept.
      if (!next || byRest(e, next) !== 0) out.push(e.q);
    });
  }
  return out;
}

// A predicate's sort key: "0" for rdf:type, else "1" and its term key, made once per IRI (a new
// string per quad cost its making and hashing in `predicates`).
function predicateKey(p: Term, keys: Map<string, string>): string {
  if (p.value === RDF.type) return '0';
  if (p.termType !== 'NamedNode') return `1${termKey(p)}`;
  let key = keys.get(p.value);
  if (key === undefined) keys.set(p.value, (key = `1${termKey(p)}`));
  return key;
}

// One subject's quads with the rest of their sort key. The object and graph keys are made when two
// quads of the subject first need them (most predicates of a subject have one object).
interface SubjectGroup {
  key: string;
  rank: number;
  entries: SortEntry[];
}

type SortEntry = { p: string; place: number; o: string | null; g: string | null; q: Quad };

function bySubject(a: SubjectGroup, b: SubjectGroup): number {
  return a.rank - b.rank || compareStrings(a.key, b.key);
}

function byRest(a: SortEntry, b: SortEntry): number {
  return a.place - b.place || compareStrings((a.o ??= termKey(a.q.object)), (b.o ??= termKey(b.q.object))) || compareStrings((a.g ??= termKey(a.q.graph)), (b.g ??= termKey(b.q.graph)));
}

// By UTF-16 code units, as sort() without a comparator orders strings.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes quads as Turtle with the project's prefixes (ng:, person:, schema:, …). Graph names are dropped.
 * Synchronous: N3.Writer without an output stream finishes in `end`.
 */
export function toTurtle(quads: readonly Quad[]): string {
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  for (const q of sortQuads(quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)))) writer.addQuad(q);
  return endWriter(writer);
}

let turtleHeader: string | null = null;

/** The @prefix header that every Turtle output starts with (toTurtle of nothing). */
export function turtlePrefixHeader(): string {
  turtleHeader ??= toTurtle([]);
  return turtleHeader;
}

/**
 * Writes quads as N-Quads, one per line, sorted. With `graphIri`, every quad is put in that named
 * graph (one graph per article makes provenance queries easy); without it the quads keep their own graph.
 */
export function toNQuads(quads: readonly Quad[], graphIri?: string): string {
  const graph = graphIri === undefined ? null : DataFactory.namedNode(graphIri);
  const moved = graph ? quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, graph)) : [...quads];
  const writer = new Writer({ format: 'N-Quads' });
  for (const q of sortQuads(moved)) writer.addQuad(q);
  return endWriter(writer);
}

/** Parses Turtle (as written by toTurtle, or any Turtle) into quads. N3's parse error propagates with its line. */
export function parseTurtle(text: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(text);
}

function endWriter(writer: Writer): string {
  let out = '';
  let failure: Error | null = null;
  writer.end((error: Error | null, result: string) => {
    failure = error;
    out = result;
  });
  if (failure) throw failure;
  return out;
}

// A total, unambiguous string form of a term for sorting.
function termKey(t: Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal':
      return `${JSON.stringify(t.value)}@${t.language}^^${t.datatype.value}`;
    case 'DefaultGraph':
      return '';
    default:
      return `?${t.value}`;
  }
}
