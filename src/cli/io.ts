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

let pipeGuarded = false;

/** The real process streams. A reader that stops early (`| head -1`) ends the run quietly (EPIPE). */
export function processIo(): Io {
  if (!pipeGuarded) {
    pipeGuarded = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      process.stderr.write(`newsgraph: cannot write the output: ${e.code ?? e.message}.\n`);
      process.exit(1);
    });
  }
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    // On first use: process.stdin builds a stream (for a pipe a socket, ≈5–10 ms of CPU) that only
    // the commands reading standard input need (annotate, build -, query from stdin).
    get stdin() {
      return process.stdin;
    },
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
