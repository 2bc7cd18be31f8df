// Corpus merge (merge.ts), the union of the articles' shared lines (actor and role N-Triples): a set
// of distinct lines held in memory up to a budget, then spilled as sorted run files to a folder
// (the commit's generation folder), and given back in code-unit order, without duplicates, by a
// k-way merge of the runs. Each article's unnamed sources are actors of their own, so the union
// grows with the corpus; spilled, the merge's memory does not (design.md, "The shared section spills").

import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { ownString } from './own-string.js';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Where and when a LineSet spills: its folder and the characters it holds in memory before a run. */
export interface SpillOptions {
  dir: string;
  /** Characters held in memory before they are written as a run; default 8 M (≈10 MB of heap). */
  budget?: number;
}

let serial = 0;

/** Distinct lines (no "\n" inside), in memory or spilled to sorted runs (see the header). */
export class LineSet {
  private mem = new Set<string>();
  private chars = 0;
  private readonly runs: string[] = [];
  private readonly tag = `${process.pid}-${++serial}`;

  constructor(private readonly spill: SpillOptions | null = null) {}

  /** Number of runs written so far. */
  get spilled(): number {
    return this.runs.length;
  }

  /** Adds a line (copied, see ownString). */
  add(line: string): void {
    if (this.mem.has(line)) return;
    this.mem.add(ownString(line));
    this.chars += line.length;
    if (this.spill && this.chars >= (this.spill.budget ?? 8_000_000)) this.writeRun();
  }

  /**
   * Every distinct line in code-unit order; the set is empty afterwards (its memory and runs go as
   * they are read). With no run written, the lines in memory, sorted.
   */
  *drain(): Generator<string> {
    if (!this.runs.length) {
      const lines = [...this.mem].sort(cmp);
      this.mem = new Set();
      yield* lines;
      return;
    }
    if (this.mem.size) this.writeRun();
    const readers = this.runs.map((path) => new RunReader(path));
    try {
      let last: string | null = null;
      for (;;) {
        let min = -1;
        for (let i = 0; i < readers.length; i++) {
          const h = readers[i]!.head;
          if (h !== null && (min < 0 || cmp(h, readers[min]!.head!) < 0)) min = i;
        }
        if (min < 0) break;
        const line = readers[min]!.head!;
        readers[min]!.advance();
        if (line !== last) yield line;
        last = line;
      }
    } finally {
      for (const r of readers) r.close();
      this.dispose();
    }
  }

  /** Deletes the run files (once the lines were read, or on failure). */
  dispose(): void {
    for (const path of this.runs.splice(0)) rmSync(path, { force: true });
    this.mem = new Set();
    this.chars = 0;
  }

  private writeRun(): void {
    const path = join(this.spill!.dir, `.shared-${this.tag}-${this.runs.length}.run`);
    const fd = openSync(path, 'w');
    try {
      const lines = [...this.mem].sort(cmp);
      this.mem = new Set();
      this.chars = 0;
      for (let i = 0; i < lines.length; i += 4096) {
        const bytes = Buffer.from(`${lines.slice(i, i + 4096).join('\n')}\n`);
        let n = 0;
        while (n < bytes.length) n += writeSync(fd, bytes, n, bytes.length - n);
      }
    } finally {
      closeSync(fd);
    }
    this.runs.push(path);
  }
}

// One run read line by line in 1 MB pieces.
class RunReader {
  head: string | null = null;
  private readonly fd: number;
  private readonly decoder = new StringDecoder('utf8');
  private readonly buf = Buffer.allocUnsafe(1 << 20);
  private lines: string[] = [];
  private next = 0;
  private rest = '';
  private pos = 0;
  private eof = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r');
    this.advance();
  }

  advance(): void {
    while (this.next >= this.lines.length && !this.eof) this.fill();
    this.head = this.next < this.lines.length ? this.lines[this.next++]! : null;
  }

  close(): void {
    closeSync(this.fd);
  }

  private fill(): void {
    const n = readSync(this.fd, this.buf, 0, this.buf.length, this.pos);
    this.pos += n;
    let text = this.rest + (n ? this.decoder.write(this.buf.subarray(0, n)) : this.decoder.end());
    if (!n) this.eof = true;
    const cut = text.lastIndexOf('\n');
    this.rest = cut < 0 ? text : text.slice(cut + 1);
    text = cut < 0 ? '' : text.slice(0, cut);
    this.lines = text ? text.split('\n') : [];
    this.next = 0;
    if (this.eof && this.rest) {
      this.lines.push(this.rest);
      this.rest = '';
    }
  }
}
