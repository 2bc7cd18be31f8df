// Query layer: collects quads as a parser streams them (query/stream.ts) into the subject groups
// stage 5 reads (graphDataBySubject), each triple once, with small interned RDF/JS terms in place
// of the parser's: the graph of a large corpus costs memory for the graph, not for its text.

import type * as RDF from '@rdfjs/types';
import { graphDataBySubject, graphFromData, termKey, type NewsGraph } from '../5-graph/index.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

// A flat copy of a string. Parsers cut values out of the chunk they read (V8 "sliced" strings from
// 13 characters on), and one kept value would keep the whole chunk alive.
export function flat(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

// Terms with their constant fields on the prototype: an IRI is one pointer, a literal three.
class Iri implements RDF.NamedNode {
  constructor(readonly value: string) {}
  get termType(): 'NamedNode' {
    return 'NamedNode';
  }
  equals(other: RDF.Term | null | undefined): boolean {
    return !!other && other.termType === 'NamedNode' && other.value === this.value;
  }
}

class Blank implements RDF.BlankNode {
  constructor(readonly value: string) {}
  get termType(): 'BlankNode' {
    return 'BlankNode';
  }
  equals(other: RDF.Term | null | undefined): boolean {
    return !!other && other.termType === 'BlankNode' && other.value === this.value;
  }
}

class Lit implements RDF.Literal {
  constructor(
    readonly value: string,
    readonly language: string,
    readonly datatype: Iri,
  ) {}
  get termType(): 'Literal' {
    return 'Literal';
  }
  get direction(): '' {
    return '';
  }
  equals(other: RDF.Term | null | undefined): boolean {
    return !!other && other.termType === 'Literal' && other.value === this.value && other.language === this.language && other.datatype.value === this.datatype.value;
  }
}

const DEFAULT_GRAPH: RDF.DefaultGraph = { termType: 'DefaultGraph', value: '', equals: (o) => !!o && o.termType === 'DefaultGraph' };

class Triple implements RDF.Quad {
  constructor(
    readonly subject: Iri | Blank,
    readonly predicate: Iri,
    readonly object: Iri | Blank | Lit,
  ) {}
  get termType(): 'Quad' {
    return 'Quad';
  }
  get value(): '' {
    return '';
  }
  get graph(): RDF.DefaultGraph {
    return DEFAULT_GRAPH;
  }
  equals(other: RDF.Term | null | undefined): boolean {
    return !!other && other.termType === 'Quad' && other.subject.equals(this.subject) && other.predicate.equals(this.predicate) && other.object.equals(this.object) && other.graph.termType === 'DefaultGraph';
  }
}

/** Literals up to this length are interned (labels, dates, numbers repeat); longer ones are kept as read. */
const INTERNED_LITERAL = 96;
/** A subject's triples are told apart by a scan up to this many, by a key set past it. */
const SCAN_LIMIT = 48;

/**
 * Builds one NewsGraph from quads given one at a time, merged by union of triples (graph names are
 * dropped: the graph model is one graph). The same quads in the same order give the same graph as
 * toGraph over their de-duplicated list.
 * @example
 * const b = new GraphBuilder();
 * parseRdfChunks(chunks, 'nquads', 'corpus.nq', (q) => b.add(q));
 * const graph = b.finish();
 */
export class GraphBuilder {
  private readonly iris = new Map<string, Iri>();
  private readonly blanks = new Map<string, Blank>();
  private readonly literals = new Map<string, Lit | Lit[]>();
  private readonly bySubject = new Map<string, Triple[]>();
  private readonly keys = new Map<string, Set<string>>();
  private count = 0;

  /** Distinct triples added so far. */
  get size(): number {
    return this.count;
  }

  /** Adds one quad (any RDF/JS quad; its graph is ignored). A triple already added is skipped. */
  add(q: RDF.Quad): void {
    const s = q.subject.termType === 'BlankNode' ? this.blank(q.subject.value) : this.iri(q.subject.value);
    const o = q.object;
    const object = o.termType === 'Literal' ? this.literal(o.value, o.language, o.datatype.value) : o.termType === 'BlankNode' ? this.blank(o.value) : this.iri(o.value);
    const t = new Triple(s, this.iri(q.predicate.value), object);
    const key = termKey(s);
    const list = this.bySubject.get(key);
    if (!list) {
      this.bySubject.set(key, [t]);
      this.count++;
      return;
    }
    if (list.length < SCAN_LIMIT) {
      for (const u of list) if (u.predicate === t.predicate && sameObject(u.object, t.object)) return;
    } else {
      let seen = this.keys.get(key);
      if (!seen) {
        seen = new Set(list.map(tripleKey));
        this.keys.set(key, seen);
      }
      const k = tripleKey(t);
      if (seen.has(k)) return;
      seen.add(k);
    }
    list.push(t);
    this.count++;
  }

  /** The graph of everything added so far; the builder keeps it, and more may be added. */
  graph(): NewsGraph {
    return graphFromData(graphDataBySubject(this.bySubject));
  }

  /** The graph of everything added. The builder is empty afterwards. */
  finish(): NewsGraph {
    const graph = graphFromData(graphDataBySubject(this.bySubject));
    this.bySubject.clear();
    this.keys.clear();
    this.iris.clear();
    this.blanks.clear();
    this.literals.clear();
    this.count = 0;
    return graph;
  }

  private iri(value: string): Iri {
    let t = this.iris.get(value);
    if (!t) {
      t = new Iri(flat(value));
      this.iris.set(t.value, t);
    }
    return t;
  }

  private blank(value: string): Blank {
    let t = this.blanks.get(value);
    if (!t) {
      t = new Blank(flat(value));
      this.blanks.set(t.value, t);
    }
    return t;
  }

  private literal(value: string, language: string, datatype: string): Lit {
    const dt = this.iri(language ? RDF_LANG_STRING : datatype || XSD_STRING);
    if (value.length > INTERNED_LITERAL) return new Lit(flat(value), language, dt);
    const found = this.literals.get(value);
    const fits = (l: Lit): boolean => l.language === language && l.datatype === dt;
    if (found instanceof Lit && fits(found)) return found;
    if (Array.isArray(found)) {
      const hit = found.find(fits);
      if (hit) return hit;
    }
    const lit = new Lit(found ? (found instanceof Lit ? found.value : found[0]!.value) : flat(value), language, dt);
    if (!found) this.literals.set(lit.value, lit);
    else if (found instanceof Lit) this.literals.set(lit.value, [found, lit]);
    else found.push(lit);
    return lit;
  }
}

// Interned terms are one object per term; long literals are compared by value.
function sameObject(a: Iri | Blank | Lit, b: Iri | Blank | Lit): boolean {
  if (a === b) return true;
  return a instanceof Lit && b instanceof Lit && a.value === b.value && a.language === b.language && a.datatype === b.datatype;
}

function tripleKey(t: Triple): string {
  const o = t.object;
  const obj = o instanceof Lit ? `"${o.value}"@${o.language}^^${o.datatype.value}` : termKey(o);
  return `${t.predicate.value} ${obj}`;
}
