// Corpus merge (merge.ts), the shared section: the union of the articles' actor and role triples,
// written one subject at a time from its sorted N-Triples lines — Turtle, graph nodes and edges —
// instead of parsing the whole union into quads and a graph at once, whose memory grew with the
// corpus (each article's unnamed sources are actors of their own). Same bytes as toTurtle and
// graphData over all the quads (design.md, "The commit keeps its own strings"). The lines are an
// array in memory, or a sorted stream (line-runs.ts) written to a file and read back a subject at a
// time, so that only the subjects stay in memory (design.md, "The shared section spills").

import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import type { Quad } from 'n3';
import { Parser } from '../4-rdf/n3.js';
import { OA, subjectRank, toTurtle, turtlePrefixHeader } from '../4-rdf/index.js';
import { graphData, graphDataBySubject, type GraphEdgeData, type GraphNodeData } from '../5-graph/index.js';
import { ownString } from './own-string.js';
import { readBytes } from './read-bytes.js';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The shared triples of a merge, grouped by subject (see the file header). */
export class SharedSection {
  /** Distinct triples (each line is one). */
  readonly triples: number;
  /** Graph edges of the section (relations between actors and roles), sorted by key. */
  readonly edges: GraphEdgeData[];
  /** The lines in memory (sorted), or null when they are in `file`. */
  private readonly lines: string[] | null;
  /** The sorted lines as UTF-8, one a line, and the byte offset where each group starts (one more at the end). */
  private readonly file: { path: string; fd: number; offsets: number[] } | null = null;
  /** Group g is lines[starts[g]] … lines[starts[g + 1] - 1], all of subject subjects[g] (in-memory lines). */
  private readonly starts: number[] = [];
  private readonly subjects: string[] = [];
  /** Group indices in subject-key order (the line order differs when one key is a prefix of another). */
  private readonly byKey: number[];
  /** Edge targets that are no subject here, sorted: nodes without triples. */
  private readonly targets: string[];
  /**
   * Set when a subject is a text selector (oa:SpecificResource; graphData folds those into the nodes
   * pointing to them, across subjects), or a line has a blank node (the parser names those per
   * parse) or an escaped subject IRI: then the section is parsed whole, as before. Stage 4 keeps
   * selectors under their article's IRI and writes no blank nodes, so a corpus build meets none.
   */
  private readonly whole: { quads: Quad[]; nodes: GraphNodeData[] } | null = null;

  /**
   * @param lines - distinct N-Triples lines, one triple each: an array in any order (sorted here, in
   *   place), or distinct lines already in code-unit order (LineSet.drain) with `file`
   * @param file - where the streamed lines are kept until dispose() (a file in the generation folder)
   */
  constructor(lines: string[] | Iterable<string>, file?: string) {
    let whole = false;
    let count = 0;
    const scan = (line: string, at: number): void => {
      const subject = subjectOf(line);
      if (!count || subject !== this.subjects[this.subjects.length - 1]) {
        this.starts.push(at);
        this.subjects.push(ownString(subject));
      }
      count++;
      if (!whole && (line.includes(OA.SpecificResource) || line.startsWith('_:') || line.includes(' _:') || subject.includes('\\'))) whole = true;
    };
    if (Array.isArray(lines) || file === undefined) {
      this.lines = Array.isArray(lines) ? lines.sort(cmp) : [...lines];
      this.lines.forEach((l, i) => scan(l, i));
      this.starts.push(this.lines.length);
    } else {
      this.lines = null;
      const fd = openSync(file, 'w+');
      this.file = { path: file, fd, offsets: this.starts };
      let at = 0;
      let batch: string[] = [];
      const flush = (): void => {
        const bytes = Buffer.from(batch.join(''));
        let n = 0;
        while (n < bytes.length) n += writeSync(fd, bytes, n, bytes.length - n, at - bytes.length + n);
        batch = [];
      };
      for (const line of lines) {
        scan(line, at);
        const text = `${line}\n`;
        batch.push(text);
        at += Buffer.byteLength(text);
        if (batch.length >= 4096) flush();
      }
      flush();
      this.starts.push(at);
    }
    this.triples = count;
    this.byKey = this.subjects.map((_, g) => g).sort((a, b) => cmp(this.subjects[a]!, this.subjects[b]!));
    if (whole) {
      const quads = this.quadsOf(0, this.subjects.length);
      const data = graphData(quads);
      this.whole = { quads, nodes: data.nodes };
      this.edges = data.edges;
      this.targets = [];
      return;
    }
    const edges: GraphEdgeData[] = [];
    const targets = new Set<string>();
    for (let g = 0; g < this.subjects.length; g++) {
      for (const e of this.read(g).edges) {
        edges.push(e);
        if (!this.isSubject(e.target)) targets.add(e.target);
      }
    }
    this.edges = edges.sort((a, b) => cmp(a.key, b.key));
    this.targets = [...targets].sort(cmp);
  }

  /** Closes and deletes the file of streamed lines (nothing for lines in memory). */
  dispose(): void {
    if (!this.file || this.file.fd < 0) return;
    closeSync(this.file.fd);
    rmSync(this.file.path, { force: true });
    this.file.fd = -1;
  }

  /** True when the section has a node of that key (a subject or an edge target). */
  has(key: string): boolean {
    if (this.whole) return binarySearch(this.whole.nodes, key, (n) => n.key) >= 0;
    return this.isSubject(key) || binarySearch(this.targets, key, (t) => t) >= 0;
  }

  /** The section's graph nodes in key order, as graphData gives them. */
  *nodes(): Generator<GraphNodeData> {
    if (this.whole) {
      yield* this.whole.nodes;
      return;
    }
    let t = 0;
    for (const g of this.byKey) {
      const s = this.subjects[g]!;
      while (t < this.targets.length && this.targets[t]! < s) yield bareNode(this.targets[t++]!);
      // The key as held here (equal to the parsed one): what the merge keeps of a node shares it.
      yield { ...this.read(g).node, key: s };
    }
    while (t < this.targets.length) yield bareNode(this.targets[t++]!);
  }

  /** Writes the section as toTurtle would (without the @prefix header), a subject at a time. */
  writeTurtle(out: (text: string) => void): void {
    const header = turtlePrefixHeader().length;
    if (this.whole) {
      if (this.whole.quads.length) out(toTurtle(this.whole.quads).slice(header));
      return;
    }
    const rank = this.subjects.map((_, g) => subjectRank(this.quadsOf(g, g + 1)));
    // sortQuads orders subjects by rank, then as "<IRI>": the order of the lines (a stable sort).
    const order = rank.map((_, g) => g).sort((a, b) => rank[a]! - rank[b]!);
    for (const g of order) out(toTurtle(this.quadsOf(g, g + 1)).slice(header));
  }

  private isSubject(key: string): boolean {
    return binarySearch(this.byKey, key, (g) => this.subjects[g]!) >= 0;
  }

  // The quads of groups from … to - 1, in line order.
  private quadsOf(from: number, to: number): Quad[] {
    if (from >= to) return [];
    const text = this.lines
      ? this.lines.slice(this.starts[from], this.starts[to]).join('\n')
      : readBytes(this.file!.fd, this.file!.path, this.starts[from]!, this.starts[to]! - this.starts[from]!).toString('utf8');
    return new Parser({ format: 'N-Triples' }).parse(text);
  }

  // graphData of one subject: its node and its edges (targets read elsewhere).
  private read(g: number): { node: GraphNodeData; edges: GraphEdgeData[] } {
    const s = this.subjects[g]!;
    const data = graphDataBySubject(new Map([[s, this.quadsOf(g, g + 1)]]));
    return { node: data.nodes.find((n) => n.key === s)!, edges: data.edges };
  }
}

// A node with no triples of its own, as graphData makes an edge target.
function bareNode(key: string): GraphNodeData {
  return graphDataBySubject(new Map([[key, []]])).nodes[0]!;
}

// The subject's key of an N-Triples line: the IRI between < and >, or the blank node "_:b".
function subjectOf(line: string): string {
  const end = line.indexOf(' ');
  return line.startsWith('<') ? line.slice(1, end - 1) : line.slice(0, end);
}

function binarySearch<T>(sorted: readonly T[], key: string, keyOf: (x: T) => string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keyOf(sorted[mid]!);
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
