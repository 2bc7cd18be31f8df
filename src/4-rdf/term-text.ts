// Stage 4 (RDF), for the writers of a build worker's merge chunks (corpus/quad-chunks.ts): the text
// N3.Writer gives each term, asked of N3.Writer itself, with IRIs remembered (an article repeats a
// few hundred IRIs across its ≈600 quads, and N3.Writer tests each against its escape and prefix
// patterns every time), and Turtle written from those texts. The same bytes as N3.Writer. Pure apart
// from its tables.

import type { Quad, Term } from 'n3';
import { boundedMemo } from '../memo.js';
import { DataFactory, Writer } from './n3.js';
import { PREFIXES, RDF } from './namespaces.js';
import { turtlePrefixHeader } from './turtle.js';

/** The two serialisations the merge chunks hold. */
export type TermFormat = 'Turtle' | 'N-Quads';

// The probe subject and predicate: an IRI that no pattern of either writer rewrites (it becomes "<x>").
const PROBE = DataFactory.namedNode('x');

/** Writes terms as N3.Writer writes them in `format` (Turtle with the project's PREFIXES). */
export class TermText {
  private readonly writer: Writer;
  /** Characters of a probe line before the object: "<x> <x> ". */
  private readonly head: number;
  private readonly iri: (value: string) => string;

  constructor(format: TermFormat) {
    this.writer = format === 'Turtle' ? new Writer({ prefixes: { ...PREFIXES } }) : new Writer({ format: 'N-Quads' });
    this.head = this.writer.quadToString(PROBE, PROBE, PROBE).indexOf(' ') * 2 + 2;
    // (An article has a few hundred IRIs, a few dozen shared with others: a larger table would
    // mostly keep earlier articles' own IRIs alive.)
    this.iri = boundedMemo((value) => this.encode(DataFactory.namedNode(value)), 10_000);
  }

  /**
   * The text of `t` as N3.Writer writes an object, a subject, a graph name or (but for Turtle's "a")
   * a predicate: the same for any term but an RDF-star quad.
   */
  term(t: Term): string {
    return t.termType === 'NamedNode' ? this.iri(t.value) : this.encode(t);
  }

  // N3.Writer's line for (probe, probe, t) holds the object's text between "<x> <x> " and " .\n".
  private encode(t: Term): string {
    const line = this.writer.quadToString(PROBE, PROBE, t as Quad['object']);
    return line.slice(this.head, line.length - 3);
  }
}

let turtleTerms: TermText | null = null;

/** True when N3.Writer would write these quads as Turtle without graph blocks. */
function plainTriples(quads: readonly Quad[]): boolean {
  return quads.every((q) => q.graph.termType === 'DefaultGraph');
}

/**
 * Quads (in default graph, in the order given) as N3.Writer writes them as Turtle with PREFIXES,
 * without the @prefix header: a subject's quads after a ";", a predicate's objects after a ",".
 * The pieces are joined once at the end: a string grown by += is a rope of thousands of pieces that
 * packing (corpus/merge.ts) would flatten, which costs more than the join.
 * Quads in named graphs are left to N3.Writer itself.
 */
export function turtleBody(quads: readonly Quad[]): string {
  if (!plainTriples(quads)) return fullTurtle(quads).slice(turtlePrefixHeader().length);
  const terms = (turtleTerms ??= new TermText('Turtle'));
  const out: string[] = [];
  let subject: Term | null = null;
  let predicate: Term | null = null;
  for (const q of quads) {
    const object = terms.term(q.object);
    if (subject !== null && q.subject.equals(subject)) {
      if (predicate !== null && q.predicate.equals(predicate)) out.push(`, ${object}`);
      else out.push(`;\n    ${predicateText(terms, (predicate = q.predicate))} ${object}`);
    } else {
      out.push(`${subject === null ? '' : '.\n'}${terms.term((subject = q.subject))} ${predicateText(terms, (predicate = q.predicate))} ${object}`);
    }
  }
  if (subject !== null) out.push('.\n');
  return out.join('');
}

// A predicate as N3.Writer's Turtle writes it: rdf:type as "a".
function predicateText(terms: TermText, p: Term): string {
  return p.termType === 'NamedNode' && p.value === RDF.type ? 'a' : terms.term(p);
}

function fullTurtle(quads: readonly Quad[]): string {
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  for (const q of quads) writer.addQuad(q);
  let out = '';
  writer.end((error: Error | null, result: string) => {
    if (error) throw error;
    out = result;
  });
  return out;
}
