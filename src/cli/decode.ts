// CLI input decoding: the bytes of an article file or of stdin → text. UTF-8, UTF-16 with or without
// a byte-order mark, Windows-1252; binary files refused. Runs before readSource (corpus/article.ts);
// the notes it returns become the build's warnings.

import { readFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { CliError } from './io.js';

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

export const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
export const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

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
