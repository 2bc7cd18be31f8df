// CLI input of JSON Lines corpora: a (possibly gzipped) stream → numbered, decoded lines, pulled one
// at a time so a corpus is never held in memory. Each line then goes to corpus/jsonl.ts via readSource.

import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { FATAL_UTF8, LENIENT_UTF8, firstInvalidUtf8 } from './decode.js';
import { CliError } from './io.js';

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
