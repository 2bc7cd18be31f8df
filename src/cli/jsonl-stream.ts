// CLI input of JSON Lines corpora: a (possibly gzipped) stream → numbered, decoded lines, pulled one
// at a time so a corpus is never held in memory. Each line then goes to corpus/jsonl.ts via readSource.

import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { FATAL_UTF8, LENIENT_UTF8, firstInvalidUtf8, utf32Decoder } from './decode.js';
import { CliError } from './io.js';

/** One line of a JSON Lines stream, decoded. */
export interface LineRecord {
  /** 1-based line number. */
  line: number;
  /** The line without its line end ("" when `problem` is set). */
  text: string;
  /** Set when the line's bytes were not valid UTF-8 (bad sequences became U+FFFD). */
  note: string | null;
  /** Set when the line cannot be used at all (longer than the limit, too long to decode): the reason. */
  problem?: string;
}

/** Limits of readRecords. */
export interface ReadRecordsOptions {
  /** Lines longer than this many bytes are reported (`problem`) and skipped, never joined in memory. */
  maxLineBytes?: number;
}

/** A streaming decoder: TextDecoder for UTF-16, utf32Decoder for UTF-32. */
type WideDecoder = { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

const MB = 1024 * 1024;

/** The reason a line of `bytes` bytes is refused under a limit of `max` bytes. */
export function oversizeReason(bytes: number, max: number): string {
  return `the record is ${(bytes / MB).toFixed(1)} MB, more than --max-size ${+(max / MB).toFixed(2)} MB; split it into articles, or raise --max-size (≈300 MB of memory per MB of text).`;
}

/**
 * The lines of a JSON Lines stream, one at a time, pulling chunks only as lines are consumed
 * (bounded memory; a long line is joined once, not re-copied per chunk). Each line is decoded on
 * its own, so one line with bad bytes is reported with its number and the others stay exact; a
 * line over `maxLineBytes`, or too long for a JavaScript string, is reported by number and the
 * lines after it are still read. UTF-8 (a BOM is dropped), UTF-16 and UTF-32 with a BOM are read;
 * CRLF line ends are accepted.
 * @throws CliError when the stream starts like a binary file (a zero byte in its first 64 KB)
 */
export async function* readRecords(stream: Readable, where = 'stdin', command = 'build', options: ReadRecordsOptions = {}): AsyncGenerator<LineRecord> {
  const max = options.maxLineBytes ?? Infinity;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  let first = true;
  let wide: WideDecoder | null = null;
  let textCarry = '';
  let wideDropped = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (first) {
      first = false;
      const bom = wideBom(buf);
      if (bom) {
        wide = bom.decoder;
        buf = buf.subarray(bom.length);
      } else if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      else {
        const nul = buf.subarray(0, 65536).indexOf(0);
        if (nul >= 0) throw new CliError(`newsgraph ${command}: ${where}: not a text file (a zero byte at offset ${nul}); a JSON Lines corpus is UTF-8 text, one JSON object a line.`);
      }
    }
    if (wide) {
      textCarry += wide.decode(buf, { stream: true });
      let from = 0;
      let nl: number;
      while ((nl = textCarry.indexOf('\n', from)) >= 0) {
        yield wideLine(textCarry.slice(from, nl), ++line, wideDropped, max);
        wideDropped = 0;
        from = nl + 1;
      }
      textCarry = textCarry.slice(from);
      // A line longer than the limit: keep counting its length, not its text.
      if (textCarry.length * 2 > max) {
        wideDropped += textCarry.length;
        textCarry = '';
      }
      continue;
    }
    let start = 0;
    let nl: number;
    while ((nl = buf.indexOf(0x0a, start)) >= 0) {
      const piece = buf.subarray(start, nl);
      const size = pendingBytes + piece.length;
      if (size > max) yield { line: ++line, text: '', note: null, problem: oversizeReason(size, max) };
      else yield decodeLine(pending.length ? Buffer.concat([...pending, piece]) : piece, ++line);
      pending = [];
      pendingBytes = 0;
      start = nl + 1;
    }
    if (start < buf.length) {
      pendingBytes += buf.length - start;
      // Past the limit the bytes are only counted: the line is refused when its end comes.
      if (pendingBytes <= max) pending.push(buf.subarray(start));
      else pending = [];
    }
  }
  if (wide) {
    textCarry += wide.decode();
    if (textCarry || wideDropped) yield wideLine(textCarry, ++line, wideDropped, max);
  } else if (pendingBytes > max) yield { line: ++line, text: '', note: null, problem: oversizeReason(pendingBytes, max) };
  else if (pending.length) yield decodeLine(Buffer.concat(pending), ++line);
}

function wideLine(text: string, line: number, dropped: number, max: number): LineRecord {
  const units = text.length + dropped;
  if (units * 2 > max) return { line, text: '', note: null, problem: oversizeReason(units * 2, max) };
  return { line, text: text.replace(/\r$/, ''), note: null };
}

function wideBom(b: Uint8Array): { decoder: WideDecoder; length: number } | null {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { decoder: utf32Decoder(false), length: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { decoder: utf32Decoder(true), length: 4 };
  if (b[0] === 0xff && b[1] === 0xfe) return { decoder: new TextDecoder('utf-16le', { ignoreBOM: true }), length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { decoder: new TextDecoder('utf-16be', { ignoreBOM: true }), length: 2 };
  return null;
}

function decodeLine(bytes: Buffer, line: number): LineRecord {
  const end = bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  const b = bytes.subarray(0, end);
  try {
    try {
      return { line, text: FATAL_UTF8.decode(b), note: null };
    } catch (e) {
      if (isTooLong(e)) throw e;
      return { line, text: LENIENT_UTF8.decode(b), note: `invalid UTF-8 at byte ${firstInvalidUtf8(b) + 1} of the line; each bad byte sequence became U+FFFD` };
    }
  } catch (e) {
    if (!isTooLong(e)) throw e;
    return { line, text: '', note: null, problem: `the record is ${(b.length / MB).toFixed(1)} MB, too long to read as one string; split it into articles.` };
  }
}

function isTooLong(e: unknown): boolean {
  return (e as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG' || (e instanceof RangeError && /string longer than/i.test(e.message));
}

/** The lines of a JSON Lines stream as text (see readRecords); an unusable line reads as " " (not blank, so it is counted). */
export async function* readLines(stream: Readable, options: ReadRecordsOptions = {}): AsyncGenerator<string> {
  for await (const r of readRecords(stream, 'stdin', 'build', options)) yield r.problem ? ' ' : r.text;
}

/** Opens a JSON Lines corpus (.jsonl or .jsonl.gz) as a stream. */
export function openCorpus(path: string): Readable {
  const s = createReadStream(path);
  return path.endsWith('.gz') ? s.pipe(createGunzip()) : s;
}

/** Counts the non-blank lines of a JSON Lines corpus (for the progress bar's total and ETA). */
export async function countRecords(path: string, options: ReadRecordsOptions = {}): Promise<number> {
  let n = 0;
  for await (const line of readLines(openCorpus(path), options)) if (line.trim()) n++;
  return n;
}
