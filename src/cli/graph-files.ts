// CLI graph input: a graph file as an iterable of text pieces (1 MB of UTF-8 at a time), so the
// query commands, the SPARQL server and the typed API read files larger than V8's longest string.
// Each iteration opens the file afresh; the object itself is plain data (a path) that can be sent
// to a worker thread and made iterable again there with fileSource().

import { closeSync, openSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { GraphFormat, GraphSource } from '../query/load.js';

const BLOCK = 1 << 20;

/** The pieces of a UTF-8 text file (a leading byte-order mark dropped; .gz files are gunzipped whole). */
export class FileChunks implements Iterable<string> {
  constructor(readonly path: string) {}

  *[Symbol.iterator](): Iterator<string> {
    if (this.path.endsWith('.gz')) {
      // Compressed graphs are read whole, then cut, so no piece is a string past V8's limit.
      const bytes = gunzipSync(readAll(this.path));
      const decoder = new TextDecoder('utf-8');
      for (let at = 0; at < bytes.length; at += BLOCK) yield decoder.decode(bytes.subarray(at, at + BLOCK), { stream: true });
      const rest = decoder.decode();
      if (rest) yield rest;
      return;
    }
    const fd = openSync(this.path, 'r');
    try {
      const decoder = new TextDecoder('utf-8');
      const buf = Buffer.allocUnsafe(BLOCK);
      for (;;) {
        const n = readSync(fd, buf, 0, BLOCK, null);
        if (n === 0) break;
        const text = decoder.decode(buf.subarray(0, n), { stream: true });
        if (text) yield text;
      }
      const rest = decoder.decode();
      if (rest) yield rest;
    } finally {
      closeSync(fd);
    }
  }
}

function readAll(path: string): Buffer {
  const parts: Buffer[] = [];
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(BLOCK);
      const n = readSync(fd, buf, 0, BLOCK, null);
      if (n === 0) break;
      parts.push(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(parts);
}

/** A graph file as a GraphSource read in pieces. `name` is what messages call it (default the path). */
export function fileSource(path: string, name = path, format?: GraphFormat): GraphSource {
  return { name, chunks: new FileChunks(path), ...(format ? { format } : {}) };
}

/** What crosses to a worker thread for a source: its text, or the path of the file it reads. */
export type PortableSource = { name: string; format?: GraphFormat; text?: string; path?: string };

/** A source as plain data for postMessage. */
export function toPortable(source: GraphSource): PortableSource {
  const format = source.format ? { format: source.format } : {};
  if (source.text !== undefined) return { name: source.name, text: source.text, ...format };
  if (source.chunks instanceof FileChunks) return { name: source.name, path: source.chunks.path, ...format };
  return { name: source.name, text: [...source.chunks].join(''), ...format };
}

/** A source again from its portable form. */
export function fromPortable(p: PortableSource): GraphSource {
  if (p.path !== undefined) return fileSource(p.path, p.name, p.format);
  return { name: p.name, text: p.text ?? '', ...(p.format ? { format: p.format } : {}) };
}
