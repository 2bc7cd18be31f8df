// Typed errors for API misuse and unusable input files. Messy news text never throws: it yields
// fewer results and warnings. Messages say where, what, and how to fix.

/** Base class of every error newsgraph throws. */
export class NewsgraphError extends Error {
  override name = 'NewsgraphError';
}

/** An option or argument has the wrong type or value. */
export class InvalidArgumentError extends NewsgraphError {
  override name = 'InvalidArgumentError';
}

/** An input file or document cannot be used (missing, unreadable, empty, not JSON). */
export class InputError extends NewsgraphError {
  override name = 'InputError';
  constructor(
    message: string,
    /** Where: the file, and the line for JSON Lines input. */
    readonly context: { file?: string; line?: number } = {},
  ) {
    super(message);
  }
}

/** A model file in dist/models (or the index it holds) cannot be read or written: rebuild it with `npm run build`. */
export class ModelFileError extends NewsgraphError {
  override name = 'ModelFileError';
}
