// The CLI's window on the world: output streams, standard input and the working directory,
// passed to every command so tests can run commands in-process and read what they print.

import type { Readable } from 'node:stream';
import { NewsgraphError } from '../errors.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdin: Readable;
  cwd: string;
  /** True when stdout is a terminal (tables and progress bars), false when piped. */
  isTTY: boolean;
}

/** The real process streams. */
export function processIo(): Io {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    stdin: process.stdin,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
  };
}

/** A command failed in a way the user can fix: printed as one line, exit code 1 (2 for usage). */
export class CliError extends NewsgraphError {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
