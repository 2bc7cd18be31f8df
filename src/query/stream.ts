// Query layer: graph text read in pieces. Turtle and N-Quads go through n3's streaming lexer fed
// synchronously one chunk at a time; graphology JSON is cut into its node and edge entries by a
// scanner that tracks only nesting and strings. No function here holds a whole file as one string,
// so a graph file may be larger than V8's longest string (≈512 MB). Pure: chunks come from the caller.

import type { Quad } from 'n3';
import { Parser } from '../4-rdf/n3.js';
import { GraphLoadError } from './errors.js';

/** An RDF text format n3 reads. */
export type RdfTextFormat = 'turtle' | 'nquads' | 'ntriples';

type Handlers = { data?: (chunk: string) => void; end?: () => void };

/**
 * Parses Turtle, N-Triples or N-Quads given in pieces, calling `onQuad` for each quad as it is read.
 * @throws GraphLoadError naming the source and line at the first syntax error
 */
export function parseRdfChunks(chunks: Iterable<string>, format: RdfTextFormat, name: string, onQuad: (q: Quad) => void): void {
  const parser = new Parser({ format: format === 'turtle' ? 'text/turtle' : 'application/n-quads' });
  const handlers: Handlers = {};
  // n3 reads a stream through on('data') / on('end'); calling them here keeps the parse synchronous.
  const input = {
    on(event: string, fn: (...args: never[]) => void) {
      if (event === 'data') handlers.data = fn as Handlers['data'];
      if (event === 'end') handlers.end = fn as Handlers['end'];
      return input;
    },
  };
  let error: Error | null = null;
  parser.parse(input as unknown as NodeJS.ReadableStream, (e: Error | null, q: Quad | null) => {
    if (e) error ??= e;
    else if (q && !error) onQuad(q);
  });
  for (const chunk of chunks) {
    if (chunk) handlers.data?.(chunk);
    if (error) break;
  }
  if (!error) handlers.end?.();
  if (error) throw rdfError(error, format, name);
}

function rdfError(e: Error, format: RdfTextFormat, name: string): GraphLoadError {
  const line = (e as { context?: { line?: unknown } }).context?.line;
  const where = typeof line === 'number' ? line : null;
  const hint = format === 'turtle' ? 'a Turtle file' : 'an N-Quads file';
  return new GraphLoadError(`${name}${where ? `:${where}` : ''}: cannot read it as ${hint}: ${e.message}`, name, where);
}

/** Which top-level list of a graphology export an entry came from. */
export type JsonEntryList = 'nodes' | 'edges';

/**
 * Reads a graphology JSON export given in pieces (as "newsgraph build" writes it, one entry a line,
 * or indented, or on one line) and calls `onEntry` with each entry of its "nodes" and "edges" lists,
 * parsed, in file order. Other top-level members are checked to be JSON and otherwise skipped.
 * @throws GraphLoadError naming the source and line when the text is not a JSON object, or an entry is not JSON
 */
export function parseJsonGraphChunks(chunks: Iterable<string>, name: string, onEntry: (list: JsonEntryList, entry: unknown) => void): void {
  const scan = new JsonEntryScanner(name, onEntry);
  for (const chunk of chunks) scan.push(chunk);
  scan.end();
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const NEWLINE = 10;

// A JSON scanner that knows nesting depth, strings and the current top-level key: an entry of
// "nodes"/"edges" is the text between a "{" at depth 2 and its matching "}", parsed on its own.
class JsonEntryScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  private started = false;
  /** The top-level key being read (its text so far), and the last complete one. */
  private keyText: string[] | null = null;
  private key = '';
  /** Pieces of the entry being read (from its "{"), when inside one. */
  private entry: string[] | null = null;
  private entryLine = 0;
  private sawNodes = false;

  constructor(
    private readonly name: string,
    private readonly onEntry: (list: JsonEntryList, entry: unknown) => void,
  ) {}

  push(chunk: string): void {
    let from = 0;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.keyText) {
            this.keyText.push(chunk.slice(from, i));
            this.key = this.keyText.join('');
            this.keyText = null;
          }
        }
        continue;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1) {
          this.keyText = [];
          from = i + 1;
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (!this.started) {
          if (c !== OPEN_BRACE) this.fail('the text is not a JSON object');
          this.started = true;
        }
        this.depth++;
        if (this.depth === 3 && c === OPEN_BRACE && this.inList()) {
          this.entry = [];
          this.entryLine = this.line;
          from = i;
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth < 0) this.fail('unbalanced brackets');
        if (this.depth === 2 && this.entry) {
          this.entry.push(chunk.slice(from, i + 1));
          this.emit();
        }
      } else if (!this.started && c > 32) {
        this.fail('the text is not a JSON object');
      }
    }
    if (this.entry) this.entry.push(chunk.slice(from));
    else if (this.keyText) this.keyText.push(chunk.slice(from));
  }

  end(): void {
    if (!this.started || this.depth !== 0 || this.inString) this.fail(this.started ? 'the text ends inside the JSON object' : 'the text is empty');
    if (!this.sawNodes) this.fail('expected graphology JSON with a "nodes" array');
  }

  private inList(): boolean {
    if (this.key === 'nodes') this.sawNodes = true;
    return this.key === 'nodes' || this.key === 'edges';
  }

  private emit(): void {
    const text = this.entry!.join('');
    this.entry = null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new GraphLoadError(`${this.name}:${this.entryLine}: not JSON (${(e as Error).message}).`, this.name, this.entryLine);
    }
    this.onEntry(this.key as JsonEntryList, value);
  }

  private fail(why: string): never {
    throw new GraphLoadError(`${this.name}:${this.line}: not graphology JSON: ${why}.`, this.name, this.line);
  }
}
