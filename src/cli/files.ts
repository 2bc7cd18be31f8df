// File input and output for the CLI: expanding inputs (files, directories of .txt/.md/.html,
// JSON Lines corpora, "-" for stdin), reading articles and streaming JSON Lines without holding a
// corpus in memory, writing outputs atomically (temp file + rename) so a failed run never leaves a
// partial file, and the spool file that parks merge chunks on disk during a corpus build.

import { closeSync, createReadStream, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
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
  return uniqueNames(out);
}

// Two inputs with one name ("a.txt" and "a.md", or the same file name in two arguments) would write
// the same <name>.ttl or share an article id: each of them keeps its extension in the name instead
// ("a.txt", "a.md"), and a clash that remains gets "~2", "~3" in input order.
function uniqueNames(items: InputItem[]): InputItem[] {
  const count = new Map<string, number>();
  for (const i of items) if (i.path !== '-') count.set(i.name, (count.get(i.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return items.map((i) => {
    if (i.path === '-') return i;
    let name = (count.get(i.name) ?? 0) > 1 ? i.name + (basename(i.path).slice(articleName(i.path).length) || '') : i.name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name = `${name}~${n}`;
    return name === i.name ? i : { ...i, name };
  });
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

/** A decoded input: its text and what the reader had to do to get it (for warnings). */
export interface Decoded {
  text: string;
  /** Plain-language notes ("decoded as UTF-16LE (byte-order mark)", "invalid UTF-8 at line 3 …"); [] for clean UTF-8. */
  notes: string[];
}

/**
 * Decodes the bytes of an article file. UTF-8 (a BOM is dropped), UTF-16 LE/BE with a BOM (or
 * without one when every other byte of ASCII text is zero), Windows-1252 for files with bytes that
 * are not UTF-8 and no UTF-8 sequence at all, and UTF-8 with U+FFFD in place of invalid bytes
 * otherwise (noted with line and byte offset). Binary files are refused.
 * @param where - the file as the user wrote it, for messages
 * @throws CliError when the bytes are not text (NUL bytes, mostly control bytes)
 */
export function decodeBytes(bytes: Uint8Array, where: string, command = 'build'): Decoded {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return decodeUtf8(b.subarray(3));
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: utf16(b.subarray(2), 'utf-16le'), notes: ['decoded as UTF-16LE (byte-order mark)'] };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: utf16(b.subarray(2), 'utf-16be'), notes: ['decoded as UTF-16BE (byte-order mark)'] };
  const bomless = utf16WithoutBom(b);
  if (bomless) return { text: utf16(b, bomless), notes: [`decoded as ${bomless.toUpperCase()} (no byte-order mark; every other byte is zero)`] };
  const sample = b.subarray(0, 65536);
  const nul = sample.indexOf(0);
  if (nul >= 0) {
    throw new CliError(`newsgraph ${command}: ${where}: not a text file (a zero byte at offset ${nul}); give a .txt, .md, .html or .jsonl article in UTF-8.`);
  }
  let control = 0;
  for (const c of sample) if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  if (sample.length >= 32 && control / sample.length > 0.1) {
    throw new CliError(`newsgraph ${command}: ${where}: not a text file (${Math.round((100 * control) / sample.length)}% control bytes); give a .txt, .md, .html or .jsonl article in UTF-8.`);
  }
  return decodeUtf8(b);
}

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

function decodeUtf8(b: Uint8Array): Decoded {
  try {
    return { text: FATAL_UTF8.decode(b), notes: [] };
  } catch {
    const at = firstInvalidUtf8(b);
    const line = lineAt(b, at);
    const lenient = LENIENT_UTF8.decode(b);
    // Not one valid multi-byte sequence: a legacy single-byte file (Latin-1 / Windows-1252 news exports).
    if (!/[^\u0000-\u007f\ufffd]/.test(lenient)) {
      return { text: windows1252(b), notes: [`not UTF-8 (byte 0x${b[at]!.toString(16)} at line ${line}, offset ${at}); decoded as Windows-1252`] };
    }
    const bad = (lenient.match(/\ufffd/g)?.length ?? 0) - genuineReplacementChars(b);
    return { text: lenient, notes: [`invalid UTF-8 at line ${line} (offset ${at}${bad > 1 ? `, ${bad} places in all` : ''}); each bad byte sequence became U+FFFD`] };
  }
}

// U+FFFD characters genuinely present (encoded as EF BF BD) in the bytes, so only replaced ones are counted.
function genuineReplacementChars(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0xef); i >= 0 && i + 2 < b.length; i = b.indexOf(0xef, i + 1)) if (b[i + 1] === 0xbf && b[i + 2] === 0xbd) n++;
  return n;
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence (-1 if none). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    if (n && i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k]!;
      let lo = 0x80;
      let hi = 0xbf;
      if (k === 1 && c === 0xe0) lo = 0xa0;
      if (k === 1 && c === 0xed) hi = 0x9f;
      if (k === 1 && c === 0xf0) lo = 0x90;
      if (k === 1 && c === 0xf4) hi = 0x8f;
      if (d < lo || d > hi) return i;
    }
    i += n + 1;
  }
  return -1;
}

// Windows-1252 by hand: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (Latin-1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function windows1252(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) {
    const part = b.subarray(i, i + 8192);
    out += String.fromCharCode(...part).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

function lineAt(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = b.indexOf(0x0a); i >= 0 && i < offset; i = b.indexOf(0x0a, i + 1)) line++;
  return line;
}

function utf16(b: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(b);
}

// UTF-16 text without a BOM: even length and, in the first 4 KB, zero bytes in every other position
// (the high byte of ASCII letters) and nowhere else.
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 4 || b.length % 2) return null;
  const n = Math.min(b.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) i % 2 ? oddZero++ : evenZero++;
  const pairs = n / 2;
  if (oddZero >= pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero >= pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return null;
}

/** Reads and decodes a whole file (gunzipped for .gz; see decodeBytes). Throws CliError naming the file. */
export function readDecoded(path: string, command: string, display = path): Decoded {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
    if (path.endsWith('.gz')) buf = gunzipSync(buf);
  } catch (e) {
    throw new CliError(`newsgraph ${command}: cannot read "${display}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  return decodeBytes(buf, display, command);
}

/** Reads a whole file as text (see decodeBytes; gunzipped for .gz). Throws CliError naming the file. */
export function readTextFile(path: string, command: string): string {
  return readDecoded(path, command).text;
}

/**
 * The raw source of a text/markdown/html file or of stdin, decoded (see decodeBytes), ready for
 * readSource, with the decoding notes to print as warnings.
 * @param stdin - the bytes of standard input when item.path is "-"
 */
export function rawSourceOf(item: InputItem, stdin: Uint8Array | null, command: string): { src: RawSource; notes: string[] } {
  const { text, notes } = item.path === '-' ? decodeBytes(stdin ?? new Uint8Array(0), item.display, command) : readDecoded(item.path, command, item.display);
  return { src: { name: item.name, format: item.format, raw: text, source: item.display }, notes };
}

/**
 * Reads an article text and its metadata (front matter, header lines, HTML metadata).
 * Throws CliError for unreadable or empty input.
 */
export function readArticle(path: string, stdin: Uint8Array | null, command: string): CorpusArticle {
  const item: InputItem = { path, name: articleName(path), format: path === '-' ? 'text' : formatOf(path), display: path === '-' ? 'stdin' : path };
  try {
    return readSource(rawSourceOf(item, stdin, command).src);
  } catch (e) {
    if (e instanceof InputError) throw new CliError(`newsgraph ${command}: ${e.message}`);
    throw e;
  }
}

/** One line of a JSON Lines stream, decoded. */
export interface LineRecord {
  /** 1-based line number. */
  line: number;
  /** The line without its line end. */
  text: string;
  /** Set when the line's bytes were not valid UTF-8 (bad sequences became U+FFFD). */
  note: string | null;
}

/**
 * The lines of a JSON Lines stream, one at a time, pulling chunks only as lines are consumed
 * (bounded memory; a long line is joined once, not re-copied per chunk). Each line is decoded on
 * its own, so one line with bad bytes is reported with its number and the others stay exact.
 * UTF-8 (a BOM is dropped) and UTF-16 with a BOM are read; CRLF line ends are accepted.
 * @throws CliError when the stream starts like a binary file (a zero byte in its first 64 KB)
 */
export async function* readRecords(stream: Readable, where = 'stdin', command = 'build'): AsyncGenerator<LineRecord> {
  let pending: Buffer[] = [];
  let line = 0;
  let first = true;
  let wide: TextDecoder | null = null;
  let textCarry = '';
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (first) {
      first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      else if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
        wide = new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });
        buf = buf.subarray(2);
      } else {
        const nul = buf.subarray(0, 65536).indexOf(0);
        if (nul >= 0) throw new CliError(`newsgraph ${command}: ${where}: not a text file (a zero byte at offset ${nul}); a JSON Lines corpus is UTF-8 text, one JSON object a line.`);
      }
    }
    if (wide) {
      textCarry += wide.decode(buf, { stream: true });
      let nl: number;
      while ((nl = textCarry.indexOf('\n')) >= 0) {
        yield { line: ++line, text: textCarry.slice(0, nl).replace(/\r$/, ''), note: null };
        textCarry = textCarry.slice(nl + 1);
      }
      continue;
    }
    let start = 0;
    let nl: number;
    while ((nl = buf.indexOf(0x0a, start)) >= 0) {
      const piece = buf.subarray(start, nl);
      const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      yield decodeLine(bytes, ++line);
      start = nl + 1;
    }
    if (start < buf.length) pending.push(buf.subarray(start));
  }
  if (wide) {
    textCarry += wide.decode();
    if (textCarry) yield { line: ++line, text: textCarry.replace(/\r$/, ''), note: null };
  } else if (pending.length) yield decodeLine(Buffer.concat(pending), ++line);
}

function decodeLine(bytes: Buffer, line: number): LineRecord {
  const end = bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  const b = bytes.subarray(0, end);
  try {
    return { line, text: FATAL_UTF8.decode(b), note: null };
  } catch {
    return { line, text: LENIENT_UTF8.decode(b), note: `invalid UTF-8 at byte ${firstInvalidUtf8(b) + 1} of the line; each bad byte sequence became U+FFFD` };
  }
}

/** The lines of a JSON Lines stream as text (see readRecords). */
export async function* readLines(stream: Readable): AsyncGenerator<string> {
  for await (const r of readRecords(stream)) yield r.text;
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

/**
 * The temporary name an output is written under before it is renamed into place: a hidden file
 * beside it (same file system, so the rename is atomic), unique to this process.
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Writes a file atomically: to a temporary name beside it, then renamed into place. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * The path of output `<name><ext>` in `dir`, or null when it would land outside `dir` (a name with
 * "..", an absolute name, an empty name). Output names come from file names and article ids, which
 * a corpus controls; the CLI writes only inside its output directory.
 */
export function outputPathIn(dir: string, name: string, ext: string): string | null {
  if (!name || name.includes('\0') || isAbsolute(name) || /(?:^|[\\/])\.\.(?:[\\/]|$)/.test(name)) return null;
  const path = resolve(dir, `${name}${ext}`);
  const root = resolve(dir);
  return path.startsWith(root + sep) ? path : null;
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
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = tempPathFor(path);
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

  /** Writes UTF-8 bytes, after the text written before (the merge passes spooled chunks this way, undecoded). */
  writeBytes = (bytes: Uint8Array): void => {
    this.flush();
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
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
  private disposed = false;

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
    const buf = this.getBytes(ref, field);
    return buf.length ? buf.toString('utf8') : '';
  }

  getBytes(ref: SpoolRef, field: StoredField): Buffer {
    const i = STORED_FIELDS.indexOf(field);
    let start = ref.offset;
    for (let k = 0; k < i; k++) start += ref.lengths[k]!;
    const len = ref.lengths[i]!;
    const buf = Buffer.allocUnsafe(len);
    let read = 0;
    while (read < len) read += readSync(this.fd, buf, read, len - read, start + read);
    return buf;
  }

  /** Closes and deletes the spool file (once; later calls do nothing). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}

/** Reads all of a stream as bytes. */
export async function readStreamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Reads all of a stream as UTF-8 text (a UTF-8 BOM is dropped). */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  return LENIENT_UTF8.decode(await readStreamBytes(stream)).replace(/^\ufeff/, '');
}
