// A run of bytes read from an open file by offset: the shared reader of the corpus's stored parts,
// spools and spilled runs (parts.ts, spool-store.ts, shared-section.ts). No knowledge of their formats.

import { readSync } from 'node:fs';

/** `len` bytes at `start` of an open file. @throws Error when the file ends first */
export function readBytes(fd: number, path: string, start: number, len: number): Buffer {
  const buf = Buffer.allocUnsafe(len);
  let read = 0;
  while (read < len) {
    const r = readSync(fd, buf, read, len - read, start + read);
    if (r === 0) throw new Error(`${path}: truncated chunk file (a field ends past the end of the file).`);
    read += r;
  }
  return buf;
}
