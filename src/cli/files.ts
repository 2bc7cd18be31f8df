// File input and output for the CLI: expanding inputs (files, directories of .txt/.md/.html,
// JSON Lines corpora, "-" for stdin), reading articles and streaming JSON Lines without holding a
// corpus in memory, writing outputs atomically (temp file + rename) so a failed run never leaves a
// partial file, and the spool file that parks merge chunks on disk during a corpus build.

import { closeSync, createReadStream, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { readSource, type CorpusArticle, type RawSource, type SourceFormat } from '../corpus/article.js';
import { STORED_FIELDS, type ChunkStore, type StoredField } from '../corpus/merge.js';
import { CliError } from './io.js';

/** Extensions of article files, by format. */
const FORMATS: ReadonlyArray<[RegExp, SourceFormat]> = [
  [/\.(?:jsonl|ndjson)(?:\.gz)?$/i, 'jsonl'],
  [/\.(?:html?|xhtml)$/i, 'html'],
  [/\.(?:md|markdown)$/i, 'markdown'],
  [/\.(?:txt|text)$/i, 'text'],
];

/** An input as given on the command line, resolved: a file with its article name and format, or stdin. */
export interface InputItem {
  /** Absolute path, or "-" for standard input. */
  path: string;
  /** Article id / output name: the file name without extension; under a directory, the relative path without extension. */
  name: string;
  format: SourceFormat;
  /** Where, for messages: the path as the user would write it. */
  display: string;
}

/** The format of a file from its name (text when the extension is unknown). */
export function formatOf(path: string): SourceFormat {
  for (const [re, f] of FORMATS) if (re.test(path)) return f;
  return 'text';
}

function knownExtension(path: string): boolean {
  return FORMATS.some(([re]) => re.test(path));
}

/** The article name used for output files: the file name without extension(s), or "stdin". */
export function articleName(path: string): string {
  if (path === '-') return 'stdin';
  const base = basename(path);
  for (const [re] of FORMATS) if (re.test(base)) return base.replace(re, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Expands inputs into files: directories are walked (sorted, hidden entries skipped) for .txt, .md,
 * .html and .jsonl files; "-" stays stdin with the given format. Throws CliError for missing paths
 * and empty directories.
 */
export function expandInputs(inputs: string[], cwd: string, command: string, stdinFormat: SourceFormat = 'text'): InputItem[] {
  const out: InputItem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push({ path: '-', name: 'stdin', format: stdinFormat, display: 'stdin' });
      continue;
    }
    const path = resolve(cwd, input);
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new CliError(`newsgraph ${command}: cannot read "${input}": no such file or directory.`);
    }
    if (st.isDirectory()) {
      const files = walk(path);
      if (!files.length) throw new CliError(`newsgraph ${command}: directory "${input}" holds no .txt, .md, .html or .jsonl articles.`);
      for (const f of files) {
        const rel = relative(path, f).split(sep).join('/');
        const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
        out.push({ path: f, name: dir + articleName(f), format: formatOf(f), display: join(input, rel) });
      }
    } else out.push({ path, name: articleName(path), format: formatOf(path), display: input });
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && knownExtension(e.name)) out.push(p);
  }
  return out;
}

/** Reads a whole file as UTF-8 (gunzipped for .gz). Throws CliError naming the file. */
export function readTextFile(path: string, command: string): string {
  try {
    const buf = readFileSync(path);
    return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  } catch (e) {
    throw new CliError(`newsgraph ${command}: cannot read "${path}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
}

/** The raw source of a text/markdown/html file or of stdin text, ready for readSource. */
export function rawSourceOf(item: InputItem, stdinText: string | null, command: string): RawSource {
  const raw = item.path === '-' ? (stdinText ?? '') : readTextFile(item.path, command);
  return { name: item.name, format: item.format, raw, source: item.display };
}

/**
 * Reads an article text and its metadata (front matter, header lines, HTML metadata).
 * Throws CliError for unreadable or empty input.
 */
export function readArticle(path: string, stdinText: string | null, command: string): CorpusArticle {
  const item: InputItem = { path, name: articleName(path), format: path === '-' ? 'text' : formatOf(path), display: path === '-' ? 'stdin' : path };
  try {
    return readSource(rawSourceOf(item, stdinText, command));
  } catch (e) {
    if (e instanceof InputError) throw new CliError(`newsgraph ${command}: ${e.message}`);
    throw e;
  }
}

/** The lines of a stream, one at a time, pulling chunks only as lines are consumed (bounded memory). */
export async function* readLines(stream: Readable): AsyncGenerator<string> {
  stream.setEncoding('utf8');
  let carry = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    carry += chunk;
    let nl: number;
    while ((nl = carry.indexOf('\n')) >= 0) {
      yield carry.slice(0, nl).replace(/\r$/, '');
      carry = carry.slice(nl + 1);
    }
  }
  if (carry) yield carry.replace(/\r$/, '');
}

/** Opens a JSON Lines corpus (.jsonl or .jsonl.gz) as a stream. */
export function openCorpus(path: string): Readable {
  const s = createReadStream(path);
  return path.endsWith('.gz') ? s.pipe(createGunzip()) : s;
}

/** Counts the non-blank lines of a JSON Lines corpus (for the progress bar's total and ETA). */
export async function countRecords(path: string): Promise<number> {
  let n = 0;
  for await (const line of readLines(openCorpus(path))) if (line.trim()) n++;
  return n;
}

/** Writes a file atomically: to a temporary name beside it, then renamed into place. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/**
 * An output file written piece by piece to a temporary name and renamed into place by commit();
 * abort() removes it. Small pieces are gathered into 64 KB writes; big ones are written as they
 * are. (Joining into bigger buffers made every flush a large-object allocation that V8 keeps until a
 * full collection: 10x PolNeAR's merge peaked at 678 MB of main-thread heap.)
 */
export class AtomicFileWriter {
  private readonly tmp: string;
  private fd: number;
  private buf: string[] = [];
  private size = 0;

  constructor(readonly path: string) {
    mkdirSync(resolve(path, '..'), { recursive: true });
    this.tmp = `${path}.${process.pid}.tmp`;
    this.fd = openSync(this.tmp, 'w');
  }

  write = (text: string): void => {
    if (text.length >= WRITE_BATCH) {
      this.flush();
      writeSync(this.fd, text);
      return;
    }
    this.buf.push(text);
    this.size += text.length;
    if (this.size >= WRITE_BATCH) this.flush();
  };

  commit(): void {
    this.flush();
    closeSync(this.fd);
    this.fd = -1;
    renameSync(this.tmp, this.path);
  }

  abort(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.tmp, { force: true });
  }

  private flush(): void {
    if (!this.size) return;
    writeSync(this.fd, this.buf.length === 1 ? this.buf[0]! : this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
}

const WRITE_BATCH = 64 * 1024;

type SpoolRef = { offset: number; lengths: number[] };

/**
 * A ChunkStore on disk: each article's chunk text is appended to one spool file and read back by
 * offset when the merged outputs are written, so a corpus build holds an index, not every triple.
 */
export class FileChunkStore implements ChunkStore<SpoolRef> {
  private readonly fd: number;
  private offset = 0;

  constructor(readonly path: string) {
    mkdirSync(resolve(path, '..'), { recursive: true });
    this.fd = openSync(path, 'w+');
  }

  put(packed: Uint8Array, lengths: readonly number[]): SpoolRef {
    let written = 0;
    while (written < packed.length) written += writeSync(this.fd, packed, written, packed.length - written, this.offset + written);
    const ref = { offset: this.offset, lengths: [...lengths] };
    this.offset += packed.length;
    return ref;
  }

  get(ref: SpoolRef, field: StoredField): string {
    const i = STORED_FIELDS.indexOf(field);
    let start = ref.offset;
    for (let k = 0; k < i; k++) start += ref.lengths[k]!;
    const len = ref.lengths[i]!;
    if (!len) return '';
    const buf = Buffer.allocUnsafe(len);
    let read = 0;
    while (read < len) read += readSync(this.fd, buf, read, len - read, start + read);
    return buf.toString('utf8');
  }

  /** Closes and deletes the spool file. */
  dispose(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}

/** Reads all of a stream as UTF-8 text. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
