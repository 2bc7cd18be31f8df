// CLI errors of the file system side, in one line: an OutputError names the file and says why in
// plain words (the errno code kept in parentheses); file names with control characters are shown
// escaped so a message stays one line. Used by output-unit.ts and main.ts (kept light for --help).

import { NewsgraphError } from '../errors.js';

/** An output could not be written: one line naming the file and saying why (errno in plain words). */
export class OutputError extends NewsgraphError {
  override name = 'OutputError';
  constructor(
    message: string,
    readonly path: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'something else already has that name',
  ENAMETOOLONG: 'the file name is too long for the file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EMFILE: 'too many open files',
  EIO: 'input/output error of the device',
  ENOENT: 'a folder on the path does not exist',
};

/** The plain-words reason of a file system error, with its code: "no space left on the device (ENOSPC)". */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ERR_STRING_TOO_LONG') return 'the file is larger than one JavaScript string can hold (about 512 MB); split it, or load it into a triple store (ERR_STRING_TOO_LONG)';
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return code ?? (e instanceof Error ? e.message.split('\n')[0]! : String(e));
}

/** True when `e` is a Node.js file system error (it has an errno code and a syscall). */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/** Shows a path on one line: control characters (a newline in a file name) escaped. */
export function showPath(path: string): string {
  return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}
